/**
 * The corpus-scale benchmark (`npm run bench [-- --quick]`). Every figure is a ratio against a
 * baseline measured in the same run on the same machine: extraction vs. a read+decode+normalise
 * pass, the batched Neo4j writer vs. a naive one, cost at 1/8…1 of the corpus vs. the whole.
 * Writes .bench/report.{md,json} (ignored by git) with the machine's cores, memory and Node version.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ArticleRecord, GraphBatch } from '../../src/model.ts';
import { corpusJsonl, readCorpus } from '../../src/load/corpus.ts';
import { loadArticles } from '../../src/load/index.ts';
import { normalise } from '../../src/normalise/index.ts';
import { extract } from '../../src/pipeline.ts';
import { defaultWorkers } from '../../src/pool/extract-pool.ts';
import { EmbeddedQueries } from '../../src/query/embedded.ts';
import { Neo4jQueries } from '../../src/query/neo4j.ts';
import type { QueryApi } from '../../src/query/api.ts';
import { edgeStatements, nodeStatements } from '../../src/store/cypher.ts';
import { EmbeddedStore } from '../../src/store/embedded.ts';
import { Neo4jStore } from '../../src/store/neo4j.ts';
import { percentile, perSecond, round, timed } from './stats.ts';
// @ts-expect-error: a plain .mjs script without types
import { benchCli, TARGET_MS } from '../bench-cli.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const FRACTIONS = [1 / 8, 1 / 4, 1 / 2, 1];

interface Options { quick: boolean; corpus: string; out: string; queryRuns: number; limit: number }

function parseArgs(argv: string[]): Options | null {
  const o: Options = {
    quick: false,
    corpus: process.env.KG_CORPUS_DIR ?? path.resolve(ROOT, '../shared/corpora/saudinewsnet'),
    out: path.join(ROOT, '.bench'),
    queryRuns: 1000,
    limit: Infinity,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--corpus') o.corpus = path.resolve(argv[++i] ?? '');
    else if (a === '--out') o.out = path.resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') return null;
    else throw new Error(`bench: unknown option ${a}`);
  }
  if (o.quick) {
    o.queryRuns = 200;
    o.limit = 300;
  }
  return o;
}

const HELP = `usage: npm run bench [-- --quick] [-- --corpus DIR] [-- --out DIR]
Runs the corpus-scale benchmark and writes DIR/report.md and DIR/report.json (default .bench/).
  --quick        300 articles of the smallest zip and 200 query runs: checks the benchmark runs (CI)
  --corpus DIR   SaudiNewsNet folder (default $KG_CORPUS_DIR, else ../shared/corpora/saudinewsnet)
Neo4j: $NEO4J_URI/$NEO4J_USER/$NEO4J_PASSWORD, else the project's local server (npm run neo4j:start).`;

export async function main(argv: string[]): Promise<number> {
  let opts: Options | null;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${HELP}\n`);
    return 2;
  }
  if (!opts) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (!existsSync(opts.corpus)) {
    process.stderr.write(`bench: corpus folder ${opts.corpus} not found (set KG_CORPUS_DIR)\n`);
    return 2;
  }
  const zips = readdirSync(opts.corpus).filter((f) => f.endsWith('.zip')).sort().map((f) => path.join(opts!.corpus, f));
  // Quick mode takes the smallest zip so CI checks the code paths, not the timings.
  const files = opts.quick ? [zips.reduce((a, b) => (statSync(a).size <= statSync(b).size ? a : b))] : zips;
  const report: Record<string, unknown> = {
    when: new Date().toISOString(),
    mode: opts.quick ? 'quick' : 'full',
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', memory_gb: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.platform()} ${os.release()}` },
    corpus: { folder: opts.corpus, files: files.map((f) => path.basename(f)) },
  };
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

  // The extraction passes run first, in a heap holding nothing else: the corpus read into memory
  // for the later sections (~100 MB of text and records) would charge them its garbage collection.
  // JIT warm-up on the first articles, so the first timed pass is not charged for compilation.
  let warm = 0;
  for await (const a of loadArticles(files, { onProblem: () => {} })) {
    if (warm++ >= 300) break;
    extract(a);
  }
  log('extraction: baseline (read+decode+normalise+tokenise) vs. full pipeline…');
  const passes = await extractionSection(files, opts.limit);

  log(`reading ${files.length} file(s)…`);
  const records: ArticleRecord[] = [];
  for await (const a of loadArticles(files, { onProblem: () => {} })) {
    if (records.length >= opts.limit) break;
    records.push(a);
  }
  const bytes = records.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  report.corpus = { ...(report.corpus as object), articles: records.length, text_mb: round(bytes / 2 ** 20) };
  report.extraction = passes(bytes);

  log('growth: extraction at 1/8 … 1 of the corpus…');
  const growth: Record<string, unknown>[] = [];
  let full: GraphBatch[] = [];
  for (const f of FRACTIONS) {
    const slice = records.slice(0, Math.max(1, Math.round(records.length * f)));
    const { ms, value } = await timed(() => slice.map((a) => extract(a).batch));
    growth.push({ fraction: f, articles: slice.length, extract_ms: round(ms), extract_us_per_article: round((ms * 1000) / slice.length) });
    if (f === 1) full = value;
  }
  const graphSize = full.reduce((s, b) => s + b.nodes.length + b.edges.length, 0);

  log('embedded store: ingest and queries…');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
  const embedded = await EmbeddedStore.open(path.join(tmp, 'graph.json'));
  const embIngest = await timed(async () => {
    for (let i = 0; i < full.length; i += 500) await embedded.write(concat(full.slice(i, i + 500)));
  });
  const counts = await embedded.counts();
  report.graph = { records_written: graphSize, counts };
  const embeddedQueries = new EmbeddedQueries(embedded.graph);
  const params = await pickParams(embeddedQueries);
  report.embedded = {
    ingest_ms: round(embIngest.ms),
    ingest_records_per_s: perSecond(graphSize, embIngest.ms),
    queries: await querySection(embeddedQueries, params, opts.queryRuns),
  };

  log('peak memory of `kg seed` into the embedded store…');
  report.memory = memorySection(opts.quick ? [sampleJsonl(records, tmp)] : files, opts.quick, tmp);
  log('`kg seed` on 1 core and on 2, on 1 worker and on every core, first seed and re-seed (non-reserved articles as JSONL)…');
  report.seed = await seedSection(opts.quick ? sampleJsonl(records, tmp) : await nonReservedJsonl(tmp), tmp, opts.quick ? 1 : 3);
  log('`kg query` and `kg ask` as whole processes on the seeded store, with its snapshot and from its JSON alone…');
  report.cli = cliSection(path.join(tmp, 'seed-n.json'), tmp, opts.quick ? 2 : 5);

  const conn = neo4jConnection();
  if (!conn) {
    const msg = 'no Neo4j: set NEO4J_URI or run `npm run neo4j:start`';
    if (process.env.CI === 'true') throw new Error(`bench: ${msg}`);
    report.neo4j = { skipped: msg };
  } else {
    log(`Neo4j at ${conn.uri}: batched vs. naive writer, growth, queries…`);
    try {
      report.neo4j = await neo4jSection(conn, full, growth, params, opts);
    } finally {
      // A server the bench started itself (a 1 GB JVM) is stopped again, as npm test does.
      if (conn.started) spawnSync(process.execPath, [path.join(ROOT, 'scripts/neo4j.mjs'), 'stop'], { stdio: 'inherit', cwd: ROOT });
    }
  }
  report.growth = growth;
  rmSync(tmp, { recursive: true, force: true });

  mkdirSync(opts.out, { recursive: true });
  writeFileSync(path.join(opts.out, 'report.json'), JSON.stringify(report, null, 2));
  const md = toMarkdown(report);
  writeFileSync(path.join(opts.out, 'report.md'), md);
  process.stdout.write(md);
  log(`report written to ${path.relative(process.cwd(), path.join(opts.out, 'report.md'))} and report.json`);
  return 0;
}

const concat = (bs: GraphBatch[]): GraphBatch => ({ nodes: bs.flatMap((b) => b.nodes), edges: bs.flatMap((b) => b.edges) });

/** The three passes; MB/s are filled in once the corpus's size is known. */
async function extractionSection(files: string[], limit: number) {
  const pass = async (work: (a: ArticleRecord) => unknown) => timed(async () => {
    let n = 0;
    for await (const a of loadArticles(files, { onProblem: () => {} })) {
      if (n >= limit) break;
      work(a);
      n++;
    }
    return n;
  });
  const base = await pass((a) => normalise(a));
  const one = await pass((a) => extract(a));
  const cores = os.cpus().length;
  const all = await parallelExtract(files, cores, limit);
  return (bytes: number) => {
    const mb = bytes / 2 ** 20;
    return {
      baseline: { ms: round(base.ms), articles_per_s: perSecond(base.value, base.ms), mb_per_s: perSecond(mb, base.ms) },
      pipeline_1_worker: { ms: round(one.ms), articles_per_s: perSecond(one.value, one.ms), mb_per_s: perSecond(mb, one.ms) },
      pipeline_all_cores: { workers: cores, ms: round(all.ms), articles_per_s: perSecond(all.value, all.ms), mb_per_s: perSecond(mb, all.ms) },
      ratio_pipeline_to_baseline_throughput: round(base.ms / one.ms, 3),
      speedup_all_cores: round(one.ms / all.ms, 2),
    };
  };
}

