#!/usr/bin/env node
// `node scripts/bench-cli.mjs [--store PATH] [--runs N] [--json]`: wall time of whole `kg` processes
// (startup included, which in-process benchmarks cannot see): `kg --help`, three queries and two
// questions on an embedded store, each also as a ratio to `kg --help` in the same run. Median of N
// runs after one warm-up run, so the file cache is warm.
// The store defaults to .kg/graph.json; seed the whole corpus into it first for the numbers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KG = join(ROOT, 'bin/kg.mjs');

/** What the issue asks of a query or a question on the whole-corpus store, end to end (issue #16). */
export const TARGET_MS = 500;

/**
 * Median wall times in ms of each command, keyed by its label, and each one's ratio to `kg --help`
 * (a process that starts and prints: the baseline no command can beat). The runs go round the
 * commands in turn, so a change of the machine's load in the middle falls on all of them alike
 * and the ratios hold better than the times on shared cores.
 */
export function benchCli({ store = '.kg/graph.json', runs = 5 } = {}) {
  if (!existsSync(store)) throw new Error(`bench-cli: no store at ${store}; seed one first (kg seed … --store ${store})`);
  const cases = [
    ['kg --help', ['--help']],
    ['kg query agreements --state IRN', ['query', 'agreements', '--state', 'IRN', '--store', store]],
    ['kg query visits --to SAU', ['query', 'visits', '--to', 'SAU', '--store', store]],
    ['kg query vetoes', ['query', 'vetoes', '--store', store]],
    ['kg ask "which agreements involve Iran"', ['ask', 'which agreements involve Iran', '--store', store]],
    ['kg ask "من التقى الملك سلمان"', ['ask', 'من التقى الملك سلمان', '--store', store]],
  ];
  const times = new Map(cases.map(([label]) => [label, []]));
  // Run 0 is the warm-up: the file cache, and the parsed-data caches (data.ts cacheDir) on a first run.
  for (let i = 0; i <= runs; i++) {
    for (const [label, args] of cases) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [KG, ...args], { encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`bench-cli: ${label} exited ${r.status}: ${(r.stderr || '').split('\n')[0]}`);
      if (i > 0) times.get(label).push(ms);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const help = median(times.get('kg --help'));
  const out = {};
  for (const [label, xs] of times) {
    const m = median(xs);
    out[label] = { medianMs: Math.round(m), ratioToHelp: Math.round((m / help) * 100) / 100, runs: xs.map(Math.round) };
  }
  return out;
}

/** One line on stderr and exit 1: a missing store or a failing command is the user's to fix, not a bug. */
function fail(message) {
  process.stderr.write(`bench-cli: ${message}\n`);
  process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`usage: node scripts/bench-cli.mjs [--store PATH] [--runs N] [--json]

Wall time of whole kg processes (--help, three queries, two questions) on an embedded store, median
of N runs (default 5) after a warm-up, each also as a ratio to kg --help; the target is ${TARGET_MS} ms.
  --store PATH  the store to query (default .kg/graph.json; seed the whole corpus into it first)
  --runs N      timed runs per command (default 5)
  --json        print the result as JSON
`);
    process.exit(0);
  }
  const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const runs = opt('--runs') === undefined ? undefined : Number(opt('--runs'));
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) fail(`--runs must be a positive whole number, not ${opt('--runs')}`);
  // The cores may be shared: timings mean little without the load they were taken under.
  const before = loadavg()[0];
  let result;
  try {
    result = benchCli({ store: opt('--store'), runs });
  } catch (err) {
    fail(err instanceof Error ? err.message.replace(/^bench-cli: /, '') : String(err));
  }
  const load = [before, loadavg()[0]].map((x) => x.toFixed(2));
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ load_average: load, ...result }, null, 2)}\n`);
  else {
    for (const [label, r] of Object.entries(result)) {
      const verdict = label === 'kg --help' ? '' : r.medianMs < TARGET_MS ? `  < ${TARGET_MS} ms` : `  OVER ${TARGET_MS} ms`;
      process.stdout.write(`${String(r.medianMs).padStart(6)} ms  ${r.ratioToHelp.toFixed(2).padStart(5)}× help  ${label}${verdict}   (runs: ${r.runs.join(', ')})\n`);
    }
    process.stdout.write(`load average (1 min) before and after: ${load.join(' -> ')}\n`);
  }
}
