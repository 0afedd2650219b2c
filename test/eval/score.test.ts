import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoldArticle, readGoldFile } from '../../src/eval/gold.ts';
import { belongsTo, normaliseArabic, personMatches, score, type Predicted } from '../../src/eval/score.ts';

const gold = [
  GoldArticle.parse({
    article: 'a', date: '2024-06-20',
    states: ['RUS', 'VNM'], states_optional: ['UKR'],
    leaders: [
      { name_en: 'Vladimir Putin', key_ar: ['بوتين'], state: 'RUS' },
      { name_en: 'Kim Jong Un', key_ar: ['كيم', 'جونغ'], state: 'PRK' },
    ],
    agreements: [
      { parties: ['RUS', 'PRK'], date: '2024-06-19' },
      { parties: ['RUS', 'VNM'], alt_parties: [['RUS', 'VNM', 'PRK']] },
    ],
    vetoes: [{ by: 'RUS', body: 'UNSC', date: '2024-03-28' }],
    visits: [{ visitor_en: 'Vladimir Putin', key_ar: ['بوتين'], visitor_state: 'RUS', to: 'VNM', date: '2024-06-20' }],
  }),
  // Only vetoes were annotated here: its states are not scored, its (absent) vetoes are.
  GoldArticle.parse({ article: 'b', date: '2015-07-21', scope: ['vetoes'], states: ['SAU'] }),
];

const person = (name_en: string | null, name_ar: string, state: string | null) => ({ name_en, name_ar, state });
const predicted: Predicted = {
  states: [
    { id: 'RUS', name_en: 'Russia', name_ar: 'روسيا', sources: ['a'] },
    { id: 'UKR', name_en: 'Ukraine', name_ar: 'أوكرانيا', sources: ['a#2'] }, // optional: absorbed
    { id: 'USA', name_en: 'United States', name_ar: 'أمريكا', sources: ['a'] }, // false positive
    { id: 'SAU', name_en: 'Saudi Arabia', name_ar: 'السعودية', sources: ['b'] }, // out of b's scope
    { id: 'VNM', name_en: 'Vietnam', name_ar: 'فيتنام', sources: ['ab'] }, // another article: VNM missed
  ],
  bodies: [{ id: 'UNGA', name_en: 'General Assembly', name_ar: 'الجمعية العامة', sources: ['a'] }], // no gold body: n/a, still a false positive
  leaders: [
    { id: 'p', ...person(null, 'فلاديمير بوتين', 'RUS'), office: null, sources: ['a'] }, // Arabic tokens
    { id: 'k', ...person('Kim Jong-un', 'كيم جونغ أون', 'PRK'), office: null, sources: ['a'] }, // folded English
    { id: 'x', ...person(null, 'بوتين', 'USA'), office: null, sources: ['a'] }, // wrong state
  ],
  agreements: [
    { id: '1', name_ar: '', kind: 'defense', status: 'signed', date: '2024-06-19', count: null, parties: ['PRK', 'RUS'], signatories: [], sources: ['a'] },
    { id: '2', name_ar: '', kind: 'cooperation', status: 'concluded', date: null, count: 11, parties: ['VNM', 'PRK', 'RUS'], signatories: [], sources: ['a#1'] },
    { id: '3', name_ar: '', kind: 'x', status: 'planned', date: null, count: null, parties: ['RUS', 'VNM'], signatories: [], sources: ['a'] },
    { id: '4', name_ar: '', kind: 'x', status: 'signed', date: null, count: null, parties: ['RUS', 'CHN'], signatories: [], sources: ['a'] },
  ],
  vetoes: [
    { by: 'RUS', body: 'UNSC', date: '2024-03-27', subject: null, sources: ['a'] },
    { by: 'RUS', body: 'UNSC', date: null, subject: null, sources: ['a'] }, // the gold veto is matched once
    { by: 'RUS', body: 'UNSC', date: null, subject: null, sources: ['b'] }, // b has no veto
  ],
  visits: [
    { visitor: { ...person('Vladimir Putin', 'بوتين', 'RUS') }, to: 'VNM', city: 'هانوي', date: '2024-06-20', status: 'done', host: null, sources: ['a'] },
    { visitor: { ...person('Vladimir Putin', 'بوتين', 'RUS') }, to: 'PRK', city: null, date: null, status: 'planned', host: null, sources: ['a'] },
    { visitor: { ...person('Vladimir Putin', 'بوتين', 'RUS') }, to: 'PRK', city: null, date: null, status: 'done', host: null, sources: ['a'] },
  ],
};

