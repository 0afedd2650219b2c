import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/run.ts';
import { formatMissCauses, missCauses } from '../../src/eval/misses.ts';

// Texts that say no visit or agreement at all, with gold that claims one: whatever rules the
// extractor learns, each stays a miss, and only where its participants stand decides the cause.
const putin = { visitor_en: 'Vladimir Putin', key_ar: ['بوتين'], visitor_state: 'RUS' };
const articles = [
  { id: 'one', text: 'تحدث الرئيس الروسي فلاديمير بوتين أمس عن فيتنام وعن الصين.' },
  { id: 'two', text: 'تحدث الرئيس الروسي فلاديمير بوتين أمس طويلا. وكانت فيتنام حاضرة في الحديث.' },
  { id: 'three', text: 'تحدث الرئيس الروسي فلاديمير بوتين أمس عن الاقتصاد.' },
  { id: 'four', text: 'أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيزور فيتنام الأسبوع المقبل.' },
  { id: 'five', text: 'وصل الرئيس الروسي فلاديمير بوتين أمس إلى هانوي.' },
];
const gold = [
  { article: 'one', split: 'test', visits: [{ ...putin, to: 'VNM' }], agreements: [{ parties: ['CHN', 'RUS'] }, { parties: ['RUS', 'IND'] }] },
  { article: 'two', split: 'test', visits: [{ ...putin, to: 'VNM' }] },
  { article: 'three', split: 'test', visits: [{ visitor_en: 'Nguyen Phu Trong', key_ar: ['نغوين'], visitor_state: 'VNM', to: 'RUS' }] },
  { article: 'four', visits: [{ ...putin, to: 'VNM' }] },
  // One visit told, two claimed (as when an earlier visit told in passing is not read).
  { article: 'five', split: 'test', visits: [{ ...putin, to: 'VNM' }, { ...putin, to: 'VNM', date: '2017-11-10' }] },
];

async function run() {
  const dir = await mkdtemp(join(tmpdir(), 'kg-misses-'));
  await writeFile(join(dir, 'a.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const file = join(dir, 'x.gold.json');
  await writeFile(file, JSON.stringify(gold.map((g) => ({ date: '2024-06-19', ...g, source: { file: join(dir, 'a.jsonl'), published: '2024-06-19' } }))));
  return runEval([file]);
}

describe('missCauses (kg eval --causes)', () => {
  it('puts each miss of a split under one cause: found as planned, found once for two, unrecognised, apart, in one sentence', async () => {
    const r = await run();
    const test = missCauses(r, 'test');
    // one: Putin and Vietnam in one sentence, Russia and China too; India is never named.
    // two: Putin and Vietnam in two sentences. three: the visitor is never named. five: the one
    // visit found is matched to one of its two gold items; the other is found once for two.
    expect(test.visits).toEqual({ 'as-planned': 0, 'found-once': 1, unrecognised: 1, apart: 1, 'one-sentence': 1 });
    expect(test.agreements).toEqual({ 'as-planned': 0, 'found-once': 0, unrecognised: 1, apart: 0, 'one-sentence': 1 });
    expect(test.vetoes).toEqual({ 'as-planned': 0, 'found-once': 0, unrecognised: 0, apart: 0, 'one-sentence': 0 });
    // four (dev-train): the visit is found, but planned, so the done gold item is missed as planned.
    expect(missCauses(r, 'train').visits).toEqual({ 'as-planned': 1, 'found-once': 0, unrecognised: 0, apart: 0, 'one-sentence': 0 });
    expect(formatMissCauses(test, 'test')).toBe([
      'misses of dev-test by cause: as-planned / found-once / unrecognised / apart / one-sentence',
      '  agreements    0    0    1    0    1',
      '  vetoes        0    0    0    0    0',
      '  visits        0    1    1    1    1',
    ].join('\n') + '\n');
  });
});
