/**
 * Load, JSON records: one parsed JSON object (SaudiNewsNet or JSONL-like) → an Article record input.
 * Input: the raw value and where it came from. Output: an ArticleRecordInput, or why it is unusable.
 *
 * SaudiNewsNet records are {source, url, date_extracted, title, author, content}: id = url,
 * outlet = source, and published = the day of `date_extracted`. That field is the crawl time, not
 * the publication time; the crawler ran daily, so it is the publication day or at most a day after,
 * the best date the corpus has (SaudiNewsNet, Alshaabi 2015, github.com/parallelfold/SaudiNewsNet).
 * JSONL-like records are {id, title?, text or content, published?, source or outlet?, url?,
 * language?, tags?, headlines?, parent?}; an integer id is taken as its decimal string.
 */
import { z } from 'zod';
import type { ArticleRecordInput, Origin } from '../model.ts';
import { DateLike, describeIssue, OptionalList, OptionalText } from './fields.ts';

export const SaudiNewsNetRecord = z.object({
  source: z.string().trim().min(1),
  url: z.string().trim().min(1),
  date_extracted: DateLike,
  title: OptionalText,
  author: OptionalText,
  content: z.string(),
});

export const JsonArticleRecord = z.object({
  id: z.union([z.string().trim().min(1), z.number().int().transform(String)]),
  title: OptionalText,
  text: z.string().optional(),
  content: z.string().optional(),
  published: DateLike.nullable().optional(),
  source: OptionalText,
  outlet: OptionalText,
  url: OptionalText,
  language: z.string().min(2).optional(),
  tags: OptionalList,
  headlines: OptionalList,
  parent: OptionalText,
});

export type Converted =
  | { ok: true; record: ArticleRecordInput }
  | { ok: false; outcome: 'skipped' | 'failed'; reason: string; detail: string };

const fail = (reason: string, detail: string): Converted => ({ ok: false, outcome: 'failed', reason, detail });

/** SaudiNewsNet-shaped: no `id`, and the corpus's own `date_extracted` or `url` to name it. */
function isSaudiNewsNet(o: Record<string, unknown>): boolean {
  return !('id' in o) && ('date_extracted' in o || ('url' in o && 'content' in o));
}

export function fromJson(raw: unknown, origin: Origin): Converted {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('invalid-record', `expected a JSON object, got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`);
  }
  const o = raw as Record<string, unknown>;
  if (isSaudiNewsNet(o)) {
    const r = SaudiNewsNetRecord.safeParse(o);
    if (!r.success) return fail('invalid-record', describeIssue(r.error, o));
    const s = r.data;
    return withText(s.content, 'content', {
      id: s.url, title: s.title, published: s.date_extracted, outlet: s.source, url: s.url, language: 'ar', origin,
    });
  }
  const r = JsonArticleRecord.safeParse(o);
  if (!r.success) return fail('invalid-record', describeIssue(r.error, o));
  const j = r.data;
  const text = j.text ?? j.content;
  if (text === undefined) return fail('invalid-record', 'field "text" (or "content") is missing');
  return withText(text, j.text !== undefined ? 'text' : 'content', {
    id: j.id, title: j.title, published: j.published ?? null, outlet: j.outlet ?? j.source, url: j.url,
    language: j.language ?? 'ar', tags: j.tags ?? [], headlines: j.headlines ?? [], parent: j.parent, origin,
  });
}

function withText(text: string, field: string, rest: Omit<ArticleRecordInput, 'text'>): Converted {
  const t = text.trim();
  if (t === '') return { ok: false, outcome: 'skipped', reason: 'empty-text', detail: `field "${field}" is empty` };
  return { ok: true, record: { ...rest, text: t } };
}
