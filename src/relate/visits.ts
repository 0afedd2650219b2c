/**
 * Visits: a leader travelling to another state (زار، وصل إلى، في زيارة، جولة) becomes a VisitFact
 * (destination state, city, date, host, status). A meeting held in the state of one of its leaders is
 * also the other's visit there: meetings.ts reads those, and this component records them in text
 * order with its own. Input: a SentenceContext. Output: VisitFact[].
 * Not visits (GUIDELINES): ships or troops arriving, invitations (kept as planned), meetings at home.
 */
import { dateSpan, type EntityRef, type Mention, type MetFact, type VisitFact } from '../model.ts';
import { type Arg, CHAIN_JOINERS, type LeadCheck, type SentenceContext, TITLES } from './context.ts';
import { stateOf } from './discourse.ts';
import { PhraseTable, discourseLexicon, phraseWords, visitsLexicon as L } from './lexicon.ts';
import { addDays, factDate, hasBeforeNow, spanBeforeEvent } from './dates.ts';
import { CUES, NAME_LINKS, OFFICES } from '../recognise/gazetteer.ts';
import { isCommonNoun } from '../recognise/names.ts';
import { isUNBody } from '../recognise/lookups.ts';
import { isFutureVerb, isPurpose, modalityAt } from './modality.ts';
import { type Word, isBreak as isBreakWord, parentheticalOpening, pastParenthetical, sentenceWords } from './words.ts';
import { tokenAt } from '../normalise/index.ts';
import { lazy } from '../data.ts';
import { loadPatterns, type Match } from './patterns/engine.ts';
import { components, register, type SentencePlace } from './patterns/registry.ts';
import { type Dateline, datelineOf } from './dateline.ts';
import { type PlacedGathering, gatheringKey, placedGatherings } from './gatherings.ts';
import type { Fact } from '../model.ts';

/** Index of the sentence's first token, to turn a mention's token span into word indices. */
const base = (ctx: SentenceContext): number => ctx.sentence.tokenStart;

type VisitTrigger = 'verb' | 'noun' | 'possessive';
/** Where a visit went: the state, the city named (if any) and the word that names it. */
type Destination = { state: string; city: string | null; word: number };
const visitTriggers = new PhraseTable<VisitTrigger>()
  .addAll(L.visit.verbs, 'verb').addAll(L.visit.resumptive_verbs, 'verb').addAll(L.visit.nouns, 'noun').addAll(L.visit.possessive, 'possessive');
const resumptiveVerbs = new PhraseTable<true>().addAll(L.visit.resumptive_verbs, true);
const stopNouns = new PhraseTable<true>().addAll(L.visit.stop_nouns, true);
const stopCopulas = new Set(L.visit.stop_copulas.flatMap(phraseWords));
const meetingAhead = new PhraseTable<true>().addAll(L.meet.ahead, true);
const comingFrom = new Set(L.meet.ahead_unless_from.flatMap(phraseWords));
/** Prepositions written apart (إلى، في); the one-letter clitics (ل، ب) are read from the word's prefixes. */
const apart = (p: string): boolean => (phraseWords(p)[0] ?? '').length > 1;
const toPreps = new PhraseTable<true>().addAll(L.to.filter(apart), true);
export const atPreps = new PhraseTable<true>().addAll(L.at.filter(apart), true);
export const adverbs = new PhraseTable<true>().addAll(L.adverbs, true);
/** One title table and one list of chain joiners for every reader of a title chain (context.ts). */
export const titles = TITLES;
const placeNouns = new PhraseTable<true>().addAll(L.place_nouns, true);
const titleAdjectives = CHAIN_JOINERS;
/** Honorifics (name-cues.yaml): they style the name that follows and head no office of their own. */
const styles = lazy(() => new PhraseTable<true>().addAll(CUES().honorifics, true));
const regionLeads = new PhraseTable<true>().addAll(L.region_leads, true);
const tourNouns = new PhraseTable<true>().addAll(L.visit.tour_nouns, true);
const tourIn = new PhraseTable<true>().addAll(L.visit.tour_in, true);
const gatheringTopics = new PhraseTable<true>().addAll(L.topic_stops, true).addAll(L.visit.gathering_topics, true);
const nounAdjectives = new PhraseTable<true>().addAll(L.visit.noun_adjectives, true).addAll(L.visit.similar_after, true);
/** Where a part of a state named before word k starts (إلى شمال العراق، إلى الشطر الشمالي من قبرص), else k. */
function regionBefore(ctx: SentenceContext, k: number): number {
  for (let p = Math.max(0, k - 4); p < k; p++) if (regionLeads.matchAt(ctx.words, p, k)?.to === k && !ctx.mention(p)) return p;
  return k;
}
/** Past the adjectives of a visit noun ending at `end` (زيارة رسمية، الزيارة التاريخية). */
function pastNounAdjectives(ctx: SentenceContext, end: number, cb: number): number {
  let k = end;
  while (k < cb && !ctx.mention(k) && nounAdjectives.matchAt(ctx.words, k, k + 1)) k++;
  return k;
}
/** فيه، فيها: the pronoun of a relative's head (الوقت الذي يزور فيه، المرة التي زار فيها). */
const inPronouns = new Set(L.visit.in_pronouns.flatMap(phraseWords));
const inResumptive = (ctx: SentenceContext, k: number): boolean => k < ctx.words.length && inPronouns.has(tokenAt(ctx.words, k).norm);
const placeIdioms = new PhraseTable<true>().addAll(L.place_idioms, true);
const partitive = new PhraseTable<true>().addAll(discourseLexicon.partitive_leads, true);
// Words that may follow the last place of a list of stops: a preposition's phrase (… وإيطاليا في يونيو، خلال جولة).
const framingPreps = new PhraseTable<true>().addAll(L.during, true);
const listFollowers = new PhraseTable<true>().addAll(discourseLexicon.oblique_preps, true).addAll(L.appended_date_leads, true);
/**
 * A place mention at k that is one: not a nisba, not a title that names its state (خادم الحرمين
 * الشريفين), not the first word of an idiom such as مسقط رأسه (his birthplace).
 */
export const isPlaceAt = (ctx: SentenceContext, k: number, m: { kind: string; via?: string }): boolean =>
  (m.kind === 'State' || m.kind === 'City') && m.via !== 'nisba' && m.via !== 'title' && !placeIdioms.matchAt(ctx.words, k);
const supportVerbs = new PhraseTable<true>().addAll(L.visit.support_verbs, true).addAll(L.visit.return_verbs, true);
const returnVerbs = new PhraseTable<true>().addAll(L.visit.return_verbs, true);
const supportForms = new Set([...L.visit.support_verbs, ...L.visit.return_verbs].flatMap(phraseWords));
const includes = new PhraseTable<true>().addAll(L.visit.tour_includes, true);
const laterLeg = new PhraseTable<true>().addAll(L.visit.later_leg, true);
const imperfect = new Set(L.visit.imperfect.flatMap(phraseWords));
const departing = new Set(L.visit.departure_imperfect.flatMap(phraseWords));
const personHeads = new PhraseTable<true>().addAll(L.visit.person_heads, true);
const groupPossessors = new Set(L.visit.group_possessors.flatMap(phraseWords));
const groupSubjects = new Set(L.visit.group_subjects.flatMap(phraseWords));
const pastAfter = new PhraseTable<true>().addAll(L.visit.past_after, true);
const similarAfter = new PhraseTable<true>().addAll(L.visit.similar_after, true);
const recalledOrdinals = new PhraseTable<true>().addAll(L.visit.recalled_ordinals, true);
const recallLeads = new PhraseTable<true>().addAll(L.visit.recall_leads, true);
const outcomeNouns = new PhraseTable<true>().addAll(L.visit.outcome_nouns, true);
const undone = new PhraseTable<true>().addAll(L.visit.undone, true);
const begunBefore = new PhraseTable<number>();
for (const [phrase, day] of Object.entries(L.visit.begun_before)) begunBefore.add(phrase, day);
const endedBefore = new PhraseTable<true>().addAll(L.visit.ended_before, true);
const lastedVerbs = new PhraseTable<true>().addAll(L.visit.lasted_verbs, true);
const lastedDays = new PhraseTable<number>();
for (const [phrase, n] of Object.entries(L.visit.lasted_days)) lastedDays.add(phrase, n);
/** How many days a visit's own relative clause says it lasted (زيارة … التي استغرقت يومين), or null. */
function lastedFor(ctx: SentenceContext, from: number, to: number): number | null {
  for (const v of lastedVerbs.scan(ctx.words, from, to)) {
    if (v.from === 0 || !RELATIVES.has(tokenAt(ctx.words, v.from - 1).stem)) continue;
    const d = lastedDays.matchAt(ctx.words, v.to, to) ?? (v.to + 1 < to ? lastedDays.matchAt(ctx.words, v.to + 1, to) : null);
    if (d) return d.payload;
  }
  return null;
}
const urged = new PhraseTable<true>().addAll(L.visit.urged, true);
const ordered = new PhraseTable<true>().addAll(L.visit.ordered, true);
const answered = new PhraseTable<true>(false).addAll(L.visit.invitation_answered, true);
const sentObject = new PhraseTable<true>().addAll(L.visit.sent_object, true);
const appendedLeads = new PhraseTable<true>(false).addAll(L.appended_date_leads, true);
/** Former-holder words with the article, as they stand in a title (الرئيس الفرنسي السابق فلان). */
const formerTitle = new PhraseTable<true>().addAll(discourseLexicon.former.filter((f) => f.startsWith('ال')), true);
// Without the article stripped: الآن would else be indexed as ان and match every أن and إن.
const presentCues = new PhraseTable<true>(false).addAll(L.visit.present_cues, true);
/**
 * Is the act at word i told in the article's present: an imperfect trigger (يزور، يلتقي، يستقبل) or a
 * present cue in its clause? Past the lead only such an act takes the published date (context.dateFor).
 */
export function presentAt(ctx: SentenceContext, i: number, who: (Arg | null | undefined)[], where: string | null): LeadCheck {
  const [a, b] = ctx.clause(i);
  const w = tokenAt(ctx.words, i);
  return {
    present: w.keys.some((k) => imperfect.has(k)) || /^ي/.test(w.stem) || presentCues.scan(ctx.words, a, b).length > 0,
    who: who.flatMap((x) => (x?.leader ? [x.leader.ref.id] : [])), where,
  };
}
/** Offices whose holders live in the host state: receiving them is no visit. */
export const RESIDENT_OFFICES = new Set(L.resident_offices);
const BODY_DELEGATES = new Set(L.body_delegates);
const unSeat = new PhraseTable<true>().addAll(L.un_seat, true);
const postedTitleWords = new PhraseTable<true>().addAll(L.posted_titles, true);
const POSTED_OFFICES = new Set(L.posted_offices);
export const isPosted = (a: Arg): boolean => POSTED_OFFICES.has(a.mention?.office ?? a.leader?.office ?? '');
const followUp = new Set(L.visit.follow_up.flatMap(phraseWords));
/** Is the ل of the noun at i the complement of a noun before it (استكمالا لزيارة), not a purpose? */
const followsUp = (ctx: SentenceContext, i: number): boolean => i > 0 && [tokenAt(ctx.words, i - 1).norm, tokenAt(ctx.words, i - 1).stem].some((k) => followUp.has(k));
/** Distances the finder still searches, from data/patterns/visits.yaml `windows`. */
const windowOf = (name: string): number => patterns().window(name);
const visitVerbForms = new Set(L.visit.verbs.flatMap(phraseWords));
const transitive = new Set(L.visit.transitive.flatMap(phraseWords));
/** Does the trigger take its destination as a direct object (زار الصين، سيزور فيتنام، زيارة فيتنام)? */
const takesObject = (keys: string[]): boolean => keys.some((k) => transitive.has(k) || (k.startsWith('س') && transitive.has(k.slice(1))));

/** Relations whose constructions imply visits (meetings.ts: a reception, a meeting abroad): their anchors open the visit gate. */
const implying = () => components().filter((c) => c.implied);
const visitAnchors = (): Iterable<string> =>
  [...visitTriggers.anchors, ...implying().flatMap((c) => [...c.anchors()]), ...[...visitVerbForms].map((f) => `س${f}`)];

const agentRelatives = new Set(L.visit.agent_relatives.flatMap(phraseWords));
const agentPronouns = new Set(L.visit.agent_pronouns.flatMap(phraseWords));
const routeFrom = new PhraseTable<true>().addAll(L.visit.route.from, true);
const routeTo = new PhraseTable<true>().addAll(L.visit.route.to, true);
const routeFromPreps = new PhraseTable<true>().addAll(L.visit.route_preps.from, true);
const originParticiples = new PhraseTable<true>().addAll(L.visit.origin_participles, true);
const routeToPreps = new PhraseTable<true>().addAll(L.visit.route_preps.to, true);
const addressVerbs = new Set(L.visit.address_verbs.flatMap(phraseWords));
const tellingNouns = new PhraseTable<true>().addAll(L.visit.telling_nouns, true);
const visitAims = new PhraseTable<true>().addAll(L.visit.aims, true);
/** A noun with the preposition ب that names no place or person (بالشكر، بسؤال). */
const isBNoun = (ctx: SentenceContext, k: number): boolean => tokenAt(ctx.words, k).prefixes[0] === 'ب' && !ctx.mention(k);

/** "في زيارة"، "خلال زيارة": a visit noun framed as the circumstance of the sentence's subject. */
const DURING = new Set(L.during.flatMap(phraseWords));
/** Is the visit noun at i framed as the subject's circumstance: في زيارة، خلال زيارة، في اليوم الأول من زيارة? */
const framedAt = (ctx: SentenceContext, i: number): boolean => (i > 0 && DURING.has(tokenAt(ctx.words, i - 1).stem))
  || begunBefore.scan(ctx.words, Math.max(0, i - 4), i).some((h) => h.to === i);
/** Words that may open a clause before its verb. */
const OPENERS = new Set(L.openers.flatMap(phraseWords));
/** Phrases that may open a clause before its verb, and only there (إذ، سبق أن). */
const clauseLeads = new PhraseTable<true>().addAll(L.clause_leads, true);
const experiencerLeads = new PhraseTable<true>().addAll(L.experiencer.leads, true);
const experiencerThat = new PhraseTable<true>().addAll(L.experiencer.complementisers, true);
const beforeOfficeLeads = new PhraseTable<true>().addAll(L.before_office.leads, true);
const beforeOfficeRoles = new PhraseTable<true>().addAll(L.before_office.roles, true);
/** عندما كان عضوا في مجلس الشيوخ: a when-clause after word i naming a role held before office (before_office). */
const beforeOffice = (w: Word[], i: number): boolean =>
  beforeOfficeLeads.scan(w, i + 1, w.length).some((h) => h.to < w.length && beforeOfficeRoles.matchAt(w, h.to, h.to + 1)?.to === h.to + 1);
const subordinateLeads = new PhraseTable<true>().addAll(L.subordinate_leads, true);
const listContinuers = new PhraseTable<true>().addAll(L.list_continuers, true);
const anaphoricTimes = new PhraseTable<true>().addAll(L.anaphoric_times, true);
const firstOfKind = new PhraseTable<true>().addAll(L.first_of_kind, true);
const subjectGap = new PhraseTable<true>().addAll(L.subject_gap, true);
const complementisers = new Set(L.complementisers.flatMap(phraseWords));
const saidOpeners = new PhraseTable<true>(false).addAll(L.said_openers, true);
const RELATIVES = new Set(L.relatives.flatMap(phraseWords));

/** An argument that names a leader. */
export type LeaderArg = Arg & { leader: NonNullable<Arg['leader']> };
export const isLeaderArg = (a: Arg | null | undefined): a is LeaderArg => !!a?.leader;

/** A visit trigger: a verb, a noun or a verb in the future (سيزور), with the words it takes. */
interface Trigger { at: number; to: number; trig: VisitTrigger; future: boolean }
const triggerCache = new WeakMap<SentenceContext, Trigger[]>();
function triggersOf(ctx: SentenceContext): Trigger[] {
  const hit = triggerCache.get(ctx);
  if (hit) return hit;
  const out: Trigger[] = [];
  const w = ctx.words;
  for (let i = 0; i < w.length; i++) {
    let v = visitTriggers.matchAt(w, i);
    // A verb never carries the article: للتوجه، الوصول are verbal nouns of other events.
    if (v?.payload === 'verb' && tokenAt(w, i).prefixes.includes('ال')) v = null;
    const future = !v && isFutureVerb(tokenAt(w, i), (k) => visitVerbForms.has(k));
    if (v || future) out.push({ at: i, to: v ? v.to : i + 1, trig: v?.payload ?? 'verb', future });
    if (v) i = v.to - 1;
  }
  triggerCache.set(ctx, out);
  return out;
}

/** Does the sentence tell a visit (a visit trigger, done or to come)? A meeting it tells is that visit's (meetings.ts). */
export const tellsVisit = (ctx: SentenceContext): boolean => triggersOf(ctx).length > 0;

/** Is word i a visit trigger's? Then it is read as the visit, not as a meeting (meetings.ts). */
export const inVisitTrigger = (ctx: SentenceContext, i: number): boolean => triggersOf(ctx).some((t) => t.at <= i && i < t.to);

/** The visits of the visit triggers and those other relations imply (a reception, a meeting abroad), in text order. */
function findVisits(ctx: SentenceContext): VisitFact[] {
  const read: { at: number; facts: Fact[] }[] = triggersOf(ctx).map((t) => ({ at: t.at, facts: readVisit(ctx, t.at, t.to, t.trig, t.future) }));
  const implied = implying().flatMap((c) => c.implied!(ctx));
  const out = [...read, ...implied].sort((x, y) => x.at - y.at).flatMap((r) => r.facts.filter((f): f is VisitFact => f.type === 'visit'));
  // One place phrase is the goal of one movement: when a verb and a visit noun standing between it and
  // the place both read it (يتوجه كارتر في ختام جولته إلى العراق), the verb's reading, with its modality, stands.
  const goal = (f: VisitFact) => `${f.visitor.id}|${f.to}|${f.evidence[0]!.end}`;
  const byVerb = new Set(out.filter(isVerbReading).map(goal));
  return out.filter((f) => isVerbReading(f) || !byVerb.has(goal(f)));
}
const isVerbReading = (f: VisitFact): boolean => f.evidence[0]!.rule.startsWith('visit:verb+');

