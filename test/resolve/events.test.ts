// Cross-article event resolution (resolve/events.ts through store/consolidate.ts on the embedded
// store): one real visit, veto or agreement is one edge or node with every report's evidence,
// whatever order the articles come in, and a second seed changes nothing.
import { describe, expect, it } from 'vitest';
import { tokenAt } from '../../src/normalise/index.ts';
import { bestDate } from '../../src/resolve/events.ts';
import { consolidate, embeddedGroups, Touched } from '../../src/store/consolidate.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import type { GraphBatch } from '../../src/model.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { agreementReport, vetoReport, visitReport } from '../store/helpers/events.ts';
import { snapshot } from '../store/helpers/snapshot.ts';
import type { MultiDirectedGraph } from 'graphology';

/** Write the batches into a fresh embedded graph and run the pass, as `kg seed` does. */
async function seedGraph(batches: GraphBatch[], graph: MultiDirectedGraph = emptyGraph()): Promise<MultiDirectedGraph> {
  const touched = new Touched();
  for (const b of batches) { touched.add(b); applyBatch(graph, b); }
  const io = embeddedGroups(graph, async (b) => applyBatch(graph, b));
  await consolidate({ kind: 'embedded', graph, write: async () => {}, counts: async () => ({ nodes: {}, edges: {} }), close: async () => {} } as never, touched, io);
  return graph;
}
/** The events' part of a graph (other nodes' source lists keep their first-seen order in any store). */
const events = (g: MultiDirectedGraph) => {
  const s = snapshot(g);
  return { nodes: s.nodes.filter(([k]) => /^(Agreement|DraftResolution):/.test(k)), edges: s.edges.filter(([k]) => /^(VISITED|VETOED|PUT_TO|PARTY_TO|SIGNED):/.test(k)) };
};
const edges = (g: MultiDirectedGraph, type: string) => g.filterEdges((_k, a) => a.type === type).map((k) => ({ ...g.getEdgeAttributes(k), source: g.source(k), target: g.target(k) }) as Record<string, any>);
const nodes = (g: MultiDirectedGraph, label: string) => g.filterNodes((_k, a) => a.label === label).map((k) => g.getNodeAttributes(k));
const shuffled = <T,>(xs: T[], seed: number): T[] => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) { seed = (seed * 1103515245 + 12345) % 2 ** 31; const j = seed % (i + 1); [out[i], out[j]] = [tokenAt(out, j), tokenAt(out, i)]; }
  return out;
};

