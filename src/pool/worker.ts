/** An extraction worker of the pool (extract-pool.ts): a chunk of articles in, their batches out, in order. */
import { parentPort } from 'node:worker_threads';
import { extractOne, type WorkerReply, type WorkerRequest } from './extract-pool.ts';
import { HeapBound } from './heap.ts';

// The pipeline's data is ~30 MB live; a chunk's garbage is the rest.
const heap = new HeapBound(96);
parentPort!.on('message', ({ seq, articles }: WorkerRequest) => {
  parentPort!.postMessage({ seq, results: articles.map(extractOne) } satisfies WorkerReply);
  heap.check();
});
