/**
 * Gold files (shared/eval/GOLD-FORMAT.md): what a careful analyst puts in the graph per article.
 * Input: a gold file's JSON. Output: validated GoldArticle objects (zod schema = the type).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { defined, KgError } from '../errors.ts';
import { IsoDate, VisitStatus } from '../model.ts';

export const LISTS = ['states', 'bodies', 'leaders', 'agreements', 'vetoes', 'visits'] as const;
export const ListName = z.enum(LISTS);
export type ListName = z.infer<typeof ListName>;

const Code = z.string().min(2);
/** A leader as gold records it; `state` is null for office holders of no state (UN Secretary-General). */
export const GoldLeader = z.object({
  name_en: z.string().min(1),
  aliases_en: z.array(z.string()).default([]),
  key_ar: z.array(z.string().min(1)).min(1),
  not_ar: z.array(z.string().min(1)).default([]),
  state: Code.nullable(),
});
/** Whether the article reports the fact as done (signed, cast, travelled) or only planned (GUIDELINES.md). */
export const GoldStatus = VisitStatus.default('done');
export const SPLITS = ['train', 'test'] as const;
/** dev-train: rules may be shaped on it; dev-test: only its aggregate scores are ever looked at. */
export const Split = z.enum(SPLITS);
export type Split = z.infer<typeof Split>;

export const GoldAgreement = z.object({
  parties: z.array(Code).min(1),
  alt_parties: z.array(z.array(Code).min(1)).default([]),
  kind: z.string().optional(),
  date: IsoDate.optional(),
  count: z.number().int().positive().optional(),
  signatories_en: z.array(z.string()).optional(),
  status: GoldStatus,
});
export const GoldVeto = z.object({ by: Code, body: Code, date: IsoDate.optional(), subject: z.string().optional(), status: GoldStatus });
export const GoldVisit = z.object({
  visitor_en: z.string().min(1),
  aliases_en: z.array(z.string()).default([]),
  key_ar: z.array(z.string().min(1)).min(1),
  not_ar: z.array(z.string().min(1)).default([]),
  visitor_state: Code.nullable(),
  to: Code,
  date: IsoDate.optional(),
  status: GoldStatus,
});

const list = <T extends z.ZodTypeAny>(item: T) => z.array(item).default([]);
export const GoldArticle = z.object({
  /** Article id: SaudiNewsNet url, JSONL id, or a text file's stem. */
  article: z.string().min(1),
  /** Which half of the development set: existing gold is train (the rules were shaped on it). */
  split: Split.default('train'),
  /** Where the text is when it is not in the corpus: a file (relative to the project root) and its date. */
  source: z.object({ file: z.string().min(1), published: IsoDate.optional() }).optional(),
  date: IsoDate,
  scope: z.array(ListName).min(1).optional(),
  states: list(Code), states_optional: list(Code),
  bodies: list(Code), bodies_optional: list(Code),
  leaders: list(GoldLeader), leaders_optional: list(GoldLeader),
  agreements: list(GoldAgreement), agreements_optional: list(GoldAgreement),
  vetoes: list(GoldVeto), vetoes_optional: list(GoldVeto),
  visits: list(GoldVisit), visits_optional: list(GoldVisit),
  /** What the article was chosen for (agreement, veto, vote, visit, trap): for reporting only. */
  category: z.array(z.string()).default([]),
  notes: z.string().default(''),
});
export type GoldLeader = z.infer<typeof GoldLeader>;
export type GoldAgreement = z.infer<typeof GoldAgreement>;
export type GoldVeto = z.infer<typeof GoldVeto>;
export type GoldVisit = z.infer<typeof GoldVisit>;
export type GoldArticle = z.infer<typeof GoldArticle>;
export const GoldFile = z.array(GoldArticle);

/** A problem with a gold file, said in one line naming the file. */
export class GoldError extends KgError {}

/** Read and validate one gold file; article ids must be unique within it. */
export function readGoldFile(path: string): GoldArticle[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new GoldError(`gold file ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'not valid JSON'}`);
  }
  const parsed = GoldFile.safeParse(raw);
  if (!parsed.success) {
    const issue = defined(parsed.error.issues[0], 'the first issue of a ZodError');
    throw new GoldError(`gold file ${path}: at ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const g of parsed.data) {
    if (seen.has(g.article)) throw new GoldError(`gold file ${path}: article ${g.article} is annotated twice`);
    seen.add(g.article);
  }
  return parsed.data;
}