describe('score (GOLD-FORMAT.md) on a fixed graph with hand-computed answers', () => {
  const s = score(gold, predicted);
  it('states: optional absorbed, scope respected, sub-article ids count, other ids do not', () => {
    expect(s.lists.states).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5, dateAccuracy: null });
  });
  it('bodies: nothing annotated is n/a (no P, R, F1), whatever is predicted; the false positive is still counted', () => {
    expect(s.lists.bodies).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: null, recall: null, f1: null });
  });
  it('leaders: by Arabic tokens with state, by folded English name; wrong state is a false positive', () => {
    expect(s.lists.leaders).toMatchObject({ tp: 2, fp: 1, fn: 0, recall: 1 });
    expect(s.lists.leaders.f1).toBeCloseTo(0.8, 10);
  });
  it('agreements: alt_parties match, a planned one matching no gold item is counted apart, date accuracy over dated gold', () => {
    expect(s.lists.agreements).toMatchObject({ tp: 2, fp: 1, fn: 0, dateAccuracy: 1, dated: 1, unscoredPlanned: 1 });
    expect(s.lists.agreements.precision).toBeCloseTo(2 / 3, 10);
  });
  it('vetoes: each gold item matched at most once; wrong date counted', () => {
    expect(s.lists.vetoes).toMatchObject({ tp: 1, fp: 2, fn: 0, dateAccuracy: 0 });
    expect(s.lists.vetoes.f1).toBeCloseTo(0.5, 10);
  });
  it('visits: a planned visit matching no gold item is counted apart, wrong destination is a false positive', () => {
    expect(s.lists.visits).toMatchObject({ tp: 1, fp: 1, fn: 0, dateAccuracy: 1, unscoredPlanned: 1 });
    expect(s.lists.visits.f1).toBeCloseTo(2 / 3, 10);
  });
  it('macro-F1 is the mean F1 of the lists with gold items (bodies left out)', () => {
    expect(s.macroF1).toBeCloseTo((0.5 + 0.8 + 0.8 + 0.5 + 2 / 3) / 5, 10);
  });
  it('macro-F1 is n/a when no list has a gold item, even with false positives', () => {
    const empty = score([GoldArticle.parse({ article: 'a', date: '2024-06-20' })], predicted);
    expect(empty.macroF1).toBeNull();
    expect(empty.lists.states).toMatchObject({ fp: 3, f1: null });
  });
  it('records every miss and false positive for --verbose', () => {
    const misses = s.outcomes.filter((o) => o.kind === 'fn');
    expect(misses).toEqual([{ list: 'states', article: 'a', kind: 'fn', gold: 'VNM' }]);
    expect(s.outcomes.filter((o) => o.kind === 'fp').map((o) => `${o.list}@${o.article}`).sort())
      .toEqual(['agreements@a', 'bodies@a', 'leaders@a', 'states@a', 'vetoes@a', 'vetoes@b', 'visits@a']);
  });
});

