/**
 * Resolve, part 1: the article layer. Input: a Document. Output: the Article node, its Outlet
 * (PUBLISHED_BY) and, for a sub-article split from a page, RELATED_TO its parent.
 */
import { hash as digest } from 'node:crypto';
import type { Document, GraphBatch } from '../model.ts';

/** A stable, readable id for an outlet name: lower-case Latin, or the Arabic name with spaces as '-'. */
export function outletId(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-');
}

export function articleGraph(doc: Document): GraphBatch {
  const a = doc.article;
  const batch: GraphBatch = { nodes: [], edges: [] };
  // One-shot: no Hash object per article (its map would need keepShape, see shapes.ts).
  const hash = digest('sha256', a.text, 'hex').slice(0, 16);
  batch.nodes.push({
    label: 'Article', id: a.id,
    props: {
      title: a.title, published: a.published, url: a.url, language: a.language, hash,
      outlet: a.outlet, tags: a.tags, headlines: a.headlines,
    },
  });
  if (a.outlet) {
    const id = outletId(a.outlet);
    batch.nodes.push({ label: 'Outlet', id, props: { name: a.outlet } });
    batch.edges.push({ type: 'PUBLISHED_BY', from: { label: 'Article', id: a.id }, to: { label: 'Outlet', id }, key: '', props: {} });
  }
  if (a.parent) {
    batch.edges.push({ type: 'RELATED_TO', from: { label: 'Article', id: a.id }, to: { label: 'Article', id: a.parent }, key: '', props: {} });
  }
  return batch;
}
