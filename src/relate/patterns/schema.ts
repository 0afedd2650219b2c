/**
 * The pattern file format (data/patterns/*.yaml), as zod schemas: a relation's constructions as
 * sequences of token constraints, gaps and slots, with the adjunct classes skipped between them, and
 * the example sentences each construction must (and must not) read. Types are inferred here only.
 */
import { z } from 'zod';

/** Entity kinds a token constraint may ask for: a recognised mention of that kind, or a date expression. */
export const EntityKind = z.enum(['STATE', 'LEADER', 'OFFICE', 'BODY', 'ORG', 'CITY', 'DATE']);
export type EntityKind = z.infer<typeof EntityKind>;

/** What the engine skips between elements without counting it toward any distance. */
export const AdjunctClass = z.enum(['time', 'place', 'insertion', 'dash', 'parenthesis', 'title_chain', 'venue']);
export type AdjunctClass = z.infer<typeof AdjunctClass>;

const Name = z.string().regex(/^[a-z][a-z0-9_.-]*$/, 'expected a lower-case name');

/** One token (or phrase, or mention) the element must match at its place. */
export const TokenTest = z.object({
  /** A word list by its path in the relation's lexicon (cast.verbs), matched on normalised form or stem. */
  class: Name.optional(),
  /** Words or phrases given inline. */
  words: z.array(z.string().min(1)).min(1).optional(),
  /** A mention of one of these kinds (or a date expression) starting here; the whole mention is taken. */
  kind: z.array(EntityKind).min(1).optional(),
  /** Only mentions found this way (nisba: الروسي). */
  via: z.array(z.string().min(1)).min(1).optional(),
  /** Proclitics the word must not carry (ال: a verb never has the article) or must carry. */
  without_prefix: z.array(z.string().min(1)).optional(),
  with_prefix: z.array(z.string().min(1)).optional(),
  /** A named token predicate the relation's component implements in TypeScript. */
  is: Name.optional(),
  is_not: Name.optional(),
  /** What the slot records when this alternative matched (cast, pending, future…). */
  label: Name.optional(),
}).strict();
export type TokenTest = z.infer<typeof TokenTest>;

export const Element = TokenTest.extend({
  /** Any of these alternatives, tried in order at each position. */
  any: z.array(TokenTest).min(1).optional(),
  /**
   * Up to `max` ordinary words (adjuncts free), never across a clause break. A gap takes as few words
   * as the rest of the pattern allows; `greedy` takes as many (a window: the words before a verb that
   * may hold its subject, the words after a relative clause's verb that hold its arguments).
   * `parties` passes the words of party mentions (leaders, offices, states and their nisbas, bodies,
   * organisations) and the titles before them uncounted: a list of named leaders is one unit, however
   * many titles and names it holds (وقع الرئيس المصري … والرئيس السوداني … ورئيس الوزراء الإثيوبي …).
   */
  gap: z.object({ max: z.number().int().min(0).max(12), greedy: z.boolean().optional(), parties: z.boolean().optional() }).strict().optional(),
  /** A clause edge: the sentence's edge or a clause break (comma, colon…) next to it. */
  edge: z.literal('clause').optional(),
  slot: Name.optional(),
  optional: z.boolean().default(false),
  repeat: z.boolean().default(false),
  /** The element the engine looks up first; elements before it are matched leftwards, nearest first. */
  anchor: z.boolean().default(false),
}).strict();
export type Element = z.infer<typeof Element>;

const TOKEN_KEYS = ['class', 'words', 'kind', 'via', 'without_prefix', 'with_prefix', 'is', 'is_not', 'label'] as const;

/**
 * Keys the engine (engine.ts: element(), altAt(), forward()/backward()) reads past in this
 * combination, each with what to write instead: a key that does nothing would let a pattern look
 * stricter than it runs. `beforeAnchor`: the element is matched leftwards from the anchor. `tokenOnly`:
 * the element sits in a sequence or a reject_after, whose slots, labels and anchor nobody reads.
 */
