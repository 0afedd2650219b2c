/**
 * The Document that flows through the pipeline, spaCy-style: one object per article; each stage
 * adds its own kind of annotation and every annotation keeps offsets into the original text.
 *   load → normalise (text, norm, tokens, sentences) → recognise (mentions) → relate (facts)
 *   → resolve (graph batch) → store → query
 */
import type { ArticleRecord } from './load/article.ts';
import type { Evidence, NodeLabel } from './store/model.ts';

/** A token: a word split from its clitics (و ف ب ل ك ال لل), with offsets into the original text. */
export interface Token {
  /** Surface form exactly as in the original text (with clitics). */
  text: string;
  /** Start/end offsets (UTF-16 code units) of the whole surface token in the original text. */
  start: number;
  end: number;
  /** Normalised form of the whole token (see normalise/arabic.ts). */
  norm: string;
  /** Normalised proclitics split off, in order, e.g. ['و', 'ال'] for والرئيس. Empty when none. */
  prefixes: string[];
  /** Normalised stem without the proclitics (e.g. رئيس for والرئيس). */
  stem: string;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence {
  index: number;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Original text of the sentence. */
  text: string;
  /** Range of token indexes [tokenStart, tokenEnd) in Document.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export type MentionKind = 'State' | 'Leader' | 'Person' | 'UNBody' | 'Organization' | 'City' | 'Office';

/** How a mention was found: the name itself, a capital or seat standing for the state, a nisba adjective… */
export type MentionVia =
  | 'name' | 'alias' | 'capital' | 'seat' | 'nisba' | 'city' | 'gazetteer' | 'title' | 'partial-name' | 'acronym';

/**
 * An entity mention. `id` is the canonical id (ISO alpha-3 for states, fixed slugs for UN bodies,
 * a stable slug for leaders/persons/organisations/cities). An `Office` mention is a bare office
 * with a state and no name (الرئيس الروسي): it references the state and may be resolved to a leader
 * from the discourse by `relate`.
 */
export interface Mention {
  kind: MentionKind;
  id: string;
  /** Offsets in the original text, and the surface text. */
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  via: MentionVia;
  /** For leaders, persons, cities and offices: the state they belong to (ISO alpha-3), when known. */
  state?: string | null;
  /** For leaders and offices: the office (e.g. 'president', 'prime minister', 'foreign minister'). */
  office?: string | null;
  /** Display names for the node this mention creates. */
  name_ar?: string;
  name_en?: string | null;
  wikidata?: string | null;
  /** Term dates of the office, when known (HOLDS_OFFICE). */
  from?: string | null;
  to?: string | null;
  /** For persons: their role as written (خبير، باحث…). */
  role?: string | null;
}

export interface EntityRef {
  label: NodeLabel;
  id: string;
}

export type AgreementStatus = 'signed' | 'concluded' | 'planned';

export interface AgreementFact {
  type: 'agreement';
  name_ar: string;
  /** defense, strategic-partnership, cooperation, trade, energy, nuclear, mou, ceasefire, … */
  kind: string;
  status: AgreementStatus;
  date: string | null;
  count: number | null;
  /** States (or UN bodies / organisations) bound by the agreement. */
  parties: EntityRef[];
  /** Leaders who signed it, where named. */
  signatories: EntityRef[];
  evidence: Evidence[];
  /** The registry entry (data/registry/agreements.yaml) it is, when it is a named agreement. */
  registry?: string | null;
}

export interface VetoFact {
  type: 'veto';
  /** ISO alpha-3 of the vetoing state. */
  by: string;
  body: 'UNSC';
  date: string | null;
  subject: string | null;
  evidence: Evidence[];
  /** Earlier casts counted as a batch (المرة الرابعة التي تستخدم فيها): never the same draft as a cast told in full. */
  batch?: boolean;
}

export interface VisitFact {
  type: 'visit';
  visitor: EntityRef;
  /** ISO alpha-3 of the destination state. */
  to: string;
  city: string | null;
  date: string | null;
  status: 'done' | 'planned';
  host: EntityRef | null;
  evidence: Evidence[];
}

export interface MetFact {
  type: 'met';
  a: EntityRef;
  b: EntityRef;
  date: string | null;
  place: string | null;
  evidence: Evidence[];
}

export type Fact = AgreementFact | VetoFact | VisitFact | MetFact;

export interface Document {
  article: ArticleRecord;
  /**
   * Original text: article.text, then (when the article has a title) a paragraph break and the title,
   * so the body keeps its offsets and the title is read as its own last sentence(s).
   */
  text: string;
  /**
   * Offset in `text` where the title begins, the index of its first sentence, and the body sentences
   * that repeat it; null without a title.
   */
  headline?: { start: number; sentence: number; echoes: number[] } | null;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  facts: Fact[];
}