describe('visits across articles', () => {
  const carter = [
    visitReport('a1', '2015-07-21', 'ash-carter', 'IRQ', '2015-07-21'),
    visitReport('a2', '2015-07-23', 'ash-carter', 'IRQ', '2015-07-23'),
    visitReport('a3', '2015-07-24', 'ash-carter', 'IRQ', '2015-07-23'),
    visitReport('a4', '2015-07-24', 'ash-carter', 'IRQ', '2015-07-24', { read: false }),
    visitReport('a5', '2015-07-25', 'ash-carter', 'IRQ', null),
  ];

  it('reports whose dates drift by a few days, and an undated one, are one visit dated by the most reports', async () => {
    const g = await seedGraph(carter);
    const v = edges(g, 'VISITED');
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ date: '2015-07-23', key: 'done:2015-07-23', status: 'done', sources: ['a1', 'a2', 'a3', 'a4', 'a5'] });
    // The other dates stay as evidence.
    expect(v[0]?.evidence.map((e: { claim: { date: string | null } }) => e.claim.date).sort()).toEqual(['2015-07-21', '2015-07-23', '2015-07-23', '2015-07-24', null]);
  });

  it('two visits months apart stay two, and each undated report joins the one nearest its article', async () => {
    const g = await seedGraph([
      visitReport('b1', '2015-03-04', 'nawaz-sharif', 'SAU', '2015-03-04'),
      visitReport('b2', '2015-07-20', 'nawaz-sharif', 'SAU', '2015-07-20'),
      visitReport('b3', '2015-07-21', 'nawaz-sharif', 'SAU', null),
      visitReport('b4', '2015-03-06', 'nawaz-sharif', 'SAU', null),
    ]);
    const v = edges(g, 'VISITED').sort((a, b) => a.date.localeCompare(b.date));
    expect(v.map((e) => [e.date, e.sources])).toEqual([['2015-03-04', ['b1', 'b4']], ['2015-07-20', ['b2', 'b3']]]);
  });

  it('a planned visit dated inside a done one is that visit; a planned one far from it stays planned', async () => {
    const g = await seedGraph([
      visitReport('c1', '2015-07-30', 'mohammed-bin-salman', 'EGY', '2015-07-30', { status: 'planned' }),
      visitReport('c2', '2015-07-31', 'mohammed-bin-salman', 'EGY', '2015-07-30'),
      visitReport('c3', '2015-08-01', 'mohammed-bin-salman', 'EGY', '2015-09-15', { status: 'planned' }),
    ]);
    expect(edges(g, 'VISITED').map((e) => [e.key, e.sources]).sort()).toEqual([['done:2015-07-30', ['c1', 'c2']], ['planned:2015-09-15', ['c3']]]);
  });

  it('a done visit takes the day reports tell it done on, not the day more reports had planned for it', async () => {
    const g = await seedGraph([
      visitReport('k1', '2015-07-31', 'john-kerry', 'EGY', '2015-08-02', { status: 'planned' }),
      visitReport('k2', '2015-07-31', 'john-kerry', 'EGY', '2015-08-02', { status: 'planned' }),
      visitReport('k3', '2015-08-01', 'john-kerry', 'EGY', '2015-08-01'),
    ]);
    expect(edges(g, 'VISITED').map((e) => [e.key, e.sources])).toEqual([['done:2015-08-01', ['k1', 'k2', 'k3']]]);
  });

  it('trap: planned reports alone still date their planned visit by the most of them', async () => {
    const g = await seedGraph([
      visitReport('p1', '2015-07-31', 'john-kerry', 'EGY', '2015-08-02', { status: 'planned' }),
      visitReport('p2', '2015-07-31', 'john-kerry', 'EGY', '2015-08-02', { status: 'planned' }),
      visitReport('p3', '2015-08-01', 'john-kerry', 'EGY', '2015-08-03', { status: 'planned' }),
    ]);
    expect(edges(g, 'VISITED').map((e) => [e.key, e.sources])).toEqual([['planned:2015-08-02', ['p1', 'p2', 'p3']]]);
  });

  it('another destination or visitor is another visit', async () => {
    const g = await seedGraph([
      visitReport('d1', '2015-07-24', 'barack-obama', 'KEN', '2015-07-24'),
      visitReport('d2', '2015-07-26', 'barack-obama', 'ETH', '2015-07-26'),
      visitReport('d3', '2015-07-24', 'john-kerry', 'KEN', '2015-07-24'),
    ]);
    expect(edges(g, 'VISITED')).toHaveLength(3);
  });

  it('any order of the articles, and seeding them twice, give the same graph', async () => {
    const all = [...carter, visitReport('e1', '2015-07-31', 'ash-carter', 'IRQ', '2015-07-30'), visitReport('e2', '2015-03-01', 'ash-carter', 'IRQ', null)];
    const want = events(await seedGraph(all));
    for (const s of [1, 2, 3]) expect(events(await seedGraph(shuffled(all, s)))).toEqual(want);
    expect(events(await seedGraph(all, await seedGraph(shuffled(all, 7))))).toEqual(want);
    // Written in two seeds, split anywhere.
    expect(events(await seedGraph(all.slice(3), await seedGraph(all.slice(0, 3))))).toEqual(want);
  });
});

