/**
 * The domain model, in one place, as zod schemas: the Article record every loader yields, the
 * Document that flows through the pipeline and the facts relate reads, the graph's node labels,
 * edge types and their properties, and the statuses. Every type is inferred from a schema and each
 * enum is declared here only. Both stores (embedded graphology and Neo4j) hold exactly this graph;
 * labels and relationship types are a fixed list and are never built from input text.
 *
 *   load → normalise (text, tokens, sentences) → recognise (mentions) → relate (facts)
 *   → resolve (graph batch) → store → query
 */
import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/**
 * A fact's date at the precision its text gives: a year (YYYY), a month (YYYY-MM) or a day
 * (YYYY-MM-DD). A partial date stands for every day it contains: it is compatible with any more
 * precise date that starts with it, and its first and last days are its span (`dateSpan`). Being a
 * prefix of the day, it sorts next to the days it contains, and both stores hold it as a string.
 */
export const FactDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
export type FactDate = z.infer<typeof FactDate>;
export type FactDatePrecision = 'year' | 'month' | 'day';
export const datePrecision = (d: string): FactDatePrecision => (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day');
/** Is `inner` the same date as `outer` or a more precise date inside it (2015-06-03 inside 2015-06)? */
export const dateWithin = (inner: string, outer: string): boolean => inner.startsWith(outer);
/** Can two dates name the same time: one contains the other? */
export const datesCompatible = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);
/** First and last day a date covers. */
export function dateSpan(d: string): [string, string] {
  if (d.length === 10) return [d, d];
  if (d.length === 4) return [`${d}-01-01`, `${d}-12-31`];
  const last = new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).getUTCDate();
  return [`${d}-01`, `${d}-${String(last).padStart(2, '0')}`];
}
/** Days between two dates' spans: 0 when one contains the other or they overlap. */
export function dateGap(a: string, b: string): number {
  const [a0, a1] = dateSpan(a);
  const [b0, b1] = dateSpan(b);
  if (a1 < b0) return (Date.parse(b0) - Date.parse(a1)) / 86_400_000;
  if (b1 < a0) return (Date.parse(a0) - Date.parse(b1)) / 86_400_000;
  return 0;
}
/**
 * Does a (maybe partial) date overlap the days since..until (either open)? Compared on the date's own
 * prefix, so a month 2015-07 is inside "since 2015-07-20": the same test runs in Cypher (queries).
 */
export const dateInRange = (d: string | null, since: string | null, until: string | null): boolean =>
  (since === null || (d !== null && d >= since.slice(0, d.length))) && (until === null || (d !== null && d <= until.slice(0, d.length)));
const Id = z.string().min(1);
const Sources = z.array(z.string()).default([]);

// ---- statuses ----

/** An agreement's status in the graph (the registry's legal history has more: relate/registry.ts). */
export const AgreementStatus = z.enum(['signed', 'concluded', 'planned']);
export type AgreementStatus = z.infer<typeof AgreementStatus>;
export const VisitStatus = z.enum(['done', 'planned']);
export type VisitStatus = z.infer<typeof VisitStatus>;
/** Days between two dated mentions of one visitor and destination that still make them one visit (resolve/events.ts, relate/index.ts). */
export const VISIT_GAP = 3;

// ---- the article ----

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