/**
 * Spread the files over `workers` threads, biggest first, and run the full pipeline in each; timed from
 * when every worker is warm (as the one-worker pass is) to when the last one finishes.
 */
async function parallelExtract(files: string[], workers: number, limit: number): Promise<{ ms: number; value: number }> {
  // A sample smaller than the files (quick mode) is split by article instead: each worker takes a share.
  if (Number.isFinite(limit)) {
    return runWorkers(Array.from({ length: workers }, (_, i) => ({ files, skip: i, every: workers, limit })));
  }
  const bins: { size: number; files: string[] }[] = Array.from({ length: Math.min(workers, files.length) }, () => ({ size: 0, files: [] }));
  for (const f of [...files].sort((a, b) => statSync(b).size - statSync(a).size)) {
    const bin = bins.reduce((a, b) => (a.size <= b.size ? a : b));
    bin.files.push(f);
    bin.size += statSync(f).size;
  }
  return runWorkers(bins.map((bin) => ({ files: bin.files, skip: 0, every: 1, limit: Infinity })));
}

const WORKER_WARMUP = 300;

async function runWorkers(jobs: { files: string[]; skip: number; every: number; limit: number }[]): Promise<{ ms: number; value: number }> {
  const started = jobs.map((job) => {
    const w = new Worker(new URL('./extract-worker.mjs', import.meta.url), { workerData: { ...job, warmup: WORKER_WARMUP } });
    let ready!: () => void;
    let done!: (n: number) => void;
    const readyP = new Promise<void>((r) => { ready = r; });
    const doneP = new Promise<number>((resolve, reject) => {
      done = resolve;
      w.once('error', reject);
      w.once('exit', (code) => code !== 0 && reject(new Error(`extraction worker exited with ${code}`)));
    });
    w.on('message', (m: { ready?: boolean; articles?: number }) => (m.ready ? ready() : done(m.articles!)));
    return { w, readyP, doneP };
  });
  await Promise.all(started.map((s) => s.readyP));
  const t0 = performance.now();
  for (const s of started) s.w.postMessage('go');
  const counts = await Promise.all(started.map((s) => s.doneP));
  return { ms: performance.now() - t0, value: counts.reduce((a, b) => a + b, 0) };
}