describe('status: done and planned facts (test/gold/README.md)', () => {
  const putin = { visitor_en: 'Vladimir Putin', key_ar: ['بوتين'], visitor_state: 'RUS' };
  const g = [GoldArticle.parse({
    article: 's', date: '2024-06-20',
    agreements: [{ parties: ['RUS', 'PRK'] }, { parties: ['RUS', 'CHN'], status: 'planned' }],
    agreements_optional: [{ parties: ['RUS', 'IND'], status: 'planned' }],
    visits: [{ ...putin, to: 'VNM' }, { ...putin, to: 'PRK', status: 'planned' }],
  })];
  const agr = (parties: string[], status: 'signed' | 'planned') =>
    ({ id: parties.join(), name_ar: '', kind: 'x', status, date: null, count: null, parties, signatories: [], sources: ['s'] });
  const vis = (to: string, status: 'done' | 'planned') =>
    ({ visitor: person('Vladimir Putin', 'بوتين', 'RUS'), to, city: null, date: null, status, host: null, sources: ['s'] });
  const s = score(g, {
    states: [], bodies: [], leaders: [], vetoes: [],
    agreements: [agr(['RUS', 'PRK'], 'planned'), agr(['RUS', 'CHN'], 'signed'), agr(['RUS', 'IND'], 'planned')],
    visits: [vis('VNM', 'planned'), vis('PRK', 'planned'), vis('CHN', 'planned')],
  });
  it('a planned prediction of a done fact leaves it missed; a done prediction of a planned fact is a false positive', () => {
    // RUS+PRK done, predicted planned: missed. RUS+CHN planned, predicted signed: false positive, and the planned item missed.
    expect(s.lists.agreements).toMatchObject({ tp: 0, fp: 1, fn: 2, f1: 0, unscoredPlanned: 0 });
    const fn = s.outcomes.filter((o) => o.list === 'agreements' && o.kind === 'fn');
    expect(fn.map((o) => [(o.gold as { parties: string[] }).parties.join('+'), o.asPlanned !== undefined])).toEqual([['RUS+PRK', true], ['RUS+CHN', false]]);
  });
  it('a planned prediction of a planned fact is a hit; one that fits no gold item is counted apart, not scored', () => {
    expect(s.lists.visits).toMatchObject({ tp: 1, fp: 0, fn: 1, unscoredPlanned: 1 });
    expect(s.outcomes.find((o) => o.list === 'visits' && o.kind === 'planned')?.predicted).toMatchObject({ to: 'CHN' });
  });
  it('gold items without a status are done', () => {
    expect(g[0]?.agreements[0]?.status).toBe('done');
    expect(g[0]?.split).toBe('train');
  });
});

