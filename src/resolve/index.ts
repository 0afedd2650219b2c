/**
 * Resolve: turn one annotated Document into the graph batch the stores write. Ids are canonical
 * and content-derived, so the same entity or agreement reported by several articles becomes one
 * node whose `sources` list every article (the stores merge by id; see store/merge.ts mergeProps).
 */
import type { Document, GraphBatch } from '../model.ts';
import { articleGraph } from './articles.ts';
import { entityGraph } from './entities.ts';
import { factGraph } from './facts.ts';

export function resolve(doc: Document): GraphBatch {
  const parts = [articleGraph(doc), entityGraph(doc), factGraph(doc)];
  return { nodes: parts.flatMap((p) => p.nodes), edges: parts.flatMap((p) => p.edges) };
}

/** Concatenate batches (e.g. the articles of one input file) before a store write. */
export function concatBatches(batches: GraphBatch[]): GraphBatch {
  return { nodes: batches.flatMap((b) => b.nodes), edges: batches.flatMap((b) => b.edges) };
}