describe('vetoes across articles', () => {
  it('one cast reported on the following days with drifting dates is one veto on one draft', async () => {
    const g = await seedGraph([
      vetoReport('v1', '2015-07-30', ['RUS'], '2015-07-29', 'محكمة خاصة'),
      vetoReport('v2', '2015-07-31', ['RUS'], '2015-07-30', 'محكمة دولية'),
      vetoReport('v3', '2015-07-31', ['RUS'], '2015-07-31', null, false),
      vetoReport('v4', '2015-08-02', ['RUS'], null, 'الطائرة'),
    ]);
    expect(nodes(g, 'DraftResolution')).toHaveLength(1);
    const v = edges(g, 'VETOED');
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ date: '2015-07-29', sources: ['v1', 'v2', 'v3', 'v4'] });
    expect(edges(g, 'PUT_TO')).toHaveLength(1);
  });

  it('two casters in one vote share one draft; a veto weeks earlier by one of them is another draft', async () => {
    const g = await seedGraph([
      vetoReport('w1', '2015-07-09', ['RUS'], '2015-07-08'),
      vetoReport('w2', '2015-05-22', ['CHN', 'RUS'], '2015-05-22'),
      vetoReport('w3', '2015-05-23', ['CHN'], '2015-05-22'),
    ]);
    expect(nodes(g, 'DraftResolution').map((n) => n.id).sort()).toEqual(['dr:UNSC:CHN+RUS:2015-05-22', 'dr:UNSC:RUS:2015-07-08']);
    expect(edges(g, 'VETOED').map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      'State:CHN>DraftResolution:dr:UNSC:CHN+RUS:2015-05-22', 'State:RUS>DraftResolution:dr:UNSC:CHN+RUS:2015-05-22', 'State:RUS>DraftResolution:dr:UNSC:RUS:2015-07-08',
    ]);
  });

  it('two drafts one article tells apart stay two, however close their days: two votes of one week, a vote and earlier casts recalled', async () => {
    // One article: the vote of the 7th, a second draft vetoed on the 10th, and the casters' earlier
    // vetoes recalled undated. A later report of the 10th alone still joins the 10th.
    const all = [
      vetoReport('y1', '2020-07-11', ['CHN', 'RUS'], '2020-07-07', 'مشروع ألماني بلجيكي'),
      vetoReport('y1', '2020-07-11', ['CHN', 'RUS'], '2020-07-10', 'مشروع معدل'),
      vetoReport('y1', '2020-07-11', ['RUS'], null),
      vetoReport('y2', '2020-07-12', ['RUS'], '2020-07-10', 'مشروع معدل'),
    ];
    const g = await seedGraph(all);
    expect(nodes(g, 'DraftResolution').map((n) => n.date).sort()).toEqual(['2020-07-07', '2020-07-10', null]);
    expect(edges(g, 'VETOED').filter((e) => e.date === '2020-07-10' && e.source === 'State:RUS')[0]?.sources).toEqual(['y1', 'y2']);
    // A second seed stores each report again: the same reports, so the same drafts.
    expect(events(await seedGraph(all, await seedGraph(all)))).toEqual(events(g));
  });

  it('trap: reports in different articles a few days apart are still one vote, an undated one included', async () => {
    const g = await seedGraph([
      vetoReport('z1', '2020-07-08', ['RUS'], '2020-07-07'),
      vetoReport('z2', '2020-07-10', ['RUS'], '2020-07-09'),
      vetoReport('z3', '2020-07-11', ['RUS'], null),
    ]);
    expect(nodes(g, 'DraftResolution')).toHaveLength(1);
  });

  it('the order of the reports does not change the graph', async () => {
    const all = [vetoReport('x1', '2015-07-30', ['RUS'], '2015-07-29'), vetoReport('x2', '2015-07-31', ['CHN', 'RUS'], '2015-07-31', null, false), vetoReport('x3', '2015-08-01', ['CHN'], null)];
    const want = events(await seedGraph(all));
    for (const s of [1, 2, 3]) expect(events(await seedGraph(shuffled(all, s)))).toEqual(want);
    expect(events(await seedGraph(all, await seedGraph(all)))).toEqual(want);
  });
});

