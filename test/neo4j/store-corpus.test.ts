// Both stores on real input: the seed article and 520 SaudiNewsNet articles (reserved urls filtered
// out) through the real loader and pipeline (`kg seed`), compared node by node and edge by edge.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seed } from '../../src/cli/seed.ts';
import { corpusZips, readCorpusZip } from '../../src/load/corpus.ts';
import { EmbeddedStore } from '../../src/store/embedded.ts';
import { openNeo4j } from '../../src/store/index.ts';
import type { GraphCounts } from '../../src/model.ts';
import { clearDatabase, describeNeo4j, ROOT, type Neo4jHandle } from '../support/neo4j.ts';
import { inCI } from '../support/shared.ts';
import { firstDifference, snapshot, type Snapshot } from '../store/helpers/snapshot.ts';

const zips = corpusZips();
const absent = zips.length === 0 ? 'SaudiNewsNet corpus not found (set KG_CORPUS_DIR)' : '';

describeNeo4j(`stores agree on the seed article and 520 SaudiNewsNet articles${absent && !inCI ? ` [skipped: ${absent}]` : ''}`, (neo) => {
  let dir = '';
  let clean: { counts: GraphCounts; snap: Snapshot };
  const env = (n: Neo4jHandle) => ({ NEO4J_USER: n.user, NEO4J_PASSWORD: n.password });

  beforeAll(async () => {
    if (absent) return;
    dir = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
    // 130 articles from each of four days spread over the corpus.
    const picked = [0, 1, 2, 3].map((i) => zips[Math.floor((i * zips.length) / 4)]!);
    const sample = [];
    for (const z of picked) sample.push(...(await readCorpusZip(z)).filter((r) => r.content.trim()).slice(0, 130));
    writeFileSync(join(dir, 'sample.json'), JSON.stringify(sample));
    for (const f of ['putin-vietnam-2024.txt', 'putin-vietnam-2024.meta.yaml']) copyFileSync(join(ROOT, 'seed', f), join(dir, f));
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  /** `kg seed` in this process, with the test server's credentials for a Neo4j target. */
  async function seedInto(store: string): Promise<GraphCounts> {
    const saved = { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD };
    Object.assign(process.env, env(neo));
    try {
      return (await seed([dir], { store, batch: 100, quiet: true })).counts;
    } finally {
      for (const [k, v] of [['NEO4J_USER', saved.user], ['NEO4J_PASSWORD', saved.password]] as const) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  }

  async function neo4jGraph(): Promise<{ counts: GraphCounts; snap: Snapshot }> {
    const store = await openNeo4j(neo.uri, env(neo));
    try {
      return { counts: await store.counts(), snap: snapshot(await store.readGraph()) };
    } finally {
      await store.close();
    }
  }

  // A user's clone has no corpus: only CI demands it.
  it.skipIf(!!absent && !inCI)('the corpus is there (required under CI=true)', () => {
    expect(absent).toBe('');
  });

  it.skipIf(!!absent)('the same node and edge counts per label and type, and the same graph, in both stores; a second seed changes nothing', async () => {
    await clearDatabase(neo.driver);
    const file = join(dir, 'graph.json');
    const embeddedCounts = await seedInto(file);
    const neoCounts = await seedInto(neo.uri);
    expect(neoCounts).toEqual(embeddedCounts);
    expect(embeddedCounts.nodes.Article).toBeGreaterThanOrEqual(521);
    clean = { counts: embeddedCounts, snap: snapshot((await EmbeddedStore.open(file, { readOnly: true })).graph) };
    const inNeo = await neo4jGraph();
    expect(firstDifference(inNeo.snap, clean.snap)).toBe("");
    console.info(`[store parity] ${JSON.stringify(embeddedCounts)}`);

    expect(await seedInto(file)).toEqual(embeddedCounts);
    expect(await seedInto(neo.uri)).toEqual(embeddedCounts);
    expect(snapshot((await EmbeddedStore.open(file, { readOnly: true })).graph)).toEqual(clean.snap);
    expect((await neo4jGraph()).snap).toEqual(clean.snap);
  }, 300_000);

  it.skipIf(!!absent)('kg seed killed half-way into Neo4j and run again ends with the clean run\'s graph', async () => {
    expect(clean, 'needs the clean run of the test before').toBeDefined();
    await clearDatabase(neo.driver);
    const kg = (): ReturnType<typeof spawn> => spawn(process.execPath, [join(ROOT, 'bin/kg.mjs'), 'seed', dir, '--store', neo.uri, '--batch', '10', '-q'], {
      cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env(neo), KG_NEO4J_BUFFER: '300' },
    });
    const child = kg();
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    let seen = 0;
    let done = false;
    void exited.then(() => { done = true; });
    // Kill (SIGKILL: no chance to flush) once part of the articles are in the database.
    while (!done && seen < 150) {
      await new Promise((r) => setTimeout(r, 25));
      const { records } = await neo.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
      seen = records[0]!.get('n').toNumber();
    }
    expect(done, 'kg seed finished before it could be killed').toBe(false);
    child.kill('SIGKILL');
    await exited;
    const partial = await neo4jGraph();
    expect(partial.counts.nodes.Article).toBeLessThan(clean.counts.nodes.Article!);
    const rerun = kg();
    expect(await new Promise((r) => rerun.on('close', r))).toBe(0);
    const after = await neo4jGraph();
    expect(after.counts).toEqual(clean.counts);
    expect(firstDifference(after.snap, clean.snap)).toBe("");
  }, 300_000);
});
