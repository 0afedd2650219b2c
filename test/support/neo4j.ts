/**
 * A real Neo4j for vitest tests.
 *
 * Where the server comes from, first match wins:
 *   1. NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) — any server you point at;
 *   2. .neo4j/test-connection.json — written by `node scripts/neo4j.mjs start` / `ensure-for-tests`
 *      (run by `npm test` before vitest), a local Neo4j 5.26 Community started from Maven Central jars;
 *   3. @testcontainers/neo4j (image neo4j:5.26-community) when a Docker engine answers.
 *
 * Tests that touch Neo4j live under test/neo4j/: vitest's `neo4j` project runs those files one at a
 * time (Community has a single user database, so they would trample each other otherwise).
 *
 *   describeNeo4j('my store', (neo) => {
 *     beforeEach(() => clearDatabase(neo.driver));
 *     it('writes', async () => { await neo.driver.executeQuery('CREATE ()'); });
 *   });
 *
 * With no server: the suite is skipped with the reason in its name, unless CI=true, where it fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, it } from 'vitest';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CONNECTION_FILE = join(ROOT, '.neo4j', 'test-connection.json');
export const NEO4J_IMAGE = 'neo4j:5.26-community';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  driver: Driver;
  /** Where the server came from: 'env' | 'local' | 'testcontainers'. */
  source: Source;
  /** Closes the driver (and stops the container when one was started for this connection). */
  close(): Promise<void>;
}

type Source = 'env' | 'local' | 'testcontainers';
type Plan = { source: Source } | { source: null; reason: string };

const inCI = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

function readConnectionFile(): { uri: string; user: string; password: string; pid?: number } | undefined {
  if (!existsSync(CONNECTION_FILE)) return undefined;
  try {
    const c = JSON.parse(readFileSync(CONNECTION_FILE, 'utf8'));
    if (typeof c.uri === 'string' && typeof c.user === 'string' && typeof c.password === 'string') return c;
  } catch {
    /* unreadable: treated as absent */
  }
  return undefined;
}

function pidAlive(pid: number | undefined): boolean {
  if (pid === undefined) return true; // no pid recorded: let the connection attempt decide
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let dockerAnswer: boolean | undefined;
function dockerAnswers(): boolean {
  dockerAnswer ??= spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 15_000 }).status === 0;
  return dockerAnswer;
}

/** Decide, without connecting, where a server would come from (synchronous: used while collecting tests). */
export function neo4jPlan(): Plan {
  if (process.env.NEO4J_URI) return { source: 'env' };
  const file = readConnectionFile();
  if (file && pidAlive(file.pid)) return { source: 'local' };
  if (dockerAnswers()) return { source: 'testcontainers' };
  const stale = file ? ` (${CONNECTION_FILE} names pid ${file.pid}, which is not running)` : '';
  return {
    source: null,
    reason:
      `no Neo4j: NEO4J_URI unset, no live local server${stale}, no Docker engine. ` +
      'Start one with `npm run neo4j:start` (or run `npm test`, which does).',
  };
}

async function openDriver(uri: string, user: string, password: string): Promise<Driver> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
  } catch (e) {
    await driver.close();
    throw new Error(`cannot reach Neo4j at ${uri} as ${user}: ${(e as Error).message}`);
  }
  return driver;
}

/** A connected driver to a real Neo4j (see the file comment for the order). Throws when none is available. */
export async function getNeo4j(): Promise<Neo4jConnection> {
  const plan = neo4jPlan();
  if (plan.source === null) throw new Error(plan.reason);
  if (plan.source === 'env') {
    const uri = process.env.NEO4J_URI!;
    const user = process.env.NEO4J_USER || 'neo4j';
    const password = process.env.NEO4J_PASSWORD || '';
    const driver = await openDriver(uri, user, password);
    return { uri, user, password, driver, source: 'env', close: () => driver.close() };
  }
  if (plan.source === 'local') {
    const { uri, user, password } = readConnectionFile()!;
    const driver = await openDriver(uri, user, password);
    return { uri, user, password, driver, source: 'local', close: () => driver.close() };
  }
  {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword('test-password-kg').start();
    const uri = container.getBoltUri();
    const user = container.getUsername();
    const password = container.getPassword();
    let driver: Driver;
    try {
      driver = await openDriver(uri, user, password);
    } catch (e) {
      await container.stop();
      throw e;
    }
    return {
      uri, user, password, driver, source: 'testcontainers',
      async close() {
        await driver.close();
        await container.stop();
      },
    };
  }
}

/**
 * Empties the (single) user database: all nodes and relationships, in batches; with `schema: true`
 * also every constraint and index except the built-in token lookup indexes.
 */
export async function clearDatabase(driver: Driver, opts: { schema?: boolean } = {}): Promise<void> {
  const session = driver.session();
  try {
    // CALL { } IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeWrite.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    if (opts.schema) {
      const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name');
      for (const r of constraints.records) await session.run(`DROP CONSTRAINT \`${r.get('name')}\` IF EXISTS`);
      const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
      for (const r of indexes.records) await session.run(`DROP INDEX \`${r.get('name')}\` IF EXISTS`);
    }
  } finally {
    await session.close();
  }
}

/** The connection inside a describeNeo4j suite; its fields are usable from beforeAll/it on. */
export interface Neo4jHandle {
  readonly driver: Driver;
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly source: Source;
}

/**
 * describe() for tests that need a real Neo4j. Connects once in beforeAll (and empties the database
 * there unless `clean: false`), closes in afterAll. No server: skipped with the reason shown, or a
 * failing test when CI=true — never a silent skip in CI.
 */
export function describeNeo4j(
  name: string,
  fn: (neo: Neo4jHandle) => void,
  opts: { clean?: boolean; timeout?: number } = {},
): void {
  const plan = neo4jPlan();
  if (plan.source === null) {
    if (inCI()) {
      describe(name, () => {
        it('has a Neo4j server (required under CI=true)', () => {
          throw new Error(`CI=true and ${plan.reason}`);
        });
      });
    } else {
      console.warn(`[neo4j] skipping "${name}": ${plan.reason}`);
      describe.skip(`${name} [skipped: ${plan.reason}]`, () => fn(unavailableHandle(plan.reason)));
    }
    return;
  }
  let conn: Neo4jConnection | undefined;
  const get = (): Neo4jConnection => {
    if (!conn) throw new Error('Neo4j connection not open yet (use it inside beforeAll/it, not while collecting)');
    return conn;
  };
  const handle: Neo4jHandle = {
    get driver() { return get().driver; },
    get uri() { return get().uri; },
    get user() { return get().user; },
    get password() { return get().password; },
    get source() { return get().source; },
  };
  describe(name, () => {
    beforeAll(async () => {
      conn = await getNeo4j();
      if (opts.clean !== false) await clearDatabase(conn.driver, { schema: true });
    }, opts.timeout ?? 180_000);
    afterAll(async () => {
      await conn?.close();
      conn = undefined;
    });
    fn(handle);
  });
}

function unavailableHandle(reason: string): Neo4jHandle {
  const no = (): never => {
    throw new Error(reason);
  };
  return {
    get driver() { return no(); },
    get uri() { return no(); },
    get user() { return no(); },
    get password() { return no(); },
    get source() { return no(); },
  };
}
