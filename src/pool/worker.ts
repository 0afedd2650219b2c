/** An extraction worker of the pool (extract-pool.ts): a chunk of articles in, its folded batch out. */
import { parentPort } from 'node:worker_threads';
import { extractChunk } from './extract-chunk.ts';
import type { WorkerReply, WorkerRequest } from './extract-pool.ts';
import { HeapBound } from './heap.ts';

// The pipeline's data is ~30 MB live; a chunk's garbage is the rest, and the 16 MB young
// generation (extract-pool.ts) counts in the used heap. Collected from 64 MB and 1.5× what was live
// on: at 40 MB and 1.25× the worker ran a full collection every ~10 MB promoted, and its collector
// threads used more CPU than its extraction; at 96 MB and 1.5× two workers were ~300 MB of a
// whole-corpus seed's peak.
const heap = new HeapBound(64, 1.5);
parentPort!.on('message', ({ seq, articles }: WorkerRequest) => {
  parentPort!.postMessage({ seq, ...extractChunk(articles) } satisfies WorkerReply);
  heap.check();
});
