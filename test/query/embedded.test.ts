import { describe, expect, it } from 'vitest';
import { EmbeddedQueries } from '../../src/query/embedded.ts';
import { QueryError } from '../../src/query/errors.ts';
import { fixtureGraph, IDS } from './fixture.ts';

const q = new EmbeddedQueries(fixtureGraph());

describe('states and bodies', () => {
  it('lists states with the articles that mention them, filtered by state or article', async () => {
    expect((await q.states()).map((r) => r.id)).toEqual(['PRK', 'RUS', 'SAU', 'UKR', 'USA', 'VNM']);
    expect(await q.states({ state: 'أمريكا' })).toEqual([
      { id: 'USA', name_en: 'United States', name_ar: 'الولايات المتحدة', sources: [IDS.RIYADH, IDS.GAZA] },
    ]);
    expect((await q.states({ article: IDS.RIYADH })).map((r) => r.id)).toEqual(['SAU', 'USA']);
  });

  it('counts MENTIONS edges among a body’s sources', async () => {
    const un = (await q.bodies({ body: 'الأمم المتحدة' }))[0];
    expect(un?.sources).toEqual([IDS.RIYADH, IDS.SEED]);
    expect((await q.bodies({ article: IDS.GAZA })).map((r) => r.id)).toEqual(['UNSC']);
  });
});

describe('names in all three forms', () => {
  for (const name of ['RUS', 'rus', 'Russia', 'Russian Federation', 'روسيا', 'روسيا الاتحادية']) {
    it(`"${name}" is Russia`, async () => {
      expect((await q.agreements({ state: name })).map((r) => r.id)).toEqual([IDS.DEFENCE, IDS.BATCH]);
    });
  }
  it('folds hamza, alef maqsura and ta marbuta, and accents', async () => {
    expect((await q.states({ state: 'اوكرانيا' })).map((r) => r.id)).toEqual(['UKR']);
    expect((await q.states({ state: 'السعوديه' })).map((r) => r.id)).toEqual(['SAU']);
    expect((await q.leaders({ state: 'فيتنام' }))[0]?.id).toBe('to-lam');
    expect((await q.visits({ visitor: 'to lam' }))).toEqual([]);
    expect((await q.timeline({ entity: 'To Lam' })).length).toBeGreaterThan(0);
  });
  it('knows bodies, cities and leaders of the gazetteers the store has not seen', async () => {
    expect((await q.bodies({ body: 'مجلس الأمن الدولي' })).map((r) => r.id)).toEqual(['UNSC']);
    expect((await q.vetoes({ body: 'United Nations Security Council' })).length).toBe(2);
    expect(await q.visits({ visitor: 'إيمانويل ماكرون' })).toEqual([]);
    expect(await q.timeline({ entity: 'Emmanuel Macron' })).toEqual([]);
  });
  it('knows states the store has not seen, and answers them with nothing', async () => {
    expect(await q.agreements({ state: 'France' })).toEqual([]);
    expect(await q.agreements({ state: 'فرنسا' })).toEqual([]);
  });
});

describe('agreements', () => {
  it('between two states, by kind, status and date range', async () => {
    expect((await q.agreements({ state: 'RUS', with: 'Vietnam' })).map((r) => r.count)).toEqual([11]);
    expect(await q.agreements({ state: 'VNM', with: 'PRK' })).toEqual([]);
    expect((await q.agreements({ kind: 'DEFENSE' })).map((r) => r.id)).toEqual([IDS.DEFENCE, IDS.PLANNED]);
    expect((await q.agreements({ status: 'planned' })).map((r) => r.id)).toEqual([IDS.PLANNED]);
    expect((await q.agreements({ since: '2024-06-20' })).map((r) => r.id)).toEqual([IDS.BATCH]);
    expect((await q.agreements({ until: '2024-06-19' })).map((r) => r.id)).toEqual([IDS.DEFENCE]);
  });
  it('gives parties and signatories', async () => {
    const [pact] = await q.agreements({ state: 'North Korea' });
    expect(pact?.parties).toEqual(['PRK', 'RUS']);
    expect(pact?.signatories.map((s) => s.name_en)).toEqual(['Kim Jong Un', 'Vladimir Putin']);
  });
});

describe('vetoes', () => {
  it('by state, in a body (a draft with no PUT_TO is the Security Council’s), by date', async () => {
    expect((await q.vetoes()).map((r) => [r.by, r.body, r.date])).toEqual([['USA', 'UNSC', '2023-12-08'], ['RUS', 'UNSC', null]]);
    expect((await q.vetoes({ by: 'روسيا' })).map((r) => r.subject)).toEqual(['فريق خبراء العقوبات على كوريا الشمالية']);
    expect((await q.vetoes({ body: 'Security Council' })).length).toBe(2);
    expect((await q.vetoes({ since: '2023-01-01', until: '2023-12-31' })).map((r) => r.by)).toEqual(['USA']);
  });
});

