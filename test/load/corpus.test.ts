// Streams the real SaudiNewsNet corpus through loadArticles. Skipped (with the reason) when the
// corpus is absent; under CI=true its absence is a failure. Reserved evaluation urls
// (shared/eval/RESERVED.txt) are only counted, never inspected.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { defined } from '../../src/errors.ts';
import { reservedListPath } from '../../src/load/corpus.ts';
import { LoadSummary, loadArticles } from '../../src/load/index.ts';
import type { ArticleRecord } from '../../src/model.ts';

const root = new URL('../..', import.meta.url).pathname;
const corpusDir = resolve(root, process.env.KG_CORPUS_DIR ?? '../shared/corpora/saudinewsnet');
const present = existsSync(corpusDir) && readdirSync(corpusDir).some((f) => f.endsWith('.zip'));
const reservedPath = reservedListPath();
const reserved = new Set(existsSync(reservedPath) ? readFileSync(reservedPath, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : []);
const absent = `no SaudiNewsNet corpus at ${corpusDir} (set KG_CORPUS_DIR)`;

/** The records of a zip's JSON entries, read whole by yauzl and JSON.parse: the independent count. */
function readZipRecords(path: string): Promise<{ content: string }[]> {
  return new Promise((done, fail) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return fail(err);
      const records: { content: string }[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('.json')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e);
          const parts: Buffer[] = [];
          stream.on('data', (c: Buffer) => parts.push(c));
          stream.on('end', () => { records.push(...JSON.parse(Buffer.concat(parts).toString('utf8'))); zip.readEntry(); });
        });
      });
      zip.on('end', () => done(records));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

async function load(inputs: string[]): Promise<{ records: ArticleRecord[]; summary: LoadSummary }> {
  const summary = new LoadSummary();
  const records: ArticleRecord[] = [];
  for await (const r of loadArticles(inputs, { onProblem: (p) => summary.add(p) })) records.push(r);
  summary.loaded = records.length;
  return { records, summary };
}

describe(`SaudiNewsNet corpus${present ? '' : ` (skipped: ${absent})`}`, () => {
  it.runIf(!present && process.env.CI === 'true')('is present under CI', () => {
    throw new Error(absent);
  });

  it.skipIf(!present)('streams one day zip: records = loaded + skipped empty, fields as the corpus gives them', async () => {
    const zips = readdirSync(corpusDir).filter((f) => f.endsWith('.zip')).sort();
    const zip = join(corpusDir, zips.includes('2015-07-23.zip') ? '2015-07-23.zip' : defined(zips[0], 'a zip in the corpus'));
    const raw = await readZipRecords(zip);
    const empty = raw.filter((r) => r.content.trim() === '').length;
    const { records, summary } = await load([zip]);
    expect(raw.length).toBeGreaterThan(100);
    expect(summary.loaded).toBe(raw.length - empty);
    expect(summary.skipped).toEqual(empty ? { 'empty-text': empty } : {});
    expect(summary.failed).toEqual({});
    for (const r of records) {
      if (reserved.has(r.id)) continue;
      expect(r.url).toBe(r.id);
      expect(r.id).toMatch(/^https?:\/\//);
      expect(r.published).toMatch(/^2015-\d\d-\d\d$/);
      expect(r.outlet).toMatch(/^[a-z0-9-]+$/);
      expect(r.text).not.toContain('\ufffd');
      expect(r.origin).toMatchObject({ file: zip, entry: expect.stringMatching(/\.json$/), record: expect.any(Number) });
    }
  });

  it.skipIf(!present)('loads every non-empty article of the whole corpus and reports the empty ones', async () => {
    const { summary } = await load([corpusDir]);
    expect(summary.loaded + (summary.skipped['empty-text'] ?? 0)).toBe(31030);
    expect(summary.skipped['empty-text']).toBe(354);
    expect(summary.failed).toEqual({});
  }, 60_000);
});
