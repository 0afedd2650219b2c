// No reserved article's text in the repository: no 8-word sequence of any article of
// shared/eval/RESERVED.txt (title or body, lightly normalised) may appear in a text file under
// test/ or data/. Urls alone are not enough: the corpus republishes one article under other urls.
// A hit is reported as file:line and the reserved url, never with the text. Also: no gold article
// of the corpus is a republished copy of a reserved one.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGoldFile } from '../../src/eval/gold.ts';
import { corpusDir, corpusZips, readCorpus, readReservedForTextCheck } from '../../src/load/corpus.ts';
import { grams, words } from '../../src/eval/shingles.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED = ['test', 'data'];
const TEXT = new Set(['.ts', '.json', '.jsonl', '.yaml', '.yml', '.md', '.txt']);

export { grams, words };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(p);
    return TEXT.has(extname(e.name)) ? [p] : [];
  });
}

const corpus = corpusZips().length > 0;
if (!corpus && process.env.CI === 'true') throw new Error(`CI=true but the SaudiNewsNet corpus is not at ${corpusDir()}`);

describe('8-word sequences', () => {
  it('are counted on lightly normalised words, across lines', () => {
    const ws = words('أُعلنت اليوم\nاتفاقية التعاون بين البلدين في مجال الطاقة');
    expect(ws.map((x) => x.w).slice(0, 3)).toEqual(['اعلنت', 'اليوم', 'اتفاقيه']);
    expect(ws[2]?.line).toBe(2);
    expect(grams(ws)).toEqual(['اعلنت اليوم اتفاقيه التعاون بين البلدين في مجال', 'اليوم اتفاقيه التعاون بين البلدين في مجال الطاقه']);
  });
});

describe.skipIf(!corpus)('no reserved article text in test/ or data/', () => {
  const reserved = new Map<string, string>();
  beforeAll(async () => {
    for (const r of await readReservedForTextCheck()) {
      for (const g of grams(words(`${r.title ?? ''}\n${r.content}`))) if (!reserved.has(g)) reserved.set(g, r.url);
    }
  }, 120_000);

  it('no file shares an 8-word sequence with a reserved article', () => {
    expect(reserved.size, 'no reserved text was read').toBeGreaterThan(0);
    const hits: string[] = [];
    for (const dir of SCANNED) {
      for (const f of files(join(ROOT, dir))) {
        const ws = words(readFileSync(f, 'utf8'));
        const seen = new Set<string>();
        grams(ws).forEach((g, i) => {
          const url = reserved.get(g);
          const where = `${relative(ROOT, f)}:${ws[i]?.line}`;
          if (url && !seen.has(where)) { seen.add(where); hits.push(`${where} ${url}`); }
        });
      }
    }
    // Only places and urls: the text itself is never printed.
    expect(hits, `reserved text found at:\n${hits.join('\n')}`).toEqual([]);
  });

  // The corpus republishes an article under other urls: a gold article named by a url that is not
  // reserved may still be a reserved one. Wire stories share sentences, so the bar is half the text.
  it('no gold article from the corpus is a copy of a reserved one (half its 8-word sequences or more)', async () => {
    const gold = readdirSync(join(ROOT, 'test/gold')).filter((f) => f.endsWith('.gold.json'))
      .flatMap((f) => readGoldFile(join(ROOT, 'test/gold', f))).filter((g) => !g.source);
    const byUrl = new Map((await readCorpus()).map((r) => [r.url, r]));
    const copies: string[] = [];
    for (const g of gold) {
      const r = byUrl.get(g.article);
      if (!r) continue; // devset.test.ts reports a gold url missing from the corpus
      const gs = grams(words(`${r.title ?? ''}\n${r.content}`));
      const shared = gs.filter((x) => reserved.has(x));
      if (gs.length && shared.length / gs.length >= 0.5) copies.push(`${g.article} shares ${shared.length}/${gs.length} with ${reserved.get(shared[0] ?? '')}`);
    }
    expect(copies, `gold articles that copy a reserved one:\n${copies.join('\n')}`).toEqual([]);
  }, 120_000);
});
if (!corpus) it.skip(`reserved-text check: the SaudiNewsNet corpus is not at ${corpusDir()}`, () => {});
