/**
 * `kg ask`: a question in Arabic or English routed to one query, by the query words of
 * data/query/ask.yaml and the entity names the store knows. Input: a question and a QueryApi.
 * Output: the query and its parameters, or the reason it cannot be routed (never a guess).
 */
import { z } from 'zod';
import { lazy, loadData } from '../data.ts';
import { defined } from '../errors.ts';
import { analyses } from '../normalise/clitics.ts';
import { LEADER_BY_ID, OFFICES } from '../recognise/gazetteer.ts';
import { normaliseArabic } from '../normalise/arabic.ts';
import { QUERY_NAMES, type QueryApi } from './api.ts';
import type { QueryName } from './contract.ts';
import type { AgreementRow, EvidenceRow, LeaderRow, MeetingRow, VetoRow, VisitRow } from './contract.ts';
import { QueryError } from './errors.ts';
import { foldName, only, type EntityRef, type NameIndex } from './names.ts';
import { formatTable } from './table.ts';

const Words = z.object({ en: z.array(z.string()), ar: z.array(z.string()) });
const AskLexicon = z.object({
  intents: z.array(Words.extend({ query: z.enum(QUERY_NAMES as [QueryName, ...QueryName[]]) })),
  dates: z.object({
    months: z.array(Words).length(12),
    since: Words, after: Words, until: Words, before: Words, between: Words, fillers: Words,
  }),
  offices: z.record(z.string(), z.array(z.string()).min(1)),
  by_words: Words,
  function_words: Words,
});

function loadLexicon() {
  const data = loadData('query/ask.yaml', AskLexicon);
  const fold = (ws: z.infer<typeof Words>) => new Set([...ws.en, ...ws.ar].map(foldName));
  const d = data.dates;
  const ranges = (['since', 'after', 'until', 'before', 'between'] as const)
    .flatMap((kind) => [...fold(d[kind])].map((phrase) => ({ kind, words: phrase.split(' ') })))
    .sort((a, b) => b.words.length - a.words.length);
  // Arabic titles are the recognition gazetteer's own (one list of titles for text and questions).
  const offices = [
    ...Object.entries(data.offices).flatMap(([office, names]) => names.map((n) => ({ office, words: foldName(n).split(' ') }))),
    ...OFFICES().flatMap((o) => o.ar.map((n) => ({ office: o.id, words: foldName(n).split(' ') }))),
  ].sort((a, b) => b.words.length - a.words.length);
  return {
    intents: data.intents.map((i) => ({ query: i.query, words: [...fold(i)] })),
    months: d.months.flatMap((m, i) => [...fold(m)].map((phrase) => ({ month: i + 1, words: phrase.split(' ') })))
      .sort((a, b) => b.words.length - a.words.length),
    ranges,
    fillers: fold(d.fillers),
    offices,
    byWords: fold(data.by_words),
    functionWords: fold(data.function_words),
  };
}

/** Built on the first question (the sets make each question a few lookups). */
export const LEXICON = lazy(loadLexicon);
const INTENT_WORDS = lazy(() => new Set(LEXICON().intents.flatMap((i) => i.words)));
/** Words of dates and titles: known words, never taken for an unknown name. */
const DATE_WORDS = new Set([
  ...LEXICON().months.flatMap((m) => m.words), ...LEXICON().ranges.flatMap((r) => r.words), ...LEXICON().fillers,
  ...LEXICON().offices.flatMap((o) => o.words),
]);

export interface Route {
  query: QueryName;
  params: Record<string, string>;
  /** The entities the question names, in order, as the router read them. */
  entities: EntityRef[];
}
export type Routing = { ok: true; route: Route } | { ok: false; reason: string };

interface Word {
  raw: string;
  fold: string;
  /** The word and its readings without proclitics (وكوريا → كوريا; للسعودية → السعودية). */
  forms: string[];
}

function words(question: string): Word[] {
  return normaliseArabic(question)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
    .map((raw) => {
      const fold = foldName(raw);
      // A date keeps its hyphens (2015-07-01), which folding turns into spaces.
      const forms = new Set([/^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : fold]);
      for (const a of analyses(fold)) {
        forms.add(a.stem);
        if (a.prefixes.includes('ال') || a.prefixes.includes('لل')) forms.add(`ال${a.stem}`);
      }
      // و2016، ب2015: the clitic analyser reads words, not numbers.
      const [, digits] = /^[وفبل](\d[\d-]*)$/.exec(fold) ?? [];
      if (digits) forms.add(digits);
      return { raw, fold, forms: [...forms].filter(Boolean) };
    });
}

