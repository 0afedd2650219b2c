/// <reference lib="dom" />
/**
 * The browser side of `kg view` (bundled into the page by esbuild): opens on the world map (map.ts),
 * draws the node-link graph with sigma.js in a second tab, finds entities from the search box and
 * shows a node's (or a map arc's) properties, edges and evidence in a side panel.
 * Input: the ViewData JSON inlined in <script id="kg-data">. Output: the interactive page.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { defined } from '../errors.ts';
import type { ViewData, ViewEdge, ViewNode } from './data.ts';
import { ARC_NAMES_AR, createMap, type MapView } from './map.ts';
import { searchIndex, type SearchEntry } from './search.ts';

const data = JSON.parse(document.getElementById('kg-data')!.textContent!) as ViewData;
const bgLabels = new Set(data.backgroundLabels);
const bgTypes = new Set(data.backgroundTypes);
const byKey = new Map(data.nodes.map((n, i) => [n.k, i]));
// The indices inside ViewData all point into its own lists: a miss is a bug of data.ts.
const node = (i: number): ViewNode => defined(data.nodes[i], `view node ${i}`);
const edge = (e: number): ViewEdge => defined(data.edges[e], `view edge ${e}`);
const mapArc = (a: number): ViewData['map']['arcs'][number] => defined(data.map.arcs[a], `map arc ${a}`);
const labelName = (l: number): string => defined(data.labels[l], `label ${l}`);
const labelAr = (l: number): string => defined(data.labelsAr[l], `label ${l}`);
const typeName = (ty: number): string => defined(data.types[ty], `edge type ${ty}`);
const colour = (l: number): string => defined(data.colours[l], `label ${l}`);

// Edges of each node, built once: the panel needs them on every click.
const outEdges: number[][] = data.nodes.map(() => []);
const inEdges: number[][] = data.nodes.map(() => []);
const edgesOut = (i: number): number[] => defined(outEdges[i], `view node ${i}`);
const edgesIn = (i: number): number[] => defined(inEdges[i], `view node ${i}`);
data.edges.forEach(([s, t], i) => {
  edgesOut(s).push(i);
  edgesIn(t).push(i);
});

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const searchBox = $<HTMLInputElement>('kg-search');
const results = $<HTMLUListElement>('kg-results');
const panel = $<HTMLElement>('kg-panel');
const toggle = $<HTMLInputElement>('kg-show-articles');
const status = $<HTMLElement>('kg-status');

let showBackground = false;
let selected: number | null = null;
let neighbours = new Set<number>();

// The graph opens on the state-level picture: states, and the entities in at least one fact. A
// person only ever mentioned (most of the corpus's 3,700) waits, like the articles, until asked for.
const stateLabel = data.labels.indexOf('State');
const inFact = new Uint8Array(data.nodes.length);
for (const [s, t, ty] of data.edges) {
  if (!bgTypes.has(ty)) inFact[s] = inFact[t] = 1;
}
const isMinor = (i: number): boolean => bgLabels.has(node(i).l) || (!inFact[i] && node(i).l !== stateLabel);
const isHidden = (i: number): boolean => !showBackground && isMinor(i);
const caption = (n: ViewNode): string => (n.en && n.en !== n.ar ? `${n.ar} · ${n.en}` : n.ar);

// ---- the picture ----
// Only entities and their fact edges go into the drawn graph at first: articles and their MENTIONS
// are ten times as many and would make every redraw pay for items that are hidden anyway.
const graph = new MultiDirectedGraph();
const addNode = (i: number): void => {
  const n = node(i);
  graph.addNode(String(i), { x: n.x, y: n.y, size: n.size, color: colour(n.l), label: caption(n) });
};
const addEdge = (i: number): void => {
  const [s, t, ty] = edge(i);
  graph.addEdgeWithKey(String(i), String(s), String(t), { size: bgTypes.has(ty) ? 0.5 : 1, color: bgTypes.has(ty) ? '#e4e4e4' : '#b8b8c8' });
};
const isBackgroundEdge = ([s, t, ty]: ViewData['edges'][number]): boolean => bgTypes.has(ty) || bgLabels.has(node(s).l) || bgLabels.has(node(t).l);
data.nodes.forEach((n, i) => bgLabels.has(n.l) || addNode(i));
data.edges.forEach((e, i) => isBackgroundEdge(e) || addEdge(i));
let backgroundAdded = false;
function addBackground(): void {
  if (backgroundAdded) return;
  backgroundAdded = true;
  data.nodes.forEach((n, i) => bgLabels.has(n.l) && addNode(i));
  data.edges.forEach((e, i) => isBackgroundEdge(e) && addEdge(i));
}

let renderer: Sigma | null = null;
let drawError: string | null = null;
/**
 * Sigma is started when the graph tab is first shown: a hidden container has no size to draw in,
 * and a page that is only used as a map never pays for the WebGL set-up.
 */
