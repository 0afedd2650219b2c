/**
 * The robustness suite's runner: reads the seeds (test/robustness/seeds.jsonl), keeps those whose
 * original sentence extract() reads with exactly its known facts, generates every variant
 * (perturb.ts), runs each through the real pipeline and compares.
 * Output: a RobustnessReport; writeReport() puts it in test-artifacts/robustness.json (the shape
 * `npm run eval` reads) with a short Markdown table beside it (robustness.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleRecord, type Fact } from '../model.ts';
import { extract } from '../pipeline.ts';
import { argsOf, factKeys, keyOf, type SeedFact } from './facts.ts';
import { Perturber, type Expectation, type Seed, type Variant } from './perturb.ts';

// From the project root, wherever the command runs.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS = resolve(ROOT, 'test/robustness/seeds.jsonl');
export const REPORT = resolve(ROOT, 'test-artifacts/robustness.json');

export interface Rate { ran: number; passed: number; rate: number }
export interface Failure { seed: string; text: string; expected: string[]; got: string[] }
export interface RobustnessReport {
  seeds: { total: number; kept: number; dropped: number; dropped_ids: string[] };
  invariance: Rate;
  directional: Rate & { planned: number };
  by_perturbation: Record<string, Rate & { test: Expectation['test'] }>;
  worst: Array<{ perturbation: string; rate: number; examples: Failure[] }>;
}

const rate = (passed: number, ran: number): number => (ran ? Math.round((passed / ran) * 10000) / 10000 : 1);

export function readSeeds(path = SEEDS): Seed[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Seed);
}

function run(id: string, text: string, published: string) {
  return extract(ArticleRecord.parse({ id, title: null, text, published, outlet: null, url: null, origin: { file: 'robustness' } })).doc;
}

const isDone = (f: SeedFact): boolean => !('status' in f) || f.status !== 'planned';

/** Did the variant's facts meet the expectation? `planned`: a target kept as planned. */
export function judge(expect: Expectation, facts: Fact[]): { pass: boolean; planned: boolean; expected: string[]; got: string[] } {
  const got = factKeys(facts);
  if (expect.test === 'invariance') {
    const keep = (k: string) => !(expect.ignore ?? []).some((p) => k.startsWith(p));
    const g = got.map(keyOf).filter(keep);
    const e = expect.facts.map(keyOf).filter(keep);
    return { pass: g.join('\n') === e.join('\n'), planned: false, expected: e, got: g };
  }
  const targets = new Set(expect.targets.map(argsOf));
  const stillDone = got.filter((f) => targets.has(argsOf(f)) && isDone(f));
  const planned = got.some((f) => targets.has(argsOf(f)) && !isDone(f));
  return { pass: stillDone.length === 0, planned, expected: expect.targets.map((f) => `not done: ${argsOf(f)}`), got: got.map(keyOf) };
}

export function runRobustness(seeds: Seed[] = readSeeds(), perturber = new Perturber()): RobustnessReport {
  const kept: Array<{ seed: Seed; variants: Variant[] }> = [];
  const dropped: string[] = [];
  for (const seed of seeds) {
    const doc = run(seed.id, seed.text, seed.published);
    if (factKeys(doc.facts).map(keyOf).join('\n') !== seed.facts.map(keyOf).join('\n')) { dropped.push(seed.id); continue; }
    kept.push({ seed, variants: perturber.variants(seed, doc) });
  }
  const by: RobustnessReport['by_perturbation'] = {};
  const failures = new Map<string, Failure[]>();
  const total = { invariance: { ran: 0, passed: 0 }, directional: { ran: 0, passed: 0, planned: 0 } };
  for (const { seed, variants } of kept) {
    for (const v of variants) {
      const r = judge(v.expect, run(`${seed.id}~${v.perturbation}`, v.text, seed.published).facts);
      const b = (by[v.perturbation] ??= { test: v.expect.test, ran: 0, passed: 0, rate: 0 });
      b.ran++; total[v.expect.test].ran++;
      if (r.pass) { b.passed++; total[v.expect.test].passed++; } else {
        const list = failures.get(v.perturbation) ?? [];
        list.push({ seed: seed.id, text: v.text, expected: r.expected, got: r.got });
        failures.set(v.perturbation, list);
      }
      if (r.planned) total.directional.planned++;
    }
  }
  for (const b of Object.values(by)) b.rate = rate(b.passed, b.ran);
  const worst = Object.entries(by).filter(([, b]) => b.passed < b.ran).sort((a, b) => a[1].rate - b[1].rate).slice(0, 10)
    .map(([perturbation, b]) => ({ perturbation, rate: b.rate, examples: (failures.get(perturbation) ?? []).slice(0, 3) }));
  return {
    seeds: { total: seeds.length, kept: kept.length, dropped: dropped.length, dropped_ids: dropped },
    invariance: { ...total.invariance, rate: rate(total.invariance.passed, total.invariance.ran) },
    directional: { ...total.directional, rate: rate(total.directional.passed, total.directional.ran) },
    by_perturbation: Object.fromEntries(Object.entries(by).sort()),
    worst,
  };
}

/** The report as a short Markdown page: totals, one row per perturbation, the worst with examples. */
export function reportTable(r: RobustnessReport): string {
  const lines = [
    '# Robustness suite (CheckList-style)', '',
    `Seeds: ${r.seeds.total} sentences from the relation tests, ${r.seeds.kept} kept (original read with its known facts), ${r.seeds.dropped} dropped.`, '',
    `| test | ran | passed | rate |`, `| --- | ---: | ---: | ---: |`,
    `| invariance | ${r.invariance.ran} | ${r.invariance.passed} | ${r.invariance.rate.toFixed(3)} |`,
    `| directional | ${r.directional.ran} | ${r.directional.passed} | ${r.directional.rate.toFixed(3)} |`, '',
    `| perturbation | test | ran | passed | rate |`, `| --- | --- | ---: | ---: | ---: |`,
    ...Object.entries(r.by_perturbation).map(([id, b]) => `| ${id} | ${b.test} | ${b.ran} | ${b.passed} | ${b.rate.toFixed(3)} |`),
    '', '## Worst perturbation types (train material: the seeds come from the tests)', '',
  ];
  for (const w of r.worst) {
    lines.push(`### ${w.perturbation} (${w.rate.toFixed(3)})`, '');
    for (const e of w.examples) lines.push(`- ${e.text}  `, `  expected: ${e.expected.join('; ') || '(none)'}  `, `  got: ${e.got.join('; ') || '(none)'}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function writeReport(r: RobustnessReport, path = REPORT): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(path.replace(/\.json$/, '.md'), `${reportTable(r)}\n`);
}
