import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldFile } from '../../src/eval/gold.ts';
import { checkFloor } from '../../src/cli/eval.ts';
import { formatTable, formatVerbose, runEval, scoreSplits, type EvalResult } from '../../src/eval/run.ts';
import { score } from '../../src/eval/score.ts';

async function fixture(gold: unknown[], jsonl: unknown[]): Promise<{ dir: string; gold: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-eval-test-'));
  await writeFile(join(dir, 'articles.jsonl'), jsonl.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const g = join(dir, 'x.gold.json');
  await writeFile(g, JSON.stringify(gold.map((o) => ({ ...(o as object), source: { file: join(dir, 'articles.jsonl'), published: '2015-07-29' } }))));
  return { dir, gold: g };
}

describe('runEval', () => {
  it('runs the pipeline on the articles a gold file names, and only those, filling a missing date', async () => {
    const { gold } = await fixture(
      [{ article: 'one', date: '2015-07-29', states: ['RUS'] }],
      [{ id: 'one', text: 'استخدمت روسيا حق النقض في مجلس الأمن.' }, { id: 'two', text: 'زار بوتين فيتنام.' }],
    );
    const r = await runEval([gold]);
    expect([...r.docs.keys()]).toEqual(['one']);
    expect(r.docs.get('one')!.article.published).toBe('2015-07-29');
    expect(r.gold.map((g) => g.article)).toEqual(['one']);
  });

  // Counts worked out by hand from the two texts: what a correct pipeline yields, per split.
  it('scores each split on its own articles, with planned facts scored by status', async () => {
    const putin = { visitor_en: 'Vladimir Putin', key_ar: ['بوتين'], visitor_state: 'RUS' };
    const { gold } = await fixture([
      { article: 'veto', date: '2015-07-29', states: ['RUS', 'CHN'], bodies: ['UNSC'], vetoes: [{ by: 'RUS', body: 'UNSC' }] },
      {
        article: 'trip', split: 'test', date: '2015-07-29', states: ['RUS', 'VNM', 'PRK'],
        leaders: [{ name_en: 'Vladimir Putin', key_ar: ['بوتين'], state: 'RUS' }],
        visits: [{ ...putin, to: 'VNM', date: '2015-07-28' }, { ...putin, to: 'PRK', status: 'planned' }],
      },
    ], [
      { id: 'veto', text: 'استخدمت روسيا حق النقض في مجلس الأمن ضد مشروع القرار.' },
      { id: 'trip', text: 'وصل الرئيس الروسي فلاديمير بوتين إلى هانوي أمس في زيارة رسمية، وسيزور بوتين كوريا الشمالية غدا.' },
    ]);
    const r = await runEval([gold]);
    const train = r.splits.train;
    const test = r.splits.test;
    expect([train.articles, test.articles]).toEqual([1, 1]);
    // dev-train: CHN is named nowhere in the text, so it is missed; no leader, agreement or visit is annotated.
    expect(train.score.lists.states).toMatchObject({ tp: 1, fp: 0, fn: 1, recall: 0.5 });
    expect(train.score.lists.bodies).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(train.score.lists.vetoes).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    for (const l of ['leaders', 'agreements', 'visits'] as const) expect(train.score.lists[l], l).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: null });
    expect(train.score.macroF1).toBeCloseTo((2 / 3 + 1 + 1) / 3, 10);
    // dev-test: the done visit (dated by أمس) and the planned one both found; UNSC and vetoes are not annotated there.
    expect(test.score.lists.states).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(test.score.lists.leaders).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(test.score.lists.visits).toMatchObject({ tp: 2, fp: 0, fn: 0, dateAccuracy: 1, dated: 1, unscoredPlanned: 0 });
    expect(test.score.lists.vetoes.f1).toBeNull();
    expect(test.score.macroF1).toBe(1);
  });

  it('names the gold file when an article is not in its source', async () => {
    const { gold } = await fixture([{ article: 'absent', date: '2015-07-29' }], [{ id: 'one', text: 'نص' }]);
    await expect(runEval([gold])).rejects.toThrow(/x\.gold\.json: article absent was not found/);
  });

  it('refuses an article annotated in two gold files', async () => {
    const a = await fixture([{ article: 'one', date: '2015-07-29' }], [{ id: 'one', text: 'نص' }]);
    await expect(runEval([a.gold, a.gold])).rejects.toThrow(/article one is already annotated/);
  });

  it('says which field of a gold file is wrong, in one line', async () => {
    const { gold } = await fixture([{ article: 'one', date: '29/07/2015' }], [{ id: 'one', text: 'نص' }]);
    await expect(runEval([gold])).rejects.toThrow(/x\.gold\.json: at 0\.date: expected a date/);
  });
});