function startGraph(): void {
  if (renderer || drawError) return;
  try {
    renderer = newRenderer();
  } catch (err) {
    drawError = (err as Error).message;
    status.textContent = `تعذّر رسم الشبكة (WebGL): ${drawError} — البحث واللوحة يعملان.`;
  }
}

function newRenderer(): Sigma {
  const big = data.nodes.length > 5000;
  const r = new Sigma(graph, $('kg-graph'), {
    defaultEdgeType: 'arrow',
    labelFont: '"Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", sans-serif',
    labelSize: 13,
    // Fewer labels when zoomed out, and none while moving, so big graphs stay fluid.
    labelRenderedSizeThreshold: big ? 9 : 6,
    labelDensity: big ? 0.05 : 0.1,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    zIndex: true,
    nodeReducer: (node, attrs) => {
      const i = Number(node);
      if (isHidden(i)) return { ...attrs, hidden: true };
      if (selected === null) return attrs;
      if (i === selected) return { ...attrs, highlighted: true, zIndex: 2, forceLabel: true };
      if (neighbours.has(i)) return { ...attrs, zIndex: 1, forceLabel: neighbours.size < 40 };
      return { ...attrs, color: '#e8e8e8', label: '', zIndex: 0 };
    },
    edgeReducer: (key, attrs) => {
      const [s, t, ty] = edge(Number(key));
      if (!showBackground && (bgTypes.has(ty) || isHidden(s) || isHidden(t))) return { ...attrs, hidden: true };
      if (selected !== null && (s === selected || t === selected)) return { ...attrs, color: '#444', size: 2, zIndex: 1 };
      return attrs;
    },
  });
  r.on('clickNode', ({ node }) => select(Number(node)));
  // Two quick clicks count as a double click, not as two clicks: it selects as well (and zooms in).
  r.on('doubleClickNode', ({ node }) => select(Number(node)));
  r.on('clickStage', () => select(null));
  return r;
}

// ---- the map, and the tabs ----
const unBody = byKey.get('UNBody:UNSC') ?? byKey.get('UNBody:UN');
const map: MapView = createMap(data, {
  state: (i) => select(i),
  arc: (a) => selectArc(a),
  un: () => unBody !== undefined && select(unBody),
});
$('kg-map').append(map.element);
let tab: 'map' | 'graph' = 'map';
function showTab(t: 'map' | 'graph'): void {
  tab = t;
  $('kg-map').hidden = t !== 'map';
  $('kg-graph').hidden = t !== 'graph';
  for (const b of ['map', 'graph'] as const) $(`kg-tab-${b}`).setAttribute('aria-selected', String(b === t));
  if (t === 'graph') {
    startGraph();
    renderer?.refresh();
    focusSelected();
  }
}
$('kg-tab-map').addEventListener('click', () => showTab('map'));
$('kg-tab-graph').addEventListener('click', () => showTab('graph'));

// ---- search ----
const entityEntries: SearchEntry[] = [];
const allEntries: SearchEntry[] = [];
data.nodes.forEach((n, i) => {
  // Entities first among equals; articles only when the user has chosen to see them.
  const e = { node: i, keys: n.s, weight: edgesOut(i).length + edgesIn(i).length + (bgLabels.has(n.l) ? 0 : 1e6) };
  allEntries.push(e);
  if (!bgLabels.has(n.l)) entityEntries.push(e);
});

