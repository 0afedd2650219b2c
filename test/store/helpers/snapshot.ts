// A store-independent picture of a graph in the embedded layout, for comparing stores: nodes and
// edges sorted by key, null props dropped (Neo4j stores no nulls), object keys sorted at every
// depth (Neo4j returns properties, and evidence is rebuilt from JSON, in their own order).
import type { MultiDirectedGraph } from 'graphology';

export interface Snapshot {
  nodes: [string, unknown][];
  edges: [string, string, string, unknown][];
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, canonical(x)]));
  }
  return v;
}

const byKey = (x: [string, ...unknown[]], y: [string, ...unknown[]]) => (x[0] < y[0] ? -1 : 1);

export function snapshot(graph: MultiDirectedGraph): Snapshot {
  return {
    nodes: graph.mapNodes((k, a) => [k, canonical(a)] as [string, unknown]).sort(byKey),
    edges: graph.mapEdges((k, a, s, t) => [k, s, t, canonical(a)] as [string, string, string, unknown]).sort(byKey),
  };
}

/** '' when equal, else where the first node or edge differs, briefly (a diff of 1,000 items is unreadable). */
export function firstDifference(a: Snapshot, b: Snapshot): string {
  for (const part of ['nodes', 'edges'] as const) {
    const x: unknown[] = a[part];
    const y: unknown[] = b[part];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const l = JSON.stringify(x[i]) ?? 'nothing';
      const r = JSON.stringify(y[i]) ?? 'nothing';
      if (l === r) continue;
      let at = 0;
      while (l[at] === r[at]) at++;
      const cut = (s: string) => `${s.slice(0, 80)} … ${s.slice(Math.max(80, at - 60), at + 100)}`;
      return `${part}[${i}] differs at character ${at}:\n  ${cut(l)}\n  ${cut(r)}`;
    }
  }
  return '';
}
