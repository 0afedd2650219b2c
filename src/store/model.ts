/**
 * The graph model, in one place: node labels, edge types and their properties as zod schemas.
 * Both stores (embedded graphology and Neo4j) hold exactly this model; labels and relationship
 * types are a fixed list and are never built from input text.
 */
import { z } from 'zod';

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

const Date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Sources = z.array(z.string()).default([]);

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

// ---- node properties, per label (every node also has `id`) ----
export const NodeProps = {
  Article: z.object({
    title: z.string().nullable(), published: Date.nullable(), url: z.string().nullable(),
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
    name_ar: z.string(), name_en: z.string().nullable().default(null), kind: z.string(), status: z.enum(['signed', 'concluded', 'planned']),
    date: Date.nullable(), count: z.number().int().positive().nullable(), wikidata: z.string().nullable().default(null), sources: Sources,
  }),
  DraftResolution: z.object({
    subject: z.string().nullable(), date: Date.nullable(), symbol: z.string().nullable(), sources: Sources,
  }),
} satisfies Record<NodeLabel, z.ZodTypeAny>;

// ---- edge properties, per type ----
const FactEdge = z.object({ evidence: z.array(Evidence).default([]), sources: Sources });
export const EdgeProps = {
  PUBLISHED_BY: z.object({}),
  RELATED_TO: z.object({}),
  MENTIONS: z.object({ count: z.number().int().positive() }),
  HOLDS_OFFICE: FactEdge.extend({ office: z.string(), from: Date.nullable(), to: Date.nullable() }),
  PARTY_TO: FactEdge,
  SIGNED: FactEdge.extend({ date: Date.nullable() }),
  VETOED: FactEdge.extend({ date: Date.nullable() }),
  PUT_TO: FactEdge,
  VISITED: FactEdge.extend({
    date: Date.nullable(), city: z.string().nullable(), status: z.enum(['done', 'planned']),
    host: z.string().nullable(),
  }),
  MET: FactEdge.extend({ date: Date.nullable(), place: z.string().nullable() }),
  LOCATED_IN: z.object({}),
} satisfies Record<EdgeType, z.ZodTypeAny>;

export const NodeRef = z.object({ label: NodeLabel, id: z.string().min(1) });
export type NodeRef = z.infer<typeof NodeRef>;

/** One node to write: merged by (label, id). */
export const NodeRecord = z.object({ label: NodeLabel, id: z.string().min(1), props: z.record(z.string(), z.unknown()) });
export type NodeRecord = z.infer<typeof NodeRecord>;

/**
 * One edge to write: merged by (type, from, to, key). `key` tells apart edges of one type between
 * the same two nodes (two visits on different dates); '' when there can be only one.
 */
export const EdgeRecord = z.object({
  type: EdgeType, from: NodeRef, to: NodeRef, key: z.string(), props: z.record(z.string(), z.unknown()),
});
export type EdgeRecord = z.infer<typeof EdgeRecord>;

/** What the pipeline hands the stores: the nodes and edges of one or more articles. */
export interface GraphBatch {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export type NodePropsOf<L extends NodeLabel> = z.infer<(typeof NodeProps)[L]>;
export type EdgePropsOf<T extends EdgeType> = z.infer<(typeof EdgeProps)[T]>;

/** Counts per node label and edge type: what `kg seed` prints and the parity tests compare. */
export interface GraphCounts {
  nodes: Partial<Record<NodeLabel, number>>;
  edges: Partial<Record<EdgeType, number>>;
}

/** Stable key of a node in the embedded store and in logs. */
export const nodeKey = (ref: NodeRef): string => `${ref.label}:${ref.id}`;
/** Stable key of an edge in the embedded store. */
export const edgeKey = (e: Pick<EdgeRecord, 'type' | 'from' | 'to' | 'key'>): string =>
  `${e.type}:${nodeKey(e.from)}->${nodeKey(e.to)}:${e.key}`;

/**
 * Merge rule shared by both stores, so both end with the same graph whatever the order of writes
 * (another folder walk or a shuffled input gives the same graph, and writing a batch again changes
 * nothing): arrays become the union of both (first-seen order; `evidence` entries unioned by their
 * identity); a display name (VOTED) is the form the most articles gave, ties to the first in
 * code-point order (see votes below); any other scalar keeps the first in code-point order (of its
 * JSON text) of the values seen.
 */
export function mergeProps(existing: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...existing };
  for (const [k, v] of Object.entries(withVotes(incoming))) {
    const cur = out[k];
    if (isVotedName(k)) out[k] = firstScalar(cur, v);
    else if (cur === undefined || cur === null) out[k] = v;
    else if (Array.isArray(cur) && Array.isArray(v)) out[k] = k === 'evidence' ? unionEvidence(cur as Evidence[], v as Evidence[]) : unionArray(cur, v);
    else if (!Array.isArray(cur) && !Array.isArray(v)) out[k] = firstScalar(cur, v);
  }
  for (const k of VOTED) {
    const forms = out[formsKey(k)];
    if (Array.isArray(forms) && forms.length) out[k] = winner(tally(forms as string[]));
  }
  return out;
}

