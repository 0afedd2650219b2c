import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldBatch } from '../../src/store/batch.ts';
import { EmbeddedStore, applyBatch, countGraph } from '../../src/store/embedded.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { StoreError } from '../../src/store/store.ts';
import { edgeKey, type GraphBatch, uncheckedEdge, uncheckedNode } from '../../src/model.ts';
import { evidence, syntheticCorpus } from './helpers/synthetic.ts';
import { snapshot } from './helpers/snapshot.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'kg-embedded-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const visit = (article: string, date: string | null, key: string): GraphBatch => ({
  nodes: [
    { label: 'Leader', id: 'vladimir-putin', props: { name_en: 'Vladimir Putin', name_ar: 'بوتين', state: 'RUS', office: null, wikidata: null, aliases_ar: [], sources: [article] } },
    { label: 'State', id: 'VNM', props: { name_en: 'Viet Nam', name_ar: 'فيتنام', aliases: ['فيتنام'], sources: [article] } },
  ],
  edges: [{
    type: 'VISITED', from: { label: 'Leader', id: 'vladimir-putin' }, to: { label: 'State', id: 'VNM' }, key,
    props: { date, city: null, status: 'done', host: null, evidence: [evidence(article, 0, 'visit')], sources: [article] },
  }],
});

describe('EmbeddedStore merging', () => {
  it('keeps the layout the query helpers read: keys from model.ts, label/id and type/key attributes', () => {
    const g = emptyGraph();
    applyBatch(g, visit('a1', '2024-06-20', '2024-06-20'));
    expect(g.getNodeAttributes('Leader:vladimir-putin')).toMatchObject({ label: 'Leader', id: 'vladimir-putin', name_ar: 'بوتين' });
    const key = 'VISITED:Leader:vladimir-putin->State:VNM:2024-06-20';
    expect(g.source(key)).toBe('Leader:vladimir-putin');
    expect(g.getEdgeAttributes(key)).toMatchObject({ type: 'VISITED', key: '2024-06-20', evidence: [evidence('a1', 0, 'visit')] });
  });

  it('a fact reported again gains evidence and a source, not a twin; another key is another edge', () => {
    const g = emptyGraph();
    applyBatch(g, visit('a1', '2024-06-20', '2024-06-20'));
    applyBatch(g, visit('a2', null, '2024-06-20'));
    applyBatch(g, visit('a1', '2024-06-20', '2024-06-20'));
    applyBatch(g, visit('a3', '2023-01-01', '2023-01-01'));
    expect(countGraph(g)).toEqual({ nodes: { Leader: 1, State: 1 }, edges: { VISITED: 2 } });
    const e = g.getEdgeAttributes('VISITED:Leader:vladimir-putin->State:VNM:2024-06-20');
    expect(e.evidence.map((x: { article: string }) => x.article)).toEqual(['a1', 'a2']);
    expect(e.sources).toEqual(['a1', 'a2']);
    // A value already set wins over a later one; a null is filled by a later value.
    expect(e.date).toBe('2024-06-20');
    expect(g.getNodeAttributes('Leader:vladimir-putin').sources).toEqual(['a1', 'a2', 'a3']);
  });

  it('an edge naming a node not yet written creates it bare; a later write fills it', () => {
    const g = emptyGraph();
    applyBatch(g, { nodes: [], edges: [{ type: 'RELATED_TO', from: { label: 'Article', id: 'x#2' }, to: { label: 'Article', id: 'x' }, key: '', props: {} }] });
    expect(g.getNodeAttributes('Article:x')).toEqual({ label: 'Article', id: 'x' });
    applyBatch(g, { nodes: [uncheckedNode('Article', 'x', { title: 't', language: 'ar', hash: 'h' })], edges: [] });
    expect(g.getNodeAttributes('Article:x')).toEqual({ label: 'Article', id: 'x', title: 't', language: 'ar', hash: 'h' });
  });

  it('a prop named id or type cannot rename a node or an edge', () => {
    const g = emptyGraph();
    applyBatch(g, { nodes: [uncheckedNode('State', 'RUS', { id: 'XXX', label: 'Person' })], edges: [
      uncheckedEdge('LOCATED_IN', { label: 'City', id: 'moscow' }, { label: 'State', id: 'RUS' }, '', { type: 'MET', key: 'k' }),
    ] });
    expect(g.getNodeAttributes('State:RUS')).toMatchObject({ label: 'State', id: 'RUS' });
    expect(g.getEdgeAttributes('LOCATED_IN:City:moscow->State:RUS:')).toMatchObject({ type: 'LOCATED_IN', key: '' });
  });

  it('rejects labels and types outside the model with a one-line StoreError', () => {
    const g = emptyGraph();
    const bad = { nodes: [{ label: 'Country', id: 'X', props: {} }], edges: [] } as unknown as GraphBatch;
    expect(() => applyBatch(g, bad)).toThrow(StoreError);
    expect(() => applyBatch(g, bad)).toThrow(/label "Country" is not one of the model's labels/);
    const badEdge = { nodes: [], edges: [{ type: 'DETACH DELETE', from: { label: 'State', id: 'A' }, to: { label: 'State', id: 'B' }, key: '', props: {} }] } as unknown as GraphBatch;
    expect(() => applyBatch(g, badEdge)).toThrow(/edge type "DETACH DELETE" is not one of the model's types/);
    expect(g.order).toBe(0);
  });

  it('folding a stream into pieces gives the graph record-by-record merging gives (any cut points)', () => {
    const corpus = syntheticCorpus(60, 7);
    const oneByOne = emptyGraph();
    for (const b of corpus) applyBatch(oneByOne, b);
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 59 }), { maxLength: 6 }), (cuts) => {
      const points = [0, ...new Set(cuts)].sort((a, b) => a - b).concat(60);
      const g = emptyGraph();
      for (let i = 0; i + 1 < points.length; i++) {
        const piece = corpus.slice(points[i], points[i + 1]);
        applyBatch(g, foldBatch({ nodes: piece.flatMap((b) => b.nodes), edges: piece.flatMap((b) => b.edges) }));
      }
      expect(snapshot(g)).toEqual(snapshot(oneByOne));
    }), { numRuns: 40 });
  });
});