const NAMED = ['State', 'UNBody', 'Organization', 'Leader', 'Person', 'City'];
/** A short Latin word is a code (US, UK, RUS) only when written in capitals: "us" is a pronoun. */
/** Word i of the question, inside the bounds its caller has checked. */
const wordAt = (ws: Word[], i: number): Word => defined(ws[i], `question word ${i}`);
const codeLike = (w: Word) => /^[a-z]{1,3}$/i.test(w.raw) && w.raw !== w.raw.toUpperCase();

interface Found { ref: EntityRef; start: number; end: number }

/** Entities named in the question: longest runs of words first, proclitics allowed on the first word. */
function findEntities(
  ws: Word[], index: NameIndex, narrow: (refs: EntityRef[]) => EntityRef[],
): Found[] | { ambiguous: string; refs: EntityRef[] } {
  const one = (refs: EntityRef[]): EntityRef | null => only(refs) ?? only(narrow(refs)) ?? null;
  const out: Found[] = [];
  for (let i = 0; i < ws.length;) {
    const w = wordAt(ws, i);
    let found: Found | null = null;
    for (let n = Math.min(5, ws.length - i); n >= 1 && !found; n--) {
      if (n === 1 && codeLike(w)) continue;
      const rest = ws.slice(i + 1, i + n).map((x) => x.fold).join(' ');
      for (const first of w.forms) {
        const hits = index.exact(rest ? `${first} ${rest}` : first).filter((r) => NAMED.includes(r.label));
        if (hits.length === 0) continue;
        const label = NAMED.find((l) => hits.some((h) => h.label === l))!;
        const ofLabel = hits.filter((h) => h.label === label);
        const ref = one(ofLabel);
        if (!ref) return { ambiguous: ws.slice(i, i + n).map((x) => x.raw).join(' '), refs: ofLabel };
        found = { ref, start: i, end: i + n };
        break;
      }
    }
    // One word of a person's name (بوتين، Putin) names them when it names no one else.
    if (!found && !isKnownWord(w) && w.fold.length >= 3) {
      for (const form of w.forms) {
        const hits = index.partial(form, ['Leader', 'Person']);
        if (hits.length === 0) continue;
        const ref = one(hits);
        if (!ref) return { ambiguous: w.raw, refs: hits };
        found = { ref, start: i, end: i + 1 };
        break;
      }
    }
    if (found) { out.push(found); i = found.end; } else i++;
  }
  return out;
}

const isKnownWord = (w: Word): boolean =>
  w.forms.some((f) => INTENT_WORDS().has(f) || LEXICON().functionWords.has(f) || DATE_WORDS.has(f) || /^\d/.test(f));

/** Query words as runs of words, matched on the words as written or without proclitics. */
function intents(ws: Word[]): QueryName[] {
  const asWritten = ` ${ws.map((w) => w.fold).join(' ')} `;
  const stems = ` ${ws.map((w) => w.forms[w.forms.length - 1]).join(' ')} `;
  const hit = (k: string) => asWritten.includes(` ${k} `) || stems.includes(` ${k} `) || ws.some((w) => w.forms.includes(k));
  return LEXICON().intents.filter((i) => i.words.some(hit)).map((i) => i.query);
}

/** A span of days a date in the question stands for, and the word positions it takes. */
interface DateSpan { first: string; last: string; start: number; end: number }

const pad2 = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
const yearOf = (w: Word | undefined) => w?.forms.find((f) => /^(?:19|20)\d{2}$/.test(f));
const dayOf = (w: Word | undefined) => { const f = w?.forms.find((x) => /^\d{1,2}$/.test(x)); return f && +f >= 1 && +f <= 31 ? +f : null; };
const isFiller = (w: Word | undefined) => !!w && w.forms.some((f) => LEXICON().fillers.has(f));

/** The phrase of `table` that starts at word i (longest first), as [value, words it takes]. */
function phraseAt<T extends { words: string[] }>(ws: Word[], i: number, table: T[]): [T, number] | null {
  for (const entry of table) {
    const n = entry.words.length;
    if (i + n > ws.length) continue;
    const [head, ...tail] = entry.words;
    if (head === undefined || !wordAt(ws, i).forms.includes(head)) continue;
    if (tail.every((w, k) => wordAt(ws, i + 1 + k).fold === w)) return [entry, n];
  }
  return null;
}

