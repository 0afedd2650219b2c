// Events across articles in both stores: the same reports, written in any order and consolidated
// by each store (store/consolidate.ts), give identical graphs; a second seed changes nothing.
import { beforeEach, expect, it } from 'vitest';
import { consolidate, embeddedGroups, Touched } from '../../src/store/consolidate.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { openNeo4j } from '../../src/store/index.ts';
import type { GraphBatch } from '../../src/model.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { clearDatabase, describeNeo4j, type Neo4jHandle } from '../support/neo4j.ts';
import { agreementReport, vetoReport, visitReport } from '../store/helpers/events.ts';
import { snapshot } from '../store/helpers/snapshot.ts';

const env = (neo: Neo4jHandle) => ({ NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, NEO4J_URI: neo.uri });

const reports: GraphBatch[] = [
  visitReport('n1', '2015-07-21', 'ash-carter', 'IRQ', '2015-07-21', { city: 'بغداد' }),
  visitReport('n2', '2015-07-24', 'ash-carter', 'IRQ', '2015-07-23'),
  visitReport('n3', '2015-07-25', 'ash-carter', 'IRQ', null),
  visitReport('n4', '2015-03-04', 'ash-carter', 'IRQ', '2015-03-04', { read: false }),
  visitReport('n5', '2015-07-30', 'ash-carter', 'IRQ', '2015-07-22', { status: 'planned' }),
  vetoReport('n6', '2015-07-30', ['RUS'], '2015-07-29', 'محكمة'),
  vetoReport('n7', '2015-07-31', ['CHN', 'RUS'], '2015-07-31', null, false),
  vetoReport('n8', '2015-08-02', ['RUS'], null),
  agreementReport('n9', '2015-07-31', ['EGY', 'SAU'], 'defense', '2015-07-30', 'mohammed-bin-salman'),
  agreementReport('n10', '2015-08-01', ['EGY', 'SAU'], 'defense', null),
  // Partial dates: a month joins the visit of a day inside it; a year joins the agreement of a day in it.
  visitReport('n11', '2015-08-10', 'ash-carter', 'IRQ', '2015-07'),
  visitReport('n12', '2015-08-11', 'mohammed-bin-salman', 'RUS', '2015-06'),
  agreementReport('n13', '2015-07-27', ['ISR', 'JOR'], 'peace', '1994'),
  agreementReport('n14', '2015-08-02', ['ISR', 'JOR'], 'peace', '1994-10-26'),
];

/** The events' part of a graph (the other nodes' source lists keep first-seen order in either store). */
const events = (s: ReturnType<typeof snapshot>) => ({
  nodes: s.nodes.filter(([k]) => /^(Agreement|DraftResolution):/.test(k)),
  edges: s.edges.filter(([k]) => /^(VISITED|VETOED|PUT_TO|PARTY_TO|SIGNED):/.test(k)),
});

describeNeo4j('events across articles in Neo4j', (neo) => {
  beforeEach(() => clearDatabase(neo.driver));

  async function seedNeo4j(batches: GraphBatch[]) {
    const store = await openNeo4j(neo.uri, env(neo));
    const touched = new Touched();
    for (const b of batches) { touched.add(b); await store.write(b); }
    await consolidate(store, touched);
    const g = await store.readGraph();
    await store.close();
    return snapshot(g);
  }

  it('holds exactly the graph the embedded store holds after the pass, and a second seed changes nothing', async () => {
    const graph = emptyGraph();
    const touched = new Touched();
    for (const b of reports) { touched.add(b); applyBatch(graph, b); }
    await consolidate({ kind: 'embedded' } as never, touched, embeddedGroups(graph, async (b) => applyBatch(graph, b)));
    const want = snapshot(graph);
    // Carter in March and in July (the July month joins it), bin Salman in June (a month alone).
    expect(want.edges.filter(([k]) => k.startsWith('VISITED:'))).toHaveLength(3);
    expect(want.nodes.filter(([k]) => k.startsWith('DraftResolution:'))).toHaveLength(1);
    // EGY+SAU, and ISR+JOR dated by the day inside the year.
    expect(want.nodes.filter(([k]) => k.startsWith('Agreement:')).map(([k, a]) => [k, (a as { date: string }).date])).toEqual([
      ['Agreement:agr:EGY+SAU:alliance:2015-07', '2015-07-30'], ['Agreement:agr:ISR+JOR:peace:1994-10', '1994-10-26']]);
    expect(await seedNeo4j(reports)).toEqual(want);
    expect(await seedNeo4j(reports)).toEqual(want);
  });

  it('reports in another order give the same events', async () => {
    const graph = emptyGraph();
    const touched = new Touched();
    for (const b of reports) { touched.add(b); applyBatch(graph, b); }
    await consolidate({ kind: 'embedded' } as never, touched, embeddedGroups(graph, async (b) => applyBatch(graph, b)));
    expect(events(await seedNeo4j([...reports].reverse()))).toEqual(events(snapshot(graph)));
  });
});
