/**
 * `kg eval GOLD… [--split train|test|all] [--verbose] [--causes] [--consolidated] [--floor X [--require-test]]`: score the
 * pipeline against gold files (shared/eval/GOLD-FORMAT.md, test/gold/README.md).
 * Input: gold file paths. Output: a table per split (dev-train, dev-test) and per list, then the
 * robustness and audit measures; --verbose first lists every miss and false positive of dev-train
 * (never of dev-test) with its evidence sentence; --causes counts each split's missed agreements, vetoes
 * and visits by cause (eval/misses.ts); --floor exits 1 when dev-test falls below it.
 */
import { Command, Option } from 'commander';
import { SPLITS, type Split } from '../eval/gold.ts';
import type { EvalResult } from '../eval/run.ts';
import { UserError } from './errors.ts';

interface EvalOpts { verbose?: boolean; causes?: boolean; consolidated?: boolean; split: Split | 'all'; floor?: number; requireTest?: boolean }

export function evalCommand(): Command {
  return new Command('eval')
    .description('build the graph of the gold files\' articles and score it per split (precision, recall, F1, date accuracy)')
    .argument('<gold...>', 'gold files (JSON arrays, one object per article)')
    .addOption(new Option('--split <split>', 'which split to print').choices([...SPLITS, 'all']).default('all'))
    .option('-v, --verbose', 'list every miss and false positive of dev-train with its evidence sentence (dev-test errors are never listed)')
    .option('--causes', 'count the missed agreements, vetoes and visits of each split by cause (found as planned, found once where gold has two, a participant unrecognised, participants in different sentences, all in one sentence); counts only, so dev-test too')
    .option('--consolidated', 'score the graph kg seed leaves: reports of one event across the gold articles merged first (a plan one article printed, joined to the visit another told done, counts as done for both)')
    .addOption(new Option('--floor <x>', 'exit 1 when the dev-test macro-F1 is below this (test/gold/floor.json)').argParser(fraction))
    .option('--require-test', 'with --floor: an empty dev-test is an error, not a pass')
    .action(async (files: string[], opts: EvalOpts) => {
      if (opts.verbose && opts.split === 'test') {
        throw new UserError('eval: --verbose lists dev-train errors only; dev-test is looked at in aggregate (use --split train or all)');
      }
      // Loaded here, not at the top: the pipeline is only needed once a command runs.
      const { formatMeasures, formatTable, formatVerbose, runEval } = await import('../eval/run.ts');
      const result = await runEval(files, { warn: (l) => process.stderr.write(`${l}\n`), ci: process.env.CI === 'true', consolidated: opts.consolidated ?? false });
      if (opts.verbose) process.stdout.write(formatVerbose(result));
      const shown = opts.split === 'all' ? SPLITS : [opts.split];
      process.stdout.write(shown.map((s) => formatTable(result.splits[s].score, result.splits[s].articles, s)).join('\n'));
      if (opts.causes) {
        const { formatMissCauses, missCauses } = await import('../eval/misses.ts');
        process.stdout.write(`\n${shown.map((s) => formatMissCauses(missCauses(result, s), s)).join('')}`);
      }
      process.stdout.write(`\n${formatMeasures()}`);
      if (opts.floor !== undefined) process.stdout.write(`${checkFloor(result, opts.floor, opts.requireTest ?? false)}\n`);
    });
}

/** The floor line when dev-test holds it (or there is no dev-test and none is required); a UserError otherwise. */
export function checkFloor(r: EvalResult, floor: number, requireTest: boolean): string {
  const { score, articles } = r.splits.test;
  if (articles === 0) {
    if (requireTest) throw new UserError(`eval: floor ${floor.toFixed(2)}: dev-test is empty but a test split is required`);
    return `floor ${floor.toFixed(2)}: not checked, there is no dev-test split yet`;
  }
  if (score.macroF1 === null) throw new UserError(`eval: floor ${floor.toFixed(2)}: dev-test has no list with gold items`);
  const f = score.macroF1;
  if (f < floor) throw new UserError(`eval: dev-test macro-F1 ${f.toFixed(4)} is below the floor ${floor.toFixed(4)}`);
  const raise = Math.floor((f - 0.02) * 100) / 100;
  return `floor ${floor.toFixed(2)}: held by dev-test macro-F1 ${f.toFixed(4)}${raise > floor ? ` (raise the floor to ${raise.toFixed(2)})` : ''}`;
}

function fraction(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !(n >= 0 && n <= 1)) throw new UserError(`--floor takes a number from 0 to 1, not "${v}"`);
  return n;
}
