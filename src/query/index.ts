// The query stage: one API over both stores, its question router, and its table format.
export * from './api.ts';
export * from './contract.ts';
export { EmbeddedQueries } from './embedded.ts';
export { Neo4jQueries } from './neo4j.ts';
export { openQueries } from './open.ts';
export { QueryError } from './errors.ts';
export { formatTable } from './table.ts';