/** The Article record: what every loader yields and every later stage reads. */
export const ArticleRecord = z.object({
  /** JSONL `id`, SaudiNewsNet `url`, a text file's stem, or `<parent id>#<n>` for a sub-article. */
  id: Id,
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

// ---- the graph: labels and types ----

export const NODE_LABELS = [
  'Article', 'Outlet', 'State', 'Leader', 'Person', 'UNBody', 'Organization', 'City',
  'Agreement', 'DraftResolution',
] as const;
export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

export const EDGE_TYPES = [
  'PUBLISHED_BY', 'RELATED_TO', 'MENTIONS', 'HOLDS_OFFICE', 'PARTY_TO', 'SIGNED',
  'VETOED', 'PUT_TO', 'VISITED', 'MET', 'LOCATED_IN',
] as const;
export const EdgeType = z.enum(EDGE_TYPES);
export type EdgeType = z.infer<typeof EdgeType>;

/** Where an edge comes from: the sentence that says it and the rule that read it. */
export const Evidence = z.object({
  article: z.string(),
  sentence: z.number().int().nonnegative(),
  /** Character span in the article's original text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  /** What this sentence's article said of the fact (date, status, …): kept when reports of one event merge. */
  claim: z.record(z.string(), z.unknown()).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const evidenceKey = (e: Evidence): string => `${e.article}|${e.sentence}|${e.start}|${e.end}|${e.rule}`;

// ---- the Document and its annotations ----

/** A token: a word split from its clitics (و ف ب ل ك ال لل), with offsets into the original text. */
export const Token = z.object({
  /** Surface form exactly as in the original text (with clitics). */
  text: z.string(),
  /** Start/end offsets (UTF-16 code units) of the whole surface token in the original text. */
  start: z.number().int(),
  end: z.number().int(),
  /** Normalised form of the whole token (see normalise/arabic.ts). */
  norm: z.string(),
  /** Normalised proclitics split off, in order, e.g. ['و', 'ال'] for والرئيس. Empty when none. */
  prefixes: z.array(z.string()),
  /** Normalised stem without the proclitics (e.g. رئيس for والرئيس). */
  stem: z.string(),
  /** Index of the sentence holding this token. */
  sentence: z.number().int(),
});
export type Token = z.infer<typeof Token>;

export const Sentence = z.object({
  index: z.number().int(),
  /** Offsets in the original text. */
  start: z.number().int(),
  end: z.number().int(),
  /** Original text of the sentence. */
  text: z.string(),
  /** Range of token indexes [tokenStart, tokenEnd) in Document.tokens. */
  tokenStart: z.number().int(),
  tokenEnd: z.number().int(),
});
export type Sentence = z.infer<typeof Sentence>;

export const MentionKind = z.enum(['State', 'Leader', 'Person', 'UNBody', 'Organization', 'City', 'Office']);
export type MentionKind = z.infer<typeof MentionKind>;

/** How a mention was found: the name itself, a capital or seat standing for the state, a nisba adjective… */
export const MentionVia = z.enum(['name', 'alias', 'capital', 'seat', 'nisba', 'city', 'gazetteer', 'title', 'partial-name', 'acronym']);
export type MentionVia = z.infer<typeof MentionVia>;

/**
 * An entity mention. `id` is the canonical id (ISO alpha-3 for states, fixed slugs for UN bodies,
 * a stable slug for leaders/persons/organisations/cities). An `Office` mention is a bare office
 * with a state and no name (الرئيس الروسي): it references the state and may be resolved to a leader
 * from the discourse by `relate`.
 */
export const Mention = z.object({
  kind: MentionKind,
  id: z.string(),
  /** Offsets in the original text, and the surface text. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  sentence: z.number().int(),
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: z.number().int(),
  tokenEnd: z.number().int(),
  via: MentionVia,
  /** For leaders, persons, cities and offices: the state they belong to (ISO alpha-3), when known. */
  state: z.string().nullable().optional(),
  /** For leaders and offices: the office (e.g. 'president', 'prime minister', 'foreign minister'). */
  office: z.string().nullable().optional(),
  /** Display names for the node this mention creates. */
  name_ar: z.string().optional(),
  name_en: z.string().nullable().optional(),
  wikidata: z.string().nullable().optional(),
  /** Term dates of the office, when known (HOLDS_OFFICE). */
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
  /** For persons: their role as written (خبير، باحث…). */
  role: z.string().nullable().optional(),
});
export type Mention = z.infer<typeof Mention>;

export const EntityRef = z.object({ label: NodeLabel, id: z.string() });
export type EntityRef = z.infer<typeof EntityRef>;

export const AgreementFact = z.object({
  type: z.literal('agreement'),
  name_ar: z.string(),
  /** defense, strategic-partnership, cooperation, trade, energy, nuclear, mou, ceasefire, … */
  kind: z.string(),
  status: AgreementStatus,
  date: FactDate.nullable(),
  count: z.number().nullable(),
  /** States (or UN bodies / organisations) bound by the agreement. */
  parties: z.array(EntityRef),
  /** Leaders who signed it, where named. */
  signatories: z.array(EntityRef),
  evidence: z.array(Evidence),
  /** The registry entry (data/registry/agreements.yaml) it is, when it is a named agreement. */
  registry: z.string().nullable().optional(),
});
export type AgreementFact = z.infer<typeof AgreementFact>;

export const VetoFact = z.object({
  type: z.literal('veto'),
  /** ISO alpha-3 of the vetoing state. */
  by: z.string(),
  body: z.literal('UNSC'),
  date: FactDate.nullable(),
  subject: z.string().nullable(),
  evidence: z.array(Evidence),
  /** Earlier casts counted as a batch (المرة الرابعة التي تستخدم فيها): never the same draft as a cast told in full. */
  batch: z.boolean().optional(),
});
export type VetoFact = z.infer<typeof VetoFact>;

export const VisitFact = z.object({
  type: z.literal('visit'),
  visitor: EntityRef,
  /** ISO alpha-3 of the destination state. */
  to: z.string(),
  city: z.string().nullable(),
  date: FactDate.nullable(),
  status: VisitStatus,
  host: EntityRef.nullable(),
  evidence: z.array(Evidence),
});
export type VisitFact = z.infer<typeof VisitFact>;

export const MetFact = z.object({
  type: z.literal('met'),
  a: EntityRef,
  b: EntityRef,
  date: FactDate.nullable(),
  place: z.string().nullable(),
  evidence: z.array(Evidence),
});
export type MetFact = z.infer<typeof MetFact>;

export const Fact = z.discriminatedUnion('type', [AgreementFact, VetoFact, VisitFact, MetFact]);
export type Fact = z.infer<typeof Fact>;

/** One object per article; each stage adds its own kind of annotation, with offsets into `text`. */
export const Document = z.object({
  article: ArticleRecord,
  /**
   * Original text: article.text, then (when the article has a title) a paragraph break and the title,
   * so the body keeps its offsets and the title is read as its own last sentence(s).
   */
  text: z.string(),
  /**
   * Offset in `text` where the title begins, the index of its first sentence, and the body sentences
   * that repeat it; null without a title.
   */
  headline: z.object({ start: z.number().int(), sentence: z.number().int(), echoes: z.array(z.number().int()) }).nullable().optional(),
  tokens: z.array(Token),
  sentences: z.array(Sentence),
  mentions: z.array(Mention),
  facts: z.array(Fact),
});
export type Document = z.infer<typeof Document>;

// ---- the graph: properties per label and type (every node also has `id`) ----

export const NodeProps = {
  Article: z.object({
    title: z.string().nullable(), published: IsoDate.nullable(), url: z.string().nullable(),
    language: z.string(), hash: z.string(), outlet: z.string().nullable(),
    tags: z.array(z.string()).default([]), headlines: z.array(z.string()).default([]),
  }),
  Outlet: z.object({ name: z.string() }),
  State: z.object({
    name_en: z.string(), name_ar: z.string(), aliases: z.array(z.string()).default([]), sources: Sources,
  }),
  Leader: z.object({
    name_en: z.string().nullable(), name_ar: z.string(), state: z.string().nullable(),
    office: z.string().nullable(), wikidata: z.string().nullable(),
    /** Every Arabic spelling the articles use for this person (ريندرز، رايندرس…), unioned on merge. */
    aliases_ar: z.array(z.string()).default([]), sources: Sources,
  }),
  Person: z.object({
    name_ar: z.string(), name_en: z.string().nullable(), role: z.string().nullable(), sources: Sources,
  }),
  UNBody: z.object({ name_en: z.string(), name_ar: z.string(), sources: Sources }),
  Organization: z.object({ name_en: z.string().nullable(), name_ar: z.string(), sources: Sources }),
  City: z.object({ name_en: z.string().nullable(), name_ar: z.string(), state: z.string().nullable(), sources: Sources }),
  Agreement: z.object({
    name_ar: z.string(), name_en: z.string().nullable().default(null), kind: z.string(), status: AgreementStatus,
    date: FactDate.nullable(), count: z.number().int().positive().nullable(), wikidata: z.string().nullable().default(null), sources: Sources,
  }),
  DraftResolution: z.object({
    subject: z.string().nullable(), date: FactDate.nullable(), symbol: z.string().nullable(), sources: Sources,
  }),
} satisfies Record<NodeLabel, z.ZodTypeAny>;

const FactEdge = z.object({ evidence: z.array(Evidence).default([]), sources: Sources });
export const EdgeProps = {
  PUBLISHED_BY: z.object({}),
  RELATED_TO: z.object({}),
  MENTIONS: z.object({ count: z.number().int().positive() }),
  HOLDS_OFFICE: FactEdge.extend({ office: z.string(), from: IsoDate.nullable(), to: IsoDate.nullable() }),
  PARTY_TO: FactEdge,
  SIGNED: FactEdge.extend({ date: FactDate.nullable() }),
  VETOED: FactEdge.extend({ date: FactDate.nullable() }),
  PUT_TO: FactEdge,
  VISITED: FactEdge.extend({
    date: FactDate.nullable(), city: z.string().nullable(), status: VisitStatus, host: z.string().nullable(),
  }),
  MET: FactEdge.extend({ date: FactDate.nullable(), place: z.string().nullable() }),
  LOCATED_IN: z.object({}),
} satisfies Record<EdgeType, z.ZodTypeAny>;

export type NodePropsOf<L extends NodeLabel> = z.infer<(typeof NodeProps)[L]>;
export type EdgePropsOf<T extends EdgeType> = z.infer<(typeof EdgeProps)[T]>;

export const NodeRef = z.object({ label: NodeLabel, id: Id });
export type NodeRef = z.infer<typeof NodeRef>;

// ---- the graph: records the stores write ----

/** One node to write, of one label: merged by (label, id); its props are NodeProps[label]. */
const nodeRecord = <L extends NodeLabel>(label: L) => z.object({ label: z.literal(label), id: Id, props: NodeProps[label] });
/**
 * One node to write: a union on `label`, so reading a prop checks the label first. What merging
 * adds to props (name votes) rides along when a store reads a node back and is not part of the type.
 */
export const NodeRecord = z.discriminatedUnion('label', [
  nodeRecord('Article'), nodeRecord('Outlet'), nodeRecord('State'), nodeRecord('Leader'), nodeRecord('Person'),
  nodeRecord('UNBody'), nodeRecord('Organization'), nodeRecord('City'), nodeRecord('Agreement'), nodeRecord('DraftResolution'),
]);
export type NodeRecord = z.infer<typeof NodeRecord>;
export type NodeRecordOf<L extends NodeLabel> = Extract<NodeRecord, { label: L }>;

/**
 * One edge to write, of one type: merged by (type, from, to, key). `key` tells apart edges of one
 * type between the same two nodes (two visits on different dates); '' when there can be only one.
 */
const edgeRecord = <T extends EdgeType>(type: T) => z.object({
  type: z.literal(type), from: NodeRef, to: NodeRef, key: z.string(), props: EdgeProps[type],
});
/** One edge to write: a union on `type`, so reading a prop checks the type first. */
export const EdgeRecord = z.discriminatedUnion('type', [
  edgeRecord('PUBLISHED_BY'), edgeRecord('RELATED_TO'), edgeRecord('MENTIONS'), edgeRecord('HOLDS_OFFICE'),
  edgeRecord('PARTY_TO'), edgeRecord('SIGNED'), edgeRecord('VETOED'), edgeRecord('PUT_TO'), edgeRecord('VISITED'),
  edgeRecord('MET'), edgeRecord('LOCATED_IN'),
]);
export type EdgeRecord = z.infer<typeof EdgeRecord>;
export type EdgeRecordOf<T extends EdgeType> = Extract<EdgeRecord, { type: T }>;

/** Filters that narrow records to some labels or types (`nodes.filter(isNode('Agreement'))`). */
export const isNode = <L extends NodeLabel>(...labels: L[]) => {
  const wanted: readonly NodeLabel[] = labels;
  return (n: NodeRecord): n is NodeRecordOf<L> => wanted.includes(n.label);
};
export const isEdge = <T extends EdgeType>(...types: T[]) => {
  const wanted: readonly EdgeType[] = types;
  return (e: EdgeRecord): e is EdgeRecordOf<T> => wanted.includes(e.type);
};
/** An edge's evidence: none for the edges that carry none (MENTIONS, PUBLISHED_BY…). */
export const evidenceOf = (e: EdgeRecord): Evidence[] => ('evidence' in e.props ? e.props.evidence : undefined) ?? [];

/**
 * A record whose props are not checked against its label's or type's schema: one read back from a
 * store, which holds only what records of the model wrote plus the votes merging adds (not in the
 * model's types), or a test's deliberately partial record. This is the one place that trusts props:
 * a zod parse per record would slow consolidation and strip the votes.
 */
export const uncheckedNode = (label: NodeLabel, id: string, props: Record<string, unknown>): NodeRecord =>
  ({ label, id, props }) as NodeRecord;
export const uncheckedEdge = (type: EdgeType, from: NodeRef, to: NodeRef, key: string, props: Record<string, unknown>): EdgeRecord =>
  ({ type, from, to, key, props }) as EdgeRecord;

/** What the pipeline hands the stores: the nodes and edges of one or more articles. */
export const GraphBatch = z.object({ nodes: z.array(NodeRecord), edges: z.array(EdgeRecord) });
export type GraphBatch = z.infer<typeof GraphBatch>;

/** Counts per node label and edge type: what `kg seed` prints and the parity tests compare. */
export const GraphCounts = z.object({
  nodes: z.partialRecord(NodeLabel, z.number().int()),
  edges: z.partialRecord(EdgeType, z.number().int()),
});
export type GraphCounts = z.infer<typeof GraphCounts>;

/** Stable key of a node in the embedded store and in logs. */
export const nodeKey = (ref: NodeRef): string => `${ref.label}:${ref.id}`;
/** Stable key of an edge in the embedded store. */
export const edgeKey = (e: Pick<EdgeRecord, 'type' | 'from' | 'to' | 'key'>): string =>
  `${e.type}:${nodeKey(e.from)}->${nodeKey(e.to)}:${e.key}`;
