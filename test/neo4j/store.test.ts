import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { applyBatch } from '../../src/store/embedded.ts';
import { Neo4jStore } from '../../src/store/neo4j.ts';
import { openNeo4j, openStore, StoreError } from '../../src/store/index.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { loadGraph } from '../../src/store/persist.ts';
import { schemaNames } from '../../src/store/schema.ts';
import { type GraphBatch, uncheckedNode } from '../../src/model.ts';
import { clearDatabase, describeNeo4j, type Neo4jHandle } from '../support/neo4j.ts';
import { runSeedChild } from '../store/helpers/child.ts';
import { snapshot } from '../store/helpers/snapshot.ts';
import { evidence, syntheticCorpus } from '../store/helpers/synthetic.ts';

const env = (neo: Neo4jHandle) => ({ NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, NEO4J_URI: neo.uri });
const open = (neo: Neo4jHandle, bufferRecords?: number) => openNeo4j(neo.uri, env(neo), { bufferRecords });

describeNeo4j('Neo4j store', (neo) => {
  beforeEach(() => clearDatabase(neo.driver));

  it('applies cypher/schema.cypher on first use: constraints, indexes and the full-text indexes', async () => {
    await clearDatabase(neo.driver, { schema: true });
    const store = await open(neo);
    await store.close();
    const { records } = await neo.driver.executeQuery('SHOW INDEXES YIELD name, type RETURN name, type');
    const have = new Map(records.map((r) => [r.get('name') as string, r.get('type') as string]));
    for (const name of schemaNames()) expect(have.has(name), name).toBe(true);
    expect(have.get('names_ar')).toBe('FULLTEXT');
    const { records: c } = await neo.driver.executeQuery('SHOW CONSTRAINTS YIELD name, type RETURN name, type');
    expect(c.filter((r) => r.get('type') === 'UNIQUENESS')).toHaveLength(10);
  });

  it('holds the graph the embedded store holds (every node, edge and property), in the documented layout', async () => {
    const corpus = syntheticCorpus(300, 9);
    const store = await open(neo, 700); // a small buffer: many flushes, as in a long seed
    for (const b of corpus) await store.write(b);
    const counts = await store.counts();
    const embedded = emptyGraph();
    for (const b of corpus) applyBatch(embedded, b);
    expect(snapshot(await store.readGraph())).toEqual(snapshot(embedded));
    expect(Object.keys(counts.nodes)).toHaveLength(10);
    expect(Object.keys(counts.edges)).toHaveLength(11);
    await store.close();
    // Layout: one model label, id, lists as lists, evidence a list of JSON strings, nulls not stored.
    const { records } = await neo.driver.executeQuery(
      "MATCH (l:Leader)-[r:SIGNED]->(a:Agreement) RETURN labels(l) AS labels, l.wikidata AS wd, r.evidence AS ev, r.sources AS src, a.sources AS asrc LIMIT 1");
    const r = records[0]!;
    expect(r.get('labels')).toEqual(['Leader']);
    expect(r.get('wd')).toBeNull();
    expect(JSON.parse((r.get('ev') as string[])[0]!)).toMatchObject({ rule: 'signed-by' });
    expect(Array.isArray(r.get('src'))).toBe(true);
  });

  it('seeding the same batches again creates nothing and changes nothing', async () => {
    const corpus = syntheticCorpus(200, 4);
    const first = await open(neo);
    for (const b of corpus) await first.write(b);
    const counts = await first.counts();
    const before = snapshot(await first.readGraph());
    await first.close();
    const again = await open(neo);
    for (const b of corpus) await again.write(b);
    expect(await again.counts()).toEqual(counts);
    expect(snapshot(await again.readGraph())).toEqual(before);
    await again.close();
  });

  it('an agreement reported again by a later seed gains a source and evidence, not a twin', async () => {
    const report = (article: string, date: string | null): GraphBatch => ({
      nodes: [{ label: 'Agreement', id: 'agr:PRK+RUS:defense', props: { name_ar: 'معاهدة', name_en: null, kind: 'defense', status: 'signed', date, count: null, wikidata: null, sources: [article] } }],
      edges: [{ type: 'PARTY_TO', from: { label: 'State', id: 'RUS' }, to: { label: 'Agreement', id: 'agr:PRK+RUS:defense' }, key: '', props: { evidence: [evidence(article, 1, 'party')], sources: [article] } }],
    });
    for (const [article, date] of [['a1', null], ['a2', '2024-06-19'], ['a1', '2024-01-01']] as const) {
      const store = await open(neo);
      await store.write(report(article, date));
      await store.close();
    }
    const { records } = await neo.driver.executeQuery('MATCH (s:State)-[r:PARTY_TO]->(a:Agreement) RETURN count(*) AS n, collect(a.sources)[0] AS src, collect(a.date)[0] AS date, collect(size(r.evidence))[0] AS ev');
    const row = records[0]!;
    // Two dates reported: the first in the fixed order stays, whichever article was written first (model.ts mergeProps).
    expect([row.get('n').toNumber(), row.get('src'), row.get('date'), row.get('ev').toNumber()]).toEqual([1, ['a1', 'a2'], '2024-01-01', 2]);
  });

  it('stores names and parameters full of Cypher syntax as data', async () => {
    const nasty = ["x'}) DETACH DELETE n //", '"}]->() MATCH (m) DETACH DELETE m RETURN 1 //', '`Article`', '${rows}', '{id: 1}', '\\u0027; MATCH (n) DETACH DELETE n', 'بوتين" OR 1=1'];
    const store = await open(neo);
    await store.write(syntheticCorpus(20)[0]!);
    const batch: GraphBatch = {
      nodes: nasty.map((n, i) => ({ label: 'Person', id: n, props: { name_ar: n, name_en: `${n}${i}`, role: n, sources: [n, n] } })),
      edges: nasty.map((n) => ({ type: 'MET', from: { label: 'Person', id: n }, to: { label: 'Person', id: nasty[0]! }, key: n, props: { place: n, date: null, evidence: [evidence(n, 0, n, n)], sources: [n] } })),
    };
    await store.write(batch);
    await store.write(batch);
    const counts = await store.counts();
    expect(counts.nodes.Person).toBe(nasty.length);
    expect(counts.nodes.Article).toBe(1);
    expect(counts.edges.MET).toBe(nasty.length);
    const g = await store.readGraph();
    await store.close();
    for (const n of nasty) {
      expect(g.getNodeAttributes(`Person:${n}`)).toMatchObject({ id: n, name_ar: n, role: n, sources: [n, n] });
      const e = g.getEdgeAttributes(`MET:Person:${n}->Person:${nasty[0]}:${n}`);
      expect(e).toMatchObject({ key: n, place: n, evidence: [evidence(n, 0, n, n)] });
    }
    // A label or type outside the model never reaches the database.
    const s2 = await open(neo);
    await expect(s2.write({ nodes: [uncheckedNode('Person) DETACH DELETE (x' as 'Person', 'a', {})], edges: [] })).rejects.toThrow(StoreError);
    await s2.close();
  });

  it('a seed killed half-way and run again ends with exactly the graph of one clean run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-neo-kill-'));
    try {
      const file = join(dir, 'clean.json');
      expect((await runSeedChild([file, '400', '21', '1'])).out).toContain('done');
      // Buffer of 500 records: the kill lands between (or inside) UNWIND transactions.
      const killed = await runSeedChild([neo.uri, '400', '21', '500'], (l) => l === 'wrote 200', env(neo));
      expect(killed.signal).toBe('SIGKILL');
      const half = await open(neo);
      const partial = (await half.counts()).nodes.Article ?? 0;
      await half.close();
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(400);
      const rerun = await runSeedChild([neo.uri, '400', '21', '500'], undefined, env(neo));
      expect(rerun.out, rerun.err).toContain('done');
      const store = await open(neo);
      expect(snapshot(await store.readGraph())).toEqual(snapshot(await loadGraph(file)));
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a wrong password is one clear line, not a stack trace', async () => {
    // Another user name, so the failed logins cannot rate-limit the test user.
    const err = await openNeo4j(neo.uri, { NEO4J_USER: 'kg-nobody', NEO4J_PASSWORD: 'wrong' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toBe(`Neo4j at ${neo.uri} refused the login of user "kg-nobody": wrong user name or password (set NEO4J_USER and NEO4J_PASSWORD)`);
  });

  it('a login locked after repeated wrong passwords gets its own line: locked for N s, wait', async () => {
    // Neo4j locks out only a user that exists: the test user, so the test waits out the lock after.
    const env = { NEO4J_USER: neo.user, NEO4J_PASSWORD: `${neo.password}-wrong` };
    const messages: string[] = [];
    try {
      for (let i = 0; i < 5; i++) messages.push(String(((await openNeo4j(neo.uri, env).catch((e: unknown) => e)) as Error).message));
    } finally {
      await new Promise((r) => setTimeout(r, 6_000));
    }
    expect(messages[0]).toMatch(/refused the login of user ".*": wrong user name or password/);
    expect(messages.at(-1)).toMatch(new RegExp(`^Neo4j at ${neo.uri.replace(/[.]/g, '\\.')} has locked the login of user ".*" after repeated wrong passwords: locked for \\d+ s, wait, then check NEO4J_PASSWORD$`));
  });

  it('openStore picks Neo4j for a URI, with credentials from the environment', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, env(neo));
    try {
      const store = await openStore(neo.uri);
      expect(store).toBeInstanceOf(Neo4jStore);
      await store.close();
      const byEnv = await openStore();
      expect(byEnv.kind).toBe('neo4j');
      await byEnv.close();
    } finally {
      for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
    }
  });
});
