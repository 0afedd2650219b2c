// The query API against a real Neo4j: the same rows as the embedded store for every query and
// filter, the cypher/ files run as Neo4j Browser would run them (their own :param values), and
// `kg query --json` printing the same JSON for a Bolt URI as for the embedded file.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { main } from '../../src/cli/main.ts';
import { QUERY_NAMES, type ParamsOf, type Resolved } from '../../src/query/api.ts';
import { QueryRows, type QueryName } from '../../src/query/contract.ts';
import { canonicalRows } from '../../src/query/canonical.ts';
import { CYPHER_DIR, parseCypherFile } from '../../src/query/cypher.ts';
import { EmbeddedQueries } from '../../src/query/embedded.ts';
import { Neo4jQueries, plain } from '../../src/query/neo4j.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { openNeo4j, openStore } from '../../src/store/index.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { FIXTURE, fixtureGraph, IDS } from '../query/fixture.ts';
import { syntheticCorpus } from '../store/helpers/synthetic.ts';
import { clearDatabase, describeNeo4j, type Neo4jHandle } from '../support/neo4j.ts';

const env = (neo: Neo4jHandle) => ({ NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, NEO4J_URI: neo.uri });

async function seedNeo4j(neo: Neo4jHandle, batches: typeof FIXTURE[]): Promise<void> {
  await clearDatabase(neo.driver);
  const store = await openNeo4j(neo.uri, env(neo));
  for (const b of batches) await store.write(b);
  await store.close();
}

/** Every query, every filter, names in all three forms (ISO code, English, Arabic). */
const CASES: { [N in QueryName]: ParamsOf<N>[] } = {
  states: [{}, { state: 'RUS' }, { state: 'Russia' }, { state: 'روسيا' }, { article: IDS.RIYADH }, { state: 'France' }],
  bodies: [{}, { body: 'UNSC' }, { body: 'Security Council' }, { body: 'مجلس الأمن' }, { article: IDS.RIYADH }],
  leaders: [{}, { state: 'VNM' }, { state: 'Vietnam' }, { state: 'فيتنام' }, { at: '2015-01-01' }, { state: 'USA', at: '2025-06-01' }, { state: 'PSE' }],
  agreements: [
    {}, { state: 'RUS' }, { state: 'Russia' }, { state: 'روسيا' }, { state: 'RUS', with: 'كوريا الشمالية' }, { kind: 'defense' },
    { status: 'planned' }, { since: '2024-06-20' }, { until: '2024-06-19' }, { state: 'SAU', since: '2020-01-01' },
  ],
  vetoes: [{}, { by: 'RUS' }, { by: 'United States' }, { by: 'الولايات المتحدة' }, { body: 'UNSC' }, { since: '2023-01-01', until: '2023-12-31' }],
  visits: [
    {}, { visitor: 'Putin' }, { visitor: 'بوتين' }, { visitor: 'vladimir-putin', to: 'VNM' }, { to: 'Vietnam' }, { to: 'فيتنام' },
    { by: 'SAU' }, { status: 'planned' }, { since: '2024-06-20' }, { until: '2024-04-01' },
  ],
  meetings: [
    {}, { leader: 'Putin' }, { leader: 'تو لام' }, { with: 'vladimir-putin' }, { leader: 'to-lam', with: 'Putin' },
    { since: '2024-06-21' }, { until: '2024-04-01' }, { leader: 'Blinken' },
  ],
  evidence: [
    { from: 'RUS' }, { from: 'Putin', to: 'كوريا الشمالية' }, { from: `Agreement:${IDS.DEFENCE}`, type: 'SIGNED' }, { from: 'UNSC' },
    // Two states: joined through the agreements they are both party to.
    { from: 'RUS', to: 'PRK' }, { from: 'فيتنام', to: 'روسيا' }, { from: 'RUS', to: 'USA' }, { from: 'RUS', to: 'PRK', type: 'PARTY_TO' }, { from: 'RUS', to: 'PRK', type: 'VETOED' },
  ],
  timeline: [{ entity: 'Putin' }, { entity: 'روسيا' }, { entity: 'RUS', since: '2024-06-20' }, { entity: 'USA', until: '2023-12-31' }],
  path: [{ from: 'PRK', to: 'VNM' }, { from: 'Saudi Arabia', to: 'الولايات المتحدة' }, { from: 'hanoi', to: 'PRK' }, { from: 'SAU', to: 'RUS' }],
  neighbours: [{ from: 'RUS', to: 'PRK' }, { from: 'Vietnam', to: 'North Korea' }, { from: 'USA', to: 'SAU' }],
};

