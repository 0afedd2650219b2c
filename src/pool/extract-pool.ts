/**
 * Extraction on several cores: this thread and `workers - 1` worker threads extract chunks of
 * articles, and this thread also reads the input and writes the store. Input: an article stream.
 * Output: each chunk's folded batch (pool/extract-chunk.ts) and its failed articles, in input
 * order, so the store receives the same writes as a one-thread run and ends byte-identical.
 *
 * Why this thread extracts too, rather than one worker per core: on 2 cores, 2 workers beside a
 * merging main thread were 3 heaps collecting garbage on 2 cores (V8's collector threads used as
 * much CPU as the extraction) and 3 copies of the runtime in memory. Here this thread keeps its
 * workers fed, folds in what they return, and extracts a chunk itself only when it would otherwise
 * wait for them, so the cores stay busy whatever its share of merging and saving. Each worker reply
 * sends that worker its next chunk, also while the consumer holds a chunk (a store write, a
 * whole-graph save): fed only from the generator's loop, a worker ran dry during every save.
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
  /** Threads that extract: this one and `workers - 1` worker threads (1: this thread alone, no worker). */
  workers?: number;
  /** Articles per chunk: large enough that folding and messaging pay, small enough to balance. */
  chunk?: number;
  /** No chunk spans a multiple of this many articles read: a store write (`kg seed --batch`) ends on a chunk's end. */
  boundary?: number;
}

/** Enough that a worker still has work while this thread extracts a chunk or writes a batch. */
const CHUNKS_PER_WORKER = 3;
/** Chunks read and not yet yielded, whoever extracts them. */
const HELD = 16;
const DEFAULT_CHUNK = 50;

/**
 * A worker's young generation, in MB. V8 sizes it for the machine's memory, and every MB of it is
 * resident in every worker; extraction's garbage dies young at 8 MB too. Pool alone on 8,000
 * corpus articles, 2 workers: peak RSS 412 -> 375 MB, time within the machine's noise.
 */
const WORKER_YOUNG_MB = 8;

/**
 * Extracting threads when none are asked for: one per core but one. The core left over is not idle:
 * V8's collector threads (parallel scavenges, concurrent marking) and the main thread's reads,
 * merges and saves use it. On this project's 2-core machine a whole-corpus seed took 29.3–34.3 s on
 * one extracting thread against 35.4–38.4 s on two, the second thread adding ~20 s of CPU (its own
 * heap to collect, its own word cache, every batch copied between threads): docs/startup.md, round 5.
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

export async function* extractChunks(articles: AsyncIterable<ArticleRecord>, opts: PoolOptions = {}): AsyncGenerator<ExtractedChunk> {
  const n = opts.workers ?? defaultWorkers();
  const chunks = cut(articles, opts.chunk ?? DEFAULT_CHUNK, opts.boundary ?? Infinity);
  const { extractChunk } = await import('./extract-chunk.ts');
  if (n > 1) {
    yield* pooled(chunks, n - 1, extractChunk);
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

async function* pooled(chunks: AsyncIterable<ArticleRecord[]>, n: number, here: (articles: ArticleRecord[]) => ChunkResult): AsyncGenerator<ExtractedChunk> {
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
  // The feeder and this thread's own extraction both take chunks: one read at a time, numbered as read.
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
    const w = new Worker(workerUrl(), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
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
      // The oldest chunk is still with a worker: extract the next one here rather than wait.
      if (!inputDone && seq - next < HELD && !room()) {
        // Workers' replies are events: let them in first, and feed a worker that has room.
        await new Promise((r) => setImmediate(r));
        if (failure || done.has(next) || room()) continue;
        const t = await take();
        if (t) done.set(t.seq, here(t.chunk));
        continue;
      }
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