describe('agreements across articles', () => {
  it('one signing reported either side of a month end is one node; the same parties months later sign another', async () => {
    const g = await seedGraph([
      agreementReport('g1', '2015-07-31', ['EGY', 'SAU'], 'defense', '2015-07-30', 'mohammed-bin-salman'),
      agreementReport('g2', '2015-08-01', ['EGY', 'SAU'], 'defense', '2015-07-30'),
      agreementReport('g3', '2015-08-02', ['EGY', 'SAU'], 'defense', null),
      agreementReport('g4', '2015-11-10', ['EGY', 'SAU'], 'defense', '2015-11-10'),
      agreementReport('g5', '2015-08-01', ['EGY', 'SAU'], 'trade', '2015-07-30'),
    ]);
    const a = nodes(g, 'Agreement').map((n) => [n.id, n.date, n.sources]).sort();
    expect(a).toEqual([
      ['agr:EGY+SAU:alliance:2015-07', '2015-07-30', ['g1', 'g2', 'g3']],
      ['agr:EGY+SAU:alliance:2015-11', '2015-11-10', ['g4']],
      ['agr:EGY+SAU:trade:2015-07', '2015-07-30', ['g5']],
    ]);
    expect(edges(g, 'PARTY_TO')).toHaveLength(6);
    expect(edges(g, 'SIGNED').map((e) => e.target)).toEqual(['Agreement:agr:EGY+SAU:alliance:2015-07']);
  });

  it('a report whose words give no kind joins its parties\' one kind of agreement of those weeks', async () => {
    const g = await seedGraph([
      agreementReport('k1', '2015-07-23', ['TUR', 'USA'], 'defense', '2015-07-23'),
      agreementReport('k2', '2015-07-26', ['TUR', 'USA'], 'general', null),
      agreementReport('k3', '2015-07-29', ['TUR', 'USA'], 'general', '2015-07-29'),
      agreementReport('k4', '2015-11-20', ['TUR', 'USA'], 'general', null),
    ]);
    expect(nodes(g, 'Agreement').map((n) => [n.id, n.date, n.sources]).sort()).toEqual([
      ['agr:TUR+USA:alliance:2015-07', '2015-07-23', ['k1', 'k2', 'k3']],
      ['agr:TUR+USA:general:2015-11', null, ['k4']],
    ]);
  });

  it('a report with no kind stays apart when its parties signed two kinds in those weeks', async () => {
    const g = await seedGraph([
      agreementReport('m1', '2015-07-23', ['EGY', 'SAU'], 'defense', '2015-07-23'),
      agreementReport('m2', '2015-07-24', ['EGY', 'SAU'], 'trade', '2015-07-24'),
      agreementReport('m3', '2015-07-26', ['EGY', 'SAU'], 'general', null),
    ]);
    expect(nodes(g, 'Agreement').map((n) => n.id).sort()).toEqual(['agr:EGY+SAU:alliance:2015-07', 'agr:EGY+SAU:general:2015-07', 'agr:EGY+SAU:trade:2015-07']);
  });

  it('the order of the reports does not change the graph', async () => {
    const all = [agreementReport('h1', '2015-07-31', ['IRN', 'RUS'], 'energy', '2015-07-31'), agreementReport('h2', '2015-08-03', ['IRN', 'RUS'], 'energy', null), agreementReport('h3', '2015-08-20', ['IRN', 'RUS'], 'energy', '2015-08-20')];
    const want = events(await seedGraph(all));
    for (const s of [1, 2, 3]) expect(events(await seedGraph(shuffled(all, s)))).toEqual(want);
    expect(events(await seedGraph(all, await seedGraph(all)))).toEqual(want);
  });
});

describe('bestDate', () => {
  const m = (article: string, date: string | null, rule: string) => ({ article, sentence: 0, start: 0, end: 1, text: '', rule, confidence: 1, claim: { date } });
  it('a date read from the text beats more reports that only carry their day of publication', () => {
    expect(bestDate([m('a', '2015-07-29', 'veto|date:relative'), m('b', '2015-07-31', 'veto|date:published'), m('c', '2015-07-31', 'veto|date:published')])).toBe('2015-07-29');
  });
  it('with no date read from any text, the day most reports carry; ties go to the earliest', () => {
    expect(bestDate([m('a', '2015-07-30', 'x|date:published'), m('b', '2015-07-31', 'x|date:published'), m('c', '2015-07-31', 'x|date:published')])).toBe('2015-07-31');
    expect(bestDate([m('a', '2015-07-31', 'x|date:weekday'), m('b', '2015-07-30', 'x|date:absolute')])).toBe('2015-07-30');
    expect(bestDate([m('a', null, 'x|date:none')])).toBeNull();
  });
});

