/**
 * The registry of named agreements (data/registry/agreements.yaml): instruments the news refers
 * back to (الاتفاق النووي، اتفاقية كامب ديفيد، معاهدة عدم الانتشار). Input: the YAML files, checked
 * by zod. Output: the entries with their parties expanded, a phrase table of their Arabic names, and
 * the rules that decide which entry a name or a signing stands for.
 *
 * Why a registry: a reference names an agreement that already exists, and its parties are facts of
 * that agreement, not the states the sentence happens to mention (GUIDELINES, "refers back").
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { dataProblem, loadData } from '../data.ts';
import type { EntityRef } from '../model.ts';
import { tokenise } from '../normalise/index.ts';
import { BODY_BY_ID, STATES, UN_BODIES } from '../recognise/gazetteer.ts';
import { PhraseTable } from './lexicon.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const Party = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an ISO alpha-3 code, an organisation slug or a group');
const Phrases = z.array(z.string().min(1)).default([]);

export const RegistryEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case slug'),
  name_en: z.string().min(1),
  name_ar: z.string().min(1),
  aliases_en: Phrases,
  names_ar: Phrases,
  /**
   * `tells: false`: `needs` is the context the words need, not a party that tells the entry apart from
   * its other agreements (Saudi Arabia signs many in any weeks; the 2015 Cairo Declaration is one).
   */
  descriptions_ar: z.array(z.object({ words: z.array(z.string().min(1)).min(1), needs: z.array(Party).min(1), tells: z.boolean().default(true) }).strict()).default([]),
  kind: z.string().min(1),
  date: Day,
  place: z.string().nullable().default(null),
  parties: z.array(Party).default([]),
  multilateral: z.boolean().default(false),
  /** A deal between factions inside one state: read, so that no other node forms from its name, but never recorded. */
  domestic: z.boolean().default(false),
  status: z.array(z.object({
    from: Day,
    status: z.enum(['signed', 'concluded', 'in-force', 'suspended', 'withdrawn', 'terminated', 'superseded', 'supplemented']),
    by: z.array(Party).optional(),
  }).strict()).min(1),
  wikidata: z.string().regex(/^Q\d+$/).nullable(),
  sources: z.array(z.string().url()).min(1),
}).strict();
export const Groups = z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.array(z.string().regex(/^[A-Z]{3}$/)).min(2));

export type RegistryEntry = z.infer<typeof RegistryEntry> & { partyRefs: EntityRef[] };

/** Does one of the parties in `has` tell this entry apart from the other agreements of its weeks (a `needs` of a telling description)? */
export const toldBy = (e: RegistryEntry, has: (id: string) => boolean): boolean => e.descriptions_ar.some((d) => d.tells && d.needs.some(has));

/** A registry file: of data/registry/, or of the folder a test gives. */
const registryFile = (name: string, dir?: URL): string => (dir ? fileURLToPath(new URL(name, dir)) : `registry/${name}`);

function loadYaml<T extends z.ZodTypeAny>(dir: URL | undefined, name: string, schema: T): z.infer<T> {
  return loadData(registryFile(name, dir), schema);
}

/** A party code as a node reference: a state, a UN body or an organisation; null when unknown. */
function partyRef(code: string): EntityRef | null {
  if (STATES().has(code)) return { label: 'State', id: code };
  if ((UN_BODIES as readonly string[]).includes(code)) return { label: 'UNBody', id: code };
  const body = BODY_BY_ID().get(code);
  return body && body.kind === 'Organization' ? { label: 'Organization', id: code } : null;
}

/** The entries of a registry folder (data/registry/ unless a test gives another), checked. */
export function loadRegistry(dir?: URL): RegistryEntry[] {
  const groups = loadYaml(dir, 'groups.yaml', Groups);
  const entries = loadYaml(dir, 'agreements.yaml', z.array(RegistryEntry));
  const seen = new Set<string>();
  return entries.map((e, i) => {
    const where = `entry ${i} (${e.id})`;
    const file = registryFile('agreements.yaml', dir);
    if (seen.has(e.id)) throw dataProblem(file, `${where}: id used twice`);
    seen.add(e.id);
    if (e.multilateral === (e.parties.length > 0)) throw dataProblem(file, `${where}: give parties, or multilateral: true, not both`);
    const codes = [...new Set(e.parties.flatMap((p) => groups[p] ?? [p]))].sort();
    const partyRefs = codes.map((c) => {
      const ref = partyRef(c);
      if (!ref) throw dataProblem(file, `${where}: unknown party ${c}`);
      return ref;
    });
    for (const d of e.descriptions_ar) for (const n of d.needs) if (!partyRef(n)) throw dataProblem(file, `${where}: unknown party ${n} in needs`);
    return { ...e, partyRefs };
  });
}

