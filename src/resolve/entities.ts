// TEMPORARY (replaced by the recognise owner): entity nodes and MENTIONS from doc.mentions.
import type { Document } from '../document.ts';
import type { GraphBatch } from '../store/model.ts';
export function entityGraph(_doc: Document): GraphBatch { return { nodes: [], edges: [] }; }
