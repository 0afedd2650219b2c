/**
 * The embedded store's file: graphology's export() JSON, written atomically (temp file in the same
 * folder, fsync, rename, fsync the folder) so a crash mid-save leaves the previous file whole, and
 * beside it a binary snapshot (snapshot.ts) that opens several times faster.
 * Input: a graph or a path. Output: the files, or the graph read back (from the snapshot when it
 * matches the JSON, else from the JSON, checked with zod).
 */
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { z } from 'zod';
import { EdgeType, NodeLabel } from '../model.ts';
import { emptyGraph } from './graph.ts';
import { lazyGraph } from './lazy-graph.ts';
import { encodeSnapshot, readSnapshot, snapshotPath, toGraph } from './snapshot.ts';
import { StoreError } from './store.ts';

/** The envelope of a saved graph; attributes beyond label/id and type/key are the model's props. */
const SavedGraph = z.object({
  options: z.looseObject({ type: z.literal('directed'), multi: z.literal(true) }),
  attributes: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: z.looseObject({ label: NodeLabel, id: z.string() }) })),
  edges: z.array(z.object({
    key: z.string(), source: z.string(), target: z.string(),
    attributes: z.looseObject({ type: EdgeType, key: z.string() }),
  })),
});

/**
 * Read a saved graph; a missing file is an empty graph, a broken one a StoreError naming it.
 * `lazy`: only to be read, so from a snapshot the article bookkeeping edges are built when first
 * needed (lazy-graph.ts); the answers are the same.
 */
export async function loadGraph(path: string, { lazy = false }: { lazy?: boolean } = {}): Promise<MultiDirectedGraph> {
  const columns = await readSnapshot(path, { defer: lazy });
  if (columns) return lazy ? lazyGraph(columns) : toGraph(columns);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyGraph();
    throw new StoreError(`cannot read the graph file ${path}: ${(err as Error).message}`, { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new StoreError(`${path} is not a graph file: ${(err as Error).message}`, { cause: err });
  }
  const parsed = SavedGraph.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StoreError(`${path} is not a graph file: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  const graph = emptyGraph();
  try {
    graph.import(parsed.data as SerializedGraph);
  } catch (err) {
    throw new StoreError(`${path} holds a broken graph: ${(err as Error).message}`, { cause: err });
  }
  return graph;
}

/**
 * Save atomically. The JSON is streamed node by node (the same shape as graph.export()) so a graph
 * bigger than one JavaScript string can still be written. `snapshot: false` writes the JSON alone
 * and removes the snapshot it would outdate: a seed's periodic saves, which only bound what a kill
 * loses, while reads want the snapshot of the graph as it ends (written by the seed's last save).
 */
export async function saveGraph(graph: MultiDirectedGraph, path: string, { snapshot = true }: { snapshot?: boolean } = {}): Promise<void> {
  if (!snapshot) {
    // Removed first: a snapshot left beside a newer JSON is ignored anyway (it names the JSON's
    // size and mtime), but it would be disk and a read wasted.
    await rm(snapshotPath(path), { force: true }).catch(() => {});
    await writeFileAtomic(path, serialiseGraph(graph));
    return;
  }
  await writeFileAtomic(path, serialiseGraph(graph));
  // The snapshot names the JSON it copies (size, mtime), so one left behind by a crash between the
  // two writes, or a JSON replaced by hand, is ignored rather than read.
  try {
    const { size, mtimeMs } = await stat(path);
    await writeFileAtomic(snapshotPath(path), encodeSnapshot(graph, { size, mtimeMs }));
  } catch {
    // The JSON is the store; without a snapshot the next open reads it, only slower.
    await rm(snapshotPath(path), { force: true }).catch(() => {});
  }
}

/** graph.export() as JSON text, in pieces. */
export function* serialiseGraph(graph: MultiDirectedGraph): Generator<string> {
  yield `{"options":${JSON.stringify({ type: 'directed', multi: true, allowSelfLoops: graph.allowSelfLoops })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${first ? '' : ','}{"key":${JSON.stringify(node)},"attributes":${JSON.stringify(attributes)}}`;
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    yield `${first ? '' : ','}{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${JSON.stringify(attributes)}}`;
    first = false;
  }
  yield ']}\n';
}

const WRITE_BUFFER = 4 << 20;

async function writeAll(fh: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += (await fh.write(bytes, at)).bytesWritten;
}

/** Write text (or byte) pieces to `path` so that readers see either the old file or the whole new one. */
export async function writeFileAtomic(path: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const fh = await open(tmp, 'w');
    try {
      // Text is encoded into one reused 4 MB buffer as it comes: each piece dies young, where
      // pieces kept for a join outlived the young generation and a whole-graph save grew the old
      // one by hundreds of MB before a full collection; and one syscall per node would be slow.
      const buf = Buffer.allocUnsafe(WRITE_BUFFER);
      let used = 0;
      const flush = async () => {
        await writeAll(fh, buf.subarray(0, used));
        used = 0;
      };
      for (const piece of pieces) {
        if (typeof piece === 'string') {
          // At most 3 UTF-8 bytes per UTF-16 unit: a piece that may not fit goes after a flush, or alone.
          if (piece.length * 3 > WRITE_BUFFER - used) await flush();
          if (piece.length * 3 > WRITE_BUFFER) await writeAll(fh, Buffer.from(piece));
          else used += buf.write(piece, used);
        } else {
          await flush();
          await writeAll(fh, piece);
        }
      }
      await flush();
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
    await syncDir(dir);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => {});
    throw new StoreError(`cannot save the graph file ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Remove temp files that killed saves left beside `path` (their writer's pid is gone); a live
 * process's temp file is its save in progress and is left alone.
 */
export async function removeStaleTemps(path: string): Promise<string[]> {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  const removed: string[] = [];
  for (const f of await readdir(dir).catch(() => [] as string[])) {
    // `.graph.json.<pid>.tmp`, or `.graph.json.snap.<pid>.tmp` for the snapshot's.
    const pid = f.startsWith(prefix) && f.endsWith('.tmp') ? Number(f.slice(0, -4).split('.').pop()) : NaN;
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    await rm(join(dir, f), { force: true }).catch(() => {});
    removed.push(f);
  }
  return removed;
}

/** Whether a process of this machine with that pid still runs (EPERM: it runs, as another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Make the rename itself durable (POSIX needs the folder synced too); not every platform allows it. */
async function syncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic there.
  } finally {
    await fh?.close();
  }
}