/** A destination after word `from` in the clause: a state or city introduced by إلى/ل (or the object of زار). */
function destinationAfter(ctx: SentenceContext, from: number, to: number, direct: boolean, tour = false): Destination | null {
  const w = ctx.words;
  for (let k = from; k < Math.min(to, from + windowOf('destination')); k++) {
    if (k > from && ['.', ';', '?', '!'].includes(tokenAt(w, k).norm)) break;
    // A place past a complementiser (خلال زيارته الأخيرة، إنه يسعى لإيجاد مكان لإيران) is in what was said.
    if (saidOpeners.matchAt(w, k)) break;
    const m = ctx.mention(k);
    // "Each of" before a list of places (زيارته إلى كل من ألمانيا وإيطاليا، زار كلا من الكويت وقطر).
    const each = partitiveBefore(ctx, k);
    // (A part of the state before it is read as the state: إلى شمال العراق.)
    const r = regionBefore(ctx, k);
    // A capital after its place noun and nisba (زار العاصمة الصينية بكين، خلال زيارته للعاصمة الصينية
    // بكين): the place noun takes the object's slot and the ل, as the place alone would.
    const head = placeNounStart(ctx, r, from);
    const h = head < 0 ? r : head;
    // A tour's stops follow في right after it and its visitor (جولة الوزير في إيطاليا وألمانيا).
    const introduced = introducedByTo(ctx, r) || tokenAt(w, h).prefixes.includes('ل') || (direct && (h === from || (h === from + 1 && inResumptive(ctx, from))))
      || (tour && r <= from + 1 && introducedBy(ctx, r, tourIn, from))
      || (each >= 0 && (introducedByTo(ctx, each) || (direct && each === from)));
    if (m && introduced && isPlaceAt(ctx, k, m)) {
      const state = stateOf(m);
      if (!state) return null;
      return { state, city: ctx.cityName(k, m), word: k };
    }
    if (m) k = ctx.after(k) - 1;
  }
  return null;
}

/** Where "كل من"/"كلا من" ending right before word k starts, or -1. */
function partitiveBefore(ctx: SentenceContext, k: number): number {
  for (let p = Math.max(0, k - 2); p < k; p++) if (partitive.matchAt(ctx.words, p, k)?.to === k) return p;
  return -1;
}

/** A stop listed after a trip's destination; `then` is where the stretch it belongs to opens (ثم), if not the first. */
type ListedStop = Destination & { then?: number };

/**
 * The date a stop past ثم takes: the one its own stretch ends in (…، ثم السنغال وتنزانيا عام 2013), read
 * once per stretch after its last stop; null for none, or for a stop of no stretch.
 */
function stretchDatesOf(ctx: SentenceContext, listed: ListedStop[], done: boolean): (d: { word: number }) => { date: string; rule: string } | null {
  const ends = new Map<number, number>();
  for (const x of listed) if (x.then !== undefined) ends.set(x.then, x.word);
  const dates = new Map([...ends].map(([then, word]) => [then, ctx.appendedDate(ctx.after(word), done, appendedLeads, false)]));
  return (d) => { const then = (d as ListedStop).then; return then === undefined ? null : dates.get(then) ?? null; };
}

/**
 * The places coordinated by و after a trip's destination (زار الكويت وقطر والعراق، زيارته إلى كل من
 * ألمانيا وإيطاليا): each is a stop of the same trip. A place that opens a clause of its own (وصل إلى
 * الرياض وقطر ترحب) is no stop: the word after a stop must end the list, its clause, or be a date, an
 * adverb, a preposition's phrase or a word with a prefix (the article, و، ب، ل). The list goes on past
 * a comma and ثم with a stretch of its own (زار غانا عام 2012، ثم السنغال وتنزانيا عام 2013): its stops
 * carry where the stretch opens.
 */
function coordinatedStops(ctx: SentenceContext, dest: { word: number }): ListedStop[] {
  const w = ctx.words;
  const out: ListedStop[] = [];
  let j = ctx.after(dest.word);
  let then: number | undefined;
  while (j < w.length) {
    // (The stretch before may end in its own date, maybe past a lead and a season: غانا في صيف عام 2012، ثم.)
    // (…or in a time it points back to, which gives no date: غانا في صيف ذلك العام، ثم.)
    const lead = windowOf('stretch_date_lead');
    const back = Array.from({ length: lead + 1 }, (_, n) => j + n).flatMap((p) => { const h = p < w.length ? anaphoricTimes.matchAt(w, p) : null; return h ? [{ from: p, to: h.to }] : []; });
    const dated = [...ctx.dates, ...back].find((d) => d.from === j || (d.from > j && d.from <= j + lead && appendedLeads.matchAt(w, j, j + 1) && !ctx.mention(d.from - 1)));
    const past = dated?.to ?? j;
    const c = past < w.length && tokenAt(w, past).norm === ',' ? past + 1 : past;
    const cont = c < w.length ? listContinuers.matchAt(w, c) : null;
    // (ثم إلى السنغال after a verb of arriving: past the preposition.)
    const at = cont ? toPreps.matchAt(w, cont.to)?.to ?? cont.to : -1;
    const apartAnd = !cont && tokenAt(w, j).norm === 'و';
    const k = cont ? at : apartAnd ? j + 1 : j;
    if (k >= w.length || (!cont && !apartAnd && !tokenAt(w, k).prefixes.includes('و'))) break;
    const m = ctx.mention(k);
    const state = m && isPlaceAt(ctx, k, m) ? stateOf(m) : null;
    if (!m || !state) break;
    const next = ctx.after(k);
    if (!listGoesOn(ctx, next)) break;
    if (cont) then = c;
    out.push({ state, city: ctx.cityName(k, m), word: k, ...(then !== undefined ? { then } : {}) });
    j = next;
  }
  return out;
}

/** May a list of places end right before word j, its clause not going on with a predicate of the last place? */
function listGoesOn(ctx: SentenceContext, j: number): boolean {
  const w = ctx.words;
  if (j >= w.length || isBreakWord(tokenAt(w, j)) || /^[^\p{L}\p{N}]+$/u.test(tokenAt(w, j).norm)) return true;
  const t = tokenAt(w, j);
  if (ctx.dates.some((d) => d.from === j) || adverbs.matchAt(w, j) || listFollowers.matchAt(w, j) || ctx.mention(j)) return true;
  return t.prefixes.length > 0;
}

/** Is word k introduced by إلى, maybe past a place noun and its nisba (إلى العاصمة القطرية الدوحة)? */
const introducedByTo = (ctx: SentenceContext, k: number): boolean => introducedBy(ctx, k, toPreps, 0);

/** Is word k introduced by one of `preps` standing at or after `from`, maybe past a place noun and its nisba? */
export function introducedBy(ctx: SentenceContext, k: number, preps: PhraseTable<true>, from: number): boolean {
  const h = placeNounStart(ctx, k, from);
  if (h === -1) return false;
  const p = h - 1;
  return p >= Math.max(0, from) && preps.matchAt(ctx.words, p) !== null;
}

/** Does word k open a place noun and its nisba heading a place (العاصمة الصينية بكين، مدينة هانوي)? */
function placeHeadAt(ctx: SentenceContext, k: number): boolean {
  if (!placeNouns.matchAt(ctx.words, k)) return false;
  for (let j = k + 1; j < Math.min(ctx.words.length, k + 3); j++) {
    const m = ctx.mention(j);
    if (m && isPlaceAt(ctx, j, m)) return placeNounStart(ctx, j, k) === k;
  }
  return false;
}

/**
 * Where the place noun heading word k's place starts, past its nisba (العاصمة الصينية بكين, مدينة
 * هانوي), at or after `from`: k when no place noun stands there, -1 when a nisba stands alone before it.
 */
function placeNounStart(ctx: SentenceContext, k: number, from: number): number {
  let p = k - 1;
  for (let n = 0; n < 2 && p >= Math.max(0, from); n++) {
    const nisba = ctx.mentionAt[p];
    if (nisba?.kind === 'State' && nisba.via === 'nisba') p--;
    else if (placeNouns.matchAt(ctx.words, p)) { p--; break; } else break;
  }
  if (p !== k - 1 && !placeNouns.matchAt(ctx.words, p + 1)) return -1;
  return p + 1;
}

/**
 * The leader named right after a trigger, past adverbs, dates and titles (وصل مؤخرا…، وصل وزير الدفاع
 * الأمريكي آشتون كارتر…، زيارة صاحب السمو الملكي الأمير…). Returns 'other' when a noun that is no
 * title comes first (a ship, a delegation, a sum), and null when nothing is named there.
 */
export function leaderAfter(ctx: SentenceContext, from: number, to: number): { arg: Arg; after: number } | 'other' | null {
  const w = ctx.words;
  let k = from;
  let titled = false;
  // Inside a title chain, an office with ل is a complement (المستشار الخاص لرئيس الوزراء العراقي): the name
  // right after it is that office's holder, not the chain's head, until another office heads the chain
  // anew (النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان).
  let dependent = false;
  while (k < to) {
    // A date first: its words may also be title words (زار تركيا العام الماضي: العام as in الأمين العام).
    // (With the preposition that opens it: ووصل إلى باريس في مارس الماضي الرئيس …)
    const lead = appendedLeads.matchAt(w, k, to);
    const date = ctx.dates.find((d) => d.from === k || (!!lead && d.from === lead.to));
    // In a relative after a time or place noun the verb carries its pronoun first (في وقت يزور فيه كارتر إسرائيل).
    if (k === from && inResumptive(ctx, k)) { k++; continue; }
    const skip = (date ? { to: date.to } : null) ?? adverbs.matchAt(w, k, to) ?? titles.matchAt(w, k, to)
      ?? (tokenAt(w, k).norm === '(' || tokenAt(w, k).norm === ')' ? { to: k + 1 } : null);
    const m = ctx.mention(k);
    const ref = ctx.refAt(k);
    // A bare title or honorific pronoun that refers back (غادر ولي العهد القاهرة، توجه سموه إلى) is the
    // leader it echoes; any other bare office is only a title here.
    if (ref && (ref.kind !== 'office' || ctx.focus.echo(tokenAt(w, k).start))) return ref.args[0] ? { arg: ref.args[0], after: ref.to } : null;
    if (m && (m.kind === 'Leader' || m.kind === 'Office')) {
      if (dependent || (titled && m.kind === 'Office' && tokenAt(w, k).prefixes.includes('ل'))) return 'other';
      // A title with a state and then the name, maybe past honorifics (رئيس وزراء باكستان السيد محمد نواز شريف).
      const next = ctx.after(k);
      if (m.kind === 'Office') {
        // وصل الرئيس الأمريكي الأسبق جيمي كارتر: a former holder, whoever the name resolves to.
        if (ctx.formerAfter(m)) return 'other';
        // …or the name alone set off by commas (وصل وزير الخارجية الفرنسي، لوران فابيوس، إلى طهران).
        const set = next < w.length && tokenAt(w, next).norm === ',' ? pastParenthetical(w, next) : next;
        const apposed = set > next ? ctx.mention(next + 1) : null;
        const arg = apposed?.kind === 'Leader' && ctx.after(next + 1) === set - 1 ? ctx.argFromMention(apposed, next + 1) : null;
        if (arg) return { arg, after: set };
        // …or after a comma that does not close right after it (وصل وزير الخارجية السوري، وليد المعلم إلى
        // مسقط): the name right after it, of the office's state and not coordinated by و.
        const loose = next + 1 < w.length && tokenAt(w, next).norm === ',' && !tokenAt(w, next + 1).prefixes.includes('و') ? ctx.mention(next + 1) : null;
        const looseArg = loose?.kind === 'Leader' && loose.state === m.state ? ctx.argFromMention(loose, next + 1) : null;
        if (looseArg) return { arg: looseArg, after: ctx.after(next + 1) };
        for (let n = next; n < Math.min(to, next + windowOf('name_after_office')); n++) {
          const named = ctx.mention(n);
          const arg = named?.kind === 'Leader' ? ctx.argFromMention(named, n) : null;
          if (arg) return { arg, after: ctx.pastName(ctx.after(n)) };
          if (named) break;
        }
      }
      const arg = ctx.argFromMention(m, k);
      return arg ? { arg, after: ctx.pastName(next) } : null;
    }
    // Past a nisba, and a title that names its own state (خادم الحرمين الشريفين الملك سلمان).
    if (m && m.kind === 'State' && (m.via === 'nisba' || m.via === 'title')) { k = ctx.after(k); continue; }
    // Past the state a title names by name, when its holder's name or another title follows (وأمير قطر الشيخ تميم).
    if (m && m.kind === 'State' && titled) {
      let n = ctx.after(k);
      for (let a = titleAdjectives.matchAt(w, n, to); a && !ctx.mention(n); a = titleAdjectives.matchAt(w, n, to)) n = a.to;
      if (n < to && (ctx.mention(n)?.kind === 'Leader' || titles.matchAt(w, n, to))) { k = n; continue; }
    }
    // Past an office of an organisation, or the organisation a title names, before its holder's name
    // (الأمين العام للأمم المتحدة أنطونيو غوتيريش، الأمين العام لجامعة الدول العربية أحمد …).
    if (m && (m.kind === 'UNBody' || m.kind === 'Organization') && (titled || ctx.mention(ctx.after(k))?.kind === 'Leader')) { k = ctx.after(k); continue; }
    if (skip) {
      const title = date ? null : titles.matchAt(w, k, to);
      if (title && titled && tokenAt(w, k).prefixes.includes('ل')) dependent = true;
      else if (title && !styles().matchAt(w, k, to)) dependent = false;
      titled ||= title !== null;
      k = skip.to;
      continue;
    }
    // The rank of a deputy, the rest of a state's official name (النائب الثاني لرئيس…، رئيس جمهورية مصر العربية).
    const adjective = titled && !m ? titleAdjectives.matchAt(w, k, to) : null;
    if (adjective && !tokenAt(w, k).prefixes.some((p) => p !== 'ال')) { k = adjective.to; continue; }
    // A title with no recognised name after it (المبعوث الخاص إلى سوريا ستيفان…) is someone else.
    if (titled) return 'other';
    // (Nor does a visit noun framing the act: ووصل إلى هانوي أمس في زيارة رسمية names no one after the place.)
    if (m || toPreps.matchAt(w, k) || (framingPreps.matchAt(w, k, k + 1) && inVisitTrigger(ctx, k + 1)) || tokenAt(w, k).prefixes.includes('ل')) return null;
    // (Nor a place noun heading a place, an object as the place alone is: قد زار العاصمة الصينية بكين.)
    if (placeHeadAt(ctx, k)) return null;
    return 'other';
  }
  return titled ? 'other' : null;
}

/**
 * Where the title chain ending right before word s starts (ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء
 * وزير الدفاع الأمير، أمير دولة قطر الشيخ، رئيس جمهورية مصر العربية): title words and office phrases, the
 * rank and state-name adjectives, the states they name (a nisba, or a name right after a title) and bare
 * offices; a title with و opens another person's. Else s.
 */
export function titleChainStart(ctx: SentenceContext, s: number): number {
  const w = ctx.words;
  const unit = (t: number, k: number): boolean => {
    if (tokenAt(w, t).prefixes.includes('و')) return false;
    if (titles.matchAt(w, t, k)?.to === k || titleAdjectives.matchAt(w, t, k)?.to === k) return true;
    const m = ctx.mention(t);
    return !!m && m.tokenEnd - base(ctx) === k && (m.kind === 'Office'
      || (m.kind === 'State' && (m.via === 'nisba' || m.via === 'title' || (t > 0 && titles.matchAt(w, t - 1, t) !== null))));
  };
  // The longest unit ending at k first (لرئيس مجلس الوزراء, not its last word alone).
  for (let k = s; ;) {
    let t = Math.max(0, k - windowOf('title_unit_words'));
    while (t < k && !unit(t, k)) t++;
    if (t >= k) return k;
    k = t;
  }
}

/**
 * Is the leader named at word k the holder of an office with ل inside a title chain before him
 * (المستشار الخاص لرئيس مجلس الوزراء العراقي حيدر العبادي)? Then the chain's head, someone else, is
 * the one the clause speaks of (leaderAfter reads the chain so).
 */
export function complementHolder(ctx: SentenceContext, k: number): boolean {
  const s = titleChainStart(ctx, k);
  let inner = false;
  for (let j = s + 1; j < k && !inner; j++) inner = tokenAt(ctx.words, j).prefixes.includes('ل') && titles.matchAt(ctx.words, j, k) !== null;
  return inner && leaderAfter(ctx, s, ctx.words.length) === 'other';
}

/**
 * Where the titled name whose last word is k starts (a leader's mention and the rest of his
 * patronymic, with the title chain before it), else k: a window counts such a name as one word.
 */
function titledNameStart(ctx: SentenceContext, k: number): number {
  for (let j = k; j >= Math.max(0, k - windowOf('patronymic_name_words')); j--) {
    if (ctx.mention(j)?.kind === 'Leader' && ctx.pastName(ctx.after(j)) === k + 1) return titleChainStart(ctx, j);
  }
  return k;
}

/**
 * The subject of an SVO verb: the last argument before it in its clause, when it is a leader standing
 * at most four words before the verb ("كارتر زار"، not "زيارة فابيوس بعد زيارة … الذي كان … يزور").
 */
export function leaderJustBefore(ctx: SentenceContext, clauseStart: number, i: number): Arg | null {
  // بوتين أول رئيس روسي يزور كينيا: the leader before «the first of a kind» (an office there is the kind's).
  const kind = kindBefore(ctx, clauseStart, i);
  const before = kind >= 0 ? leaderJustBefore(ctx, clauseStart, kind) : null;
  if (before) return before;
  // The last leader, past nisbas of titles (فابيوس أول وزير خارجية فرنسي يتوجه) and the states titles
  // name by name (تميم بن حمد آل ثاني أمير دولة قطر قد زار).
  const ofTitle = (a: Arg): boolean => a.mention?.kind === 'State' && a.word > 0 && !tokenAt(ctx.words, a.word).prefixes.length
    && titles.matchAt(ctx.words, a.word - 1, a.word) !== null;
  const last = ctx.argsIn(clauseStart, i).filter((a) => a.leader || (a.mention?.via !== 'nisba' && !ofTitle(a))).pop();
  if (!last?.leader || complementHolder(ctx, last.word)) return null;
  // (Past the rest of his name: سلمان بن عبدالعزيز آل سعود قد زار.)
  let end = last.mention ? ctx.pastName(last.mention.tokenEnd - base(ctx)) : last.word + 1;
  // Past his titles in apposition, which name his own state (محمد بن سلمان ولي ولي العهد السعودي وزير
  // الدفاع الذي يزور، تميم بن حمد آل ثاني أمير دولة قطر): a title chain without that nisba or state may be
  // an object (أبلغ بوتين وزير الخارجية).
  // (A title after his name may stand for him as a reference: the chain is read from it.)
  let chain = !ctx.mention(last.word) && titles.matchAt(ctx.words, last.word, i) ? last.word : end;
  let own = false;
  for (let n = 0, titled = false; chain < i && n < 8; n++) {
    const m = ctx.mention(chain);
    const title = m ? null : titles.matchAt(ctx.words, chain, i);
    const state = m?.kind === 'State' && (m.via === 'nisba' || (titled && m.via !== 'capital' && !tokenAt(ctx.words, chain).prefixes.length)) ? m.id : null;
    titled = !!title;
    if (state && state === last.leader.state) { own = true; chain = ctx.after(chain); } else if (title) chain = title.to; else break;
  }
  if (own) end = chain;
  if (i - end > windowOf('subject_before_verb')) return null;
  // Between them, particles, adverbs, dates, an apposition (فابيوس أول وزير خارجية فرنسي يتوجه) or the
  // rest of a name (سلمان بن عبد العزيز سيزور); but a bare إن/أن or a common noun (قال بايدن إن الصواريخ
  // تصل) starts a clause with a subject of its own.
  let titled = false;
  for (let k = end; k < i;) {
    const title = titles.matchAt(ctx.words, k, i);
    const skip = subjectGap.matchAt(ctx.words, k, i) ?? adverbs.matchAt(ctx.words, k, i) ?? title;
    const date = ctx.dates.find((d) => d.from === k);
    const word = tokenAt(ctx.words, k);
    titled ||= !!title;
    if (skip) k = skip.to; else if (date) k = date.to; else if (ctx.mention(k)) k = ctx.after(k);
    else if (OPENERS.has(word.norm) || ctx.covered[k]) k++;
    // A name after a title there is someone else's (بوتين … وزير الخارجية برونو رودريغيز الذي يقوم).
    else if (titled || complementisers.has(word.stem) || isCommonNoun(word.stem)
      || (word.prefixes.includes('ال') && !(k > 0 && NAME_LINKS().has(tokenAt(ctx.words, k - 1).stem)))) return null;
    else k++;
  }
  return last;
}

