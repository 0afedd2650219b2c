// The corpus audit: a sample drawn anew each day and never showing a reserved article's sentence,
// the duplicate rate of visits, and precision per type from judgements.
import { describe, expect, it } from 'vitest';
import { drawSample, reservedGrams, scoreJudgements, visitDuplicates } from '../../src/eval/audit.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { agreementReport, vetoReport, visitReport } from '../store/helpers/events.ts';

function graphOf(nVisits: number, nAgreements: number) {
  const g = emptyGraph();
  for (let i = 0; i < nVisits; i++) applyBatch(g, visitReport(`v${i}`, '2015-07-20', `leader-${i}`, 'SAU', '2015-07-20'));
  for (let i = 0; i < nAgreements; i++) applyBatch(g, agreementReport(`a${i}`, '2015-07-20', ['EGY', `S${String(i).padStart(2, '0')}`], 'trade', '2015-07-20'));
  applyBatch(g, vetoReport('x1', '2015-07-30', ['RUS', 'CHN'], '2015-07-29'));
  return g;
}

describe('drawSample', () => {
  const g = graphOf(90, 80);
  it('takes 60 agreements, every veto and 60 visits, the same on one day and another on the next', () => {
    const a = drawSample(g, '2026-12-02', new Set());
    expect(['agreement', 'veto', 'visit'].map((t) => a.filter((i) => i.type === t).length)).toEqual([60, 2, 60]);
    expect(drawSample(g, '2026-12-02', new Set())).toEqual(a);
    const b = drawSample(g, '2026-12-03', new Set());
    expect(b.map((i) => i.item)).not.toEqual(a.map((i) => i.item));
  });

  it('shows what is judged with the evidence sentences and the date each article gave', () => {
    const [visit] = drawSample(g, '2026-12-02', new Set()).filter((i) => i.type === 'visit');
    expect(visit).toMatchObject({ destination: { id: 'SAU' }, date: '2015-07-20', evidence: [{ published: '2015-07-20', date_in_article: '2015-07-20' }] });
    expect(visit!.visitor!.id).toMatch(/^leader-/);
  });

  it('never shows a sentence sharing 8 words with a reserved article; an item left with none is not drawn', () => {
    const small = emptyGraph();
    applyBatch(small, visitReport('r1', '2015-07-20', 'leader-r', 'QAT', '2015-07-20'));
    const long = 'زار القائد البلد المضيف في رحلة رسمية قصيرة جدا';
    small.updateEdgeAttribute(small.edges()[0]!, 'evidence', (ev) => [{ ...ev[0], text: long }]);
    expect(drawSample(small, '2026-12-02', new Set())).toHaveLength(1);
    expect(drawSample(small, '2026-12-02', reservedGrams([`مقدمة ${long} خاتمة`]))).toHaveLength(0);
  });
});

describe('visitDuplicates', () => {
  it('counts a visit kept apart from another of the same visitor and destination within 3 days', () => {
    const g = emptyGraph();
    // Written without the consolidation pass: three separate facts.
    for (const [a, d] of [['d1', '2015-07-21'], ['d2', '2015-07-24'], ['d3', '2015-08-10']] as const) applyBatch(g, visitReport(a, d, 'ash-carter', 'IRQ', d));
    applyBatch(g, visitReport('d4', '2015-07-22', 'ash-carter', 'ISR', '2015-07-22'));
    expect(visitDuplicates(g)).toEqual({ visits: 4, duplicates: 1, rate: 0.25 });
  });
});

describe('visitDuplicates with partial dates', () => {
  it('counts a month-dated visit kept beside a day inside that month, not one in another month', () => {
    const g = emptyGraph();
    applyBatch(g, visitReport('d1', '2015-07-21', 'ash-carter', 'IRQ', '2015-07-21'));
    applyBatch(g, visitReport('d2', '2015-09-30', 'ash-carter', 'IRQ', '2015-07'));
    applyBatch(g, visitReport('d3', '2015-09-30', 'ash-carter', 'IRQ', '2015-06'));
    // applyBatch writes without the consolidation pass: three separate facts, as a missed merge leaves them.
    expect(visitDuplicates(g)).toEqual({ visits: 3, duplicates: 1, rate: 1 / 3 });
  });
});

describe('scoreJudgements', () => {
  const items = [{ item: 'A', type: 'agreement' as const }, { item: 'B', type: 'visit' as const }, { item: 'C', type: 'visit' as const }];
  it('gives precision per type and overall', () => {
    const s = scoreJudgements(items, [
      { item: 'A', type: 'agreement', right: true, reason: 'parties as the sentence says' },
      { item: 'B', type: 'visit', right: false, reason: 'the visit was planned' },
      { item: 'C', type: 'visit', right: true, reason: 'ok' },
    ], 0.01);
    expect(s).toEqual({ precision: 2 / 3, n: 3, duplicate_rate: 0.01, by_type: { agreement: { right: 1, n: 1, precision: 1 }, visit: { right: 1, n: 2, precision: 0.5 } } });
  });
  it('refuses a judgement of an item not in the sample, or judged twice', () => {
    expect(() => scoreJudgements(items, [{ item: 'Z', type: 'visit', right: true, reason: 'x' }], null)).toThrow(/names no visit/);
    expect(() => scoreJudgements(items, [{ item: 'A', type: 'agreement', right: true, reason: 'x' }, { item: 'A', type: 'agreement', right: false, reason: 'y' }], null)).toThrow(/twice/);
  });
});
