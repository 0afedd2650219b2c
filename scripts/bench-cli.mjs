#!/usr/bin/env node
// `node scripts/bench-cli.mjs [--store PATH] [--runs N] [--json]`: wall time of whole `kg` processes
// (startup included, which in-process benchmarks cannot see): `kg --help`, a query and a question on
// an embedded store. Median of N runs after one warm-up run, so the file cache is warm.
// The store defaults to .kg/graph.json; seed the whole corpus into it first for the numbers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KG = join(ROOT, 'bin/kg.mjs');

/** Median wall times in ms of each command, keyed by its label. */
export function benchCli({ store = '.kg/graph.json', runs = 5 } = {}) {
  if (!existsSync(store)) throw new Error(`bench-cli: no store at ${store}; seed one first (kg seed … --store ${store})`);
  const cases = [
    ['kg --help', ['--help']],
    ['kg query agreements --state IRN', ['query', 'agreements', '--state', 'IRN', '--store', store]],
    ['kg ask "which agreements involve Iran"', ['ask', 'which agreements involve Iran', '--store', store]],
  ];
  const out = {};
  for (const [label, args] of cases) {
    const times = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [KG, ...args], { encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`bench-cli: ${label} exited ${r.status}: ${(r.stderr || '').split('\n')[0]}`);
      if (i > 0) times.push(ms);
    }
    times.sort((a, b) => a - b);
    out[label] = { medianMs: Math.round(times[Math.floor(times.length / 2)]), runs: times.map(Math.round) };
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  // The cores may be shared: timings mean little without the load they were taken under.
  const before = loadavg()[0];
  const result = benchCli({ store: opt('--store'), runs: opt('--runs') ? Number(opt('--runs')) : undefined });
  const load = [before, loadavg()[0]].map((x) => x.toFixed(2));
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ load_average: load, ...result }, null, 2)}\n`);
  else {
    for (const [label, r] of Object.entries(result)) process.stdout.write(`${String(r.medianMs).padStart(6)} ms  ${label}   (runs: ${r.runs.join(', ')})\n`);
    process.stdout.write(`load average (1 min) before and after: ${load.join(' -> ')}\n`);
  }
}
