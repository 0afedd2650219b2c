/**
 * The embedded store (the default): a graphology multigraph kept in one JSON file.
 * Input: GraphBatches. Output: the graph in memory (`graph`) and on disk, saved atomically on
 * flush()/close() and every so many writes or seconds.
 *
 * Layout (the query helpers rely on it): node key = nodeKey, attributes = { label, id, ...props };
 * edge key = edgeKey, attributes = { type, key, ...props }, `evidence` an array of Evidence objects.
 */
import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { MultiDirectedGraph } from 'graphology';
import { checkBatch } from './batch.ts';
import { mergeInto } from './merge.ts';
import { edgeKey, type GraphBatch, type GraphCounts, nodeKey, type NodeRef } from '../model.ts';
import { alive, loadGraph, removeStaleTemps, saveGraph } from './persist.ts';
import { StoreError, type GraphStore } from './store.ts';

export interface EmbeddedOptions {
  /** Save after this many writes since the last save (default 20: every 10,000 articles at --batch 500). */
  saveEveryWrites?: number;
  /** Save when this long has passed since the last save, checked at each write (default 30 s). */
  saveEveryMs?: number;
  /** Only read: no lock is taken (a query must not wait for a seed), and writes are refused. */
  readOnly?: boolean;
  /** Told once when another process holds the file's lock and this one starts waiting for it. */
  onWait?: (message: string) => void;
}

/**
 * The lock's mtime is refreshed every 5 s; one untouched for 30 s belongs to a killed process and
 * is taken over. 30 s, not the library's 10 s: a large graph's load or save can hold the event loop
 * for seconds, and a live writer must not be taken for dead. A lock whose owner file names a dead
 * process of this machine is taken over at once (see takeOverDead), so a kill -9 costs no wait.
 */
/**
 * Saves on time take at most about 1/SAVE_SHARE of a load's time: each writes the whole graph, so
 * every 30 s a large graph's saves came to dominate a seed on a slow machine (and stalled its
 * workers). Saves every so many writes are kept as asked: they bound what a kill loses.
 */
const SAVE_SHARE = 10;

const LOCK = { stale: 30_000, update: 5_000, realpath: false } as const;

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private dirty = false;
  /** The JSON was saved without its snapshot since the last flush. */
  private snapshotOwed = false;
  private writes = 0;
  private lastSave = Date.now();
  /** How long the last save took: a save on time waits SAVE_SHARE times that since the last. */
  private lastSaveMs = 0;
  private closed = false;
  private release: (() => Promise<void>) | null = null;
  private compromised: Error | null = null;

  constructor(readonly path: string, readonly graph: MultiDirectedGraph, private readonly options: EmbeddedOptions = {}) {}

  /**
   * Open the file at `path` (a missing file starts an empty graph; it is created on first save).
   * A writer holds a cross-process lock (`<path>.lock`) from before it reads the file until it
   * closes: two seeds into one file would each save their own graph and the last would win.
   */
  static async open(path: string, options: EmbeddedOptions = {}): Promise<EmbeddedStore> {
    if (options.readOnly) return new EmbeddedStore(path, await loadGraph(path, { lazy: true }), options);
    const holder: { store?: EmbeddedStore } = {};
    const release = await acquireLock(path, holder, options.onWait);
    try {
      const graph = await loadGraph(path);
      await removeStaleTemps(path);
      const store = new EmbeddedStore(path, graph, options);
      store.release = release;
      holder.store = store;
      return store;
    } catch (err) {
      await release().catch(() => {});
      throw err;
    }
  }

  async write(batch: GraphBatch): Promise<void> {
    this.stage(batch);
    this.writes++;
    const since = Date.now() - this.lastSave;
    if (this.writes >= (this.options.saveEveryWrites ?? 20) || since >= Math.max(this.options.saveEveryMs ?? 30_000, SAVE_SHARE * this.lastSaveMs)) {
      // The JSON alone: the snapshot (as long again to write) is for reads of the finished graph,
      // and flush() or close() writes it.
      await this.save(false);
    }
  }

  /**
   * Merge a batch without the periodic save: for a pass of many small writes that must be saved
   * once, at its end (consolidation), since every save writes the whole graph. flush() or close() saves it.
   */
  stage(batch: GraphBatch): void {
    this.assertOpen();
    if (this.options.readOnly) throw new StoreError(`the graph file ${this.path} was opened for reading only`);
    applyBatch(this.graph, batch);
    this.dirty = true;
  }

  async counts(): Promise<GraphCounts> {
    return countGraph(this.graph);
  }

  /** Save the JSON and its snapshot (when the graph changed since the last flush). */
  async flush(): Promise<void> {
    await this.save(true);
  }

  private async save(snapshot: boolean): Promise<void> {
    this.assertOpen();
    if (this.compromised) throw new StoreError(`lost the lock on ${this.path} (${this.compromised.message}); another process may have written it, so this one stops without saving`);
    // A periodic save leaves the snapshot to a later flush: still owed after it.
    if (this.dirty || (snapshot && this.snapshotOwed)) {
      const t0 = Date.now();
      await saveGraph(this.graph, this.path, { snapshot });
      this.lastSaveMs = Date.now() - t0;
      this.snapshotOwed = !snapshot;
    }
    this.dirty = false;
    this.writes = 0;
    this.lastSave = Date.now();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      await this.release?.().catch(() => {});
      this.release = null;
    }
  }

  /** The lock library reports a lock taken over by another process here, not as an uncaught throw. */
  lockCompromised(err: Error): void {
    this.compromised = err;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError(`the graph file ${this.path} was already closed`);
  }
}

