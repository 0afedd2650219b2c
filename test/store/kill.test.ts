import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded.ts';
import { loadGraph } from '../../src/store/persist.ts';
import { runSeedChild } from './helpers/child.ts';
import { snapshot } from './helpers/snapshot.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'kg-kill-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('embedded store under kill -9', () => {
  it('a seed killed half-way and run again ends with exactly the graph of one clean run', async () => {
    const clean = join(dir, 'clean.json');
    const killed = join(dir, 'killed.json');
    expect((await runSeedChild([clean, '400', '5', '7'])).out).toContain('done');
    const first = await runSeedChild([killed, '400', '5', '7'], (l) => l === 'wrote 200');
    expect(first.signal).toBe('SIGKILL');
    const half = await loadGraph(killed);
    // Saved every 7 writes: the file holds a whole earlier state, short of the full graph.
    expect(half.hasNode('Article:art-195')).toBe(true);
    expect(half.hasNode('Article:art-300')).toBe(false);
    expect((await runSeedChild([killed, '400', '5', '7'])).out).toContain('done');
    expect(snapshot(await loadGraph(killed))).toEqual(snapshot(await loadGraph(clean)));
  }, 60_000);

  it('a kill in the middle of a save leaves the previous file whole', async () => {
    const path = join(dir, 'graph.json');
    // Save after every write, so most kills land inside a save.
    for (const at of [37, 81, 122, 163]) {
      const run = await runSeedChild([path, '400', '11', '1'], (l) => l === `wrote ${at}`);
      expect(run.signal).toBe('SIGKILL');
      const g = await loadGraph(path);
      expect(g.hasNode(`Article:art-${at - 1}`)).toBe(true);
    }
    // Killed saves leave temp files beside the graph, never in its place, and their lock; the next
    // writer takes over the dead process's lock at once and removes the temp files. A seed's
    // periodic saves write the JSON alone (store/embedded.ts), so a killed seed leaves no snapshot
    // of an earlier graph; the next seed's last save writes one.
    expect((await readdir(dir)).filter((f) => !f.startsWith('.'))).toEqual(['graph.json', 'graph.json.lock']);
    await writeFile(join(dir, '.graph.json.999999999.tmp'), '{"half a save');
    await (await EmbeddedStore.open(path)).close();
    expect(await readdir(dir)).toEqual(['graph.json']);
  }, 60_000);
});