let cache: { entries: RegistryEntry[]; byId: Map<string, RegistryEntry>; names: PhraseTable<Phrase> } | null = null;

/** How a phrase names an entry: outright, or only in an article naming one of `needs`. */
export interface Hit { entry: RegistryEntry; needs: string[] | null }
/** A registry phrase (its words as the tokenizer cuts them) and the entries it may name. */
export interface Phrase { words: string[]; hits: Hit[] }

/**
 * Each date string parsed once: the entry finders compare every registry entry's day with the
 * article's for each agreement read (two Date.parse per entry per call). The strings are days of
 * the registry, the corpus and its texts: a few thousand; the bound only guards odd input.
 */
const PARSED = new Map<string, number>();
function time(day: string): number {
  let t = PARSED.get(day);
  if (t === undefined) {
    if (PARSED.size >= 50_000) PARSED.clear();
    PARSED.set(day, (t = Date.parse(day)));
  }
  return t;
}

/** Days between two YYYY-MM-DD dates. */
const days = (a: string, b: string): number => Math.abs(time(a) - time(b)) / 86_400_000;

/** Registry phrases are cut by the tokenizer, so "5+1" or "سايكس-بيكو" match as the text is cut. */
const asWords = (phrase: string): string => tokenise(phrase).map((t) => t.norm).join(' ');

/** The registry, loaded on first use (a query that never reads text never pays for it). */
export function registry(): NonNullable<typeof cache> {
  if (cache) return cache;
  const entries = loadRegistry();
  // One table; a phrase that several entries share carries every candidate (اتفاق مينسك).
  const byPhrase = new Map<string, Hit[]>();
  const put = (p: string, hit: Hit): void => {
    const key = asWords(p);
    const list = byPhrase.get(key) ?? [];
    list.push(hit);
    byPhrase.set(key, list);
  };
  for (const e of entries) {
    for (const n of [e.name_ar, ...e.names_ar]) put(n, { entry: e, needs: null });
    for (const d of e.descriptions_ar) for (const w of d.words) put(w, { entry: e, needs: d.needs });
  }
  const names = new PhraseTable<Phrase>();
  for (const [p, hits] of byPhrase) names.add(p, { words: p.split(' '), hits });
  cache = { entries, byId: new Map(entries.map((e) => [e.id, e])), names };
  return cache;
}

/**
 * Is this fact recorded? A reference to a domestic deal (اتفاق مكة، اتفاق الطائف) is read so that its
 * words make no other node, but it is no agreement between governments (GUIDELINES).
 */
export const recorded = (f: { registry?: string | null }): boolean => !f.registry || !registry().byId.get(f.registry)?.domestic;

/**
 * The entry a name stands for in an article published on `published` that names `states`: among
 * the candidates whose context is met, the latest concluded on or before the article's day (a name
 * cannot refer to an agreement not yet made: talks about "the nuclear agreement" before 2015-07-14
 * are about a future one). Outright names beat descriptions.
 */
export function pickEntry(hits: Hit[], published: string | null, named: ReadonlySet<string>, maxAgeDays = Infinity): RegistryEntry | null {
  const ok = hits.filter((h) => (!published || (h.entry.date <= published && days(h.entry.date, published) <= maxAgeDays)) && (h.needs === null || h.needs.some((n) => named.has(n))));
  if (!ok.length) return null;
  const outright = ok.filter((h) => h.needs === null);
  const pool = outright.length ? outright : ok;
  return pool.reduce((best, h) => (h.entry.date > best.entry.date ? h : best)).entry;
}

/**
 * Does a reported agreement of kind `kind` fit an entry of kind `entryKind`? `dated`: the report is
 * dated by the text near the entry's day, which alone may tell an agreement whose words give no kind.
 */
export type KindFit = (entryKind: string, kind: string, dated: boolean) => boolean;
const sameKind: KindFit = (a, b) => a === b;


/** How far a signing's date may stand from the registry's day and still be that signing. */
const SIGNING_WINDOW_DAYS = 3;

/**
 * The entry a reported signing is (by parties, kind and time): a done act, dated by the text
 * within a few days of an entry's day, whose kind is the entry's and whose parties are all among
 * the entry's (a report of the JCPOA's conclusion naming Iran and the United States). A signing
 * dated only by the article's day is not linked this way: nothing in it says which agreement it is.
 */
