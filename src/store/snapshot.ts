/**
 * The embedded store's snapshot: `<store>.snap`, a compact binary copy of the graph written beside
 * the JSON at every save, so a read-only open (a query, a question, an export) skips the JSON.
 * Input: a graph and the saved JSON's size and mtime. Output: the graph, or null when the snapshot
 * is missing, foreign or does not describe the JSON as it is now (then the JSON is read).
 *
 * Layout: `KGSNAP 1\n`, one JSON header line {size, mtimeMs} of the JSON file it was written after,
 * then v8.serialize of columns: node keys and attributes; edge ends as indexes into the node keys
 * (Uint32Array); edge attributes; edge keys only where they differ from the model's edgeKey. Ends as
 * indexes and derived keys are why it is not graph.export() serialised: the article url that every
 * MENTIONS edge repeats three times is stored once. See docs/startup.md for the measurements.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import v8 from 'node:v8';
import type { MultiDirectedGraph } from 'graphology';
import { emptyGraph } from './graph.ts';

const MAGIC = 'KGSNAP 1\n';

export const snapshotPath = (path: string): string => `${path}.snap`;

interface Header { size: number; mtimeMs: number }

interface Columns {
  attributes: Record<string, unknown>;
  nodeKeys: string[];
  nodeAttrs: Record<string, unknown>[];
  source: Uint32Array;
  target: Uint32Array;
  edgeAttrs: Record<string, unknown>[];
  /** Edge index → key, for the edges whose key is not `${type}:${source}->${target}:${attrs.key}`. */
  oddKeys: Record<number, string>;
}

const derivedKey = (type: unknown, source: string, target: string, key: unknown): string => `${type}:${source}->${target}:${key}`;

/** The snapshot's bytes: magic, header line, serialised columns. */
export function encodeSnapshot(graph: MultiDirectedGraph, header: Header): Buffer[] {
  const index = new Map<string, number>();
  const nodeKeys: string[] = [];
  const nodeAttrs: Record<string, unknown>[] = [];
  for (const { node, attributes } of graph.nodeEntries()) {
    index.set(node, nodeKeys.length);
    nodeKeys.push(node);
    nodeAttrs.push(attributes);
  }
  const source = new Uint32Array(graph.size);
  const target = new Uint32Array(graph.size);
  const edgeAttrs: Record<string, unknown>[] = [];
  const oddKeys: Record<number, string> = {};
  let i = 0;
  for (const { edge, source: s, target: t, attributes } of graph.edgeEntries()) {
    source[i] = index.get(s)!;
    target[i] = index.get(t)!;
    edgeAttrs.push(attributes);
    if (edge !== derivedKey(attributes.type, s, t, attributes.key)) oddKeys[i] = edge;
    i++;
  }
  const columns: Columns = { attributes: graph.getAttributes(), nodeKeys, nodeAttrs, source, target, edgeAttrs, oddKeys };
  return [Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), v8.serialize(columns)];
}

/**
 * The graph of the snapshot beside `path`, when it was written after the JSON as it is now (same
 * size and mtime); otherwise null. A snapshot that cannot be decoded is removed and null returned:
 * the JSON is the store, the snapshot only a faster way to read it.
 */
export async function readSnapshot(path: string): Promise<MultiDirectedGraph | null> {
  const snap = snapshotPath(path);
  let json;
  let bytes: Buffer;
  try {
    [json, bytes] = await Promise.all([stat(path), readFile(snap)]);
  } catch {
    return null;
  }
  const eol = bytes.indexOf(10, MAGIC.length);
  if (eol < 0 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length, eol)) as Header;
  } catch {
    return null;
  }
  if (header.size !== json.size || header.mtimeMs !== json.mtimeMs) return null;
  try {
    return decode(v8.deserialize(bytes.subarray(eol + 1)) as Columns);
  } catch {
    await rm(snap, { force: true }).catch(() => {});
    return null;
  }
}

function decode(c: Columns): MultiDirectedGraph {
  const graph = emptyGraph();
  graph.replaceAttributes(c.attributes);
  const { nodeKeys, nodeAttrs, source, target, edgeAttrs, oddKeys } = c;
  for (let i = 0; i < nodeKeys.length; i++) graph.addNode(nodeKeys[i], nodeAttrs[i]);
  for (let i = 0; i < edgeAttrs.length; i++) {
    const s = nodeKeys[source[i]];
    const t = nodeKeys[target[i]];
    const a = edgeAttrs[i];
    graph.addEdgeWithKey(oddKeys[i] ?? derivedKey(a.type, s, t, a.key), s, t, a);
  }
  return graph;
}