describe('EmbeddedStore file', () => {
  it('saves on flush/close and reads back the same graph, in graphology export() format', async () => {
    const path = join(dir, 'sub', 'graph.json');
    const store = await EmbeddedStore.open(path);
    for (const b of syntheticCorpus(40)) await store.write(b);
    await store.close();
    const json = JSON.parse(await readFile(path, 'utf8'));
    const direct = MultiDirectedGraph.from(json);
    expect(snapshot(direct)).toEqual(snapshot(store.graph));
    expect(json).toEqual(store.graph.export());
    const again = await EmbeddedStore.open(path);
    expect(await again.counts()).toEqual(await store.counts());
    expect(snapshot(again.graph)).toEqual(snapshot(store.graph));
  });

  it('seeding the same batches twice changes nothing', async () => {
    const path = join(dir, 'graph.json');
    const corpus = syntheticCorpus(50, 3);
    const store = await EmbeddedStore.open(path);
    for (const b of corpus) await store.write(b);
    await store.close();
    const before = snapshot(store.graph);
    const again = await EmbeddedStore.open(path);
    for (const b of corpus) await again.write(b);
    await again.close();
    expect(snapshot((await EmbeddedStore.open(path)).graph)).toEqual(before);
  });

  it('saves every N writes without waiting for close', async () => {
    const path = join(dir, 'graph.json');
    const store = await EmbeddedStore.open(path, { saveEveryWrites: 5 });
    const corpus = syntheticCorpus(12);
    for (const b of corpus.slice(0, 5)) await store.write(b);
    // A reader takes no lock, so it sees what the writer has saved so far.
    const saved = await EmbeddedStore.open(path, { readOnly: true });
    expect(saved.graph.hasNode('Article:art-4')).toBe(true);
    for (const b of corpus.slice(5, 9)) await store.write(b);
    expect((await EmbeddedStore.open(path, { readOnly: true })).graph.hasNode('Article:art-8')).toBe(false);
    await expect(saved.write(corpus[9]!)).rejects.toThrow(/opened for reading only/);
    await store.close();
  });

  it('writes the snapshot at flush, not at the periodic saves, and flushes one still owed', async () => {
    const path = join(dir, 'graph.json');
    const store = await EmbeddedStore.open(path, { saveEveryWrites: 2 });
    const corpus = syntheticCorpus(4);
    await store.write(corpus[0]!);
    await store.flush();
    expect(existsSync(`${path}.snap`)).toBe(true);
    // A periodic save outdates the snapshot: it goes, and the JSON alone holds the new graph.
    await store.write(corpus[1]!);
    await store.write(corpus[2]!);
    expect(existsSync(`${path}.snap`)).toBe(false);
    expect((await EmbeddedStore.open(path, { readOnly: true })).graph.hasNode('Article:art-2')).toBe(true);
    // Nothing written since the periodic save, yet the snapshot is owed: close writes it, and it is read.
    await store.close();
    expect(existsSync(`${path}.snap`)).toBe(true);
    const reread = await EmbeddedStore.open(path, { readOnly: true });
    expect(reread.graph.hasNode('Article:art-2')).toBe(true);
    expect(snapshot(await (await import('../../src/store/persist.ts')).loadGraph(path))).toEqual(snapshot(store.graph));
  });

  it('keeps its lock past the lock\'s first refresh (5 s), and a second writer in the same process waits for it', async () => {
    const path = join(dir, 'graph.json');
    const store = await EmbeddedStore.open(path);
    await new Promise((r) => setTimeout(r, 6_500));
    await store.write(syntheticCorpus(1)[0]!);
    await store.flush();
    let second: EmbeddedStore | null = null;
    const waiting: string[] = [];
    const opening = EmbeddedStore.open(path, { onWait: (m) => waiting.push(m) }).then((s) => (second = s));
    await new Promise((r) => setTimeout(r, 500));
    expect(second).toBeNull();
    expect(waiting).toEqual([`${path} is being written by another kg process; waiting for it to finish (its lock: ${path}.lock)`]);
    await store.close();
    await opening;
    expect(second!.graph.hasNode('Article:art-0')).toBe(true);
    await second!.close();
  }, 30_000);

  it('by default saves every 20 writes (10,000 articles at --batch 500), or 30 s, so a kill loses at most that', async () => {
    const path = join(dir, 'graph.json');
    const store = await EmbeddedStore.open(path);
    const corpus = syntheticCorpus(25);
    for (const b of corpus.slice(0, 19)) await store.write(b);
    expect(existsSync(path)).toBe(false);
    await store.write(corpus[19]!);
    expect((await EmbeddedStore.open(path, { readOnly: true })).graph.hasNode('Article:art-19')).toBe(true);
    await store.close();
    const timed = await EmbeddedStore.open(join(dir, 'timed.json'), { saveEveryMs: 0 });
    await timed.write(corpus[0]!);
    expect(existsSync(join(dir, 'timed.json'))).toBe(true);
    await timed.close();
  });

  it('a missing file is an empty graph; a broken one is a one-line StoreError naming it', async () => {
    expect((await EmbeddedStore.open(join(dir, 'none.json'))).graph.order).toBe(0);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"options": {"type": "directed", "multi": true}, "nodes": [');
    await expect(EmbeddedStore.open(broken)).rejects.toThrow(StoreError);
    await expect(EmbeddedStore.open(broken)).rejects.toThrow(new RegExp(`^${broken.replace(/[.]/g, '\\.')} is not a graph file: [^\\n]+$`));
    const wrong = join(dir, 'wrong.json');
    await writeFile(wrong, JSON.stringify({ options: { type: 'directed', multi: true }, nodes: [{ key: 'a', attributes: { label: 'Planet', id: 'a' } }], edges: [] }));
    await expect(EmbeddedStore.open(wrong)).rejects.toThrow(/wrong\.json is not a graph file: nodes\.0\.attributes\.label: /);
  });

  it('a folder, or a path under a file, fails with a one-line StoreError naming it', async () => {
    await expect(EmbeddedStore.open(dir)).rejects.toThrow(/^cannot read the graph file .*: EISDIR[^\n]*$/);
    await expect(EmbeddedStore.open(join(dir, 'x'))).resolves.toBeDefined();
    // The lock lives beside the file, so a path under a file fails when opened, before any work.
    await writeFile(join(dir, 'plain.txt'), 'a file where the folder should be');
    await expect(EmbeddedStore.open(join(dir, 'plain.txt', 'graph.json'))).rejects.toThrow(/^cannot create the folder of the graph file .*plain\.txt\/graph\.json: E(EXIST|NOTDIR)[^\n]*$/);
  });
});

it('edge keys and node keys agree with model.ts', () => {
  expect(edgeKey({ type: 'MET', from: { label: 'Leader', id: 'a' }, to: { label: 'Leader', id: 'b' }, key: '' })).toBe('MET:Leader:a->Leader:b:');
});