function runSearch(): void {
  const hits = searchIndex(showBackground ? allEntries : entityEntries, searchBox.value, 15);
  results.replaceChildren(
    ...hits.map((i) => {
      const n = node(i);
      const li = h('li', { role: 'option', 'data-key': n.k, tabindex: '0' }, swatch(n.l), h('span', { class: 'ar' }, n.ar), n.en ? h('bdi', { class: 'en' }, n.en) : '', h('small', {}, labelAr(n.l)));
      li.addEventListener('click', () => pick(i));
      li.addEventListener('keydown', (ev) => ev.key === 'Enter' && pick(i));
      return li;
    }),
  );
  results.hidden = hits.length === 0;
}

function pick(i: number): void {
  results.hidden = true;
  searchBox.value = node(i).ar;
  select(i, true);
}

searchBox.addEventListener('input', runSearch);
searchBox.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter') {
    const first = results.querySelector('li');
    if (first) first.click();
  } else if (ev.key === 'Escape') results.hidden = true;
});
toggle.addEventListener('change', () => {
  showBackground = toggle.checked;
  if (showBackground) addBackground();
  renderer?.refresh();
  if (searchBox.value) runSearch();
});

// ---- selection and the side panel ----
function select(i: number | null, focus = false): void {
  selected = i;
  neighbours = new Set();
  if (i !== null) {
    for (const e of edgesOut(i)) neighbours.add(edge(e)[1]);
    for (const e of edgesIn(i)) neighbours.add(edge(e)[0]);
    if (isHidden(i)) {
      showBackground = toggle.checked = true;
      addBackground();
    }
    renderPanel(i);
    if (focus) focusSelected();
  } else {
    panel.replaceChildren(h('p', { class: 'hint' }, 'ابحث عن كيان أو انقر عقدة لعرض خصائصها وروابطها وأدلتها.'));
  }
  map.select(i);
  // Only colours and visibility change: no re-indexing, and drawn on the next frame.
  renderer?.scheduleRefresh({ layoutUnchange: true });
}

function focusSelected(): void {
  if (selected === null || !renderer || tab !== 'graph') return;
  const d = renderer.getNodeDisplayData(String(selected));
  if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: data.nodes.length > 200 ? 0.2 : 0.8 }, { duration: 400 });
}

/**
 * An arc of the map: an agreement opens the agreement's own panel (its parties and evidence); a
 * visit or a veto, the edges behind it, as they stand in their subject's panel.
 */
function selectArc(a: number): void {
  const arc = mapArc(a);
  if (arc.k === 0) {
    select(arc.n);
    map.select(null, a);
    return;
  }
  select(null);
  map.select(null, a);
  const from = node(arc.a);
  const to = arc.b < 0 ? 'الأمم المتحدة' : node(arc.b).ar;
  panel.replaceChildren(
    h('header', {}, h('h2', { class: 'ar' }, `${ARC_NAMES_AR[arc.k]}: ${from.ar} ← ${to}`), h('div', { class: 'label' }, arc.d || 'بلا تاريخ')),
    ...arc.e.map((e) => {
      const [self, , ty] = edge(e);
      return h('section', { class: 'edges', 'data-type': typeName(ty) }, h('h3', {}, swatch(node(self).l), node(self).ar), edgeItem(self, e));
    }),
  );
  panel.scrollTop = 0;
}