interface Params { state: string; vetoer: string; visited: string; edge: { from: string; to?: string } }

/** Query parameters taken from the graph itself: the busiest state in each kind of fact. */
async function pickParams(q: QueryApi): Promise<Params> {
  const top = (xs: string[], fallback: string) => {
    const c = new Map<string, number>();
    for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
    return [...c.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  };
  const agreements = await q.agreements({});
  const vetoes = await q.vetoes({});
  const visits = await q.visits({});
  // The state in most agreements: parties also hold organisations (EU) and UN bodies, which the
  // state filter does not take; states are the ISO alpha-3 codes.
  const state = top(agreements.flatMap((a) => a.parties).filter((p) => /^[A-Z]{3}$/.test(p)), 'SAU');
  const visited = top(visits.map((v) => v.to), 'SAU');
  // One edge for "evidence of an edge": the state's most reported agreement (PARTY_TO).
  const agreement = agreements.filter((a) => a.parties.includes(state)).sort((a, b) => b.sources.length - a.sources.length)[0];
  return { state, vetoer: top(vetoes.map((v) => v.by), 'RUS'), visited, edge: { from: state, to: agreement ? `Agreement:${agreement.id}` : undefined } };
}

async function querySection(q: QueryApi, p: Params, runs: number) {
  const cases: [string, () => Promise<unknown[]>][] = [
    [`agreements involving ${p.state}`, () => q.agreements({ state: p.state })],
    [`vetoes by ${p.vetoer}`, () => q.vetoes({ by: p.vetoer })],
    [`visits to ${p.visited}`, () => q.visits({ to: p.visited })],
    ...(p.edge.to ? [[`evidence of one edge (${p.edge.from} PARTY_TO its most reported agreement)`, () => q.evidence({ from: p.edge.from, to: p.edge.to, type: 'PARTY_TO' })] as [string, () => Promise<unknown[]>]] : []),
    [`evidence of every fact edge of ${p.edge.from}`, () => q.evidence({ from: p.edge.from })],
  ];
  const out: Record<string, unknown>[] = [];
  for (const [name, run] of cases) {
    const rows = (await run()).length; // warm-up, and the size of the answer
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push((await timed(run)).ms);
    out.push({ query: name, rows, runs, p50_ms: round(percentile(samples, 50), 3), p99_ms: round(percentile(samples, 99), 3) });
  }
  return out;
}

/**
 * One real `kg seed` child process: its wall time, peak RSS and the node+edge count it printed.
 * `cpus` (a taskset list such as "0" or "0,1") pins it to those cores; kg's default worker count
 * follows them, so the same command measures one core against two.
 */
function runSeed(inputs: string[], store: string, extra: string[] = [], cpus?: string) {
  const t0 = Date.now();
  const argv = [process.execPath, '--import', path.join(ROOT, 'scripts/bench/rss-preload.mjs'), path.join(ROOT, 'bin/kg.mjs'), 'seed', ...inputs, '--store', store, '--quiet', ...extra];
  const [cmd, ...args] = cpus ? ['taskset', '-c', cpus, ...argv] : argv;
  const r = spawnSync(cmd!, args, { encoding: 'utf8', cwd: ROOT, env: { ...process.env, NEO4J_URI: '' }, maxBuffer: 64 * 2 ** 20 });
  const ms = Date.now() - t0;
  if (r.status !== 0) throw new Error(`bench: kg seed failed (${r.status}): ${(r.stderr ?? String(r.error)).split('\n').slice(-5).join(' ')}`);
  const kb = Number(/bench:maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const graphRecords = [...r.stdout.matchAll(/^ {2}\S+\s+(\d+)$/gm)].reduce((s, m) => s + Number(m[1]), 0);
  return { seed_ms: ms, peak_rss_mb: round(kb / 1024, 1), graph_nodes_plus_edges: graphRecords };
}

/** Peak RSS of a real `kg seed` child process at growing shares of the corpus files. */
function memorySection(files: string[], quick: boolean, tmp: string) {
  const shares = quick ? [1] : FRACTIONS;
  return shares.map((f) => {
    const part = files.slice(0, Math.max(1, Math.round(files.length * f)));
    return { files: part.length, ...runSeed(part, path.join(tmp, `rss-${f}.json`)) };
  });
}

/** The corpus less the reserved articles (the corpus reader drops them), as one JSONL input. */
async function nonReservedJsonl(dir: string): Promise<string> {
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, corpusJsonl(await readCorpus()));
  return file;
}

/**
 * `kg seed` of the same input on one core and on two (`taskset -c 0` against `taskset -c 0,1`, the
 * same command: kg's default worker count follows the cores), alternated `runs` times so both see
 * the same load from whatever else runs, medians kept; then 1 worker against one per core on every
 * core, and a re-seed of the input into the graph it made. All first seeds must be byte-identical.
 * The spin loop (pure arithmetic on 1 thread, then on every core at once) is what the cores can
 * give at all: on a shared VM two vCPUs may not run two threads at full speed.
 */
export async function seedSection(input: string, tmp: string, runs: number) {
  const cores = os.availableParallelism();
  const pinned = cores >= 2 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const spin = await spinSpeedup(cores);
  const load = [round(os.loadavg()[0]!, 2)];
  const stores: string[] = [];
  const seedInto = (name: string, extra: string[], cpus?: string) => {
    const store = path.join(tmp, `${name}.json`);
    rmSync(store, { force: true });
    rmSync(`${store}.snap`, { force: true });
    stores.push(store);
    return runSeed([input], store, extra, cpus);
  };
  const oneCore: ReturnType<typeof runSeed>[] = [];
  const twoCores: ReturnType<typeof runSeed>[] = [];
  if (pinned) {
    for (let i = 0; i < runs; i++) {
      oneCore.push(seedInto(`seed-c1-${i}`, [], '0'));
      twoCores.push(seedInto(`seed-c2-${i}`, [], '0,1'));
    }
  }
  // The main thread extracting alone, against kg's default workers: the same graph either way.
  const workers = defaultWorkers(cores);
  const one = seedInto('seed-1', ['--workers', '0']);
  const all = seedInto('seed-n', ['--workers', String(workers)]);
  const first = readFileSync(stores[0]!);
  const identical = stores.every((s) => readFileSync(s).equals(first));
  if (!identical) throw new Error('bench: kg seed on 1 and 2 cores, or with the main thread alone and with workers, wrote different graphs');
  const reseed = runSeed([input], path.join(tmp, 'seed-n.json'), ['--workers', String(workers)]);
  load.push(round(os.loadavg()[0]!, 2));
  const median = (xs: ReturnType<typeof runSeed>[]) => {
    const sorted = [...xs].sort((a, b) => a.seed_ms - b.seed_ms);
    return sorted[Math.floor((sorted.length - 1) / 2)]!;
  };
  return {
    input: path.basename(input), cores, workers, runs, load_average: load,
    one_core: pinned ? median(oneCore) : null, two_cores: pinned ? median(twoCores) : null,
    speedup_two_cores: pinned ? round(median(oneCore).seed_ms / median(twoCores).seed_ms, 2) : null,
    main_alone: one, all_workers: all, reseed,
    peak_rss_mb: Math.max(...[...oneCore, ...twoCores, one, all, reseed].map((r) => r.peak_rss_mb)),
    same_graph: identical,
    speedup_all_workers: round(one.seed_ms / all.seed_ms, 2),
    spin_loop_speedup: spin,
  };
}

/**
 * Whole `kg` processes on the store the seed section made: as users run them (the snapshot beside
 * the JSON, store/snapshot.ts) and, as the baseline, on a copy of the JSON alone, which is how every
 * open read the store before the snapshot. The load average is kept: the cores may be shared.
 */
function cliSection(store: string, tmp: string, runs: number) {
  const jsonOnly = path.join(tmp, 'cli-json-only.json');
  writeFileSync(jsonOnly, readFileSync(store));
  const loadBefore = os.loadavg()[0]!;
  const snap = benchCli({ store, runs }) as Record<string, { medianMs: number; ratioToHelp: number }>;
  const json = benchCli({ store: jsonOnly, runs }) as Record<string, { medianMs: number; ratioToHelp: number }>;
  return {
    runs,
    load_average: [round(loadBefore, 2), round(os.loadavg()[0]!, 2)],
    commands: Object.keys(snap).map((command) => ({
      command, snapshot_ms: snap[command]!.medianMs, json_only_ms: json[command]!.medianMs,
      ratio_json_to_snapshot: round(json[command]!.medianMs / snap[command]!.medianMs, 2),
      // Against a bare process start in the same run: what the store and the query add to it.
      ratio_to_help: snap[command]!.ratioToHelp,
      under_target: command === 'kg --help' ? null : snap[command]!.medianMs < TARGET_MS,
    })),
  };
}

/** Throughput of `cores` threads spinning at once over one thread spinning alone (ideal: cores). */
async function spinSpeedup(cores: number): Promise<number> {
  const iterations = 400_000_000;
  const spin = (n: number) => timed(() => Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => {
    const w = new Worker(new URL('./spin-worker.mjs', import.meta.url), { workerData: { iterations } });
    w.once('message', resolve);
    w.once('error', reject);
  }))));
  const one = await spin(1);
  const all = await spin(cores);
  return round((cores * one.ms) / all.ms, 2);
}

