/**
 * The corpus audit: a random sample of the whole-corpus graph for a reviewer who did not write the
 * rules, and the precision their judgements give. Input: the embedded graph of the corpus (reserved
 * articles already left out by the loader), the sentences of reserved articles (so no sentence a
 * republished copy shares with one reaches the reviewer), a day. Output: sample items (an
 * Agreement's parties, a veto's caster, a visit's visitor and destination, each with its date and
 * evidence sentences), the duplicate rate of visits, and precision per type from judgements.
 *
 * The sample is drawn anew each day (the seed is the day), so no rule can be tuned to it.
 */
import type { MultiDirectedGraph } from 'graphology';
import { z } from 'zod';
import { mulberry32 } from '../random.ts';
import { grams, words } from './shingles.ts';

export const SAMPLE_SIZE = { agreement: 60, visit: 60 } as const;
export const AUDIT_TYPES = ['agreement', 'veto', 'visit'] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];
/** Visits of one visitor to one destination this many days apart or less, kept as two facts, are one recorded twice. */
export const DUPLICATE_DAYS = 3;
const SENTENCES = 5;

export interface Named { id: string; name_ar: string | null; name_en: string | null }
export interface AuditItem {
  item: string;
  type: AuditType;
  /** What the reviewer judges: parties (agreement), by (veto), visitor and destination (visit), and the date. */
  parties?: Named[];
  kind?: string;
  by?: Named;
  visitor?: Named;
  destination?: Named;
  status?: string;
  date: string | null;
  evidence: { article: string; published: string | null; text: string; date_in_article: string | null }[];
}

export const Judgement = z.object({
  item: z.string(),
  type: z.enum(AUDIT_TYPES),
  right: z.boolean(),
  reason: z.string().min(1),
});
export type Judgement = z.infer<typeof Judgement>;

