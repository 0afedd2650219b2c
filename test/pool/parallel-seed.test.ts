// Extraction on worker threads must not change the graph: the same articles seeded with one thread
// and with several give the same saved file, byte for byte.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/cli/seed.ts';
import { corpusJsonl, corpusZips, readCorpusZip } from '../../src/load/corpus.ts';
import { loadArticles } from '../../src/load/index.ts';
import { extractAll } from '../../src/pool/extract-pool.ts';
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

  it('--workers 1 and --workers 2 save byte-identical stores', async () => {
    const input = join(dir, 'sample.jsonl');
    // A small write batch puts many store writes (and their order) to the test.
    const one = await seed([input], { store: join(dir, 'one.json'), batch: 37, quiet: true, workers: 1 });
    const two = await seed([input], { store: join(dir, 'two.json'), batch: 37, quiet: true, workers: 2 });
    expect(two.summary.loaded).toBe(one.summary.loaded);
    expect(one.summary.loaded).toBeGreaterThan(250);
    expect(two.counts).toEqual(one.counts);
    expect(readFileSync(join(dir, 'two.json')).equals(readFileSync(join(dir, 'one.json')))).toBe(true);
  }, 180_000);
});

describe('extractAll', () => {
  it('yields every article once, in input order, whatever the chunk and thread count', async () => {
    // The seed article three times over, as 7 chunks of one article on 3 threads.
    async function* articles() {
      for (let i = 0; i < 7; i++) for await (const a of loadArticles(['seed'], { onProblem: () => {} })) yield { ...a, id: `${a.id}-${i}` };
    }
    const inline = [];
    for await (const r of extractAll(articles(), { workers: 1 })) inline.push(r);
    const pooled = [];
    for await (const r of extractAll(articles(), { workers: 3, chunk: 1 })) pooled.push(r);
    expect(pooled.map((r) => r.article.id)).toEqual(inline.map((r) => r.article.id));
    expect(pooled.map((r) => r.batch)).toEqual(inline.map((r) => r.batch));
    expect(inline[0]!.batch!.edges.length).toBeGreaterThan(0);
  }, 120_000);

  it('reads on when a slow consumer has taken every chunk it had read ahead', async () => {
    // The workers finish all they were sent while the consumer is busy; the pool must then read
    // more, not wait for a chunk it never sent.
    async function* articles() {
      for (let i = 0; i < 12; i++) for await (const a of loadArticles(['seed'], { onProblem: () => {} })) yield { ...a, id: `${a.id}-${i}` };
    }
    const ids = [];
    for await (const r of extractAll(articles(), { workers: 2, chunk: 1 })) {
      ids.push(r.article.id);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(ids).toHaveLength(24);
  }, 60_000);
});
