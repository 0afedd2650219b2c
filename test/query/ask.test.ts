import { describe, expect, it } from 'vitest';
import { answerQuestion, formatAnswer, routeQuestion } from '../../src/query/ask.ts';
import type { AgreementRow } from '../../src/query/contract.ts';
import { EmbeddedQueries } from '../../src/query/embedded.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { fixtureGraph, IDS } from './fixture.ts';

const q = new EmbeddedQueries(fixtureGraph());
const route = async (question: string) => {
  const r = await routeQuestion(question, q);
  return r.ok ? { query: r.route.query, params: r.route.params } : { refused: r.reason };
};

describe('kg ask routes common phrasings in both languages', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['which agreements involve Russia', 'agreements', { state: 'RUS' }],
    ['ما الاتفاقيات التي تشمل روسيا؟', 'agreements', { state: 'RUS' }],
    ['ما الاتفاقيات بين روسيا وكوريا الشمالية؟', 'agreements', { state: 'RUS', with: 'PRK' }],
    ['Which treaties did the US sign with Saudi Arabia in 2024?', 'agreements', { state: 'USA', with: 'SAU', since: '2024-01-01', until: '2024-12-31' }],
    ['من زار فيتنام؟', 'visits', { to: 'VNM' }],
    ['who visited Vietnam?', 'visits', { to: 'VNM' }],
    ['which countries did Putin visit?', 'visits', { visitor: 'Leader:vladimir-putin' }],
    ['ما الدول التي زارها بوتين؟', 'visits', { visitor: 'Leader:vladimir-putin' }],
    ['visits to the United States by Saudi Arabia', 'visits', { to: 'USA', by: 'SAU' }],
    ['من استخدم الفيتو في مجلس الأمن؟', 'vetoes', { body: 'UNSC' }],
    ['which vetoes did Russia cast?', 'vetoes', { by: 'RUS' }],
    ['من هم قادة روسيا؟', 'leaders', { state: 'RUS' }],
    ['who was the leader of the United States on 2024-01-01?', 'leaders', { state: 'USA', at: '2024-01-01' }],
    ['الخط الزمني لبوتين', 'timeline', { entity: 'Leader:vladimir-putin' }],
    ['timeline of North Korea', 'timeline', { entity: 'State:PRK' }],
    ['ما الدليل على زيارة بوتين لفيتنام؟', 'evidence', { from: 'Leader:vladimir-putin', to: 'State:VNM', type: 'VISITED' }],
    ['ما العلاقة بين كوريا الشمالية وفيتنام؟', 'path', { from: 'State:PRK', to: 'State:VNM' }],
    ['what do Russia and North Korea have in common?', 'neighbours', { from: 'State:RUS', to: 'State:PRK' }],
    ['agreements signed by Putin', 'evidence', { from: 'Leader:vladimir-putin', type: 'SIGNED' }],
  ];
  for (const [question, query, params] of cases) {
    it(question, async () => expect(await route(question)).toEqual({ query, params }));
  }
});

describe('kg ask never guesses', () => {
  for (const question of ['which agreements involve Atlantis?', 'ما الاتفاقيات التي تشمل أتلانتس؟', 'what is the weather today?', 'timeline', 'how is Russia connected?']) {
    it(`"${question}" gets what can be asked instead of an answer`, async () => {
      const a = await answerQuestion(question, q);
      expect(a.route).toBeNull();
      expect(a.rows).toEqual([]);
      const text = formatAnswer(a);
      expect(text).toMatch(/I can answer questions like these/);
      expect(text).toMatch(/من زار فيتنام/);
    });
  }
  it('names the word it did not understand', async () => {
    expect(await route('which agreements involve Atlantis?')).toEqual({ refused: expect.stringContaining('"Atlantis"') });
  });
});

describe('kg ask answers with evidence', () => {
  it('gives the same agreements, each with its sentence, in English and Arabic', async () => {
    const en = await answerQuestion('which agreements involve Russia', q);
    const ar = await answerQuestion('ما الاتفاقيات التي تشمل روسيا؟', q);
    expect((en.rows as AgreementRow[]).map((r) => r.id)).toEqual([IDS.DEFENCE, IDS.BATCH]);
    expect(ar.rows).toEqual(en.rows);
    expect(ar.evidence).toEqual(en.evidence);
    expect(en.evidence.map((e) => e.map((x) => x.text))).toEqual([
      ['وبعد يوم من توقيع اتفاق دفاع مشترك مع كوريا الشمالية'], ['وشهد الرئيسان تبادل بلديهما لما وصل إلى 11 اتفاقية ومذكرة تفاهم'],
    ]);
    const text = formatAnswer(en);
    expect(text).toMatch(/PRK–RUS\s+اتفاق دفاع مشترك/);
    expect(text).toMatch(/«وشهد الرئيسان تبادل بلديهما/);
  });
  it('ties a visit to its own sentence, not the visitor’s other visits', async () => {
    const a = await answerQuestion('من زار كوريا الشمالية؟', q);
    expect(a.evidence).toEqual([[expect.objectContaining({ text: 'ووصل بوتين إلى كوريا الشمالية في زيارة رسمية تاريخية' })]]);
  });
});

