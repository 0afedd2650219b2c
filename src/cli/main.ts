/**
 * The `kg` command line: one subcommand per job (seed, query, ask, export, eval, view).
 * Input: argv. Output: an exit code; problems are one line on stderr, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { isUserFacing } from './errors.ts';
import { seedCommand } from './seed.ts';
import { evalCommand } from './eval.ts';
import { queryCommand } from './query.ts';
import { askCommand } from './ask.ts';

export function buildProgram(): Command {
  const program = new Command('kg')
    .description('Arabic-first geopolitical knowledge graph: states, leaders, agreements, vetoes and visits from news, with provenance')
    .version('0.1.0');
  program.addCommand(seedCommand());
  program.addCommand(evalCommand());
  program.addCommand(queryCommand());
  program.addCommand(askCommand());
  // Every usage error ends with the command's own usage line, and returns instead of exiting.
  for (const cmd of [program, ...program.commands]) {
    const name = cmd === program ? 'kg' : `kg ${cmd.name()}`;
    cmd.showHelpAfterError(`usage: ${name} ${cmd.usage()}  (--help for more)`).exitOverride();
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0; usage errors were already printed.
      return err.exitCode;
    }
    if (isUserFacing(err)) {
      process.stderr.write(`kg: ${err.message}\n`);
      return (err as { exitCode?: number }).exitCode ?? 1;
    }
    throw err;
  }
}
