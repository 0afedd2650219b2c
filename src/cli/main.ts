/**
 * The `kg` command line: one subcommand per job (seed, query, ask, export, eval, view).
 * Input: argv. Output: an exit code; problems are one line on stderr, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { isUserFacing } from './errors.ts';
import { askCommand } from './ask.ts';
import { evalCommand } from './eval.ts';
import { exportCommand } from './export.ts';
import { queryCommand } from './query.ts';
import { seedCommand } from './seed.ts';
import { viewCommand } from './view.ts';

export function buildProgram(): Command {
  const program = new Command('kg')
    .description('Arabic-first geopolitical knowledge graph: states, leaders, agreements, vetoes and visits from news, with provenance')
    .version('0.1.0');
  for (const make of [seedCommand, queryCommand, askCommand, exportCommand, viewCommand, evalCommand]) {
    program.addCommand(make());
  }
  finish(program, 'kg');
  return program;
}

/** Every usage error, at any depth (kg query agreements --bad), ends with that command's usage line and returns instead of exiting. */
function finish(cmd: Command, name: string): void {
  cmd.showHelpAfterError(`usage: ${name} ${cmd.usage()}  (--help for more)`).exitOverride();
  for (const sub of cmd.commands) finish(sub, `${name} ${sub.name()}`);
}

export async function main(argv: string[]): Promise<number> {
  // `kg ask … | head` closes the pipe before kg is done writing: the reader has what it wanted, so
  // that ends kg quietly with success instead of an unhandled EPIPE.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
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
