/**
 * What the map tab of `kg view` draws: each State node with the ISO numeric code that world-atlas
 * keys its boundary by, and the facts between states as arcs — agreements (one arc per pair of
 * state parties), visits (from the visitor's state to the state visited) and vetoes (from the
 * vetoing state to the UN). Input: the view's nodes and edges. Output: MapData, inlined with them.
 */
import countries from 'i18n-iso-countries';
import { defined } from '../errors.ts';
import type { EdgeType, NodeLabel } from '../model.ts';

export const ARC_KINDS = ['agreement', 'visit', 'veto'] as const;

export interface MapArc {
  /** Index into ARC_KINDS. */
  k: number;
  /** State node indices; `b` is -1 for the UN (a veto). */
  a: number;
  b: number;
  /** The fact's date (YYYY-MM-DD or shorter), '' when the article gave none. */
  d: string;
  /** The node the arc is about (the agreement, the visitor, the draft resolution). */
  n: number;
  /** The edges behind the arc, for the evidence panel. */
  e: number[];
  /** A planned visit or agreement, drawn dashed. */
  p?: 1;
}

export interface MapData {
  /** [state node index, ISO 3166-1 numeric code ('' when it has none, e.g. Kosovo)]. */
  states: [number, string][];
  arcs: MapArc[];
}

interface MapInput {
  labels: readonly NodeLabel[];
  types: readonly EdgeType[];
  nodes: { l: number; id: string; p: Record<string, unknown> }[];
  edges: [number, number, number, Record<string, unknown> | 0][];
}

export function buildMapData({ labels, types, nodes, edges }: MapInput): MapData {
  const node = (i: number): MapInput['nodes'][number] => defined(nodes[i], `view node ${i}`);
  const label = (i: number): NodeLabel => {
    const l = node(i).l;
    return defined(labels[l], `label ${l}`);
  };
  const stateByCode = new Map<string, number>();
  const states: [number, string][] = [];
  nodes.forEach((n, i) => {
    if (label(i) !== 'State') return;
    stateByCode.set(n.id, i);
    states.push([i, countries.alpha3ToNumeric(n.id) ?? '']);
  });
  const date = (v: unknown): string => (typeof v === 'string' ? v : '');
  const arcs: MapArc[] = [];
  const parties = new Map<number, { state: number; edge: number }[]>();
  edges.forEach(([s, t, ty, props], e) => {
    const type = types[ty];
    const p = props || {};
    if (type === 'PARTY_TO' && label(s) === 'State') {
      const list = parties.get(t) ?? [];
      if (!parties.has(t)) parties.set(t, list);
      list.push({ state: s, edge: e });
    } else if (type === 'VISITED' && label(t) === 'State') {
      // A state's own visit, or a leader's: from the state the visitor leads.
      const from = label(s) === 'State' ? s : stateByCode.get(String(node(s).p.state ?? ''));
      if (from === undefined || from === t) return;
      arcs.push({ k: 1, a: from, b: t, d: date(p.date), n: s, e: [e], ...(p.status === 'planned' ? { p: 1 as const } : {}) });
    } else if (type === 'VETOED' && label(s) === 'State') {
      arcs.push({ k: 2, a: s, b: -1, d: date(p.date) || date(node(t).p.date), n: t, e: [e] });
    }
  });
  for (const [agreement, ps] of parties) {
    const a = node(agreement).p;
    for (const [x, px] of ps.entries()) {
      for (const py of ps.slice(x + 1)) {
        if (px.state === py.state) continue;
        arcs.push({ k: 0, a: px.state, b: py.state, d: date(a.date), n: agreement, e: [px.edge, py.edge], ...(a.status === 'planned' ? { p: 1 as const } : {}) });
      }
    }
  }
  return { states, arcs };
}
