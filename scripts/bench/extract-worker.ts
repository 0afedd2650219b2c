/**
 * One extraction worker for the all-cores pass: runs the full pipeline over the files it is given
 * and posts back how many articles and bytes it processed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadArticles } from '../../src/load/index.ts';
import { extract } from '../../src/pipeline.ts';

const { files } = workerData as { files: string[] };
let articles = 0;
let bytes = 0;
for await (const a of loadArticles(files, { onProblem: () => {} })) {
  extract(a);
  articles++;
  bytes += Buffer.byteLength(a.text);
}
parentPort!.postMessage({ articles, bytes });
