// The snapshot beside the embedded store's JSON (store/snapshot.ts): the same graph, read only while
// it describes the JSON as it is now.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyGraph } from '../../src/store/graph.ts';
import { loadGraph, saveGraph } from '../../src/store/persist.ts';
import { isArrayAttr, readSnapshot, readSnapshotGraph, snapshotPath } from '../../src/store/snapshot.ts';

function sample() {
  const g = emptyGraph();
  g.addNode('State:EGY', { label: 'State', id: 'EGY', name_en: 'Egypt' });
  g.addNode('Article:a1', { label: 'Article', id: 'a1', tags: ['x'] });
  g.addEdgeWithKey('MENTIONS:Article:a1->State:EGY:', 'Article:a1', 'State:EGY', { type: 'MENTIONS', key: '', count: 2 });
  // A key the model would not derive is kept as it is.
  g.addEdgeWithKey('odd-key', 'Article:a1', 'State:EGY', { type: 'MENTIONS', key: 'k' });
  return g;
}

describe('the embedded store snapshot', () => {
  it('reads back the graph that was saved, keys and attributes included', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-snap-')), 'graph.json');
    const g = sample();
    await saveGraph(g, path);
    const back = await readSnapshotGraph(path);
    expect(back?.export()).toEqual(g.export());
  });

  it('is ignored once the JSON changes, and the JSON read instead', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-snap-')), 'graph.json');
    await saveGraph(sample(), path);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    json.nodes[0].attributes.name_en = 'Egypt (edited)';
    writeFileSync(path, JSON.stringify(json));
    expect(await readSnapshot(path)).toBeNull();
    expect((await loadGraph(path)).getNodeAttribute('State:EGY', 'name_en')).toBe('Egypt (edited)');
  });

  it('is ignored when it cannot be decoded', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-snap-')), 'graph.json');
    await saveGraph(sample(), path);
    const bytes = readFileSync(snapshotPath(path));
    writeFileSync(snapshotPath(path), bytes.subarray(0, bytes.length - 20));
    // The JSON is untouched: only the snapshot's own bytes are wrong.
    expect(await readSnapshot(path)).toBeNull();
    expect((await loadGraph(path)).order).toBe(2);
  });
});

describe('the long lists a snapshot defers', () => {
  const urls = (n: number) => Array.from({ length: n }, (_, i) => `http://example.org/${i}`);
  function listed() {
    const g = emptyGraph();
    g.addNode('State:EGY', { label: 'State', id: 'EGY', sources: urls(9), name_en: 'Egypt' });
    g.addNode('State:SAU', { label: 'State', id: 'SAU', sources: urls(2) });
    g.addNode('Agreement:a', { label: 'Agreement', id: 'a', name_ar_forms: ['x', 'y', 'z', 'w'] });
    const evidence = urls(5).map((article, i) => ({ article, sentence: i, text: `t${i}` }));
    g.addEdgeWithKey('PARTY_TO:State:EGY->Agreement:a:', 'State:EGY', 'Agreement:a', { type: 'PARTY_TO', key: '', evidence, sources: urls(4) });
    return g;
  }

  it('reads them back in place, plain for a writer and on first read for a read-only open', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-snap-')), 'graph.json');
    const g = listed();
    await saveGraph(g, path);
    const full = await loadGraph(path);
    expect(full.export()).toEqual(g.export());
    // A writer's graph holds plain values: nothing left to decode when it is merged into or saved.
    expect(Object.getOwnPropertyDescriptor(full.getNodeAttributes('State:EGY'), 'sources')?.get).toBeUndefined();

    const view = await loadGraph(path, { lazy: true });
    const egy = view.getNodeAttributes('State:EGY');
    expect(Object.getOwnPropertyDescriptor(egy, 'sources')?.get).toBeTypeOf('function');
    // Short lists are not deferred.
    expect(Object.getOwnPropertyDescriptor(view.getNodeAttributes('State:SAU'), 'sources')?.get).toBeUndefined();
    const edge = view.getEdgeAttributes('PARTY_TO:State:EGY->Agreement:a:');
    expect(isArrayAttr(edge, 'evidence')).toBe(true);
    expect(isArrayAttr(edge, 'missing')).toBe(false);
    expect(Object.getOwnPropertyDescriptor(edge, 'evidence')?.get).toBeTypeOf('function');
    // Attribute order, values and spreads are those of the saved graph.
    expect(Object.keys(egy)).toEqual(['label', 'id', 'sources', 'name_en']);
    expect(JSON.stringify(view.export())).toBe(JSON.stringify(g.export()));
    // A read leaves a plain property; a write replaces the value.
    expect(Object.getOwnPropertyDescriptor(egy, 'sources')?.value).toEqual(urls(9));
    edge.sources = ['only'];
    expect(view.getEdgeAttribute('PARTY_TO:State:EGY->Agreement:a:', 'sources')).toEqual(['only']);
  });

  it('are read from the file as opened, even after a save has replaced it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-snap-')), 'graph.json');
    await saveGraph(listed(), path);
    const view = await loadGraph(path, { lazy: true });
    const changed = listed();
    changed.setNodeAttribute('State:EGY', 'sources', urls(12).reverse());
    changed.addNode('Article:b', { label: 'Article', id: 'b', url: 'http://example.org/b' });
    await saveGraph(changed, path);
    expect(view.getNodeAttribute('State:EGY', 'sources')).toEqual(urls(9));
    expect(view.hasNode('Article:b')).toBe(false);
    expect((await loadGraph(path, { lazy: true })).getNodeAttribute('State:EGY', 'sources')).toEqual(urls(12).reverse());
  });

  it('is not read when a deferred value is cut short', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-snap-')), 'graph.json');
    await saveGraph(listed(), path);
    const bytes = readFileSync(snapshotPath(path));
    // The last frame is the edge chunk's deferred bytes: lose its end.
    writeFileSync(snapshotPath(path), bytes.subarray(0, bytes.length - 3));
    expect(await readSnapshot(path, { defer: true })).toBeNull();
    expect((await loadGraph(path, { lazy: true })).getNodeAttribute('State:EGY', 'sources')).toEqual(urls(9));
  });
});
