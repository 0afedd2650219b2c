/**
 * The import arrows between the folders of src/, and what is wrong with them. The pipeline runs
 * one way (load → normalise → recognise → relate → resolve → store → query), the commands sit on
 * top, and the model, the data loader and the errors at the bottom: a module may import its own
 * folder or a folder below it, never one above, and no chain of imports may come back to where it
 * started. Type-only imports count: they are arrows in the design even though tsc erases them.
 *
 *   tsx scripts/deps.ts [SRC]   prints the imports per folder; exits 1 on a cycle or an upward import
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { helpOnRequest } from './help.ts';

const USAGE = `usage: npx tsx scripts/deps.ts [SRC]   (npm run deps)

Prints the imports between the folders of SRC (default src/) and exits 1 on a cycle or an import
of a stage above.`;
helpOnRequest(USAGE);

/** Layers, bottom first. A folder of src/ is its directory; a file at the top of src/ is its own. */
export const LAYERS: string[][] = [
  ['model', 'errors', 'random', 'shapes', 'word-shapes'],
  ['data'],
  ['load'],
  ['normalise'],
  ['recognise'],
  ['relate'],
  ['resolve'],
  ['pipeline'],
  ['store'],
  ['query'],
  ['robustness'],
  ['eval', 'pool', 'view'],
  ['cli'],
  ['index'],
];

export interface DepsReport {
  /** folder → the folders it imports (sorted), its own left out. */
  imports: Map<string, string[]>;
  problems: string[];
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.(ts|mts|mjs)$/.test(e.name) && !/\.(d|test)\.ts$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

const folderOf = (src: string, file: string): string => relative(src, file).split('/')[0]!.replace(/\.(ts|mts|mjs)$/, '');

/** The modules of src/ a file imports (static, dynamic with a literal, re-exports), as paths. */
function importsOf(file: string, known: Set<string>): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const out: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const target = resolve(dirname(file), fileName);
    const hit = [target, target.replace(/\.js$/, '.ts'), `${target}.ts`, join(target, 'index.ts')].find((p) => known.has(p));
    if (hit) out.push(hit);
  }
  return out;
}

/** Cycles among files: the strongly connected components of more than one file (or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  let n = 0;
  const visit = (v: string): void => {
    index.set(v, n); low.set(v, n); n++;
    stack.push(v); on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do { w = stack.pop()!; on.delete(w); scc.push(w); } while (w !== v);
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

export function checkDeps(src: string, layers: string[][] = LAYERS): DepsReport {
  const files = sources(src);
  const known = new Set(files);
  const rank = new Map<string, number>();
  layers.forEach((names, i) => names.forEach((f) => rank.set(f, i)));
  const graph = new Map<string, string[]>();
  const imports = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const file of files) {
    const from = folderOf(src, file);
    const targets = importsOf(file, known);
    graph.set(file, targets);
    if (!imports.has(from)) imports.set(from, new Set());
    if (!rank.has(from)) problems.push(`unplaced: ${relative(src, file)} is in no layer of scripts/deps.ts`);
    for (const t of targets) {
      const to = folderOf(src, t);
      if (to === from) continue;
      imports.get(from)!.add(to);
      if ((rank.get(to) ?? -1) > (rank.get(from) ?? Infinity)) problems.push(`upward: ${relative(src, file)} imports ${relative(src, t)} (${to} is above ${from})`);
    }
  }
  for (const scc of cycles(graph)) problems.push(`cycle: ${scc.map((f) => relative(src, f)).join(' ↔ ')}`);
  const order = (f: string) => rank.get(f) ?? Infinity;
  const sorted = [...imports.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
  return {
    imports: new Map(sorted.map((f) => [f, [...imports.get(f)!].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1))])),
    problems: [...new Set(problems)],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { imports, problems } = checkDeps(resolve(process.argv[2] ?? join(import.meta.dirname, '../src')));
  const width = Math.max(...[...imports.keys()].map((f) => f.length));
  for (const [from, to] of imports) console.log(`${from.padEnd(width)} → ${to.join(', ') || '(nothing)'}`);
  for (const p of problems) console.log(p);
  console.log(problems.length ? `${problems.length} problem(s)` : 'no cycle, no upward import');
  process.exitCode = problems.length ? 1 : 0;
}
