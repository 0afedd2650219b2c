/**
 * What a load reports besides its articles (the Article record itself is in src/model.ts).
 * Input: nothing (schema only). Output: the zod schema and its inferred type.
 */
import { z } from 'zod';

/** A problem met while loading: reported, counted, and the load goes on (unless --strict). */
export const LoadProblem = z.object({
  file: z.string(),
  record: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
  /** Name of the entry inside a zip archive, when the problem is in one. */
  entry: z.string().optional(),
  /** skipped: valid input with nothing to load (e.g. empty text); failed: broken input. */
  outcome: z.enum(['skipped', 'failed']),
  /** Short machine-readable reason, used to count skips and failures by reason. */
  reason: z.string(),
  /** One human sentence. */
  message: z.string(),
});
export type LoadProblem = z.infer<typeof LoadProblem>;