/**
 * وصل كارتر إلى جدة أمس، بعد أن زار الأردن الثلاثاء: a verb right after a subordinator of time (بعد أن،
 * قبل أن), naming no subject of its own, shares the main clause's: the sentence's first leader subject
 * before the subordinator, unless a complementiser between them opens a reported clause (قال X إن Y …)
 * or another leader stands in the main clause.
 */
function subordinateSubject(ctx: SentenceContext, i: number): LeaderArg | null {
  const lead = [i - 2, i - 1].find((k) => k >= 0 && subordinateLeads.matchAt(ctx.words, k, i)?.to === i);
  // Only the perfect tells an act done (قبل أن يزور: a sequel whose day the text does not give).
  if (lead === undefined || tokenAt(ctx.words, i).keys.some((k) => imperfect.has(k))) return null;
  const a = leaderOnly(ctx.actor(lead, ctx.words.length, true));
  // (Another leader in the main clause, its object, might be the one meant: استقبل بوتين أوباما بعد أن زار.)
  if (!a || a.word >= lead || complementiserIn(ctx, a.word + 1, lead + 1)) return null;
  for (let k = ctx.after(a.word); k < lead; k = ctx.after(k)) {
    const m = ctx.mention(k);
    if (m && ['Leader', 'Office', 'Person'].includes(m.kind) && m.id !== a.leader.ref.id) return null;
  }
  return a;
}

/**
 * Where «أول + a kind and its adjectives» ending right before word i starts (أول سياسي غربي بارز يزور), or
 * -1: nothing between but bare nouns, adjectives, nisbas and titles (no و، ب، ل, no name, no date).
 */
function kindBefore(ctx: SentenceContext, from: number, i: number): number {
  const w = ctx.words;
  for (let o = i - 2; o >= Math.max(from, i - windowOf('first_of_kind')); o--) {
    if (firstOfKind.matchAt(w, o, o + 1)?.to !== o + 1 || tokenAt(w, o).prefixes.length) continue;
    let k = o + 1;
    while (k < i) {
      const m = ctx.mention(k);
      const t = tokenAt(w, k);
      if ((m && m.kind !== 'Office' && !(m.kind === 'State' && m.via === 'nisba')) || t.prefixes.some((p) => p !== 'ال') || ctx.dates.some((d) => d.from <= k && k < d.to)
        || complementisers.has(t.norm) || /^[^\p{L}]+$/u.test(t.norm)) break;
      k = ctx.after(k);
    }
    if (k === i) return o;
  }
  return -1;
}

/**
 * Does the verb at i open its clause (after و، ثم، كما، قد…)? Only then may a dropped subject be taken
 * from the sentence or the discourse: "اللاجئين الذين وصلوا"، "البضائع تصل"، "من يزور" have their own.
 */
/**
 * وسبق للرئيس أوباما أن زار الرياض، سبق لولي العهد أن توجه إلى: the one leader in the ل-phrase between a
 * verb of past experience (experiencer.leads) and the أن right before the verb at i is its dropped subject;
 * 'denied' when that verb is negated (لم يسبق لأوباما أن زار).
 */
function experiencerBefore(ctx: SentenceContext, ca: number, i: number): LeaderArg | 'denied' | null {
  const w = ctx.words;
  if (i < 3 || experiencerThat.matchAt(w, i - 1, i)?.to !== i) return null;
  for (let k = i - 2; k >= Math.max(ca, i - windowOf('experiencer_phrase')); k--) {
    const lead = experiencerLeads.matchAt(w, k, i - 1);
    if (!lead || lead.to >= i - 1 || tokenAt(w, lead.to).prefixes[0] !== 'ل') continue;
    // (One leader, maybe named twice: لسمو ولي العهد الأمير محمد بن سلمان.)
    const leaders = ctx.argsIn(lead.to, i - 1, { obliques: true }).filter(isLeaderArg);
    if (!leaders.length || leaders.some((a) => a.leader.ref.id !== leaders[0]!.leader.ref.id)) return null;
    return modalityAt(w, k).modality === 'fact' ? leaders.at(-1)! : 'denied';
  }
  return null;
}

export function opensClause(ctx: SentenceContext, i: number, clauseStart: number): boolean {
  for (let k = clauseStart; k < i;) {
    const lead = clauseLeads.matchAt(ctx.words, k, i);
    if (lead) { k = lead.to; continue; }
    if (!OPENERS.has(tokenAt(ctx.words, k).stem) && !ctx.dates.some((d) => d.from <= k && k < d.to)) return false;
    k++;
  }
  return true;
}

/**
 * Where the clause ending in word ca opens when an office's holder stands there set off by commas
 * (وكان الرئيس الروسي، فلاديمير بوتين، قد زار؛ ويقوم وزير الخارجية السعودي، عادل الجبير، بزيارة): the
 * name alone between the commas, right after an office or a nisba of his own state, is that title's
 * apposition, so the clause opens before the title. Else ca.
 */
export function pastApposedName(ctx: SentenceContext, ca: number): number {
  const w = ctx.words;
  if (ca < 3 || tokenAt(w, ca - 1).norm !== ',') return ca;
  const open = parentheticalOpening(w, ca - 1);
  const name = open > 0 ? ctx.mention(open + 1) : null;
  if (name?.kind !== 'Leader' || ctx.pastName(ctx.after(open + 1)) !== ca - 1 || !name.state) return ca;
  const own = (m: Mention | null): boolean => !!m && m.tokenEnd - base(ctx) === open
    && ((m.kind === 'Office' && m.state === name.state) || (m.kind === 'State' && m.via === 'nisba' && m.id === name.state));
  for (let j = open - 1; j >= Math.max(0, open - windowOf('title_unit_words')); j--) if (own(ctx.mentionAt[j] ?? null)) return ctx.clause(open - 1)[0];
  return ca;
}

