/**
 * Opens the query API on a store target, as openStore does: a Neo4j URI reads Neo4j, anything else
 * is the embedded graph file. Input: --store, else $NEO4J_URI, else .kg/graph.json. Output: a QueryApi.
 */
import { existsSync } from 'node:fs';
import { defaultTarget, EmbeddedStore, isNeo4jUri, Neo4jStore, openStore } from '../store/index.ts';
import type { QueryApi } from './api.ts';
import { EmbeddedQueries } from './embedded.ts';
import { QueryError } from './errors.ts';
import { Neo4jQueries } from './neo4j.ts';

export async function openQueries(target?: string, env: NodeJS.ProcessEnv = process.env): Promise<QueryApi> {
  const t = target ?? defaultTarget(env);
  // Opening a missing file would start an empty graph: for a query that is a mistake to report.
  if (!isNeo4jUri(t) && !existsSync(t)) throw new QueryError(`no graph at ${t} (run kg seed first, or give --store PATH|URI)`);
  // Saves are atomic, so a query reads a whole graph without taking the writers' lock.
  const store = isNeo4jUri(t) ? await openStore(t, env) : await EmbeddedStore.open(t, { readOnly: true });
  if (store instanceof Neo4jStore) return new Neo4jQueries(store.driver, store.database, () => store.close());
  if (store instanceof EmbeddedStore) return new EmbeddedQueries(store.graph, () => store.close());
  await store.close();
  throw new QueryError(`--store ${t}: no query implementation for a ${store.kind} store`);
}