/** The quick sample as a JSONL file, so the memory pass seeds the same articles as the others. */
function sampleJsonl(records: ArticleRecord[], dir: string): string {
  const file = path.join(dir, 'sample.jsonl');
  writeFileSync(file, records.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, published: a.published, source: a.outlet, url: a.url })).join('\n') + '\n');
  return file;
}

interface Conn { uri: string; user: string; password: string; /** Whether the bench started the local server. */ started: boolean }

function neo4jConnection(): Conn | null {
  if (process.env.NEO4J_URI) return { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', started: false };
  const file = path.join(ROOT, '.neo4j/test-connection.json');
  const started = !existsSync(file);
  if (started) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/neo4j.mjs'), 'ensure-for-tests'], { stdio: 'inherit', cwd: ROOT });
    if (r.status !== 0 || !existsSync(file)) return null;
  }
  const c = JSON.parse(readFileSync(file, 'utf8')) as Omit<Conn, 'started'>;
  return { uri: c.uri, user: c.user ?? 'neo4j', password: c.password, started };
}

async function clear(driver: Driver): Promise<void> {
  const s = driver.session();
  try {
    await s.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await s.close();
  }
}

async function batchedIngest(conn: Conn, batches: GraphBatch[]): Promise<number> {
  const store = await Neo4jStore.open(conn.uri, { user: conn.user, password: conn.password });
  const { ms } = await timed(async () => {
    for (let i = 0; i < batches.length; i += 500) await store.write(concat(batches.slice(i, i + 500)));
    await store.flush();
  });
  await store.close();
  return ms;
}