function readVisit(ctx: SentenceContext, i: number, end: number, trig: VisitTrigger, future: boolean): VisitFact[] {
  const w = ctx.words;
  let [ca, cb] = ctx.clause(i);
  // The office's holder named between commas before the verb: the clause runs on before the title.
  ca = pastApposedName(ctx, ca);
  // Adjuncts right after the verb (ووصل، صباح اليوم، بوتين إلى …؛ ووصل أمس - بحسب الوكالة - بوتين): read past them.
  const trigEnd = end;
  const resume = trig === 'verb' ? adjuncts().pastAdjuncts(ctx, end) : end;
  if (resume > end) { end = resume; cb = ctx.clause(end)[1]; }
  let visitor: Arg | null = null;
  let after = end;
  // A visit told in passing (الزيارة التي قام بها): dated only by its own relative clause.
  let told = false;
  // The destination told between a visit noun and its doer's relative (زيارة لإيران قام بها …).
  let placeFirst = -1;
  // VOS with a transitive verb: "غادر جدة أمس رئيس وزراء باكستان نواز شريف" (the object first).
  let objectFirst: Destination | null = null;
  const first = ctx.mention(end);
  if (trig === 'verb' && takesObject(tokenAt(w, i).keys) && first && isPlaceAt(ctx, end, first)) {
    const st = stateOf(first);
    if (st) objectFirst = { state: st, city: ctx.cityName(end, first), word: end };
  }
  // (A visit noun's adjectives before its possessor: الزيارة التاريخية لأمير الكويت.)
  let named = leaderAfter(ctx, objectFirst ? ctx.after(end) : trig === 'noun' ? pastNounAdjectives(ctx, end, cb) : end, cb);
  // وصل وفد روسي برئاسة لافروف، زيارة وفد برئاسة لافروف: the delegation's head travels with it.
  const led = named === 'other' ? delegationHead(ctx, objectFirst ? ctx.after(end) : end, cb) : null;
  if (led) named = led;
  // زيارة مملوك للسعودية: a person of no known office named right after the noun is the visit's own
  // possessor, so no leader of the sentence (تسريبات الأسد لزيارة مملوك) is its visitor.
  if (trig === 'noun' && named === null && ctx.mention(end)?.kind === 'Person') return [];
  // زيارة الأمين العام للمنظمة … لموسكو: a title chain right after the noun (two title words or more: a
  // bare الدولة is a state visit) that leaderAfter found no leader of a state in (an organisation's or a
  // company's officer) is the visit's own possessor too, so no leader of the sentence made it.
  if (trig === 'noun' && named === 'other' && titleChain(ctx, end) >= 2) return [];
  // After an object, what follows need not be the subject (سيزور موسكو بعد غد); but a title, a
  // person's head noun or a person's name there is it (زار تركيا قائد قوات التحالف): someone else went.
  const subjectAfter = !!objectFirst && ctx.after(end) < w.length && !ctx.dates.some((d) => d.from === ctx.after(end))
    && (titles.matchAt(w, ctx.after(end)) !== null || personHeads.matchAt(w, ctx.after(end)) !== null || ctx.mention(ctx.after(end))?.kind === 'Person');
  if (objectFirst && named === 'other' && !subjectAfter) named = null;
  // A second leader coordinated to the visitor travels too (ووصل بوتين ونظيره التركي أردوغان إلى …).
  let coVisitor: Arg | null = null;
  let dateAt = i;
  if (named && named !== 'other') {
    // …read past an apposition after the subject (ويزور بوتين، الرئيس الروسي، فيتنام).
    visitor = named.arg; after = pastParenthetical(w, named.after);
    // His office in apposition after the name (يزور جون كيري وزير الخارجية الأمريكي مصر): the object follows it.
    // (Titles and his state's nisba, or an office of his state; a title of another state is a person visited.)
    // (His state by name after a title of his, as a genitive: الشيخ تميم بن حمد آل ثاني أمير دولة قطر.)
    for (let k = after, n = 0, titled = false, ownEnd = -1; k < w.length && n < 6; n++) {
      const m = ctx.mention(k);
      const own = !!m && (m.kind === 'Office' || (m.kind === 'State' && (m.via === 'nisba' || (titled && m.via !== 'capital' && !tokenAt(w, k).prefixes.length))))
        && (m.kind === 'Office' ? m.state : m.id) === named.arg.leader?.state;
      const title = !m && !tokenAt(w, k).prefixes.some((p) => p === 'و' || p === 'ب' || p === 'ل') ? titles.matchAt(w, k) : null;
      titled = !!title;
      if (own) k = ownEnd = ctx.after(k); else if (title) k = title.to; else { if (k > after && ownEnd === k) after = k; break; }
    }
    // Past the commas the verb's clause goes on, and its date with it (، لوران فابيوس، إلى طهران يوم الأربعاء).
    if (after > named.after || after > cb) { cb = ctx.clause(after)[1]; dateAt = after; }
    const second = after < cb && tokenAt(w, after).prefixes[0] === 'و' ? leaderAfter(ctx, after, cb) : null;
    if (second && second !== 'other' && isLeaderArg(second.arg)) { coVisitor = second.arg; after = pastParenthetical(w, second.after); }
  }
  if (trig === 'verb') {
    // After a support phrase ending in its noun (أجرى زيارة رسمية، قام بزيارة مفاجئة) an adjective follows.
    // (Past adjuncts too: ووصل صباحا وفد روسي — the noun is the subject.)
    if (named === 'other' && trigEnd - i === 1) return [];
    if (named === 'other') named = null;
    // SVO or a dropped subject: a leader before the verb in its clause, else, when the verb opens its
    // clause, the sentence's actor or the leader in focus. Two coordinated subjects both travel
    // (وشي ونظيره الروسي بوتين وصلا).
    if (!visitor) {
      visitor = leaderJustBefore(ctx, ca, i) ?? relativeAfterApposition(ctx, ca, i);
      coVisitor = visitor ? coordinatedBefore(ctx, ca, visitor) : null;
    }
    // VOS with the destination first: "ووصل إلى الرياض اليوم الرئيس الإيراني …", when nobody is
    // named before the verb in its sentence.
    if (!visitor && !named && !ctx.argsIn(0, i).some(isLeaderArg)) {
      const stop = sentenceStop(w, end, windowOf('destination'));
      const d = destinationAfter(ctx, end, stop, false);
      // (The visitor's title chain is read whole, however long: past the destination, to the sentence's end.)
      const rest = d ? sentenceStop(w, ctx.after(d.word), w.length) : stop;
      let late = d ? leaderAfter(ctx, ctx.after(d.word), rest) : null;
      if (late === 'other' && d) late = delegationHead(ctx, ctx.after(d.word), stop) ?? late;
      // A noun there is the subject: "ووصلت، أمس، إلى مطار عدن طائرة شحن".
      if (late === 'other') return [];
      if (late) visitor = late.arg;
    }
    if (!visitor) {
      const experiencer = experiencerBefore(ctx, ca, i);
      // لم يسبق لأوباما أن زار: the act is denied with the verb of experience.
      if (experiencer === 'denied') return [];
      visitor = experiencer;
    }
    if (!visitor && opensClause(ctx, i, ca)) {
      // X، apposition، قد توجه: the dropped subject is X, before the apposition; when X is no leader
      // (زعيم حزب …، المستهدف من إردوغان، قد توجه) neither the actor nor the discourse stands in.
      const open = ca > 0 ? parentheticalOpening(w, ca - 1) : -1;
      visitor = open > 0 ? leaderJustBefore(ctx, ctx.clause(open - 1)[0], open) : leaderOnly(ctx.actor(ca, cb, true)) ?? ctx.focusLeader(i);
    }
    if (!visitor) visitor = subordinateSubject(ctx, i);
  } else if (!visitor) {
    const framed = trig === 'possessive' || framedAt(ctx, i)
      // قام كارتر بزيارة / يقوم بجولة: the noun is the object of the subject's "doing".
      || (tokenAt(w, i).prefixes.includes('ب') && !tokenAt(w, i).prefixes.includes('ال'));
    const support = framed ? -1 : supportVerbBefore(ctx, ca, i);
    // "دعاه لزيارة فيتنام": the invitee named before the purpose noun is the visitor.
    // (Not the subject of a relative clause about someone else: حزب النداء الذي أسسه السبسي لزيارة لندن.)
    if (isPurpose(tokenAt(w, i))) visitor = invitee(ctx, ca, i);
    // أجرى الوزير زيارة: the support verb's own subject, after it or just before it.
    else if (support >= 0) {
      const from = ctx.clause(support)[0];
      visitor = ctx.argsIn(support + 1, i).filter(isLeaderArg).pop() ?? leaderJustBefore(ctx, from, support) ?? droppedSupporter(ctx, ca, i);
      if (visitor) coVisitor = coordinatedBefore(ctx, Math.min(from, support + 1), visitor);
      // عاد من زيارة: the visit is over, dated only by its own clause.
      if (returnVerbs.matchAt(w, support, support + 1)) told = true;
    }
    // The possessor of زيارته is the sentence's own subject: never a leader from an earlier sentence.
    else if (framed) {
      // يقوم ممثلون عن المعارضة … بزيارة موسكو: a group is the support verb's subject, so the visit is its own.
      if (trig === 'noun' && groupSubjectBefore(ctx, ca, i)) return [];
      // The doer after the noun comes before the sentence's actor (ضمن الزيارة التي يقوم بها كارتر).
      const agent = trig === 'noun' ? agentAfter(ctx, end, cb) : null;
      const sent = sentTraveller(ctx, ca, i);
      visitor = sent !== undefined ? sent
        : otherPersonBefore(ctx, i) ? agent?.arg ?? null
          : ctx.argsIn(ca, i).filter((a) => isLeaderArg(a) && !complementiserIn(ctx, a.word + 1, i)).pop() ?? agent?.arg
            ?? frameSubject(ctx, ca, i, end, cb) ?? actorOutside(ctx, ca, cb, i)
            ?? droppedSpeaker(ctx, ca, i, end) ?? droppedSupporter(ctx, ca, i);
      if (agent && visitor === agent.arg) { after = agent.after; told = agent.past; placeFirst = agent.place; }
      if (visitor) coVisitor = coordinatedBefore(ctx, ca, visitor);
    }
    else {
      // "ثاني زيارة يقوم بها الرئيس إلى المغرب": the doer named after the noun.
      const agent = agentAfter(ctx, end, cb);
      if (agent) { visitor = agent.arg; after = agent.after; told = agent.past; placeFirst = agent.place; }
      else visitor = trig === 'noun' ? visitReferredBack(ctx, ca, i, end, cb) : null;
      if (!visitor) return [];
    }
  }
  if (!isLeaderArg(visitor) || genericOffice(ctx, visitor) || formerTitled(ctx, visitor) || genderClash(ctx, i, visitor)) return [];
  // …حين كان عضوا في مجلس الشيوخ: made before he held office, no leader's visit.
  if (beforeOffice(w, i)) return [];
  // تسريبات الأسد لزيارة مملوك، رفض الرئيس لزيارة: the leader possesses a noun of telling or judging
  // right before the visit noun, so he tells of (or rejects) the visit; someone else makes it.
  if (trig !== 'verb' && visitor.word > 0 && ctx.after(visitor.word) === i && tellingNouns.matchAt(w, visitor.word - 1, visitor.word)) return [];
  // زيارة وفد: a delegation's visit, whoever else the sentence names.
  if (trig === 'noun' && !led && end < w.length && groupPossessors.has(tokenAt(w, end).stem) && !tokenAt(w, end).prefixes.length) return [];
  // زيارته الأخيرة إلى الرياض: an earlier visit recalled, dated only by its own clause.
  if (trig !== 'verb' && [end, end + 1].some((k) => k < w.length && pastAfter.matchAt(w, k, Math.min(w.length, k + 1)))) told = true;
  // بعد زيارته الأولى: an earlier visit too, when "after" or "since" leads the noun.
  const recalledFirst = trig !== 'verb' && i > 0 && end < w.length && recalledOrdinals.matchAt(w, end, end + 1) !== null
    && recallLeads.matchAt(w, i - 1, i) !== null;
  if (recalledFirst) told = true;
  // نتائج زيارة: the visit's outcome is told after it, on a day that is not the visit's.
  if (trig !== 'verb' && i > 0 && outcomeNouns.matchAt(w, i - 1, i)?.to === i) told = true;
  // زيارة الجبير إلى روما (نتائج زيارة، رحب بزيارة، على هامش زيارة): the visit named by its noun and
  // visitor, neither done by a support verb (قام بزيارة) nor the frame of the sentence's act (خلال
  // زيارة), is a topic the article refers to, as often days after it as on its day: a date its
  // sentence gives stands, the article's day does not (GUIDELINES: the date where given or
  // derivable), unless it is told as under way (الجارية).
  const topic = trig === 'noun' && !!named && named !== 'other' && visitor === named.arg && !framedAt(ctx, i)
    && !doneBySupport(ctx, ca, i) && !presentCues.scan(w, ca, cb).length;
  // توجه بالشكر / توجه الرئيس بالشكر: "addressed (thanks)", not "travelled".
  if (tokenAt(w, i).keys.some((k) => addressVerbs.has(k)) && [end, after].some((k) => k < w.length && isBNoun(ctx, k))) return [];
  // "جولة خليجية تشمل الإمارات وقطر": one visit per stop, the tour's includes-verb right after the noun.
  const stops = trig !== 'verb' && !objectFirst ? tourStops(ctx, after, cb) : [];
  const said = relativeHead(ctx, i) ?? objectFirst ?? destinationAfter(ctx, placeFirst >= 0 ? placeFirst : after, w.length, takesObject(tokenAt(w, i).keys), trig !== 'verb' && tourNouns.matchAt(w, i, i + 1) !== null) ?? stops[0] ?? null;
  const stopped = said ? null : stopBefore(ctx, ca, i, trig);
  const elided = !said && !stopped && told && trig !== 'verb' ? recalledDestination(ctx, i, end, cb, visitor) : null;
  const similar = !said && !stopped && !elided && trig === 'noun' ? similarDestination(ctx, i, end, visitor) : null;
  // (A visit like another is told in passing: only its own clause dates it.)
  if (trig === 'noun' && isSimilar(ctx, end)) told = true;
  const dest = said ?? stopped ?? elided ?? similar;
  if (!dest) return [];

  // A visit noun framing a visit verb's act (لم يصل بوتين إلى هانوي في زيارة …) is told as the verb is.
  const governing = trig !== 'verb' && framedAt(ctx, i) ? triggersOf(ctx).filter((t) => t.trig === 'verb' && t.at >= ca && t.to <= i).pop() : undefined;
  const own = modalityAt(w, i);
  const reading = governing && own.modality === 'fact' ? modalityAt(w, governing.at) : own;
  if (reading.modality !== 'fact' && reading.modality !== 'planned') return [];
  // Put off or called off, said after the noun (the cue before it is the modality's): no visit.
  if (trig !== 'verb' && undone.scan(w, end, sentenceStop(w, end, windowOf('undone'))).length) return [];
  // The imperfect (يزور، يصل) is under way today, or planned when the text dates it later.
  // A future period in the clause counts too (يزور ماكرون الجزائر الأسبوع المقبل).
  // A day before the article's with the imperfect is headline grammar for the past (- 30 يوليو: الأمير
  // يزور القاهرة), unless it is a weekday, which the imperfect makes the coming one.
  // A weekday counts only in the verb's own clause (التقى … يوم السبت الوزير، الذي يزور القاهرة حاليا:
  // the Saturday is the meeting's), and an act told as under way (حاليا، الآن) is not ahead; nor is a
  // weekday told as past (يزور كينيا يوم الجمعة الماضي: headline grammar again).
  // (Nor a weekday before a complementiser or relative that opens the verb's clause: قال السيسي السبت
  // إن بوتين سيزور، التقى السيسي السبت بوتين الذي يزور.)
  const inClause = (d: { from: number; to: number }): boolean => d.from >= ca && d.to <= cb && !(d.to <= i && reportedBetween(ctx, d.to, i));
  // «ليكون أول مسؤول يتوجه»: the imperfect after «أول + a kind» is timeless; its clause's weekday is the act's own.
  const kindRelative = trig === 'verb' && kindBefore(ctx, ca, i) >= 0;
  const notNow = tokenAt(w, i).keys.some((k) => imperfect.has(k)) && !presentCues.scan(w, ca, cb).length;
  const later = notNow && (ctx.dates.some((d) => (d.precision === 'day' && d.date && ctx.published && (d.date > ctx.published || (d.rule === 'weekday' && d.bare && !kindRelative && d.date !== ctx.published && inClause(d))))
      || (d.future && inClause(d)))
    // Setting out told in the imperfect in the body: a leg still to travel, unless its clause dates it past.
    || (trig === 'verb' && !ctx.headline && !kindRelative && tokenAt(w, i).keys.some((k) => departing.has(k))
      && !ctx.dates.some((d) => inClause(d) && !!ctx.published && (d.date ?? d.range?.[1] ?? ctx.published) < ctx.published)));
  // After a noun: "الزيارة المرتقبة"، "زيارة الدولة التي سيقوم بها … في سبتمبر المقبل".
  // Or a future verb or date before it in its clause: "سيقوم يوم غد بزيارة"، "يبدأ غدا جولة".
  // …unless a day of the visit is named before it (في اليوم الثاني من زيارته): it has begun.
  const begun = trig !== 'verb' ? begunBefore.scan(w, Math.max(ca, i - 4), i).find((h) => h.to === i) ?? null : null;
  // بعد انتهاء زيارته، في ختام زيارته: the visit is ending, so the future verb before it is another act's.
  const ending = trig !== 'verb' && endedBefore.scan(w, Math.max(ca, i - 2), i).some((h) => h.to === i);
  // (A date to come anywhere after an ending visit is its own: … زيارة ظريف الى بيروت التي يصلها الثلاثاء المقبل.)
  const aheadCue = trig !== 'verb' && (plannedAfter(ctx, end, Math.min(w.length, end + windowOf('planned_after_noun'))) || (!ending && futureSupportBefore(ctx, ca, i))
    || (ending && ctx.dates.some((d) => d.future && d.from >= end && !ctx.insideAct(i, d)))
    || ctx.dates.some((d) => d.future && !ctx.insideAct(i, d) && ((d.from >= i && d.from < Math.min(w.length, i + windowOf('future_date_after_noun'))) || (d.from >= ca && d.to <= i && i - d.to <= 2))));
  const ahead = aheadCue && !begun;
  // قبل ثلاثة أشهر من زيارة: the visit comes that span after the act the sentence tells, so the
  // sentence's day is that act's, not the visit's; and told of now (no past day, كان or مؤخرا outside
  // the span), the visit is still to come.
  const spanFrom = trig !== 'verb' ? spanBeforeEvent(w, i) : -1;
  const toldPast = spanFrom >= 0 && (hasBeforeNow(w, 0, spanFrom) || hasBeforeNow(w, i, w.length)
    || ctx.dates.some((d) => (d.to <= spanFrom || d.from >= i) && !!ctx.published && (d.date ?? d.range?.[1] ?? ctx.published) < ctx.published));
  const comesAfter = spanFrom >= 0 && !toldPast;
  // Urged (ينبغي على كاميرون القيام بزيارة): only wished for, by the writer or a third party, so no
  // visit; ordered (أوعز بالتحضير لزيارة): planned. (Read past a chain of appositions and their
  // commas: ينبغي على شي، الرئيس الصيني، وبوتين القيام بزيارة.)
  const before = sentenceStart(w, i, windowOf('urged_before'));
  if (urged.scan(w, before, i).length > 0) return [];
  const orderedCue = ordered.scan(w, before, i).length > 0;
  const planned = future || later || ahead || comesAfter || orderedCue || (reading.modality === 'planned' && !ending) || (isPurpose(tokenAt(w, i)) && !followsUp(ctx, i));
  // زيارته إلى الهند متوجها إلى الرياض مطلع فبراير: a date after the onward leg is that leg's, not the visit's.
  // (So is a date past a later leg told after it: بدأ جولته في بيونغ يانغ ثم انتقل إلى هانوي يوم الأربعاء.)
  const legAfter = trig !== 'verb' ? laterLeg.scan(w, dest.word + 1, cb)[0]?.from ?? -1 : -1;
  const onward = trig !== 'verb' ? [onwardLeg(ctx, dest.word + 1, cb), legAfter].filter((k) => k >= 0).reduce((a, b) => Math.min(a, b), Infinity) : -1;
  // The stops listed after the destination; a date past ثم is its own stretch's, not the first stop's.
  const listed = stops.length || elided || similar ? [] : coordinatedStops(ctx, dest);
  const until = Math.min(onward >= 0 ? onward : Infinity, listed.find((d) => d.then !== undefined)?.then ?? Infinity);
  let { date, rule: dateRule } = told ? clauseDate(ctx, i, cb) : ctx.dateFor(dateAt, !planned, presentAt(ctx, i, [visitor, coVisitor], dest.state), { since: true, ...(until < Infinity ? { until } : {}) });
  // A topic, or a visit told by its end (it began days before the day it ends), takes no article's day.
  if ((topic || ending) && dateRule === 'published') ({ date, rule: dateRule } = { date: null, rule: 'none' });
  // في ختام زيارة … أمس، التي استغرقت يومين: the day told is the visit's last; it began the days it lasted
  // less one before.
  else if (ending && !planned && date && date.length === 10) {
    const days = lastedFor(ctx, dest.word + 1, Math.min(ctx.words.length, dest.word + 1 + windowOf('planned_after_noun')));
    if (days) ({ date, rule: dateRule } = { date: addDays(date, 1 - days), rule: `${dateRule}+lasted` });
  }
  // زيارة الدولة التي سيقوم بها إلى واشنطن في سبتمبر المقبل: the relative is the visit's own, so the date
  // to come in it dates the planned visit (the date finder leaves a relative clause's date to it).
  if (!date && planned && trig !== 'verb') {
    const own = ownRelativeEnd(ctx, end, cb);
    const d = own < 0 ? undefined : ctx.dates.find((x) => x.future && x.from >= own && x.to <= cb);
    const when = d ? factDate(d, true, ctx.published) : null;
    if (d && when) ({ date, rule: dateRule } = { date: when, rule: d.rule });
  }
  if (!date) {
    const appended = ctx.appendedDate(ctx.after(dest.word), !planned, appendedLeads);
    if (appended) ({ date, rule: dateRule } = appended);
  }
  if (later || planned) {
    // A weekday named with an imperfect verb is the coming one (يزور موسكو الثلاثاء), and so is a bare
    // weekday in a planned visit's clause (سيزور موسكو الثلاثاء); الثلاثاء الماضي there stays a past day.
    // The visit's own weekday, the nearest to the verb.
    const d = ctx.dates.filter((x) => x.rule === 'weekday' && x.date && ctx.published && x.date < ctx.published
      && inClause(x) && (later || x.bare))
      .sort((x, y) => Math.abs(x.from - i) - Math.abs(y.from - i))[0];
    if (d?.date) { date = addDays(d.date, 7); dateRule = 'weekday'; }
  }
  if (spanFrom >= 0 && dateRule !== 'event-offset') ({ date, rule: dateRule } = { date: null, rule: 'none' });
  // قال مصدران أمس الجمعة إن X زار روسيا: a day told before the complementiser that opens a perfect
  // visit verb's clause dates the saying. The act came before it, on a day its clause does not tell.
  // (A visit noun there is the subject of what was said, told as under way: أكد أمس أن زيارة X تأتي.)
  if (date && !planned && trig === 'verb' && saidDayOnly(ctx, date, i)) ({ date, rule: dateRule } = { date: null, rule: 'none' });
  // جولة يستهلها في مصر وينتقل بعدها إلى قطر: a destination the trip reaches after another leg is not
  // reached on the sentence's day (the departure's or the first leg's).
  if (trig !== 'verb' && dest.word > end && laterLeg.scan(w, end, dest.word).length > 0) ({ date, rule: dateRule } = { date: null, rule: 'none' });
  // في اليوم الثاني من زيارته الجمعة: the visit began the day before the clause's day.
  // في اليوم الأخير من زيارته: under way, begun on a day the clause does not tell.
  if (begun && begun.payload > 1 && date && date.length === 10 && !planned) date = addDays(date, 1 - begun.payload);
  else if (begun && begun.payload === 0 && aheadCue) ({ date, rule: dateRule } = { date: null, rule: 'none' });
  const host = hostIn(ctx, dest.state, visitor.leader.ref.id);
  const rule = `visit:${trig}+${visitor.via}|date:${dateRule}`;
  const confidence = (visitor.via === 'mention' ? 0.9 : 0.75) - (planned ? 0.1 : 0);
  // Home is no visit, but the route there may be (وصل إلى باريس قادما من الرياض).
  const all = [dest, ...stops.filter((s) => s.state !== dest.state), ...listed].filter((d, n, xs) => d.state !== visitor.leader.state && xs.findIndex((x) => x.state === d.state) === n);
  // A tour's day is its start's: only the first stop listed takes it (يبدأ غدا جولة تشمل بريطانيا
  // وفرنسا), and none when the sentence already told the leg that day (زيارته إلى الكويت أمس في جولة
  // تشمل قطر): the later stops are undated.
  const dayStop = dest === stops[0] && !legBefore(ctx, i) ? dest : null;
  // A stop after the first takes the trip's date only when it is coarser than a day (زار الكويت وقطر
  // الشهر الماضي); which day each stop had the text does not tell…
  const past = (d: { word: number }): boolean => 'past' in d && !!d.past;
  const thenOf = (d: { word: number }): number | undefined => ('then' in d ? (d as ListedStop).then : undefined);
  const laterStop = (d: { word: number }): boolean => ((stops.includes(d as never) && d !== dayStop) || listed.includes(d as never)) && !!date && date.length === 10 && thenOf(d) === undefined;
  // …though the days a short tour takes after the dated stop may all lie in its month, which they then share.
  const stopMonth = date && date.length === 10 && addDays(date, L.visit.later_stop_days).slice(0, 7) === date.slice(0, 7) ? date.slice(0, 7) : null;
  const undated = (d: { word: number }): boolean => past(d) || (laterStop(d) && !stopMonth);
  const stretchDate = stretchDatesOf(ctx, listed, !planned);
  const dateOf = (d: { word: number }): string | null => (thenOf(d) !== undefined ? stretchDate(d)?.date ?? null : undated(d) ? null : laterStop(d) ? stopMonth : date);
  const ruleOf = (d: { word: number }): string => (thenOf(d) !== undefined ? rule.replace(/\|date:.*/, `|date:${stretchDate(d)?.rule ?? 'none'}+then`)
    : undated(d) ? rule.replace(/\|date:.*/, '|date:none') : laterStop(d) && !stale ? `${rule}+stop-month` : rule);
  const travellers = isLeaderArg(coVisitor) ? [visitor, coVisitor] : [visitor];
  // A planned visit takes only a day still to come: أمس there dates the announcement or the invitation.
  const stale = planned && (dateRule === 'published' || (!!date && !!ctx.published && dateSpan(date)[1] < ctx.published));
  const out = travellers.flatMap((v) => all.filter((d) => d.state !== v.leader.state).map((d): VisitFact => ({
    type: 'visit', visitor: v.leader.ref, to: d.state, city: d.city, date: stale && thenOf(d) === undefined ? null : dateOf(d),
    status: planned ? 'planned' : 'done', host: d === dest && v === visitor ? host : hostIn(ctx, d.state, v.leader.ref.id),
    evidence: [ctx.evidence(Math.min(i, v.word, visitor.word), d.word + 1, ruleOf(d), confidence)],
  })));
  // A route told in passing after a done trip: the origin (قادما من) was visited before, undated; the
  // next stop (متوجها إلى) the same day.
  if (!planned && trig === 'verb') {
    for (const r of routeAfter(ctx, dest.word + 1)) {
      for (const v of travellers) {
        if (r.state === v.leader.state || r.state === dest.state) continue;
        out.push({
          type: 'visit', visitor: v.leader.ref, to: r.state, city: r.city, date: r.origin ? null : date, status: 'done',
          host: hostIn(ctx, r.state, v.leader.ref.id),
          evidence: [ctx.evidence(Math.min(i, v.word), r.word + 1, `${r.rule}|date:${r.origin ? 'none' : dateRule}`, Math.min(confidence - 0.1, r.confidence))],
        });
      }
    }
  }
  return out;
}

/** The visits the sentence's triggers before word i tell, in text order (a trigger ends before the next starts). */
const visitsToldBefore = (ctx: SentenceContext, i: number): VisitFact[] =>
  triggersOf(ctx).filter((t) => t.at < i).flatMap((t) => readVisit(ctx, t.at, t.to, t.trig, t.future));

/**
 * An earlier visit recalled beside the one the sentence tells (ثاني زيارة يقوم بها إلى المغرب، بعد
 * زيارته الأولى في نوفمبر 2018؛ وصل إلى الرباط، في أول زيارة منذ زيارته الأخيرة عام 2015) leaves its
 * destination unsaid: it is that visit's, by the same visitor, when the recalled one has a date of its
 * own in its clause, other than that visit's (else it is the same visit).
 */
function recalledDestination(ctx: SentenceContext, i: number, end: number, cb: number, visitor: Arg | null): Destination | null {
  if (!isLeaderArg(visitor)) return null;
  const own = clauseDate(ctx, i, cb).date;
  if (!own) return null;
  const last = visitsToldBefore(ctx, i).filter((v) => v.status === 'done' && v.visitor.id === visitor.leader.ref.id).at(-1);
  if (!last || last.date === own) return null;
  return { state: last.to, city: last.city ?? null, word: end };
}

/**
 * فيتنام هي محطة كيري الأخيرة في جولته، إسرائيل هي المحطة الأولى في الجولة التي يقوم بها كارتر: a
 * place told as a stop (stop_nouns) a few words before a visit noun, in its clause, is that visit's
 * destination; a pronoun of the nominal sentence may stand between them (stop_copulas).
 */
function stopBefore(ctx: SentenceContext, ca: number, i: number, trig: VisitTrigger): Destination | null {
  const w = ctx.words;
  if (trig === 'verb') return null;
  // (Names count for nothing: محطة الرئيس الصيني شي جين بينغ الأولى في جولته.)
  for (let s = i - 1, n = 0; s >= ca && n < windowOf('stop_before_noun'); s--) {
    if (!ctx.covered[s] && !ctx.mentionAt[s]) n++;
    if (stopNouns.matchAt(w, s, s + 1)?.to !== s + 1 || tokenAt(w, s).prefixes.some((p) => p !== 'ال')) continue;
    return placeEndingAt(ctx, s - 1 >= ca && stopCopulas.has(tokenAt(w, s - 1).norm) ? s - 1 : s, ca);
  }
  return null;
}

