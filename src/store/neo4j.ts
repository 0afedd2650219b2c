/**
 * The Neo4j store: the same graph as the embedded store, in a Neo4j 5 database (single server,
 * cluster or Aura: all work goes through managed transactions that the driver routes and retries).
 * Input: GraphBatches. Output: nodes `(:<Label> {id, ...props})` and relationships
 * `[:<TYPE> {key, ...props}]`, `evidence` a list of JSON strings, null props not stored.
 *
 * Writes are buffered, folded by identity and sent as `UNWIND … MERGE` chunks (nodes before
 * edges), so a re-run or a resumed run converges on the graph one clean run gives.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { MultiDirectedGraph } from 'graphology';
import { checkBatch, foldBatch } from './batch.ts';
import { edgeStatements, nodeStatements, type Statement } from './cypher.ts';
import { EDGE_TYPES, edgeKey, type EdgeRecord, type EdgeType, type GraphBatch, type GraphCounts, NODE_LABELS, nodeKey, type NodeLabel, type NodeRecord } from '../model.ts';
import { ensureSchema } from './schema.ts';
import { StoreError, type GraphStore } from './store.ts';
import { emptyGraph } from './graph.ts';

export interface Neo4jOptions {
  user?: string;
  password?: string;
  /** Database name; default: the user's home database on the server. */
  database?: string;
  /** Send the buffer once it holds this many node and edge records (default 100,000). */
  bufferRecords?: number;
  /** Rows per UNWIND transaction (default 2,000). */
  chunkRows?: number;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private nodes: NodeRecord[] = [];
  private edges: EdgeRecord[] = [];
  private closed = false;

  constructor(readonly driver: Driver, readonly database: string | undefined, readonly uri: string, private readonly options: Neo4jOptions = {}) {}

  /** Connect, check the credentials and the database, and apply cypher/schema.cypher if needed. */
  static async open(uri: string, options: Neo4jOptions = {}): Promise<Neo4jStore> {
    const user = options.user ?? 'neo4j';
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, options.password ?? ''), {
      disableLosslessIntegers: true,
      // A restarted server or a cluster election takes a while; the driver retries transient failures.
      maxTransactionRetryTime: 60_000,
      connectionTimeout: 15_000,
      userAgent: 'arabic-geo-kg',
    });
    const store = new Neo4jStore(driver, options.database, uri, options);
    try {
      await driver.verifyAuthentication({ database: options.database });
      await ensureSchema(driver, options.database);
    } catch (err) {
      await driver.close().catch(() => {});
      throw neo4jError(err, uri, user);
    }
    return store;
  }

  async write(batch: GraphBatch): Promise<void> {
    this.assertOpen();
    checkBatch(batch);
    for (const n of batch.nodes) this.nodes.push(n);
    for (const e of batch.edges) this.edges.push(e);
    if (this.nodes.length + this.edges.length >= (this.options.bufferRecords ?? 100_000)) await this.flush();
  }

  /** Send everything buffered; each chunk is one managed (retried) transaction of idempotent MERGEs. */
  async flush(): Promise<void> {
    this.assertOpen();
    if (this.nodes.length === 0 && this.edges.length === 0) return;
    const folded = foldBatch({ nodes: this.nodes, edges: this.edges });
    const chunk = this.options.chunkRows ?? 2000;
    await this.run([...nodeStatements(folded.nodes, chunk), ...edgeStatements(folded.edges, chunk)]);
    this.nodes = [];
    this.edges = [];
  }

  async counts(): Promise<GraphCounts> {
    await this.flush();
    return this.withSession('READ', (s) => s.executeRead(async (tx) => {
      const nodes: Partial<Record<NodeLabel, number>> = {};
      const edges: Partial<Record<EdgeType, number>> = {};
      // One count per label and type: Neo4j answers these from its count store, without a scan.
      for (const label of NODE_LABELS) {
        const c = (await tx.run(`MATCH (n:\`${label}\`) RETURN count(n) AS c`)).records[0]!.get('c') as number;
        if (c > 0) nodes[label] = c;
      }
      for (const type of EDGE_TYPES) {
        const c = (await tx.run(`MATCH ()-[r:\`${type}\`]->() RETURN count(r) AS c`)).records[0]!.get('c') as number;
        if (c > 0) edges[type] = c;
      }
      return { nodes, edges };
    }));
  }

  /** Read the whole graph back in the embedded layout (export, and the tests that compare stores). */
  async readGraph(): Promise<MultiDirectedGraph> {
    await this.flush();
    const graph = emptyGraph();
    const labels = new Set<string>(NODE_LABELS);
    await this.withSession('READ', (s) => s.executeRead(async (tx) => {
      const nodes = await tx.run(`MATCH (n) WHERE ${NODE_LABELS.map((l) => `n:\`${l}\``).join(' OR ')} RETURN labels(n) AS labels, properties(n) AS p`);
      for (const rec of nodes.records) {
        const label = (rec.get('labels') as string[]).find((l) => labels.has(l)) as NodeLabel;
        const p = rec.get('p') as Record<string, unknown>;
        graph.addNode(nodeKey({ label, id: p.id as string }), { label, ...p });
      }
      const edges = await tx.run(
        `MATCH (a)-[r]->(b) WHERE type(r) IN $types RETURN type(r) AS type, labels(a) AS al, a.id AS a, labels(b) AS bl, b.id AS b, properties(r) AS p`,
        { types: [...EDGE_TYPES] },
      );
      for (const rec of edges.records) {
        const from = { label: (rec.get('al') as string[]).find((l) => labels.has(l)) as NodeLabel, id: rec.get('a') as string };
        const to = { label: (rec.get('bl') as string[]).find((l) => labels.has(l)) as NodeLabel, id: rec.get('b') as string };
        const p = rec.get('p') as Record<string, unknown>;
        const type = rec.get('type') as EdgeType;
        if (Array.isArray(p.evidence)) p.evidence = p.evidence.map((x) => JSON.parse(x as string));
        graph.addDirectedEdgeWithKey(edgeKey({ type, from, to, key: p.key as string }), nodeKey(from), nodeKey(to), { type, ...p });
      }
    }));
    return graph;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      await this.driver.close();
    }
  }

  private async run(statements: Statement[]): Promise<void> {
    await this.withSession('WRITE', async (s) => {
      for (const st of statements) await s.executeWrite((tx) => tx.run(st.text, { rows: st.rows }));
    });
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (s: neo4j.Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      return await work(session);
    } catch (err) {
      throw neo4jError(err, this.uri);
    } finally {
      await session.close();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError(`the connection to Neo4j at ${this.uri} was already closed`);
  }
}

/** A driver error as one line naming the server and what to do; anything unexpected keeps its code. */
export function neo4jError(err: unknown, uri: string, user?: string): Error {
  if (err instanceof StoreError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  const first = (e.message ?? String(err)).split('\n')[0]!.trim();
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new StoreError(`Neo4j at ${uri} refused the login${user ? ` of user "${user}"` : ''}: wrong user name or password (set NEO4J_USER and NEO4J_PASSWORD)`, { cause: err });
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    // The server does not say how long; its dbms.security.auth_lock_time is 5 s unless configured.
    const secs = /(\d+)\s*(?:s\b|sec|second)/i.exec(first)?.[1] ?? '5';
    return new StoreError(`Neo4j at ${uri} has locked the login${user ? ` of user "${user}"` : ''} after repeated wrong passwords: locked for ${secs} s, wait, then check NEO4J_PASSWORD`, { cause: err });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(`Neo4j at ${uri} has no such database: ${first}`, { cause: err });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(first)) {
    return new StoreError(`cannot reach Neo4j at ${uri} (is the server running and the address right?): ${first}`, { cause: err });
  }
  return new StoreError(`Neo4j at ${uri} failed: ${code ? `${code}: ` : ''}${first}`, { cause: err });
}
