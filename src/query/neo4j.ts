/**
 * The queries over Neo4j: each runs its cypher/<query>.cypher file (the same text users paste into
 * Neo4j Browser), parameterised, in a read transaction. Input: a driver and resolved parameters.
 * Output: rows of query/contract.ts, the same rows EmbeddedQueries gives for the same graph.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { NODE_LABELS } from '../model.ts';
import { QueriesBase, type Resolved } from './api.ts';
import type { QueryName } from './contract.ts';
import { cypherFile } from './cypher.ts';
import { QueryError } from './errors.ts';
import type { NamedNode } from './names.ts';

/** Plain JSON from driver values: integers as numbers (counts, offsets), maps and lists walked. */
export function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

const NAMED = NODE_LABELS.filter((l) => l !== 'Article' && l !== 'Outlet');

export class Neo4jQueries extends QueriesBase {
  constructor(readonly driver: Driver, readonly database?: string, private readonly onClose: () => Promise<void> = async () => {}) {
    super();
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  protected async catalog(): Promise<NamedNode[]> {
    // Labels from the model's fixed list only; nothing from input reaches the statement text.
    const where = NAMED.map((l) => `n:\`${l}\``).join(' OR ');
    const rows = await this.read(
      `MATCH (n) WHERE ${where} RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, n.id AS id, n.name_en AS name_en, n.name_ar AS name_ar, coalesce(n.aliases, []) + coalesce(n.aliases_ar, []) AS aliases`,
      { labels: NAMED },
    );
    return rows.map((r) => ({
      label: String(r.label), id: String(r.id), name_en: (r.name_en as string | null) ?? null, name_ar: (r.name_ar as string | null) ?? null,
      aliases: (r.aliases as unknown[]).filter((x): x is string => typeof x === 'string'),
    }));
  }

  protected async exec<N extends QueryName>(name: N, params: Resolved[N]): Promise<unknown[]> {
    const rows = await this.read(cypherFile(name).statement, params as Record<string, unknown>);
    // The evidence list is stored as JSON strings (store/neo4j.ts); the row contract wants its fields.
    if (name === 'evidence') return rows.map(({ evidence, ...r }) => ({ ...r, ...(JSON.parse(String(evidence)) as object) }));
    return rows;
  }

  private async read(text: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.executeRead((tx) => tx.run(text, params));
      return res.records.map((rec) => plain(rec.toObject()) as Record<string, unknown>);
    } catch (err) {
      const first = String((err as Error).message ?? err).split('\n')[0];
      throw new QueryError(`Neo4j${this.database ? ` database ${this.database}` : ''} could not answer: ${first}`);
    } finally {
      await session.close();
    }
  }
}