/** Dates written in the question: 2015-07-01, 5 July 2015, July 5 2015, July 2015, 2015 (either language). */
function dateSpans(ws: Word[]): DateSpan[] {
  const out: DateSpan[] = [];
  for (let i = 0; i < ws.length;) {
    const w = wordAt(ws, i);
    const iso = w.forms.find((f) => /^\d{4}-\d{2}-\d{2}$/.test(f));
    if (iso) { out.push({ first: iso, last: iso, start: i, end: i + 1 }); i++; continue; }
    const dayFirst = dayOf(w);
    const m = phraseAt(ws, dayFirst ? i + 1 : i, LEXICON().months);
    if (m) {
      let k = (dayFirst ? i + 1 : i) + m[1];
      const dayAfter = dayFirst ? null : dayOf(ws[k]);
      if (dayAfter) k++;
      while (isFiller(ws[k]) && !yearOf(ws[k])) k++;
      const y = yearOf(ws[k]);
      if (y) {
        const month = m[0].month;
        const day = dayFirst ?? dayAfter;
        const ym = `${y}-${pad2(month)}`;
        out.push(day
          ? { first: `${ym}-${pad2(day)}`, last: `${ym}-${pad2(day)}`, start: i, end: k + 1 }
          : { first: `${ym}-01`, last: `${ym}-${pad2(lastDay(+y, month))}`, start: i, end: k + 1 });
        i = k + 1;
        continue;
      }
    }
    const y = yearOf(w);
    if (y) { out.push({ first: `${y}-01-01`, last: `${y}-12-31`, start: i, end: i + 1 }); }
    i++;
  }
  return out;
}

type RangeKind = 'since' | 'after' | 'until' | 'before' | 'between';

/** The range word just before a date (fillers skipped), if any. */
function rangeWordBefore(ws: Word[], start: number): RangeKind | null {
  let end = start;
  while (end > 0 && isFiller(ws[end - 1])) end--;
  for (const r of LEXICON().ranges) {
    const from = end - r.words.length;
    if (from >= 0 && phraseAt(ws, from, [r])) return r.kind;
  }
  return null;
}

/**
 * The question's time filter: a since/until range, and the day that stands for it when one day is
 * wanted (leaders in office): the day itself, mid-month for a month, 1 July for a year.
 */
export interface DateFilter { since?: string; until?: string; at?: string }

export function dateFilter(ws: Word[]): DateFilter {
  const spans = dateSpans(ws);
  const f: DateFilter = {};
  const point = (d: DateSpan) => (d.first === d.last ? d.first
    : d.first.endsWith('-01-01') && d.last.endsWith('-12-31') ? `${d.first.slice(0, 4)}-07-01` : `${d.first.slice(0, 7)}-15`);
  // 'between' takes the next span as its other end: the loop and the case share one iterator.
  const rest = spans.values();
  for (const d of rest) {
    switch (rangeWordBefore(ws, d.start)) {
      case 'since': f.since = d.first; f.at ??= d.first; break;
      case 'after': f.since = shiftDay(d.last, 1); f.at ??= f.since; break;
      case 'until': f.until = d.last; f.at ??= d.last; break;
      case 'before': f.until = shiftDay(d.first, -1); f.at ??= f.until; break;
      case 'between': {
        f.since = d.first;
        f.at ??= d.first;
        // The other end is the next date, whatever joins them (and, to, و، إلى).
        const next = rest.next();
        if (!next.done) f.until = next.value.last;
        break;
      }
      default:
        f.since = f.since && f.since < d.first ? f.since : d.first;
        f.until = f.until && f.until > d.last ? f.until : d.last;
        f.at ??= point(d);
    }
  }
  return f;
}

/** Offices named in the question (king, الملك, crown prince…), a longer title hiding the titles inside it. */
function officesAsked(ws: Word[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < ws.length;) {
    const hit = phraseAt(ws, i, LEXICON().offices);
    if (hit) { out.add(hit[0].office); i += hit[1]; } else i++;
  }
  return out;
}

/**
 * People who share a name told apart by what the question adds: an office they held, and the
 * question's date falling in that term. One left is the answer; none or several, the question is asked back.
 */
function byOfficeAndDate(refs: EntityRef[], offices: Set<string>, dates: DateFilter): EntityRef[] {
  if (offices.size === 0 && !dates.since && !dates.until) return refs;
  // One end given stands for both; neither given, any term of the office will do.
  const from = dates.since ?? dates.until;
  const to = dates.until ?? dates.since;
  return refs.filter((r) => {
    const l = r.label === 'Leader' ? LEADER_BY_ID().get(r.id) : undefined;
    if (!l) return false;
    return l.offices.some(([office, , start, end]) =>
      (offices.size === 0 || offices.has(office)) && (from === undefined || to === undefined
        ? true : start <= to && (end === null || end >= from)));
  });
}