describe('partial dates (a month or a year) across articles', () => {
  it('a visit told by its month joins the visit of a day inside it, which keeps its day; never a second edge', async () => {
    const g = await seedGraph([
      visitReport('p1', '2015-06-18', 'mohammed-bin-salman', 'RUS', '2015-06-18'),
      visitReport('p2', '2015-08-11', 'mohammed-bin-salman', 'RUS', '2015-06'),
      visitReport('p3', '2015-08-12', 'mohammed-bin-salman', 'RUS', '2015'),
    ]);
    const v = edges(g, 'VISITED');
    expect(v.map((e) => [e.date, e.key, e.sources])).toEqual([['2015-06-18', 'done:2015-06-18', ['p1', 'p2', 'p3']]]);
  });

  it('a planned visit told done in the month of its planned day is done, dated by what was told done', async () => {
    const g = await seedGraph([
      visitReport('r1', '2015-07-25', 'mohammad-javad-zarif', 'QAT', '2015-07-26', { status: 'planned' }),
      visitReport('r2', '2015-07-27', 'mohammad-javad-zarif', 'QAT', '2015-07'),
    ]);
    expect(edges(g, 'VISITED').map((e) => [e.key, e.sources])).toEqual([['done:2015-07', ['r1', 'r2']]]);
  });

  it('trap: a month told done that does not hold the planned day leaves the planned visit planned', async () => {
    const g = await seedGraph([
      visitReport('s1', '2015-07-25', 'mohammad-javad-zarif', 'QAT', '2015-08-02', { status: 'planned' }),
      visitReport('s2', '2015-07-27', 'mohammad-javad-zarif', 'QAT', '2015-07'),
    ]);
    expect(edges(g, 'VISITED').map((e) => [e.key, e.sources]).sort()).toEqual([['done:2015-07', ['s2']], ['planned:2015-08-02', ['s1']]]);
  });

  it('trap: a month that does not contain the dated visit is another visit; alone, a month is the visit’s date', async () => {
    const g = await seedGraph([
      visitReport('q1', '2015-06-18', 'mohammed-bin-salman', 'FRA', '2015-06-18'),
      visitReport('q2', '2015-08-11', 'mohammed-bin-salman', 'FRA', '2015-03'),
      visitReport('q3', '2015-08-12', 'mohammed-bin-salman', 'FRA', '2015-03'),
    ]);
    expect(edges(g, 'VISITED').map((e) => [e.date, e.sources]).sort()).toEqual([['2015-03', ['q2', 'q3']], ['2015-06-18', ['q1']]]);
  });

  it('an agreement dated by its year and one dated by a day of that year are one node dated by the day', async () => {
    const all = [
      agreementReport('y1', '2015-07-27', ['ISR', 'JOR'], 'peace', '1994'),
      agreementReport('y2', '2015-08-02', ['ISR', 'JOR'], 'peace', '1994-10-26'),
      agreementReport('y3', '2015-08-03', ['ISR', 'JOR'], 'peace', '1994'),
    ];
    const g = await seedGraph(all);
    expect(nodes(g, 'Agreement').map((n) => [n.id, n.date, n.sources])).toEqual([['agr:ISR+JOR:peace:1994-10', '1994-10-26', ['y1', 'y2', 'y3']]]);
    for (const s of [1, 2]) expect(events(await seedGraph(shuffled(all, s)))).toEqual(events(g));
  });

  it('trap: an agreement of one year and a signing of the same parties another year stay two', async () => {
    const g = await seedGraph([
      agreementReport('z1', '2015-07-27', ['EGY', 'FRA'], 'defense', '2015-02'),
      agreementReport('z2', '2015-07-28', ['EGY', 'FRA'], 'defense', '2014'),
    ]);
    expect(nodes(g, 'Agreement').map((n) => n.date).sort()).toEqual(['2014', '2015-02']);
  });
});

describe('bestDate with partial dates', () => {
  const m = (article: string, date: string | null, rule: string) => ({ article, sentence: 0, start: 0, end: 1, text: '', rule, confidence: 1, claim: { date } });
  it('the most precise date read from the text wins over the month or year more reports give', () => {
    expect(bestDate([m('a', '2015-06', 'x|date:month'), m('b', '2015-06', 'x|date:month'), m('c', '2015-06-18', 'x|date:absolute')])).toBe('2015-06-18');
  });
  it('a month read from the text beats a day that is only the article’s day of publication', () => {
    expect(bestDate([m('a', '2015-02', 'x|date:month'), m('b', '2015-07-19', 'x|date:published')])).toBe('2015-02');
  });
});