export function idleKeys(el: Element, at: { beforeAnchor: boolean; tokenOnly: boolean }): [key: string, why: string][] {
  const out: [string, string][] = [];
  const own = TOKEN_KEYS.filter((k) => el[k] !== undefined);
  const mode = el.gap ? 'gap' : el.edge ? 'edge' : el.any ? 'any' : null;
  if (mode) for (const k of own) out.push([k, `is ignored next to ${mode}: (${mode === 'any' ? 'put it in each alternative' : 'a gap or edge tests no word'})`]);
  if (el.gap && el.edge) out.push(['edge', 'is ignored next to gap:']);
  if (el.any && (el.gap || el.edge)) out.push(['any', `is ignored next to ${el.gap ? 'gap' : 'edge'}:`]);
  if (el.edge && el.slot) out.push(['slot', 'is ignored next to edge: (an edge holds no words)']);
  if ((el.gap || el.edge) && el.optional) out.push(['optional', `is ignored next to ${el.gap ? 'gap: (a gap may be empty already)' : 'edge:'}`]);
  if ((el.gap || el.edge) && el.repeat) out.push(['repeat', `is ignored next to ${el.gap ? 'gap' : 'edge'}:`]);
  if (el.anchor && (el.gap || el.edge)) out.push(['anchor', 'on a gap or edge never matches (the anchor must be a word)']);
  if (el.anchor && el.optional) out.push(['optional', 'is ignored on the anchor']);
  if (el.anchor && el.repeat) out.push(['repeat', 'is ignored on the anchor']);
  if (el.repeat && at.beforeAnchor && !el.gap && !el.edge) out.push(['repeat', 'is ignored before the anchor (only elements after it repeat)']);
  for (const [i, t] of (mode === 'any' ? el.any! : mode ? [] : [el]).entries()) {
    const k = mode === 'any' ? `any.${i}.` : '';
    if ((t.words || t.class) && t.kind) out.push([`${k}kind`, 'is ignored next to words: or class: (the word list decides)']);
    if (t.via && !(t.kind ?? []).some((x) => x !== 'DATE')) out.push([`${k}via`, 'is ignored without a mention kind: in the same test']);
    else if (t.via && (t.words || t.class)) out.push([`${k}via`, 'is ignored next to words: or class:']);
    if (t.label && (!el.slot || at.tokenOnly)) out.push([`${k}label`, at.tokenOnly ? 'is ignored in a sequence or reject_after (nothing reads its slots)' : 'is ignored on an element without slot:']);
  }
  if (at.tokenOnly) for (const k of ['slot', 'anchor'] as const) if (el[k]) out.push([k, 'is ignored in a sequence or reject_after (nothing reads its slots)']);
  return out;
}

/** One issue per idle key, at that key's path, naming the pattern (or sequence) and the key. */
function checkElements(els: Element[], what: string, path: (string | number)[], ctx: z.RefinementCtx, tokenOnly: boolean): void {
  const anchor = els.findIndex((e) => e.anchor);
  els.forEach((el, i) => {
    for (const [key, why] of idleKeys(el, { beforeAnchor: !tokenOnly && i < anchor, tokenOnly })) {
      ctx.addIssue({ code: 'custom', path: [...path, i, ...key.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x))], message: `${what}, element ${i + 1}: ${key} ${why}` });
    }
  });
}

/** A sentence written for the pattern, with the slots it must read (as written, adjuncts left out). */
export const Example = z.object({
  text: z.string().min(1),
  published: z.string().optional(),
  /** The article's title, when the example is a headline (read in headline style). */
  title: z.string().optional(),
  slots: z.record(Name, z.string()).default({}),
  /** Facts the relation's component must give for it (partial objects). */
  facts: z.array(z.record(z.string(), z.unknown())).optional(),
}).strict();

