/**
 * Extraction on several cores: `workers` worker threads extract chunks of articles while this thread
 * reads the input, folds in what they return and writes the store. Input: an article stream.
 * Output: each chunk's folded batch (pool/extract-chunk.ts) and its failed articles, in input
 * order, so the store receives the same writes as a one-thread run and ends byte-identical.
 *
 * Why this thread does not extract beside its workers: it holds the graph (~250 MB live for the
 * whole corpus), and extraction's garbage in that heap made its full collections, each marking the
 * whole graph, the largest cost of a seed. A worker's heap holds only the pipeline's data (~30 MB),
 * so its collections are cheap; this thread then allocates little besides the batches it merges.
 * With no worker (`workers: 0`, one core) this thread extracts alone. Each worker reply sends that
 * worker its next chunk, also while the consumer holds a chunk (a store write, a whole-graph save):
 * fed only from the generator's loop, a worker ran dry during every save.
 *
 * Memory stays bounded: each worker has at most CHUNKS_PER_WORKER chunks, and at most
 * HELD chunks are read and not yet returned, in order; the input is not pulled beyond that. A
 * chunk sent keeps only its articles' ids and origins here, not their texts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleRecord, GraphBatch } from '../model.ts';
import type { ChunkResult } from './extract-chunk.ts';

/** What is left of an article once it was sent: enough to name it in a problem report. */
export type SentArticle = Pick<ArticleRecord, 'id' | 'origin'>;

export interface ExtractedChunk {
  articles: SentArticle[];
  /** Every node and edge of the chunk's articles, each once, merged. */
  batch: GraphBatch;
  failures: { article: SentArticle; error: Error }[];
}

export interface WorkerRequest { seq: number; articles: ArticleRecord[] }
export type WorkerReply = { seq: number } & ChunkResult;

export interface PoolOptions {
  /** Worker threads that extract (0: this thread extracts alone). */
  workers?: number;
  /** Articles per chunk: large enough that folding and messaging pay, small enough to balance. */
  chunk?: number;
  /** No chunk spans a multiple of this many articles read: a store write (`kg seed --batch`) ends on a chunk's end. */
  boundary?: number;
}

/** Enough that a worker still has work while this thread writes a batch or saves. */
const CHUNKS_PER_WORKER = 3;
/** Chunks read and not yet yielded, whoever extracts them. */
const HELD = 16;
const DEFAULT_CHUNK = 50;