/** A cypher file's rows as the API returns them: JSON evidence opened, checked, canonically sorted. */
function asApiRows(name: QueryName, rows: Record<string, unknown>[]) {
  const opened = name === 'evidence' ? rows.map(({ evidence, ...r }) => ({ ...r, ...JSON.parse(String(evidence)) })) : rows;
  return canonicalRows(name, opened.map((r) => QueryRows[name].parse(r)) as never);
}

/** Evaluate a `:param` value the way the Browser does: as a Cypher expression. */
async function evalParam(driver: Driver, literal: string): Promise<unknown> {
  const { records } = await driver.executeQuery(`RETURN ${literal} AS v`);
  return records[0]!.get('v');
}

describeNeo4j('queries on Neo4j', (neo) => {
  const embedded = new EmbeddedQueries(fixtureGraph());
  let neo4jApi: Neo4jQueries;

  beforeAll(async () => {
    await seedNeo4j(neo, [FIXTURE]);
    neo4jApi = new Neo4jQueries(neo.driver);
  });

  describe('give the rows the embedded store gives', () => {
    for (const name of QUERY_NAMES) {
      it(`${name}: every filter and name form`, async () => {
        let nonEmpty = 0;
        for (const params of CASES[name] as ParamsOf<typeof name>[]) {
          const want = await embedded.run(name, params);
          expect(await neo4jApi.run(name, params), `${name} ${JSON.stringify(params)}`).toEqual(want);
          if (want.length) nonEmpty++;
        }
        // The cases must exercise real answers, not only empty ones.
        expect(nonEmpty).toBeGreaterThanOrEqual(Math.min(3, CASES[name].length - 1));
      });
    }
  });

  it('give the same one-line errors for bad names and dates', async () => {
    for (const api of [embedded, neo4jApi]) {
      await expect(api.agreements({ state: 'Atlantis' })).rejects.toThrow(/^unknown state "Atlantis"/);
      await expect(api.visits({ since: '2024-13-01' })).rejects.toThrow(/^visits: bad since "2024-13-01"/);
    }
  });

  describe('cypher/ files run as pasted into Neo4j Browser', () => {
    const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher');

    it('there is one file per query, and nothing else', () => {
      expect(files.map((f) => f.replace(/\.cypher$/, '')).sort()).toEqual([...QUERY_NAMES].sort());
    });

    for (const name of QUERY_NAMES) {
      it(`${name}.cypher with its own :param values returns what the API returns`, async () => {
        const file = parseCypherFile(readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
        const params: Record<string, unknown> = {};
        for (const [key, literal] of file.params) params[key] = await evalParam(neo.driver, literal);
        // The :param lines set exactly the parameters the API passes (no more, no fewer).
        const resolvedKeys = Object.keys(await embedded.resolve(name, CASES[name][0] as never)).sort();
        expect(Object.keys(params).sort()).toEqual(resolvedKeys);
        const { records } = await neo.driver.executeQuery(file.statement, params);
        const raw = asApiRows(name, records.map((r) => plain(r.toObject()) as Record<string, unknown>));
        expect(raw.length, 'the example parameters should find something').toBeGreaterThan(0);
        expect(raw).toEqual(await embedded.runResolved(name, params as Resolved[typeof name]));
        expect(raw).toEqual(await neo4jApi.runResolved(name, params as Resolved[typeof name]));
      });
    }
  });

  describe('kg query --json prints the same JSON for the Bolt URI and the embedded file', () => {
    let file = '';
    const saved = { ...process.env };
    beforeAll(async () => {
      file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-q-neo-')), 'graph.json');
      const s = await openStore(file, {});
      await s.write(FIXTURE);
      await s.close();
      Object.assign(process.env, { NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password });
    });
    afterAll(() => {
      for (const k of ['NEO4J_USER', 'NEO4J_PASSWORD']) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    });

    async function kgJson(args: string[]): Promise<unknown> {
      let out = '';
      let err = '';
      const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
      const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
      try {
        const code = await main(['node', 'kg', ...args, '--json']);
        expect(code, err).toBe(0);
      } finally {
        o.mockRestore();
        e.mockRestore();
        process.exitCode = undefined;
      }
      return JSON.parse(out);
    }

    const cli: [QueryName, string[]][] = [
      ['agreements', ['--state', 'روسيا']], ['visits', ['--to', 'Vietnam']], ['vetoes', ['--by', 'RUS']],
      ['leaders', ['--state', 'فيتنام']], ['states', []], ['bodies', []], ['evidence', ['--from', 'Putin']],
      ['timeline', ['--entity', 'كوريا الشمالية']], ['path', ['--from', 'PRK', '--to', 'VNM']], ['neighbours', ['--from', 'RUS', '--to', 'PRK']],
    ];
    for (const [name, args] of cli) {
      it(`kg query ${name} ${args.join(' ')}`, async () => {
        const fromFile = await kgJson(['query', name, ...args, '--store', file]);
        const fromBolt = await kgJson(['query', name, ...args, '--store', neo.uri]);
        expect(fromBolt).toEqual(fromFile);
        expect(fromFile).toEqual(await embedded.run(name, Object.fromEntries(pairs(args)) as never));
      });
    }
  });
});

const pairs = (args: string[]): [string, string][] => {
  const out: [string, string][] = [];
  for (let i = 0; i < args.length; i += 2) out.push([args[i]!.replace(/^--/, ''), args[i + 1]!]);
  return out;
};

describeNeo4j('queries on Neo4j, synthetic corpus', (neo) => {
  const corpus = syntheticCorpus(300, 9);
  const graph = emptyGraph();
  for (const b of corpus) applyBatch(graph, b);
  const embedded = new EmbeddedQueries(graph);
  let neo4jApi: Neo4jQueries;

  beforeAll(async () => {
    await seedNeo4j(neo, corpus);
    neo4jApi = new Neo4jQueries(neo.driver);
  });

  it('every query agrees with the embedded store on a graph with merged evidence and repeated facts', async () => {
    const cases: [QueryName, Record<string, string>][] = [
      ['states', {}], ['bodies', {}], ['leaders', {}], ['leaders', { state: 'RUS', at: '2015-07-10' }],
      ['agreements', {}], ['agreements', { state: 'روسيا' }], ['vetoes', {}], ['visits', {}], ['visits', { to: 'فيتنام' }],
      ['evidence', { from: 'RUS' }], ['timeline', { entity: 'Vladimir Putin' }], ['path', { from: 'SAU', to: 'PRK' }],
      ['neighbours', { from: 'RUS', to: 'VNM' }],
    ];
    let rows = 0;
    for (const [name, params] of cases) {
      const want = await embedded.run(name, params as never);
      rows += want.length;
      expect(await neo4jApi.run(name, params as never), `${name} ${JSON.stringify(params)}`).toEqual(want);
    }
    expect(rows).toBeGreaterThan(50);
  });
});

describeNeo4j('queries on Neo4j, the seed articles through the pipeline', (neo) => {
  let embedded: EmbeddedQueries;
  let neo4jApi: Neo4jQueries;
  const saved = { ...process.env };

  beforeAll(async () => {
    const { seed } = await import('../../src/cli/seed.ts');
    const seedDir = path.join(import.meta.dirname, '../../seed');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-q-seed-')), 'graph.json');
    await seed([seedDir], { store: file, batch: 500, quiet: true });
    await clearDatabase(neo.driver);
    Object.assign(process.env, env(neo));
    await seed([seedDir], { store: neo.uri, batch: 500, quiet: true });
    const s = await openStore(file, {});
    embedded = new EmbeddedQueries((s as unknown as { graph: ReturnType<typeof emptyGraph> }).graph);
    neo4jApi = new Neo4jQueries(neo.driver);
  });
  afterAll(() => {
    for (const k of ['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_URI']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('every query gives the same rows from both stores', async () => {
    const cases: [QueryName, Record<string, string>][] = [
      ['states', {}], ['bodies', {}], ['leaders', {}], ['agreements', {}], ['agreements', { state: 'روسيا' }], ['vetoes', {}],
      ['visits', {}], ['evidence', { from: 'RUS' }], ['timeline', { entity: 'بوتين' }], ['path', { from: 'PRK', to: 'VNM' }],
      ['neighbours', { from: 'RUS', to: 'VNM' }],
    ];
    for (const [name, params] of cases) {
      const want = await embedded.run(name, params as never);
      expect(want.length, `${name} finds something in the seed`).toBeGreaterThan(0);
      expect(await neo4jApi.run(name, params as never), `${name} ${JSON.stringify(params)}`).toEqual(want);
    }
  });
});
