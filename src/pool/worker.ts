/** An extraction worker of the pool (extract-pool.ts): a chunk of articles in, its folded batch out. */
import { parentPort } from 'node:worker_threads';
import { extractChunk } from './extract-chunk.ts';
import type { WorkerReply, WorkerRequest } from './extract-pool.ts';

// No collection is forced here: the worker's heap is capped when it starts (extract-pool.ts
// WORKER_HEAP) and V8 collects it concurrently.
parentPort!.on('message', ({ seq, articles }: WorkerRequest) => {
  parentPort!.postMessage({ seq, ...extractChunk(articles) } satisfies WorkerReply);
});
