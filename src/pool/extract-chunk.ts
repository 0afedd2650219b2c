/**
 * One chunk of articles extracted and folded, on whichever thread runs it (a pool worker, or the
 * seed's own thread with one worker). Input: articles. Output: one batch with each node and edge
 * once (store/batch.ts foldBatch: the merge rule is associative and keeps first-seen order, so the
 * store ends as it would merging article by article), and the articles that failed.
 */
import type { ArticleRecord, GraphBatch } from '../model.ts';
import { extract } from '../pipeline.ts';
import { foldBatch } from '../store/batch.ts';

/** An article's extraction error: its place in the chunk and what it threw. */
export type ChunkFailure = [index: number, message: string];
export interface ChunkResult { batch: GraphBatch; failures: ChunkFailure[] }

export function extractChunk(articles: ArticleRecord[]): ChunkResult {
  const nodes: GraphBatch['nodes'] = [];
  const edges: GraphBatch['edges'] = [];
  const failures: ChunkFailure[] = [];
  articles.forEach((a, i) => {
    // A bug met on one article must not cost the rest of the load.
    try {
      const { batch } = extract(a);
      nodes.push(...batch.nodes);
      edges.push(...batch.edges);
    } catch (err) {
      failures.push([i, (err as Error).message]);
    }
  });
  return { batch: foldBatch({ nodes, edges }), failures };
}
