/**
 * Resolve, part 4: events across articles. Input: what a store holds for some groups of facts (the
 * VISITED edges of one visitor and destination, the drafts one caster vetoed, the content-id
 * Agreements of one set of parties), with every evidence item's `claim` (what its own article said:
 * date, status, city, host, subject, kind…). Output: the group's replacement, a function of the
 * group's evidence alone, so both stores end identical whatever the order the articles came in,
 * and a second seed changes nothing.
 *
 * - Visits: dated mentions of one visitor and destination whose dates lie within VISIT_GAP days of
 *   each other (chained) are one visit; a planned mention dated inside a done visit is that visit, and a
 *   planned visit whose day lies in a month it is told done in is done;
 *   an undated mention joins the visit of its status nearest its article's publication day. A planned
 *   mention printed while a done visit is told (within VISIT_GAP of its days) is that visit: dated
 *   within LATE_PLAN days of it, or undated with no planned visit to join.
 * - Vetoes: drafts that share a caster with dates within VETO_GAP days are one draft, cast by all
 *   their casters (a Russian and a Chinese veto in one vote share one DraftResolution); an undated
 *   draft joins the dated draft of its caster that its article follows within a week.
 * - Agreements outside the registry: mentions with the same parties, kind group and planned-ness
 *   whose dates (the article's day when the text gives none) chain within 31 days are one node.
 * The date of each event is the best-evidenced one: most articles that read it from the text, then
 * most articles, then the earliest; a done visit's is its arrival, the earliest day two articles
 * read among the mentions that tell it done, before that vote. Other dates stay in the evidence and never make a second node.
 */
import { AgreementStatus, datePrecision, datesCompatible, type EdgeRecord, type Evidence, evidenceKey, type GraphBatch, isEdge, isNode, type NodeRecord, type NodeRecordOf, type NodeRef, VISIT_GAP, VisitStatus } from '../model.ts';
import { agreementId, draftId } from './facts.ts';
import { GENERAL_KIND } from '../relate/agreements.ts';

export const VETO_GAP = 3;
const AGREEMENT_GAP = 31;
const UNDATED_VETO_LAG = 7;
/** Days a planned report printed during a done visit may date it after that visit's last told day. */
const LATE_PLAN = 7;
const DAY = 86_400_000;

/** What one article said about a fact, kept on each of its evidence items. */
export type Claim = Record<string, unknown> & { date?: string | null };
export type ClaimedEvidence = Evidence & { claim?: Claim };
/** An evidence item once it carries a claim (its own, or its edge's), and the node it came from. */
type Mentioned = ClaimedEvidence & { claim: Claim; from: NodeRef };
type Dated<M extends { claim: Claim }> = M & { claim: Claim & { date: string } };
const isDated = <M extends { claim: Claim }>(m: M): m is Dated<M> => !!m.claim.date;

/** A group as a store holds it: its nodes (Agreement/DraftResolution) and its edges. */
export interface Snapshot {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  /** Publication day of each article the group's evidence cites. */
  published: Map<string, string | null>;
}

/** Replace the snapshot's nodes and edges by `batch` (nodes and edges not in the snapshot are untouched). */
export interface Replacement {
  dropNodes: NodeRef[];
  dropEdges: EdgeRecord[];
  batch: GraphBatch;
}

const days = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;
const isDay = (d: string): boolean => datePrecision(d) === 'day';
/** Two days within `gap` days, or a month or year and a date inside it (never two days by containment). */
const close = (a: string, b: string, gap: number): boolean => (isDay(a) && isDay(b) ? days(a, b) <= gap : datesCompatible(a, b));
const explicit = (e: Evidence): boolean => !/\|date:(?:published|none)\b/.test(e.rule);
const byKey = (a: Evidence, b: Evidence): number => (evidenceKey(a) < evidenceKey(b) ? -1 : evidenceKey(a) > evidenceKey(b) ? 1 : 0);
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
const uniqBy = <T>(xs: T[], key: (x: T) => string): T[] => [...new Map(xs.map((x) => [key(x), x] as const)).values()];