function renderPanel(i: number): void {
  const n = node(i);
  const parts: (Node | string)[] = [
    h('header', {}, swatch(n.l), h('h2', { class: 'ar' }, n.ar), n.en ? h('bdi', { class: 'en' }, n.en) : '', h('div', { class: 'label' }, `${labelAr(n.l)} · `, h('bdi', {}, `${labelName(n.l)} ${n.id}`))),
    propsTable(n.p, n.more),
  ];
  const fact: number[] = [];
  const background: number[] = [];
  for (const e of [...edgesOut(i), ...edgesIn(i)]) (bgTypes.has(edge(e)[2]) ? background : fact).push(e);
  const groups = new Map<string, { rank: number; type: string; edges: number[] }>();
  for (const e of fact) {
    const [s, , ty] = edge(e);
    const type = typeName(ty);
    const g = `${type}${s === i ? ' →' : ' ←'}`;
    const group = groups.get(g) ?? { rank: defined(data.panelRank[ty], `edge type ${ty}`), type, edges: [] };
    if (!groups.has(g)) groups.set(g, group);
    group.edges.push(e);
  }
  for (const [g, { type, edges: es }] of [...groups].sort((a, b) => a[1].rank - b[1].rank || a[0].localeCompare(b[0]))) {
    // Most-reported first; a hub (a state in thousands of articles) is shown a page at a time.
    es.sort((a, b) => evidenceCount(b) - evidenceCount(a));
    parts.push(pagedSection(i, es, h('h3', {}, h('bdi', {}, g), ` (${es.length})`), { class: 'edges', 'data-type': type }));
  }
  if (background.length) {
    parts.push(pagedSection(i, background, h('h3', {}, `روابط المقالات (${background.length})`), { class: 'edges background' }));
  }
  panel.replaceChildren(...parts);
  panel.scrollTop = 0;
}

const PAGE = 25;

function pagedSection(self: number, es: number[], title: HTMLElement, attrs: Record<string, string>): HTMLElement {
  const section = h('section', attrs, title);
  let shown = 0;
  const more = h('button', { class: 'more', type: 'button' });
  const next = (): void => {
    const upto = Math.min(es.length, shown + PAGE);
    more.before(...es.slice(shown, upto).map((e) => edgeItem(self, e)));
    shown = upto;
    more.textContent = `عرض المزيد (${es.length - shown})`;
    more.hidden = shown >= es.length;
  };
  more.addEventListener('click', next);
  section.append(more);
  next();
  return section;
}

function evidenceCount(e: number): number {
  const p = edge(e)[3];
  if (!p) return 0;
  const ev = p.evidence;
  return (Array.isArray(ev) ? ev.length : 0) + Number((p.more as Record<string, number> | undefined)?.evidence ?? 0);
}

function edgeItem(self: number, e: number): HTMLElement {
  const [s, t, ty, props] = edge(e);
  const other = s === self ? t : s;
  const o = node(other);
  const p: Record<string, unknown> = props || {};
  const evidence = Array.isArray(p.evidence) ? (p.evidence as Record<string, unknown>[]) : [];
  const { evidence: _ev, sources: _src, more, ...rest } = p;
  const link = h('button', { class: 'node-link', type: 'button', 'data-key': o.k }, swatch(o.l), h('span', { class: 'ar' }, o.ar), o.en ? h('bdi', { class: 'en' }, o.en) : '');
  link.addEventListener('click', () => select(other, true));
  const item = h('div', { class: 'edge', 'data-edge-type': typeName(ty) }, link);
  const facts = Object.entries(rest).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (facts.length) item.append(h('div', { class: 'edge-props' }, ...facts.map(([k, v]) => h('span', {}, h('bdi', {}, `${k}: ${fmt(v)}`)))));
  // An agreement or a draft resolution means little without who else is in it.
  if (labelName(o.l) === 'Agreement' || labelName(o.l) === 'DraftResolution') {
    const others = [...edgesIn(other), ...edgesOut(other)]
      .filter((x) => !bgTypes.has(edge(x)[2]))
      .map((x) => (edge(x)[0] === other ? edge(x)[1] : edge(x)[0]))
      .filter((x, k, all) => x !== self && all.indexOf(x) === k);
    if (others.length) item.append(h('div', { class: 'parties' }, 'مع: ', ...others.map((x) => nodeChip(x))));
  }
  if (evidence.length) {
    const list = h('ol', { class: 'evidence' });
    const rest = h('ol', { class: 'evidence', start: '4' });
    evidence.forEach((ev, k) => {
      const art = byKey.get(`Article:${String(ev.article)}`);
      const title = art !== undefined ? node(art).ar : String(ev.article);
      (k < 3 ? list : rest).append(
        h('li', {},
          h('blockquote', { dir: 'rtl' }, String(ev.text ?? '')),
          h('cite', {}, h('bdi', {}, title), ' · ', h('bdi', {}, `${String(ev.rule)} · ${Number(ev.confidence).toFixed(2)}`))),
      );
    });
    const moreEv = (more as Record<string, number> | undefined)?.evidence;
    if (moreEv) rest.append(h('li', { class: 'more' }, `و${moreEv} أدلة أخرى`));
    item.append(list);
    // Three sentences say what the edge is; the rest (a fact reported by many articles) fold away.
    if (rest.childElementCount) item.append(h('details', { class: 'more-evidence' }, h('summary', {}, `أدلة أخرى (${Math.max(0, evidence.length - 3) + (moreEv ?? 0)})`), rest));
  }
  return item;
}

