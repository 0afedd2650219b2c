/**
 * Gazetteers: loads and validates data/gazetteer/*.yaml (zod) and the state names of
 * i18n-iso-countries, once, on first use (each export is a cached getter). Input: the data files. Output: typed entries and the
 * token tries the recogniser matches on (keys are clitic-free normalised stems, see normalise/).
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { dataProblem, lazy, loadData } from '../data.ts';
import { normaliseArabic, UNSPLIT } from '../normalise/index.ts';
import { Trie } from './trie.ts';

const require = createRequire(import.meta.url);
/**
 * i18n-iso-countries, loaded on first use: a query that resolves an ISO code needs only its code table.
 * The library without its entry point, which registers all ~80 locales (~45 ms of JSON per process);
 * the project reads only Arabic and English names, after registerLocales.
 */
export const isoCountries = lazy(() => require('i18n-iso-countries/index') as typeof import('i18n-iso-countries'));
/** i18n-iso-countries' Arabic and English names, registered on first use (they are large). */
export const registerLocales = lazy(() => {
  isoCountries().registerLocale(require('i18n-iso-countries/langs/ar.json'));
  isoCountries().registerLocale(require('i18n-iso-countries/langs/en.json'));
});

const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const Words = z.array(z.string().min(1)).default([]);
/** At least one Arabic form, the first the one shown: a tuple, so the first needs no check where it is read. */
const ArForms = z.tuple([z.string()], z.string());

export const StateExtra = z.object({
  iso: Iso3, en: z.string().optional(), p5: z.boolean().default(false), names: Words, nisba: Words, plural: Words,
  ambiguous: z.boolean().default(false), old_sense_after: Words,
}).strict();
export const City = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/), name_en: z.string(), ar: ArForms, state: Iso3.nullable(),
  kind: z.enum(['capital', 'city', 'seat']),
  /** A state whose nisba also names the older polity this city was the seat of (روما: الرومانية, ROU's). */
  old_polity_of: Iso3.optional(),
  /** The name is also a given name or a common word (صوفيا، ليما): a city only when cued or its state is named. */
  ambiguous: z.boolean().default(false),
}).strict();
export const Body = z.object({
  id: z.string().min(1), kind: z.enum(['UNBody', 'Organization', 'block']), name_en: z.string().optional(), ar: ArForms,
  contextual: Words,
}).strict();
export const UN_BODIES = ['UN', 'UNSC', 'UNGA', 'UNHRC', 'IAEA', 'UNSG'] as const;
const Holder = z.union([Iso3, z.enum(UN_BODIES)]);
export const OfficeTerm = z.tuple([z.string().min(1), Holder, Day, Day.nullable()]);
export const Leader = z.object({
  en: z.string().min(1), wd: z.string().regex(/^Q\d+$/).optional(), ar: ArForms, key: Words,
  offices: z.array(OfficeTerm).min(1),
}).strict();
export const Office = z.object({
  id: z.string().min(1), ar: ArForms, needs: z.enum(['state', 'state-or-name', 'none']),
  state: Iso3.optional(), body: z.enum(UN_BODIES).optional(), home: z.boolean().optional(), abroad: z.boolean().optional(),
}).strict();
export const NameCues = z.object({
  honorifics: Words, name_links: Words, person_roles: Words, not_persons: Words, stopwords: Words, kinship: Words, verbal_nouns: Words,
  state_cues: Words, city_cues: Words, capital_nouns: Words, named_after_place: Words, side_cues: Words, name_compounds: Words, name_compound_ends: Words, subordinates: Words, given_names: Words.default([]), second_portfolios: Words.default([]),
  delegation_cues: z.object({ delegation: Words, headed: Words }).strict(),
  bare_titles: z.record(z.string(), z.string()).default({}),
}).strict();

export type StateExtra = z.infer<typeof StateExtra>;
export type City = z.infer<typeof City>;
export type Body = z.infer<typeof Body>;
export type Leader = z.infer<typeof Leader> & { id: string };
export type Office = z.infer<typeof Office>;
export type OfficeTerm = z.infer<typeof OfficeTerm>;

/** One gazetteer file, read on first use (data.ts). */
export function load<T extends z.ZodTypeAny>(file: string, schema: T): z.infer<T> {
  return loadData(`gazetteer/${file}`, schema);
}

/** A stable slug: accents folded, lower case, non-letters as '-'; Arabic kept as is. */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/**
 * The matching key of one word of a gazetteer name: normalised, without its article. Other leading
 * letters are kept (بيونغ، بالاو are names, not ب + stem); text tokens reach the key through their
 * clitic analyses (see trie.ts).
 */
