/**
 * The embedded store (the default): a graphology multigraph kept in one JSON file.
 * Input: GraphBatches. Output: the graph in memory (`graph`) and on disk, saved atomically on
 * flush()/close() and every so many writes or seconds.
 *
 * Layout (the query helpers rely on it): node key = nodeKey, attributes = { label, id, ...props };
 * edge key = edgeKey, attributes = { type, key, ...props }, `evidence` an array of Evidence objects.
 */
import type { MultiDirectedGraph } from 'graphology';
import { checkBatch } from './batch.ts';
import { mergeInto } from './merge.ts';
import { edgeKey, nodeKey } from './model.ts';
import type { GraphBatch, GraphCounts, NodeRef } from './model.ts';
import { loadGraph, removeStaleTemps, saveGraph } from './persist.ts';
import { StoreError, type GraphStore } from './store.ts';

export interface EmbeddedOptions {
  /** Save after this many writes since the last save (default 200: every 100k articles at --batch 500). */
  saveEveryWrites?: number;
  /** Save when this long has passed since the last save, checked at each write (default 60 s). */
  saveEveryMs?: number;
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private dirty = false;
  private writes = 0;
  private lastSave = Date.now();
  private closed = false;

  constructor(readonly path: string, readonly graph: MultiDirectedGraph, private readonly options: EmbeddedOptions = {}) {}

  /** Open the file at `path` (a missing file starts an empty graph; it is created on first save). */
  static async open(path: string, options?: EmbeddedOptions): Promise<EmbeddedStore> {
    const graph = await loadGraph(path);
    await removeStaleTemps(path);
    return new EmbeddedStore(path, graph, options);
  }

  async write(batch: GraphBatch): Promise<void> {
    this.assertOpen();
    applyBatch(this.graph, batch);
    this.dirty = true;
    this.writes++;
    if (this.writes >= (this.options.saveEveryWrites ?? 200) || Date.now() - this.lastSave >= (this.options.saveEveryMs ?? 60_000)) {
      await this.flush();
    }
  }

  async counts(): Promise<GraphCounts> {
    return countGraph(this.graph);
  }

  async flush(): Promise<void> {
    this.assertOpen();
    if (this.dirty) await saveGraph(this.graph, this.path);
    this.dirty = false;
    this.writes = 0;
    this.lastSave = Date.now();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError(`the graph file ${this.path} was already closed`);
  }
}

/** Merge a batch into a graph with the embedded layout (nodes before edges; missing ends are created bare). */
export function applyBatch(graph: MultiDirectedGraph, batch: GraphBatch): void {
  checkBatch(batch);
  for (const n of batch.nodes) {
    const key = nodeKey(n);
    // Attributes are updated in place (mergeInto keeps mergeProps' result without its quadratic cost).
    if (graph.hasNode(key)) mergeInto(graph.getNodeAttributes(key), n.props);
    // label and id last as well as first: a prop of the same name must not rename the node.
    else graph.addNode(key, Object.assign(mergeInto({ label: n.label, id: n.id }, n.props), { label: n.label, id: n.id }));
  }
  for (const e of batch.edges) {
    const key = edgeKey(e);
    if (graph.hasEdge(key)) mergeInto(graph.getEdgeAttributes(key), e.props);
    else {
      graph.addDirectedEdgeWithKey(key, ensureNode(graph, e.from), ensureNode(graph, e.to), Object.assign(
        mergeInto({ type: e.type, key: e.key }, e.props), { type: e.type, key: e.key },
      ));
    }
  }
}

/** An edge may name a node no batch has described yet (a parent article); Neo4j MERGEs it the same way. */
function ensureNode(graph: MultiDirectedGraph, ref: NodeRef): string {
  const key = nodeKey(ref);
  if (!graph.hasNode(key)) graph.addNode(key, { label: ref.label, id: ref.id });
  return key;
}

export function countGraph(graph: MultiDirectedGraph): GraphCounts {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  graph.forEachNode((_k, a) => { nodes[a.label] = (nodes[a.label] ?? 0) + 1; });
  graph.forEachEdge((_k, a) => { edges[a.type] = (edges[a.type] ?? 0) + 1; });
  return { nodes, edges } as GraphCounts;
}