/**
 * وفي أديس أبابا التي يزورها أوباما: a visit verb carrying the pronoun of a relative's head goes to the
 * place named right before the relative (its head), when a leader is named right after the verb.
 */
function relativeHead(ctx: SentenceContext, i: number): Destination | null {
  const w = ctx.words;
  if (i < 2 || resumptiveVerbs.matchAt(w, i, i + 1)?.to !== i + 1 || !RELATIVES.has(tokenAt(w, i - 1).norm)) return null;
  const named = leaderAfter(ctx, i + 1, ctx.clause(i)[1]);
  if (!named || named === 'other') return null;
  return placeEndingAt(ctx, i - 1, 0);
}

/** The place whose mention ends right before word `end` (starting at `from` or after), as a destination. */
function placeEndingAt(ctx: SentenceContext, end: number, from: number): Destination | null {
  for (let k = end - 1; k >= Math.max(from, end - windowOf('place_mention_words')); k--) {
    const m = ctx.mention(k);
    if (!m || ctx.after(k) !== end) continue;
    const state = isPlaceAt(ctx, k, m) ? stateOf(m) : null;
    return state ? { state, city: ctx.cityName(k, m), word: k } : null;
  }
  return null;
}

/**
 * زار لافروف بيونغ يانغ في أكتوبر، بعد زيارة مماثلة قام بها شويغو: a visit noun with an adjective of
 * likeness right after it (similar_after), naming no destination, goes where the last visit its sentence
 * told before it went, by another visitor.
 */
const isSimilar = (ctx: SentenceContext, k: number): boolean => k < ctx.words.length && similarAfter.matchAt(ctx.words, k, k + 1)?.to === k + 1;
function similarDestination(ctx: SentenceContext, i: number, end: number, visitor: Arg | null): Destination | null {
  if (!isLeaderArg(visitor) || !isSimilar(ctx, end)) return null;
  const last = visitsToldBefore(ctx, i).at(-1);
  if (!last || last.visitor.id === visitor.leader.ref.id) return null;
  return { state: last.to, city: last.city ?? null, word: end };
}

/** "زيارة (التي) يقوم بها X": the leader after a support verb and its resumptive بها, right after the noun. */
function clauseDate(ctx: SentenceContext, ca: number, cb: number): { date: string | null; rule: string } {
  const d = ctx.dates.find((x) => x.precision === 'day' && x.date && !x.future && x.from >= ca && x.to <= cb && !ctx.sinceEvent(ca, x));
  return d ? { date: d.date, rule: d.rule } : ctx.partialDate(ca, cb, true, ca, (x) => ctx.sinceEvent(ca, x)) ?? { date: null, rule: 'none' };
}

/** The word after «التي (سـ)يقوم بها» right after a visit noun and its adjectives (the visit's own relative), else -1. */
function ownRelativeEnd(ctx: SentenceContext, end: number, cb: number): number {
  const w = ctx.words;
  let k = end;
  for (let n = 0; n < 3 && k < cb && !(agentRelatives.has(tokenAt(w, k).stem) || agentRelatives.has(tokenAt(w, k).norm)); n++) {
    if (ctx.mention(k) || !tokenAt(w, k).prefixes.includes('ال')) return -1;
    k++;
  }
  if (k + 2 >= cb || !(agentRelatives.has(tokenAt(w, k).stem) || agentRelatives.has(tokenAt(w, k).norm))) return -1;
  const verb = supportVerbs.matchAt(w, k + 1, cb)?.to ?? (isFutureVerb(tokenAt(w, k + 1), (x) => supportForms.has(x)) ? k + 2 : -1);
  return verb > 0 && verb < cb && agentPronouns.has(tokenAt(w, verb).norm) ? verb + 1 : -1;
}

function agentAfter(ctx: SentenceContext, end: number, cb: number): { arg: Arg; after: number; past: boolean; place: number } | null {
  const w = ctx.words;
  let k = end;
  let place = -1;
  // Past an adjective or two and the relative (الزيارة الرسمية الثانية التي يقوم بها، زيارة رسمية يقوم
  // بها), and the destination once, right after the noun (آخر زيارة لإيران قام بها).
  for (let n = 0; n < 3 && k < cb && !supportVerbs.matchAt(w, k, cb); n++) {
    if (agentRelatives.has(tokenAt(w, k).stem) || agentRelatives.has(tokenAt(w, k).norm)) { k++; break; }
    if (!ctx.mention(k) && nounAdjectives.matchAt(w, k, k + 1)) { k++; continue; }
    const at = place < 0 && k === end ? toPreps.matchAt(w, k, cb)?.to ?? k : -1;
    const m = at >= 0 ? ctx.mention(at) : undefined;
    if (m && isPlaceAt(ctx, at, m) && (at > k || tokenAt(w, at).prefixes.includes('ل'))) { place = at; k = ctx.after(at); continue; }
    if (ctx.mention(k) || !tokenAt(w, k).prefixes.includes('ال')) return null;
    k++;
  }
  const verb = k < cb ? supportVerbs.matchAt(w, k, cb) : null;
  if (!verb || verb.to >= cb || !agentPronouns.has(tokenAt(w, verb.to).norm)) return null;
  const named = leaderAfter(ctx, verb.to + 1, cb);
  // The perfect (قام بها) tells a past visit; the imperfect (يقوم بها) one under way.
  const past = !tokenAt(w, k).keys.some((x) => /^[يت]/.test(x));
  return named && named !== 'other' && isLeaderArg(named.arg) ? { ...named, past, place } : null;
}

/**
 * The places of a route after a trip's destination, in the same sentence: "قادما من إسرائيل" (origin),
 * "متوجها إلى عمان" (next stop): the route patterns of data/patterns/visits.yaml.
 */
function routeAfter(ctx: SentenceContext, from: number): { state: string; city: string | null; word: number; origin: boolean; rule: string; confidence: number }[] {
  const stop = sentenceStop(ctx.words, from, ctx.words.length);
  return matchesOf(ctx).filter((m) => m.pattern.group === 'route' && m.anchor >= from && m.anchor < stop).flatMap((m) => {
    const at = m.slots.get('place')!.from;
    const place = ctx.mention(at);
    const state = place ? stateOf(place) : null;
    return place && state ? [{ state, city: ctx.cityName(at, place), word: at, origin: m.pattern.id === 'visit:route-from', rule: m.pattern.id, confidence: m.pattern.confidence }] : [];
  });
}

/** Where an onward leg (متوجها إلى) opens among words [from, to), else -1. */
function onwardLeg(ctx: SentenceContext, from: number, to: number): number {
  const hit = routeTo.scan(ctx.words, from, to).find((h) => routeToPreps.matchAt(ctx.words, h.to, to));
  return hit ? hit.from : -1;
}

/** How many title words (titles: الأمين العام، وزير الخارجية) follow one another from word k. */
function titleChain(ctx: SentenceContext, k: number): number {
  let n = 0;
  for (let t = titles.matchAt(ctx.words, k); t; t = titles.matchAt(ctx.words, t.to)) n += t.to - t.from;
  return n;
}

/** Is a visit trigger followed by a place before word i (زيارته إلى الكويت أمس في جولة …)? */
function legBefore(ctx: SentenceContext, i: number): boolean {
  const t = triggersOf(ctx).find((x) => x.to <= i);
  if (!t) return false;
  for (let k = t.to; k < i; k++) { const m = ctx.mention(k); if (m && isPlaceAt(ctx, k, m)) return true; }
  return false;
}

/** The states a tour "includes" (جولة تشمل الإمارات وقطر), read from the words after the visit noun. */
function tourStops(ctx: SentenceContext, from: number, to: number): { state: string; city: string | null; word: number; past: boolean }[] {
  const out: { state: string; city: string | null; word: number; past: boolean }[] = [];
  // The includes-verb stands right after the noun and its adjectives (جولة خليجية تشمل).
  const verb = includes.scan(ctx.words, from, Math.min(to, from + windowOf('tour_verb_after_noun')))[0];
  if (!verb) return [];
  // A perfect (شملت حتى الآن، قادته إلى) lists the stops already made: earlier, undated stops.
  const past = !/^[يت]/.test(tokenAt(ctx.words, verb.from).stem);
  for (const a of ctx.argsAfterPrep(includes, verb.from, Math.min(to, verb.to + windowOf('tour_stops')))) {
    const m = a.mention;
    const st = m && isPlaceAt(ctx, a.word, m) ? stateOf(m) : null;
    // The tour's own date is its start, at the first stop: a later stop takes at most its month (readVisit).
    if (m && st && !out.some((o) => o.state === st)) out.push({ state: st, city: ctx.cityName(a.word, m), word: a.word, past });
  }
  return out;
}

/**
 * Is the subject of a support verb before the visit noun in its clause a group noun (يقوم ممثلون عن
 * المعارضة … بزيارة)? The group's description may run long (a relative clause naming a leader), so the
 * verb is looked for further back than a visitor is.
 */
function groupSubjectBefore(ctx: SentenceContext, ca: number, i: number): boolean {
  // A clause opened by a relative pronoun after a comma (، التي طالما …) describes the subject before it.
  const from = ca > 1 && RELATIVES.has(tokenAt(ctx.words, ca).stem) ? ctx.clause(ca - 2)[0] : ca;
  for (let k = i - 1; k >= Math.max(from, i - windowOf('group_subject_before')); k--) {
    if (!supportVerbs.matchAt(ctx.words, k, i)) continue;
    let j = k + 1;
    while (j < i) { const a = adverbs.matchAt(ctx.words, j, i); if (!a) break; j = a.to; }
    return j < i && !ctx.mentionAt[j] && groupSubjects.has(tokenAt(ctx.words, j).stem);
  }
  return false;
}

/**
 * A support verb (أجرى، بدأ، اختتم) before the visit noun in its clause, whose object the noun is: its
 * index, or -1. A comma-enclosed insertion or apposition between them is read past (وأجرى، بحسب مصادر،
 * بوتين زيارة؛ وبدأ بوتين، الرئيس الروسي، جولة).
 */
/** A support verb that does the visit noun at word i (قام بزيارة), not one returning from it (عاد بعد زيارة). */
function doneBySupport(ctx: SentenceContext, clauseStart: number, i: number): boolean {
  const k = supportVerbBefore(ctx, clauseStart, i);
  return k >= 0 && !returnVerbs.matchAt(ctx.words, k, k + 1);
}

function supportVerbBefore(ctx: SentenceContext, clauseStart: number, i: number): number {
  // (A titled name counts as one word: وبدأ خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود أمس زيارة.)
  for (let k = i - 1, n = 0; k >= clauseStart && n <= windowOf('support_verb_before'); k = titledNameStart(ctx, k) - 1, n++) {
    if (supportVerbs.matchAt(ctx.words, k, i)) return k;
  }
  const open = clauseStart > 0 ? parentheticalOpening(ctx.words, clauseStart - 1) : -1;
  if (open <= 0 || i - clauseStart > 4) return -1;
  const before = ctx.clause(open - 1)[0];
  for (let k = open - 1; k >= Math.max(before, open - windowOf('support_verb_before_apposition')); k--) if (supportVerbs.matchAt(ctx.words, k, open)) return k;
  return -1;
}

/**
 * "بوتين، الرئيس الروسي، الذي وصل": a relative clause opening the verb's clause after an apposition
 * has for subject the leader the apposition follows.
 */
function relativeAfterApposition(ctx: SentenceContext, ca: number, i: number): Arg | null {
  if (i - ca > 2 || !ctx.words.slice(ca, i).some((x) => RELATIVES.has(x.stem))) return null;
  const open = ca > 0 ? parentheticalOpening(ctx.words, ca - 1) : -1;
  const apposed = open > 0 ? leaderJustBefore(ctx, ctx.clause(open - 1)[0], open) : null;
  if (apposed) return apposed;
  // "كيري، الذي يزور القاهرة": the relative set off by a comma right after the leader's name is his
  // (also when an insertion before him looks like an apposition: التقى، بحسب مصادر، تو لام بوتين، الذي).

  if (ca < 2 || tokenAt(ctx.words, ca - 1).norm !== ',' || !RELATIVES.has(tokenAt(ctx.words, ca).stem)) return null;
  const last = ctx.argsIn(ctx.clause(ca - 2)[0], ca - 1).filter(isLeaderArg).pop();
  return last?.mention && last.mention.tokenEnd - base(ctx) === ca - 1 ? last : null;
}

/**
 * The leader named before a purpose noun in its clause (دعاه لزيارة، قبل دعوة لزيارة), or before the
 * apposition that ends right before the clause (شي، الرئيس الصيني، قبل دعوة لزيارة).
 */
function invitee(ctx: SentenceContext, ca: number, i: number): Arg | null {
  const sent = sentTraveller(ctx, ca, i);
  if (sent !== undefined) return sent;
  const last = (from: number, to: number) => ctx.argsIn(from, to).filter(isLeaderArg).filter((a) => !relativeSubject(ctx, from, a.word)).pop() ?? null;
  const here = last(ca, i);
  // (Not when the clause opens with إن: a reported clause has a subject of its own.)
  const reported = ca < i && (complementisers.has(tokenAt(ctx.words, ca).norm) || complementisers.has(tokenAt(ctx.words, ca).stem));
  if (here || reported) return here;
  // Back over a chain of appositions, each closed by a comma (شي، الرئيس الصيني، رئيس الحزب، قبل).
  for (let close = ca - 1, n = 0; close > 0 && n < 3; n++) {
    const open = parentheticalOpening(ctx.words, close);
    if (open <= 0) return null;
    const from = ctx.clause(open - 1)[0];
    const found = last(from, open);
    if (found) return found;
    close = open;
  }
  return null;
}

/**
 * A verb that sends or invites its object to travel (دعاه، فوضه، كلفها) between the clause's start and
 * the visit noun: the traveller is the object pronoun's antecedent, the leader ending right before the
 * verb (رسالة لخادم الحرمين دعاه: not the bearer named further back), and never the verb's subject
 * after it. Null when no leader stands there; undefined when no such verb is in the clause.
 */
function sentTraveller(ctx: SentenceContext, ca: number, i: number): Arg | null | undefined {
  const hits = sentObject.scan(ctx.words, ca, i);
  const verb = hits[hits.length - 1];
  if (!verb) return undefined;
  // (From the sentence's start: the antecedent may stand before the comma that opens the clause.)
  const before = ctx.argsIn(0, verb.from).filter(isLeaderArg).pop();
  if (!before) return null;
  // Past an apposition and a relative pronoun, which stand for him (بوتين، الرئيس الروسي، الذي دعاه).
  let end = pastParenthetical(ctx.words, before.mention ? before.mention.tokenEnd - base(ctx) : before.word + 1);
  while (end < verb.from && (tokenAt(ctx.words, end).norm === ',' || RELATIVES.has(tokenAt(ctx.words, end).stem))) end++;
  return verb.from - end <= 1 ? before : null;
}

/** The leader coordinated right before `last` by و (بوتين ونظيره التركي أردوغان): he travels too. */
/**
 * Is the leader at k the subject of a relative clause whose verb carries the pronoun of its head (الحزب
 * الذي أسسه الرئيس X، الرجل الذي دعاه X)? Then the head, not he, is what the clause's sentence is about.
 */
function relativeSubject(ctx: SentenceContext, ca: number, k: number): boolean {
  let j = k - 1;
  while (j > ca && titles.matchAt(ctx.words, j)) j--;
  return j - 1 >= ca && RESUMPTIVE_END.test(tokenAt(ctx.words, j).norm) && RELATIVES.has(tokenAt(ctx.words, j - 1).norm);
}
const RESUMPTIVE_END = /.{2,}(ه|ها|هم|هما)$/;

function coordinatedBefore(ctx: SentenceContext, from: number, last: Arg): Arg | null {
  if (ctx.words[last.word]?.prefixes[0] !== 'و' || last.word <= from) return null;
  const prev = ctx.argsIn(from, last.word).pop();
  if (!isLeaderArg(prev) || prev.leader.ref.id === last.leader?.ref.id) return null;
  // Nothing but the first leader's own words between them.
  const end = prev.mention ? prev.mention.tokenEnd - base(ctx) : prev.word + 1;
  return end === last.word ? prev : null;
}

/**
 * A verb in the future before the visit noun in its clause: a support verb (سيقوم بزيارة، ستبدأ جولة) or
 * the verb the noun is the circumstance of (سأرافق الرئيس في زيارته، سيعقد اجتماعا خلال زيارة).
 */
function futureSupportBefore(ctx: SentenceContext, clauseStart: number, i: number): boolean {
  // Back over an apposition closing just before the clause (وسيلتقي بوتين، الرئيس الروسي، رئيس الوزراء
  // خلال زيارته): the verb before it is this clause's.
  const open = clauseStart > 0 ? parentheticalOpening(ctx.words, clauseStart - 1) : -1;
  if (open > 0) clauseStart = ctx.clause(open - 1)[0];
  for (let k = Math.max(clauseStart, i - windowOf('future_support_before')); k < i; k++) if (isFutureVerb(tokenAt(ctx.words, k), (x) => supportForms.has(x))) return true;
  for (let k = Math.max(clauseStart, i - windowOf('future_verb_before')); k < i; k++) if (futureAt(ctx, k)) return true;
  return false;
}

/**
 * Is the person named last before word i in the sentence one the gazetteer lists as no leader (عن طريق
 * عضوين بالكونغرس … مايك بومبيو خلال زيارة لفيينا)? Then a framed visit noun is his: no leader named
 * further back in the sentence, nor its actor, fills it.
 */
/**
 * The sentence's actor as the possessor of a visit noun at i, unless a bare complementiser stands
 * between them in the noun's clause (بلغني أن قيادة إيران رفضت طلبا لحماس بزيارة طهران، قال بوتين إن المبعوث أجرى محادثات
 * قبل وصوله إلى دمشق): the clause it opens brings its own subject, whose visit it is.
 */
function actorOutside(ctx: SentenceContext, ca: number, cb: number, i: number): LeaderArg | null {
  const a = leaderOnly(ctx.actor(ca, cb, true));
  if (!a || a.word > i) return a;
  return complementiserIn(ctx, Math.max(a.word + 1, ca), i) ? null : a;
}

/**
 * A bare visit noun framing the act of a clause it opens, its place and date told, then the clause's verb
 * and its subject (وفي زيارة لأربيل الأسبوع الماضي وصف وزير الدفاع الأمريكي آشتون كارتر …): the subject
 * is the visitor. Only the one word of the verb between: past it the leader may be its object.
 */