/**
 * Display names chosen by vote, not by arrival (the Arabic spelling varies between outlets).
 * A vote is `<form>\u001f<article hash>` in the list `<name>_forms`: a list merged by union, so an
 * article counts once however often it is written, and in any order. A record without sources
 * (a node named only as an edge's end) gives no vote; its name counts only where no article voted.
 */
export const VOTED = ['name_ar'] as const;
export const VOTE_SEP = '\u001f';
export const formsKey = (k: string): string => `${k}_forms`;
const VOTED_NAMES = new Set<string>(VOTED);
export const isVotedName = (k: string): boolean => VOTED_NAMES.has(k);

/** Whether scalar `a` comes before `b` in the fixed order: numbers by value, the rest by (JSON) text. */
export function firstInOrder(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  const text = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));
  return text(a) < text(b);
}

/** Of two scalars (either may be missing), the one first in the fixed order. */
export function firstScalar(cur: unknown, v: unknown): unknown {
  if (v === null || v === undefined || Array.isArray(v)) return cur;
  if (cur === null || cur === undefined || Array.isArray(cur)) return v;
  return firstInOrder(v, cur) ? v : cur;
}

/** A short, stable stand-in for an article id in a vote (FNV-1a, 32 bits): votes stay small. */
function articleHash(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A record's props with its votes: one per source article for each voted name it gives. */
export function withVotes(p: Record<string, unknown>): Record<string, unknown> {
  let out = p;
  for (const k of VOTED) {
    const v = p[k];
    if (typeof v !== 'string' || p[formsKey(k)] !== undefined || !Array.isArray(p.sources) || p.sources.length === 0) continue;
    if (out === p) out = { ...p };
    out[formsKey(k)] = (p.sources as string[]).map((s) => `${v}${VOTE_SEP}${articleHash(String(s))}`);
  }
  return out;
}

export const voteForm = (vote: string): string => vote.slice(0, vote.lastIndexOf(VOTE_SEP));

export function tally(votes: string[], into = new Map<string, number>()): Map<string, number> {
  for (const v of votes) into.set(voteForm(v), (into.get(voteForm(v)) ?? 0) + 1);
  return into;
}

/** The form with the most votes; ties to the first in code-point order. */
export function winner(counts: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [form, n] of counts) {
    const b = best === null ? -1 : counts.get(best)!;
    if (n > b || (n === b && form < best!)) best = form;
  }
  return best;
}

export const evidenceKey = (e: Evidence): string => `${e.article}|${e.sentence}|${e.start}|${e.end}|${e.rule}`;

function unionEvidence(a: Evidence[], b: Evidence[]): Evidence[] {
  const seen = new Set(a.map(evidenceKey));
  const out = [...a];
  for (const e of b) if (!seen.has(evidenceKey(e))) { seen.add(evidenceKey(e)); out.push(e); }
  return out;
}

function unionArray(a: unknown[], b: unknown[]): unknown[] {
  const seen = new Set(a);
  const out = [...a];
  for (const x of b) if (!seen.has(x)) { seen.add(x); out.push(x); }
  return out;
}