export function entryForSigning(f: { kind: string; date: string | null; parties: EntityRef[]; datedByText: boolean }, fits: KindFit = sameKind): RegistryEntry | null {
  if (!f.date || !f.datedByText || f.parties.length < 1) return null;
  for (const e of registry().entries) {
    if (e.multilateral || !fits(e.kind, f.kind, true) || days(e.date, f.date) > SIGNING_WINDOW_DAYS) continue;
    if (f.parties.every((p) => e.partyRefs.some((r) => r.id === p.id))) return e;
  }
  return null;
}

/** How long after a registry agreement an undated report of its kind and parties still recalls it. */
export const RECALL_WINDOW_DAYS = 60;

/**
 * The entry an undated agreement recalls: concluded in the weeks before the article, of the same
 * kind (a kind its words give, not the general one), with all its parties among the entry's (بعد أن
 * أبرمت واشنطن اتفاقا نوويا مع إيران, a week after the JCPOA). The latest such entry.
 *
 * `kindless`: the agreement's words give no kind (الاتفاق الذي أبرمته إيران مع القوى الكبرى): then
 * its parties must hold the party that tells the entry apart (a `needs` of its descriptions, Iran for
 * the JCPOA), or be the entry's states exactly; Washington and Moscow alone recall no JCPOA.
 */
export function entryRecalled(f: { kind: string; parties: EntityRef[] }, published: string | null, fits: KindFit = sameKind, kindless = false): RegistryEntry | null {
  if (!published || !f.parties.length) return null;
  let best: RegistryEntry | null = null;
  const has = (id: string): boolean => f.parties.some((p) => p.id === id);
  for (const e of registry().entries) {
    if (e.multilateral || !fits(e.kind, f.kind, false) || e.date > published || days(e.date, published) > RECALL_WINDOW_DAYS) continue;
    if (!f.parties.every((p) => e.partyRefs.some((r) => r.id === p.id))) continue;
    if (kindless && !toldBy(e, has) && !e.partyRefs.every((r) => r.label !== 'State' || has(r.id))) continue;
    if (!best || e.date > best.date) best = e;
  }
  return best;
}

/**
 * The entry an agreement named by its day refers to (اتفاق 13 يوليو بين اليونان ودائنيها، عملا
 * باتفاق أعلن عنه في 30 يونيو): the one registry agreement concluded within a few days of that day
 * whose state parties the article all names. Where another agreement of those days binds one of
 * them too (the JCPOA and the IAEA roadmap of 14 July 2015, both with Iran), the day tells neither.
 */
export function entryOfDay(day: string, named: ReadonlySet<string>): RegistryEntry | null {
  const near = registry().entries.filter((e) => !e.multilateral && days(e.date, day) <= SIGNING_WINDOW_DAYS)
    .map((e) => ({ e, states: e.partyRefs.filter((r) => r.label === 'State').map((r) => r.id) }));
  const full = near.filter((n) => n.states.length && n.states.every((s) => named.has(s)));
  const [one, ...others] = full;
  if (!one || others.length) return null;
  const rival = near.some((n) => n !== one && n.states.some((s) => named.has(s) && one.states.includes(s)));
  return rival ? null : one.e;
}

/**
 * The entry a signing with no parties of its own recalls (بعد توقيع اتفاق تاريخي حول البرنامج النووي,
 * in an article naming Iran a week after the JCPOA): concluded in the weeks before the article, of
 * that kind, with a description whose context (`needs`) the article names. The latest such entry.
 */
export function entryDescribed(kind: string, published: string | null, named: ReadonlySet<string>, fits: KindFit = sameKind): RegistryEntry | null {
  if (!published) return null;
  let best: RegistryEntry | null = null;
  for (const e of registry().entries) {
    if (e.multilateral || !fits(e.kind, kind, false) || e.date > published || days(e.date, published) > RECALL_WINDOW_DAYS) continue;
    if (!toldBy(e, (n) => named.has(n))) continue;
    if (!best || e.date > best.date) best = e;
  }
  return best;
}

/** Date rules that read a day off the text itself (not a weekday or "yesterday" counted from the crawl day). */
const FIRM_DATES = new Set(['absolute']);

