/**
 * The embedded store's snapshot: `<store>.snap`, a compact binary copy of the graph written beside
 * the JSON at every save, so a read-only open (a query, a question) skips the JSON.
 * Input: a graph and the saved JSON's size and mtime. Output: the graph's columns, or null when the
 * snapshot is missing, foreign or does not describe the JSON as it is now (then the JSON is read).
 *
 * Layout: `KGSNAP 4\n`, one JSON header line {size, mtimeMs} of the JSON file it was written after,
 * then frames, each a 4-byte little-endian length and v8.serialize of one object: first
 * {attributes, nodes, edges} (the counts), then node chunks {keys, attrs, apart}, then edge chunks.
 * A node chunk's Article nodes are not in its keys and attrs: `apart` gives their places among the
 * chunk's nodes, and a frame {keys, attrs} of them follows the chunk (snapshot 3 has no such frame;
 * a read-only open decodes it only when a read needs an article). A chunk
 * with long evidence, sources or name_ar_forms lists has them as null in its attrs, a `deferred`
 * table, and after it one raw frame of those lists, each its own v8.serialize (read on first use by
 * a read-only open; see restore). Snapshot 2 is the same without deferred lists. Edge
 * ends are indexes into the node keys (Uint32Array) and keys the model derives
 * (`TYPE:source->target:key`, model.ts edgeKey) are not stored. Article bookkeeping edges
 * (MENTIONS, PUBLISHED_BY, RELATED_TO with only a count) are pure columns: a type code and a count,
 * no object. So the article url that every MENTIONS edge repeats three times in the JSON is stored
 * once, a read-only open needs not build them as graph edges (lazy-graph.ts), and no frame, hence
 * no buffer, holds more than CHUNK nodes or edges. See docs/startup.md for the measurements.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import v8 from 'node:v8';
import type { MultiDirectedGraph } from 'graphology';
import { emptyGraph } from './graph.ts';

const MAGIC = 'KGSNAP 4\n';
/** Snapshot 3 keeps articles in the node chunks, snapshot 2 has no deferred lists either; their frames read the same. */
const MAGICS = new Set([MAGIC, 'KGSNAP 3\n', 'KGSNAP 2\n']);
/**
 * Nodes of this label are written in a raw frame of their own after their chunk, and a read-only open
 * decodes them only when something reads one: 30,505 of the corpus graph's 35,250 nodes are
 * articles, which the fact queries and the name index do not read (docs/startup.md).
 */
export const APART_LABEL = 'Article';
/**
 * Attributes whose long lists are written apart and, for a read-only open, decoded on first read:
 * evidence, sources and name_ar_forms are ~37 of the ~50 MB of decoded attributes of the corpus graph
 * (a big state's sources list ~13,000 article urls), and a query reads few of them (docs/startup.md).
 */
const DEFERRED = new Set(['evidence', 'sources', 'name_ar_forms']);
/** A list shorter than this is kept inline: decoding it apart would cost more than it saves. */
const DEFER_MIN = 4;
/** Nodes or edges per frame: small enough that no frame is a large buffer, large enough to cost little. */
const CHUNK = 8192;

/** Edge types stored as columns when their attributes are only {type, key: '', count?}. */
export const PLAIN_TYPES = ['MENTIONS', 'PUBLISHED_BY', 'RELATED_TO'] as const;

export const snapshotPath = (path: string): string => `${path}.snap`;

interface Header { size: number; mtimeMs: number }

/**
 * The graph as read from a snapshot: every node, and every edge in the order the graph held them.
 * A read-only open leaves the APART_LABEL nodes undecoded: their places in nodeKeys and nodeAttrs
 * are undefined until `decodeApart(columns)`.
 */
export interface Columns {
  attributes: Record<string, unknown>;
  nodeKeys: (string | undefined)[];
  nodeAttrs: (Record<string, unknown> | undefined)[];
  /** The undecoded APART_LABEL nodes' frames: the index of the chunk's first node, their places in it, their bytes. */
  apart: { base: number; at: Uint32Array; bytes: Span }[];
  source: Uint32Array;
  target: Uint32Array;
  /** 0 for an edge with its attributes in `attrs`; else 1 + its type's index in PLAIN_TYPES. */
  plain: Uint8Array;
  /** A plain edge's count; 0 when it has none. */
  count: Uint32Array;
  /** The attributes of the edges that are not plain, in order. */
  attrs: Record<string, unknown>[];
  /** Edge index → key, for the edges whose key is not the derived one. */
  oddKeys: Map<number, string>;
}