/** The fixture plus one more Putin → Vietnam VISITED edge (merged into the fixture's when the key is the same). */
function withPutinVisit(key: string, date: string, article: string, text: string) {
  const g = fixtureGraph();
  applyBatch(g, {
    nodes: [],
    edges: [{
      type: 'VISITED', from: { label: 'Leader', id: 'vladimir-putin' }, to: { label: 'State', id: 'VNM' }, key,
      props: { date, city: null, status: 'done', host: null, sources: [article],
        evidence: [{ article, sentence: 30, start: 3000, end: 3000 + text.length, text, rule: 'visit-arrived', confidence: 0.9 }] },
    }],
  });
  return g;
}

describe('kg ask evidence', () => {
  it('lists a sentence once when copies of an article carry it', async () => {
    const text = 'تلقى بوتين التحية خلال مراسم عسكرية في فيتنام';
    // The same story stored under a second url: one more evidence item with the very same sentence.
    const g = withPutinVisit('2024-06-20:done', '2024-06-20', 'copy-of-seed', text);
    const api = new EmbeddedQueries(g);
    expect((await api.evidence({ from: 'Putin', to: 'VNM', type: 'VISITED' })).map((e) => e.text)).toEqual([text, text]);
    const a = await answerQuestion('من زار فيتنام؟', api);
    expect(a.evidence).toEqual([[expect.objectContaining({ text })]]);
  });
  it('gives each of a visitor\'s visits to one state its own sentences', async () => {
    const text = 'وكان بوتين قد زار فيتنام في نوفمبر 2017';
    const g = withPutinVisit('done:2017-11-10', '2017-11-10', IDS.SEED, text);
    const a = await answerQuestion('من زار فيتنام؟', new EmbeddedQueries(g));
    expect(a.rows.map((r) => (r as { date: string }).date)).toEqual(['2017-11-10', '2024-06-20']);
    expect(a.evidence.map((e) => e.map((x) => x.text))).toEqual([[text], ['تلقى بوتين التحية خلال مراسم عسكرية في فيتنام']]);
  });
  it('answers who met a leader with the meeting and its sentence', async () => {
    const a = await answerQuestion('من التقى بوتين؟', q);
    expect(a.route).toMatchObject({ query: 'meetings', params: { leader: 'Leader:vladimir-putin' } });
    expect(a.rows).toEqual([expect.objectContaining({
      leader: expect.objectContaining({ id: 'vladimir-putin' }), met: expect.objectContaining({ id: 'to-lam', state: 'VNM' }), date: '2024-06-20',
    })]);
    expect(a.evidence.map((e) => e.map((x) => x.text))).toEqual([['وذلك لدى لقاء الرئيسين في هانوي']]);
    expect(formatAnswer(a)).toMatch(/2024-06-20 {2}Vladimir Putin \/ فلاديمير بوتين \(RUS\) met Tô Lâm \/ تو لام \(VNM\) in hanoi/);
  });
});

describe('kg ask --evidence: how many sentences per row', () => {
  it('keeps the first n distinct sentences and says more are left', async () => {
    const extra = 'وكان بوتين قد أكد خلال مراسم الاستقبال في فيتنام أهمية العلاقات';
    const api = new EmbeddedQueries(withPutinVisit('2024-06-20:done', '2024-06-20', 'second-article', extra));
    const all = await answerQuestion('من زار فيتنام؟', api);
    expect(all.evidence[0]?.length).toBe(2);
    expect(all.more).toEqual([false]);
    const one = await answerQuestion('من زار فيتنام؟', api, { limit: 1 });
    expect(one.evidence).toEqual([all.evidence[0]?.slice(0, 1)]);
    expect(one.more).toEqual([true]);
    expect(formatAnswer(one)).toMatch(/… more sentences: kg ask --evidence all "من زار فيتنام؟"/);
    expect(formatAnswer(all)).not.toMatch(/more sentences/);
  });
  it('lists an agreement asked about through one state by that state\'s own party edge', async () => {
    const a = await answerQuestion('which agreements involve Russia', q);
    expect(a.evidence.every((rows) => rows.every((e) => e.from.id === 'RUS' || e.to.id === 'RUS'))).toBe(true);
    expect(a.evidence.flat().length).toBeGreaterThan(0);
  });
});
