import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldFile } from '../../src/eval/gold.ts';
import { formatTable, formatVerbose, runEval } from '../../src/eval/run.ts';
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
    const s = r.score.lists.states;
    expect(s.tp + s.fn).toBe(1);
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
  it('prints one row per list and ends with the macro-F1', () => {
    const t = formatTable(s, gold.length).trimEnd().split('\n');
    expect(t[0]).toBe(`articles: ${gold.length}`);
    expect(t.slice(2, 8).map((l) => l.split(/\s+/)[0])).toEqual(['states', 'bodies', 'leaders', 'agreements', 'vetoes', 'visits']);
    expect(t[2]).toMatch(/^states\s+1\s+0\s+\d+\s+1\.00/);
    expect(t.at(-1)).toBe(`macro-F1: ${s.macroF1.toFixed(2)}`);
  });
  it('--verbose lists misses and false positives per article', () => {
    const v = formatVerbose({ score: s, gold, docs: new Map(), skipped: 0 });
    expect(v).toContain('== syn-veto-mh17');
    expect(v).toContain('FALSE vetoes: USA in UNSC');
    expect(v).toContain('MISS vetoes: RUS in UNSC 2015-07-29');
  });
});