export const derivedKey = (type: unknown, source: string, target: string, key: unknown): string => `${String(type)}:${source}->${target}:${String(key)}`;

/** 1 + the PLAIN_TYPES index of an edge that can be a column, else 0. */
function plainCode(attrs: Record<string, unknown>): number {
  const code = (PLAIN_TYPES as readonly unknown[]).indexOf(attrs.type) + 1;
  if (code === 0 || attrs.key !== '') return 0;
  // The order of the attributes is kept too: the JSON export of a rebuilt edge must be the same text.
  const names = Object.keys(attrs);
  if (names[0] !== 'type' || names[1] !== 'key') return 0;
  if (names.length === 2) return code;
  const n = attrs.count;
  return names.length === 3 && names[2] === 'count' && typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 2 ** 32 ? code : 0;
}

/** A plain edge's attributes, rebuilt in their stored order. */
export const plainAttrs = (code: number, count: number): Record<string, unknown> =>
  count ? { type: PLAIN_TYPES[code - 1], key: '', count } : { type: PLAIN_TYPES[code - 1], key: '' };

/**
 * Where a chunk's deferred values are: for the k-th, the index of its object in the chunk's attrs, its
 * attribute name, and the end of its bytes in the raw frame that follows the chunk's frame.
 */
interface Deferred { obj: Uint32Array; key: string[]; end: Uint32Array }

/**
 * The chunk's objects with their long DEFERRED lists replaced by null (in place: the attribute order
 * is kept), those lists' serialisations, and where they go; null when nothing is deferred.
 */
function split(objs: Record<string, unknown>[]): { light: Record<string, unknown>[]; deferred: Deferred; bytes: Buffer[] } | null {
  const obj: number[] = [];
  const key: string[] = [];
  const end: number[] = [];
  const bytes: Buffer[] = [];
  let at = 0;
  const light = objs.map((a, i) => {
    let copy: Record<string, unknown> | null = null;
    for (const k of DEFERRED) {
      const v = a[k];
      if (!Array.isArray(v) || v.length < DEFER_MIN) continue;
      const b = v8.serialize(v);
      bytes.push(b);
      obj.push(i);
      key.push(k);
      end.push((at += b.length));
      (copy ??= { ...a })[k] = null;
    }
    return copy ?? a;
  });
  return obj.length ? { light, deferred: { obj: Uint32Array.from(obj), key, end: Uint32Array.from(end) }, bytes } : null;
}

/** A chunk frame, and when some of its lists are deferred, the raw frame of their bytes after it. */
function* chunkFrames<C extends { attrs: Record<string, unknown>[] }>(chunk: C): Generator<Buffer> {
  const parts = split(chunk.attrs);
  if (!parts) {
    yield* frame(chunk);
    return;
  }
  yield* frame({ ...chunk, attrs: parts.light, deferred: parts.deferred });
  const len = Buffer.alloc(4);
  len.writeUInt32LE(parts.deferred.end[parts.deferred.end.length - 1] as number);
  yield len;
  yield* parts.bytes;
}

function frame(value: unknown): Buffer[] {
  const body = v8.serialize(value);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(body.length);
  return [len, body];
}

/**
 * A node chunk: its other nodes as a chunk frame, with `apart` the places of its APART_LABEL nodes
 * among all of the chunk's, then those nodes' keys and attributes in one raw frame (lists inline).
 */
function* nodeChunkFrames(keys: string[], attrs: Record<string, unknown>[]): Generator<Buffer> {
  const at: number[] = [];
  const rest = { keys: [] as string[], attrs: [] as Record<string, unknown>[] };
  const apart = { keys: [] as string[], attrs: [] as Record<string, unknown>[] };
  attrs.forEach((a, i) => {
    const to = a.label === APART_LABEL ? apart : rest;
    if (to === apart) at.push(i);
    to.keys.push(keys[i] as string);
    to.attrs.push(a);
  });
  yield* chunkFrames({ ...rest, apart: Uint32Array.from(at) });
  if (at.length) yield* frame(apart);
}