function frameSubject(ctx: SentenceContext, ca: number, i: number, end: number, cb: number): LeaderArg | null {
  if (!framedAt(ctx, i) || i - 1 !== ca || tokenAt(ctx.words, ca).prefixes[0] !== 'و') return null;
  const d = destinationAfter(ctx, end, cb, false);
  return d ? subjectAfterFrame(ctx, ctx.after(d.word)) : null;
}

/** The subject of the verb right after a clause-opening frame ending at word `from` (past its date and a comma). */
function subjectAfterFrame(ctx: SentenceContext, from: number): LeaderArg | null {
  const w = ctx.words;
  let verb = adjuncts().pastAdjuncts(ctx, from);
  if (verb < w.length && tokenAt(w, verb).norm === ',') verb++;
  const cb = ctx.clause(verb)[1];
  if (verb >= cb || ctx.mention(verb) || tokenAt(w, verb).prefixes.includes('ال') || toPreps.matchAt(w, verb)) return null;
  const named = leaderAfter(ctx, verb + 1, cb);
  return named && named !== 'other' && isLeaderArg(named.arg) ? named.arg : null;
}

/** Does a complementiser (إن، أن، بأن) or a relative pronoun stand among words [from, to)? Then a clause of its own opens there. */
const REPORTED = new Set(['ان', 'بان', 'وان', 'فان', 'انه', 'انها', 'بانه', 'بانها']);
const reportedBetween = (ctx: SentenceContext, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (REPORTED.has(tokenAt(ctx.words, k).norm) || RELATIVES.has(tokenAt(ctx.words, k).stem)) return true;
  return false;
};

const sayingVerbs = new PhraseTable<true>().addAll(L.saying_verbs, true);
/** Is `date` told only after a verb of saying and before a complementiser that stands between it and word i (the saying's day)? */
function saidDayOnly(ctx: SentenceContext, date: string, i: number): boolean {
  const same = ctx.dates.filter((d) => d.date === date);
  const opens = (from: number): boolean => { for (let k = from; k < i; k++) if (REPORTED.has(tokenAt(ctx.words, k).norm)) return true; return false; };
  const said = (d: { from: number }): boolean => sayingVerbs.scan(ctx.words, sentenceStart(ctx.words, d.from, windowOf('said_day_before')), d.from).length > 0;
  return same.length > 0 && same.every((d) => d.to <= i && opens(d.to) && said(d));
}

const complementiserIn = (ctx: SentenceContext, from: number, to: number): boolean => {
  // أن زيارته ناجحة: the visit noun is the complement's own subject, so its possessor is still the actor.
  for (let k = from; k < to - 1; k++) if (complementisers.has(tokenAt(ctx.words, k).norm) || complementisers.has(tokenAt(ctx.words, k).stem)) return true;
  return false;
};

const ledBy = new PhraseTable<true>().addAll(L.visit.led_by, true);
/**
 * The leader heading a delegation named at `from` (past dates and adverbs): وفد روسي رفيع برئاسة وزير
 * الخارجية سيرغي لافروف. The cue must follow the group noun within a few words, before any comma.
 */
function delegationHead(ctx: SentenceContext, from: number, to: number): { arg: Arg; after: number } | null {
  const w = ctx.words;
  let k = from;
  for (let d = ctx.dates.find((x) => x.from === k), a = adverbs.matchAt(w, k, to); d || a; d = ctx.dates.find((x) => x.from === k), a = adverbs.matchAt(w, k, to)) k = d ? d.to : a!.to;
  if (k >= to || !groupPossessors.has(tokenAt(w, k).stem)) return null;
  for (let j = k + 1; j < Math.min(to, k + 1 + windowOf('delegation_head')); j++) {
    if (tokenAt(w, j).norm === ',' || isBreakWord(tokenAt(w, j))) return null;
    const cue = ledBy.matchAt(w, j, to);
    if (!cue) continue;
    const head = leaderAfter(ctx, cue.to, to);
    return head && head !== 'other' && isLeaderArg(head.arg) ? head : null;
  }
  return null;
}

const saidVerbs = new PhraseTable<true>().addAll(L.visit.said_verbs, true);
/**
 * وأضاف خلال زيارة إلى ماليزيا أن…، وقال لدى وصوله إلى بروكسل: a verb of saying that opens its clause
 * with no subject, one word (the frame: خلال، لدى، إن) before a framed or possessive visit noun [i, end):
 * its speaker, the leader in focus, is the visitor. Not when a title, a person's head noun or a group
 * follows the noun (خلال زيارة وزير الخارجية): that is its visitor.
 */
function droppedSpeaker(ctx: SentenceContext, ca: number, i: number, end: number): LeaderArg | null {
  const v = i - 2;
  if (v < ca || saidVerbs.matchAt(ctx.words, v, i - 1)?.to !== i - 1 || !opensClause(ctx, v, ca)) return null;
  const w = ctx.words;
  if (end < w.length && (titles.matchAt(w, end) || personHeads.matchAt(w, end) || groupPossessors.has(tokenAt(w, end).stem))) return null;
  return leaderOnly(ctx.focusLeader(i));
}

/**
 * The dropped subject of a support verb that opens its clause, nothing but adjuncts between it and the
 * visit noun (وكان قد قام بزيارة …، ويقوم حاليا بزيارة …، وبدأ أمس زيارة …): as with a visit verb
 * opening its clause, the leader in focus, the subject the text has carried on from the sentence before.
 */
function droppedSupporter(ctx: SentenceContext, ca: number, i: number): LeaderArg | null {
  const s = supportVerbBefore(ctx, ca, i);
  const hit = s >= 0 ? supportVerbs.matchAt(ctx.words, s, i) : null;
  if (!hit || !opensClause(ctx, s, ca)) return null;
  // Only the act's day and adverbs between (أمس، حاليا، الأسبوع الماضي).
  for (let k = hit.to; k < i;) {
    const d = ctx.dates.find((x) => x.from === k);
    const next = d?.to ?? adverbs.matchAt(ctx.words, k)?.to ?? presentCues.matchAt(ctx.words, k)?.to;
    if (!next) return null;
    k = next;
  }
  return leaderOnly(ctx.focusLeader(i));
}

/**
 * The visit a definite visit noun refers back to (وتأتي هذه الزيارة لباريس في وقت …، وتعد الزيارة إلى
 * موسكو الأولى منذ …): Arabic news names the visitor in the sentence before and then calls his trip «the
 * visit», its destination right after. The visitor is the leader of another state than the destination
 * last named in this sentence or the one before (not the host, who was named last when he received
 * him). Only when the noun's clause names nobody before it, and the destination follows it directly.
 */
function visitReferredBack(ctx: SentenceContext, ca: number, i: number, end: number, cb: number): LeaderArg | null {
  const w = ctx.words;
  if (!tokenAt(w, i).prefixes.includes('ال') || tokenAt(w, i).prefixes.some((p) => p !== 'ال' && p !== 'و')) return null;
  for (let k = ca; k < cb; k++) {
    const m = ctx.mentionAt[k];
    if (m && (m.kind === 'Leader' || m.kind === 'Office' || m.kind === 'Person')) return null;
  }
  // The destination right after the noun and its known adjectives (لباريس، إلى العاصمة الصينية بكين): an
  // adjective the lexicon does not know may give the visit to others (الزيارة البرلمانية).
  const from = pastNounAdjectives(ctx, end, cb);
  if (from >= cb || !(tokenAt(w, from).prefixes.includes('ل') || toPreps.matchAt(w, from, from + 1))) return null;
  const d = destinationAfter(ctx, from, cb, false);
  if (!d || d.word - from > windowOf('referred_visit_destination')) return null;
  // The leaders of the last sentence (this one or the one before) that names any: a host named alone
  // since (واستقبل الرئيس الفرنسي وفدا تجاريا) received someone else.
  const since = ctx.index > 0 ? tokenAt(ctx.doc.sentences, ctx.index - 1).start : ctx.sentence.start;
  const at = tokenAt(w, i).start;
  const named = ctx.doc.mentions.filter((m) => m.kind === 'Leader' && m.start >= since && m.start < at);
  const last = named.reduce((n, m) => Math.max(n, m.sentence), -1);
  const l = ctx.focus.leadersBefore(at, 3, since).find((x) => !!x.state && x.state !== d.state
    && named.some((m) => m.sentence === last && m.id === x.ref.id));
  return l ? { party: { label: 'State', id: l.state! }, leader: l, word: i, via: 'focus' } : null;
}

const personTitles = new PhraseTable<true>().addAll(L.visit.person_name_titles, true);
function otherPersonBefore(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const m = ctx.mentionAt[k];
    if (m && (m.kind === 'Person' || m.kind === 'Leader' || m.kind === 'Office')) return m.kind === 'Person';
    // A chain of titles ending in one that heads a person's name, and a name the gazetteer does not know
    // (على قيام معالي الرئيس العام الشيخ الدكتور فلان بزيارة): a person of no state office, named after
    // any leader before him. (A bare office, رئيس الوزراء في …, is a leader the text refers to.)
    const chain = !m && !ctx.covered[k] ? titleChain(ctx, k) : 0;
    if (chain >= 2) {
      const e = k + chain;
      if (e < i && personTitles.matchAt(ctx.words, e - 1, e) && !ctx.mentionAt[e] && !ctx.covered[e] && /\p{L}/u.test(tokenAt(ctx.words, e).norm) && !tokenAt(ctx.words, e).prefixes.length) return true;
    }
  }
  return false;
}

const feminineForms = new PhraseTable<true>().addAll(L.gender.feminine_forms, true);
const manTitles = new PhraseTable<true>().addAll(L.gender.man_titles, true);
const womanTitles = new PhraseTable<true>().addAll(L.gender.woman_titles, true);
/**
 * Is the trigger at i feminine (زارت، وصولها) while the article styles the visitor with masculine titles
 * only (الرئيس …, never الرئيسة …)? Then it tells of someone else (a group, a team, a woman).
 */
function genderClash(ctx: SentenceContext, i: number, a: LeaderArg): boolean {
  if (!feminineForms.matchAt(ctx.words, i)) return false;
  const { id } = a.leader.ref;
  let man = false;
  for (const m of ctx.doc.mentions) {
    if (m.kind !== 'Leader' || m.id !== id) continue;
    const words = sentenceWords(ctx.doc, m.sentence);
    const start = m.tokenStart - tokenAt(ctx.doc.sentences, m.sentence).tokenStart;
    for (let k = Math.max(0, start - windowOf('title_before_leader')); k < start; k++) {
      if (womanTitles.matchAt(words, k)) return false;
      if (manTitles.matchAt(words, k)) man = true;
    }
  }
  return man;
}

/** Is the leader titled as a former holder where named (الرئيس الفرنسي السابق نيكولا ساركوزي)? No state office then. */
function formerTitled(ctx: SentenceContext, a: Arg): boolean {
  if (!a.mention) return false;
  const start = a.mention.tokenStart - base(ctx);
  return formerTitle.scan(ctx.words, Math.max(0, start - windowOf('title_before_leader')), a.mention.tokenEnd - base(ctx)).length > 0;
}

/**
 * An office named indefinitely (آخر زيارة لوزير خارجية أميركي، أول رئيس وزراء هندي يزور): any holder,
 * not the one in office, so no visitor. The office's nisba ends it without the article.
 */
function genericOffice(ctx: SentenceContext, a: Arg): boolean {
  const m = a.mention;
  if (!m || m.kind !== 'Office') return false;
  const last = tokenAt(ctx.words, m.tokenEnd - 1 - base(ctx));
  return !!last && !last.prefixes.includes('ال') && /ي$/.test(last.stem);
}

/**
 * Is word k a verb in the future (سيقوم، سأرافق، ستبحث)? Not a name (سيرغي لافروف) nor a noun or
 * adjective that happens to start the same way (سياسية، سياسيون، سنوات، سيارة): those end in a feminine,
 * plural or nisba ending, or carry the article.
 */
export const futureAt = (ctx: SentenceContext, k: number): boolean => {
  const w = tokenAt(ctx.words, k);
  if (ctx.mention(k) || ctx.covered[k] || w.prefixes.includes('ال') || NOMINAL_END.test(w.norm) || /^[وف]?سياس/.test(w.norm)) return false;
  return isFutureVerb(w, (x) => (x.length > 2 && /^[يتن]/.test(x)) || firstPerson(x));
};
/**
 * A first-person imperfect after the future prefix (سأرافق، سأزور: normalised, its hamza is a bare alef).
 * At least four letters and no perfect's ending, so the form-III perfects that also begin with سا
 * (سافر، ساعدت، ساهموا) and سابقا are not read as "I will".
 */
const firstPerson = (x: string): boolean => x.length >= 4 && x.startsWith('ا') && !/(ت|وا|نا|ا)$/.test(x);
const NOMINAL_END = /(ه|ة|ات|يه|ية|يون|يين)$/;

/** A planned cue or a future verb (سيقوم) among words [from, to). */
function plannedAfter(ctx: SentenceContext, from: number, to: number): boolean {
  const w = ctx.words;
  for (let k = from; k < to; k++) {
    if (tokenAt(w, k).norm === '.' || tokenAt(w, k).norm === ',') return false;
    // What was said after it (زيارته إلى فيتنام إنه يسعى) plans nothing of the visit.
    if (saidOpeners.matchAt(w, k)) return false;
    // Its aim (زيارته إلى كينيا بهدف بحث قضايا الإرهاب): a done visit has one too, so from there on
    // nothing plans the visit.
    if (visitAims.matchAt(w, k)) return false;
    // تلبية لدعوة، بدعوة من: the invitation it answered, not one still to be taken up (past the
    // invitation noun and the word after it, whose one-word look-back would see the noun).
    const ans = answered.matchAt(w, k, to);
    if (ans) { k = ans.to + 1; continue; }
    if (modalityAt(w, k, 1).modality === 'planned' || futureAt(ctx, k)) return true;
  }
  return false;
}

export const leaderOnly = (a: Arg | null): LeaderArg | null => (isLeaderArg(a) ? a : null);

/** A leader named in the sentence who serves the destination state: the host. */
function hostIn(ctx: SentenceContext, state: string, visitor: string): EntityRef | null {
  for (let k = 0; k < ctx.words.length; k++) {
    const m = ctx.mention(k);
    if (m?.kind === 'Leader' && m.state === state && m.id !== visitor) return { label: 'Leader', id: m.id };
  }
  return null;
}

/** The word after the last sentence-level stop before i, at most n words back. */
function sentenceStart(w: SentenceContext['words'], i: number, n: number): number {
  let k = i;
  while (k > 0 && k > i - n && !['.', ';', '?', '!', ':'].includes(tokenAt(w, k - 1).norm)) k--;
  return k;
}

/** The first sentence-level stop (. ; ? !) at or after from, at most n words on. */
export function sentenceStop(w: SentenceContext['words'], from: number, n: number): number {
  let k = from;
  while (k < w.length && k < from + n && !['.', ';', '?', '!'].includes(tokenAt(w, k).norm)) k++;
  return k;
}


/** The first word at or after k past dates (استقبل أمس الاثنين من طرف …). */
/**
 * The visit patterns (data/patterns/visits.yaml): the adjunct classes passed after a verb, the route
 * after a trip, حلّ ب. The predicates and conditions they name are here.
 */
/** The leader named last before the match's anchor in its sentence: whom a possessive or object pronoun stands for. */
const possessor = (ctx: SentenceContext, m: Match): Arg[] => ctx.argsIn(0, m.anchor).filter(isLeaderArg).slice(-1);
const receiveVerbs = new PhraseTable<true>().addAll(L.receive.verbs, true);
/**
 * The leader a journey's object pronoun (جولة قادته إلى) or a circumstance of the clause (قادما من الرياض،
 * بعد محطة في بروكسل) is told of: the subject of the clause, named in [from, i) (التقى آبي عباس في ختام جولة
 * قادته: Abe), or a reception's guest (استقبل بوتين أوباما في ختام جولة قادته: Obama, named last); `many`
 * (a dual or plural form) takes the subject and the leader joined to it by و. One form after two joined
 * subjects is left unread: whose journey it was is not told.
 */
function subjectOf(ctx: SentenceContext, from: number, i: number, many: boolean): Arg[] {
  const before = ctx.argsIn(from, i).filter(isLeaderArg);
  if (!before.length) return [];
  if (receiveVerbs.scan(ctx.words, from, before[before.length - 1]!.word).length) return many ? [] : before.slice(-1);
  const subject = before[0]!;
  const next = before[1];
  // (Joined by و, maybe past the second leader's titles: بوتين والمستشارة الألمانية ميركل.)
  const end = subject.mention ? subject.mention.tokenEnd - base(ctx) : subject.word + 1;
  const joined = next && end < next.word && tokenAt(ctx.words, end).prefixes[0] === 'و'
    && Array.from({ length: next.word - end }, (_, n) => end + n).every((k) => ctx.mentionAt[k] || ctx.covered[k] || titles.matchAt(ctx.words, k) !== null)
    ? next : next && coordinatedBefore(ctx, from, next)?.word === subject.word ? next : null;
  if (many) return joined ? [subject, joined] : [];
  return joined ? [] : [subject];
}

/**
 * جولة قادته إلى …: the object pronoun's leader, the subject of the sentence (subjectOf). A pronoun with
 * no leader before it in its sentence is left unread: the leader in focus is as often the one the last
 * sentence spoke of as the traveller (وصرح على متن الطائرة عائدا من جولة نقلته … أن بوتين … الأسد).
 */
function traveller(ctx: SentenceContext, m: Match): Arg[] {
  return subjectOf(ctx, 0, m.anchor, /(هما|هم)$/.test(tokenAt(ctx.words, m.slots.get('verb')!.from).norm));
}

/**
 * قادما من الرياض، بعد محطة أولى في بروكسل: the leader a circumstance of the clause is told of, its subject
 * (subjectOf, the plural participle taking the joined subjects); none when the subject and an object are
 * both leaders (التقى بوتين أوباما قادما من), save a reception's guest. A clause after a comma that names no
 * leader is the sentence subject's, unless a complementiser opens it.
 */
