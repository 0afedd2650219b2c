/**
 * Checks and folds a GraphBatch before a store writes it. Input: a batch from the pipeline.
 * Output: the same records, checked against the model's fixed labels and types, and merged by
 * identity with mergeProps so each node and edge is sent once per write.
 */
import { freshRecord, mergeInto } from './merge.ts';
import { EDGE_TYPES, edgeKey, type EdgeRecord, type GraphBatch, NODE_LABELS, nodeKey, type NodeRecord } from '../model.ts';
import { StoreError } from './store.ts';

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(EDGE_TYPES);

/** Labels and types reach Cypher text, so only the model's own names pass (never input text). */
export function checkBatch(batch: GraphBatch): void {
  for (const n of batch.nodes) checkRef(n, 'node');
  for (const e of batch.edges) {
    if (!TYPES.has(e.type)) throw new StoreError(`edge type ${JSON.stringify(e.type)} is not one of the model's types (${EDGE_TYPES.join(', ')})`);
    checkRef(e.from, `${e.type} edge start`);
    checkRef(e.to, `${e.type} edge end`);
    if (typeof e.key !== 'string') throw new StoreError(`${e.type} edge key must be a string, not ${JSON.stringify(e.key)}`);
  }
}

function checkRef(ref: { label: string; id: string }, what: string): void {
  if (!LABELS.has(ref.label)) throw new StoreError(`${what} label ${JSON.stringify(ref.label)} is not one of the model's labels (${NODE_LABELS.join(', ')})`);
  if (typeof ref.id !== 'string' || ref.id.length === 0) throw new StoreError(`${what} ${ref.label} has no id`);
}

/**
 * Merge records with the same identity, in order (copies: the batch is not changed). mergeProps is associative, so folding a stream
 * into pieces and merging the pieces gives the graph that merging record by record gives.
 */
export function foldBatch(batch: GraphBatch): GraphBatch {
  const nodes = new Map<string, NodeRecord>();
  for (const n of batch.nodes) {
    const k = nodeKey(n);
    const cur = nodes.get(k);
    if (cur) mergeInto(cur.props, n.props);
    else nodes.set(k, freshRecord(n));
  }
  const edges = new Map<string, EdgeRecord>();
  for (const e of batch.edges) {
    const k = edgeKey(e);
    const cur = edges.get(k);
    if (cur) mergeInto(cur.props, e.props);
    else edges.set(k, freshRecord(e));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
