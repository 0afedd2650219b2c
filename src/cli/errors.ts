/**
 * The one way a command reports a problem to a user: one line, `kg: <what>`, and an exit code.
 * Every error a user can fix is a KgError (src/errors.ts) and is printed as it is; anything else
 * is a bug and keeps its stack.
 */
import { KgError } from '../errors.ts';

/** A problem with how the command was called (an empty question, a bad --batch, nothing loaded). */
export class UserError extends KgError {
  constructor(message: string, exitCode = 1) {
    super(message, { exitCode });
  }
}

export function isUserFacing(err: unknown): err is KgError {
  return err instanceof KgError;
}