/** A 32-bit seed from a day (FNV-1a of its text). */
export function daySeed(day: string): number {
  let h = 0x811c9dc5;
  for (const c of day) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** `k` of `xs` in a random order of the seed (all of them when there are fewer). */
export function sample<T>(xs: T[], k: number, rand: () => number): T[] {
  const a = [...xs];
  for (let i = 0; i < Math.min(k, a.length); i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}

/** The 8-word sequences of reserved articles, to test sentences against. */
export function reservedGrams(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const g of grams(words(t))) out.add(g);
  return out;
}

type Ev = { article: string; text: string; claim?: { date?: string | null } };

/**
 * Duplicate rate of visits: VISITED edges with another of the same visitor and destination at most
 * DUPLICATE_DAYS days before, or dated by a month or year that holds another's day (a "2015-07" visit
 * kept beside the "2015-07-21" one is the same trip recorded twice).
 */
export function visitDuplicates(graph: MultiDirectedGraph): { visits: number; duplicates: number; rate: number } {
  const groups = new Map<string, { full: string[]; partial: string[] }>();
  let visits = 0;
  graph.forEachEdge((_k, a, s, t) => {
    if (a.type !== 'VISITED') return;
    visits++;
    if (typeof a.date !== 'string') return;
    const k = `${s}->${t}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { full: [], partial: [] }));
    (a.date.length === 10 ? g.full : g.partial).push(a.date);
  });
  let duplicates = 0;
  for (const { full, partial } of groups.values()) {
    const days = full.map((d) => Date.parse(d)).sort((x, y) => x - y);
    for (const [i, d] of days.entries()) {
      const before = days[i - 1];
      if (before !== undefined && d - before <= DUPLICATE_DAYS * 86_400_000) duplicates++;
    }
    duplicates += partial.filter((p) => full.some((f) => f.startsWith(p))).length;
  }
  return { visits, duplicates, rate: visits ? duplicates / visits : 0 };
}

/** Draw the day's sample: 60 Agreement nodes, every VETOED edge, 60 VISITED edges, without reserved text. */
export function drawSample(graph: MultiDirectedGraph, day: string, reserved: Set<string>): AuditItem[] {
  const rand = mulberry32(daySeed(day));
  const named = (key: string): Named => {
    const a = graph.getNodeAttributes(key);
    return { id: a.id as string, name_ar: (a.name_ar as string) ?? null, name_en: (a.name_en as string) ?? null };
  };
  const published = (article: string): string | null => {
    const k = `Article:${article}`;
    return graph.hasNode(k) ? ((graph.getNodeAttribute(k, 'published') as string) ?? null) : null;
  };
  const clean = (evs: Ev[]) => {
    const seen = new Set<string>();
    const out: AuditItem['evidence'] = [];
    for (const e of evs) {
      const key = `${e.article}|${e.text}`;
      if (seen.has(key) || grams(words(e.text)).some((g) => reserved.has(g))) continue;
      seen.add(key);
      out.push({ article: e.article, published: published(e.article), text: e.text.trim(), date_in_article: e.claim?.date ?? null });
    }
    return out.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.text < b.text ? -1 : 1)).slice(0, SENTENCES);
  };
  const agreements: AuditItem[] = [];
  graph.forEachNode((key, a) => {
    if (a.label !== 'Agreement') return;
    const parties = graph.inEdges(key).filter((e) => graph.getEdgeAttribute(e, 'type') === 'PARTY_TO');
    const evidence = clean(parties.flatMap((e) => graph.getEdgeAttribute(e, 'evidence') as Ev[]));
    if (!evidence.length) return;
    agreements.push({
      item: key, type: 'agreement', kind: a.kind as string, status: a.status as string, date: (a.date as string) ?? null,
      parties: parties.map((e) => named(graph.source(e))).sort((x, y) => (x.id < y.id ? -1 : 1)), evidence,
    });
  });
  const edgesOf = (type: string) => graph.filterEdges((_k, a) => a.type === type).sort();
  const vetoes: AuditItem[] = [];
  for (const e of edgesOf('VETOED')) {
    const a = graph.getEdgeAttributes(e);
    const evidence = clean(a.evidence as Ev[]);
    if (evidence.length) vetoes.push({ item: e, type: 'veto', by: named(graph.source(e)), date: (a.date as string) ?? null, evidence });
  }
  const visits: AuditItem[] = [];
  for (const e of edgesOf('VISITED')) {
    const a = graph.getEdgeAttributes(e);
    const evidence = clean(a.evidence as Ev[]);
    if (evidence.length) visits.push({ item: e, type: 'visit', visitor: named(graph.source(e)), destination: named(graph.target(e)), status: a.status as string, date: (a.date as string) ?? null, evidence });
  }
  agreements.sort((x, y) => (x.item < y.item ? -1 : 1));
  return [...sample(agreements, SAMPLE_SIZE.agreement, rand), ...vetoes, ...sample(visits, SAMPLE_SIZE.visit, rand)];
}

export interface AuditSummary {
  precision: number;
  n: number;
  by_type: Record<string, { right: number; n: number; precision: number }>;
  duplicate_rate: number | null;
}

/** Precision per type and overall from judgements of a sample's items (a judgement of an item not in the sample is an error). */
export function scoreJudgements(items: Pick<AuditItem, 'item' | 'type'>[], judgements: Judgement[], duplicateRate: number | null): AuditSummary {
  const known = new Map(items.map((i) => [i.item, i.type]));
  const by_type: AuditSummary['by_type'] = {};
  const seen = new Set<string>();
  for (const j of judgements) {
    if (known.get(j.item) !== j.type) throw new Error(`audit: judgement of ${j.item} (${j.type}) names no ${j.type} of the sample`);
    if (seen.has(j.item)) throw new Error(`audit: ${j.item} is judged twice`);
    seen.add(j.item);
    const t = (by_type[j.type] ??= { right: 0, n: 0, precision: 0 });
    t.n++;
    if (j.right) t.right++;
  }
  let right = 0;
  let n = 0;
  for (const t of Object.values(by_type)) { t.precision = t.right / t.n; right += t.right; n += t.n; }
  return { precision: n ? right / n : 0, n, by_type, duplicate_rate: duplicateRate };
}
