/**
 * `kg ask`: a question in Arabic or English routed to one query, by the query words of
 * data/query/ask.yaml and the entity names the store knows. Input: a question and a QueryApi.
 * Output: the query and its parameters, or the reason it cannot be routed (never a guess).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { analyses } from '../normalise/clitics.ts';
import { normaliseArabic } from '../normalise/arabic.ts';
import { QUERY_NAMES, type QueryApi, type QueryName } from './api.ts';
import type { AgreementRow, EvidenceRow, LeaderRow, VetoRow, VisitRow } from './contract.ts';
import { QueryError } from './errors.ts';
import { foldName, type EntityRef, type NameIndex } from './names.ts';
import { formatTable } from './table.ts';

const Words = z.object({ en: z.array(z.string()), ar: z.array(z.string()) });
const AskLexicon = z.object({
  intents: z.array(Words.extend({ query: z.enum(QUERY_NAMES as [QueryName, ...QueryName[]]) })),
  by_words: Words,
  function_words: Words,
});

const LEXICON_FILE = new URL('../../data/query/ask.yaml', import.meta.url);

function loadLexicon() {
  let raw: unknown;
  try {
    raw = parse(readFileSync(LEXICON_FILE, 'utf8'));
  } catch (e) {
    throw new QueryError(`cannot read ${LEXICON_FILE.pathname}: ${(e as Error).message.split('\n')[0]}`);
  }
  const res = AskLexicon.safeParse(raw);
  if (!res.success) {
    const i = res.error.issues[0];
    throw new QueryError(`${LEXICON_FILE.pathname}: ${i.path.join('.')}: ${i.message}`);
  }
  const fold = (ws: z.infer<typeof Words>) => new Set([...ws.en, ...ws.ar].map(foldName));
  return {
    intents: res.data.intents.map((i) => ({ query: i.query, words: [...fold(i)] })),
    byWords: fold(res.data.by_words),
    functionWords: fold(res.data.function_words),
  };
}

/** Built once at module load (the file is small; the sets make each question a few lookups). */
export const LEXICON = loadLexicon();
const INTENT_WORDS = new Set(LEXICON.intents.flatMap((i) => i.words));

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
      const forms = new Set([fold]);
      for (const a of analyses(fold)) {
        forms.add(a.stem);
        if (a.prefixes.includes('ال') || a.prefixes.includes('لل')) forms.add(`ال${a.stem}`);
      }
      return { raw, fold, forms: [...forms].filter(Boolean) };
    });
}

const NAMED = ['State', 'UNBody', 'Organization', 'Leader', 'Person', 'City'];
/** A short Latin word is a code (US, UK, RUS) only when written in capitals: "us" is a pronoun. */
const codeLike = (w: Word) => /^[a-z]{1,3}$/i.test(w.raw) && w.raw !== w.raw.toUpperCase();

interface Found { ref: EntityRef; start: number; end: number }

/** Entities named in the question: longest runs of words first, proclitics allowed on the first word. */
function findEntities(ws: Word[], index: NameIndex): Found[] | { ambiguous: string; refs: EntityRef[] } {
  const out: Found[] = [];
  for (let i = 0; i < ws.length;) {
    let found: Found | null = null;
    for (let n = Math.min(5, ws.length - i); n >= 1 && !found; n--) {
      if (n === 1 && codeLike(ws[i])) continue;
      const rest = ws.slice(i + 1, i + n).map((w) => w.fold).join(' ');
      for (const first of ws[i].forms) {
        const hits = index.exact(rest ? `${first} ${rest}` : first).filter((r) => NAMED.includes(r.label));
        if (hits.length === 0) continue;
        const label = NAMED.find((l) => hits.some((h) => h.label === l))!;
        const ofLabel = hits.filter((h) => h.label === label);
        if (ofLabel.length > 1) return { ambiguous: ws.slice(i, i + n).map((w) => w.raw).join(' '), refs: ofLabel };
        found = { ref: ofLabel[0], start: i, end: i + n };
        break;
      }
    }
    // One word of a person's name (بوتين، Putin) names them when it names no one else.
    if (!found && !isKnownWord(ws[i]) && ws[i].fold.length >= 3) {
      for (const form of ws[i].forms) {
        const hits = index.partial(form, ['Leader', 'Person']);
        if (hits.length === 1) { found = { ref: hits[0], start: i, end: i + 1 }; break; }
        if (hits.length > 1) return { ambiguous: ws[i].raw, refs: hits };
      }
    }
    if (found) { out.push(found); i = found.end; } else i++;
  }
  return out;
}

