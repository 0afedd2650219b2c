// A store-independent picture of a graph in the embedded layout, for comparing stores: nodes and
// edges sorted by key, null props dropped (Neo4j stores no nulls).
import type { MultiDirectedGraph } from 'graphology';

export interface Snapshot {
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, string, Record<string, unknown>][];
}

const dropNulls = (a: Record<string, unknown>) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null && v !== undefined));

export function snapshot(graph: MultiDirectedGraph): Snapshot {
  const nodes = graph.mapNodes((k, a) => [k, dropNulls(a)] as [string, Record<string, unknown>]).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const edges = graph.mapEdges((k, a, s, t) => [k, s, t, dropNulls(a)] as [string, string, string, Record<string, unknown>]).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  return { nodes, edges };
}
