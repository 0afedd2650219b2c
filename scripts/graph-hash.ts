/**
 * A fingerprint of the graph a fixed input gives, for refactors that must not change behaviour:
 * the seed article plus the first 2,000 non-reserved corpus articles (JSONL) seeded by `kg seed`
 * into a temporary embedded store, then a sha256 of the store's JSON with keys, nodes and edges
 * sorted. `--kg DIR` seeds with another checkout's bin/kg.mjs (the input is written by this one).
 *
 *   tsx scripts/graph-hash.ts [--kg DIR] [--limit N]
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusJsonl, readCorpus } from '../src/load/corpus.ts';
import { helpOnRequest } from './help.ts';

const USAGE = `usage: npx tsx scripts/graph-hash.ts [--kg DIR] [--limit N]

Seeds the seed article plus the first N (default 2,000) non-reserved corpus articles into a temporary
store and prints a sha256 of the sorted graph: a fingerprint for refactors that must not change it.
  --kg DIR   seed with another checkout's bin/kg.mjs`;
helpOnRequest(USAGE);

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const here = resolve(import.meta.dirname, '..');
const kg = resolve(opt('--kg') ?? here);
const limit = Number(opt('--limit') ?? 2000);

/** JSON with object keys sorted, so the hash does not depend on insertion order. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  }
  return v;
}

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const dir = mkdtempSync(join(tmpdir(), 'kg-hash-'));
try {
  const input = join(dir, 'corpus.jsonl');
  writeFileSync(input, corpusJsonl((await readCorpus()).slice(0, limit)));
  const store = join(dir, 'graph.json');
  execFileSync(process.execPath, [join(kg, 'bin/kg.mjs'), 'seed', join(here, 'seed'), input, '--store', store, '--workers', '0', '-q'], {
    cwd: kg, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const graph = JSON.parse(readFileSync(store, 'utf8')) as { nodes: { key: string }[]; edges: { key: string }[] };
  graph.nodes.sort(byKey);
  graph.edges.sort(byKey);
  const hash = createHash('sha256').update(JSON.stringify(canonical(graph))).digest('hex');
  console.log(`${hash}  nodes=${graph.nodes.length} edges=${graph.edges.length} kg=${kg}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