/** The naive writer: one MERGE statement per node and per edge, one transaction per article. */
async function naiveIngest(driver: Driver, batches: GraphBatch[]): Promise<number> {
  const session = driver.session();
  try {
    const { ms } = await timed(async () => {
      for (const b of batches) {
        await session.executeWrite(async (tx) => {
          for (const n of b.nodes) for (const st of nodeStatements([n])) await tx.run(st.text, { rows: st.rows });
          for (const e of b.edges) for (const st of edgeStatements([e])) await tx.run(st.text, { rows: st.rows });
        });
      }
    });
    return ms;
  } finally {
    await session.close();
  }
}

async function neo4jSection(conn: Conn, full: GraphBatch[], growth: Record<string, unknown>[], params: Params, opts: Options) {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), { disableLosslessIntegers: true });
  try {
    const size = (bs: GraphBatch[]) => bs.reduce((s, b) => s + b.nodes.length + b.edges.length, 0);
    // The naive writer is slow by design: it runs on a share of the corpus, the batched one on the
    // same share first (the ratio), then on every share for the growth table.
    const sample = opts.quick ? full : full.slice(0, Math.max(1, Math.round(full.length / 16)));
    await clear(driver);
    await (await Neo4jStore.open(conn.uri, { user: conn.user, password: conn.password })).close(); // schema first
    const batchedSample = await batchedIngest(conn, sample);
    await clear(driver);
    const naiveSample = await naiveIngest(driver, sample);
    for (const g of growth) {
      await clear(driver);
      const part = full.slice(0, g.articles as number);
      const ms = await batchedIngest(conn, part);
      g.neo4j_ingest_ms = round(ms);
      g.neo4j_ingest_us_per_article = round((ms * 1000) / part.length);
    }
    // The graph of the whole corpus is now in Neo4j: time the queries on it.
    const queries = await querySection(new Neo4jQueries(driver), params, opts.queryRuns);
    const fullMs = growth[growth.length - 1]!.neo4j_ingest_ms as number;
    return {
      uri: conn.uri,
      sample_articles: sample.length,
      sample_records: size(sample),
      batched_records_per_s: perSecond(size(sample), batchedSample),
      naive_records_per_s: perSecond(size(sample), naiveSample),
      ratio_batched_to_naive: round(naiveSample / batchedSample, 1),
      whole_corpus_ingest_ms: fullMs,
      whole_corpus_ingest_records_per_s: perSecond(size(full), fullMs),
      queries,
    };
  } finally {
    await driver.close();
  }
}