/**
 * A worker's heap, in MB: its young generation and a cap on its old one (V8 sizes both for the
 * machine's memory, and every MB is resident in every worker). Under the cap V8 collects the old
 * generation itself, marking concurrently on its helper threads. The worker used to force a full
 * collection between chunks instead (a HeapBound, as this thread still does): an atomic pause on
 * the extracting thread, which also freed the hidden classes of the chunk's objects, so V8 threw
 * away and recompiled the optimised pipeline each time. Whole corpus on 2 cores, one worker: 35.3 s
 * → 27.4 s, peak RSS 455 → 438 MB (docs/startup.md, round 9). With nothing forced, a larger young
 * generation pays: fewer scavenges, each on the extracting thread's path (16 MB 26.3 / 28.7 s, 32 MB
 * 24.3 / 24.5 s, 48 MB 25.9 / 25.5 s; 20 MB more resident). The pipeline keeps ~30–45 MB live; a
 * worker that still outgrew the cap would fail the seed with V8's out-of-memory error, not take
 * the machine's memory.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 128 };

/**
 * Extraction workers when none are asked for: one per core but one, none on one core. The core
 * left over runs this thread's reads, merges and saves and V8's collector threads; on one core a
 * worker would only add its start-up, its heap and the copies of every batch.
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return Math.max(0, cores - 1);
}

export async function* extractChunks(articles: AsyncIterable<ArticleRecord>, opts: PoolOptions = {}): AsyncGenerator<ExtractedChunk> {
  const n = opts.workers ?? defaultWorkers();
  const chunks = cut(articles, opts.chunk ?? DEFAULT_CHUNK, opts.boundary ?? Infinity);
  const { extractChunk } = await import('./extract-chunk.ts');
  if (n > 0) {
    yield* pooled(chunks, n);
    return;
  }
  for await (const chunk of chunks) yield withArticles(sentOf(chunk), extractChunk(chunk));
}

/** The input in chunks of at most `size`, none crossing a multiple of `boundary` articles. */
async function* cut(articles: AsyncIterable<ArticleRecord>, size: number, boundary: number): AsyncGenerator<ArticleRecord[]> {
  let chunk: ArticleRecord[] = [];
  let read = 0;
  for await (const a of articles) {
    chunk.push(a);
    read++;
    if (chunk.length >= size || read % boundary === 0) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

const sentOf = (articles: ArticleRecord[]): SentArticle[] => articles.map(({ id, origin }) => ({ id, origin }));

function withArticles(articles: SentArticle[], r: ChunkResult): ExtractedChunk {
  return { articles, batch: r.batch, failures: r.failures.map(([i, message]) => ({ article: articles[i]!, error: new Error(message) })) };
}

/**
 * Under tsx the sources are .ts and a worker starts without the parent's loader, so a small .mjs
 * registers it first; a compiled build runs its .js worker directly.
 */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./worker.mjs', import.meta.url) : new URL('./worker.js', import.meta.url);
}

interface Slot { w: Worker; busy: number }

async function* pooled(chunks: AsyncIterable<ArticleRecord[]>, n: number): AsyncGenerator<ExtractedChunk> {
  const sent = new Map<number, SentArticle[]>();
  const done = new Map<number, ChunkResult>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => { wake?.(); wake = null; };
  const workers: Slot[] = [];
  let inFlight = 0;
  const input = chunks[Symbol.asyncIterator]();
  let inputDone = false;
  let seq = 0;
  let next = 0;
  // Chunks are numbered as read, one read at a time; closing the pool waits for the read under way.
  let reading: Promise<unknown> = Promise.resolve();
  const take = (): Promise<{ seq: number; chunk: ArticleRecord[] } | null> => {
    const taken = reading.then(async () => {
      if (inputDone) return null;
      const r = await input.next();
      if (r.done) {
        inputDone = true;
        return null;
      }
      sent.set(seq, sentOf(r.value));
      return { seq: seq++, chunk: r.value };
    });
    reading = taken.catch(() => {});
    return taken;
  };
  const room = () => !inputDone && !failure && inFlight < n * CHUNKS_PER_WORKER && seq - next < HELD;
  // Workers are fed from their replies, not from this generator's loop: while the consumer writes
  // or saves the store (seconds for a large graph), the generator is suspended at a yield, and a
  // worker fed only from there ran dry after its few queued chunks. HELD still bounds what waits.
  let feeding = false;
  const feed = async () => {
    if (feeding) return;
    feeding = true;
    try {
      while (room()) {
        const t = await take();
        if (!t) break;
        const slot = idleOrNew();
        slot.busy++;
        inFlight++;
        slot.w.postMessage({ seq: t.seq, articles: t.chunk } satisfies WorkerRequest);
      }
    } catch (err) {
      failure ??= err as Error;
    } finally {
      feeding = false;
      notify();
    }
  };
  // Threads start as chunks need them: a small input does not pay for n start-ups.
  const idleOrNew = () => {
    const idle = workers.find((s) => s.busy === 0);
    if (idle || workers.length >= n) return idle ?? workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const w = new Worker(workerUrl(), { resourceLimits: WORKER_HEAP });
    const slot: Slot = { w, busy: 0 };
    w.on('message', ({ seq: s, ...result }: WorkerReply) => { slot.busy--; inFlight--; done.set(s, result); notify(); void feed(); });
    w.on('error', (err) => { failure ??= err; notify(); });
    w.on('exit', (code) => { if (code !== 0) failure ??= new Error(`an extraction worker stopped with exit code ${code}`); notify(); });
    workers.push(slot);
    return slot;
  };
  try {
    for (;;) {
      void feed();
      if (failure) throw failure;
      while (done.has(next)) {
        const result = done.get(next)!;
        const articles = sent.get(next)!;
        done.delete(next);
        sent.delete(next);
        next++;
        yield withArticles(articles, result);
        // The consumer took its time: the workers may have room again.
        void feed();
      }
      if (failure) throw failure;
      if (inputDone && next === seq) return;
      await new Promise<void>((r) => { wake = r; if (failure || done.has(next) || (inputDone && next === seq) || (room() && !feeding)) notify(); });
    }
  } finally {
    // A reply still arriving must not feed a pool being closed.
    inputDone = true;
    await reading;
    await input.return?.();
    await Promise.all(workers.map((s) => s.w.terminate()));
  }
}