export function wordKey(w: string): string {
  const n = normaliseArabic(w);
  // Only a bare alef starts the article: ألمانيا keeps its "al" (see normalise/tokenise.ts).
  return w.startsWith('ال') && n.length >= 4 && !UNSPLIT().has(n) ? n.slice(2) : n;
}
/** The matching keys of a phrase. */
export const phraseKeys = (s: string): string[] => s.split(/[\s\u060c,]+/).filter(Boolean).map(wordKey);

// ---- states -------------------------------------------------------------------------------------
export interface StateInfo { iso: string; name_en: string; name_ar: string; p5: boolean; ambiguous: boolean; oldSenseAfter: ReadonlySet<string> }
const StateExtras = z.array(StateExtra);
/** The project's additions to the ISO names: variants, nisbas, P5 membership. */
export const STATE_EXTRAS = lazy((): readonly StateExtra[] => load('states.yaml', StateExtras));
const EXTRA_BY_ISO = lazy(() => new Map(STATE_EXTRAS().map((e) => [e.iso, e])));

/** Every ISO 3166-1 state, by alpha-3 code, with the project's English name where it gives one. */
export const STATES = lazy(() => {
  registerLocales();
  const out = new Map<string, StateInfo>();
  const alpha3s = Object.keys(isoCountries().getAlpha3Codes());
  const englishCounts = new Map<string, number>();
  for (const a3 of alpha3s) for (const n of (isoCountries().getName(a3, 'en', { select: 'all' }) ?? []) as string[]) englishCounts.set(n, (englishCounts.get(n) ?? 0) + 1);
  for (const a3 of alpha3s) {
    const ar = (isoCountries().getName(a3, 'ar', { select: 'all' }) ?? []) as string[];
    const en = ((isoCountries().getName(a3, 'en', { select: 'all' }) ?? []) as string[])
      .filter((n) => /[a-z]/.test(n) && !n.includes(',') && englishCounts.get(n) === 1)
      .sort((a, b) => a.length - b.length)[0] ?? isoCountries().getName(a3, 'en') ?? a3;
    const x = EXTRA_BY_ISO().get(a3);
    out.set(a3, { iso: a3, name_en: x?.en ?? en, name_ar: ar[0] ?? a3, p5: x?.p5 ?? false, ambiguous: x?.ambiguous ?? false, oldSenseAfter: new Set((x?.old_sense_after ?? []).map(wordKey)) });
  }
  for (const x of STATE_EXTRAS()) if (!out.has(x.iso)) throw dataProblem('gazetteer/states.yaml', `${x.iso} is not an ISO 3166-1 alpha-3 code`);
  return out as ReadonlyMap<string, StateInfo>;
});

/** Feminine, sound plural and dual forms of a masculine nisba (each word ending in ي inflects). */
export function nisbaForms(masc: string): string[] {
  const words = masc.split(/\s+/);
  const inflect = (suffix: string): string => words.map((w) => (w.endsWith('ي') ? w + suffix : w)).join(' ');
  // No feminine plural in ـيات: it is mostly a noun (مجريات "course of events", not Hungarian women).
  return [masc, inflect('ة'), inflect('ون'), inflect('ين'), inflect('ان'), inflect('تان'), inflect('تين')];
}

// ---- the other files ------------------------------------------------------------------------------
function assertUnique(file: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) { if (seen.has(id)) throw dataProblem(`gazetteer/${file}`, `id ${id} is used twice`); seen.add(id); }
}

export const CITIES = lazy((): readonly City[] => {
  const list = load('cities.yaml', z.array(City));
  for (const c of list) if (c.state && !STATES().has(c.state)) throw dataProblem('gazetteer/cities.yaml', `${c.id}: unknown state ${c.state}`);
  assertUnique('cities.yaml', list.map((c) => c.id));
  return list;
});
export const BODIES = lazy((): readonly Body[] => {
  const list = load('bodies.yaml', z.array(Body));
  assertUnique('bodies.yaml', list.filter((b) => b.kind !== 'block').map((b) => b.id));
  return list;
});
const Descriptors = z.object({
  kingdom: z.object({ words: Words, states: z.array(Iso3).min(1) }).strict(),
  outlets: z.record(Iso3, Words),
  agencies: z.record(Iso3, Words),
}).strict();
/** Bare descriptors (المملكة) and the outlets' countries that resolve them (descriptors.yaml). */
export const DESCRIPTORS = lazy(() => {
  const d = load('descriptors.yaml', Descriptors);
  for (const iso of [...d.kingdom.states, ...Object.keys(d.outlets), ...Object.keys(d.agencies)]) if (!STATES().has(iso)) throw dataProblem('gazetteer/descriptors.yaml', `unknown state ${iso}`);
  return {
    kingdomWords: new Set(d.kingdom.words.map((w) => normaliseArabic(w))), kingdoms: new Set(d.kingdom.states),
    outletState: new Map(Object.entries(d.outlets).flatMap(([iso, names]) => names.map((n) => [n, iso] as const))),
    agencyState: new Map(Object.entries(d.agencies).flatMap(([iso, names]) => names.map((n) => [normaliseArabic(n), iso] as const))),
  };
});
export const OFFICES = lazy((): readonly Office[] => load('offices.yaml', z.array(Office)));
export const CUES = lazy(() => load('name-cues.yaml', NameCues));
/**
 * Title words written with a final ة (رئيسة، وزيرة), normalised (ه): the same letters written with ه are
 * the masculine noun and a pronoun (رئيسه "its head", وزيره "his minister"), not the feminine title.
 */
