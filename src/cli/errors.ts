/**
 * The one way a command reports a problem to a user: one line, `kg: <what>`, and an exit code.
 * Errors that carry a user-facing message (UserError and the stage errors that extend or mimic it)
 * are printed as they are; anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}

/** Errors thrown by stages for bad input or unreachable services carry this name suffix and a one-line message. */
const USER_FACING = new Set(['UserError', 'LoadError', 'StoreError', 'QueryError', 'GoldError']);

export function isUserFacing(err: unknown): err is Error {
  return err instanceof Error && USER_FACING.has(err.name);
}