/** The value of k in a map, set to make() first when absent. */
function entry<K, V>(map: Map<K, V>, k: K, make: () => V): V {
  let v = map.get(k);
  if (v === undefined) map.set(k, (v = make()));
  return v;
}

/** The edges that carry evidence: every fact edge. */
type FactEdgeRecord = Extract<EdgeRecord, { props: { evidence: Evidence[] } }>;

/** Every evidence item once, in a fixed order, each with the claim of the edge it came from when it has none. */
function mentions<E extends FactEdgeRecord>(edges: E[], claimOf: (e: E) => Claim): Mentioned[] {
  const seen = new Map<string, Mentioned>();
  for (const e of edges) {
    for (const ev of e.props.evidence) {
      const k = `${e.from.label}:${e.from.id}|${evidenceKey(ev)}`;
      if (!seen.has(k)) seen.set(k, { ...ev, claim: ev.claim ?? claimOf(e), from: e.from });
    }
  }
  return [...seen.values()].sort(byKey);
}

/**
 * The best-evidenced date: most articles that read it from the text; with none, most articles
 * (their days of publication); then the earliest (a report comes on or after its event, so a
 * later date is more often a publication day than the event's). Among dates read from the text the
 * most precise wins (a day over the month or year that contains it): its group holds only dates
 * compatible with each other, so the month only says less.
 */
export function bestDate(ms: ClaimedEvidence[]): string | null {
  const score = new Map<string, [Set<string>, Set<string>]>();
  for (const m of ms) {
    const d = m.claim?.date;
    if (!d) continue;
    const s = entry(score, d, (): [Set<string>, Set<string>] => [new Set(), new Set()]);
    if (explicit(m)) s[0].add(m.article);
    s[1].add(m.article);
  }
  const read = [...score.values()].some(([x]) => x.size > 0);
  const counted = [...score].filter(([, [x]]) => !read || x.size > 0);
  const finest = Math.max(0, ...counted.map(([d]) => d.length));
  let best: string | null = null;
  let top = -1;
  for (const [d, [x, all]] of counted.filter(([d]) => d.length === finest).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const n = read ? x.size : all.size;
    if (n > top) { best = d; top = n; }
  }
  return best;
}

/**
 * The day a done visit began: the earliest day that two or more articles read from their text. A
 * visit is dated by its arrival; the reports that follow it (يلتقي اليوم، اختتم أمس، a late «يصل
 * اليوم», a page republished days later) only add later days of it, and may outnumber the first
 * ones. A day one article alone reads is outvoted as before: one misread makes no arrival.
 */
export function arrival(ms: ClaimedEvidence[]): string | null {
  const by = new Map<string, Set<string>>();
  for (const m of ms) {
    const d = m.claim?.date;
    if (d && isDay(d) && explicit(m)) entry(by, d, () => new Set<string>()).add(m.article);
  }
  return [...by].filter(([, a]) => a.size >= 2).map(([d]) => d).sort()[0] ?? null;
}

/** The most frequent non-null value of a claim field (ties: the smallest). */
function commonest(ms: ClaimedEvidence[], field: string): string | null {
  const n = new Map<string, number>();
  for (const m of ms) { const v = m.claim?.[field]; if (typeof v === 'string' && v) n.set(v, (n.get(v) ?? 0) + 1); }
  return [...n].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? null;
}

/** Chain sorted dated items into clusters whose neighbours are at most `gap` days apart. */
function chain<T>(items: T[], date: (t: T) => string, gap: number): T[][] {
  const sorted = [...items].sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0));
  const out: T[][] = [];
  // The item before, in date order, is the last of the last cluster.
  let prev: string | null = null;
  for (const it of sorted) {
    const d = date(it);
    const last = out.at(-1);
    if (last && prev !== null && days(prev, d) <= gap) last.push(it);
    else out.push([it]);
    prev = d;
  }
  return out;
}

