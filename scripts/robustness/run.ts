/** `npm run robustness`: run the suite, write test-artifacts/robustness.{json,md}, print the totals. */
import { REPORT, runRobustness, writeReport } from '../../src/robustness/run.ts';
import { helpOnRequest } from '../help.ts';

const USAGE = `usage: npm run robustness

Runs the CheckList-style robustness suite on test/robustness/seeds.jsonl (invariance and
directional variants), writes test-artifacts/robustness.{json,md} and prints the rates.`;
helpOnRequest(USAGE);

const r = runRobustness();
writeReport(r);
const pct = (x: number) => x.toFixed(3);
console.log(`seeds ${r.seeds.kept}/${r.seeds.total} kept (${r.seeds.dropped} dropped: original not read with its known facts)`);
console.log(`invariance  ${r.invariance.passed}/${r.invariance.ran} = ${pct(r.invariance.rate)}`);
console.log(`directional ${r.directional.passed}/${r.directional.ran} = ${pct(r.directional.rate)} (${r.directional.planned} kept as planned)`);
for (const [id, b] of Object.entries(r.by_perturbation)) console.log(`  ${id.padEnd(16)} ${b.test.padEnd(11)} ${String(b.passed).padStart(4)}/${String(b.ran).padEnd(4)} ${pct(b.rate)}`);
console.log(`→ ${REPORT}`);
