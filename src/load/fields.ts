/**
 * Load, field schemas shared by the record and metadata parsers (zod, parsed at the file edge).
 * Input: raw JSON/YAML values. Output: validated, normalised field values.
 */
import { z } from 'zod';
import { defined } from '../errors.ts';

/**
 * A date given as `YYYY-MM-DD`, or a timestamp starting with one (`2015-07-21 02:51:32`,
 * `2024-06-20T08:00:00Z`), or a YAML date: kept as its calendar day `YYYY-MM-DD`.
 */
export const DateLike = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString() : v.trim();
    const [, y, mo, d] = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s) ?? [];
    const day = y === undefined || mo === undefined || d === undefined ? null : new Date(Date.UTC(+y, +mo - 1, +d));
    if (!day || day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) {
      ctx.addIssue({ code: 'custom', message: `expected a date as YYYY-MM-DD, got "${s.slice(0, 40)}"` });
      return z.NEVER;
    }
    return `${y}-${mo}-${d}`;
  });

/** A text field that may be absent or null; blank text counts as absent. */
export const OptionalText = z
  .string()
  .nullable()
  .optional()
  .transform((v) => (v == null || v.trim() === '' ? null : v.trim()));

export const OptionalList = z.array(z.string()).optional();

/** One line for the first zod issue: `field "title": expected string, received number`. */
export function describeIssue(error: z.ZodError, input?: unknown): string {
  const issue = defined(error.issues[0], 'the first issue of a ZodError');
  const path = issue.path.length ? `field "${issue.path.join('.')}"` : 'the record';
  if (issue.path.length && valueAt(input, issue.path) === undefined && (input !== undefined || /received undefined$/.test(issue.message))) {
    return `${path} is missing`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${path}: ${issue.message.replace(/^Invalid input: /, '')}`;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
