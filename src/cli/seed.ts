/**
 * `kg seed [inputs…]`: load articles, run the pipeline on each, and write the graph to a store.
 * Input: files or folders (default seed/). Output: the store, plus a summary of what was loaded,
 * skipped and failed and the node/edge counts per label and type.
 */
import { stat } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { LoadError, LoadSummary, problem } from '../load/problems.ts';
import type { LoadProblem } from '../load/article.ts';
import { defaultWorkers } from '../pool/extract-pool.ts';
import { HeapBound } from '../pool/heap.ts';
import type { GraphBatch, GraphCounts } from '../model.ts';
import { UserError } from './errors.ts';

export interface SeedOptions {
  store?: string;
  strict?: boolean;
  batch: number;
  quiet?: boolean;
  /** Extraction worker threads (default 0 here: the main thread extracts; one per core but one for `kg seed`). */
  workers?: number;
}

export function seedCommand(): Command {
  return new Command('seed')
    .description('load articles (text pages, JSONL, SaudiNewsNet .json/.zip; files or folders) into the graph')
    .argument('[inputs...]', 'files or folders to load', ['seed'])
    .option('--store <path|uri>', 'embedded store file, or a Neo4j URI (bolt://, neo4j://, neo4j+s://); default: $NEO4J_URI, else .kg/graph.json')
    .option('--strict', 'stop at the first bad input with a non-zero exit')
    .addOption(new Option('--batch <n>', 'articles per store write').default(500).argParser(wholeNumber('--batch', 1)))
    .addOption(new Option('--workers <n>', 'extraction worker threads; 0 extracts on the main thread (the graph is the same whatever the number; default: one per core but one)').default(defaultWorkers()).argParser(wholeNumber('--workers', 0)))
    .option('-q, --quiet', 'print only the final summary')
    .action(async (inputs: string[], opts: SeedOptions) => {
      try {
        const { summary, counts, target } = await seed(inputs, opts);
        process.stdout.write(formatSeedReport(summary, counts, target));
        // A script must be able to tell a run that loaded nothing from one that did.
        if (summary.loaded === 0) throw new UserError(`nothing was loaded from ${inputs.join(', ')} (see the problems above)`, 3);
      } catch (err) {
        // --strict: the loader throws at the first problem; what was written before it stays stored.
        if (err instanceof LoadError) throw new UserError(`stopped (--strict): ${err.message}`, 2);
        throw err;
      }
    });
}

/** A UserError, not commander's InvalidArgumentError: one line, no usage block after it. */
function wholeNumber(flag: string, least: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < least) throw new UserError(`${flag} takes a whole number ${least > 0 ? `above ${least - 1}` : 'of 0 or more'}, not "${v}"`);
    return n;
  };
}

/** A mistyped path is found before the store is opened, so nothing is written for it. */
async function checkInputs(inputs: string[]): Promise<void> {
  const missing: string[] = [];
  for (const input of inputs) if (!(await stat(input).catch(() => null))) missing.push(input);
  if (missing.length) throw new UserError(`no such file or folder: ${missing.join(', ')} (nothing was loaded)`);
}

/** The main thread's heap bound: it holds the graph (~250 MB live for the whole corpus) and the batches in flight. */
const MAIN_HEAP_FLOOR_MB = 192;
/** Collect when the heap is 1.25× what was live (not 1.5×): ~60 MB less resident at the whole corpus's size. */
const MAIN_HEAP_GROWTH = 1.25;