export const HELP = `I can answer questions like these (in Arabic or English):
  agreements   ما الاتفاقيات التي تشمل روسيا؟ · which agreements involve Russia and Vietnam?
  visits       من زار فيتنام؟ · which countries did Putin visit in July 2024?
  meetings     من التقى الملك سلمان؟ · who did Putin meet since 2024-06-01?
  vetoes       من استخدم الفيتو في مجلس الأمن؟ · which vetoes did Russia cast?
  leaders      من هم قادة روسيا؟ · who was the leader of Russia on 2024-06-20?
  timeline     الخط الزمني لبوتين · timeline of North Korea
  evidence     ما الدليل على زيارة بوتين لفيتنام؟ · evidence for Putin's visit to Vietnam
  path         ما العلاقة بين كوريا الشمالية وفيتنام؟ · how is Saudi Arabia connected to the United States?
  neighbours   ما المشترك بين روسيا وكوريا الشمالية؟ · what do Russia and North Korea have in common?
  states, bodies   ما الدول المذكورة؟ · which UN bodies are mentioned?
Names may be ISO codes, English or Arabic (RUS, Russia, روسيا); dates are YYYY-MM-DD, a month and
year or a year, with since/after/until/before/between (في يوليو 2015، منذ، قبل، بين).
For exact filters use kg query NAME --help.`;

export async function routeQuestion(question: string, api: QueryApi): Promise<Routing> {
  const ws = words(question);
  const when = dateFilter(ws);
  const offices = officesAsked(ws);
  const found = findEntities(ws, await api.nameIndex(), (refs) => byOfficeAndDate(refs, offices, when));
  if (!Array.isArray(found)) {
    const list = found.refs.slice(0, 5).map((r) => `${r.label}:${r.id}`).join(', ') + (found.refs.length > 5 ? ', …' : '');
    return { ok: false, reason: `Which one? "${found.ambiguous}" could be ${list}: add the office and a date (Salman the king in 2015) or the fuller name.` };
  }
  const covered = new Set(found.flatMap((f) => Array.from({ length: f.end - f.start }, (_, k) => f.start + k)));
  const unknown = ws.filter((w, i) => !covered.has(i) && !isKnownWord(w));
  const wanted = intents(ws);
  const [query] = wanted;
  if (query === undefined) {
    return { ok: false, reason: 'I did not recognise what is being asked.' };
  }
  // A question that names nothing known but holds an unknown word probably names something the
  // graph lacks (an unknown state): answering it unfiltered would be a guess.
  if (found.length === 0 && unknown.length > 0) {
    return { ok: false, reason: `I could not match "${unknown.map((w) => w.raw).join(' ')}" to a state, body or person in this graph.` };
  }
  const refs = found.map((f) => f.ref);
  const [first, second] = refs;
  const of = (label: string) => found.filter((f) => f.ref.label === label);
  const ref = (r: EntityRef) => `${r.label}:${r.id}`;
  const range: Record<string, string> = {};
  if (when.since) range.since = when.since;
  if (when.until) range.until = when.until;
  const states = of('State').map((f) => f.ref.id);
  const people = [...of('Leader'), ...of('Person')].map((f) => f.ref);
  const missing = (what: string): Routing => ({ ok: false, reason: `To answer with ${query} I need ${what}; none was recognised.` });
  const done = (params: Record<string, string>): Routing => ({ ok: true, route: { query, params, entities: refs } });

  switch (query) {
    case 'agreements': {
      // Agreements are filed under their parties; for a person, the answer is what they signed.
      const [person] = people;
      if (states.length === 0 && people.length === 1 && person) {
        return { ok: true, route: { query: 'evidence', params: { from: ref(person), type: 'SIGNED' }, entities: refs } };
      }
      const p: Record<string, string> = { ...range };
      if (states[0]) p.state = states[0];
      if (states[1]) p.with = states[1];
      return done(p);
    }
    case 'vetoes': {
      const p: Record<string, string> = { ...range };
      if (states[0]) p.by = states[0];
      const body = of('UNBody')[0];
      if (body) p.body = body.ref.id;
      return done(p);
    }
    case 'visits': {
      const p: Record<string, string> = { ...range };
      if (people[0]) p.visitor = ref(people[0]);
      for (const f of of('State')) {
        const before = ws[f.start - 1];
        if (before && before.forms.some((x) => LEXICON().byWords.has(x)) && !p.by) p.by = f.ref.id;
        else if (!p.to) p.to = f.ref.id;
      }
      return done(p);
    }
    case 'leaders': {
      const p: Record<string, string> = {};
      if (states[0]) p.state = states[0];
      // Office terms are dated to the day: one day stands for the question's date (dateFilter).
      if (when.at) p.at = when.at;
      return done(p);
    }
    case 'meetings': {
      const p: Record<string, string> = { ...range };
      if (people[0]) p.leader = ref(people[0]);
      if (people[1]) p.with = ref(people[1]);
      return done(p);
    }
    case 'timeline':
      return first ? done({ entity: ref(first), ...range }) : missing('an entity (a state, a leader, a body…)');
    case 'evidence': {
      if (!first) return missing('an entity (a state, a leader, an agreement…)');
      const p: Record<string, string> = { from: ref(first) };
      if (second) p.to = ref(second);
      if (wanted.includes('visits')) p.type = 'VISITED';
      else if (wanted.includes('meetings')) p.type = 'MET';
      else if (wanted.includes('vetoes')) p.type = 'VETOED';
      return done(p);
    }
    case 'path':
    case 'neighbours':
      return first && second ? done({ from: ref(first), to: ref(second) }) : missing('two entities');
    case 'states':
    case 'bodies':
      return done({});
  }
}

