/** An extraction worker of the pool (extract-pool.ts): a chunk of articles in, its folded batch out. */
import { parentPort } from 'node:worker_threads';
import { extractChunk } from './extract-chunk.ts';
import type { WorkerReply, WorkerRequest } from './extract-pool.ts';
import { HeapBound } from './heap.ts';

// The pipeline's data is ~30 MB live; a chunk's garbage is the rest. Collected from 40 MB and 1.25×
// what was live on: with 96 MB and 1.5× the two workers were ~300 MB of a whole-corpus seed's peak.
const heap = new HeapBound(40, 1.25);
parentPort!.on('message', ({ seq, articles }: WorkerRequest) => {
  parentPort!.postMessage({ seq, ...extractChunk(articles) } satisfies WorkerReply);
  heap.check();
});
