/** An extraction worker of the pool (extract-pool.ts): a chunk of articles in, their batches out, in order. */
import { parentPort } from 'node:worker_threads';
import { extractOne, type WorkerReply, type WorkerRequest } from './extract-pool.ts';

parentPort!.on('message', ({ seq, articles }: WorkerRequest) => {
  parentPort!.postMessage({ seq, results: articles.map(extractOne) } satisfies WorkerReply);
});