/**
 * The registry agreement an agreement report in its weeks stands for, told by the party that tells
 * it apart (a `needs` of its descriptions: Iran for the JCPOA). In the weeks after the JCPOA, an
 * agreement "with Iran" that the sentence gives no other day is the JCPOA, whatever states the
 * sentence names beside Iran (توصلت مجموعة 5+1 إلى اتفاق مع إيران، الدول التي وقعت مع إيران
 * الاتفاق). It is told when:
 * - the telling party is a party, and the report's kind is the entry's (a nuclear agreement); or its
 *   words give no kind and its parties are all the entry's or its text dates it within days of the
 *   entry's; or, among the entry's parties, a day and month of the text put it on the entry's days,
 *   whatever kind its words give (another kind on other days is another agreement of theirs);
 * - the telling party is named in the sentence, and the report is of the entry's kind, or is a
 *   verbal noun of the bare definite noun (`anaphoric`: عقب التوقيع على الاتفاق، … إيران): the
 *   agreement the news is about, whatever subject the clause seems to give it (a verb's own subject
 *   is not overridden so: ووقعت السعودية ومصر على الاتفاق stays theirs);
 * - a report whose kind is a form (`form`: a joint statement) names none but the entry's parties;
 * - no firm day of the text (a day and month) stands far from the entry's, and no year before the
 *   entry's is in the sentence (وقع مبارك اتفاقا مع طهران … في 2010 is another agreement; a later
 *   year is what follows from it: ترفع العقوبات في بداية 2016).
 * The latest such entry; null when none.
 */
export function entryTold(
  f: { kind: string; parties: EntityRef[]; date: string | null; dateRule: string; anaphoric: boolean; form?: boolean },
  at: { published: string | null; years: number[]; named: ReadonlySet<string> }, general: string, fits: KindFit = sameKind,
): RegistryEntry | null {
  if (!at.published || !f.parties.length) return null;
  const ids = new Set(f.parties.map((p) => p.id));
  let best: RegistryEntry | null = null;
  for (const e of registry().entries) {
    if (e.multilateral || e.domestic || e.date > at.published || days(e.date, at.published) > RECALL_WINDOW_DAYS) continue;
    const tells = (set: ReadonlySet<string>): boolean => toldBy(e, (n) => set.has(n));
    const byParty = tells(ids);
    if (!byParty && !tells(at.named)) continue;
    if (at.years.some((y) => y < Number(e.date.slice(0, 4)))) continue;
    const near = f.date !== null && days(f.date, e.date) <= SIGNING_WINDOW_DAYS;
    if (f.date && FIRM_DATES.has(f.dateRule) && !near) continue;
    const within = f.parties.every((p) => e.partyRefs.some((r) => r.id === p.id));
    // A kind that names the instrument's form (`form`: a joint statement) tells nothing of its matter:
    // a joint statement of Turkey's with another state (أصدرت السعودية وتركيا بيانا مشتركا) is not the
    // EU–Turkey statement of its weeks; one of the entry's own parties may be.
    if (f.form && !within) continue;
    // Dated by the text to its days, among its parties, it is the entry whatever kind its words give
    // (وقعت إيران والقوى الست في 14 يوليو صفقة شاملة).
    const onItsDays = byParty && within && near && FIRM_DATES.has(f.dateRule);
    const ok = onItsDays || (f.kind === general ? (byParty && (within || near)) || f.anaphoric : fits(e.kind, f.kind, false));
    if (!ok) continue;
    if (!best || e.date > best.date) best = e;
  }
  return best;
}

/**
 * The entry an agreement noun described by its parts refers to (الاتفاق بين إيران والقوى الكبرى حول
 * البرنامج النووي): one of a kind group its phrase cues, told apart by a party it names (a `needs` of its
 * descriptions), with every state the phrase names among its parties, concluded in the `maxAgeDays`
 * before the article's day. The latest such entry.
 */
export function entryByParts(states: ReadonlySet<string>, groups: ReadonlySet<string>, published: string | null, groupOf: (kind: string) => string, maxAgeDays: number): RegistryEntry | null {
  if (!published || !states.size) return null;
  let best: RegistryEntry | null = null;
  for (const e of registry().entries) {
    if (e.multilateral || e.domestic || e.date > published || days(e.date, published) > maxAgeDays || !groups.has(groupOf(e.kind))) continue;
    if (!toldBy(e, (n) => states.has(n))) continue;
    if (![...states].every((s) => e.partyRefs.some((r) => r.id === s))) continue;
    if (!best || e.date > best.date) best = e;
  }
  return best;
}

/**
 * The instrument an outright registry name at word `from` names that was not yet made on the article's
 * day (واشنطن وطوكيو تقتربان من توقيع اتفاق الشراكة عبر المحيط الهادئ, months before it was concluded):
 * a planned signing of it is a signing of that instrument, by its parties. The earliest such entry.
 */
export function entryAhead(words: Parameters<PhraseTable<Phrase>['matchAt']>[0], from: number, published: string | null): RegistryEntry | null {
  const hit = published ? registry().names.matchAt(words, from) : null;
  const ahead = (hit?.payload.hits ?? []).filter((h) => h.needs === null && !h.entry.multilateral && h.entry.date > published!);
  return ahead.reduce<RegistryEntry | null>((best, h) => (!best || h.entry.date < best.date ? h.entry : best), null);
}
