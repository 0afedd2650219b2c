import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/run.ts';

// One veto reported on two days: each article dates it by its own «أمس», a day apart.
const articles = [
  { id: 'a', published: '2024-06-19', text: 'استخدمت روسيا أمس حق النقض (الفيتو) ضد مشروع قرار في مجلس الأمن الدولي.' },
  { id: 'b', published: '2024-06-20', text: 'وكانت روسيا قد استخدمت أمس حق النقض (الفيتو) ضد مشروع القرار في مجلس الأمن الدولي.' },
];
const gold = articles.map((a) => ({ article: a.id, split: 'test', date: a.published, vetoes: [{ by: 'RUS', body: 'UNSC' }] }));

async function run(consolidated: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'kg-consolidated-'));
  await writeFile(join(dir, 'a.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const file = join(dir, 'x.gold.json');
  await writeFile(file, JSON.stringify(gold.map((g) => ({ ...g, source: { file: join(dir, 'a.jsonl'), published: g.date } }))));
  return runEval([file], { consolidated });
}
const sourcesOfTp = (r: Awaited<ReturnType<typeof run>>) =>
  r.score.outcomes.filter((o) => o.kind === 'tp' && o.list === 'vetoes').map((o) => (o.predicted as { sources: string[] }).sources);

describe('kg eval --consolidated', () => {
  it('scores the graph kg seed leaves: the two reports are one veto, found in both articles', async () => {
    expect(sourcesOfTp(await run(true))).toEqual([['a', 'b'], ['a', 'b']]);
  });
  it('without it each article\'s report is its own veto', async () => {
    expect(sourcesOfTp(await run(false))).toEqual([['a'], ['b']]);
  });
});
