/**
 * The data the view page draws: the embedded graph turned into compact, display-ready JSON
 * (captions in Arabic and English, colour per label, precomputed layout, trimmed long lists).
 * Input: the embedded store's graphology graph. Output: ViewData, inlined into the page.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { defined } from '../errors.ts';
import { EDGE_TYPES, type EdgeType, NODE_LABELS, type NodeLabel } from '../model.ts';
import { layout } from './layout.ts';
import { buildMapData, type MapData } from './map-data.ts';
import { searchKey } from './search.ts';
import { BACKGROUND_EDGES, BACKGROUND_LABELS, LABEL_COLOURS, LABEL_NAMES_AR, PANEL_EDGE_ORDER } from './style.ts';

export interface ViewNode {
  /** Node key in the store (`Label:id`). */
  k: string;
  /** Index into ViewData.labels. */
  l: number;
  id: string;
  /** Arabic and English captions ('' when there is none). */
  ar: string;
  en: string;
  x: number;
  y: number;
  size: number;
  /** Folded search keys (see search.ts). */
  s: string[];
  /** Every other property, long lists trimmed (see `more`). */
  p: Record<string, unknown>;
  /** How many entries were cut from each trimmed list. */
  more?: Record<string, number>;
}

/** [source index, target index, type index, properties or 0 when the edge has none]. */
export type ViewEdge = [number, number, number, Record<string, unknown> | 0];

export interface ViewData {
  labels: NodeLabel[];
  labelsAr: string[];
  colours: string[];
  types: EdgeType[];
  backgroundLabels: number[];
  backgroundTypes: number[];
  /** Rank of each edge type (by index) in the side panel, lowest first. */
  panelRank: number[];
  nodes: ViewNode[];
  edges: ViewEdge[];
  map: MapData;
}

export interface ViewDataOptions {
  /** Longest list kept whole in a property (sources, evidence…); the rest is counted, not shipped. */
  maxList?: number;
  layout?: { maxIterations?: number; seed?: number };
}

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

export function buildViewData(graph: AnyGraph, opts: ViewDataOptions = {}): ViewData {
  const maxList = opts.maxList ?? 25;
  const labelIndex = new Map<string, number>(NODE_LABELS.map((l, i) => [l, i]));
  const typeIndex = new Map<string, number>(EDGE_TYPES.map((t, i) => [t, i]));
  const typeOf = (t: string): number => defined(typeIndex.get(t), `edge type ${t}`);
  const index = new Map<string, number>();
  const nodes: ViewNode[] = [];
  graph.forEachNode((key, a) => {
    const l = labelIndex.get(a.label);
    if (l === undefined) throw new Error(`node "${key}" has label "${String(a.label)}", which is not in the graph model`);
    const { label: _label, id, ...rest } = a;
    const [ar, en] = captions(defined(NODE_LABELS[l], `label ${l}`), String(id ?? key), rest);
    const { props, more } = trim(rest, maxList);
    const names = [ar, en, String(id ?? ''), ...(Array.isArray(rest.aliases) ? rest.aliases.map(String) : [])];
    index.set(key, nodes.length);
    nodes.push({ k: key, l, id: String(id ?? key), ar, en, x: 0, y: 0, size: 1, s: [...new Set(names.map(searchKey).filter(Boolean))], p: props, ...(more ? { more } : {}) });
  });

  const edges: ViewEdge[] = [];
  const degree = new Map<number, number>();
  const isBackgroundType = new Set<string>(BACKGROUND_EDGES);

  graph.forEachEdge((key, a, source, target) => {
    const t = typeIndex.get(a.type);
    if (t === undefined) throw new Error(`edge "${key}" has type "${String(a.type)}", which is not in the graph model`);
    const s = defined(index.get(source), `node ${source}`);
    const d = defined(index.get(target), `node ${target}`);
    const { type: _type, key: _key, ...rest } = a;
    const { props, more } = trim(rest, maxList);
    if (more) props.more = more;
    edges.push([s, d, t, Object.keys(props).length ? props : 0]);
    // Size by meaningful links: an entity named in 3,000 articles is not 3,000 times more important.
    if (!isBackgroundType.has(a.type)) {
      degree.set(s, (degree.get(s) ?? 0) + 1);
      degree.set(d, (degree.get(d) ?? 0) + 1);
    }
  });

  const background = new Set<number>(BACKGROUND_LABELS.map((l) => defined(labelIndex.get(l), `label ${l}`)));
  placeNodes(nodes, edges, background, new Set(BACKGROUND_EDGES.map(typeOf)), opts.layout);
  nodes.forEach((n, i) => {
    n.size = background.has(n.l) ? 1.5 : round(Math.min(18, 3 + 2 * Math.log2(1 + (degree.get(i) ?? 0))));
  });

  const labels = [...NODE_LABELS];
  const types = [...EDGE_TYPES];
  return {
    labels,
    labelsAr: NODE_LABELS.map((l) => LABEL_NAMES_AR[l]),
    colours: NODE_LABELS.map((l) => LABEL_COLOURS[l]),
    types,
    backgroundLabels: [...background].sort((a, b) => a - b),
    backgroundTypes: BACKGROUND_EDGES.map(typeOf),
    panelRank: EDGE_TYPES.map((t) => {
      const r = PANEL_EDGE_ORDER.indexOf(t);
      return r < 0 ? PANEL_EDGE_ORDER.length : r;
    }),
    nodes,
    edges,
    map: buildMapData({ labels, types, nodes, edges }),
  };
}