export const FEMININE_TITLE_WORDS = lazy(() => new Set(OFFICES().flatMap((o) => o.ar).flatMap((p) => p.split(/\s+/)).filter((w) => w.endsWith('ة')).map(wordKey)));
export const LEADERS = lazy((): readonly Leader[] => {
  const list: Leader[] = load('leaders.yaml', z.array(Leader)).map((l: z.infer<typeof Leader>) => ({ ...l, id: slug(l.en) }));
  for (const l of list) for (const [, holder] of l.offices) if (!STATES().has(holder) && !(UN_BODIES as readonly string[]).includes(holder)) throw dataProblem('gazetteer/leaders.yaml', `${l.en}: unknown state ${holder}`);
  assertUnique('leaders.yaml', list.map((l) => l.id));
  return list;
});

export const CITY_BY_ID = lazy(() => new Map(CITIES().map((c) => [c.id, c])));
export const BODY_BY_ID = lazy(() => new Map(BODIES().filter((b) => b.kind !== 'block').map((b) => [b.id, b])));
export const LEADER_BY_ID = lazy(() => new Map(LEADERS().map((l) => [l.id, l])));
/**
 * The listed leaders each word of a full form or key belongs to (الأسد: Bashar and Hafez al-Assad), by
 * its matching key written with ال when the word has the article (العثماني is not غزالي عثماني's word).
 */
export const LEADER_WORDS = lazy(() => {
  const words = new Map<string, string[]>();
  const withArticle = (w: string) => { const k = wordKey(w); return (k === normaliseArabic(w) ? '' : 'ال') + k; };
  for (const l of LEADERS()) for (const w of new Set([...l.ar, ...l.key].flatMap((n) => n.split(/[\s\u060c,]+/).filter(Boolean).map(withArticle)))) words.set(w, [...(words.get(w) ?? []), l.id]);
  return words;
});

// ---- tries --------------------------------------------------------------------------------------
export type Entry =
  | { type: 'state'; iso: string; via: 'name' | 'alias'; article: boolean }
  | { type: 'nisba'; iso: string }
  | { type: 'city'; id: string; article: boolean }
  | { type: 'body'; id: string; kind: 'UNBody' | 'Organization' | 'block'; contextual?: boolean }
  | { type: 'leader'; id: string; partial: boolean; article: boolean };

const hasArticle = (name: string): boolean => name.startsWith('ال');

/** States, nisbas, cities, seats, bodies and leaders' names. */
export const NAMES = lazy(() => {
  const t = new Trie<Entry>();
  for (const iso of STATES().keys()) {
    for (const n of (isoCountries().getName(iso, 'ar', { select: 'all' }) ?? []) as string[]) t.add(phraseKeys(n), { type: 'state', iso, via: 'name', article: hasArticle(n) });
    const x = EXTRA_BY_ISO().get(iso);
    if (!x) continue;
    for (const n of x.names) t.add(phraseKeys(n), { type: 'state', iso, via: 'alias', article: hasArticle(n) });
    for (const n of x.nisba) for (const f of nisbaForms(n)) t.add(phraseKeys(f), { type: 'nisba', iso });
    for (const n of x.plural) t.add(phraseKeys(n), { type: 'nisba', iso });
  }
  for (const c of CITIES()) for (const n of c.ar) t.add(phraseKeys(n), { type: 'city', id: c.id, article: hasArticle(n) });
  for (const b of BODIES()) {
    for (const n of b.ar) t.add(phraseKeys(n), { type: 'body', id: b.id, kind: b.kind });
    for (const n of b.contextual) t.add(phraseKeys(n), { type: 'body', id: b.id, kind: b.kind, contextual: true });
  }
  for (const l of LEADERS()) {
    for (const n of l.ar) t.add(phraseKeys(n), { type: 'leader', id: l.id, partial: false, article: hasArticle(n) });
    for (const n of l.key) t.add(phraseKeys(n), { type: 'leader', id: l.id, partial: true, article: hasArticle(n) });
  }
  return t;
});

/** Office titles. */
export const OFFICE_TRIE = lazy(() => {
  const t = new Trie<Office>();
  for (const o of OFFICES()) for (const n of o.ar) t.add(phraseKeys(n), o);
  return t;
});