async function acquireLock(path: string, holder: { store?: EmbeddedStore }, onWait?: (message: string) => void): Promise<() => Promise<void>> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (err) {
    throw new StoreError(`cannot create the folder of the graph file ${path}: ${(err as Error).message}`, { cause: err });
  }
  const onCompromised = (err: Error) => holder.store?.lockCompromised(err);
  // Only a writer locks: a read-only open (every query) does not load proper-lockfile.
  const { default: lockfile } = await import('proper-lockfile');
  const attempt = (retries: number | object) => lockfile.lock(path, { ...LOCK, retries, onCompromised });
  const locked = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ELOCKED';
  let release: () => Promise<void>;
  try {
    release = await attempt(0);
  } catch (err) {
    if (!locked(err)) throw lockError(path, err);
    try {
      release = await takeOverDead(path).then((taken) => {
        if (!taken) throw err;
        return attempt(0);
      });
    } catch (again) {
      if (!locked(again)) throw lockError(path, again);
      onWait?.(`${path} is being written by another kg process; waiting for it to finish (its lock: ${path}.lock)`);
      try {
        release = await attempt({ forever: true, minTimeout: 250, maxTimeout: 2_000 });
      } catch (last) {
        throw lockError(path, last);
      }
    }
  }
  // Who holds it, for the next writer's takeOverDead; the lock stands without it. Writing into the
  // lock folder changes its mtime, which the library reads as the lock taken by another process,
  // so the mtime it set is put back (its first refresh comes 5 s later). The owner file goes
  // before the release, which removes only an empty folder.
  const owner = join(`${path}.lock`, 'owner');
  try {
    const before = await stat(`${path}.lock`);
    await writeFile(owner, `${hostname()} ${process.pid}\n`);
    await utimes(`${path}.lock`, before.atime, before.mtime);
  } catch {
    // Without an owner file a dead holder's lock is taken over when stale (30 s) instead of at once.
  }
  return async () => {
    await rm(owner, { force: true });
    await release();
  };
}

/** Remove a lock whose owner is a process of this machine that no longer runs; true if removed. */
async function takeOverDead(path: string): Promise<boolean> {
  const owner = await readFile(join(`${path}.lock`, 'owner'), 'utf8').catch(() => '');
  const [host, pid] = owner.trim().split(' ');
  if (host !== hostname() || !Number.isInteger(Number(pid)) || alive(Number(pid))) return false;
  await rm(`${path}.lock`, { recursive: true, force: true });
  return true;
}

function lockError(path: string, err: unknown): StoreError {
  return new StoreError(`cannot lock the graph file ${path}: ${(err as Error).message}`, { cause: err });
}

/** Merge a batch into a graph with the embedded layout (nodes before edges; missing ends are created bare). */
export function applyBatch(graph: MultiDirectedGraph, batch: GraphBatch): void {
  checkBatch(batch);
  for (const n of batch.nodes) {
    const key = nodeKey(n);
    // Attributes are updated in place (mergeInto keeps mergeProps' result without its quadratic cost).
    if (graph.hasNode(key)) Object.assign(mergeInto(graph.getNodeAttributes(key), n.props), { label: n.label, id: n.id });
    // label and id last as well as first: a prop of the same name must not rename the node.
    else graph.addNode(key, Object.assign(mergeInto({ label: n.label, id: n.id }, n.props), { label: n.label, id: n.id }));
  }
  for (const e of batch.edges) {
    const key = edgeKey(e);
    if (graph.hasEdge(key)) Object.assign(mergeInto(graph.getEdgeAttributes(key), e.props), { type: e.type, key: e.key });
    else {
      graph.addDirectedEdgeWithKey(key, ensureNode(graph, e.from), ensureNode(graph, e.to), Object.assign(
        mergeInto({ type: e.type, key: e.key }, e.props), { type: e.type, key: e.key },
      ));
    }
  }
}

/** An edge may name a node no batch has described yet (a parent article); Neo4j MERGEs it the same way. */
function ensureNode(graph: MultiDirectedGraph, ref: NodeRef): string {
  const key = nodeKey(ref);
  if (!graph.hasNode(key)) graph.addNode(key, { label: ref.label, id: ref.id });
  return key;
}

export function countGraph(graph: MultiDirectedGraph): GraphCounts {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  graph.forEachNode((_k, a) => { nodes[a.label] = (nodes[a.label] ?? 0) + 1; });
  graph.forEachEdge((_k, a) => { edges[a.type] = (edges[a.type] ?? 0) + 1; });
  return { nodes, edges } as GraphCounts;
}