/**
 * Positions for every node. The force layout runs on the entities only (the corpus has ten times
 * more articles than entities, and ForceAtlas2 costs grow with them): their fact edges, plus one edge
 * per pair of entities an article mentions together, so co-reported entities end up near each other.
 * Articles then sit by the entities they mention, and outlets by their articles.
 */
function placeNodes(
  nodes: ViewNode[], edges: ViewEdge[], bgLabels: Set<number>, bgTypes: Set<number>,
  opts: ViewDataOptions['layout'],
): void {
  const node = (i: number): ViewNode => defined(nodes[i], `view node ${i}`);
  const fg: number[] = [];
  /** Position of each foreground node in `fg`; background nodes have none. */
  const fgIndex = new Map<number, number>();
  nodes.forEach((n, i) => {
    if (!bgLabels.has(n.l)) fgIndex.set(i, fg.push(i) - 1);
  });
  const pairs: [number, number][] = [];
  const mentioned = new Map<number, number[]>();
  for (const [s, t, ty] of edges) {
    const fs = fgIndex.get(s);
    const ft = fgIndex.get(t);
    if (ft === undefined) continue;
    if (fs !== undefined) pairs.push([fs, ft]);
    else if (bgTypes.has(ty)) {
      const list = mentioned.get(s) ?? [];
      if (!mentioned.has(s)) mentioned.set(s, list);
      list.push(ft);
    }
  }
  // Pairs within one article, capped so a list-like article naming 50 states adds 66 pairs, not 1,225.
  for (const ents of mentioned.values()) {
    const e = ents.slice(0, 12);
    for (const [a, ea] of e.entries()) for (const eb of e.slice(a + 1)) pairs.push([ea, eb]);
  }
  const xy = layout(fg.length, pairs, opts);
  fg.forEach((i, k) => {
    const n = node(i);
    n.x = round(defined(xy[2 * k], `layout x of ${i}`));
    n.y = round(defined(xy[2 * k + 1], `layout y of ${i}`));
  });
  // Background nodes: centroid of their placed neighbours plus a little jitter, in two passes
  // (articles first, from their entities; then outlets and others, from their articles).
  const placed = new Uint8Array(nodes.length);
  for (const i of fg) placed[i] = 1;
  const adj = new Map<number, number[]>();
  for (const [s, t] of edges) {
    for (const [a, b] of [[s, t], [t, s]] as const) {
      if (fgIndex.has(a)) continue;
      const list = adj.get(a) ?? [];
      if (!adj.has(a)) adj.set(a, list);
      list.push(b);
    }
  }
  let spread = 1;
  for (const i of fg) spread = Math.max(spread, Math.abs(node(i).x), Math.abs(node(i).y));
  let jitterSeed = 0x9e3779b9;
  const jitter = () => {
    jitterSeed = (Math.imul(jitterSeed, 1664525) + 1013904223) >>> 0;
    return (jitterSeed / 4294967296 - 0.5) * spread * 0.04;
  };
  for (let pass = 0; pass < 2; pass++) {
    const newly: number[] = [];
    for (const [i, ns] of adj) {
      if (placed[i]) continue;
      let x = 0, y = 0, c = 0;
      for (const n of ns) if (placed[n]) { x += node(n).x; y += node(n).y; c++; }
      if (!c) continue;
      node(i).x = round(x / c + jitter());
      node(i).y = round(y / c + jitter());
      newly.push(i);
    }
    for (const i of newly) placed[i] = 1;
  }
  nodes.forEach((n, i) => {
    if (!placed[i]) {
      n.x = round(jitter() * 25);
      n.y = round(jitter() * 25);
    }
  });
}

/** The two captions of a node: what an Arabic reader and an English reader would call it. */
function captions(label: NodeLabel, id: string, p: Record<string, unknown>): [string, string] {
  const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  switch (label) {
    case 'Agreement': {
      const bits = [str(p.kind) && `${str(p.kind)} agreement`, str(p.date), p.count ? `×${str(p.count)}` : ''].filter(Boolean);
      return [str(p.name_ar) || id, bits.join(' ') || id];
    }
    case 'DraftResolution':
      return [str(p.subject) || LABEL_NAMES_AR.DraftResolution, [str(p.symbol) || 'draft resolution', str(p.date)].filter(Boolean).join(' ')];
    case 'Article':
      return [str(p.title) || id, id];
    case 'Outlet':
      return [str(p.name) || id, id];
    default:
      return [str(p.name_ar) || str(p.name_en) || id, str(p.name_en)];
  }
}

function trim(props: Record<string, unknown>, maxList: number): { props: Record<string, unknown>; more?: Record<string, number> } {
  const out: Record<string, unknown> = {};
  let more: Record<string, number> | undefined;
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length > maxList) {
      out[k] = v.slice(0, maxList);
      (more ??= {})[k] = v.length - maxList;
    } else out[k] = v;
  }
  return { props: out, more };
}

const round = (v: number): number => Math.round(v * 100) / 100;