export type Cue = 'honorific' | 'role' | 'not-person' | 'named-after-place';
export const CUE_TRIE = lazy(() => {
  const t = new Trie<Cue>();
  const c = CUES();
  for (const n of c.honorifics) t.add(phraseKeys(n), 'honorific');
  for (const n of c.person_roles) t.add(phraseKeys(n), 'role');
  for (const n of c.not_persons) t.add(phraseKeys(n), 'not-person');
  for (const n of c.named_after_place) t.add(phraseKeys(n), 'named-after-place');
  return t;
});
/** Keys (normalised, clitic-free) of words that end a name, and of words that join its parts. */
export const STOPWORDS = lazy(() => new Set(CUES().stopwords.map((w) => normaliseArabic(w))));
/** Kinship nouns: أرملة، نجل، شقيق. */
/** Verbal-noun patterns of the derived verb forms (ترحيل، استدعاء), on normalised stems. */
export const VERBAL_NOUNS = lazy(() => CUES().verbal_nouns.map((p) => new RegExp(p)));
export const KINSHIP = lazy(() => new Set(CUES().kinship.map((w) => normaliseArabic(w))));
export const NAME_LINKS = lazy(() => new Set(CUES().name_links.map(wordKey)));
export const NAME_COMPOUNDS = lazy(() => new Set(CUES().name_compounds.map(wordKey)));
export const GIVEN_NAMES = lazy(() => new Set(CUES().given_names.map(wordKey)));
export const SECOND_PORTFOLIOS = lazy(() => new Set(CUES().second_portfolios.map(wordKey)));
export const NAME_COMPOUND_ENDS = lazy(() => new Set(CUES().name_compound_ends.map(wordKey)));
export const SUBORDINATES = lazy(() => new Set(CUES().subordinates.map(wordKey)));
export const STATE_CUES = lazy(() => new Set(CUES().state_cues.map(wordKey)));
export const CITY_CUES = lazy(() => new Set(CUES().city_cues.map(wordKey)));
export const CAPITAL_NOUNS = lazy(() => new Set(CUES().capital_nouns.map(wordKey)));
/** Bare titles (الوزير، الرئيس) by stem (wordKey), with the office word a holder's office ends in (minister, president). */
export const BARE_TITLES = lazy(() => new Map(Object.entries(CUES().bare_titles).map(([w, o]) => [wordKey(w), o])));
/**
 * Listed leaders by the last word of a full Arabic form (its article kept: المعلم of وليد المعلم), but not
 * the word after a name link (محمد بن سلمان: سلمان is his father's name).
 */
export const LAST_NAME_WORDS = lazy(() => {
  const m = new Map<string, string[]>();
  for (const l of LEADERS()) for (const n of l.ar) {
    const ws = normaliseArabic(n).split(/\s+/).filter(Boolean);
    const last = ws.at(-1);
    if (ws.length < 2 || !last || NAME_LINKS().has(wordKey(ws.at(-2) ?? ''))) continue;
    if (!m.get(last)?.includes(l.id)) m.set(last, [...(m.get(last) ?? []), l.id]);
  }
  return m;
});
/** Words after a title that make its holder a former one (السفير الأردني الأسبق): the relate lexicon's list (lexicon/discourse.yaml). */
export const FORMER_WORDS = lazy(() => new Set(loadData('lexicon/discourse.yaml', z.object({ former: z.array(z.string()) }).passthrough()).former.map(wordKey)));
/** A state's capital in cities.yaml, by ISO code. */
export const CAPITAL_OF = lazy(() => {
  const m = new Map<string, City>();
  for (const c of CITIES()) if (c.kind === 'capital' && c.state && !m.has(c.state)) m.set(c.state, c);
  return m;
});
/** Phrases (keys per word) before a state that make it the side of the officials named next. */
export const SIDE_CUES = lazy(() => CUES().side_cues.map(phraseKeys));
export const DELEGATION_CUES = lazy(() => ({
  delegation: new Set(CUES().delegation_cues.delegation.map(wordKey)), headed: new Set(CUES().delegation_cues.headed.map(wordKey)),
}));

/** Every word of every Arabic name in the gazetteers (for the tokenizer's lexicon build). */
export function gazetteerWords(): string[] {
  const names: string[] = [];
  for (const iso of STATES().keys()) names.push(...((isoCountries().getName(iso, 'ar', { select: 'all' }) ?? []) as string[]));
  for (const x of STATE_EXTRAS()) names.push(...x.names);
  for (const c of CITIES()) names.push(...c.ar);
  for (const b of BODIES()) names.push(...b.ar);
  for (const l of LEADERS()) names.push(...l.ar, ...l.key);
  return [...new Set(names.flatMap((n) => n.split(/\s+/)))];
}
