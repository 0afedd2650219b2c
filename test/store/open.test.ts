import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { defaultTarget, EmbeddedStore, isNeo4jUri, openStore, StoreError } from '../../src/store/index.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'kg-open-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

// Port 1 on loopback: nothing listens there, so the connection is refused at once.
const DOWN = 'bolt://127.0.0.1:1';

describe('openStore', () => {
  it('takes every Neo4j scheme as Neo4j and anything else as a file', () => {
    for (const uri of ['bolt://h', 'bolt+s://h', 'bolt+ssc://h:7687', 'neo4j://h', 'neo4j+s://x.databases.neo4j.io', 'NEO4J://h']) expect(isNeo4jUri(uri), uri).toBe(true);
    for (const t of ['.kg/graph.json', 'C:\\kg\\graph.json', 'bolt.json', 'http://h']) expect(isNeo4jUri(t), t).toBe(false);
  });

  it('defaults to NEO4J_URI, else .kg/graph.json', () => {
    expect(defaultTarget({ NEO4J_URI: 'neo4j+s://a.b' })).toBe('neo4j+s://a.b');
    expect(defaultTarget({ NEO4J_URI: '' })).toBe('.kg/graph.json');
    expect(defaultTarget({})).toBe('.kg/graph.json');
  });

  it('opens a file path as the embedded store', async () => {
    const store = await openStore(join(dir, 'g.json'), {});
    expect(store).toBeInstanceOf(EmbeddedStore);
    await store.close();
  });

  it('a server that is down is one line naming it, never a stack trace', async () => {
    const err = await openStore(DOWN, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(is the server running and the address right\?\): [^\n]+$/);
  });

  it('refuses a password given in the URI (credentials come from the environment), without echoing it', async () => {
    const err = (await openStore('bolt://kg:s3cret-pw@127.0.0.1:1', {}).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toMatch(/^--store bolt:\/\/kg@127\.0\.0\.1:1: do not put the password in the URI; set NEO4J_PASSWORD instead$/);
    expect(err.message).not.toContain('s3cret-pw');
  });

  it('rejects other URI schemes and a bad KG_NEO4J_BUFFER in one line', async () => {
    await expect(openStore('http://localhost:7474', {})).rejects.toThrow(/^--store http:\/\/localhost:7474: not a Neo4j URI/);
    await expect(openStore(DOWN, { KG_NEO4J_BUFFER: 'lots' })).rejects.toThrow(/^KG_NEO4J_BUFFER=lots: expected a whole number above 0$/);
  });
});

describe('kg with a store it cannot open', () => {
  it('kg export --store bolt://<down> prints one line and exits 1', async () => {
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => { lines.push(String(s)); return true; }) as typeof process.stderr.write;
    let code: number;
    try {
      code = await main(['node', 'kg', 'export', '--store', DOWN]);
    } finally {
      process.stderr.write = write;
    }
    expect(code).toBe(1);
    expect(lines.join('')).toMatch(/^kg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 [^\n]*\n$/);
  });
});
