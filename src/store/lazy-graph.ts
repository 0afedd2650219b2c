/**
 * A read-only view of a snapshot's graph that does not build the article bookkeeping edges
 * (MENTIONS, PUBLISHED_BY, RELATED_TO: four in five edges of the corpus graph) until something
 * needs them as graph edges. Input: the columns of a snapshot (snapshot.ts). Output: an object that
 * answers as the whole MultiDirectedGraph would.
 *
 * Why: building graphology's adjacency for ~140k such edges was most of a whole-corpus query's
 * second, while most queries never follow them (an agreement, a veto, a visit is reached through
 * its fact edges). The view holds every node and every other edge in a real graph (the core), and
 * the bookkeeping edges as columns. What it answers from them:
 * - node reads, `order`, `size`;
 * - `forEachEdge(callback)` over the whole graph, in the saved order, the bookkeeping edges made
 *   on the fly;
 * - an edge's attributes or ends, when it is a core edge;
 * - a node's edges, when none of them is a bookkeeping edge (its edges are then all in the core,
 *   in the same order as in the whole graph).
 * Anything else (a State's edges, an export, a write) first builds the whole graph from the
 * columns, in the saved order, exactly as a full read would, and from then on the view forwards
 * everything to it.
 * The articles (snapshot.ts APART_LABEL, 86% of the corpus graph's nodes) stay undecoded and out of
 * the core until a read needs one: a node read of a key the core lacks, an iteration of every node,
 * or of every edge. Then they are decoded and the core rebuilt with them in the saved order; node
 * reads of the core's own nodes, `order` and NON_APART_NODES need no article.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { emptyGraph } from './graph.ts';
import { APART_LABEL, decodeApart, derivedKey, plainAttrs, toGraph, type Columns } from './snapshot.ts';

/** Methods that read the graph's own attributes or options: the core answers them as the whole graph would. */
const GRAPH_READS = new Set(['getAttributes', 'getAttribute', 'hasAttribute', 'type', 'multi', 'allowSelfLoops', 'implementation']);
/** Methods taking one node key first: the core answers them for its own nodes. */
const NODE_READS = new Set(['hasNode', 'getNodeAttributes', 'getNodeAttribute', 'hasNodeAttribute']);
/** Methods over every node: the core answers them once it holds every node (the articles decoded). */
const ALL_NODES = new Set(['forEachNode', 'nodes', 'mapNodes', 'filterNodes', 'someNode', 'everyNode', 'findNode', 'reduceNodes']);
/** Methods taking one edge key first: the core answers them for its own edges. */
const EDGE_READS = new Set(['getEdgeAttributes', 'getEdgeAttribute', 'hasEdgeAttribute', 'source', 'target', 'extremities', 'isSelfLoop']);
/** Methods taking one node key first: the core answers them for a node without bookkeeping edges. */
const ADJACENCY = new Set([
  'forEachInEdge', 'forEachOutEdge', 'inEdges', 'outEdges', 'inDegree', 'outDegree', 'degree', 'forEachInNeighbor', 'forEachOutNeighbor',
  'forEachNeighbor', 'inNeighbors', 'outNeighbors', 'neighbors',
]);

/** `graph[LAZY]()`: whether a lazy view has built its whole graph (for tests and measurements). */
export const LAZY = Symbol('kg.lazyGraph.built');

/**
 * `graph[NON_PLAIN_EDGES]?.(callback)`: forEachEdge over every edge but the column ones (plain
 * MENTIONS, PUBLISHED_BY, RELATED_TO), in the saved order, without making those; undefined once the
 * view has built its whole graph, and on any other graph. An index of fact edges by type reads
 * ~1,300 edges instead of ~144,000.
 */
export const NON_PLAIN_EDGES = Symbol('kg.lazyGraph.nonPlainEdges');

/**
 * `graph[NON_APART_NODES]?.(callback)`: forEachNode over every node but the articles (snapshot.ts
 * APART_LABEL), in the saved order, without decoding those; undefined once the view has built its
 * whole graph, and on any other graph. The name catalogue reads ~4,700 nodes instead of ~35,000.
 */
export const NON_APART_NODES = Symbol('kg.lazyGraph.nonApartNodes');

/** `graph[APART_DECODED]()`: whether a lazy view has decoded its articles (for tests and measurements). */
export const APART_DECODED = Symbol('kg.lazyGraph.apartDecoded');

type Callback = (edge: string, attrs: Attributes, source: string, target: string, sa: Attributes, ta: Attributes, undirected: boolean) => void;

