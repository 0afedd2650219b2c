/**
 * Picks and opens a store from a target: a Neo4j URI (bolt://, bolt+s://, neo4j://, neo4j+s://,
 * +ssc variants) or a path to the embedded graph file. Input: --store, else $NEO4J_URI, else
 * .kg/graph.json. Output: an open GraphStore.
 */
import { EmbeddedStore, type EmbeddedOptions } from './embedded.ts';
// Only a Neo4j target loads the driver: an embedded query does not pay for it.
import type { Neo4jOptions, Neo4jStore } from './neo4j.ts';
import { StoreError, type GraphStore } from './store.ts';

export const DEFAULT_STORE = '.kg/graph.json';
const NEO4J_URI = /^(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\//i;

export function isNeo4jUri(target: string): boolean {
  return NEO4J_URI.test(target);
}

/** The target a command uses when given none. */
export function defaultTarget(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEO4J_URI || DEFAULT_STORE;
}

export async function openStore(target?: string, env: NodeJS.ProcessEnv = process.env, embedded?: EmbeddedOptions): Promise<GraphStore> {
  const t = target ?? defaultTarget(env);
  if (isNeo4jUri(t)) return openNeo4j(t, env);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
    throw new StoreError(`--store ${t}: not a Neo4j URI (bolt://, bolt+s://, neo4j://, neo4j+s://) nor a file path`);
  }
  return EmbeddedStore.open(t, embedded);
}

/**
 * Credentials come from NEO4J_USER / NEO4J_PASSWORD only: a password written into the URI would sit
 * in the shell history and the process list, so it is refused (a user name there is fine).
 * The URI handed to the driver and shown in messages never carries credentials.
 */
export async function openNeo4j(target: string, env: NodeJS.ProcessEnv = process.env, options: Pick<Neo4jOptions, 'bufferRecords' | 'chunkRows'> = {}): Promise<Neo4jStore> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new StoreError(`--store ${target}: not a valid URI`);
  }
  if (url.password) {
    url.password = '';
    throw new StoreError(`--store ${url.toString()}: do not put the password in the URI; set NEO4J_PASSWORD instead`);
  }
  const user = decodeURIComponent(url.username) || env.NEO4J_USER || 'neo4j';
  const password = env.NEO4J_PASSWORD || '';
  url.username = '';
  url.password = '';
  const uri = url.toString().replace(/\/$/, '');
  const buffer = env.KG_NEO4J_BUFFER ? Number(env.KG_NEO4J_BUFFER) : undefined;
  if (buffer !== undefined && !(Number.isInteger(buffer) && buffer > 0)) {
    throw new StoreError(`KG_NEO4J_BUFFER=${env.KG_NEO4J_BUFFER}: expected a whole number above 0`);
  }
  const { Neo4jStore } = await import('./neo4j.ts');
  return Neo4jStore.open(uri, { bufferRecords: buffer, ...options, user, password, database: env.NEO4J_DATABASE || undefined });
}
