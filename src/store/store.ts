/**
 * The store contract both back ends implement (embedded graphology file, Neo4j), and the one error
 * type they throw for problems a user can fix (a broken file, a wrong password, a server that is down).
 */
import { KgError } from '../errors.ts';
import type { GraphBatch, GraphCounts, NodeRef } from '../model.ts';
import type { Replacement, Snapshot } from '../resolve/events.ts';

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /**
   * Merge a batch into the graph (nodes by label+id, edges by type+ends+key; see merge.ts
   * mergeProps). A store may buffer: what was written is durable after flush() or close().
   */
  write(batch: GraphBatch): Promise<void>;
  /** Nodes per label and edges per type (only labels and types that occur), after pending writes. */
  counts(): Promise<GraphCounts>;
  /** Make every write so far durable (embedded: save the file; Neo4j: send the buffer). */
  flush?(): Promise<void>;
  /** Flush, then release the file or the connection. */
  close(): Promise<void>;
}

/** Where consolidation (consolidate.ts) reads a store's groups and writes them back. */
export interface GroupIO {
  visits(pairs: { from: NodeRef; to: NodeRef }[]): Promise<Snapshot[]>;
  /** Every draft any of these casters vetoed, and every draft of their co-casters, with their edges. */
  vetoes(casters: string[]): Promise<Snapshot>;
  agreements(parties: string[]): Promise<Snapshot[]>;
  replace(replacements: Replacement[]): Promise<void>;
}

/** A problem the user can fix: one line naming the file or server and what is wrong. */
export class StoreError extends KgError {}