function toMarkdown(r: Record<string, any>): string {
  const L: string[] = [];
  const m = r.machine;
  L.push(`# Benchmark report (${r.mode})`, '', `${r.when} · ${m.cores} cores (${m.cpu}) · ${m.memory_gb} GB · Node ${m.node} · ${m.platform}`, '');
  L.push(`Corpus: ${r.corpus.articles} articles, ${r.corpus.text_mb} MB of text, ${r.corpus.files.length} file(s).`, '');
  const x = r.extraction;
  L.push('## Extraction', '', '| pass | ms | articles/s | MB/s |', '|---|---:|---:|---:|');
  L.push(`| baseline: read+decode+normalise+tokenise | ${x.baseline.ms} | ${x.baseline.articles_per_s} | ${x.baseline.mb_per_s} |`);
  L.push(`| full pipeline, 1 worker | ${x.pipeline_1_worker.ms} | ${x.pipeline_1_worker.articles_per_s} | ${x.pipeline_1_worker.mb_per_s} |`);
  L.push(`| full pipeline, ${x.pipeline_all_cores.workers} workers | ${x.pipeline_all_cores.ms} | ${x.pipeline_all_cores.articles_per_s} | ${x.pipeline_all_cores.mb_per_s} |`);
  L.push('', `Pipeline/baseline throughput: **${x.ratio_pipeline_to_baseline_throughput}** · speed-up on all cores: **${x.speedup_all_cores}×**`, '');
  L.push('## Graph', '', `${r.graph.records_written} node+edge records written; stored: ${JSON.stringify(r.graph.counts)}`, '');
  const n = r.neo4j;
  L.push('## Neo4j ingest', '');
  if (n.skipped) L.push(`skipped: ${n.skipped}`, '');
  else {
    L.push(`Batched vs. naive writer on ${n.sample_articles} articles (${n.sample_records} records): ${n.batched_records_per_s} vs. ${n.naive_records_per_s} records/s, ratio **${n.ratio_batched_to_naive}×**.`);
    L.push(`Whole corpus into Neo4j (prepared graph): ${round(n.whole_corpus_ingest_ms / 1000, 1)} s (${n.whole_corpus_ingest_records_per_s} records/s).`, '');
  }
  L.push('## Queries', '', '| store | query | rows | runs | p50 ms | p99 ms |', '|---|---|---:|---:|---:|---:|');
  for (const q of r.embedded.queries) L.push(`| embedded | ${q.query} | ${q.rows} | ${q.runs} | ${q.p50_ms} | ${q.p99_ms} |`);
  if (!n.skipped) for (const q of n.queries) L.push(`| neo4j | ${q.query} | ${q.rows} | ${q.runs} | ${q.p50_ms} | ${q.p99_ms} |`);
  L.push('', '## Memory (`kg seed` into the embedded store)', '', '| files | seed s | peak RSS MB | nodes+edges |', '|---:|---:|---:|---:|');
  for (const x2 of r.memory) L.push(`| ${x2.files} | ${round(x2.seed_ms / 1000, 1)} | ${x2.peak_rss_mb} | ${x2.graph_nodes_plus_edges} |`);
  const sd = r.seed;
  L.push('', `## \`kg seed\` (${sd.input}; same graph: ${sd.same_graph ? 'yes, byte-identical' : 'NO'}; load average ${sd.load_average.join(' -> ')})`, '', '| run | s | peak RSS MB | nodes+edges |', '|---|---:|---:|---:|');
  if (sd.one_core) {
    L.push(`| first seed, 1 core (\`taskset -c 0\`, median of ${sd.runs}) | ${round(sd.one_core.seed_ms / 1000, 1)} | ${sd.one_core.peak_rss_mb} | ${sd.one_core.graph_nodes_plus_edges} |`);
    L.push(`| first seed, 2 cores (\`taskset -c 0,1\`, median of ${sd.runs}) | ${round(sd.two_cores.seed_ms / 1000, 1)} | ${sd.two_cores.peak_rss_mb} | ${sd.two_cores.graph_nodes_plus_edges} |`);
  }
  L.push(`| first seed, main thread alone (\`--workers 0\`), every core | ${round(sd.main_alone.seed_ms / 1000, 1)} | ${sd.main_alone.peak_rss_mb} | ${sd.main_alone.graph_nodes_plus_edges} |`);
  L.push(`| first seed, ${sd.workers} worker(s), the default | ${round(sd.all_workers.seed_ms / 1000, 1)} | ${sd.all_workers.peak_rss_mb} | ${sd.all_workers.graph_nodes_plus_edges} |`);
  L.push(`| re-seed of the same input, ${sd.workers} worker(s) | ${round(sd.reseed.seed_ms / 1000, 1)} | ${sd.reseed.peak_rss_mb} | ${sd.reseed.graph_nodes_plus_edges} |`);
  L.push('', `2 cores over 1: **${sd.speedup_two_cores ?? 'not measured (needs taskset and 2 cores)'}×** (target ≥ 1.6) · ${sd.workers} worker(s) over the main thread alone: **${sd.speedup_all_workers}×** · the machine's own ceiling, a spin loop on ${sd.cores} threads over 1: **${sd.spin_loop_speedup}×** · peak RSS of any seed: **${sd.peak_rss_mb} MB** (target < 600)`);
  const c = r.cli;
  L.push('', `## Whole \`kg\` processes on the seeded store (median of ${c.runs}; load average ${c.load_average.join(' -> ')})`, '', '| command | with snapshot ms | JSON only ms | ratio |', '|---|---:|---:|---:|');
  for (const x3 of c.commands) L.push(`| ${x3.command} | ${x3.snapshot_ms} | ${x3.json_only_ms} | ${x3.ratio_json_to_snapshot}× |`);
  L.push('', '## Growth', '', '| share | articles | extract ms | µs/article | Neo4j ingest ms | µs/article |', '|---:|---:|---:|---:|---:|---:|');
  for (const g of r.growth) L.push(`| ${g.fraction} | ${g.articles} | ${g.extract_ms} | ${g.extract_us_per_article} | ${g.neo4j_ingest_ms ?? '-'} | ${g.neo4j_ingest_us_per_article ?? '-'} |`);
  L.push('', `Embedded ingest: ${r.embedded.ingest_records_per_s} records/s.`, '');
  return L.join('\n') + '\n';
}
