/**
 * `kg export` read by the real readers: networkx (GraphML and GEXF), JGraphT's GraphML importer
 * with schema validation, and the Gephi toolkit (GEXF with Gephi's default import settings and
 * with "Don't merge"; GraphML). The graph is the seed article through the real pipeline plus
 * synthetic articles and the awkward cases: urls, `+` and `->` in keys, a tab, a newline and a
 * control character in a title, Arabic everywhere, parallel edges of one type and of several, and a
 * list of sources too long for one GEXF attribute in Gephi.
 * Each reader must load every node and edge with its label, type, name and attributes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/cli/seed.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { exportGraph } from '../../src/store/export.ts';
import { loadGraph } from '../../src/store/persist.ts';
import { assertReadersOrSkip, gephi, jgrapht, networkx, type Loaded } from '../readers/readers.ts';
import { evidence, syntheticCorpus } from './helpers/synthetic.ts';

const canRun = assertReadersOrSkip();
const SEED_ARTICLE = join(import.meta.dirname, '..', '..', 'seed', 'putin-vietnam-2024.txt');
const URL_ID = 'http://www.spa.gov.sa/viewstory.php?newsid=1&lang=ar#x';
const TITLE = 'بوتين\tفي هانوي\nزيارة "رسمية" <أولى> & \u0007أخيرة';
const SAU = { label: 'State', id: 'SAU' } as const;
const RUS = { label: 'State', id: 'RUS' } as const;

function awkward(g: MultiDirectedGraph): void {
  for (const b of syntheticCorpus(30)) applyBatch(g, b);
  const art = { label: 'Article', id: URL_ID } as const;
  const lavrov = { label: 'Person', id: 'sergei-lavrov' } as const;
  const visit = (date: string) => ({ type: 'VISITED' as const, from: lavrov, to: SAU, key: date, props: { date, city: 'الرياض', status: 'done' as const, host: null, evidence: [evidence(URL_ID, 1, 'visit', TITLE)], sources: [URL_ID] } });
  applyBatch(g, {
    nodes: [
      { ...art, props: { title: TITLE, published: '2015-08-01', url: URL_ID, language: 'ar', hash: 'h', outlet: 'spa', tags: ['سياسة'], headlines: [] } },
      { ...lavrov, props: { name_ar: 'سيرغي لافروف', name_en: 'Sergei Lavrov', role: 'وزير الخارجية', sources: [URL_ID] } },
      // As many sources as Saudi Arabia has in the corpus: more than Gephi reads in one XML attribute.
      { ...SAU, props: { name_en: 'Saudi Arabia', name_ar: 'السعودية', aliases: [], sources: [URL_ID, ...Array.from({ length: 12_000 }, (_, i) => `http://www.spa.gov.sa/viewstory.php?lang=ar&newsid=${i}`)] } },
      { ...RUS, props: { name_en: 'Russia', name_ar: 'روسيا', aliases: [], sources: [URL_ID] } },
    ],
    edges: [
      visit('2015-08-01'), visit('2015-08-09'), // one type, twice between the same two nodes
      // and two types between the same two nodes
      { type: 'HOLDS_OFFICE', from: lavrov, to: RUS, key: 'foreign-minister', props: { office: 'foreign-minister', from: null, to: null, evidence: [], sources: [URL_ID] } },
      { ...visit('2015-07-30'), to: RUS },
      { type: 'MET', from: lavrov, to: { label: 'Leader', id: 'vladimir-putin' }, key: '', props: { date: null, place: null, evidence: [], sources: [URL_ID] } },
      { type: 'MENTIONS', from: art, to: SAU, key: '', props: { count: 2 } },
      { type: 'MENTIONS', from: art, to: RUS, key: '', props: { count: 1 } },
    ],
  });
}

// What the export promises, written out here rather than taken from it: renamed attributes.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const nodeExpected = (key: string, a: Attributes): Attributes => {
  const { label, id, ...rest } = a;
  return { kg_ref: key, kg_label: label, kg_id: id, ...rest };
};
const edgeExpected = (key: string, a: Attributes): Attributes => {
  const { type, key: k, ...rest } = a;
  return { kg_ref: key, kind: type, kg_key: k, ...rest };
};

/** Every attribute the reader gave back equals what was exported, typed as its format allows. */
function sameValues(got: Record<string, unknown>, want: Attributes, where: string): void {
  for (const [k, v] of Object.entries(want)) {
    if (v === null || v === undefined) continue;
    const g = got[k];
    // GraphML readers and Gephi read an empty value as no value.
    if (v === '' && g === undefined) continue;
    if (typeof v === 'string') expect(g, `${where} ${k}`).toBe(v.replace(NOT_XML, ''));
    else if (typeof v === 'number' || typeof v === 'boolean') expect(String(g), `${where} ${k}`).toBe(String(v));
    else if (Array.isArray(v)) {
      // A long list comes in parts in GEXF: name, name_2, name_3…
      const parts = [g];
      for (let i = 2; got[`${k}_${i}`] !== undefined; i++) parts.push(got[`${k}_${i}`]);
      expect(parts.flatMap((p) => JSON.parse(String(p))), `${where} ${k} (JSON)`).toEqual(v);
    } else expect(JSON.parse(String(g)), `${where} ${k} (JSON)`).toEqual(v);
  }
}

