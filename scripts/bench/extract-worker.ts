/**
 * One extraction worker for the all-cores pass: runs the full pipeline over its share of the
 * articles (every `every`-th one from `skip`, up to `limit` in all) and posts back the count.
 * It first warms up like the one-worker pass (modules loaded, the JIT fed `warmup` articles), posts
 * 'ready', and starts the timed pass on 'go', so the pass compares steady states, not thread start-up.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadArticles } from '../../src/load/index.ts';
import { extract } from '../../src/pipeline.ts';

const { files, skip, every, limit, warmup } = workerData as { files: string[]; skip: number; every: number; limit: number; warmup: number };
let warmed = 0;
for await (const a of loadArticles(files, { onProblem: () => {} })) {
  if (warmed++ >= warmup) break;
  extract(a);
}
parentPort!.postMessage({ ready: true });
await new Promise((resolve) => parentPort!.once('message', resolve));
let seen = 0;
let articles = 0;
for await (const a of loadArticles(files, { onProblem: () => {} })) {
  if (seen >= limit) break;
  if (seen++ % every === skip) {
    extract(a);
    articles++;
  }
}
parentPort!.postMessage({ articles });
