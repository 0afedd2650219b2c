/** `npm run grid [-- files…] [--show N]`: run the capability grids (data/robustness/grids/) and print pass rates. */
import { gridFiles, runGrids } from '../../src/robustness/grid.ts';
import { helpOnRequest } from '../help.ts';

const USAGE = `usage: npm run grid [-- [grid files…] [--show N]]

Runs the capability grids of data/robustness/grids/ (or the files given, as paths under data/:
robustness/grids/visits.yaml): every template filled with every combination of its slots, through
the real pipeline. Prints the pass rate of each grid and template; --show N prints up to N failing
sentences per template with the facts they gave.`;
helpOnRequest(USAGE);

const args = process.argv.slice(2);
const at = args.indexOf('--show');
const show = at >= 0 ? Number(args[at + 1]) : 0;
if (at >= 0 && !(show >= 0)) { console.error('grid: --show takes a number'); process.exit(2); }
const files = args.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1));
const r = runGrids(files.length ? files : gridFiles());
const pct = (p: number, n: number) => (n ? (p / n).toFixed(3) : '1.000');
for (const g of r.grids) {
  console.log(`${g.file}  ${g.passed}/${g.ran} = ${pct(g.passed, g.ran)}`);
  for (const [id, t] of Object.entries(g.templates)) {
    console.log(`  ${id.padEnd(28)} ${String(t.passed).padStart(4)}/${String(t.ran).padEnd(4)} ${pct(t.passed, t.ran)}`);
    if (show) for (const f of r.failures.filter((x) => x.template === `${g.file}#${id}`).slice(0, show)) console.log(`    ✗ ${f.text}  →  ${f.got.join('; ') || 'nothing'}`);
  }
}
console.log(`all grids ${r.passed}/${r.ran} = ${pct(r.passed, r.ran)}`);
