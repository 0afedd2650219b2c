export { StoreError, type GraphStore } from './store.ts';
export { openStore, openNeo4j, defaultTarget, isNeo4jUri, DEFAULT_STORE } from './open.ts';
export { EmbeddedStore, applyBatch, countGraph } from './embedded.ts';
export { Neo4jStore } from './neo4j.ts';