function circumstantial(ctx: SentenceContext, m: Match): Arg[] {
  const [ca, cb] = ctx.clause(m.anchor);
  const leaders = ctx.argsIn(ca, m.anchor).filter(isLeaderArg);
  const many = /(ين|ون|ان|تين)$/.test(tokenAt(ctx.words, m.anchor).norm);
  // (The subject and an object both leaders, no reception: the circumstance may be either's.)
  if (leaders.length > 1 && !many && !receiveVerbs.scan(ctx.words, ca, leaders[leaders.length - 1]!.word).length) return [];
  if (leaders.length) return subjectOf(ctx, ca, m.anchor, many);
  return ca > 0 ? [actorOutside(ctx, ca, cb, m.anchor)].filter(isLeaderArg).filter((a) => a.word < m.anchor) : [];
}
const arriveSubjectWords = new Set(L.visit.arrive_subject_words.flatMap(phraseWords));
const leaderGroups = new PhraseTable<true>().addAll(L.visit.leader_groups, true);
const honorifics = new PhraseTable<true>().addAll(L.visit.honorifics_before_name, true);
const patterns = lazy(() => loadPatterns('visits.yaml', L, {
  predicates: {
    nisba: (ctx, i) => ctx.mention(i)?.via === 'nisba',
    // A place introduced by ب or في, on itself or on the place noun before it (بهانوي، في العاصمة الفيتنامية هانوي).
    'at-place': (ctx, i) => {
      const m = ctx.mention(i);
      if (!m || !isPlaceAt(ctx, i, m)) return false;
      for (let k = i; k >= Math.max(0, i - 2); k--) {
        if (tokenAt(ctx.words, k).prefixes.includes('ب')) return k === i || placeNouns.matchAt(ctx.words, k) !== null;
        if (k > 0 && atPreps.matchAt(ctx.words, k - 1, k)) return k === i || placeNouns.matchAt(ctx.words, k) !== null;
        if (k < i && !(ctx.mention(k)?.via === 'nisba' || ctx.covered[k])) return false;
      }
      return false;
    },
  },
  fillers: {
    // مغادرته: the possessor is the leader named last before the noun in its sentence.
    possessor,
    traveller,
    circumstantial,
    // خلال قمة: the subject of the clause the gathering is the circumstance of, named before it in
    // that clause and not inside a relative clause (القرار الذي اتخذ خلال قمة: not who decided).
    attendee: (ctx, m) => {
      const ca = pastApposedName(ctx, ctx.clause(m.anchor)[0]);
      const dest = m.slots.get('destination')?.to ?? m.anchor;
      // وفي قمة … في كوالالمبور، سعى كيري: a gathering opening its clause frames the act of the verb after it.
      const lead = m.slots.get('lead')?.from ?? -1;
      const framed = lead === ca && tokenAt(ctx.words, ca).prefixes[0] === 'و' ? subjectAfterFrame(ctx, dest) : null;
      const last = ctx.argsIn(ca, m.anchor).filter(isLeaderArg).pop() ?? setOffAfter(ctx, ca, dest) ?? framed
        ?? droppedAttendee(ctx, ca, lead);
      if (!last) return [];
      for (let k = last.word + 1; k < m.anchor; k++) if (RELATIVES.has(tokenAt(ctx.words, k).stem)) return [];
      return [last];
    },
  },
  conditions: {
    // The event is where the dateline puts it only while no other place is named (GUIDELINES, Visits).
    'off-dateline': (ctx) => !datelineHolds(ctx),
    // The gathering the noun refers back to is placed nowhere, or the sentence sets its act in another state.
    'unplaced-gathering': (ctx, m) => gatheringOf(ctx, m) === null,
    // وحضره فلان: the pronoun stands for a gathering only when the sentence has placed one before it.
    'unplaced-here': (ctx, m) => { const g = gatheringOf(ctx, m); return !g || g.sentence !== ctx.index || g.word > m.anchor; },
    remote: (ctx) => remoteCues.scan(ctx.words).length > 0,
    // توقيع فلان: a signing no one is told to witness or attend before it in the sentence (شهد، حضر، بحضور).
    unwitnessed: (ctx, m) => !ctx.words.slice(0, m.anchor).some((_, k) => attendVerbs.matchAt(ctx.words, k, m.anchor) || attendNouns.matchAt(ctx.words, k, m.anchor)),
    // مؤتمر صحافي عن الوضع في سوريا: a place after a word opening the gathering's topic is what it was about.
    'topic-place': (ctx, m) => betweenEventAndPlace(ctx, m, gatheringTopics),
    // A resident or posted official speaks where he serves (السفير الفرنسي في الرياض).
    posted: (ctx, m) => (m.slots.get('actor')?.segments ?? []).flatMap(([a, b]) => ctx.argsIn(a, b))
      .some((a) => isPosted(a) || RESIDENT_OFFICES.has(a.leader?.office ?? '')),
    // التقى بوتين في الرياض السفير الصيني لدى اليمن: a meeting with a posted official tells no trip of either
    // side (meetings.ts reads it so: an exiled or resident leader receives envoys where he lives).
    // The one met may stand past a comma after the place (التقى هادي، أمس في الرياض، تيان تشي السفير الصيني).
    'met-posted': (ctx, m) => {
      if (m.slots.get('verb')?.label !== 'met') return false;
      const to = sentenceStop(ctx.words, m.anchor, windowOf('destination'));
      return postedTitleWords.scan(ctx.words, m.anchor, to).length > 0
        || ctx.argsIn(m.anchor, to).some((a) => isPosted(a) || RESIDENT_OFFICES.has(a.leader?.office ?? ''));
    },
    // مؤتمر صحافي مع سفير مصر في موسكو: a place after a posted official's title is his post, not where the gathering was.
    'posted-title-place': (ctx, m) => betweenEventAndPlace(ctx, m, postedTitleWords),
    // A UN officer (the Secretary-General) speaking where the UN sits is at home (بان كي مون للصحفيين في نيويورك).
    'at-un-seat': (ctx, m) => {
      const at = m.slots.get('destination')?.from;
      return at !== undefined && unSeat.matchAt(ctx.words, at) !== null && (m.slots.get('actor')?.segments ?? []).flatMap(([a, b]) => ctx.argsIn(a, b))
        .some((a) => isUNBody(a.leader?.state ?? ''));
    },
    // ولم يصل بوتين إلى هانوي قادما من بيونغ يانغ: a circumstance shares the modality of its subject's act.
    'subject-not-fact': (ctx, m): boolean => circumstantial(ctx, m).some((a) => modalityAt(ctx.words, a.word).modality !== 'fact'),
    // وفدا قادما من: the participle right after an indefinite noun describes it (no article, no name, no date).
    'described-noun': (ctx, m) => {
      const k = m.anchor - 1;
      if (k < 0 || ctx.mentionAt[k] || ctx.covered[k] || ctx.dates.some((d) => d.from <= k && k < d.to)) return false;
      const t = tokenAt(ctx.words, k);
      return /\p{L}/u.test(t.norm) && !t.prefixes.includes('ال') && !adverbs.matchAt(ctx.words, k);
    },
    'not-fact': (ctx, m) => modalityAt(ctx.words, m.anchor).modality !== 'fact' || plannedClause(ctx, ...ctx.clause(m.anchor)),
    // حل الوزير الأزمة بالرياض: a word beside the subject that is no name, title or auxiliary is an object.
    // A leaders' group heading a conjunct (قادة دول الاتحاد الأوروبي الثماني والعشرين ورئيس الوزراء …)
    // carries its genitive and adjectives up to the next conjunct: part of the subject.
    'actor-not-alone': (ctx, m) => (m.slots.get('actor')?.segments ?? []).some(([a, b]) => {
      let group = false;
      // The rest of a leader's name his mention left out (الملك سلمان بن عبدالعزيز) is his name too.
      let nameEnd = -1;
      for (let k = a; k < b; k++) {
        const t = tokenAt(ctx.words, k);
        if (ctx.mention(k)?.kind === 'Leader') nameEnd = ctx.pastName(ctx.after(k));
        const named = !!ctx.mentionAt[k] || ctx.covered[k] || !!titles.matchAt(ctx.words, k) || k < nameEnd;
        if (leaderGroups.matchAt(ctx.words, k)) group = true;
        else if (named && t.prefixes[0] === 'و') group = false;
        if (!named && !group && !arriveSubjectWords.has(t.norm) && !arriveSubjectWords.has(t.stem)) return true;
        // وزير خارجية أوباما: a leader in construct after a bare title is its holder's complement, not the doer.
        const before = k > a ? tokenAt(ctx.words, k - 1) : null;
        if (ctx.mention(k)?.kind === 'Leader' && before && !ctx.mentionAt[k - 1] && !before.prefixes.includes('ال') && titles.matchAt(ctx.words, k - 1) && !honorifics.matchAt(ctx.words, k - 1)) return true;
      }
      return false;
    }),
  },
}));
const adjuncts = patterns;
/** Does a phrase of `table` stand between a gathering's noun (slot event) and its place (slot destination)? */
function betweenEventAndPlace(ctx: SentenceContext, m: Match, table: PhraseTable<true>): boolean {
  const from = m.slots.get('event')?.segments[0]?.[1];
  const to = m.slots.get('destination')?.segments[0]?.[0];
  return from !== undefined && to !== undefined && table.scan(ctx.words, from, to).length > 0;
}

/**
 * The dropped subject of an attend verb that opens its clause right before the gathering's lead (… إذ زار
 * أسمرة، كما شارك الخميس الماضي في القمة … في كمبالا): the sentence's actor, else the leader in focus, as
 * for a visit verb opening its clause.
 */
function droppedAttendee(ctx: SentenceContext, ca: number, lead: number): LeaderArg | null {
  if (lead <= ca) return null;
  for (let v = ca; v < lead; v++) {
    const verb = attendVerbs.matchAt(ctx.words, v, lead);
    if (!verb || adjuncts().pastAdjuncts(ctx, verb.to) !== lead || !opensClause(ctx, v, ca)) continue;
    return leaderOnly(ctx.actor(ca, ctx.clause(lead)[1], true)) ?? leaderOnly(ctx.focusLeader(v));
  }
  return null;
}

/**
 * The leader right before a comma that opens the insertion holding the words up to i (وقال أوباما، في
 * مؤتمر صحافي في أديس أبابا، إن …): the subject the inserted circumstance is told of. A place past the
 * insertion's close is no longer the circumstance's (، في منتدى سانت بطرسبرغ، حيث قال: لست في بروكسل).
 */
function setOffAfter(ctx: SentenceContext, ca: number, i: number): LeaderArg | null {
  const w = ctx.words;
  if (ca < 2 || tokenAt(w, ca - 1).norm !== ',' || pastParenthetical(w, ca - 1) < i) return null;
  const prev = ctx.argsIn(ctx.clause(ca - 2)[0], ca - 1).filter(isLeaderArg).pop();
  return prev && ctx.after(prev.word) === ca - 1 ? prev : null;
}
/** The engine's matches of one sentence, read once. */
const matchCache = new WeakMap<SentenceContext, Match[]>();
const matchesOf = (ctx: SentenceContext): Match[] => {
  let m = matchCache.get(ctx);
  if (!m) { m = patterns().run(ctx); matchCache.set(ctx, m); }
  return m;
};

/** Talks by video or telephone (عبر الاتصال المرئي): nobody travels for them (meetings.ts too). */
export const remoteCues = new PhraseTable<true>().addAll(L.visit.remote_cues, true);
const sides = new PhraseTable<true>().addAll(L.visit.sides, true);
const listJoiners = new PhraseTable<true>().addAll(L.visit.list_joiners, true);
const attendVerbs = new PhraseTable<true>().addAll(L.visit.attend_verbs, true);
const attendNouns = new PhraseTable<true>().addAll(L.visit.attend_nouns, true);
/** Offices of a state's own head of state or government (lexicon `host_offices`). */
export const HOST_OFFICES = new Set(L.host_offices);
const placePrepWords = new Set([...L.at, ...L.to].filter(apart).flatMap(phraseWords));
/**
 * Does the article's dateline still place this sentence: one of its first sentences, and neither it
 * nor any sentence since the dateline names another place (a wire desk in Washington reporting an
 * event it names in Riyadh)? The sentence itself names no place at all beside the dateline.
 */
function datelineHolds(ctx: SentenceContext): boolean {
  const dl = datelineOf(ctx.doc);
  if (!dl || ctx.headline || ctx.index >= windowOf('dateline_sentences')) return false;
  const t = ctx.doc.tokens;
  const placed = (m: Mention): boolean => tokenAt(t, m.tokenStart).prefixes.includes('ب')
    || [1, 2].some((j) => { const p = t[m.tokenStart - j]; return !!p && p.sentence === m.sentence && placePrepWords.has(p.norm); });
  // In the sentence itself a city or capital of another state moves the act; a state by its name or alias
  // only as a place (في مصر، إلى الأردن), never a capital: a state named as an actor or an origin (وتشارك
  // مصر بوفد، وفود من الإمارات) does not. A venue in a written dateline's own state keeps it there (بكين -
  // واس: … في قاعة الشعب الكبرى ببكين); the opening place (no dateline) places the sentences after it only,
  // but the same city named again keeps the act there (فيينا … في مؤتمر عقد في فيينا، بعدما حضر الوزراء).
  const opening = ctx.index === dl.sentence && dl.end === 0;
  const sameCity = (m: Mention): boolean => (m.kind === 'City' || m.via === 'capital') && m.tokenStart !== dl.mention.tokenStart
    && tokenAt(t, m.tokenStart).stem === tokenAt(t, dl.mention.tokenStart).stem;
  // The place a leader came from (وحضر الرئيس الجلسة قادما من الرياض، قادما من العاصمة الصينية بكين) is
  // his origin, not where the act is.
  const origin = (k: number): boolean => {
    for (let p = k - 1; p >= Math.max(1, k - 3); p--) {
      if (routeFromPreps.matchAt(ctx.words, p, p + 1)) return !!originParticiples.matchAt(ctx.words, p - 1, p);
      const m = ctx.mention(p);
      if (!placeNouns.matchAt(ctx.words, p, p + 1) && !(m?.kind === 'State' && m.via === 'nisba')) return false;
    }
    return false;
  };
  for (let k = ctx.index === dl.sentence ? dl.end : 0; k < ctx.words.length; k++) {
    const m = ctx.mention(k);
    if (m && !sameCity(m) && !origin(k) && (opening || (m.kind === 'City' ? m.state : m.id) !== dl.state) && (m.kind === 'City' || (m.kind === 'State' && m.via !== 'nisba' && (m.via === 'capital' || placed(m))))) return false;
  }
  return !ctx.doc.mentions.some((m) => m.sentence >= dl.sentence && m.sentence < ctx.index && m !== dl.mention
    && (m.kind === 'City' || (m.kind === 'State' && m.via !== 'nisba')) && (m.kind === 'City' ? m.state : m.id) !== dl.state && placed(m));
}

/**
 * The place the article's dateline gives this sentence's act, while it holds (datelineHolds): where a
 * meeting the sentence does not place was held (meetings.ts).
 */
export function datelinePlace(ctx: SentenceContext): { state: string; city: string | null; date: string | null } | null {
  const dl = datelineOf(ctx.doc);
  return dl && datelineHolds(ctx) ? dl : null;
}

const senderNouns = new Set(L.sender_nouns.flatMap(phraseWords));
/**
 * Is leader `a` named as the sender of an envoy, in construct right after the envoy's noun (سفير خادم
 * الحرمين الشريفين، بمبعوث رئيس الوزراء العراقي حيدر العبادي)? The envoy was there, not he.
 */
export function sentFor(ctx: SentenceContext, a: Arg): boolean {
  const w = ctx.words;
  const sender = (k: number): boolean => !tokenAt(w, k).prefixes.includes('ال') && senderNouns.has(tokenAt(w, k).stem);
  // Back over the sender's titles and nisba (بمبعوث رئيس الوزراء العراقي حيدر العبادي).
  for (let k = (a.mention ? a.mention.tokenStart - ctx.sentence.tokenStart : a.word) - 1, n = 0; k >= 0 && n < windowOf('sender_titles'); k--, n++) {
    if (sender(k)) return true;
    if (!titles.matchAt(w, k, k + 1) && ctx.mentionAt[k]?.kind !== 'Office' && ctx.mentionAt[k]?.via !== 'nisba') return false;
  }
  return false;
}

/** Is leader `a` one who lives where he serves abroad or at a body's seat (an ambassador, a permanent representative)? */
export const residentAbroad = (a: LeaderArg): boolean => isPosted(a) || [RESIDENT_OFFICES, BODY_DELEGATES].some((o) => o.has(a.mention?.office ?? a.leader.office ?? ''));

/** A leader of another state attending an event, or meeting the host's head, where the dateline puts the article. */
function datelineVisits(ctx: SentenceContext): VisitFact[] {
  const dl = datelineOf(ctx.doc);
  if (!dl) return [];
  return matchesOf(ctx).filter((m) => m.pattern.group === 'dateline').flatMap((m) => attendedAt(ctx, m, dl.date ? dl : { ...dl, ...leadDay(ctx, dl) }));
}

/**
 * The day the dispatch's lead tells its news by (افتتح الرئيس أمس الخميس …): the first day told from the
 * writer's day (أمس، اليوم، a weekday) in the sentences from the dateline's up to this one. An attendance
 * the dateline places and its own sentence leaves undated (وتقدم الحضور …) is of that day's event.
 */
function leadDay(ctx: SentenceContext, dl: Dateline): { date: string | null; dateRule?: string } {
  for (let s = dl.sentence; s < ctx.index; s++) {
    // Not the dateline's own words (الإسماعيلية - اليوم: the paper's name).
    const d = ctx.sentenceAt(s).dates.find((x) => (s > dl.sentence || x.from >= dl.end) && x.precision === 'day' && x.date && !x.future
      && (x.rule === 'relative' || x.rule === 'weekday'));
    if (d) return { date: d.date, dateRule: 'lead-day' };
  }
  return { date: null };
}

/**
 * A leader's guest (visit:host-guest: وقع الرئيس وضيفه الأمير فلان): the guest came to the host's state.
 * The host is the leader named last before the possessive in its clause; neither is a posted official.
 * A place the sentence names in another state than the host's (a city, a capital, a state after
 * في/ب/إلى) leaves where the guest came untold.
 */
function guestVisits(ctx: SentenceContext): VisitFact[] {
  return matchesOf(ctx).filter((m) => m.pattern.group === 'guest').flatMap((m) => {
    const [ca] = ctx.clause(m.anchor);
    const host = ctx.argsIn(ca, m.anchor).filter(isLeaderArg).pop();
    const guest = patterns().argsOf(ctx, m, 'actor').filter(isLeaderArg)[0];
    const to = host?.leader.state;
    if (!host || !guest || !to || !guest.leader.state || guest.leader.state === to || [host, guest].some((a) => residentAbroad(a) || sentFor(ctx, a) || genericOffice(ctx, a) || formerTitled(ctx, a))) return [];
    if (placedElsewhere(ctx, to)) return [];
    const { date, rule } = ctx.dateFor(m.anchor, true, presentAt(ctx, m.anchor, [host, guest], to));
    return [{
      type: 'visit', visitor: guest.leader.ref, to, city: null, date, status: 'done', host: host.leader.ref,
      evidence: [ctx.evidence(Math.min(host.word, m.anchor), guest.word + 1, `${m.pattern.id}|date:${rule}`, m.pattern.confidence)],
    }];
  });
}

/**
 * Does the sentence set its act in another state than `state`: a city or capital of another state, or
 * another state set by ب or a place preposition within two words before it (في، إلى)?
 */
