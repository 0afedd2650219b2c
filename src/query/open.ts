/**
 * Opens the query API on a store target, as openStore does: a Neo4j URI reads Neo4j, anything else
 * is the embedded graph file. Input: --store, else $NEO4J_URI, else .kg/graph.json. Output: a QueryApi.
 * The Neo4j side is imported only for a Neo4j target: loading neo4j-driver cost an embedded query
 * about a third of a second.
 */
import { existsSync } from 'node:fs';
import { EmbeddedStore } from '../store/embedded.ts';
import { defaultTarget, isNeo4jUri, openStore } from '../store/open.ts';
import type { QueryApi } from './api.ts';
import { EmbeddedQueries } from './embedded.ts';
import { QueryError } from './errors.ts';

export async function openQueries(target?: string, env: NodeJS.ProcessEnv = process.env): Promise<QueryApi> {
  const t = target ?? defaultTarget(env);
  // Opening a missing file would start an empty graph: for a query that is a mistake to report.
  if (!isNeo4jUri(t) && !existsSync(t)) throw new QueryError(`no graph at ${t} (run kg seed first, or give --store PATH|URI)`);
  // Saves are atomic, so a query reads a whole graph without taking the writers' lock.
  const store = await openStore(t, env, { readOnly: true });
  if (store instanceof EmbeddedStore) return new EmbeddedQueries(store.graph, () => store.close());
  const [{ Neo4jStore }, { Neo4jQueries }] = await Promise.all([import('../store/neo4j.ts'), import('./neo4j.ts')]);
  if (store instanceof Neo4jStore) return new Neo4jQueries(store.driver, store.database, () => store.close());
  await store.close();
  throw new QueryError(`--store ${t}: no query implementation for a ${store.kind} store`);
}