const isKnownWord = (w: Word): boolean =>
  w.forms.some((f) => INTENT_WORDS.has(f) || LEXICON.functionWords.has(f)) || /^\d/.test(w.fold);

/** Query words as runs of words, matched on the words as written or without proclitics. */
function intents(ws: Word[]): QueryName[] {
  const asWritten = ` ${ws.map((w) => w.fold).join(' ')} `;
  const stems = ` ${ws.map((w) => w.forms[w.forms.length - 1]).join(' ')} `;
  const hit = (k: string) => asWritten.includes(` ${k} `) || stems.includes(` ${k} `) || ws.some((w) => w.forms.includes(k));
  return LEXICON.intents.filter((i) => i.words.some(hit)).map((i) => i.query);
}

/** Dates in the question: full dates as given, years as their first and last day. */
function dates(question: string): { days: string[]; years: string[] } {
  const q = normaliseArabic(question);
  const days = [...q.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1]);
  const years = [...q.replace(/\d{4}-\d{2}-\d{2}/g, ' ').matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => m[1]);
  return { days, years };
}

export const HELP = `I can answer questions like these (in Arabic or English):
  agreements   ما الاتفاقيات التي تشمل روسيا؟ · which agreements involve Russia and Vietnam?
  visits       من زار فيتنام؟ · which countries did Putin visit in 2024?
  vetoes       من استخدم الفيتو في مجلس الأمن؟ · which vetoes did Russia cast?
  leaders      من هم قادة روسيا؟ · who was the leader of Russia on 2024-06-20?
  timeline     الخط الزمني لبوتين · timeline of North Korea
  evidence     ما الدليل على زيارة بوتين لفيتنام؟ · evidence for Putin's visit to Vietnam
  path         ما العلاقة بين كوريا الشمالية وفيتنام؟ · how is Saudi Arabia connected to the United States?
  neighbours   ما المشترك بين روسيا وكوريا الشمالية؟ · what do Russia and North Korea have in common?
  states, bodies   ما الدول المذكورة؟ · which UN bodies are mentioned?
Names may be ISO codes, English or Arabic (RUS, Russia, روسيا); dates are YYYY-MM-DD or a year.
For exact filters use kg query NAME --help.`;

