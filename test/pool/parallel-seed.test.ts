// Extraction on worker threads must not change the graph: the same articles seeded with one thread
// and with several give the same saved file, byte for byte.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/cli/seed.ts';
import { corpusJsonl, corpusZips, readCorpusZip } from '../../src/load/corpus.ts';
import { loadArticles } from '../../src/load/index.ts';
import { type GraphBatch, nodeKey } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';
import { extractChunks } from '../../src/pool/extract-pool.ts';
import { concatBatches } from '../../src/resolve/index.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { serialiseGraph } from '../../src/store/persist.ts';
import { inCI } from '../support/shared.ts';

const zips = corpusZips();
const absent = zips.length === 0 && !inCI ? ' [skipped: SaudiNewsNet corpus not found (set KG_CORPUS_DIR)]' : '';

describe.skipIf(absent)(`worker threads seed the same graph as one thread${absent}`, () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-parallel-'));
    // 100 non-reserved articles from each of three days spread over the corpus.
    const picked = [0, 1, 2].map((i) => zips[Math.floor((i * zips.length) / 3)]!);
    const sample = [];
    for (const z of picked) sample.push(...(await readCorpusZip(z)).slice(0, 100));
    writeFileSync(join(dir, 'sample.jsonl'), corpusJsonl(sample));
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('--workers 0 (the main thread alone) and --workers 2 save byte-identical stores', async () => {
    const input = join(dir, 'sample.jsonl');
    // A small write batch puts many store writes (and their order) to the test.
    const one = await seed([input], { store: join(dir, 'one.json'), batch: 37, quiet: true, workers: 0 });
    const two = await seed([input], { store: join(dir, 'two.json'), batch: 37, quiet: true, workers: 2 });
    expect(two.summary.loaded).toBe(one.summary.loaded);
    expect(one.summary.loaded).toBeGreaterThan(250);
    expect(two.counts).toEqual(one.counts);
    expect(readFileSync(join(dir, 'two.json')).equals(readFileSync(join(dir, 'one.json')))).toBe(true);
  }, 180_000);
});

/** The graph a sequence of writes makes, as saved text. */
function graphOf(batches: GraphBatch[]): string {
  const g = emptyGraph();
  for (const b of batches) applyBatch(g, b);
  return [...serialiseGraph(g)].join('');
}

describe('extractChunks', () => {
  // Copies of the seed article (and the article appended to it) under other ids: each names the same states and leaders.
  async function* articles(copies = 7) {
    for (let i = 0; i < copies; i++) for await (const a of loadArticles(['seed'], { onProblem: () => {} })) yield { ...a, id: `${a.id}-${i}` };
  }
  async function all(opts: Parameters<typeof extractChunks>[1], copies = 7) {
    const out = [];
    for await (const c of extractChunks(articles(copies), opts)) out.push(c);
    return out;
  }

  it('yields every article once, in input order, and the same graph, whatever the chunk and thread count', async () => {
    const inline = await all({ workers: 0, chunk: 1 });
    const pooled = await all({ workers: 2, chunk: 2 });
    expect(pooled.flatMap((c) => c.articles.map((a) => a.id))).toEqual(inline.flatMap((c) => c.articles.map((a) => a.id)));
    expect(inline).toHaveLength(14);
    expect(pooled).toHaveLength(7);
    // A chunk's batch names each node once: the seven copies' states are folded together.
    const keys = pooled[0]!.batch.nodes.map(nodeKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(pooled[0]!.batch.nodes.length).toBeLessThan(inline[0]!.batch.nodes.length + inline[1]!.batch.nodes.length);
    // Folding per chunk makes the graph the unfolded batches of the articles make, to the byte.
    const raw = [];
    for await (const a of articles()) raw.push(extract(a).batch);
    const write = (cs: typeof inline) => [concatBatches(cs.map((c) => c.batch))];
    expect(graphOf(write(pooled))).toBe(graphOf([concatBatches(raw)]));
    expect(graphOf(write(inline))).toBe(graphOf([concatBatches(raw)]));
    expect(inline[0]!.batch.edges.length).toBeGreaterThan(0);
  }, 120_000);

  it('never lets a chunk span a write boundary', async () => {
    const chunks = await all({ workers: 0, chunk: 4, boundary: 3 }, 4);
    expect(chunks.map((c) => c.articles.length)).toEqual([3, 3, 2]);
  }, 60_000);

  it('reads on when a slow consumer has taken every chunk it had read ahead', async () => {
    // The workers finish all they were sent while the consumer is busy; the pool must then read
    // more, not wait for a chunk it never sent.
    const ids = [];
    for await (const c of extractChunks(articles(12), { workers: 1, chunk: 1 })) {
      ids.push(...c.articles.map((a) => a.id));
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(ids).toHaveLength(24);
  }, 60_000);

  it('keeps the workers fed while the consumer is busy with a chunk (a store write or save)', async () => {
    // While the consumer holds a chunk, the pool's generator is suspended at its yield; the workers
    // must still get new chunks from their replies, so the input goes on being read meanwhile.
    let pulled = 0;
    async function* counted() {
      for await (const a of articles(12)) {
        pulled++;
        yield a;
      }
    }
    const ids = [];
    let during = 0;
    for await (const c of extractChunks(counted(), { workers: 1, chunk: 1 })) {
      if (ids.length === 0) {
        const before = pulled;
        // Not a fixed sleep: a worker's start-up under load takes seconds.
        for (let waited = 0; pulled === before && waited < 60_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
        during = pulled - before;
      }
      ids.push(...c.articles.map((a) => a.id));
    }
    expect(during).toBeGreaterThan(0);
    // Chunks the workers returned while the consumer was busy still come out in input order.
    const expected = [];
    for await (const a of articles(12)) expected.push(a.id);
    expect(ids).toEqual(expected);
  }, 120_000);
});