function nodeChip(i: number): HTMLElement {
  const n = node(i);
  const b = h('button', { class: 'chip', type: 'button', 'data-key': n.k }, swatch(n.l), n.ar);
  b.addEventListener('click', () => select(i, true));
  return b;
}

function propsTable(p: Record<string, unknown>, more?: Record<string, number>): HTMLElement {
  const rows = Object.entries(p)
    .filter(([k, v]) => k !== 'name_ar' && k !== 'name_en' && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => {
      const total = (Array.isArray(v) ? v.length : 0) + (more?.[k] ?? 0);
      const text = fmt(v) + (more?.[k] ? ` … (+${more[k]})` : '');
      // Long lists (an entity's sources run to thousands of articles) fold away behind their count.
      const cell = total > 5 ? h('details', {}, h('summary', {}, `${total.toLocaleString('ar')} عنصرًا`), text) : text;
      return h('tr', {}, h('th', {}, h('bdi', {}, k)), h('td', {}, cell));
    });
  return h('table', { class: 'props' }, ...rows);
}

function fmt(v: unknown): string {
  if (Array.isArray(v)) return v.map(fmt).join('، ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function swatch(l: number): HTMLElement {
  const s = h('i', { class: 'swatch', title: labelName(l) });
  s.style.background = colour(l);
  return s;
}

/** Build an element; text always goes in as text nodes, never as HTML (article text is untrusted). */
function h(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== '') el.append(c);
  return el;
}

// ---- legend ----
$('kg-legend').replaceChildren(
  ...data.labels.map((l, i) => h('span', {}, swatch(i), `${labelAr(i)} `, h('bdi', {}, l))),
);
const shownNodes = data.nodes.filter((n) => !bgLabels.has(n.l)).length;
$('kg-counts').textContent = `${shownNodes.toLocaleString('ar')} كيان · ${data.nodes.length.toLocaleString('ar')} عقدة · ${data.edges.length.toLocaleString('ar')} رابط`;
showTab('map');
select(null);

/** A small handle for scripted checks (the browser tests) and the console. */
(window as unknown as { kgView: unknown }).kgView = {
  ready: true,
  /** Whether sigma drew the graph (it starts with the graph tab). */
  get drawn() {
    return renderer !== null;
  },
  tab: () => tab,
  showTab,
  select: (key: string) => select(byKey.get(key) ?? null, true),
  map: {
    months: map.months,
    arcs: data.map.arcs.length,
    filter: (kinds: boolean[], month: string) => map.filter(kinds, month),
    /** The arcs drawn now: kind, date and the keys of their two ends. */
    visible: () => map.visible().map((a) => {
      const arc = mapArc(a);
      return { index: a, kind: arc.k, date: arc.d, from: node(arc.a).k, to: arc.b < 0 ? 'UN' : node(arc.b).k };
    }),
    statePoint: (key: string) => {
      const i = byKey.get(key);
      return i === undefined ? null : map.statePoint(i);
    },
    arcPoint: (a: number) => map.arcPoint(a),
  },
  /** Where a node is drawn, in page coordinates (for clicking it). */
  nodePosition(key: string): { x: number; y: number } | null {
    const i = byKey.get(key);
    if (i === undefined || !renderer) return null;
    const d = renderer.getNodeDisplayData(String(i));
    if (!d) return null;
    const p = renderer.framedGraphToViewport(d);
    const box = $('kg-graph').getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  selected: () => (selected === null ? null : node(selected).k),
  settled: () => !renderer || !renderer.getCamera().isAnimated(),
};
