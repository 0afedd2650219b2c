/**
 * `--help` for the project's scripts, and one-line usage errors: every command a user can run says
 * what it does and takes, and a mistyped flag is a sentence, not a stack.
 */

/** Prints `usage` and exits 0 when the arguments ask for help (--help or -h). */
export function helpOnRequest(usage: string): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
}

/** Runs an argument parser (node:util parseArgs); an unknown or malformed option is one line and exit 2. */
export function orUsage<R>(parse: () => R, usage: string): R {
  try {
    return parse();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage.trim().split('\n')[0]}\n`);
    process.exit(2);
  }
}