function expectAll(loaded: Loaded, g: MultiDirectedGraph): void {
  expect({ nodes: loaded.nodes, edges: loaded.edges }).toEqual({ nodes: g.order, edges: g.size });
  expect(loaded.nodeList).toHaveLength(g.order);
  const byRef = new Map(loaded.nodeList.map((n) => [String(n.a.kg_ref), n]));
  g.forEachNode((key, a) => {
    const n = byRef.get(key);
    expect(n, `node ${key}`).toBeDefined();
    sameValues(n!.a, nodeExpected(key, a), key);
  });
  const edges = new Map(loaded.edgeList.map((e) => [String(e.a.kg_ref), e]));
  expect(edges.size, 'every edge read, each with its own kg_ref').toBe(g.size);
  g.forEachEdge((key, a, source, target) => {
    const e = edges.get(key);
    expect(e, `edge ${key}`).toBeDefined();
    expect([e!.s, e!.d]).toEqual([source, target]);
    sameValues(e!.a, edgeExpected(key, a), key);
  });
}

const caption = (a: Attributes): string => String(a.name_en ?? a.name_ar ?? a.name ?? a.title ?? a.subject ?? a.id).replace(NOT_XML, '');

describe.runIf(canRun)('exports read by networkx, JGraphT and Gephi', () => {
  let dir: string;
  let g: MultiDirectedGraph;
  let graphmlFile: string;
  let gexfFile: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-readers-'));
    const store = join(dir, 'graph.json');
    await seed([SEED_ARTICLE], { store, batch: 500, quiet: true });
    g = await loadGraph(store);
    awkward(g);
    graphmlFile = join(dir, 'kg.graphml');
    gexfFile = join(dir, 'kg.gexf');
    await writeFile(graphmlFile, [...exportGraph(g, 'graphml')].join(''));
    await writeFile(gexfFile, [...exportGraph(g, 'gexf')].join(''));
  }, 60_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the graph has what the readers must keep: Arabic, urls, parallel edges of one type and of two', () => {
    const pairs = new Map<string, string[]>();
    g.forEachEdge((_k, a, s, t) => pairs.set(`${s}|${t}`, [...(pairs.get(`${s}|${t}`) ?? []), a.type]));
    const parallel = [...pairs.values()].filter((ts) => ts.length > 1);
    expect(parallel.some((ts) => new Set(ts).size < ts.length), 'parallel edges of one type').toBe(true);
    expect(parallel.some((ts) => new Set(ts).size > 1), 'parallel edges of different types').toBe(true);
    expect(g.hasNode(`Article:${URL_ID}`)).toBe(true);
    expect(JSON.stringify(g.getNodeAttribute('State:SAU', 'sources')).length, 'a list longer than Gephi reads in one attribute').toBeGreaterThan(600_000);
    expect(g.filterNodes((_k, a) => a.label === 'Agreement').length).toBeGreaterThan(0);
  });

  it('networkx reads the GraphML: every node and edge, names, types and lists', async () => {
    const loaded = await networkx('graphml', graphmlFile);
    expectAll(loaded, g);
    for (const n of loaded.nodeList) expect(n.a.label).toBe(caption(g.getNodeAttributes(String(n.a.kg_ref))));
  });

  it('networkx reads the GEXF: node type kept beside the caption, edge kind, no key collision', async () => {
    const loaded = await networkx('gexf', gexfFile);
    expectAll(loaded, g);
    for (const n of loaded.nodeList) expect(n.a.label).toBe(caption(g.getNodeAttributes(String(n.a.kg_ref))));
    const putin = loaded.nodeList.find((n) => n.a.kg_ref === 'Leader:vladimir-putin')!;
    expect(putin.a).toMatchObject({ kg_label: 'Leader', label: 'Vladimir Putin', name_ar: g.getNodeAttribute('Leader:vladimir-putin', 'name_ar') });
  });

  it('JGraphT reads the GraphML with its schema check on', async () => {
    expectAll(await jgrapht(graphmlFile), g);
  }, 60_000);

  it('Gephi reads the GEXF: captions are names, edge types are kinds, parallel edges of different kinds kept by default', async () => {
    const kept = await gephi(gexfFile, 'NO_MERGE');
    expectAll(kept, g);
    for (const n of kept.nodeList) expect(n.caption).toBe(caption(g.getNodeAttributes(String(n.a.kg_ref))));
    for (const e of kept.edgeList) expect(e.type).toBe(e.a.kind);
    // Gephi's default import merges edges of one kind between the same two nodes (and only those).
    const byDefault = await gephi(gexfFile);
    const triples = new Set(g.mapEdges((_k, a, s, t) => `${s}|${t}|${a.type}`));
    expect(byDefault.edges).toBe(triples.size);
    expect(new Set(byDefault.edgeList.map((e) => `${e.s}|${e.d}|${e.type}`))).toEqual(triples);
  }, 60_000);

  it('Gephi reads the GraphML: every node and edge, captions are names', async () => {
    const kept = await gephi(graphmlFile, 'NO_MERGE');
    expectAll(kept, g);
    for (const n of kept.nodeList) expect(n.caption).toBe(caption(g.getNodeAttributes(String(n.a.kg_ref))));
  }, 60_000);
});
