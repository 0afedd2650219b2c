// Measures the stores alone on the whole SaudiNewsNet corpus (not a test; run by hand):
//   node --import tsx test/store/helpers/measure-corpus.ts [graph.json] [bolt://…]
// Extracts every article first (untimed), then times writing the batches (500 articles per write,
// as `kg seed` does) into each store, and a second identical seed to check it changes nothing.
import { resolve } from 'node:path';
import { loadArticles } from '../../../src/load/index.ts';
import { extract } from '../../../src/pipeline.ts';
import { concatBatches } from '../../../src/resolve/index.ts';
import { openStore } from '../../../src/store/index.ts';
import type { GraphBatch } from '../../../src/model.ts';

const corpus = process.env.KG_CORPUS_DIR ?? resolve(import.meta.dirname, '../../../../shared/corpora/saudinewsnet');
const targets = process.argv.slice(2);
const batches: GraphBatch[] = [];
let pending: GraphBatch[] = [];
let articles = 0;
let failed = 0;
let firstFailure = '';
let t = performance.now();
for await (const a of loadArticles([corpus], { onProblem: () => {} })) {
  // Measure the stores even while a pipeline stage still throws on some article; say how many.
  try {
    pending.push(extract(a).batch);
  } catch (err) {
    failed++;
    firstFailure ||= `${a.id}: ${(err as Error).message}`;
    continue;
  }
  articles++;
  if (pending.length === 500) { batches.push(concatBatches(pending)); pending = []; }
}
if (pending.length) batches.push(concatBatches(pending));
const records = batches.reduce((n, b) => n + b.nodes.length + b.edges.length, 0);
if (failed) console.log(`extraction threw on ${failed} articles (first: ${firstFailure})`);
console.log(`extracted ${articles} articles (${records} node+edge records) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
for (const target of targets) {
  for (const run of ['first seed', 'same seed again']) {
    const store = await openStore(target);
    t = performance.now();
    for (const b of batches) await store.write(b);
    await store.flush?.();
    const secs = (performance.now() - t) / 1000;
    const counts = await store.counts();
    await store.close();
    console.log(`${store.kind} ${run}: ${secs.toFixed(2)} s (${(articles / secs).toFixed(0)} articles/s) ${JSON.stringify(counts)}`);
  }
}