/** Seed a store from inputs; the programmatic twin of `kg seed`. */
export async function seed(inputs: string[], opts: SeedOptions): Promise<{ summary: LoadSummary; counts: GraphCounts; target: string }> {
  await checkInputs(inputs);
  // Loaded here, not at the top: `kg --help` must not pay for the pipeline and the stores.
  const [{ loadArticles }, { extractChunks }, { concatBatches }, { defaultTarget, openStore }, { consolidate, Touched }, { Progress }] = await Promise.all([
    import('../load/load.ts'), import('../pool/extract-pool.ts'), import('../resolve/index.ts'), import('../store/open.ts'), import('../store/consolidate.ts'),
    // cli-progress alone cost every command ~0.1 s of loading under load, `kg --help` included.
    import('./progress.ts'),
  ]);
  const store = await openStore(opts.store, process.env, { onWait: (m) => process.stderr.write(`kg: ${m}\n`) });
  const target = opts.store ?? defaultTarget();
  // Reading a saved graph leaves its text and parse behind: collected before the load starts, so a
  // re-seed's extraction starts from the graph's live size, as a first seed's ends.
  const heap = new HeapBound(MAIN_HEAP_FLOOR_MB, MAIN_HEAP_GROWTH);
  heap.collect();
  const summary = new LoadSummary();
  const tty = process.stderr.isTTY === true;
  const progress = new Progress(!opts.quiet && tty, !opts.quiet && !tty);
  const onProblem = (p: LoadProblem) => {
    summary.add(p);
    if (!opts.quiet) progress.log(formatProblem(p));
  };
  // Ctrl-C or a TERM ends the load after the article at hand and saves what was read; a second
  // one kills as usual (the handlers are once).
  let interrupted: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals) => { interrupted = sig; };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    let pending: GraphBatch[] = [];
    let read = 0;
    let turn = Date.now();
    // Reports of one event in several articles become one node or edge once all are stored.
    const touched = new Touched();
    const write = async (batch: GraphBatch) => { touched.add(batch); await store.write(batch); };
    const articles = loadArticles(inputs, { onProblem, strict: opts.strict });
    // A write every `batch` articles read, whatever the thread count: where writes end decides
    // where a node first met as an edge's end is created, so it must not depend on the threads.
    for await (const chunk of extractChunks(articles, { workers: opts.workers ?? 0, boundary: opts.batch })) {
      if (interrupted) break;
      heap.check();
      // Chunks already extracted arrive as microtasks, which starve timers: the store lock's
      // refresh among them, and a lock not refreshed for 30 s is taken over by the next writer.
      // Let the event loop turn every 100 ms.
      if (Date.now() - turn > 100) {
        await new Promise((r) => setImmediate(r));
        turn = Date.now();
      }
      for (const { article, error } of chunk.failures) {
        // A bug met on one article must not cost the rest of the load: report it like bad input.
        const failure = problem(article.origin, 'failed', 'extract-error', `article ${article.id} could not be extracted: ${error.message}`);
        if (opts.strict) throw new UserError(`stopped (--strict): ${failure.message}`, 2);
        onProblem(failure);
      }
      pending.push(chunk.batch);
      read += chunk.articles.length;
      summary.loaded += chunk.articles.length - chunk.failures.length;
      progress.tick(summary.loaded);
      if (read % opts.batch === 0) {
        await write(concatBatches(pending));
        pending = [];
      }
    }
    if (pending.length) await write(concatBatches(pending));
    // The extraction's garbage, and then consolidation's, collected before the next phase adds its
    // own: a re-seed's peak was at its end, 50 MB above its extraction.
    heap.collect();
    await consolidate(store, touched);
    heap.collect();
    progress.stop(summary.loaded);
    if (interrupted) {
      await store.close();
      throw new UserError(`interrupted (${interrupted}): the ${summary.loaded} articles read are saved in ${target}; run the same command again to finish (nothing is stored twice)`, 130);
    }
    const counts = await store.counts();
    return { summary, counts, target };
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    progress.stop(summary.loaded);
    await store.close();
  }
}

/** The loader's message already names the file and the line or record. */
function formatProblem(p: LoadProblem): string {
  return `kg: ${p.outcome}: ${p.message}`;
}

export function formatSeedReport(summary: LoadSummary, counts: GraphCounts, target: string): string {
  const lines = [summary.format(), `store: ${target}`, 'nodes:'];
  for (const [label, n] of Object.entries(counts.nodes).sort()) lines.push(`  ${label.padEnd(16)} ${n}`);
  lines.push('edges:');
  for (const [type, n] of Object.entries(counts.edges).sort()) lines.push(`  ${type.padEnd(16)} ${n}`);
  return lines.join('\n') + '\n';
}
