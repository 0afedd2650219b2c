/**
 * The cypher/<query>.cypher files as the Neo4j implementation: read once, `:param` lines (which only
 * Neo4j Browser understands) dropped. Input: a query name. Output: the statement and its example params.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { QueryName } from './contract.ts';

/** The folder of the query files, next to src/ in the project root. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

export interface CypherFile {
  /** What the driver runs: the file without its `:param` lines and final semicolon. */
  statement: string;
  /** The `:param name => value` lines, as [name, Cypher literal text], in file order. */
  params: [string, string][];
}

const cache = new Map<string, CypherFile>();

export function cypherFile(name: QueryName): CypherFile {
  let file = cache.get(name);
  if (!file) cache.set(name, (file = parseCypherFile(readFileSync(`${CYPHER_DIR}${name}.cypher`, 'utf8'))));
  return file;
}

export function parseCypherFile(text: string): CypherFile {
  const params: [string, string][] = [];
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const [, key, value] = /^\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.*?)\s*;?\s*$/.exec(line) ?? [];
    if (key !== undefined && value !== undefined) params.push([key, value]);
    else body.push(line);
  }
  return { statement: body.join('\n').trim().replace(/;$/, ''), params };
}
