// The read-only view of a snapshot (store/lazy-graph.ts): every query gives the answer the whole
// graph gives, and the article bookkeeping edges are built only when a question needs them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { EmbeddedQueries } from '../../src/query/embedded.ts';
import { EmbeddedStore } from '../../src/store/embedded.ts';
import { APART_DECODED, LAZY, lazyGraph, NON_APART_NODES, NON_PLAIN_EDGES } from '../../src/store/lazy-graph.ts';
import { loadGraph, saveGraph } from '../../src/store/persist.ts';
import { PLAIN_TYPES, readSnapshot } from '../../src/store/snapshot.ts';
import { fixtureGraph } from '../query/fixture.ts';

/**
 * The query fixture, saved. `odd`: with an edge whose key the model would not derive and a MENTIONS
 * edge with more than a count, both from an article: they stay graph edges, so the view decodes the
 * articles at once. Without them, as in the corpus graph, it leaves the articles undecoded.
 */
async function saved(odd = true): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'kg-lazy-')), 'graph.json');
  const g = fixtureGraph();
  if (odd) g.addEdgeWithKey('odd-key', 'Article:putin-vietnam-2024', 'State:RUS', { type: 'MENTIONS', key: 'k', count: 1 });
  if (odd) g.addEdgeWithKey('MENTIONS:Article:veto-gaza-2023->State:RUS:', 'Article:veto-gaza-2023', 'State:RUS', { type: 'MENTIONS', key: '', count: 1, note: 'x' });
  await saveGraph(g, path);
  return path;
}

async function lazy(path: string): Promise<MultiDirectedGraph> {
  // As a read-only open reads it: long lists and articles left undecoded until read.
  const columns = await readSnapshot(path, { defer: true });
  if (!columns) throw new Error('no snapshot');
  return lazyGraph(columns);
}

const built = (g: MultiDirectedGraph) => (g as unknown as Record<symbol, () => boolean>)[LAZY]!();
const decoded = (g: MultiDirectedGraph) => (g as unknown as Record<symbol, () => boolean>)[APART_DECODED]!();

const CALLS: [string, (q: EmbeddedQueries) => Promise<unknown>][] = [
  ['states', (q) => q.states()],
  ['states of an article', (q) => q.states({ article: 'blinken-riyadh-2024' })],
  ['bodies', (q) => q.bodies()],
  ['leaders', (q) => q.leaders({ state: 'VNM' })],
  ['agreements', (q) => q.agreements({})],
  ['agreements of Russia', (q) => q.agreements({ state: 'روسيا' })],
  ['vetoes', (q) => q.vetoes({})],
  ['visits', (q) => q.visits({})],
  ['meetings', (q) => q.meetings({})],
  ['evidence', (q) => q.evidence({ from: 'RUS' })],
  ['evidence between states', (q) => q.evidence({ from: 'RUS', to: 'VNM' })],
  ['timeline', (q) => q.timeline({ entity: 'Russia' })],
  ['path', (q) => q.path({ from: 'RUS', to: 'VNM' })],
  ['neighbours', (q) => q.neighbours({ from: 'RUS', to: 'VNM' })],
];

