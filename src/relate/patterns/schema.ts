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
export const AdjunctClass = z.enum(['time', 'place', 'insertion', 'dash', 'parenthesis', 'title_chain']);
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
   */
  gap: z.object({ max: z.number().int().min(0).max(12), greedy: z.boolean().optional() }).strict().optional(),
  /** A clause edge: the sentence's edge or a clause break (comma, colon…) next to it. */
  edge: z.literal('clause').optional(),
  slot: Name.optional(),
  optional: z.boolean().default(false),
  repeat: z.boolean().default(false),
  /** The element the engine looks up first; elements before it are matched leftwards, nearest first. */
  anchor: z.boolean().default(false),
}).strict();
export type Element = z.infer<typeof Element>;

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
  /** Word sequences that void the match when they follow (after) a slot. */
  reject_after: z.array(z.object({ slot: Name, elements: z.array(Element).min(1) }).strict()).default([]),
  confidence: z.number().min(0).max(1),
  examples: z.array(Example).min(1),
  /** Sentences on which the pattern must give no fact. */
  negatives: z.array(z.string().min(1)).min(1),
}).strict();
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
}).strict();
export type PatternFile = z.infer<typeof PatternFile>;

/** The adjunct vocabulary every relation shares (data/patterns/adjuncts.yaml). */
export const AdjunctWords = z.object({
  time_words: z.array(z.string().min(1)).min(1),
  time_leads: z.array(z.string().min(1)).min(1),
  place_preps: z.array(z.string().min(1)).min(1),
  dashes: z.array(z.string().min(1)).min(1),
  max_insertion: z.number().int().min(1).max(15),
}).strict();
export type AdjunctWords = z.infer<typeof AdjunctWords>;