describe('matching details', () => {
  it('sub-article ids belong to their record, prefixes of other ids do not', () => {
    expect(belongsTo(['a#12'], 'a')).toBe(true);
    expect(belongsTo(['ab'], 'a')).toBe(false);
    expect(belongsTo(['x', 'a'], 'a')).toBe(true);
  });
  it('normalises alef forms, ى, ة, diacritics and tatweel', () => {
    expect(normaliseArabic('أُسامة إلى آمـــال')).toBe('اسامه الي امال');
  });
  it('not_ar keeps a son from matching his father', () => {
    const king = { names_en: ['Salman of Saudi Arabia'], key_ar: ['سلمان'], not_ar: ['محمد'], state: 'SAU' };
    expect(personMatches({ name_en: null, name_ar: 'الملك سلمان بن عبدالعزيز', state: 'SAU' }, king)).toBe(true);
    expect(personMatches({ name_en: null, name_ar: 'محمد بن سلمان', state: 'SAU' }, king)).toBe(false);
  });
  it('a gold leader with no state (UN Secretary-General) matches whatever state is predicted', () => {
    const ban = { names_en: ['Ban Ki-moon'], key_ar: ['بان', 'مون'], not_ar: [], state: null };
    expect(personMatches({ name_en: null, name_ar: 'بان جي مون', state: 'KOR' }, ban)).toBe(true);
    expect(personMatches({ name_en: 'Ban Ki Moon', name_ar: 'بان', state: null }, ban)).toBe(true);
  });
  it('when two predictions compete for one gold item, dates decide which is judged', () => {
    const g = [GoldArticle.parse({ article: 'c', date: '2015-07-21', vetoes: [{ by: 'USA', body: 'UNSC', date: '2011-02-18' }] })];
    const v = (date: string | null) => ({ by: 'USA', body: 'UNSC', date, subject: null, sources: ['c'] });
    const s = score(g, { states: [], bodies: [], leaders: [], agreements: [], visits: [], vetoes: [v(null), v('2011-02-18')] });
    expect(s.lists.vetoes).toMatchObject({ tp: 1, fp: 1, dateAccuracy: 1 });
  });
  it('an undated prediction pairs with the undated gold item, leaving the dated one to the dated prediction', () => {
    const g = [GoldArticle.parse({ article: 'c', date: '2015-07-21', vetoes: [
      { by: 'RUS', body: 'UNSC', date: '2014-05-22' }, { by: 'RUS', body: 'UNSC', subject: 'earlier casts' }] })];
    const v = (date: string | null) => ({ by: 'RUS', body: 'UNSC', date, subject: null, sources: ['c'] });
    for (const order of [[null, '2014-05-22'], ['2014-05-22', null]]) {
      const s = score(g, { states: [], bodies: [], leaders: [], agreements: [], visits: [], vetoes: order.map(v) });
      expect(s.lists.vetoes).toMatchObject({ tp: 2, fp: 0, dateAccuracy: 1 });
    }
  });
});

describe('gold files in the project', () => {
  const files = readdirSync('test/gold').filter((f) => f.endsWith('.gold.json')).map((f) => `test/gold/${f}`);
  const all = files.flatMap((f) => readGoldFile(f).map((g) => ({ f, g })));
  it('name each article once across all gold files (kg eval reads them together)', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    const first = new Map<string, string>();
    for (const { f, g } of all) {
      expect(first.get(g.article), `${g.article} in ${f}`).toBeUndefined();
      first.set(g.article, f);
    }
  });
  it('point every written article at a JSONL file that has a record with its id', () => {
    for (const { f, g } of all) {
      if (!g.source?.file.endsWith('.jsonl')) continue;
      const ids = readFileSync(g.source.file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids, `${g.article} (${f})`).toContain(g.article);
    }
  });
  it('keep dev-test at 40% of the articles or more, once there is a dev-test', () => {
    const test = all.filter(({ g }) => g.split === 'test').length;
    if (test > 0) expect(test / all.length).toBeGreaterThanOrEqual(0.4);
  });
  it('are refused when one file annotates an article twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    writeFileSync(join(dir, 'twice.gold.json'), JSON.stringify([{ article: 'x', date: '2015-07-21' }, { article: 'x', date: '2015-07-22' }]));
    expect(() => readGoldFile(join(dir, 'twice.gold.json'))).toThrow(/twice\.gold\.json: article x is annotated twice/);
  });
});

describe('matching keeps date-agreeing pairs (round 11)', () => {
  it('an older agreement of the same parties takes the undated gold item, not the dated one', () => {
    const g = [GoldArticle.parse({ article: 'p', date: '2025-09-18', scope: ['agreements'], agreements: [{ parties: ['PAK', 'SAU'], date: '2025-09-17' }, { parties: ['PAK', 'SAU'] }] })];
    const row = (id: string, date: string) => ({ id, name_ar: '', kind: 'x', status: 'signed' as const, date, count: null, parties: ['PAK', 'SAU'], signatories: [], sources: ['p'] });
    const pred: Predicted = { states: [], bodies: [], leaders: [], agreements: [row('new', '2025-09-17'), row('old', '1982')], vetoes: [], visits: [] };
    expect(score(g, pred).lists.agreements).toMatchObject({ tp: 2, fp: 0, fn: 0, dateAccuracy: 1 });
  });
});