export const Pattern = z.object({
  /** The rule id written into evidence.rule. */
  id: z.string().regex(/^[a-z]+:[a-z0-9-]+$/, 'expected relation:construction'),
  /** Patterns of one group compete for an anchor: the first that matches decides it. */
  group: Name,
  /** What the construction is (documentation and reports): SVO, VSO, nominal, passive… */
  order: z.enum(['SVO', 'VSO', 'VOS', 'verb-dropped', 'nominal', 'passive', 'verbal-noun', 'relative']),
  elements: z.array(Element).min(1),
  /** Slots that must hold an argument (a party) for the pattern to match; otherwise the next pattern is tried. */
  needs_args: z.array(Name).default([]),
  /** Slots a named TypeScript filler supplies when the words do not (a dropped subject). */
  fill: z.record(Name, Name).default({}),
  /** Named conditions that, when they hold, void the match and close the anchor (no later pattern tries it). */
  reject: z.array(Name).default([]),
  /**
   * Headline grammar (a nominal «LEADER في PLACE»): the pattern is read only in the article's title.
   * The engine tries it nowhere else, and its anchor words open the relate stage's gate only there.
   */
  title_only: z.boolean().default(false),
  /** Word sequences that void the match when they follow (after) a slot. */
  reject_after: z.array(z.object({ slot: Name, elements: z.array(Element).min(1) }).strict()).default([]),
  confidence: z.number().min(0).max(1),
  examples: z.array(Example).min(1),
  /** Sentences on which the pattern must give no fact. */
  negatives: z.array(z.string().min(1)).min(1),
}).strict().superRefine((p, ctx) => {
  checkElements(p.elements, `pattern ${p.id}`, ['elements'], ctx, false);
  p.reject_after.forEach((r, i) => checkElements(r.elements, `pattern ${p.id}, reject_after ${i + 1}`, ['reject_after', i, 'elements'], ctx, true));
});
export type Pattern = z.infer<typeof Pattern>;

export const PatternFile = z.object({
  relation: Name,
  /** The lexicon (data/lexicon/<name>) that `class:` paths are looked up in. */
  lexicon: z.string().regex(/^[a-z-]+\.yaml$/),
  adjuncts: z.array(AdjunctClass),
  /**
   * Anchors of one group closer than this (in words) are one anchor: حق النقض (الفيتو). null: every
   * anchor stands alone (اجتماع القمة: each word opens its own reading).
   */
  merge_anchors_within: z.number().int().min(0).nullable().default(0),
  /**
   * Named search distances (in words) a component's hand-written reading still uses where no pattern
   * expresses it yet (visits: how far past the visitor a destination may stand): data, not code.
   */
  windows: z.record(Name, z.number().int().min(1).max(60)).default({}),
  /** Named word sequences the component's conditions look for (before or after a slot). */
  sequences: z.record(Name, z.array(Element).min(1)).default({}),
  /**
   * Empty while a relation's hand-written finder still reads its constructions and only asks the
   * engine where the adjuncts after a word end (agreements, visits: docs/relations.md).
   */
  patterns: z.array(Pattern).default([]),
}).strict().superRefine((f, ctx) => {
  for (const [name, els] of Object.entries(f.sequences)) checkElements(els, `sequence ${name}`, ['sequences', name], ctx, true);
});
export type PatternFile = z.infer<typeof PatternFile>;

/** The adjunct vocabulary every relation shares (data/patterns/adjuncts.yaml). */
export const AdjunctWords = z.object({
  time_words: z.array(z.string().min(1)).min(1),
  time_leads: z.array(z.string().min(1)).min(1),
  place_preps: z.array(z.string().min(1)).min(1),
  dashes: z.array(z.string().min(1)).min(1),
  comitatives: z.array(z.string().min(1)).min(1),
  max_insertion: z.number().int().min(1).max(15),
  venue_nouns: z.array(z.string().min(1)).min(1),
  max_venue_name: z.number().int().min(0).max(8),
}).strict();
export type AdjunctWords = z.infer<typeof AdjunctWords>;