describe('visits', () => {
  it('by visitor (name in either script), by visitor state, to a state, by status and date', async () => {
    expect((await q.visits({ visitor: 'بوتين' })).map((r) => r.to)).toEqual(['PRK', 'VNM']);
    expect((await q.visits({ visitor: 'Putin', to: 'فيتنام' }))[0]?.host).toEqual({ name_en: 'Tô Lâm', name_ar: 'تو لام' });
    expect((await q.visits({ by: 'Saudi Arabia' })).map((r) => [r.to, r.status, r.host])).toEqual([['USA', 'planned', null]]);
    expect((await q.visits({ status: 'done', since: '2024-06-01' })).map((r) => r.to)).toEqual(['PRK', 'VNM']);
    expect((await q.visits({ until: '2024-04-01' })).map((r) => r.visitor.name_en)).toEqual(['Antony Blinken']);
  });
});

describe('leaders', () => {
  it('of a state, at a date (terms with open ends)', async () => {
    expect((await q.leaders({ state: 'USA' })).map((r) => r.id)).toEqual(['antony-blinken']);
    expect(await q.leaders({ state: 'USA', at: '2025-06-01' })).toEqual([]);
    expect((await q.leaders({ at: '2015-01-01' })).map((r) => r.id)).toEqual(['kim-jong-un', 'vladimir-putin']);
    // A leader known only from a state prop, with no term: of the state, but never "at" a date.
    expect((await q.leaders({ state: 'PSE' })).map((r) => r.name_ar)).toEqual(['نبيل عمار']);
    expect(await q.leaders({ state: 'PSE', at: '2023-12-08' })).toEqual([]);
  });
});

describe('evidence, timeline, path, neighbours', () => {
  it('gives the sentences behind an edge, narrowed by the other end and type', async () => {
    const rows = await q.evidence({ from: 'Putin', to: 'PRK' });
    expect(rows.map((r) => [r.type, r.text])).toEqual([['VISITED', 'ووصل بوتين إلى كوريا الشمالية في زيارة رسمية تاريخية']]);
    expect((await q.evidence({ from: `Agreement:${IDS.DEFENCE}`, type: 'SIGNED' })).map((r) => r.from.id)).toEqual(['kim-jong-un', 'vladimir-putin']);
  });
  it('joins two states through the agreements and vetoed drafts they share, and only those', async () => {
    const rows = await q.evidence({ from: 'RUS', to: 'PRK' });
    expect(rows.map((r) => [r.type, r.from.id, r.to.id])).toEqual([['PARTY_TO', 'PRK', IDS.DEFENCE], ['PARTY_TO', 'RUS', IDS.DEFENCE]]);
    // RUS and VNM share the other agreement only; USA and SAU the planned one; RUS and USA nothing.
    expect((await q.evidence({ from: 'VNM', to: 'RUS' })).map((r) => r.to.id)).toEqual([IDS.BATCH, IDS.BATCH]);
    expect(await q.evidence({ from: 'RUS', to: 'USA' })).toEqual([]);
    expect(await q.evidence({ from: 'RUS', to: 'PRK', type: 'VETOED' })).toEqual([]);
  });
  it('orders a timeline by date, undated last, and filters it', async () => {
    const t = await q.timeline({ entity: 'RUS' });
    expect(t.map((r) => r.date)).toEqual(['2012-05-07', '2024-06-19', '2024-06-20', null]);
    expect((await q.timeline({ entity: 'RUS', since: '2024-06-20' })).map((r) => r.type)).toEqual(['PARTY_TO']);
  });
  it('finds the first shortest path and the shared neighbours', async () => {
    // Three paths of two steps join them; the first by node keys goes through the agreement.
    const p = await q.path({ from: 'Saudi Arabia', to: 'USA' });
    expect(p.map((r) => [r.node.id, r.edge, r.direction])).toEqual([
      ['SAU', null, null], [IDS.PLANNED, 'PARTY_TO', 'forward'], ['USA', 'PARTY_TO', 'backward'],
    ]);
    expect(await q.path({ from: 'Saudi Arabia', to: 'RUS' })).toEqual([]);
    expect((await q.path({ from: 'hanoi', to: 'PRK' })).map((r) => r.node.id)).toEqual(['hanoi', 'VNM', 'vladimir-putin', 'PRK']);
    expect((await q.neighbours({ from: 'Vietnam', to: 'North Korea' })).map((r) => r.node.id)).toEqual(['vladimir-putin']);
  });
});

describe('bad input', () => {
  const bad: [string, () => Promise<unknown>, RegExp][] = [
    ['unknown state', () => q.agreements({ state: 'Atlantis' }), /unknown state "Atlantis"/],
    ['bad date', () => q.visits({ since: '2024-02-30' }), /bad since "2024-02-30"/],
    ['not a date', () => q.leaders({ at: 'yesterday' }), /bad at "yesterday"/],
    ['unknown filter', () => q.vetoes({ nope: 'x' } as never), /unknown filter "nope"/],
    ['unknown body', () => q.vetoes({ body: 'NATO' }), /unknown body "NATO"/],
    ['unknown leader', () => q.visits({ visitor: 'Napoleon' }), /unknown visitor "Napoleon"/],
    ['reversed range', () => q.agreements({ since: '2024-02-01', until: '2024-01-01' }), /since 2024-02-01 is after until 2024-01-01/],
    ['same entity', () => q.path({ from: 'RUS', to: 'روسيا' }), /same entity/],
  ];
  for (const [what, call, msg] of bad) {
    it(`${what} is a one-line QueryError naming the value`, async () => {
      const err = await call().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(QueryError);
      expect((err as Error).message).toMatch(msg);
      expect((err as Error).message).not.toContain('\n');
    });
  }
});