/**
 * Add items dated by a month or a year to clusters: each joins the cluster holding most items whose
 * date is compatible with it (a day inside the month, or the month itself), months before years, so
 * a partial date never makes a second event when a more precise one is there; else it starts one.
 */
function attachPartial<T>(clusters: T[][], items: T[], date: (t: T) => string, prefer: (c: T[]) => boolean = () => true): void {
  for (const it of [...items].sort((a, b) => date(b).length - date(a).length || (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0))) {
    const d = date(it);
    const fits = clusters.filter((c) => c.some((x) => datesCompatible(date(x), d)));
    const pool = fits.some(prefer) ? fits.filter(prefer) : fits;
    const home = pool.sort((a, b) => b.length - a.length)[0];
    if (home) home.push(it);
    else clusters.push([it]);
  }
}

type Span = [string, string];
/** The first and last day of dated mentions (none for none). */
const span = (ms: Dated<Mentioned>[]): Span | null => {
  const ds = ms.map((m) => m.claim.date).sort();
  const [lo] = ds;
  const hi = ds.at(-1);
  return lo !== undefined && hi !== undefined ? [lo, hi] : null;
};
/** Days from a day to a span (0 inside it; no span is infinitely far). */
const distance = (d: string, s: Span | null | undefined): number => {
  if (!s) return Infinity;
  const [lo, hi] = s;
  return d < lo ? days(d, lo) : d > hi ? days(d, hi) : 0;
};

// ---------------------------------------------------------------- visits

