/// <reference lib="dom" />
/**
 * The map tab of the view page (browser side): an offline world map — Natural Earth boundaries at
 * 1:50m from world-atlas, projected with d3-geo into one SVG, no tiles, no network — with the
 * graph's states filled, and agreements, visits and vetoes as arcs between them, filtered by kind
 * and by month. Input: the page's ViewData. Output: the map element and a few handles.
 */
import { geoArea, geoBounds, geoCentroid, geoContains, geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-50m.json';
import { defined } from '../errors.ts';
import type { ViewData, ViewNode } from './data.ts';
import { ARC_KINDS, type MapArc } from './map-data.ts';

const W = 960;
const H = 500;
const SVG = 'http://www.w3.org/2000/svg';
/** Where vetoes point: UN headquarters, New York. */
const UN_AT: [number, number] = [-73.968, 40.749];
/** States world-atlas draws without an ISO numeric id. */
const BY_NAME: Record<string, string> = { XKX: 'Kosovo' };
export const ARC_COLOURS = ['#E69F00', '#0072B2', '#882255'];
export const ARC_NAMES_AR = ['اتفاقات', 'زيارات', 'فيتو'];

export interface MapHandlers {
  state(node: number): void;
  arc(index: number): void;
  un(): void;
}

export interface MapView {
  element: HTMLElement;
  months: string[];
  /** Show only arcs of these kinds and of this month ('' for every date). */
  filter(kinds: boolean[], month: string): void;
  /** Indices of the arcs drawn now. */
  visible(): number[];
  select(node: number | null, arc?: number | null): void;
  /** Page coordinates of a state's centre or of the middle of an arc (for clicking them). */
  statePoint(node: number): { x: number; y: number } | null;
  arcPoint(index: number): { x: number; y: number } | null;
}

type Country = Feature<Polygon | MultiPolygon, { name: string }>;

/** A node an index of ViewData points to: a miss is a bug of data.ts. */
const nodeOf = (data: ViewData, i: number): ViewNode => defined(data.nodes[i], `view node ${i}`);
const arcColour = (k: number): string => defined(ARC_COLOURS[k], `arc kind ${k}`);

export function createMap(data: ViewData, on: MapHandlers): MapView {
  const { arcs } = data.map;
  const countries = (feature(world, world.objects.countries) as unknown as { features: Country[] }).features;
  const byId = new Map<string, Country>();
  for (const c of countries) byId.set(c.id !== undefined ? String(c.id) : `name:${c.properties.name}`, c);
  const projection = geoNaturalEarth1().fitExtent([[6, 6], [W - 6, H - 6]], { type: 'Sphere' });
  const path = geoPath(projection);

  const root = el('div', { id: 'kg-map-root' });
  const controls = el('div', { id: 'kg-map-controls' });
  const svg = el<SVGSVGElement>('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'خريطة العالم' }, SVG);
  root.append(controls, svg);
  svg.append(el('path', { class: 'sphere', d: path({ type: 'Sphere' })! }, SVG), el('path', { class: 'graticule', d: path(geoGraticule10())! }, SVG));

  // Countries: the graph's states are targets, the rest is background.
  const stateOf = new Map<Country, number>();
  for (const [i, numeric] of data.map.states) {
    const c = byId.get(numeric) ?? byId.get(`name:${BY_NAME[nodeOf(data, i).id] ?? ''}`);
    if (c) stateOf.set(c, i);
  }
  const land = el('g', { class: 'land' }, SVG);
  const shapes = new Map<number, SVGPathElement>();
  const centre = new Map<number, [number, number]>();
  for (const c of countries) {
    const i = stateOf.get(c);
    const shape = el<SVGPathElement>('path', { d: path(c) ?? '', class: i === undefined ? 'country' : 'country state' }, SVG);
    if (i !== undefined) {
      const n = nodeOf(data, i);
      shape.dataset.node = String(i);
      shape.dataset.key = n.k;
      shape.append(el('title', {}, SVG, `${n.ar} · ${n.en}`));
      shapes.set(i, shape);
      const p = projection(inside(mainland(c)));
      if (p) centre.set(i, p);
    }
    land.append(shape);
  }
  const un = projection(UN_AT)!;
  const unMark = el('g', { class: 'un', transform: `translate(${un[0]},${un[1]})` }, SVG);
  unMark.append(el('circle', { r: '5' }, SVG), el('text', { x: '8', y: '4' }, SVG, 'الأمم المتحدة'));

  // Arcs: curves; repeated pairs bend further, alternating sides, so most stay apart and clickable
  // (past a few, they share curves: thirty visits between two capitals must not loop off the map).
  const defs = el('defs', {}, SVG);
  ARC_COLOURS.forEach((c, k) => {
    const m = el('marker', { id: `kg-arrow-${k}`, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '5', markerHeight: '5', orient: 'auto-start-reverse' }, SVG);
    m.append(el('path', { d: 'M0,0L10,5L0,10z', fill: c }, SVG));
    defs.append(m);
  });
  svg.prepend(defs);
  const arcLayer = el('g', { class: 'arcs' }, SVG);
  const seen = new Map<string, number>();
  const arcEls: (SVGPathElement | null)[] = arcs.map((arc, i) => {
    const p1 = centre.get(arc.a);
    const p2 = arc.b < 0 ? un : centre.get(arc.b);
    if (!p1 || !p2) return null;
    const pair = `${Math.min(arc.a, arc.b)}:${Math.max(arc.a, arc.b)}`;
    const nth = seen.get(pair) ?? 0;
    seen.set(pair, nth + 1);
    const [mx, my] = [(p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2];
    const bend = (nth % 2 ? -1 : 1) * (0.15 + 0.08 * Math.min(5, Math.floor(nth / 2)));
    const c: [number, number] = [mx - (p2[1] - p1[1]) * bend, my + (p2[0] - p1[0]) * bend];
    const e = el<SVGPathElement>('path', { d: `M${p1[0]},${p1[1]}Q${c[0]},${c[1]} ${p2[0]},${p2[1]}`, class: `arc ${ARC_KINDS[arc.k]}${arc.p ? ' planned' : ''}`, stroke: arcColour(arc.k) }, SVG);
    if (arc.k !== 0) e.setAttribute('marker-end', `url(#kg-arrow-${arc.k})`);
    e.dataset.arc = String(i);
    e.append(el('title', {}, SVG, arcTitle(data, arc)));
    arcLayer.append(e);
    return e;
  });
  svg.append(land, arcLayer, unMark);

  // Controls: one checkbox per kind (with its count), a month slider over the facts' dates.
  const months = [...new Set(arcs.filter((_, i) => arcEls[i]).map((a) => a.d.slice(0, 7)).filter((d) => d.length === 7))].sort();
  const kinds = ARC_KINDS.map(() => true);
  const boxes = ARC_KINDS.map((kind, k) => {
    const box = el<HTMLInputElement>('input', { type: 'checkbox', id: `kg-arc-${kind}` });
    box.checked = true;
    box.addEventListener('change', () => view.filter(boxes.map((b) => b.checked), month));
    const n = arcs.filter((a, i) => a.k === k && arcEls[i]).length;
    const swatch = el('i', { class: 'arc-swatch' });
    swatch.style.background = arcColour(k);
    controls.append(el('label', { class: 'arc-kind' }, undefined, '', box, swatch, `${ARC_NAMES_AR[k]} (${n.toLocaleString('ar')})`));
    return box;
  });
  const slider = el<HTMLInputElement>('input', { type: 'range', id: 'kg-month', min: '0', max: String(months.length), step: '1', value: '0', 'aria-label': 'الشهر' });
  const monthLabel = el('output', { id: 'kg-month-label', for: 'kg-month' });
  slider.addEventListener('input', () => view.filter(boxes.map((b) => b.checked), Number(slider.value) ? months[Number(slider.value) - 1] ?? '' : ''));
  controls.append(el('label', { class: 'month' }, undefined, 'الزمن: ', slider, monthLabel));
  const counter = el('span', { id: 'kg-arc-count' });
  controls.append(counter);
  if (!months.length) slider.disabled = true;

  let month = '';
  let shown: number[] = [];
  let selectedShape: SVGPathElement | null = null;
  let selectedArc: SVGPathElement | null = null;

  const view: MapView = {
    element: root,
    months,
    filter(k, m) {
      kinds.splice(0, kinds.length, ...k);
      k.forEach((v, i) => (defined(boxes[i], `arc kind ${i}`).checked = v));
      month = m;
      slider.value = String(m ? months.indexOf(m) + 1 : 0);
      monthLabel.textContent = m || 'كل التواريخ';
      shown = [];
      const active = new Set<number>();
      arcs.forEach((arc, i) => {
        const e = arcEls[i];
        if (!e) return;
        const on = kinds[arc.k] && (!m || arc.d.startsWith(m));
        e.style.display = on ? '' : 'none';
        if (!on) return;
        shown.push(i);
        active.add(arc.a);
        if (arc.b >= 0) active.add(arc.b);
      });
      for (const [i, s] of shapes) s.classList.toggle('active', active.has(i));
      counter.textContent = `${shown.length.toLocaleString('ar')} قوسًا`;
    },
    visible: () => [...shown],
    select(node, arc = null) {
      selectedShape?.classList.remove('selected');
      selectedArc?.classList.remove('selected');
      selectedShape = node === null ? null : shapes.get(node) ?? null;
      selectedArc = arc === null ? null : arcEls[arc] ?? null;
      selectedShape?.classList.add('selected');
      selectedArc?.classList.add('selected');
      if (selectedArc) arcLayer.append(selectedArc); // on top of the others
    },
    statePoint: (node) => toPage(centre.get(node)),
    arcPoint(index) {
      const e = arcEls[index];
      if (!e) return null;
      const p = e.getPointAtLength(e.getTotalLength() / 2);
      return toPage([p.x, p.y]);
    },
  };

  function toPage(p: [number, number] | undefined): { x: number; y: number } | null {
    const m = svg.getScreenCTM();
    if (!p || !m) return null;
    const q = new DOMPoint(p[0], p[1]).matrixTransform(m);
    return { x: q.x, y: q.y };
  }

  svg.addEventListener('click', (ev) => {
    const t = ev.target as Element;
    const arc = t.closest('[data-arc]') as SVGElement | null;
    if (arc) return on.arc(Number(arc.dataset.arc));
    const state = t.closest('[data-node]') as SVGElement | null;
    if (state) return on.state(Number(state.dataset.node));
    if (t.closest('.un')) on.un();
  });
  zoomable(svg);
  view.filter(kinds, '');
  return view;
}

/** The largest polygon of a country: its label point, so France is not placed in the Atlantic. */
function mainland(c: Country): Polygon {
  if (c.geometry.type === 'Polygon') return c.geometry;
  let best: Polygon = { type: 'Polygon', coordinates: defined(c.geometry.coordinates[0], `a polygon of ${c.properties.name}`) };
  let area = -1;
  for (const coordinates of c.geometry.coordinates) {
    const p: Polygon = { type: 'Polygon', coordinates };
    const a = geoArea(p);
    if (a > area) [best, area] = [p, a];
  }
  return best;
}

/**
 * Where a state's arcs meet: the centroid of its mainland when it lies inside (a curved country's
 * centroid can fall in its neighbour: Viet Nam's is in Laos), else the inside point nearest to it.
 */
function inside(p: Polygon): [number, number] {
  const c = geoCentroid(p);
  if (geoContains(p, c)) return c;
  const [[x0, y0], [x1, y1]] = geoBounds(p);
  let best = c;
  let bestD = Infinity;
  for (let i = 0; i <= 24; i++) {
    for (let j = 0; j <= 24; j++) {
      const q: [number, number] = [x0 + ((x1 - x0) * i) / 24, y0 + ((y1 - y0) * j) / 24];
      const d = (q[0] - c[0]) ** 2 + (q[1] - c[1]) ** 2;
      if (d < bestD && geoContains(p, q)) [best, bestD] = [q, d];
    }
  }
  return best;
}

function arcTitle(data: ViewData, arc: MapArc): string {
  const a = nodeOf(data, arc.a).ar;
  const b = arc.b < 0 ? 'الأمم المتحدة' : nodeOf(data, arc.b).ar;
  return `${ARC_NAMES_AR[arc.k]}: ${a} ${arc.k === 0 ? '↔' : '←'} ${b}${arc.d ? ` · ${arc.d}` : ''} · ${nodeOf(data, arc.n).ar}`;
}

/** Wheel to zoom about the pointer, drag to pan: the viewBox moves, the drawing is never redone. */
function zoomable(svg: SVGSVGElement): void {
  let [x, y, w, h] = [0, 0, W, H];
  const apply = () => svg.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const m = svg.getScreenCTM();
    if (!m) return;
    const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(m.inverse());
    const f = Math.min(Math.max(ev.deltaY > 0 ? 1.2 : 1 / 1.2, W / 40 / w), W / w);
    [x, y, w, h] = [p.x - (p.x - x) * f, p.y - (p.y - y) * f, w * f, h * f];
    apply();
  }, { passive: false });
  let drag: { x: number; y: number; moved: boolean } | null = null;
  svg.addEventListener('pointerdown', (ev) => (drag = { x: ev.clientX, y: ev.clientY, moved: false }));
  svg.addEventListener('pointermove', (ev) => {
    if (!drag || !(ev.buttons & 1)) return;
    const k = w / svg.getBoundingClientRect().width;
    const [dx, dy] = [ev.clientX - drag.x, ev.clientY - drag.y];
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    if (!drag.moved) return;
    [x, y] = [x - dx * k, y - dy * k];
    drag.x = ev.clientX;
    drag.y = ev.clientY;
    apply();
  });
  // A drag that moved is not a click on what it started on.
  svg.addEventListener('click', (ev) => drag?.moved && ev.stopImmediatePropagation(), true);
  svg.addEventListener('pointerup', () => setTimeout(() => (drag = null)));
}

/** Build an HTML (or, given the namespace, SVG) element; text goes in as text, never as markup. */
function el<T extends Element = HTMLElement>(tag: string, attrs: Record<string, string>, ns?: string, text = '', ...children: (Node | string)[]): T {
  const e = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.append(text);
  for (const c of children) e.append(c);
  return e as T;
}
