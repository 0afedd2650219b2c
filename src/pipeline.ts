/**
 * The whole extraction pipeline for one article, stage by stage:
 *   load (done by the caller) → normalise → recognise → relate → resolve.
 * Input: an ArticleRecord. Output: the annotated Document and the GraphBatch to store.
 */
import type { ArticleRecord, Document, GraphBatch } from './model.ts';
import { normalise } from './normalise/index.ts';
import { recognise } from './recognise/index.ts';
import { relate } from './relate/index.ts';
import { resolve } from './resolve/index.ts';

export function extract(article: ArticleRecord): { doc: Document; batch: GraphBatch } {
  const doc = normalise(article);
  recognise(doc);
  relate(doc);
  return { doc, batch: resolve(doc) };
}