/** One visitor's visits to one destination (every VISITED edge between the two, any status). */
export function consolidateVisits(snap: Snapshot): Replacement {
  const edges = snap.edges.filter(isEdge('VISITED'));
  const [first] = edges;
  if (!first) return { dropNodes: [], dropEdges: [], batch: { nodes: [], edges: [] } };
  const { from, to } = first;
  const ms = mentions(edges, (e) => ({ date: e.props.date ?? null, status: e.props.status, city: e.props.city ?? null, host: e.props.host ?? null }));
  const dated = (status: VisitStatus) => ms.filter(isDated).filter((m) => m.claim.status === status);
  const dayOf = (m: Dated<Mentioned>): string => m.claim.date;
  type Visit = { status: VisitStatus; ms: Mentioned[] };
  const byDay = (status: VisitStatus, day: boolean) => dated(status).filter((m) => isDay(m.claim.date) === day);
  const visits: Visit[] = chain(byDay('done', true), dayOf, VISIT_GAP).map((c) => ({ status: 'done', ms: c }));
  const doneSpans = visits.map((v) => span(v.ms.filter(isDated)));
  const plannedLeft: Dated<Mentioned>[] = [];
  for (const m of byDay('planned', true)) {
    // …and so is one whose article came out while the visit was told done (within VISIT_GAP of its
    // days) and dated within a week of it: a piece written before the visit and printed during or after
    // it (كلمة سيلقيها الثلاثاء, in a paper of the Friday after the Tuesday), its weekday pushed a week on.
    const pub = snap.published.get(m.article) ?? null;
    const late = (s: Span | null) => !!pub && distance(pub, s) <= VISIT_GAP && distance(m.claim.date, s) <= LATE_PLAN;
    const home = visits[doneSpans.findIndex((s) => distance(m.claim.date, s) <= VISIT_GAP)] ?? visits[doneSpans.findIndex(late)];
    if (home) home.ms.push(m);
    else plannedLeft.push(m);
  }
  visits.push(...chain(plannedLeft, dayOf, VISIT_GAP).map((c): Visit => ({ status: 'planned', ms: c })));
  // A visit told by its month or year is the visit of that time already known, of its own status when
  // there is one (a planned mention of a done visit's month is that visit, as a planned day is).
  for (const status of VisitStatus.options) {
    const groups = visits.map((v) => v.ms.filter(isDated) as Dated<Mentioned>[]);
    const before = groups.length;
    attachPartial(groups, byDay(status, false), dayOf, (c) => { const k = groups.indexOf(c); return k >= before || visits[k]?.status === status; });
    for (const [k, g] of groups.entries()) {
      if (k >= before) { visits.push({ status, ms: g }); continue; }
      const v = visits[k]!;
      for (const m of g) if (!v.ms.includes(m)) v.ms.push(m);
      // …and a visit told done in the month of a day only planned for it (سيزور قطر الأحد; زار قطر في
      // يوليو) took place: it is done, dated by what was told of it done.
      if (status === 'done' && v.status === 'planned' && g.some((m) => m.claim.status === 'done')) v.status = 'done';
    }
  }
  const spans = visits.map((v) => span(v.ms.filter(isDated)));
  const undated = new Map<VisitStatus, typeof ms>();
  for (const m of ms.filter((x) => !x.claim.date)) {
    // A claim without a visit status matches no visit, as a dated one matches none above.
    const parsed = VisitStatus.safeParse(m.claim.status);
    if (!parsed.success) continue;
    const status = parsed.data;
    const day = snap.published.get(m.article) ?? null;
    let best = -1;
    for (const [i, v] of visits.entries()) {
      if (v.status !== status) continue;
      const top = visits[best];
      if (!top) { best = i; continue; }
      if (!day) { if (v.ms.length > top.ms.length) best = i; continue; }
      const [a, b] = [distance(day, spans[i]), distance(day, spans[best])];
      if (a < b || (a === b && v.ms.length > top.ms.length)) best = i;
    }
    // A plan told undated while a done visit is told (its article within VISIT_GAP of that visit's days),
    // with no planned visit to join, is that visit announced or under way.
    const chosen = visits[best] ?? (status === 'planned' && day ? visits.find((v, k) => v.status === 'done' && distance(day, spans[k]) <= VISIT_GAP) : undefined);
    if (chosen) chosen.ms.push(m);
    else entry(undated, status, (): typeof ms => []).push(m);
  }
  for (const [status, list] of undated) visits.push({ status, ms: list });
  const out: EdgeRecord[] = visits.map(({ status, ms: vm }) => {
    // A done visit is dated by what was told of it done (وصل كيري السبت), never outvoted by the day
    // planned for it beforehand (سيزور مصر الأحد), which it often does not keep.
    const told = status === 'done' ? vm.filter((m) => m.claim.status === 'done') : vm;
    const pool = told.some((m) => m.claim.date) ? told : vm;
    const date = (status === 'done' ? arrival(pool) : null) ?? bestDate(pool);
    const evidence = strip([...vm].sort(byKey));
    return {
      type: 'VISITED', from, to, key: `${status}:${date ?? ''}`,
      props: { date, city: commonest(vm, 'city'), status, host: commonest(vm, 'host'), evidence, sources: uniq(evidence.map((e) => e.article)).sort() },
    };
  });
  return { dropNodes: [], dropEdges: edges, batch: { nodes: [], edges: out } };
}

/** Evidence as stored: without the working `from`. */
function strip(ms: (ClaimedEvidence & { from?: NodeRef })[]): ClaimedEvidence[] {
  return ms.map(({ from: _f, ...e }) => e);
}

// ---------------------------------------------------------------- vetoes