/** What `kg ask` prints (or, with --json, returns): the route taken, the rows, and each row's evidence. */
export interface Answer {
  question: string;
  route: Route | null;
  /** Why the question was not routed (with `route` null). */
  reason: string | null;
  rows: unknown[];
  /** For each row, the sentences that support it (same order as rows), at most `limit` each. */
  evidence: EvidenceRow[][];
  /** For each row, whether it has sentences past the limit. */
  more: boolean[];
}

/** `limit`: evidence sentences kept per row (default all). */
export interface AskOptions { limit?: number }

export async function answerQuestion(question: string, api: QueryApi, { limit = Infinity }: AskOptions = {}): Promise<Answer> {
  const routing = await routeQuestion(question, api);
  if (!routing.ok) return { question, route: null, reason: routing.reason, rows: [], evidence: [], more: [] };
  const { route } = routing;
  const rows = await api.run(route.query, route.params as never);
  // The agreements most reported first: an analyst asking about a state wants its landmark treaty
  // (the JCPOA, hundreds of sources) before a one-article mention; ties keep the query's order.
  if (route.query === 'agreements') {
    const n = (r: unknown) => (r as AgreementRow).sources.length;
    rows.sort((a, b) => n(b) - n(a));
  }
  const evidence: EvidenceRow[][] = [];
  const more: boolean[] = [];
  for (const row of rows) {
    const all = await evidenceFor(api, route.query, row, route.params);
    const kept = uniqueSentences(all, limit + 1);
    evidence.push(kept.slice(0, limit));
    more.push(kept.length > limit);
  }
  return { question, route, reason: null, rows, evidence, more };
}

/**
 * One line per sentence: the same story is often carried by several outlets or stored under several
 * urls, and its sentence says no more the second time. The first copy (evidence order) is kept; the
 * walk stops at `limit` sentences (a landmark treaty has thousands, and folding is the cost).
 */
const uniqueSentences = (rows: EvidenceRow[], limit = Infinity): EvidenceRow[] => {
  const seen = new Set<string>();
  // A text met before folds to a key met before: most repeats are exact copies.
  const texts = new Set<string>();
  const out: EvidenceRow[] = [];
  for (const r of rows) {
    if (out.length >= limit) break;
    if (texts.has(r.text)) continue;
    texts.add(r.text);
    const k = foldName(r.text);
    if (!seen.has(k)) { seen.add(k); out.push(r); }
  }
  return out;
};

