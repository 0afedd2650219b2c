/**
 * The Article record: what every loader yields and every later stage reads.
 * Input: nothing (schema only). Output: the zod schema and its inferred type.
 */
import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Where a record came from, so every problem and every fact can name its file and record. */
export const Origin = z.object({
  file: z.string(),
  /** 1-based record number inside a JSON array or zip entry. */
  record: z.number().int().positive().optional(),
  /** 1-based line number inside a JSONL file. */
  line: z.number().int().positive().optional(),
  /** Name of the entry inside a zip archive. */
  entry: z.string().optional(),
});
export type Origin = z.infer<typeof Origin>;

export const ArticleRecord = z.object({
  /** JSONL `id`, SaudiNewsNet `url`, a text file's stem, or `<parent id>#<n>` for a sub-article. */
  id: z.string().min(1),
  title: z.string().nullable(),
  /** Body text only: never the keyword block or the headline list. */
  text: z.string().min(1),
  /** Publication date (YYYY-MM-DD) used to resolve relative dates and pick office holders. */
  published: IsoDate.nullable(),
  /** Outlet name as written (e.g. عربي21, aawsat). */
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().default('ar'),
  /** Keyword block (كلمات دلالية): metadata, never text. */
  tags: z.array(z.string()).default([]),
  /** Headline list (مقالات مشابهة): kept apart from the body. */
  headlines: z.array(z.string()).default([]),
  /** The record this one was split from (an appended related article); becomes RELATED_TO. */
  parent: z.string().nullable().default(null),
  origin: Origin,
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;
/** What a loader builds before defaults are applied. */
export type ArticleRecordInput = z.input<typeof ArticleRecord>;

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