/** Drafts vetoed by some casters: every DraftResolution with its VETOED and PUT_TO edges. */
export function consolidateVetoes(snap: Snapshot): Replacement {
  const drafts = snap.nodes.filter(isNode('DraftResolution')).sort((a, b) => (a.id < b.id ? -1 : 1));
  const vetoed = (id: string) => snap.edges.filter(isEdge('VETOED')).filter((e) => e.to.id === id);
  const info = drafts.map((n) => {
    const ms = mentions(vetoed(n.id), (e) => ({ date: e.props.date ?? n.props.date ?? null, subject: n.props.subject ?? null }));
    return { node: n, ms, by: uniq(ms.map((m) => m.from.id)).sort(), date: bestDate(ms) };
  });
  type Info = (typeof info)[number];
  // Union-find over drafts: one vote when they share a caster and their dates are close, closest
  // pairs first. Drafts one article tells apart (two votes of one week, a vote and earlier casts
  // recalled) stay two, through any chain of other reports: relate kept them apart with the whole
  // article before it, and a report elsewhere cannot say otherwise.
  const parent = info.map((_, i) => i);
  // Each draft's reports, by article. A report stored again (a second seed) is the same report, not a
  // second draft its article tells.
  const told = info.map((x) => {
    const by = new Map<string, Set<string>>();
    for (const m of x.ms) entry(by, m.article, () => new Set<string>()).add(evidenceKey(m));
    return by;
  });
  const apart = (a: Map<string, Set<string>>, b: Map<string, Set<string>>): boolean =>
    [...a].some(([art, keys]) => { const other = b.get(art); return !!other && ![...keys].some((k) => other.has(k)); });
  const root = (i: number): number => { const p = parent[i] ?? i; return p === i ? i : (parent[i] = root(p)); };
  const join = (i: number, j: number) => {
    const [a, b] = [root(i), root(j)];
    if (a === b || apart(told[a]!, told[b]!)) return;
    const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
    parent[hi] = lo;
    for (const [art, keys] of told[hi]!) for (const k of keys) entry(told[lo]!, art, () => new Set<string>()).add(k);
  };
  const shares = (x: Info, y: Info) => x.by.some((c) => y.by.includes(c));
  const pairs: [number, number, number][] = [];
  for (const [i, x] of info.entries()) {
    for (const [j, y] of info.entries()) {
      if (j > i && x.date && y.date && shares(x, y) && close(x.date, y.date, VETO_GAP)) pairs.push([days(x.date, y.date), i, j]);
    }
  }
  for (const [, i, j] of pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2])) join(i, j);
  for (const [i, x] of info.entries()) {
    if (x.date) continue;
    const pubs = x.ms.map((m) => snap.published.get(m.article)).filter((d): d is string => !!d).sort();
    const day = pubs[0];
    if (!day) continue;
    let best = -1;
    let bestDay: string | null = null;
    for (const [j, y] of info.entries()) {
      const d = y.date;
      if (!d || !shares(x, y) || day < d || days(day, d) > UNDATED_VETO_LAG) continue;
      if (bestDay === null || days(day, d) < days(day, bestDay)) { best = j; bestDay = d; }
    }
    if (best >= 0) join(i, best);
  }
  const clusters = new Map<number, Info[]>();
  info.forEach((x, i) => entry(clusters, root(i), (): Info[] => []).push(x));
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  for (const members of clusters.values()) {
    // A re-seeded report sits on its own draft and on the merged one: each counts once.
    const ms = uniqBy(members.flatMap((x) => x.ms), (m) => `${m.from.id}|${evidenceKey(m)}`);
    const by = uniq(members.flatMap((x) => x.by)).sort();
    const date = bestDate(ms);
    const subject = commonest(ms, 'subject');
    // A draft alone keeps its id (an undated one's id carries its article's month and subject).
    const [only] = members;
    const id = members.length === 1 && only && only.date === date ? only.node.id : draftId(by, date, subject, null);
    const nodeProps = members.map((x) => x.node.props);
    const ref: NodeRef = { label: 'DraftResolution', id };
    const all = strip(ms).sort(byKey);
    const sources = uniq([...nodeProps.flatMap((p) => p.sources ?? []), ...all.map((e) => e.article)]).sort();
    const symbol = nodeProps.map((p) => p.symbol).filter((s): s is string => !!s).sort()[0] ?? null;
    nodes.push({ label: 'DraftResolution', id, props: { subject, date, symbol, sources } });
    for (const c of by) {
      const evidence = strip(ms.filter((m) => m.from.id === c)).sort(byKey);
      edges.push({ type: 'VETOED', from: { label: 'State', id: c }, to: ref, key: '', props: { date, evidence, sources: uniq(evidence.map((e) => e.article)).sort() } });
    }
    const put = mentions(snap.edges.filter(isEdge('PUT_TO')).filter((e) => members.some((x) => x.node.id === e.from.id)), () => ({}));
    const putEvidence = uniqBy(strip(put), evidenceKey).sort(byKey);
    edges.push({ type: 'PUT_TO', from: ref, to: { label: 'UNBody', id: 'UNSC' }, key: '', props: { evidence: putEvidence, sources: uniq(putEvidence.map((e) => e.article)).sort() } });
  }
  return { dropNodes: drafts.map((n) => ({ label: n.label, id: n.id })), dropEdges: snap.edges, batch: { nodes, edges } };
}

