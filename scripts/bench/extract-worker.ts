/**
 * One extraction worker for the all-cores pass: runs the full pipeline over its share of the
 * articles (every `every`-th one from `skip`, up to `limit` in all) and posts back the count.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadArticles } from '../../src/load/index.ts';
import { extract } from '../../src/pipeline.ts';

const { files, skip, every, limit } = workerData as { files: string[]; skip: number; every: number; limit: number };
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
