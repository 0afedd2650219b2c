// TEMPORARY (replaced by the relate owner): fact nodes and edges from doc.facts.
import type { Document } from '../document.ts';
import type { GraphBatch } from '../store/model.ts';
export function factGraph(_doc: Document): GraphBatch { return { nodes: [], edges: [] }; }