// ---------------------------------------------------------------- agreements

/** A content id this module may re-derive (not a registry id, nor one told apart by kind or number). */
export const PLAIN_AGREEMENT = /^agr:([^:]+):([^:]+):(\d{4}(?:-\d{2})?|undated)(:planned)?$/;

/** Agreements of one set of parties: the content-id nodes with their PARTY_TO and SIGNED edges. */
export function consolidateAgreements(snap: Snapshot): Replacement {
  const nodes = snap.nodes.filter(isNode('Agreement')).filter((n) => PLAIN_AGREEMENT.test(n.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = new Set(nodes.map((n) => n.id));
  const mine = snap.edges.filter(isEdge('PARTY_TO', 'SIGNED')).filter((e) => ids.has(e.to.id));
  // Each mention once per node (its parties' edges repeat it), with the day it counts from.
  const ms: { node: string; m: ClaimedEvidence & { claim: Claim }; group: string; day: string | null }[] = [];
  for (const n of nodes) {
    const [, parties, group, , planned] = PLAIN_AGREEMENT.exec(n.id)!;
    const p = n.props;
    const fallback = (): Claim => ({ date: p.date ?? null, kind: p.kind, name_ar: p.name_ar, status: p.status, count: p.count ?? null });
    const seen = new Set<string>();
    for (const e of mine.filter(isEdge('PARTY_TO')).filter((x) => x.to.id === n.id)) {
      for (const ev of e.props.evidence ?? []) {
        if (seen.has(evidenceKey(ev))) continue;
        seen.add(evidenceKey(ev));
        const m: ClaimedEvidence & { claim: Claim } = { ...ev, claim: ev.claim ?? fallback() };
        ms.push({ node: n.id, m, group: `${parties}|${group}|${planned ?? ''}`, day: m.claim.date ?? snap.published.get(ev.article) ?? null });
      }
    }
  }
  // A mention whose words give no kind (الاتفاق الأميركي - التركي) is of the one kind group its parties'
  // agreement has in the same weeks (the air-base deal told as a defence agreement elsewhere): the
  // kind says nothing, not "another instrument". With two kinds to choose from it stays apart.
  const sides = (g: string): string => { const [parties = '', , planned = ''] = g.split('|'); return `${parties}|${planned}`; };
  const kinded = ms.filter((y) => y.group.split('|')[1] !== GENERAL_KIND);
  const regroup = ms.map((x) => {
    if (x.group.split('|')[1] !== GENERAL_KIND || !x.day) return x.group;
    const near = uniq(kinded.filter((y) => sides(y.group) === sides(x.group) && y.day && close(x.day!, y.day, AGREEMENT_GAP)).map((y) => y.group));
    const [only] = near;
    return only && near.length === 1 ? only : x.group;
  });
  ms.forEach((x, k) => { x.group = regroup[k] ?? x.group; });
  const groups = new Map<string, typeof ms>();
  for (const x of ms) entry(groups, x.group, (): typeof ms => []).push(x);
  const target = new Map<string, string>();
  const outNodes = new Map<string, NodeRecordOf<'Agreement'>>();
  for (const [key, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    type DayOf = typeof ms[number] & { day: string };
    const withDay = list.filter((x): x is DayOf => !!x.day);
    const clusters: typeof ms[] = chain(withDay.filter((x) => isDay(x.day)), (x) => x.day, AGREEMENT_GAP);
    attachPartial(clusters as DayOf[][], withDay.filter((x) => !isDay(x.day)), (x) => x.day);
    const undated = list.filter((x) => !x.day);
    if (undated.length) clusters.push(undated);
    for (const c of clusters) {
      // A re-seeded report sits on its own node and on the merged one: each counts once.
      const cm = uniqBy(c.map((x) => x.m), evidenceKey).sort(byKey);
      const date = bestDate(cm);
      const specific = cm.filter((m) => m.claim.kind !== GENERAL_KIND);
      const kind = commonest(specific.length ? specific : cm, 'kind') ?? GENERAL_KIND;
      const name = commonest(cm.filter((m) => m.claim.kind === kind), 'name_ar') ?? '';
      const status = AgreementStatus.options.find((s) => cm.some((m) => m.claim.status === s)) ?? 'signed';
      const counts = cm.map((m) => m.claim.count).filter((n): n is number => typeof n === 'number');
      const first = c.map((x) => x.day).filter((d): d is string => !!d).sort()[0] ?? null;
      const [partyKey = ''] = key.split('|');
      const parties = partyKey.split('+').map((id) => ({ id }));
      const id = agreementId({ parties, kind, status, date }, first);
      for (const x of c) target.set(`${x.node}|${evidenceKey(x.m)}`, id);
      const sources = uniq(cm.map((m) => m.article)).sort();
      const prior = outNodes.get(id);
      if (prior) prior.props.sources.push(...sources.filter((s) => !prior.props.sources.includes(s)));
      else outNodes.set(id, { label: 'Agreement', id, props: { name_ar: name, name_en: null, kind, status, date, count: counts.length ? Math.max(...counts) : null, wikidata: null, sources } });
    }
  }
  // Each party's and signatory's evidence follows its mention to the mention's node.
  type Pending = { type: (typeof mine)[number]['type']; from: NodeRef; to: NodeRef; evidence: ClaimedEvidence[] };
  const edgeMap = new Map<string, Pending>();
  for (const e of mine) {
    for (const ev of e.props.evidence ?? []) {
      const id = target.get(`${e.to.id}|${evidenceKey(ev)}`);
      if (!id) continue;
      const k = `${e.type}|${e.from.label}:${e.from.id}|${id}`;
      const list = entry(edgeMap, k, (): Pending => ({ type: e.type, from: e.from, to: { label: 'Agreement', id }, evidence: [] })).evidence;
      if (!list.some((x) => evidenceKey(x) === evidenceKey(ev))) list.push(ev.claim ? ev : { ...ev, claim: ms.find((x) => x.node === e.to.id && evidenceKey(x.m) === evidenceKey(ev))?.m.claim });
    }
  }
  const outEdges = [...edgeMap.values()].map(({ type, from, to, evidence }): EdgeRecord => {
    const ev = evidence.sort(byKey);
    const props = { evidence: ev, sources: uniq(ev.map((x) => x.article)).sort() };
    return type === 'SIGNED'
      ? { type, from, to, key: '', props: { ...props, date: outNodes.get(to.id)!.props.date } }
      : { type, from, to, key: '', props };
  });
  for (const n of outNodes.values()) n.props.sources.sort();
  return { dropNodes: nodes.map((n) => ({ label: 'Agreement' as const, id: n.id })), dropEdges: mine, batch: { nodes: [...outNodes.values()], edges: outEdges } };
}