/** The snapshot's bytes, in pieces of at most one chunk each. */
export function* encodeSnapshot(graph: MultiDirectedGraph, header: Header): Generator<Uint8Array> {
  yield Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`);
  yield* frame({ attributes: graph.getAttributes(), nodes: graph.order, edges: graph.size });
  const index = new Map<string, number>();
  let keys: string[] = [];
  let attrs: Record<string, unknown>[] = [];
  for (const { node, attributes } of graph.nodeEntries()) {
    index.set(node, index.size);
    keys.push(node);
    attrs.push(attributes);
    if (keys.length === CHUNK) {
      yield* nodeChunkFrames(keys, attrs);
      [keys, attrs] = [[], []];
    }
  }
  if (keys.length) yield* nodeChunkFrames(keys, attrs);
  let chunk = edgeChunk();
  let n = 0;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) throw new Error(`edge ${edge} names a node the graph does not hold`);
    chunk.source[n] = s;
    chunk.target[n] = t;
    const code = plainCode(attributes);
    const derived = derivedKey(attributes.type, source, target, attributes.key);
    if (code && edge === derived) {
      chunk.plain[n] = code;
      chunk.count[n] = typeof attributes.count === 'number' ? attributes.count : 0;
    } else {
      chunk.attrs.push(attributes);
      if (edge !== derived) chunk.oddKeys[n] = edge;
    }
    if (++n === CHUNK) {
      yield* chunkFrames(chunk);
      [chunk, n] = [edgeChunk(), 0];
    }
  }
  if (n) yield* chunkFrames({ ...chunk, source: chunk.source.slice(0, n), target: chunk.target.slice(0, n), plain: chunk.plain.slice(0, n), count: chunk.count.slice(0, n) });
}

interface EdgeChunk {
  source: Uint32Array; target: Uint32Array; plain: Uint8Array; count: Uint32Array;
  attrs: Record<string, unknown>[];
  /** Index within the chunk → key. */
  oddKeys: Record<number, string>;
}

const edgeChunk = (): EdgeChunk => ({
  source: new Uint32Array(CHUNK), target: new Uint32Array(CHUNK), plain: new Uint8Array(CHUNK), count: new Uint32Array(CHUNK), attrs: [], oddKeys: {},
});

/**
 * The columns of the snapshot beside `path`, when it was written after the JSON as it is now (same
 * size and mtime); otherwise null. A snapshot that cannot be decoded is removed and null returned:
 * the JSON is the store, the snapshot only a faster way to read it.
 * `defer`: the long lists written apart are decoded when first read (see restore), and the
 * APART_LABEL nodes when decodeApart is called, for a read-only open; otherwise both are decoded now
 * and every attribute is a plain value.
 */
export async function readSnapshot(path: string, { defer = false }: { defer?: boolean } = {}): Promise<Columns | null> {
  const snap = snapshotPath(path);
  let json;
  let source: Source;
  try {
    json = statSync(path);
    // A read-only open reads only the frames it decodes now (~5 of the corpus graph's 55 MB); the
    // deferred lists and the articles are read from the open file when first needed. Anything else
    // reads the whole file at once: it decodes every frame.
    source = defer ? fileSource(openSync(snap, 'r')) : bufferSource(readFileSync(snap));
  } catch {
    return null;
  }
  let header: Header;
  try {
    const head = source.head(MAGIC.length, HEADER_MAX);
    if (!head || !MAGICS.has(head.magic)) throw new Error('not a snapshot');
    header = JSON.parse(head.line) as Header;
  } catch {
    source.close();
    return null;
  }
  if (header.size !== json.size || header.mtimeMs !== json.mtimeMs) {
    source.close();
    return null;
  }
  try {
    return decode(source, defer);
  } catch {
    source.close();
    await rm(snap, { force: true }).catch(() => {});
    return null;
  }
}

/** A header line longer than this is no snapshot's (it is a small JSON object). */
const HEADER_MAX = 4096;

/** A byte range of the snapshot, read when asked for. */
interface Span {
  length: number;
  slice(from: number, to: number): Buffer;
}

/** The snapshot's frames in order: read now (`next`), or left to read when asked (`later`). */
interface Source {
  /** The magic and the header line after it, or null when the file has none. */
  head(magicLength: number, max: number): { magic: string; line: string } | null;
  next(): Buffer;
  later(): Span;
  /** Whether every byte was read or skipped. */
  done(): boolean;
  close(): void;
}

function bufferSource(bytes: Buffer): Source {
  let at = 0;
  const frame = (): Buffer => {
    if (at + 4 > bytes.length) throw new Error('snapshot ends early');
    const len = bytes.readUInt32LE(at);
    if (at + 4 + len > bytes.length) throw new Error('snapshot ends early');
    const out = bytes.subarray(at + 4, at + 4 + len);
    at += 4 + len;
    return out;
  };
  return {
    head(magicLength, max) {
      const eol = bytes.indexOf(10, magicLength);
      if (eol < 0 || eol > max) return null;
      at = eol + 1;
      return { magic: bytes.toString('latin1', 0, magicLength), line: bytes.toString('utf8', magicLength, eol) };
    },
    next: frame,
    later() {
      const b = frame();
      return { length: b.length, slice: (from, to) => b.subarray(from, to) };
    },
    done: () => at === bytes.length,
    close() {},
  };
}

/** Closes a read-only open's snapshot file once nothing that could read from it is left. */
const closeWhenUnreachable = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
});

/**
 * Frames read from the open file as they are needed. The descriptor stays open while a deferred
 * value may still be read (a save renames a new file in; this one's bytes stay as they were).
 */
function fileSource(fd: number): Source {
  const size = fstatSync(fd).size;
  let at = 0;
  // Spans read through this object, so while one may still be read it keeps the file open.
  const reader = {
    read(pos: number, len: number): Buffer {
      const out = Buffer.allocUnsafe(len);
      for (let got = 0; got < len;) {
        const n = readSync(fd, out, got, len - got, pos + got);
        if (n === 0) throw new Error('snapshot ends early');
        got += n;
      }
      return out;
    },
  };
  const read = (pos: number, len: number): Buffer => reader.read(pos, len);
  const skip = (): { pos: number; len: number } => {
    if (at + 4 > size) throw new Error('snapshot ends early');
    const len = read(at, 4).readUInt32LE(0);
    if (at + 4 + len > size) throw new Error('snapshot ends early');
    const pos = at + 4;
    at = pos + len;
    return { pos, len };
  };
  closeWhenUnreachable.register(reader, fd, reader);
  return {
    head(magicLength, max) {
      const start = read(0, Math.min(size, max + 1));
      const eol = start.indexOf(10, magicLength);
      if (eol < 0) return null;
      at = eol + 1;
      return { magic: start.toString('latin1', 0, magicLength), line: start.toString('utf8', magicLength, eol) };
    },
    next() {
      const { pos, len } = skip();
      return read(pos, len);
    },
    later() {
      const { pos, len } = skip();
      return { length: len, slice: (from, to) => reader.read(pos + from, to - from) };
    },
    done: () => at === size,
    close() {
      closeWhenUnreachable.unregister(reader);
      closeSync(fd);
    },
  };
}

/** Read the snapshot beside `path` as a graphology graph (null as readSnapshot). */
export async function readSnapshotGraph(path: string): Promise<MultiDirectedGraph | null> {
  const columns = await readSnapshot(path);
  return columns && toGraph(columns);
}

/**
 * Put a chunk's deferred lists back into its objects, at their places. Deferred: each is a getter
 * that decodes its bytes on first read and then becomes a plain property (a setter likewise), so
 * the object reads, spreads, serialises and keeps its attribute order as the written one did; the
 * bytes are a view of the snapshot's buffer, which stays outside the JavaScript heap.
 */
function restore(objs: Record<string, unknown>[], d: Deferred, raw: Span, defer: boolean): void {
  let from = 0;
  for (let k = 0; k < d.obj.length; k++) {
    const obj = objs[d.obj[k] as number] as Record<string, unknown>;
    const name = d.key[k] as string;
    const to = d.end[k] as number;
    if (to < from || to > raw.length || !(name in obj)) throw new Error('snapshot has a broken deferred value');
    const [start, end] = [from, to];
    const bytes = (): Buffer => raw.slice(start, end);
    from = to;
    if (!defer) {
      obj[name] = v8.deserialize(bytes());
      continue;
    }
    const settle = (value: unknown): void => {
      Object.defineProperty(obj, name, { value, writable: true, enumerable: true, configurable: true });
    };
    Object.defineProperty(obj, name, {
      enumerable: true, configurable: true,
      get() {
        const value: unknown = v8.deserialize(bytes());
        settle(value);
        return value;
      },
      set: settle,
    });
  }
}

/**
 * Whether `obj[name]` is an array, without decoding it when it is a deferred list (which only ever
 * holds an array): an index that only asks which edges carry evidence decodes none.
 */
export function isArrayAttr(obj: Record<string, unknown>, name: string): boolean {
  const d = Object.getOwnPropertyDescriptor(obj, name);
  return d !== undefined && (d.get !== undefined || Array.isArray(d.value));
}

function decode(source: Source, defer: boolean): Columns {
  const next = <T>(): T => {
    const value = v8.deserialize(source.next()) as T & { deferred?: Deferred; attrs?: Record<string, unknown>[] };
    if (value.deferred && value.attrs) restore(value.attrs, value.deferred, source.later(), defer);
    return value;
  };
  const meta = next<{ attributes: Record<string, unknown>; nodes: number; edges: number }>();
  const nodeKeys: (string | undefined)[] = [];
  const nodeAttrs: (Record<string, unknown> | undefined)[] = [];
  const apart: Columns['apart'] = [];
  while (nodeKeys.length < meta.nodes) {
    const c = next<{ keys: string[]; attrs: Record<string, unknown>[]; apart?: Uint32Array }>();
    const at = c.apart ?? new Uint32Array(0);
    const base = nodeKeys.length;
    let [a, k] = [0, 0];
    for (let i = 0; i < c.keys.length + at.length; i++) {
      if (a < at.length && at[a] === i) {
        nodeKeys.push(undefined);
        nodeAttrs.push(undefined);
        a++;
      } else {
        nodeKeys.push(c.keys[k]);
        nodeAttrs.push(c.attrs[k++]);
      }
    }
    if (a !== at.length || k !== c.keys.length) throw new Error('snapshot has a broken node chunk');
    if (at.length) apart.push({ base, at, bytes: source.later() });
  }
  const m = meta.edges;
  const out: Columns = {
    attributes: meta.attributes, nodeKeys, nodeAttrs, apart,
    source: new Uint32Array(m), target: new Uint32Array(m), plain: new Uint8Array(m), count: new Uint32Array(m), attrs: [], oddKeys: new Map(),
  };
  for (let done = 0; done < m;) {
    const c = next<EdgeChunk>();
    out.source.set(c.source, done);
    out.target.set(c.target, done);
    out.plain.set(c.plain, done);
    out.count.set(c.count, done);
    for (const a of c.attrs) out.attrs.push(a);
    for (const [i, k] of Object.entries(c.oddKeys)) out.oddKeys.set(done + Number(i), k);
    done += c.source.length;
  }
  if (!source.done() || nodeKeys.length !== meta.nodes) throw new Error('snapshot has trailing bytes');
  if (!defer) {
    decodeApart(out);
    source.close();
  }
  return out;
}

/** Decode the APART_LABEL nodes a read-only open left undecoded, into their places; then every node is there. */
export function decodeApart(c: Columns): void {
  for (const { base, at, bytes } of c.apart) {
    const { keys, attrs } = v8.deserialize(bytes.slice(0, bytes.length)) as { keys: string[]; attrs: Record<string, unknown>[] };
    if (keys.length !== at.length || attrs.length !== at.length) throw new Error('snapshot has a broken node chunk');
    for (let i = 0; i < at.length; i++) {
      c.nodeKeys[base + (at[i] as number)] = keys[i];
      c.nodeAttrs[base + (at[i] as number)] = attrs[i];
    }
  }
  c.apart = [];
}

/** Call `each` for every edge of the columns, in order, with its key, ends and attributes. */
export function forEachColumnEdge(c: Columns, each: (key: string, source: string, target: string, attrs: Record<string, unknown>, plain: boolean) => void): void {
  decodeApart(c);
  let full = 0;
  for (let i = 0; i < c.plain.length; i++) {
    const s = c.nodeKeys[c.source[i] as number] as string;
    const t = c.nodeKeys[c.target[i] as number] as string;
    const code = c.plain[i] as number;
    const a = code ? plainAttrs(code, c.count[i] as number) : (c.attrs[full++] as Record<string, unknown>);
    each(c.oddKeys.get(i) ?? derivedKey(a.type, s, t, a.key), s, t, a, code !== 0);
  }
}

/** The whole graph of the columns, nodes and edges in their saved order. */
export function toGraph(c: Columns): MultiDirectedGraph {
  decodeApart(c);
  const graph = emptyGraph();
  graph.replaceAttributes(c.attributes);
  for (let i = 0; i < c.nodeKeys.length; i++) graph.addNode(c.nodeKeys[i], c.nodeAttrs[i]);
  forEachColumnEdge(c, (key, s, t, a) => graph.addEdgeWithKey(key, s, t, a));
  return graph;
}
