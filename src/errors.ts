/**
 * The one base of every error a user can fix (a bad input, a broken data file, an unreachable
 * store): its message is one line, and the CLI prints it as `kg: <message>` with `exitCode`.
 * Anything thrown that is not a KgError is a bug and is shown with its stack.
 */
export class KgError extends Error {
  readonly exitCode: number;

  constructor(message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options?.exitCode ?? 1;
  }
}

/** A data file of the project (data/…) that cannot be read or does not match its schema. */
export class DataError extends KgError {}

/**
 * The value an invariant of the code guarantees (an index inside its array, a key just set):
 * `undefined` here is a bug, not a user's mistake, so this throws a plain Error naming `what`.
 */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`internal: ${what} is missing`);
  return value;
}
