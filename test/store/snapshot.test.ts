// The snapshot beside the embedded store's JSON (store/snapshot.ts): the same graph, read only while
// it describes the JSON as it is now.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyGraph } from '../../src/store/graph.ts';
import { loadGraph, saveGraph } from '../../src/store/persist.ts';
import { readSnapshot, readSnapshotGraph, snapshotPath } from '../../src/store/snapshot.ts';

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
