/**
 * Applies cypher/schema.cypher (constraints, indexes, full-text indexes) to a Neo4j database when
 * any of it is missing. Input: a driver and database. Output: the schema in place and online.
 */
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';

const SCHEMA_FILE = new URL('../../cypher/schema.cypher', import.meta.url);

/** The statements of a .cypher file: `//` comment lines dropped, split at `;` ending a line. */
export function cypherStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function schemaStatements(): string[] {
  return cypherStatements(readFileSync(SCHEMA_FILE, 'utf8'));
}

/** Names the schema file creates (constraint and index names). */
export function schemaNames(statements = schemaStatements()): string[] {
  return statements.flatMap((s) => /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+)?INDEX)\s+(\w+)/i.exec(s)?.[1] ?? []);
}

/** Create what is missing (each statement alone: schema and data changes cannot share a transaction), then wait for indexes. */
export async function ensureSchema(driver: Driver, database: string | undefined): Promise<boolean> {
  const statements = schemaStatements();
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    const have = await session.executeRead(async (tx) => {
      const res = await tx.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
      return new Set<string>(res.records[0]?.get('names') ?? []);
    });
    if (schemaNames(statements).every((n) => have.has(n))) return false;
    for (const text of statements) await session.executeWrite((tx) => tx.run(text));
    await session.executeRead((tx) => tx.run('CALL db.awaitIndexes(600)'));
    return true;
  } finally {
    await session.close();
  }
}