describe('the report', () => {
  const gold = readGoldFile('test/gold/synthetic.gold.json');
  const s = score(gold, {
    states: [{ id: 'RUS', name_en: 'Russia', name_ar: 'روسيا', sources: ['syn-veto-mh17'] }],
    bodies: [], leaders: [], agreements: [], visits: [],
    vetoes: [{ by: 'USA', body: 'UNSC', date: null, subject: null, sources: ['syn-veto-mh17'] }],
  });
  it('prints one row per list, n/a where a list has no gold item, and ends with the macro-F1', () => {
    const t = formatTable(s, gold.length, 'train').trimEnd().split('\n');
    expect(t[0]).toBe(`dev-train: ${gold.length} articles`);
    expect(t.slice(2, 8).map((l) => l.split(/\s+/)[0])).toEqual(['states', 'bodies', 'leaders', 'agreements', 'vetoes', 'visits']);
    expect(t[2]).toMatch(/^states\s+1\s+0\s+\d+\s+1\.00/);
    expect(t.at(-1)).toMatch(new RegExp(`^macro-F1 \\(train\\): ${s.macroF1!.toFixed(2)}`));
  });
  it('says a split with no articles is empty instead of printing a table', () => {
    expect(formatTable(s, 0, 'test')).toBe('dev-test: no articles (no gold object says "split": "test")\n');
  });
  it('--verbose lists misses and false positives per dev-train article, never a dev-test one', () => {
    const r = { score: s, gold, docs: new Map(), skipped: 0, splits: scoreSplits(gold, { states: [], bodies: [], leaders: [], agreements: [], visits: [], vetoes: [] }) };
    const v = formatVerbose(r);
    expect(v).toContain('== syn-veto-mh17');
    expect(v).toContain('FALSE vetoes: USA in UNSC');
    expect(v).toContain('MISS vetoes: RUS in UNSC 2015-07-29');
    const held = formatVerbose({ ...r, gold: gold.map((g) => (g.article === 'syn-veto-mh17' ? { ...g, split: 'test' as const } : g)) });
    expect(held).not.toContain('syn-veto-mh17');
    expect(held).not.toContain('FALSE vetoes: USA in UNSC');
    expect(held).not.toContain('MISS vetoes: RUS in UNSC 2015-07-29');
    expect(held.trimEnd().split('\n').at(-1)).toBe('(errors of the 1 dev-test articles are not shown: dev-test is scored in aggregate only)');
  });
});

describe('the dev-test floor (kg eval --floor)', () => {
  const withTest = (macroF1: number | null, articles: number) =>
    ({ splits: { test: { articles, score: { macroF1 } } } }) as unknown as EvalResult;
  it('passes at or above the floor and says when the floor could rise', () => {
    expect(checkFloor(withTest(0.9, 4), 0.9, false)).toBe('floor 0.90: held by dev-test macro-F1 0.9000');
    expect(checkFloor(withTest(0.95, 4), 0.9, false)).toMatch(/raise the floor to 0\.93/);
  });
  it('fails in one line below it', () => {
    expect(() => checkFloor(withTest(0.8999, 4), 0.9, false)).toThrow(/^eval: dev-test macro-F1 0\.8999 is below the floor 0\.9000$/);
    expect(() => checkFloor(withTest(null, 4), 0.9, false)).toThrow(/dev-test has no list with gold items/);
  });
  it('passes an empty dev-test, saying so, unless a test split is required', () => {
    expect(checkFloor(withTest(null, 0), 0.9, false)).toBe('floor 0.90: not checked, there is no dev-test split yet');
    expect(() => checkFloor(withTest(null, 0), 0.9, true)).toThrow(/dev-test is empty but a test split is required/);
  });
});