describe('the lazy read-only graph', () => {
  it.each([true, false])('answers every query as the whole graph does, each on a fresh view (odd edges: %s)', async (odd) => {
    const path = await saved(odd);
    const whole = new EmbeddedQueries(await loadGraph(path));
    for (const [name, call] of CALLS) expect(await call(new EmbeddedQueries(await lazy(path))), name).toEqual(await call(whole));
  });

  it.each([true, false])('answers them all in a row on one view, as it builds itself (odd edges: %s)', async (odd) => {
    const path = await saved(odd);
    const whole = new EmbeddedQueries(await loadGraph(path));
    const view = new EmbeddedQueries(await lazy(path));
    for (const [name, call] of CALLS) expect(await call(view), name).toEqual(await call(whole));
  });

  it('answers agreements, vetoes, visits and meetings without building the bookkeeping edges or decoding an article', async () => {
    const g = await lazy(await saved(false));
    const q = new EmbeddedQueries(g);
    expect(decoded(g)).toBe(false);
    await q.agreements({ state: 'RUS' });
    await q.vetoes({});
    await q.visits({});
    await q.meetings({});
    // A name, not a code: the name catalogue walks the nodes, but not the articles.
    await q.agreements({ state: 'روسيا' });
    expect(built(g)).toBe(false);
    expect(decoded(g)).toBe(false);
    await q.states({ state: 'RUS' });
    expect(built(g)).toBe(true);
  });

  it('iterates its non-column edges as the whole graph holds them, in the saved order, until it is built', async () => {
    const path = await saved();
    const whole = await loadGraph(path);
    const g = await lazy(path);
    const nonPlain = (g as unknown as Record<symbol, ((cb: (...a: unknown[]) => void) => void) | undefined>)[NON_PLAIN_EDGES];
    const got: unknown[] = [];
    nonPlain!((k, a, s, t) => got.push([k, a, s, t]));
    const want: unknown[] = [];
    const plain = (a: Record<string, unknown>) => (PLAIN_TYPES as readonly unknown[]).includes(a.type) && Object.keys(a).every((k) => ['type', 'key', 'count'].includes(k)) && a.key === '';
    whole.forEachEdge((k, a, s, t) => { if (!plain(a)) want.push([k, a, s, t]); });
    expect(got).toEqual(want);
    // The fixture's odd and annotated MENTIONS edges are among them; its plain ones are not.
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(whole.size);
    g.export();
    expect((g as unknown as Record<symbol, unknown>)[NON_PLAIN_EDGES]).toBeUndefined();
  });

  it('reads, counts and iterates its nodes as the whole graph, decoding the articles only when one is read', async () => {
    const path = await saved(false);
    const whole = await loadGraph(path);
    const nodes = (x: MultiDirectedGraph) => { const out: unknown[] = []; x.forEachNode((...a) => out.push(a)); return out; };
    let g = await lazy(path);
    expect(g.order).toBe(whole.order);
    expect(g.getNodeAttributes('State:RUS')).toEqual(whole.getNodeAttributes('State:RUS'));
    const others: unknown[] = [];
    (g as unknown as Record<symbol, (cb: (...a: unknown[]) => void) => void>)[NON_APART_NODES]!((...a) => others.push(a));
    expect(others).toEqual(nodes(whole).filter((n) => (n as [string, { label: string }])[1].label !== 'Article'));
    expect(others.length).toBeLessThan(whole.order);
    expect(decoded(g)).toBe(false);
    // Any read of a node the core does not hold decodes them, and then answers as the whole graph.
    expect(g.hasNode('Article:putin-vietnam-2024')).toBe(true);
    expect(decoded(g)).toBe(true);
    expect(built(g)).toBe(false);
    expect(nodes(g)).toEqual(nodes(whole));
    g = await lazy(path);
    expect(g.getNodeAttributes('Article:veto-gaza-2023')).toEqual(whole.getNodeAttributes('Article:veto-gaza-2023'));
    g = await lazy(path);
    expect(g.hasNode('State:nowhere')).toBe(false);
    expect(g.nodes()).toEqual(whole.nodes());
    g = await lazy(path);
    expect(g.inDegree('State:VNM')).toBe(whole.inDegree('State:VNM'));
    expect(g.outEdges('Article:veto-gaza-2023')).toEqual(whole.outEdges('Article:veto-gaza-2023'));
    // An article at the end of a graph edge is decoded with the view.
    expect(decoded(await lazy(await saved(true)))).toBe(true);
  });

  it('iterates, counts and exports as the whole graph, in the saved order', async () => {
    const path = await saved();
    const whole = await loadGraph(path);
    const g = await lazy(path);
    const edges = (x: MultiDirectedGraph) => { const out: unknown[] = []; x.forEachEdge((...a) => out.push(a)); return out; };
    expect([g.order, g.size]).toEqual([whole.order, whole.size]);
    expect(edges(g)).toEqual(edges(whole));
    expect(g.getNodeAttributes('State:RUS')).toEqual(whole.getNodeAttributes('State:RUS'));
    expect(built(g)).toBe(false);
    // A method the view does not answer itself builds the whole graph first.
    expect(g.export()).toEqual(whole.export());
    expect(built(g)).toBe(true);
    expect(edges(g)).toEqual(edges(whole));
  });

  it('is what a read-only store opens, and it refuses writes', async () => {
    const path = await saved();
    const store = await EmbeddedStore.open(path, { readOnly: true });
    expect(built(store.graph)).toBe(false);
    await expect(store.write({ nodes: [], edges: [] })).rejects.toThrow(/reading only/);
    const writer = await EmbeddedStore.open(path);
    expect(await store.counts()).toEqual(await writer.counts());
    await writer.close();
  });
});
