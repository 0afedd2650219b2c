import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGoldFile } from '../../src/eval/gold.ts';
import { corpusDir, corpusZips, readCorpus, reservedUrls } from '../../src/load/corpus.ts';
import { reservedSkip } from '../support/shared.ts';

const dev = readGoldFile('test/gold/dev.gold.json');
const synthetic = readGoldFile('test/gold/synthetic.gold.json');
const count = (cat: string) => [...dev, ...synthetic].filter((g) => g.category.includes(cat)).length;

describe('the development set (test/gold)', () => {
  it('has the composition the evaluation issue asks for', () => {
    expect(dev.length).toBeGreaterThanOrEqual(40);
    expect(dev.filter((g) => g.agreements.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(count('veto') + count('vote')).toBeGreaterThanOrEqual(8);
    expect(dev.filter((g) => g.visits.length > 0).length + synthetic.filter((g) => g.visits.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(count('trap')).toBeGreaterThanOrEqual(12);
    expect([...synthetic].flatMap((g) => g.vetoes).length).toBeGreaterThanOrEqual(5);
  });
  it('records a second read for every annotation', () => {
    for (const g of [...dev, ...synthetic]) expect(g.notes, g.article).toMatch(/second read/i);
  });
  it.skipIf(reservedSkip)(`never names a reserved article${reservedSkip ? ` (${reservedSkip})` : ''}`, () => {
    const reserved = reservedUrls();
    for (const g of dev) expect(reserved.has(g.article), g.article).toBe(false);
  });
  it('keeps urls, not article text', () => {
    const raw = readFileSync('test/gold/dev.gold.json', 'utf8');
    expect(raw).not.toMatch(/"(content|text)"\s*:/);
  });
});

const corpus = corpusZips().length > 0;
if (!corpus && process.env.CI === 'true') throw new Error(`CI=true but the SaudiNewsNet corpus is not at ${corpusDir()}`);

describe.skipIf(!corpus)('the development set against the corpus', () => {
  it('names only articles that exist, with the date the loader gives them', async () => {
    const byUrl = new Map((await readCorpus()).map((r) => [r.url, r]));
    for (const g of dev) {
      const r = byUrl.get(g.article);
      expect(r, g.article).toBeDefined();
      expect(r!.date_extracted.slice(0, 10), g.article).toBe(g.date);
    }
  }, 60_000);
});
if (!corpus) it.skip(`corpus checks: the SaudiNewsNet corpus is not at ${corpusDir()}`, () => {});
