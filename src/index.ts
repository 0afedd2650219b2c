/**
 * The package's entry (`import { openGraph } from 'arabic-geo-kg'`): the typed query API over
 * either store. Input: a store target (a graph file written by `kg seed`, or a Neo4j URI).
 * Output: a QueryApi whose methods return the rows of query/contract.ts, sorted.
 */
import type { QueryApi } from './query/api.ts';
import { openQueries } from './query/open.ts';

export interface OpenGraphOptions {
  /** A graph file (default .kg/graph.json) or a Neo4j URI (bolt://, neo4j://, +s variants); default $NEO4J_URI. */
  store?: string;
  /** Where NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE are read; default process.env. */
  env?: Record<string, string | undefined>;
}

/** Open a store for querying; close() the result when done (a Neo4j driver keeps the process alive). */
export function openGraph(options: OpenGraphOptions = {}): Promise<QueryApi> {
  return openQueries(options.store, options.env ?? process.env);
}

export type { ParamsOf, QueryApi, Resolved } from './query/api.ts';
export type { QueryName, RowOf } from './query/contract.ts';
export { QUERY_NAMES } from './query/api.ts';
export type {
  AgreementRow, BodyRow, EvidenceRow, LeaderRow, MeetingRow, NeighbourRow, NodeBrief, PathRow, StateRow, TimelineRow, VetoRow, VisitRow,
} from './query/contract.ts';
export { QueryError } from './query/errors.ts';
export type { EdgeType, NodeLabel } from './model.ts';
