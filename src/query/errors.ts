/**
 * The one error a query shows its user: a single line naming the value and the problem.
 * The CLI prints `kg: <message>` and exits non-zero; it never prints a stack trace for these.
 */
import { KgError } from '../errors.ts';

export class QueryError extends KgError {}
