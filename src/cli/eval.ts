/**
 * `kg eval GOLD… [--verbose]`: score the pipeline against gold files (shared/eval/GOLD-FORMAT.md).
 * Input: gold file paths. Output: a table per list and a last line `macro-F1: 0.xx`; --verbose
 * first lists every miss and false positive with its evidence sentence.
 */
import { Command, Option } from 'commander';
import { formatTable, formatVerbose, runEval } from '../eval/run.ts';
import { UserError } from './errors.ts';

export function evalCommand(): Command {
  return new Command('eval')
    .description('build the graph of the gold files\' articles and score it (precision, recall, F1, date accuracy)')
    .argument('<gold...>', 'gold files (JSON arrays, one object per article)')
    .option('-v, --verbose', 'list every miss and false positive with its evidence sentence')
    .addOption(new Option('--min-f1 <x>', 'exit 1 when the macro-F1 is below this').argParser(fraction))
    .action(async (files: string[], opts: { verbose?: boolean; minF1?: number }) => {
      const result = await runEval(files, { warn: (l) => process.stderr.write(`${l}\n`), ci: process.env.CI === 'true' });
      if (opts.verbose) process.stdout.write(formatVerbose(result));
      process.stdout.write(formatTable(result.score, result.gold.length));
      if (opts.minF1 !== undefined && result.score.macroF1 < opts.minF1) {
        throw new UserError(`macro-F1 ${result.score.macroF1.toFixed(2)} is below --min-f1 ${opts.minF1}`);
      }
    });
}

function fraction(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new UserError(`--min-f1 takes a number from 0 to 1, not "${v}"`);
  return n;
}
