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
 * wait for them, so the cores stay busy whatever its share of merging and saving.
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

export function defaultWorkers(): number {
  return availableParallelism();
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
  // Threads start as chunks need them: a small input does not pay for n start-ups.
  const idleOrNew = () => {
    const idle = workers.find((s) => s.busy === 0);
    if (idle || workers.length >= n) return idle ?? workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const w = new Worker(workerUrl(), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const slot: Slot = { w, busy: 0 };
    w.on('message', ({ seq, ...result }: WorkerReply) => { slot.busy--; inFlight--; done.set(seq, result); notify(); });
    w.on('error', (err) => { failure ??= err; notify(); });
    w.on('exit', (code) => { if (code !== 0) failure ??= new Error(`an extraction worker stopped with exit code ${code}`); notify(); });
    workers.push(slot);
    return slot;
  };
  const input = chunks[Symbol.asyncIterator]();
  let inputDone = false;
  let seq = 0;
  let next = 0;
  const read = async (): Promise<ArticleRecord[] | null> => {
    const r = await input.next();
    if (r.done) inputDone = true;
    return r.done ? null : r.value;
  };
  try {
    for (;;) {
      // Feed the workers first: they must not wait while this thread extracts or writes.
      while (!inputDone && inFlight < n * CHUNKS_PER_WORKER && sent.size < HELD) {
        const chunk = await read();
        if (!chunk) break;
        const slot = idleOrNew();
        slot.busy++;
        inFlight++;
        sent.set(seq, sentOf(chunk));
        slot.w.postMessage({ seq, articles: chunk } satisfies WorkerRequest);
        seq++;
      }
      if (failure) throw failure;
      while (done.has(next)) {
        const result = done.get(next)!;
        const articles = sent.get(next)!;
        done.delete(next);
        sent.delete(next);
        next++;
        yield withArticles(articles, result);
      }
      if (inputDone && next === seq) return;
      if (done.has(next)) continue;
      // The oldest chunk is still with a worker: extract the next one here rather than wait.
      if (!inputDone && sent.size < HELD) {
        // Workers' replies are events: let them in first, and feed a worker that has room.
        await new Promise((r) => setImmediate(r));
        if (failure || done.has(next) || inFlight < n * CHUNKS_PER_WORKER) continue;
        const chunk = await read();
        if (chunk) {
          sent.set(seq, sentOf(chunk));
          done.set(seq, here(chunk));
          seq++;
        }
        continue;
      }
      await new Promise<void>((r) => { wake = r; if (failure || done.has(next)) notify(); });
    }
  } finally {
    await input.return?.();
    await Promise.all(workers.map((s) => s.w.terminate()));
  }
}
