// The graph of a set of articles must not depend on the order they arrive in: two runs over the
// same articles in another order (another folder walk, a shuffled JSONL) give the same graph.
// Lists (sources, evidence, aliases) hold the same members in either order; every other value,
// the display names first of all, is chosen by a rule, never by which article came first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/load/index.ts';
import type { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import type { GraphBatch } from '../../src/model.ts';
import { firstDifference, snapshot, type Snapshot } from './helpers/snapshot.ts';

const INPUTS = ['seed', 'test/gold/articles.jsonl', 'test/fixtures/load/articles.jsonl'];
// The same leader spelled with and without hamza, as outlets do, and a state by two of its names.
const VARIANTS: [string, string][] = [
  ['kim-1', 'التقى الزعيم الكوري الشمالي كيم جونغ أون الرئيس الروسي فلاديمير بوتين في بيونغ يانغ.'],
  ['kim-2', 'استقبل كيم جونغ اون وزير الخارجية الروسي في بيونغ يانغ.'],
  ['kim-3', 'قال كيم جونغ اون إن كوريا الشمالية ستواصل برنامجها.'],
  ['kim-4', 'زار الرئيس الروسي فلاديمير بوتين كوريا الشمالية والتقى كيم جونغ أون.'],
  ['kim-5', 'أعلنت كوريا الديمقراطية أن كيم جونغ أون سيزور موسكو.'],
];

async function batches(): Promise<GraphBatch[]> {
  const out: GraphBatch[] = [];
  const articles: ArticleRecord[] = [];
  for await (const a of loadArticles(INPUTS, { onProblem: () => {} })) articles.push(a);
  for (const [id, text] of VARIANTS) articles.push(ArticleRecordOf(id, text, articles[0]!));
  for (const a of articles) out.push(extract(a).batch);
  return out;
}

function ArticleRecordOf(id: string, text: string, like: ArticleRecord): ArticleRecord {
  return { ...like, id, text, title: null, url: null, tags: [], headlines: [], published: '2024-06-20', origin: { ...like.origin, file: `${id}.txt` } } as ArticleRecord;
}

/** A snapshot with every list sorted: list order is arrival order by design, its members are not. */
function sortedLists(s: Snapshot): Snapshot {
  const sortDeep = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortDeep).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sortDeep(x)]));
    return v;
  };
  return { nodes: s.nodes.map(([k, a]) => [k, sortDeep(a)]), edges: s.edges.map(([k, f, t, a]) => [k, f, t, sortDeep(a)]) };
}

function build(list: GraphBatch[]): Snapshot {
  const g = emptyGraph();
  for (const b of list) applyBatch(g, structuredClone(b));
  return sortedLists(snapshot(g));
}

describe('the graph is the same whatever the input order', async () => {
  const all = await batches();
  const reference = build(all);

  it('gives Kim Jong Un one display name, the form most articles use', () => {
    const g = emptyGraph();
    for (const b of all) applyBatch(g, structuredClone(b));
    expect(g.getNodeAttribute('Leader:kim-jong-un', 'name_ar')).toBe('كيم جونغ أون');
  });

  it('for any shuffle of the articles', () => {
    fc.assert(fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (order) => {
      const diff = firstDifference(build(order), reference);
      if (diff) throw new Error(diff);
    }), { numRuns: 25, seed: 20240620 });
  });
});