export async function routeQuestion(question: string, api: QueryApi): Promise<Routing> {
  const ws = words(question);
  const found = findEntities(ws, await api.nameIndex());
  if (!Array.isArray(found)) {
    const list = found.refs.slice(0, 5).map((r) => `${r.label}:${r.id}`).join(', ');
    return { ok: false, reason: `"${found.ambiguous}" could be ${list}; ask again with a fuller name.` };
  }
  const covered = new Set(found.flatMap((f) => Array.from({ length: f.end - f.start }, (_, k) => f.start + k)));
  const unknown = ws.filter((w, i) => !covered.has(i) && !isKnownWord(w));
  const wanted = intents(ws);
  if (wanted.length === 0) {
    return { ok: false, reason: 'I did not recognise what is being asked.' };
  }
  // A question that names nothing known but holds an unknown word probably names something the
  // graph lacks (an unknown state): answering it unfiltered would be a guess.
  if (found.length === 0 && unknown.length > 0) {
    return { ok: false, reason: `I could not match "${unknown.map((w) => w.raw).join(' ')}" to a state, body or person in this graph.` };
  }
  const query = wanted[0];
  const refs = found.map((f) => f.ref);
  const of = (label: string) => found.filter((f) => f.ref.label === label);
  const ref = (r: EntityRef) => `${r.label}:${r.id}`;
  const { days, years } = dates(question);
  const range: Record<string, string> = {};
  if (days.length) { range.since = days[0]; range.until = days[days.length - 1]; }
  else if (years.length) { range.since = `${years[0]}-01-01`; range.until = `${years[years.length - 1]}-12-31`; }
  const states = of('State').map((f) => f.ref.id);
  const people = [...of('Leader'), ...of('Person')].map((f) => f.ref);
  const need = (n: number, what: string): Routing | null =>
    refs.length >= n ? null : { ok: false, reason: `To answer with ${query} I need ${what}; none was recognised.` };
  const done = (params: Record<string, string>): Routing => ({ ok: true, route: { query, params, entities: refs } });

  switch (query) {
    case 'agreements': {
      // Agreements are filed under their parties; for a person, the answer is what they signed.
      if (states.length === 0 && people.length === 1) {
        return { ok: true, route: { query: 'evidence', params: { from: ref(people[0]), type: 'SIGNED' }, entities: refs } };
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
        if (before && before.forms.some((x) => LEXICON.byWords.has(x)) && !p.by) p.by = f.ref.id;
        else if (!p.to) p.to = f.ref.id;
      }
      return done(p);
    }
    case 'leaders': {
      const p: Record<string, string> = {};
      if (states[0]) p.state = states[0];
      // "in 2020": a mid-year day stands for the year (office terms are dated to the day).
      if (days[0]) p.at = days[0];
      else if (years[0]) p.at = `${years[0]}-07-01`;
      return done(p);
    }
    case 'timeline':
      return need(1, 'an entity (a state, a leader, a body…)') ?? done({ entity: ref(refs[0]), ...range });
    case 'evidence': {
      const miss = need(1, 'an entity (a state, a leader, an agreement…)');
      if (miss) return miss;
      const p: Record<string, string> = { from: ref(refs[0]) };
      if (refs[1]) p.to = ref(refs[1]);
      if (wanted.includes('visits')) p.type = 'VISITED';
      else if (wanted.includes('vetoes')) p.type = 'VETOED';
      return done(p);
    }
    case 'path':
    case 'neighbours':
      return need(2, 'two entities') ?? done({ from: ref(refs[0]), to: ref(refs[1]) });
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
  /** For each row, the sentences that support it (same order as rows). */
  evidence: EvidenceRow[][];
}

export async function answerQuestion(question: string, api: QueryApi): Promise<Answer> {
  const routing = await routeQuestion(question, api);
  if (!routing.ok) return { question, route: null, reason: routing.reason, rows: [], evidence: [] };
  const { route } = routing;
  const rows = await api.run(route.query, route.params as never);
  const evidence: EvidenceRow[][] = [];
  for (const row of rows) evidence.push(await evidenceFor(api, route.query, row));
  return { question, route, reason: null, rows, evidence };
}

const uniqueSentences = (rows: EvidenceRow[]): EvidenceRow[] => {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = `${r.article}|${r.start}|${r.end}|${r.text}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
};

/** The sentences behind one answer row, found through the evidence query on the row's edges. */
async function evidenceFor(api: QueryApi, query: QueryName, row: unknown): Promise<EvidenceRow[]> {
  switch (query) {
    case 'agreements': {
      const r = row as AgreementRow;
      return uniqueSentences(await api.evidence({ from: `Agreement:${r.id}` }));
    }
    case 'vetoes': {
      const r = row as VetoRow;
      const ev = await api.evidence({ from: `State:${r.by}`, type: 'VETOED' });
      return uniqueSentences(ev.filter((e) => e.to.name_ar === r.subject));
    }
    case 'visits': {
      const r = row as VisitRow;
      const ev = await api.evidence({ from: `State:${r.to}`, type: 'VISITED' });
      return uniqueSentences(ev.filter((e) => e.from.name_ar === r.visitor.name_ar && e.from.name_en === r.visitor.name_en));
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
      return `${r.date ?? 'undated'}  ${r.parties.join('–')}  ${r.name_ar}  (${r.kind}, ${r.status}${r.count ? `, ${r.count} texts` : ''}${signed})`;
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
    case 'leaders': {
      const r = row as LeaderRow;
      return `${both(r)}  ${r.state ?? ''}${r.office ? `, ${r.office}` : ''}`;
    }
    default:
      return JSON.stringify(row);
  }
}

export function formatAnswer(a: Answer): string {
  if (!a.route) return `${a.reason}\n\n${HELP}\n`;
  const flags = Object.entries(a.route.params).map(([k, v]) => ` --${k} ${/\s/.test(v) ? JSON.stringify(v) : v}`).join('');
  const head = `(kg query ${a.route.query}${flags})\n`;
  if (a.rows.length === 0) return `${head}No answer in this graph.\n`;
  if (!['agreements', 'vetoes', 'visits', 'leaders'].includes(a.route.query)) {
    return head + formatTable(a.route.query, a.rows as never);
  }
  const lines = [head.trimEnd()];
  a.rows.forEach((row, i) => {
    lines.push(`• ${rowLine(a.route!.query, row)}`);
    for (const e of a.evidence[i]) lines.push(`    «${e.text.replace(/\s*\n\s*/g, ' ')}» — ${e.article}`);
  });
  return `${lines.join('\n')}\n`;
}