/** The sentences behind one answer row, found through the evidence query on the row's edges. */
async function evidenceFor(api: QueryApi, query: QueryName, row: unknown, params: Record<string, string> = {}): Promise<EvidenceRow[]> {
  switch (query) {
    case 'agreements': {
      const r = row as AgreementRow;
      // Asked about one state: the sentences of its own party edge (a treaty of eight parties
      // carries each sentence on all eight edges).
      return uniqueSentences(await api.evidence({ from: `Agreement:${r.id}`, ...(params.state ? { to: `State:${params.state}` } : {}) }));
    }
    case 'vetoes': {
      const r = row as VetoRow;
      const ev = await api.evidence({ from: `State:${r.by}`, type: 'VETOED' });
      return uniqueSentences(ev.filter((e) => e.to.name_ar === r.subject));
    }
    case 'visits': {
      const r = row as VisitRow;
      const ev = await api.evidence({ from: `State:${r.to}`, type: 'VISITED' });
      // A visitor's visits to one state are edges keyed by status and date (resolve/facts.ts): the
      // row's own edge is the one whose key holds its status and its date (or no date when undated).
      const own = (key: string) => {
        const parts = key.split(':');
        return parts.includes(r.status) && (r.date ? parts.includes(r.date) : !parts.some((p) => /^\d{4}-/.test(p)));
      };
      return uniqueSentences(ev.filter((e) => e.from.name_ar === r.visitor.name_ar && e.from.name_en === r.visitor.name_en && own(e.key)));
    }
    case 'meetings': {
      const r = row as MeetingRow;
      const ev = await api.evidence({ from: `${r.leader.id}`, to: `${r.met.id}`, type: 'MET' });
      // Meetings of one pair are edges keyed by their date, '' when undated (resolve/facts.ts).
      return uniqueSentences(ev.filter((e) => e.key === (r.date ?? '')));
    }
    case 'leaders': {
      const r = row as LeaderRow;
      return uniqueSentences(await api.evidence({ from: `Leader:${r.id}`, type: 'HOLDS_OFFICE' }));
    }
    default:
      return [];
  }
}

const both = (n: { name_en: string | null; name_ar: string | null }) => [n.name_en, n.name_ar].filter(Boolean).join(' / ');

/** One line per row, with its evidence sentences under it. */
function rowLine(query: QueryName, row: unknown): string {
  switch (query) {
    case 'agreements': {
      const r = row as AgreementRow;
      const signed = r.signatories.length ? `; signed by ${r.signatories.map(both).join(', ')}` : '';
      return `${r.date ?? 'undated'}  ${r.parties.join('–')}  ${r.name_ar}  (${r.kind}, ${r.status}${r.count ? `, ${r.count} texts` : ''}${signed}; ${r.sources.length} ${r.sources.length === 1 ? 'source' : 'sources'})`;
    }
    case 'vetoes': {
      const r = row as VetoRow;
      return `${r.date ?? 'undated'}  ${r.by} vetoed in ${r.body}${r.subject ? `: ${r.subject}` : ''}`;
    }
    case 'visits': {
      const r = row as VisitRow;
      const host = r.host ? `, received by ${both(r.host)}` : '';
      return `${r.date ?? 'undated'}  ${both(r.visitor)}${r.visitor.state ? ` (${r.visitor.state})` : ''} → ${r.to}${r.city ? ` (${r.city})` : ''}  [${r.status}]${host}`;
    }
    case 'meetings': {
      const r = row as MeetingRow;
      const who = (p: MeetingRow['leader']) => `${both(p)}${p.state ? ` (${p.state})` : ''}`;
      return `${r.date ?? 'undated'}  ${who(r.leader)} met ${who(r.met)}${r.place ? ` in ${r.place}` : ''}`;
    }
    case 'leaders': {
      const r = row as LeaderRow;
      return `${both(r)}  ${r.state ?? ''}${r.office ? `, ${r.office}` : ''}`;
    }
    default:
      return JSON.stringify(row);
  }
}

export function formatAnswer(a: Answer): string {
  const { route } = a;
  if (!route) return `${a.reason}\n\n${HELP}\n`;
  const flags = Object.entries(route.params).map(([k, v]) => ` --${k} ${/\s/.test(v) ? JSON.stringify(v) : v}`).join('');
  const head = `(kg query ${route.query}${flags})\n`;
  if (a.rows.length === 0) return `${head}No answer in this graph.\n`;
  if (!['agreements', 'vetoes', 'visits', 'meetings', 'leaders'].includes(route.query)) {
    return head + formatTable(route.query, a.rows as never);
  }
  const lines = [head.trimEnd()];
  a.rows.forEach((row, i) => {
    lines.push(`• ${rowLine(route.query, row)}`);
    for (const e of defined(a.evidence[i], `evidence of row ${i}`)) lines.push(`    «${e.text.replace(/\s*\n\s*/g, ' ')}» — ${e.article}`);
    if (a.more[i]) lines.push(`    … more sentences: kg ask --evidence all ${JSON.stringify(a.question)}`);
  });
  return `${lines.join('\n')}\n`;
}