function placedElsewhere(ctx: SentenceContext, state: string, bare = true): boolean {
  const w = ctx.words;
  const placed = (k: number): boolean => tokenAt(w, k).prefixes.includes('ب')
    || [1, 2].some((j) => k >= j && [tokenAt(w, k - j).norm, tokenAt(w, k - j).stem].some((x) => placePrepWords.has(x)));
  for (let k = 0; k < w.length; k++) {
    const p = ctx.mention(k);
    if (p && isPlaceAt(ctx, k, p) && ((bare && (p.kind === 'City' || p.via === 'capital')) || placed(k)) && (p.kind === 'City' ? p.state : p.id) !== state) return true;
  }
  return false;
}

/** Leaders of another state attending a gathering the article has placed (القمة التي عقدت في الرياض … وشارك في القمة فلان). */
function gatheringVisits(ctx: SentenceContext): VisitFact[] {
  return matchesOf(ctx).filter((m) => m.pattern.group === 'gathering').flatMap((m) => {
    const g = gatheringOf(ctx, m);
    return g ? attendedAt(ctx, m, { ...g, date: gatheringDate(ctx, g) }) : [];
  });
}

/**
 * The day an earlier sentence tells a placed gathering was held (مؤتمر برلين، الذي استضافته ميركل أمس
 * الأحد): its attendees were there that day, when their own clause tells none. Only a day the text
 * gives there, never the article's own date.
 */
function gatheringDate(ctx: SentenceContext, g: PlacedGathering): string | null {
  if (g.sentence >= ctx.index) return null;
  const { date, rule } = ctx.sentenceAt(g.sentence).dateFor(g.act, true);
  return rule === 'none' || rule === 'published' ? null : date;
}

/**
 * The placed gathering a match's event noun refers back to: the last placement of that noun in this
 * sentence or before (with no event noun, as at a seat at the table, the last placement of any
 * gathering), unless the sentence names a place of another state (a city, a capital, a state after في/ب/إلى).
 */
function gatheringOf(ctx: SentenceContext, m: Match): PlacedGathering | null {
  const ev = m.slots.get('event');
  const key = ev ? gatheringKey(ctx.doc, ctx.index, ev.from) : '*';
  if (!key) return null;
  const g = placedGatherings(ctx.doc, { place: windowOf('gathering_place'), venue: windowOf('venue_city'), before: windowOf('gathering_place_before') }).filter((x) => (key === '*' || x.key === key) && x.sentence <= ctx.index).pop();
  if (!g) return null;
  // Only a place the sentence sets something in (في، إلى، ب) moves the gathering: a city named bare is an
  // object or an origin (أعلنوا القدس عاصمة، القادم من موسكو).
  return placedElsewhere(ctx, g.state, false) ? null : g;
}

/** The visits of those a match names as attending (or meeting the host's head) at a place: each leader of another state who is not resident there. */
function attendedAt(ctx: SentenceContext, m: Match, at: { state: string; city: string | null; date: string | null; dateRule?: string }): VisitFact[] {
  const who = [...patterns().argsOf(ctx, m, 'actor'), ...patterns().argsOf(ctx, m, 'host')].filter(isLeaderArg);
  if (m.pattern.id.startsWith('visit:attend-') || m.pattern.id === 'visit:signed-dateline') who.push(...attendeesAfter(ctx, who));
  // Meeting: one side must be the host state's own head of state or government.
  if (m.slots.has('host') && !who.some((h) => h.leader.state === at.state && HOST_OFFICES.has(h.leader.office ?? ''))) return [];
  const visitors = who.filter((v) => v.leader.state && v.leader.state !== at.state && !genericOffice(ctx, v) && !formerTitled(ctx, v)
    && !sentFor(ctx, v) && !residentAbroad(v));
  if (!visitors.length) return [];
  // An undated act the dateline places happened on the day it was filed from there.
  const own = ctx.dateFor(m.anchor, true, presentAt(ctx, m.anchor, visitors, at.state));
  const { date, rule } = own.date === null && at.date ? { date: at.date, rule: at.dateRule ?? 'dateline' } : own;
  const seen = new Set<string>();
  return visitors.filter((v) => !seen.has(v.leader.ref.id) && seen.add(v.leader.ref.id)).map((v): VisitFact => ({
    type: 'visit', visitor: v.leader.ref, to: at.state, city: at.city, date, status: 'done',
    host: hostIn(ctx, at.state, v.leader.ref.id),
    evidence: [ctx.evidence(Math.min(m.anchor, v.word), Math.max(m.anchor, v.word) + 1, `${m.pattern.id}|date:${rule}`, m.pattern.confidence)],
  }));
}

/** Visits the arrive and depart patterns read (وكان العثماني قد حل يوم الثلاثاء بكيغالي، قبل مغادرته إلى قطر). */
function arrivals(ctx: SentenceContext): VisitFact[] {
  return matchesOf(ctx).filter((m) => !['route', 'dateline', 'companion', 'gathering', 'guest'].includes(m.pattern.group)).flatMap((m) => {
    const at = m.slots.get('destination')!.from;
    const place = ctx.mention(at);
    const state = place ? stateOf(place) : null;
    // A gathering's relative clause names who it brought together, with مع or ب too (جمعته مع بوتين):
    // those are the attendees, and the pronoun's leader beside them. Told in passing, it is dated
    // only by its own clause.
    const gathered = m.slots.get('verb')?.label === 'pronoun' || m.slots.get('verb')?.label === 'named';
    const who = gathered
      ? (m.slots.get('actor')?.segments ?? []).flatMap(([a, b]) => ctx.argsIn(a, b, { obliques: true })).filter(isLeaderArg)
      : patterns().argsOf(ctx, m, 'actor').filter(isLeaderArg);
    if (m.slots.get('verb')?.label === 'pronoun') who.push(...possessor(ctx, m).filter(isLeaderArg));
    // بحضور أ، وب، وج: each listed attendee was there too.
    if (m.pattern.id === 'visit:attend-noun-at') who.push(...attendeesAfter(ctx, who));
    const carried = m.pattern.group === 'tour-carried';
    if (m.pattern.group === 'origin') return carriedStops(ctx, m, { state: state ?? '', city: place ? ctx.cityName(at, place) : null, word: at }, who.filter((v) => !genericOffice(ctx, v) && !formerTitled(ctx, v)));
    const visitors = who.filter((v) => v.leader.state && (carried || v.leader.state !== state) && !genericOffice(ctx, v) && !formerTitled(ctx, v));
    if (!place || !state || !visitors.length) return [];
    if (carried) return carriedStops(ctx, m, { state, city: ctx.cityName(at, place), word: at }, visitors);
    // A later leg after the place (جولته في بيونغ يانغ ثم انتقل إلى هانوي يوم الأربعاء): a date past it is that leg's.
    const later = laterLeg.scan(ctx.words, at + 1, ctx.clause(at)[1])[0]?.from;
    const { date, rule } = gathered ? clauseDate(ctx, m.anchor, ctx.clause(m.anchor)[1])
      : ctx.dateFor(m.anchor, true, presentAt(ctx, m.anchor, visitors, state), later === undefined ? {} : { until: later });
    const seen = new Set<string>();
    return visitors.filter((v) => !seen.has(v.leader.ref.id) && seen.add(v.leader.ref.id)).map((v): VisitFact => ({
      type: 'visit', visitor: v.leader.ref, to: state, city: ctx.cityName(at, place), date, status: 'done',
      host: hostIn(ctx, state, v.leader.ref.id),
      evidence: [ctx.evidence(Math.min(m.anchor, v.word), Math.max(at, v.word) + 1, `${m.pattern.id}|date:${rule}`, m.pattern.confidence)],
    }));
  });
}

/**
 * The stops of a journey that carried its travellers (جولة قادته إلى القاهرة وعمان، مبادرة حملت ميركل
 * وهولاند إلى كييف في الخامس من شباط، ثم إلى موسكو): the first place and those coordinated after it, each
 * of another state than the traveller's. Told in passing, the first is dated by its own clause from the
 * verb on; a later stop by the stretch past ثم that holds it, else only by a date coarser than a day.
 */
function carriedStops(ctx: SentenceContext, m: Match, first: Destination, visitors: LeaderArg[]): VisitFact[] {
  if (!first.state) return [];
  // An origin is dated only by a relative on it whose verb carries its pronoun (من الرياض، التي وصلها الخميس).
  const { date, rule } = m.pattern.group === 'origin' ? resumedDate(ctx, first.word) : clauseDate(ctx, m.anchor, ctx.clause(m.anchor)[1]);
  const listed = coordinatedStops(ctx, first);
  const stretchDate = stretchDatesOf(ctx, listed, true);
  const stops: { d: Destination; date: string | null; rule: string }[] = [{ d: first, date, rule }, ...listed.map((s) => (s.then !== undefined ? { d: s, ...(stretchDate(s) ?? { date: null, rule: 'none' }) }
    : date && date.length > 7 ? { d: s as Destination, date: null, rule: 'none' } : { d: s as Destination, date, rule }))];
  const seen = new Set<string>();
  return visitors.flatMap((v) => stops.filter((s) => s.d.state !== v.leader.state && !seen.has(`${v.leader.ref.id}|${s.d.state}`) && seen.add(`${v.leader.ref.id}|${s.d.state}`))
    .map((s): VisitFact => ({
      type: 'visit', visitor: v.leader.ref, to: s.d.state, city: s.d.city, date: s.date, status: 'done',
      host: hostIn(ctx, s.d.state, v.leader.ref.id),
      evidence: [ctx.evidence(Math.min(m.anchor, v.word), Math.max(s.d.word, v.word) + 1, `${m.pattern.id}|date:${s.rule}`, m.pattern.confidence)],
    })));
}

/** The day a relative right after the place at word k tells with a verb carrying its pronoun (، التي وصلها الخميس). */
function resumedDate(ctx: SentenceContext, k: number): { date: string | null; rule: string } {
  const w = ctx.words;
  let r = ctx.after(k);
  if (r < w.length && tokenAt(w, r).norm === ',') r++;
  if (r + 1 >= w.length || !RELATIVES.has(tokenAt(w, r).stem) || !resumptiveVerbs.matchAt(w, r + 1)) return { date: null, rule: 'none' };
  return clauseDate(ctx, r, ctx.clause(r + 1)[1]);
}

/**
 * Visits and meetings need a leader named by then (in the sentence or before, for a dropped subject).
 * Takes a sentence's place, not its context, so relate can ask before building one (`ready`).
 */
const firstLeader = new WeakMap<object, number>();
export function leaderNamedBy(at: SentencePlace): boolean {
  let first = firstLeader.get(at.doc);
  if (first === undefined) { first = at.doc.mentions.find((m) => m.kind === 'Leader')?.sentence ?? Infinity; firstLeader.set(at.doc, first); }
  return at.index >= first;
}

register({
  relation: 'visit',
  anchors: () => [...visitAnchors(), ...patterns().anchors()],
  titleAnchors: () => patterns().anchors(true),
  ready: leaderNamedBy,
  find: (ctx): Fact[] => {
    if (!leaderNamedBy(ctx)) return [];
    const found = findVisits(ctx);
    // (A journey's stops the finder read already, after a visit noun: جولة نقلته إلى، are one record.)
    const read = [...found, ...arrivals(ctx).filter((a) => !/^visit:(tour-carried|origin-from)/.test(a.evidence[0]!.rule) || !found.some((v) => v.visitor.id === a.visitor.id && v.to === a.to))];
    const same = (v: VisitFact, d: VisitFact): boolean => v.visitor.id === d.visitor.id && v.to === d.to;
    // The dateline only supplies a place the sentence's own reading lacks: never a second record of one visit.
    read.push(...gatheringVisits(ctx).filter((d) => !read.some((v) => same(v, d))));
    read.push(...guestVisits(ctx).filter((d) => !read.some((v) => same(v, d))));
    // A meeting the dateline places (meetings.ts) yields to a dateline pattern's reading of the same visit.
    const dated = datelineVisits(ctx);
    const kept = read.filter((v) => !v.evidence[0]!.rule.startsWith('visit:meeting-dateline|') || !dated.some((d) => same(v, d)));
    const placed = dated.filter((d) => !kept.some((v) => same(v, d)));
    return [...kept, ...placed, ...companionVisits(ctx, [...kept, ...placed])];
  },
  patterns,
});

function pastDates(ctx: SentenceContext, k: number): number {
  for (let d = ctx.dates.find((x) => x.from === k); d; d = ctx.dates.find((x) => x.from === k)) k = d.to;
  return k;
}

/**
 * Is the clause [ca, cb) one told as still to come: a future verb (سيلتقي، سيعقد), a future date or a
 * cue that the meeting is ahead (من المتوقع، المرتقب، القادم) in it?
 */
export function plannedClause(ctx: SentenceContext, ca: number, cb: number): boolean {
  const w = ctx.words;
  for (let k = ca; k < cb; k++) {
    if (futureAt(ctx, k)) return true;
  }
  // القادم من موسكو is "coming from": a route, not the next one.
  // (Only right after the guest's name: الأسبوع القادم من أجل… is still next week.)
  const base0 = ctx.sentence.tokenStart;
  const guestBefore = (k: number): boolean => ctx.doc.mentions.some((m) => (m.kind === 'Leader' || m.kind === 'Office') && m.sentence === ctx.index && m.tokenEnd - base0 === k);
  const coming = (h: { from: number; to: number }): boolean => comingFrom.has(tokenAt(w, h.from).stem) && routeFromPreps.matchAt(w, h.to, cb) !== null
    && guestBefore(h.from);
  if (meetingAhead.scan(w, ca, cb).some((h) => !coming(h))) return true;
  return ctx.dates.some((d) => d.future && d.from >= ca && d.to <= cb);
}


/**
 * The attendees listed after the first one (حضرها بوريطة، ووزير الخارجية الإسباني ألباريس؛ بحضور هادي،
 * ومحمد بن زايد ولي عهد أبوظبي، والزبيدي): each و-joined leader, past an apposition of office words
 * after the one before, attended too. The list ends at the first item that is no leader (وقال …).
 */
function attendeesAfter(ctx: SentenceContext, first: LeaderArg[]): LeaderArg[] {
  const head = first[first.length - 1];
  if (!head) return [];
  const w = ctx.words;
  const stop = sentenceStop(w, head.word, w.length);
  const out: LeaderArg[] = [];
  let k = head.mention ? head.mention.tokenEnd - base(ctx) : head.word + 1;
  for (let n = 0; n < windowOf('attendees') && k < stop; n++) {
    // Past the office words in apposition to the last name (محمد بن زايد آل نهيان ولي عهد أبوظبي), and the
    // rest of the item up to its comma when one closes it soon (الشيخ تميم بن حمد، رئيس جمهورية مصر العربية،).
    // An item joined by «، إلى جانب» (، بالإضافة إلى) after its comma, as by و.
    const joinerAt = (j: number) => (j > 0 && tokenAt(w, j - 1).norm === ',' ? listJoiners.matchAt(w, j, stop) : null);
    while (k < stop && tokenAt(w, k).prefixes[0] !== 'و' && !joinerAt(k)) {
      if (tokenAt(w, k).norm === ',' || ctx.mention(k) || ctx.covered[k] || titles.matchAt(w, k, stop)) { k = ctx.mention(k) ? ctx.after(k) : k + 1; continue; }
      const comma = itemComma(ctx, k, stop);
      if (comma < 0) break;
      k = comma;
    }
    const joined = k < stop ? joinerAt(k) : null;
    if (k >= stop || (!joined && tokenAt(w, k).prefixes[0] !== 'و')) break;
    const from = joined ? joined.to : k;
    // وعن الجانب الباكستاني رئيس الوزراء …: the side each is listed for, then the name.
    const side = sides.matchAt(w, from, stop);
    const named = side && ctx.mention(side.to)?.via === 'nisba' ? ctx.after(side.to) : side?.to ?? from;
    const next = leaderAfter(ctx, named, stop);
    if (next === 'other' && titles.matchAt(w, named, stop)) {
      // A titled item whose name is not recognised (وسمو الشيخ فلان …، ودولة السيد …): a person of the
      // list all the same, which goes on after his comma.
      const comma = w.findIndex((t, j) => j > named && j < stop && t.norm === ',');
      if (comma < 0) break;
      k = comma;
      continue;
    }
    if (!next || next === 'other' || !isLeaderArg(next.arg)) break;
    out.push(next.arg);
    k = next.after;
  }
  return out;
}

/**
 * The comma that closes a list item's tail starting at k (بن حمد، الجمهورية العربية السورية،) within the
 * data's `attendee_office` words, or -1: none that soon, or a و-joined word or a relative pronoun first
 * (the tail is then a clause of its own: الذي قال …). A relative clause set off by commas right after the
 * item (هولاند، الذي حل ضيفا على الحفل، والملك …) describes him and is passed when it names no one.
 */
function itemComma(ctx: SentenceContext, k: number, stop: number): number {
  const w = ctx.words;
  const isRelative = (j: number) => RELATIVES.has(tokenAt(w, j).stem) || RELATIVES.has(tokenAt(w, j).norm);
  const enclosed = k > 0 && tokenAt(w, k - 1).norm === ',' && isRelative(k);
  for (let j = enclosed ? k + 1 : k; j < Math.min(stop, k + windowOf(enclosed ? 'attendee_relative' : 'attendee_office')); j++) {
    const t = tokenAt(w, j);
    if (t.norm === ',') return j;
    if (t.prefixes[0] === 'و' || isRelative(j) || (enclosed && ctx.mention(j))) return -1;
  }
  return -1;
}

/**
 * The companions of a visit read in the sentence (يرافقه وزير الخارجية X، برفقة X وY، ويضم الوفد المرافق
 * X): each leader of the visitor's own state in the list after the cue makes the same visit. The host's
 * officials (another state) are no companions; with no visit in the sentence there is none to join.
 */
function companionVisits(ctx: SentenceContext, visits: VisitFact[]): VisitFact[] {
  if (!visits.length) return [];
  const stateOfLeader = (id: string) => ctx.doc.mentions.find((x) => x.kind === 'Leader' && x.id === id)?.state ?? null;
  const out: VisitFact[] = [];
  for (const m of matchesOf(ctx).filter((x) => x.pattern.group === 'companion')) {
    const named = patterns().argsOf(ctx, m, 'actor').filter(isLeaderArg);
    for (const c of [...named, ...attendeesAfter(ctx, named)]) {
      const v = visits.find((x) => x.visitor.id !== c.leader.ref.id && stateOfLeader(x.visitor.id) === c.leader.state && c.leader.state !== x.to);
      if (!v || genericOffice(ctx, c) || formerTitled(ctx, c) || [...visits, ...out].some((x) => x.visitor.id === c.leader.ref.id && x.to === v.to)) continue;
      const rule = (v.evidence[0]?.rule ?? '').replace(/^[^|]*/, m.pattern.id);
      out.push({ ...v, visitor: c.leader.ref, evidence: [ctx.evidence(Math.min(m.anchor, c.word), c.word + 1, rule, m.pattern.confidence)] });
    }
  }
  return out;
}