export function lazyGraph(c: Columns): MultiDirectedGraph {
  // A core edge with an undecoded end (none in the corpus graph: articles have only bookkeeping
  // edges) needs its articles decoded first.
  for (let i = 0; i < c.plain.length && c.apart.length; i++) {
    if (!c.plain[i] && (c.nodeKeys[c.source[i] as number] === undefined || c.nodeKeys[c.target[i] as number] === undefined)) decodeApart(c);
  }
  // Nodes with a bookkeeping edge: their adjacency is not all in the core.
  const touched = new Uint8Array(c.nodeKeys.length);
  const coreKeys: string[] = [];
  /** The core: every decoded node and every non-column edge, in the saved order. */
  const build = (): MultiDirectedGraph => {
    const g = emptyGraph();
    g.replaceAttributes(c.attributes);
    for (let i = 0; i < c.nodeKeys.length; i++) if (c.nodeAttrs[i] !== undefined) g.addNode(c.nodeKeys[i], c.nodeAttrs[i]);
    coreKeys.length = 0;
    let full = 0;
    for (let i = 0; i < c.plain.length; i++) {
      const s = c.source[i] as number;
      const t = c.target[i] as number;
      if (c.plain[i]) {
        touched[s] = 1;
        touched[t] = 1;
        continue;
      }
      const a = c.attrs[full++] as Attributes;
      const [sk, tk] = [c.nodeKeys[s] as string, c.nodeKeys[t] as string];
      const key = c.oddKeys.get(i) ?? derivedKey(a.type, sk, tk, a.key);
      g.addEdgeWithKey(key, sk, tk, a);
      coreKeys.push(key);
    }
    return g;
  };
  let core = build();
  // Bookkept nodes by index: an article's key may not be decoded yet.
  const bookkept = (node: string): boolean => touched[indexOf(node)] === 1;
  let index: Map<string, number> | null = null;
  const indexOf = (node: string): number => {
    if (!index) {
      index = new Map();
      for (let i = 0; i < c.nodeKeys.length; i++) if (c.nodeKeys[i] !== undefined) index.set(c.nodeKeys[i] as string, i);
    }
    return index.get(node) ?? -1;
  };

  const bound = new Map<PropertyKey, unknown>();
  /** Decode the articles and rebuild the core with them, in the saved order; nothing else changes. */
  const complete = (): void => {
    if (!c.apart.length) return;
    decodeApart(c);
    core = build();
    index = null;
    bound.clear();
  };

  let whole: MultiDirectedGraph | null = null;
  const materialise = (): MultiDirectedGraph => {
    if (!whole) {
      whole = toGraph(c);
      core.clear();
    }
    return whole;
  };

  /**
   * forEachEdge(callback) over the whole graph in the saved order, without building it. Attributes
   * come from the columns: graphology keeps the very objects it was given, so they are the core's.
   */
  const forEachEdge = (callback: Callback): void => {
    complete();
    let j = 0;
    for (let i = 0; i < c.plain.length; i++) {
      const si = c.source[i] as number;
      const ti = c.target[i] as number;
      const s = c.nodeKeys[si] as string;
      const t = c.nodeKeys[ti] as string;
      const code = c.plain[i] as number;
      let key: string;
      let a: Attributes;
      if (code) {
        a = plainAttrs(code, c.count[i] as number);
        key = c.oddKeys.get(i) ?? derivedKey(a.type, s, t, a.key);
      } else {
        a = c.attrs[j] as Attributes;
        key = coreKeys[j++] as string;
      }
      callback(key, a, s, t, c.nodeAttrs[si] as Attributes, c.nodeAttrs[ti] as Attributes, false);
    }
  };

  const fromCore = (prop: PropertyKey): unknown => {
    let f = bound.get(prop);
    if (f === undefined) {
      const v = Reflect.get(core, prop, core) as unknown;
      f = typeof v === 'function' ? v.bind(core) : v;
      bound.set(prop, f);
    }
    return f;
  };
  const fromWhole = (prop: PropertyKey): unknown => {
    const g = materialise();
    const v = Reflect.get(g, prop, g) as unknown;
    return typeof v === 'function' ? v.bind(g) : v;
  };

  /** Whether all of a node's edges are in the core. */
  const ownAdjacency = (node: unknown): boolean => typeof node === 'string' && core.hasNode(node) && !bookkept(node);
  /** A node read: the core answers for its own nodes; any other key may be an undecoded article. */
  const fromCoreFor = (prop: PropertyKey, node: unknown): unknown => {
    if (!(typeof node === 'string' && core.hasNode(node))) complete();
    return fromCore(prop);
  };
  const call = (f: unknown, args: unknown[]): unknown => (f as (...a: unknown[]) => unknown)(...args);

  return new Proxy(core, {
    get(target, prop) {
      if (prop === LAZY) return () => whole !== null;
      if (prop === APART_DECODED) return () => whole !== null || !c.apart.length;
      if (prop === NON_PLAIN_EDGES) return whole ? undefined : (callback: Callback) => core.forEachEdge(callback);
      if (prop === NON_APART_NODES) {
        return whole ? undefined : (callback: (node: string, attrs: Attributes) => void) => {
          core.forEachNode((k, a) => { if (a.label !== APART_LABEL) callback(k, a); });
        };
      }
      if (whole) return fromWhole(prop);
      // Not a graph member (a Promise's `then` probe, say): nothing to build for it.
      if (!(prop in target)) return undefined;
      if (prop === 'size') return c.plain.length;
      if (prop === 'order') return c.nodeKeys.length;
      if (GRAPH_READS.has(prop as string)) return fromCore(prop);
      if (NODE_READS.has(prop as string)) return (...args: unknown[]) => call(fromCoreFor(prop, args[0]), args);
      if (ALL_NODES.has(prop as string)) {
        complete();
        return fromCore(prop);
      }
      if (prop === 'forEachEdge') {
        return (...args: unknown[]) => {
          if (!whole && args.length === 1 && typeof args[0] === 'function') return forEachEdge(args[0] as Callback);
          return call(!whole && args.length === 2 && ownAdjacency(args[0]) ? fromCore(prop) : fromWhole(prop), args);
        };
      }
      if (EDGE_READS.has(prop as string)) {
        return (...args: unknown[]) => call(!whole && typeof args[0] === 'string' && core.hasEdge(args[0]) ? fromCore(prop) : fromWhole(prop), args);
      }
      if (ADJACENCY.has(prop as string)) {
        return (...args: unknown[]) => call(!whole && args.length <= 2 && ownAdjacency(args[0]) ? fromCore(prop) : fromWhole(prop), args);
      }
      return fromWhole(prop);
    },
    set(_target, prop, value) {
      return Reflect.set(materialise(), prop, value);
    },
  });
}
