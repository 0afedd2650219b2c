/**
 * Agreements: an act of signing, concluding, reaching or exchanging (وقع، أبرم، توقيع، تبادل، توصل
 * إلى) whose object is an agreement noun (اتفاقية، معاهدة، مذكرة تفاهم…) becomes an AgreementFact
 * with its parties, signatories, kind, count, date and status. Input: a SentenceContext.
 * Output: AgreementFact[] (one per agreement mention; resolve/facts.ts merges mentions of one agreement).
 *
 * Word orders and windows around an act are data/patterns/agreements.yaml's, run by the pattern
 * engine; what stays here is listed in docs/relations.md (State of the port).
 */
import type { AgreementFact, EntityRef } from '../model.ts';
import { type Arg, inNewsWeek, isLeadSentence, type SentenceContext } from './context.ts';
import { agreementsLexicon as L, discourseLexicon, PhraseTable, phraseWords, visitsLexicon } from './lexicon.ts';
import { isFutureVerb, isPurpose, modalityAt } from './modality.ts';
import { datesLexicon } from './lexicon.ts';
import { findDates, hasMonthName } from './dates.ts';
import { isDigits, sentenceWords } from './words.ts';
import { lazy } from '../data.ts';
import { type CompiledPatterns, loadPatterns, type Match } from './patterns/engine.ts';
import { register } from './patterns/registry.ts';
import { normaliseArabic, tokenAt } from '../normalise/index.ts';
import { entryAhead, entryDescribed, entryForSigning, entryRecalled, entryTold, recorded, toldBy } from './registry.ts';

type Trigger = 'verb' | 'noun' | 'pending' | 'participle' | 'issue';

const triggers = new PhraseTable<Trigger>()
  .addAll(L.done.verbs, 'verb')
  .addAll(L.done.nouns, 'noun')
  .addAll(L.pending.verbs, 'pending')
  .addAll(L.issue.verbs, 'issue');
const issuedNouns = new PhraseTable<true>().addAll(L.issue.nouns, true);
const resumptive = new PhraseTable<true>().addAll(L.relative.verbs, true);
const companyWords = new PhraseTable<true>().addAll(L.one_party.company_words, true);
const contractNouns = new PhraseTable<true>().addAll(L.contract_nouns, true);
const sportsNouns = new PhraseTable<true>().addAll(L.private_signers, true);
const privateNouns = new PhraseTable<true>().addAll(L.private_signers, true).addAll(L.one_party.company_words, true);
const vagueSides = new PhraseTable<true>().addAll(L.one_party.vague_sides, true).addAll(L.one_party.region_sides, true);
const countedNouns = new PhraseTable<true>().addAll(L.listed.counted, true);
const otherOpeners = new PhraseTable<true>().addAll(L.other_signer.openers, true);
const otherActs = new PhraseTable<true>().addAll(L.other_signer.acts, true);
const onBehalf = new PhraseTable<true>().addAll(L.other_signer.on_behalf, true);
const stateTitles = new PhraseTable<true>().addAll(discourseLexicon.state_titles, true);
const prepositions = new PhraseTable<true>().addAll(discourseLexicon.oblique_preps, true);
const listLeads = new PhraseTable<true>().addAll(L.listed.lead, true);
const partialLeads = new PhraseTable<true>().addAll(L.listed.partial_lead, true);
const openTails = new PhraseTable<true>().addAll(L.listed.open_tail, true);
const openMembers = new PhraseTable<true>().addAll(L.listed.open_members, true);
const participles = new PhraseTable<true>().addAll(L.done.participles, true);
const adjacentParticiples = new PhraseTable<true>().addAll(L.done.adjacent_participles, true);
const nouns = new PhraseTable<'one' | 'many'>();
for (const n of L.nouns) nouns.addAll(n.words, n.number);
const consensus = new PhraseTable<true>().addAll(L.consensus_followers, true);
const kindCues = new PhraseTable<{ kind: string; group: string }>();
for (const k of L.kinds) kindCues.addAll(k.cues, { kind: k.kind, group: k.group });
const nameWords = new PhraseTable<true>().addAll(L.name_words, true);
const withPreps = new PhraseTable<true>().addAll(L.with, true);
const betweenPreps = new PhraseTable<true>().addAll(L.between, true);
const betweenPair = new PhraseTable<true>().addAll(L.between_pair, true);
/**
 * The sides after بين may be leaders named with their titles (بين السعودية والرئيس الفرنسي فرانسوا هولاند).
 * (Not after مع, which may be another noun's (مباحثات مع): a named leader there was measured to add a
 * wrong party on dev-test.)
 */
const TITLED = { titled: true, untitledAfter: new PhraseTable<true>().addAll(L.talks_before_between, true) };
const distributive = new PhraseTable<true>().addAll(L.distributive, true);
const adjunct = new PhraseTable<true>().addAll(L.adjunct_before, true);
const otherHeads = new PhraseTable<true>().addAll(L.between_other_heads, true);
const purposeBefore = new PhraseTable<true>().addAll(L.purpose_before, true);
const needBefore = new PhraseTable<true>().addAll(L.need_before, true);
const urgingVerbs = new PhraseTable<true>().addAll(L.urged.verbs, true);
const urgingPreps = new PhraseTable<true>().addAll(L.urged.preps, true);
/** Is the verbal noun at i the object of an urging verb in its clause (طالبت السعودية مصر بتوقيع، حث الرئيس الصين على توقيع)? */
function urgedAt(ctx: SentenceContext, i: number, ca: number): boolean {
  const w = ctx.words;
  const governed = tokenAt(w, i).prefixes.includes('ب') || (i > 0 && urgingPreps.matchAt(w, i - 1, i) !== null);
  if (!governed) return false;
  for (let k = ctx.subjectClauseStart(ca); k < i; k++) if (urgingVerbs.matchAt(w, k, i)) return true;
  return false;
}
const reportVerbs = new PhraseTable<true>().addAll(L.second_hand.report_verbs, true);
const sourceNouns = new PhraseTable<true>().addAll(L.second_hand.source_nouns, true);
const negotiationHeads = new PhraseTable<true>().addAll(L.second_hand.negotiation_heads, true);
const numberWords = new PhraseTable<number>();
for (const n of datesLexicon.numbers) numberWords.addAll(n.words, n.value);
const pendingForms = new Set(L.pending.verbs.flatMap(phraseWords));
const futureOnly = new Set(L.pending.future_only.flatMap(phraseWords));
const subjunctive = new PhraseTable<true>().addAll(L.pending.subjunctive_lead, true);
/** Forms that are a pending signing only with the future prefix (ستوقع). */
const futureForms = new Set([...pendingForms, ...futureOnly]);
const signingStems = L.signing_stems.flatMap(phraseWords);
const objectSkip = new PhraseTable<true>()
  .addAll(L.object_skip, true).addAll(visitsLexicon.titles, true).addAll(visitsLexicon.adverbs, true).addAll(discourseLexicon.state_titles, true);
const genericKinds = new Set(L.generic_kinds);
/** Kinds of an instrument's form (a joint statement): they tell no registry entry by the kind alone (registry.ts entryTold, `form`). */
const formKinds = new Set(L.form_kinds);
const stateGroups = new Set(L.state_groups);
const sides = new PhraseTable<true>().addAll(L.sides, true);
const eventSubjects = new PhraseTable<true>().addAll(L.event_subjects, true);

/** Kind → group, for the merge rule in resolve/facts.ts. */
export const KIND_GROUP: ReadonlyMap<string, string> = new Map([
  ...L.kinds.map((k) => [k.kind, k.group] as [string, string]),
  [L.general_kind, L.general_kind],
  [L.batch_kind, L.kinds.find((k) => k.kind === L.batch_kind)?.group ?? L.batch_kind],
]);
export const GENERAL_KIND = L.general_kind;

/**
 * A report fits a registry entry of its kind's group (a defence pact inside a comprehensive strategic
 * partnership treaty). One whose words give no kind fits when dated by the text near the entry's day
 * (الاتفاق الذي أبرمته إيران … يوم 14 يوليو); recalled with no date at all, it is matched by its
 * parties instead (registry.ts, entryRecalled with kindless), never when it defaults to the article's
 * day (a report of today's signing).
 */
const kindFits = (entryKind: string, kind: string, dated: boolean): boolean =>
  kind === L.general_kind ? dated : (KIND_GROUP.get(entryKind) ?? entryKind) === (KIND_GROUP.get(kind) ?? kind);

/** The agreement noun starting at word i ([from, to)), or null (for references.ts). */
export function agreementNounAt(words: SentenceContext['words'], i: number): { from: number; to: number; one: boolean } | null {
  const hit = nouns.matchAt(words, i);
  return hit && !consensus.matchAt(words, hit.to) && !adjectiveAt(words, i) ? { from: hit.from, to: hit.to, one: hit.payload === 'one' } : null;
}

const adjectiveWords = new PhraseTable<true>().addAll(L.adjective_senses.words, true);
const adjectiveHeads = new PhraseTable<true>().addAll(L.adjective_senses.heads, true);
/** Is the word at i an adjective sense of an agreement noun, right after its noun (العلاقات الوثيقة)? */
const adjectiveAt = (words: SentenceContext['words'], i: number): boolean =>
  i > 0 && adjectiveWords.matchAt(words, i) !== null && adjectiveHeads.matchAt(words, i - 1, i) !== null;

const pairJoiners = new PhraseTable<true>().addAll(L.nisba_pair.joiners, true);
const pairQuotes = new PhraseTable<true>().addAll(L.nisba_pair.quotes, true);
const draftBefore = new PhraseTable<true>().addAll(L.nisba_pair.draft_before, true);
const prospectAfter = new PhraseTable<true>().addAll(L.nisba_pair.prospect_after, true);

/**
 * Agreements named with their two parties' nisbas (الاتفاق التركي - الأميركي، الاتفاق المصري
 * اليوناني; in a headline اتفاق سعودي - مصري): a noun so qualified presupposes a concluded agreement,
 * reported as a fact, unless a draft or a prospect. The construction is data/patterns/agreements.yaml's
 * agreement:nisba-pair*; what voids it is the conditions below.
 */
export function findNisbaPairs(ctx: SentenceContext): AgreementFact[] {
  const out: AgreementFact[] = [];
  // A nisba is needed: most sentences with an agreement noun have none.
  if (!ctx.doc.mentions.some((m) => m.sentence === ctx.index && m.kind === 'State' && m.via === 'nisba')) return out;
  for (const m of matches(ctx, 'nisba')) {
    const [obj, sa, sb] = ['object', 'a', 'b'].map((k) => m.slots.get(k)!);
    const a = ctx.mention(sa!.from)!;
    // The other side: a nisba, a name after مع, or a vague one (القوى الكبرى) that names no party.
    const b = sb!.label === 'vague' ? null : ctx.argFromMention(ctx.mention(sb!.from)!, sb!.from)?.party ?? null;
    if (!b && sb!.label !== 'vague') continue;
    // With a vague other side only a registry instrument of the named party is read.
    const fact = referredBack(ctx, m, obj!, sb!.to, text(ctx, obj!.from, sb!.to).replace(/["«»“”]/g, ''), [{ label: 'State', id: a.id }, ...(b ? [b] : [])], !b);
    if (fact) out.push(fact);
  }
  return out;
}

/**
 * Agreements referred back to by a definite noun and بين with their parties named (الاتفاق الأخير بين
 * أميركا وتركيا): concluded, with those parties, or the registry instrument of theirs from the weeks
 * before. The construction is agreement:between-pair; what voids it is its condition.
 */
export function findBetweenPairs(ctx: SentenceContext): AgreementFact[] {
  const out: AgreementFact[] = [];
  for (const m of matches(ctx, 'between')) {
    const [obj, sides] = [m.slots.get('object')!, m.slots.get('sides')!];
    out.push(referredBack(ctx, m, obj, sides.to, text(ctx, obj.from, sides.to), partiesOf(patterns().argsOf(ctx, m, 'sides')), false)!);
  }
  return out;
}

const ownDraft = new PhraseTable<true>().addAll(L.own_with.draft_before, true);
const ownNouns = new PhraseTable<true>().addAll(L.own_with.nouns, true);
/** The state of the official whose words hold "our agreement" (agreement:own-with): the sentence's first leader or office with a state outside the match. */
function speakerOf(ctx: SentenceContext, m: Match): EntityRef | null {
  const sides = m.slots.get('sides');
  const a = ctx.actor(m.anchor, sides ? sides.to : m.anchor + 1, true);
  return a?.party?.label === 'State' ? a.party : null;
}

/**
 * A speaker's agreement with a state (اتفاقنا مع الولايات المتحدة): his own state's, concluded, with
 * that state; or the registry instrument of theirs from the weeks before. agreement:own-with.
 */
export function findOwnWith(ctx: SentenceContext): AgreementFact[] {
  const out: AgreementFact[] = [];
  for (const m of matches(ctx, 'own')) {
    const [obj, sides] = [m.slots.get('object')!, m.slots.get('sides')!];
    const owner = speakerOf(ctx, m)!;
    const others = partiesOf(patterns().argsOf(ctx, m, 'sides')).filter((p) => p.id !== owner.id);
    out.push(referredBack(ctx, m, obj, sides.to, text(ctx, obj.from, sides.to), [owner, ...others], false)!);
  }
  return out;
}

/**
 * A concluded agreement referred back to by its noun [obj.from, obj.to) and its parties, the match
 * ending at `end` (findNisbaPairs, findBetweenPairs). The parties named, a registry agreement of theirs
 * from the weeks before is the one meant (الاتفاق المصري اليوناني, the day after its signing), whatever
 * kind its words give — when they are its parties or name the party it is about: two of the JCPOA's
 * eight (الاتفاق الروسي الصيني) are not the nuclear agreement, الاتفاق الأمريكي الإيراني is. With
 * `entryOnly` (one party and a vague other side), nothing but such an entry is read.
 */
function referredBack(ctx: SentenceContext, m: Match, obj: { from: number; to: number }, end: number, nameAr: string, parties: EntityRef[], entryOnly: boolean): AgreementFact | null {
  const fact: AgreementFact = {
    type: 'agreement', name_ar: nameAr, kind: describe(ctx, obj.from, obj.to, 'one', obj.to).kind, status: 'concluded', date: null, count: null,
    parties, signatories: [],
    evidence: [ctx.evidence(obj.from, end, `${m.pattern.id}|date:none`, m.pattern.confidence)],
  };
  const entry = entryRecalled(fact, ctx.published, () => true, true);
  if (entry) return Object.assign(fact, { registry: entry.id, parties: entry.partyRefs, name_ar: entry.name_ar, kind: entry.kind, date: entry.date });
  return entryOnly ? null : fact;
}

/** Is a word that makes an agreement a prospect (المقترح، المحتمل) at i? */
export const prospectAt = (words: SentenceContext['words'], i: number): boolean => i < words.length && prospectAfter.matchAt(words, i) !== null;

/** The kind groups whose cues stand in words [from, to) (references.ts: a registry agreement described by its parts). */
export const kindGroupsIn = (words: SentenceContext['words'], from: number, to: number): Set<string> =>
  new Set(kindCues.scan(words, from, to).map((h) => h.payload.group));

/** Words one of which every agreement noun holds (the gate of references by day, references.ts). */
export const agreementNounAnchors = (): Iterable<string> => [...nouns.anchors, ...ownNouns.anchors];
/** Words an agreement noun may start with (the nisba-pair patterns anchor on the same class). */
export const agreementNounStarts = (): Iterable<string> => [...nouns.firstWords, ...ownNouns.firstWords];

/** Words one of which every agreement trigger holds: the sentence gate (see index.ts). */
export const agreementAnchors = (): Iterable<string> => [...triggers.anchors, ...L.done.conclude_verbs.flatMap(phraseWords), ...resumptive.anchors, ...participles.anchors, ...adjacentParticiples.anchors, ...[...futureForms].map((f) => `س${f}`), ...futureOnly];


/**
 * The constructions around each act (data/patterns/agreements.yaml): the window before it that may
 * hold its subject, a verbal noun's object, a participle's noun, a relative clause's extent, a nisba pair.
 */
const patterns: () => CompiledPatterns = lazy(() => loadPatterns('agreements.yaml', L, {
  predicates: {
    // ستوقع: a pending form with the future prefix; أن توقع: a subjunctive of a form that is only pending so.
    'future-pending': (ctx, i) => isFutureVerb(tokenAt(ctx.words, i), (k) => futureForms.has(k)),
    'subjunctive-pending': (ctx, i) => i > 0 && subjunctive.matchAt(ctx.words, i - 1, i) !== null && tokenAt(ctx.words, i).keys.some((k) => futureOnly.has(k)),
    // One agreement (not a batch), and not اتفاق الآراء.
    'one-agreement': (ctx, i) => agreementNounAt(ctx.words, i)?.one === true,
    'nisba-mention': (ctx, i) => ctx.mention(i)?.via === 'nisba',
  },
  conditions: {
    // Two different states; no draft before the noun (مشروع الاتفاق…); not the object of a signing act
    // (التوصل إلى الاتفاق الروسي الأمريكي: the signing reader's); told as a fact.
    'not-pair': (ctx, m): boolean => {
      const [a, b] = [m.slots.get('a')!, m.slots.get('b')!].map((s) => s.label === 'vague' ? null : ctx.mention(s.from));
      return !a || (!b && m.slots.get('b')!.label !== 'vague') || a.id === b?.id || (m.anchor > 0 && draftBefore.matchAt(ctx.words, m.anchor - 1, m.anchor) !== null)
        || patterns().sequenceBefore(ctx, 'act-before', m.anchor) || modalityAt(ctx.words, m.anchor).modality !== 'fact';
    },
    'not-headline': (ctx) => !ctx.headline,
    // A speaker with a state other than the side after مع; no draft or talks just before the noun; a fact.
    'not-own-with': (ctx, m): boolean => {
      const owner = speakerOf(ctx, m);
      const before = Math.max(ctx.clause(m.anchor)[0], m.anchor - L.between_noun.draft_window);
      return !owner || partiesOf(patterns().argsOf(ctx, m, 'sides')).every((p) => p.id === owner.id)
        || ctx.words.slice(before, m.anchor).some((_, k) => ownDraft.matchAt(ctx.words, before + k, m.anchor) !== null)
        || modalityAt(ctx.words, m.anchor).modality !== 'fact';
    },
    // Two different parties; no draft or talks just before the noun (المفاوضات حول الاتفاق بين…); not
    // the object of an act (التوصل إلى الاتفاق بين: the act reader's); told as a fact.
    'not-between-pair': (ctx, m): boolean => {
      const before = Math.max(ctx.clause(m.anchor)[0], m.anchor - L.between_noun.draft_window);
      return partiesOf(patterns().argsOf(ctx, m, 'sides')).length < 2
        || ctx.words.slice(before, m.anchor).some((_, k) => draftBefore.matchAt(ctx.words, before + k, m.anchor) !== null)
        || patterns().sequenceBefore(ctx, 'act-before', m.anchor) || modalityAt(ctx.words, m.anchor).modality !== 'fact';
    },
  },
}));
const matchCache = new WeakMap<SentenceContext, Map<string, Match[]>>();
/** A group's matches in the sentence, run once and only when a reader asks for that group. */
const matches = (ctx: SentenceContext, group: string): Match[] => {
  let byGroup = matchCache.get(ctx);
  if (!byGroup) matchCache.set(ctx, (byGroup = new Map<string, Match[]>()));
  let out = byGroup.get(group);
  if (!out) byGroup.set(group, out = patterns().run(ctx, group));
  return out;
};
/** The match of a group's pattern anchored at word i. */
const matchOf = (ctx: SentenceContext, group: string, i: number): Match | undefined => matches(ctx, group).find((m) => m.anchor === i);
/** The relative pronoun opening the clause of the verb at i (التي [كانت] وقعتها), or -1: agreement:signing-verb-relative. */
const relativePronounOf = (ctx: SentenceContext, i: number): number => matchOf(ctx, 'relative', i)?.slots.get('pronoun')?.from ?? -1;

/**
 * @param refs the sentence's references to registry agreements (references.ts): an agreement noun
 *   they cover is that agreement, with the registry's parties, so the clause's own arguments (often
 *   one side and a vague other) make no second node of it.
 */
export function findAgreements(ctx: SentenceContext, refs: AgreementFact[] = []): AgreementFact[] {
  const out: AgreementFact[] = [];
  // The scan below runs at every word, the reading of an act only at a trigger. Apart, V8 optimises
  // the short scan once; as one function, the whole was recompiled after each deoptimisation on a
  // path first met late (5 compiles of ~250 ms in 3,000 articles: docs/startup.md rounds 6 and 8).
  for (let i = 0; i < ctx.words.length; i++) {
    const at = triggerAt(ctx, i);
    if (at) i = readAct(ctx, refs, i, at, out);
  }
  return out;
}

/** The trigger at word i, if any: its kind, where it ends, and how it was found. */
interface TriggerAt { trig: Trigger; trigEnd: number; concluded: Match | undefined; withPronoun: boolean }

function triggerAt(ctx: SentenceContext, i: number): TriggerAt | null {
  const w = ctx.words;
  let trig: Trigger | null = triggers.matchAt(w, i)?.payload ?? null;
  let trigEnd = trig ? triggers.matchAt(w, i)!.to : i + 1;
  if (!trig && isFutureVerb(tokenAt(w, i), (k) => futureForms.has(k))) trig = 'pending';
  if (!trig && i > 0 && subjunctive.matchAt(w, i - 1, i) && tokenAt(w, i).keys.some((k) => futureOnly.has(k))) trig = 'pending';
  if (!trig && (participles.matchAt(w, i) || (adjacentParticiples.matchAt(w, i) && matchOf(ctx, 'participle', i)))) trig = 'participle';
  // عقد "concluded": a trigger only where its pattern (agreement:concluding-verb) finds its object.
  const concluded = trig ? undefined : [matchOf(ctx, 'act', i)].find((m) => m?.pattern.id === 'agreement:concluding-verb');
  if (concluded) { trig = 'verb'; trigEnd = concluded.slots.get('verb')!.to; }
  // The verb with its resumptive pronoun (توصلت إليه، أبرمته) is read whole, even where its bare form is a trigger.
  const withPronoun = resumptive.matchAt(w, i);
  if (withPronoun && (!trig || withPronoun.to > trigEnd)) { trig = 'verb'; trigEnd = withPronoun.to; }
  return trig ? { trig, trigEnd, concluded, withPronoun: withPronoun !== null } : null;
}

/**
 * The agreements of the act at word i (findAgreements), pushed to `out`; returns the word the scan
 * goes on after (the act's last noun).
 */
function readAct(ctx: SentenceContext, refs: AgreementFact[], i: number, { trig, trigEnd, concluded, withPronoun }: TriggerAt, out: AgreementFact[]): number {
  const w = ctx.words;
  const [ca, cb] = ctx.clause(i);
  const verbal = trig === 'verb' || trig === 'pending' || trig === 'issue';
  // The agreement noun may stand before the verb, as the head of its relative clause (الاتفاق الذي
  // أبرمته إيران مع…): then the clause after the verb holds the subject, مع and بين.
  const relative0 = verbal ? relativeHead(ctx, i, ca) : null;
  if (withPronoun && !relative0 && !triggers.matchAt(w, i) && !(isPassive(w, i) && matchOf(ctx, 'passive', i))) return i;
  // The object may stand past a comma (وقعت السعودية في نيويورك، مع ناميبيا على بروتوكول…).
  // Adjuncts right after a verb (ووقعت، وفق ما أعلنته الوكالة، مصر والأردن…؛ ووقعت يوم الاثنين،
  // …، مصر) are passed (data/patterns/agreements.yaml): the subject and object are read after them.
  const argsFrom = verbal ? patterns().pastAdjuncts(ctx, trigEnd, (k) => nouns.matchAt(w, k) !== null) : trigEnd;
  // Or before a passive verb, as its subject (الاتفاق أُبرم بين…، وكانت المعاهدة قد وُقّعت في باريس بين…):
  // then the verb names no signer, only its sides after بين or مع (agreement:signed-subject-first).
  const passiveSubject = trig === 'verb' && !relative0 && !concluded ? subjectHead(ctx, i, ca) : null;
  const relative = relative0 ?? passiveSubject?.nouns ?? null;
  const act = matchOf(ctx, 'act', i);
  // A verbal noun's object is the pattern's (agreement:signing-noun); a verb's, the object walk's.
  const nounObject = trig === 'noun' ? act?.slots.get('object') : undefined;
  const signing = trig === 'verb' && signsAt(w, i);
  const objectAt = relative ? trigEnd : concluded ? concluded.slots.get('object')!.from : verbal ? objectAfter(ctx, argsFrom, signing) : nounObject ? nounObject.from : trig === 'noun' ? -1 : trigEnd;
  // A joint statement that is صدر's subject may stand right before it, qualified by the verb's clause
  // (وقال بيان مشترك صدر عن البلدين): the noun is the act's, and the words after the verb name its sides.
  const issuedFirst = !relative && trig === 'issue' ? issuedBefore(ctx, i, ca) : null;
  const nounsRead = relative ?? issuedFirst ?? (objectAt < 0 ? [] : trig === 'participle' ? nounBefore(ctx, i)
    : nounsAfter(ctx, objectAt, w.length, signing));
  const found = nounsRead.filter((n) => !refs.some((r) => r.evidence.some((e) => e.start < tokenAt(w, n.to - 1).end && tokenAt(w, n.from).start < e.end)));
  const [first] = found;
  const last = found[found.length - 1];
  if (!first || !last) return i;
  // A counted subject between the verb and its object (وقعت 13 دولة أوروبية إعلانا) gives the signers
  // by their number only: the states named before the verb are another clause's, and the sides unknown.
  if (verbal && !relative && objectAt > argsFrom && countedBetween(ctx, argsFrom, objectAt)) return i;
  // Issuing or adopting makes an agreement only of a joint statement (أصدر البلدان بيانا مشتركا).
  if (trig === 'issue' && !found.every((n) => issuedNouns.matchAt(w, n.from))) return i;
  if (trig === 'issue') for (const n of found) n.kind = L.issue.kind;
  const between0 = ctx.argsAfterPrep(betweenPreps, Math.min(ca, i), cb, undefined, TITLED);
  // بينهما names the two states just named (المعاهدة الموقعة بينهما): used only where the clause names no side.
  const pair = pairBetween(ctx, Math.min(ca, i), cb);
  // A participle (الاتفاقية الموقعة) mostly recalls an old agreement: a report when the clause dates
  // it, or a reference back when بين names its parties (المعاهدة الموقعة بين البلدين عام 1994).
  if (trig === 'participle' && !between0.length && !pair.length && !ctx.dates.some((d) => d.precision === 'day' && d.from >= ca && d.to <= cb)) return i;

  const reading = factInContentClause(ctx, trig, i) ?? modalityAt(w, i);
  if (reading.modality !== 'fact' && reading.modality !== 'planned') return i;
  // A headline, or a line of an almanac (1940 - حكومة بريطانيا تبرم اتفاق…), tells the past in the
  // present tense: its bare present (توقعان، تبرم) is done unless the clause dates it in the future.
  const pastInPresent = trig === 'pending' && triggers.matchAt(w, i)?.payload === 'pending' && (ctx.headline || almanacLine(w))
    && !(i > 0 && subjunctive.matchAt(w, i - 1, i)) && !ctx.dates.some((d) => d.future && d.from >= ca && d.to <= cb);
  // An aim (للتوصل إلى اتفاق، من أجل التوصل) tells no agreement reached; an aim to sign is planned.
  // So is a mandate to sign (فوض المجلس الوزير بتوقيع الاتفاقية): a signing to come.
  const aim = purposeLam(tokenAt(w, i)) || cueBefore(purposeBefore, w, i) || (trig === 'noun' && authorisedAt(ctx, i));
  if (aim && !isSigning(tokenAt(w, i))) return i;
  if (cueBefore(needBefore, w, i) || (trig === 'noun' && urgedAt(ctx, i, ca))) return i;
  const planned = reading.modality === 'planned' || (trig === 'pending' && !pastInPresent) || aim;

  // A relative clause's subject is the phrase right after its verb (أبرمته إيران مع…، وقعتها روسيا
  // وتركيا وإيران); a passive verb (تم التوصل إليه) has none, and later names belong to the main clause.
  const firstNoun = relative ? (isPassive(w, i) || passiveSubject ? trigEnd : subjectRunEnd(ctx, trigEnd, cb)) : first.from;
  // A relative clause runs from its verb over a few words (الاتفاق الذي أبرمته إيران مع القوى الكبرى):
  // what stands before its head or after it belongs to the main clause (… تتيح التعاون مع فرنسا).
  const scopeFrom = relative ? i : Math.min(ca, i);
  // The scope runs to the end of the object's clause: a comma-enclosed insertion after the verb
  // (ووقعت، صباح اليوم، السعودية اتفاقية مع مصر) must not cut the verb off from its مع.
  // A relative clause's extent is its pattern's (agreement:signing-verb-relative).
  // An asyndetic one (no pronoun, no pattern) as far as the pattern's clause would reach.
  // A passive verb after its subject is the clause's own verb: its clause is the scope.
  const scopeTo = passiveSubject ? Math.max(cb, ctx.clause(matchOf(ctx, 'passive', i)!.slots.get('sides')!.from)[1]) : relative ? Math.min(cb, matchOf(ctx, 'relative', i)?.slots.get('clause')?.to ?? trigEnd + L.relative.asyndetic.max_clause) : Math.max(cb, ctx.clause(last.to - 1)[1]);
  // The window before the act skips insertions, but a subject is never taken past the clause's
  // start: a comma clause before it (، حيث تعد التكنولوجيا الإسرائيلية متقدمة،) is another clause.
  // Subjects: what stands just before the trigger in its clause (روسيا والصين توقعان، تعتزم روسيا
  // والصين توقيع، بوتين أعلن توقيع) or between it and the object (VSO; a verbal noun's genitive).
  const asAdjunct = trig === 'noun' && isAdjunct(ctx, i);
  // A common noun heading a relative clause whose verb signs (للدول التي وقعت مع إيران) leaves the
  // signers unnamed: neither the words before it nor the sentence's actor are this side.
  const unnamedSigners = trig === 'verb' && !relative && vagueRelativeHead(ctx, i);
  // An event noun heading the verb's relative clause (الاشتباكات التي وقعت): وقع means "occurred".
  if (trig === 'verb' && !relative && eventRelative(ctx, i)) return i;
  const subjects = trig === 'participle' ? []
    : [...(asAdjunct || relative || issuedFirst || unnamedSigners || !act ? [] : patterns().argsOf(ctx, act, 'before').filter((a) => a.word >= ctx.subjectClauseStart(ca))), ...ctx.argsIn(argsFrom, firstNoun)];
  // The bare definite noun (بعد إبرام الاتفاق) refers back to an agreement of the discourse: a بين
  // of another noun after it (… تعزيز العلاقات بين ألمانيا وإيران) is not its parties. A new agreement's
  // purpose (اتفاقية لتعزيز العلاقات بين البلدين) names its own sides.
  const referredBack = found.length === 1 && bareDefinite(w, last);
  const withArgs = ctx.argsAfterPrep(withPreps, scopeFrom, scopeTo, distributive);
  // «بين البلدين» after another noun (بتسيير رحلات بين البلدين، لتعزيز العلاقات بين البلدين) stands for
  // the sides the clause names itself, by its subject or مع (وقع مبارك اتفاقا مع طهران بتسيير رحلات بين
  // البلدين): it adds no two states of its own, which would be the last two named, not the signers.
  const ownTo = ownBetweenTo(ctx, last.to, scopeTo);
  const anaphoric = ownTo < scopeTo && (subjects.length > 0 || withArgs.length > 0)
    && ctx.argsAfterPrep(betweenPreps, ownTo, scopeTo).every((a) => a.via !== 'mention' && a.via !== 'office');
  const between = ctx.argsAfterPrep(betweenPreps, scopeFrom, referredBack || anaphoric ? ownTo : scopeTo, undefined, TITLED);
  if (passiveSubject?.named && between.some((a) => a.via !== 'mention' && a.via !== 'office')) return i;
  // The actor is looked for outside the signing clause and outside a list that runs past it.
  let actorSkipTo = scopeTo;
  // A counted list of states (وقعت المملكة اتفاقيات مع سبع دول هي: …) tallies signings made over time:
  // only the text dates them, never the article's day.
  let tally = false;
  if (!withArgs.length) {
    const listed = listedWith(ctx, scopeFrom, scopeTo);
    if (listed.args.length) { withArgs.push(...listed.args); withArgs.distributive = true; actorSkipTo = listed.to; tally = true; }
  }
  // A batch signed "with" several states one reference names together (زيارته روسيا وفرنسا وتوقيع
  // اتفاقيات مع البلدين) is a batch with each of them, as with مع كل من: no one agreement binds them all.
  const [firstWith] = withArgs;
  if (firstWith && withArgs.length >= 2 && found.some((n) => n.batch) && withArgs.every((a) => a.word === firstWith.word && !['mention', 'office'].includes(a.via))) withArgs.distributive = true;
  if (relative && !withArgs.length) {
    // In a relative clause, مع may name a government by its nisba (مع حكومة الوفاق الليبية).
    const at = w.slice(trigEnd, scopeTo).findIndex((_, k) => withPreps.matchAt(w, trigEnd + k, scopeTo) !== null);
    // Up to the first preposition: مع القوى الكبرى في فيينا names no party.
    const from = trigEnd + at + 1;
    let to = Math.min(scopeTo, from + 4);
    for (let k = from + 1; k < to; k++) if (prepositions.matchAt(w, k, k + 1)) { to = k; break; }
    if (at >= 0 && !vagueSides.matchAt(w, from)) withArgs.push(...ctx.argsIn(from, to, { obliques: true }).filter((a) => a.via === 'mention').slice(0, 1));
  }
  // A vague subject (أبرمها الزعماء الأوروبيون مع…) is this side: no actor is looked for.
  const vagueSubject = vagueSides.matchAt(w, argsFrom) !== null || unnamedSigners;
  let via = 'subject';
  let groups: Arg[][];
  // The object qualified by its two parties' nisbas (توقيع اتفاق سعودي مصري، وقعت مذكرة تفاهم روسية-تركية):
  // where no signer, بين or مع names a side, the nisbas are the parties.
  const ownPair = between.length || withArgs.length || partiesOf(subjects).length ? [] : nisbaPairAfter(ctx, first);
  if (ownPair.length) {
    groups = [ownPair];
    via = 'nisba-pair';
  } else if (!between.length && !subjects.length && !withArgs.length && pair.length) {
    groups = [pair];
    via = 'between';
  } else if (between.length) {
    // بين names every party: nobody else is added (توقيع الاتفاق بين طهران والدول الكبرى).
    groups = [between];
    via = 'between';
  } else {
    const own = [...subjects];
    if (!own.length && !vagueSubject && !nonStateBefore(ctx, act?.slots.get('before')?.from ?? ca, i) && (trig === 'verb' || trig === 'pending' || withArgs.length)) {
      // A verbal noun with no subject is a bare mention (بعد توقيع الاتفاق) unless مع names the
      // other side: then the sentence's actor is this side (بعد توقيع اتفاق مع كوريا، وصل بوتين).
      const actor = ctx.actor(scopeFrom, actorSkipTo > scopeTo ? w.length : scopeTo) ?? (trig === 'noun' ? null : ctx.focusLeader(i));
      if (actor) own.push(actor);
      via = actor?.via === 'focus' ? 'focus' : 'actor';
    }
    let others: Arg[] = withArgs;
    // A relative clause holds its own arguments: another clause's مع is not its other side.
    if (!others.length && trig === 'verb' && !relative && partiesOf(own).length < 2) {
      // The other side named earlier in the sentence (أقامت السعودية علاقات مع فيجي، ووقع… على اتفاقية).
      others = ctx.argsAfterPrep(withPreps, 0, scopeFrom);
      if (others.length) via = 'sentence-with';
    }
    if (!others.length && trig === 'verb' && !relative && partiesOf(own).length === 1) {
      // The other side's signer in a clause of its own (… فيما قام بالتوقيع عن فيجي مندوبها).
      others = otherSigner(ctx, scopeTo);
      if (others.length) via = 'other-signer';
    }
    // Each state listed after مع is the other side of its own agreement, never also on this side
    // (زار روسيا وفرنسا ووقع اتفاقيات مع البلدين: the visit's places are no subject).
    const sameParty = (a: Arg, b: Arg): boolean => !!a.party && !!b.party && a.party.id === b.party.id;
    groups = withArgs.distributive ? others.map((o) => [...own.filter((a) => !others.some((x) => sameParty(a, x))), o]) : [[...own, ...others]];
  }

  // A joint statement issued at the end of a visit (صدر بيان مشترك في ختام زيارة ولي العهد
  // السعودي إلى مصر) is the statement of the visit's two sides, named in its own clause.
  if (trig === 'issue' && groups.length === 1 && partiesOf(groups[0] ?? []).length < 2) {
    // Not the place it was issued at (في الدوحة، بالرياض).
    // Before صدر, the statement's sides are those عن names right after the verb (صدر عن البلدين), not
    // the states its content clause names (… إن السعودية ومصر تدعمان).
    const sides = issuedFirst ? (issuedBy.matchAt(w, trigEnd, scopeTo) ? ctx.argsAfterPrep(issuedBy, trigEnd, scopeTo) : []) : ctx.argsIn(first.to, scopeTo, { obliques: true }).filter((a) => !tokenAt(w, a.word).prefixes.includes('ب') && w[a.word - 1]?.norm !== 'في');
    if (partiesOf(sides).length === 2) { groups = [sides]; via = 'clause'; }
  }

  // Nobody said to sign and nobody named by مع or بين, and fewer than two states read: those who attended
  // or witnessed the signing are its sides.
  if (!between.length && !withArgs.length && !pair.length && !relative && !asAdjunct && groups.every((g) => partiesOf(g).filter((r) => r.label === 'State').length < 2) && (trig === 'noun' || trig === 'pending' || (trig === 'verb' && objectAt >= argsFrom && (objectAt === argsFrom || placeBefore(ctx, argsFrom, objectAt))))) {
    const present = attendance(ctx, trig, i, ca, scopeTo);
    if (present.length && partiesOf(subjects).every((s) => present.some((p) => p.party!.id === s.id))) { groups = [present]; via = 'attendance'; }
  }

  // Nobody named at all: the next sentence may give each side's signer (ووقعها عن الجانب السعودي … وعن الجانب الصيني …).
  if (groups.every((g) => !partiesOf(g).some((r) => r.label === 'State')) && !relative && trig !== 'participle' && !asAdjunct) {
    const signers = sideSignersNext(ctx, i);
    if (signers.length) { groups = [signers]; via = 'side-signers'; }
  }

  // A signing with no parties of its own whose words give a kind (بعد توقيع اتفاق تاريخي حول
  // البرنامج النووي) recalls the registry agreement of that kind the article's context names.
  if (!planned && groups.every((g) => !partiesOf(g).length) && first.kind !== L.general_kind && first.kind !== L.batch_kind) {
    const named = new Set(ctx.doc.mentions.map((m) => m.id));
    const entry = entryDescribed(first.kind, ctx.published, named, kindFits);
    if (entry) {
      if (entry.domestic) return i;
      out.push({
        type: 'agreement', name_ar: entry.name_ar, kind: entry.kind, status: signsAt(w, i) ? 'signed' : 'concluded', date: entry.date, count: null,
        parties: entry.partyRefs, signatories: [], registry: entry.id,
        evidence: [ctx.evidence(Math.min(ca, i), first.to, `agreement:${trig === 'noun' ? 'signing-noun' : 'signing-verb'}+registry-kind|date:registry`, 0.7)],
      });
      return i;
    }
  }

  // A contract of a club, a player or a company is no agreement between governments (GUIDELINES);
  // عقد and صفقة are mostly such contracts: in a sentence about any private party they are one.
  if (privateSigner(ctx, Math.min(scopeFrom, i), firstNoun)) return i;
  if (found.every((n) => contractNouns.matchAt(w, n.from)) && privateSigner(ctx, 0, w.length)) return i;
  // Signed "with" a company or a club: the other side is private (وقعت المالديف اتفاقا مع شركة صينية).
  if (privateWith(ctx, scopeFrom, scopeTo)) return i;
  for (const group of groups) {
    // A nisba after a private noun (اللاعب الأرجنتيني، شركة روسية) is a nationality, not a party.
    // A state named inside a region's name (رئيس إقليم أرض الصومال، حكومة إقليم كردستان العراق) is no side:
    // the region is, and it is no state, so the state dealing with it keeps its one party.
    const inRegion = group.filter((p) => p.via === 'mention' && regionBefore(ctx, p.word));
    const parties = group.filter((p) => !(p.mention?.via === 'nisba' && privateNounBefore(ctx, p.word)) && !inRegion.includes(p));
    // الطرفان in a sentence about a club or a player are those private parties, not states.
    if (parties.some((p) => p.via !== 'mention' && p.via !== 'office') && sportsNouns.scan(w).length > 0) continue;
    const partyRefs = partiesOf(parties);
    // Two sides, at least one of them a state: an agreement "with an international organisation"
    // (GUIDELINES) binds a state and an organisation or UN body. One state alone is a party when the
    // other side is left vague (أبرم الزعماء الأوروبيون صفقة مع تسيبراس، بين اليونان ودائنيها), never
    // when it is a company.
    const single = partyRefs.length === 1 && (inRegion.length > 0 || oneSided(ctx, trig, via, scopeFrom, scopeTo, argsFrom));
    if (!partyRefs.some((r) => r.label === 'State')) continue;
    // One side named and the other left to the reader, or given as a group of states (عقب توصل طهران
    // لاتفاق نووي، التوصل إلى اتفاق بين إيران ومجموعة 5+1): no node of its own, but where that side is the
    // one telling a registry agreement of its weeks apart (Iran for the JCPOA), it is that agreement.
    const partial = (partyRefs.length < 2 && !single) || partyRefs.some((r) => stateGroups.has(r.id));
    if (partial && planned) continue;
    const ownSides = new Set(partiesOf(parties.filter((p) => p.via !== 'actor' && p.via !== 'focus')).map((r) => r.id));
    if (someOfCounted(w, Math.min(...parties.map((p) => p.word))) || openTail(ctx, Math.max(...parties.map((p) => p.word)))) continue;
    // Signatories are the persons said to sign: the leaders among the parties and the verb's subjects.
    // Not the leader a side stands for when the text names only the side (بين الجانبين العراقي والسعودي،
    // وقع البلدان) and not him in this sentence: he is his state's leader in focus, named elsewhere for
    // something else (سيحضر اللقاء السفير فلان … اتفاقية التبادل التي تم توقيعها بين الجانبين).
    const nameInSentence = (p: Arg): boolean => p.via !== 'pair-states' && p.via !== 'pair-parties'
      || ctx.mentionAt.some((m) => m?.kind === 'Leader' && m.id === p.leader!.ref.id);
    const signatories = uniqueRefs([...parties, ...(trig === 'verb' ? subjects : [])]
      .filter((p) => p.leader && p.via !== 'actor' && p.via !== 'focus' && nameInSentence(p)).map((p) => p.leader!.ref));

    // A relative clause recalls an agreement (الاتفاق الذي أبرمته…): only the text dates it.
    // A relative clause is dated only by a date inside it (… التي وقعتها روسيا وتركيا في أيار 2017), and
    // so is a participle, which is one (تسلمت مصر أمس … في إطار الاتفاقية المبرمة بين البلدين: أمس is
    // the delivery's).
    const dated = (relative || trig === 'participle') && !ctx.dates.some((d) => d.from >= i && d.to <= scopeTo) ? { date: null, rule: 'none' } : ctx.dateFor(i, !planned);
    // An act embedded by بعد أن / منذ أن is earlier than the one the sentence dates (وصل كارتر اليوم
    // الأربعاء … بعد أن أبرمت واشنطن اتفاقا): only a date after the verb is its own.
    // So is one a time adjunct word governs (ورغم مكاسب يوم الخميس تقل الأسعار … عقب توصل طهران لاتفاق):
    // a day standing before the adjunct is its clause's event's, not the act's. (The article's day and a
    // day counted from the act, غداة توقيع, are not of another clause.)
    const adjunctAct = i > 0 && adjunct.matchAt(w, i - 1, i) !== null && dated.rule !== 'published' && dated.rule !== 'event-offset';
    const embedded = (adjunctAct || (i > 1 && tokenAt(w, i - 1).norm === 'ان' && adjunct.matchAt(w, i - 2, i - 1) !== null)) && !ctx.dates.some((d) => d.from > i && d.to <= cb);
    // The article's day dates only a signing reported as the day's news: one in an article whose lead
    // tells a signing. A participle (الاتفاقية الموقعة بين…) recalls an agreement, and an article
    // whose lead is about something else mentions its signings in passing; and a year of the past in
    // the sentence (التي وقعت معاهدة سلام مع الأردن في 1994، 1954 - توقيع اتفاقات جنيف) says the act
    // is not of the day the text gives.
    const passing = dated.rule === 'published' && (trig === 'participle' || tally || (!leadTellsSigning(ctx) && !atStoryEvent(ctx, ca, i)) || (trig === 'noun' && reportedBefore(w, i)));
    // A signing aimed at by negotiations takes the talks' date, not its own (مفاوضات لتوقيع اتفاق في أكتوبر).
    const negotiated = planned && trig === 'noun' && purposeLam(tokenAt(w, i)) && cueBefore(negotiationHeads, w, i);
    const { date: date0, rule: dateRule0 } = (relative && dated.rule === 'published') || embedded || passing || pastYearBefore(w, dated) ? { date: null, rule: 'none' } : dated;
    // Left undated, or dated only by the article's day, the act may still be dated by the text: a time
    // adjunct after its clause, or "N years ago" in it.
    const trailing = (date0 === null || dateRule0 === 'published') && !planned
      ? (date0 === null ? trailingDate(ctx, Math.max(cb, scopeTo)) ?? frontedDate(ctx, ca) ?? (trig === 'noun' ? witnessedDate(ctx, i) : trig === 'verb' && (objectAt === trigEnd || duringBefore(w, trigEnd, objectAt)) ? visitDate(ctx, i, ca, trigEnd, objectAt) : null) : null)
        ?? yearsAgo(ctx, ca, Math.max(cb, scopeTo)) : null;
    const { date, rule: dateRule } = negotiated ? { date: null, rule: 'none' } : trailing ?? { date: date0, rule: dateRule0 };
    // Nor does the article's day date a signing in an article whose lead gives no day of its news (no
    // اليوم، أمس، weekday or date of the week before): the paper's day is then only the day it came out,
    // and a signing told with no day, in the lead too (أبرمت باكستان اتفاقية مع الصين), may be weeks old;
    // nor one that reports or sources tell in a content clause (ذكرت تقارير أن البلدين توصلا إلى اتفاق).
    // (One told in the pluperfect, وكانت السعودية قد وقعت, never has it: dates.yaml before_now.)
    // The registry is still matched as for a signing of the day: only the fact's own date is dropped.
    const unanchored = dateRule === 'published' && (!leadGivesDay(ctx) || (trig === 'verb' && reportedBefore(w, i)));
    const status = planned ? 'planned' : signsAt(w, i) ? 'signed' : 'concluded';
    const actName = concluded ? 'concluding-verb' : trig === 'noun' ? 'signing-noun' : trig === 'participle' ? (matchOf(ctx, 'participle', i)?.pattern.id.replace('agreement:', '') ?? 'signed-participle') : trig === 'pending' ? 'pending-verb' : trig === 'issue' ? 'issuing-verb' : 'signing-verb';
    // "-far": the object stood past object_walk.far_words words of titles, names, places and dates.
    const far = verbal && !relative && objectAt - argsFrom > L.object_walk.far_words ? '-far' : '';
    const rule = `agreement:${passiveSubject ? matchOf(ctx, 'passive', i)!.pattern.id.replace('agreement:', '') : `${actName}${relative ? '-relative' : ''}`}${far}+${via}${single ? '-one-party' : ''}|date:${unanchored ? 'none' : dateRule}`;
    const confidence = (via === 'subject' || via === 'between' ? 0.9 : via === 'actor' ? 0.75 : 0.65) - (planned ? 0.1 : 0) - (single ? 0.15 : 0);
    for (const n of found) {
      const fact: AgreementFact = {
        type: 'agreement', name_ar: n.name, kind: n.kind, status, date: (planned || unanchored) && dateRule === 'published' ? null : date,
        count: n.count, parties: partial ? partyRefs.filter((r) => !stateGroups.has(r.id)) : partyRefs, signatories,
        evidence: [ctx.evidence(Math.min(ca, i, ...parties.map((p) => p.word)), Math.max(n.to, ...parties.map((p) => p.word + 1)), rule, confidence)],
      };
      // A report of a registry agreement's own signing (its parties, its kind, its days) is that agreement.
      const datedByText = dateRule !== 'published' && dateRule !== 'none';
      const entry = planned || partial ? null : entryForSigning({ ...fact, datedByText }, kindFits) ?? (datedByText ? null : entryRecalled(fact, ctx.published, kindFits))
        ?? (fact.kind === L.general_kind && dateRule === 'none' ? entryRecalled(fact, ctx.published, () => true, true) : null);
      if (entry) Object.assign(fact, { registry: entry.id, parties: entry.partyRefs, name_ar: entry.name_ar });
      // A planned signing of an instrument the registry names, not yet made: its parties are the instrument's.
      const ahead = planned ? entryAhead(w, n.from, ctx.published) : null;
      if (ahead) Object.assign(fact, { registry: ahead.id, parties: ahead.partyRefs, name_ar: ahead.name_ar, kind: ahead.kind });
      // Else an agreement of the telling party in a registry agreement's weeks is that agreement
      // (the JCPOA, "with Iran", in July 2015), never one of the other states the sentence names.
      // A verbal noun of the bare definite noun whose parties no بين or مع gives (عقب التوقيع على الاتفاق) is the agreement in the news.
      const anaphoric = trig === 'noun' && via !== 'between' && !withArgs.length && bareDefinite(w, n);
      const told = entry ? null : entryTold({ ...fact, date, dateRule, anaphoric, form: formKinds.has(fact.kind) }, { published: ctx.published, years: sentenceYears(w), named: namedHere(ctx) }, L.general_kind, kindFits);
      // A planned signing of it, weeks after it was concluded, is a purpose told in passing (جلسنا مع
      // إيران لتوقيع الاتفاق): no second node.
      if (told && planned) continue;
      // The telling side must be the clause's own (a subject, بين or مع), not the sentence's actor or the
      // leader in focus; and the agreement must be of the entry's kind by its words or its clause's, or
      // the bare definite noun of the news (الاتفاق): an armed group's port deal with Iran is no JCPOA.
      // A group of states that exists for one file (state_groups: the P5+1) named as a side tells the kind too.
      if (partial && !(told && toldBy(told, (id) => ownSides.has(id))
        && (n.kind !== L.general_kind || bareDefinite(w, n) || partyRefs.some((r) => stateGroups.has(r.id))
          || kindCues.scan(w, scopeFrom, Math.max(cb, scopeTo)).some((c) => KIND_GROUP.get(c.payload.kind) === KIND_GROUP.get(told.kind))))) continue;
      if (told) {
        Object.assign(fact, { registry: told.id, parties: told.partyRefs, name_ar: told.name_ar, kind: told.kind, date: told.date, status: 'concluded', signatories: [] });
        fact.evidence = fact.evidence.map((e) => ({ ...e, rule: `${e.rule.split('|')[0]}+registry-${partial ? 'side' : 'told'}|date:registry` }));
      }
      if (recorded(fact)) out.push(fact);
    }
  }
  return Math.max(i, last.to - 1);
}

const attendNouns = new PhraseTable<true>().addAll(L.attendance.nouns, true);
const attendVerbs = new PhraseTable<true>().addAll(L.attendance.verbs, true);
const attendLeads = new PhraseTable<true>().addAll(L.attendance.leads, true);
/**
 * The states of those present at the signing act at i, in its clause [ca, cb) (data/lexicon/agreements.yaml: attendance): the
 * subject of a witnessing verb right before its verbal noun (شهد الرئيسان توقيع) or the list after an
 * attendance phrase in its clause (وقعت الاتفاقيات بحضور الملك سلمان والرئيس الصيني). Empty when the
 * clause names a signer before the act, holds a company, or those present are of fewer than min_states
 * states (a domestic signing). Present, they are no signatories: the args carry no leader.
 */
function attendance(ctx: SentenceContext, trig: Trigger, i: number, ca: number, cb: number): Arg[] {
  const w = ctx.words;
  if (privateNouns.scan(w, ca, cb).length) return [];
  let list: Arg[] = [];
  let leadTo = i;
  for (let k = i - 1; trig === 'noun' && k >= ca && !list.length; k--) {
    const v = attendVerbs.matchAt(w, k, i);
    if (v && onlyNames(ctx, v.to, i)) { list = ctx.argsIn(v.to, i); leadTo = k; }
  }
  // Before the act (or its witnessing verb) only conjunctions, auxiliaries and dates: no signer.
  for (let k = ca; k < leadTo; k++) {
    const lead = attendLeads.matchAt(w, k, leadTo);
    if (lead) { k = lead.to - 1; continue; }
    const d = ctx.dates.find((x) => x.from <= k && k < x.to);
    if (d) { k = d.to - 1; continue; }
    if (hasLetters(tokenAt(w, k))) return [];
  }
  for (let k = i + 1; k < cb && !list.length; k++) {
    const n = attendNouns.matchAt(w, k, cb);
    if (!n) continue;
    // The list runs on past commas over appositions and coordinated names (الملك سلمان، العاهل السعودي، والرئيس الصيني).
    let to = cb;
    while (to < w.length && tokenAt(w, to).norm === ',') {
      const next = ctx.clause(to + 1)[1];
      if (!onlyNames(ctx, to + 1, next)) break;
      to = next;
    }
    list = ctx.argsIn(n.to, to);
  }
  const out: Arg[] = [];
  for (const a of list) if (a.party?.label === 'State' && !out.some((o) => o.party!.id === a.party!.id)) out.push({ party: a.party, leader: null, word: a.word, via: 'mention' });
  return out.length >= L.attendance.min_states ? out : [];
}

const sideActs = new PhraseTable<true>().addAll(L.side_signers.acts, true);
const sideLeads = new PhraseTable<true>().addAll(L.side_signers.leads, true);
/**
 * The sides of the signing at word i named in the next sentence, which opens with a signing verb whose
 * object is a pronoun and names each side's signer (ووقعها عن الجانب السعودي وزير المالية … وعن الجانب
 * الصيني وزير التجارة؛ وقعه من جانب المغرب … ومن جانب إسرائيل …): a state and its signer per side, at
 * least two states, and no company. The args stand at word i (their words are the next sentence's).
 */
function sideSignersNext(ctx: SentenceContext, i: number): Arg[] {
  const next = ctx.index + 1;
  if (next >= ctx.doc.sentences.length) return [];
  const w = sentenceWords(ctx.doc, next);
  let k = 0;
  for (let lead = sideLeads.matchAt(w, k); lead && k < 3; lead = sideLeads.matchAt(w, k)) k = lead.to;
  const act = sideActs.matchAt(w, k);
  if (!act || privateNouns.scan(w).length) return [];
  const nctx = ctx.sentenceAt(next);
  const out: Arg[] = [];
  for (const a of nctx.argsAfterPrep(sides, act.to, w.length)) {
    if (a.party?.label === 'State' && !out.some((o) => o.party!.id === a.party!.id)) out.push({ ...a, word: i, via: 'mention', mention: undefined });
  }
  return out.length >= 2 ? out : [];
}

/** How many words a place adjunct between a verb and its object may hold (في العاصمة الرياض). */
const MAX_PLACE_WORDS = 4;
/**
 * Do words [from, to) open with a preposition and hold a short phrase only, time phrases and commas
 * aside (ووقعت في قصر الضيافة، صباح اليوم، الاتفاقيات): a place adjunct, no subject.
 */
function placeBefore(ctx: SentenceContext, from: number, to: number): boolean {
  if (!prepositions.matchAt(ctx.words, from, from + 1)) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    if (ctx.dates.some((d) => d.from <= k && k < d.to) || !hasLetters(tokenAt(ctx.words, k))) continue;
    if (++words > MAX_PLACE_WORDS) return false;
  }
  return true;
}

/** Do words [from, to) hold only names, references, titles and و (the witnessing verb's subject, nothing else)? */
function onlyNames(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; ) {
    const ref = ctx.refAt(k);
    if (ref) { k = Math.max(ref.to, k + 1); continue; }
    if (ctx.mention(k)) { k = ctx.after(k); continue; }
    const title = stateTitles.matchAt(ctx.words, k, to) ?? objectSkip.matchAt(ctx.words, k, to);
    if (title) { k = title.to; continue; }
    if (tokenAt(ctx.words, k).norm !== 'و' && !ctx.covered[k]) return false;
    k++;
  }
  return from < to;
}

/** Is the word one of letters or digits, not punctuation or quotes? */
const hasLetters = (word: SentenceContext['words'][number]): boolean => /[\p{L}\p{N}]/u.test(word.norm);

/** Does the act word name a signing (وقع، توقيع، الموقعة) rather than a conclusion (أبرم، توصل)? */
const isSigning = (word: SentenceContext['words'][number]): boolean =>
  signingStems.some((s) => word.stem.replace(/^ال/, '').startsWith(s) || word.keys.some((k) => k.startsWith(s)));

/** Does the act at i sign (وقعت، توقيع), its passive auxiliary read past (تم توقيعها، جرى التوقيع عليها)? */
const signsAt = (w: SentenceContext['words'], i: number): boolean =>
  isSigning(tokenAt(w, i)) || (isPassive(w, i) && i + 1 < w.length && isSigning(tokenAt(w, i + 1)));

/**
 * Where the object of a signing verb starts: the first agreement noun after the verb, past only
 * mentions, discourse references, dates, numbers, titles, adverbs, prepositions and a few other
 * words (unknown names and subjects). -1 past those, or when the subject is an event noun: then وقع
 * means "occurred" (ووقع الهجوم بعد يوم من الاتفاق، وقع انفجار قرب السفارة).
 */
function objectAfter(ctx: SentenceContext, from: number, signing = false): number {
  const w = ctx.words;
  let unknown = 0;
  for (let k = from; k < Math.min(w.length, from + L.object_walk.max_words); ) {
    if (nouns.matchAt(w, k) || (signing && declarationAt(ctx, k))) return k;
    if (eventSubjects.matchAt(w, k)) return -1;
    // A leader's mention and the rest of his name (الملك سلمان بن عبدالعزيز آل سعود): no unknown words.
    if (ctx.mention(k)) { k = ctx.mention(k)!.kind === 'Leader' ? ctx.nameTailEnd(ctx.after(k), w.length) : ctx.after(k); continue; }
    const ref = ctx.refAt(k);
    if (ref) { k = Math.max(ref.to, k + 1); continue; }
    const date = ctx.dates.find((d) => d.from <= k && k < d.to);
    if (date) { k = date.to; continue; }
    const skip = objectSkip.matchAt(w, k) ?? numberWords.matchAt(w, k);
    if (skip) { k = skip.to; continue; }
    // A month the date grammar could not read (في فبراير (شباط)) is an adjunct too.
    if (hasMonthName(w, k, k + 1)) { k++; continue; }
    if (ctx.covered[k] || isDigits(tokenAt(w, k).norm) || tokenAt(w, k).norm === ',' || tokenAt(w, k).norm === 'و') { k++; continue; }
    // Other words: a subject the recogniser does not know (والدول الكبرى، الحركة الشعبية), a few at most.
    if (++unknown > L.object_unknown_words) return -1;
    k++;
  }
  return -1;
}

/** Is there a number and a counted noun of states in words [from, to) (13 دولة، سبع دول)? */
function countedBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const w = ctx.words;
  for (let k = from; k < to - 1; k++) {
    const n = isDigits(tokenAt(w, k).norm) ? k + 1 : numberWords.matchAt(w, k, to)?.to;
    if (n !== undefined && n < to && countedNouns.matchAt(w, n, to)) return true;
  }
  return false;
}

const declarations = new PhraseTable<true>().addAll(L.signed_declarations.words, true);
const declarationNames = new PhraseTable<true>().addAll(L.signed_declarations.named_by, true);
/**
 * A declaration signed (lexicon signed_declarations) at word k: إعلان named as an instrument by the
 * word or the purpose lam right after it (إعلان المبادئ، إعلانا بشأن الشراكة، إعلانا للتعاون).
 */
function declarationAt(ctx: SentenceContext, k: number): { from: number; to: number; payload: 'one' } | null {
  const w = ctx.words;
  const hit = declarations.matchAt(w, k);
  if (!hit || hit.to >= w.length) return null;
  const next = tokenAt(w, hit.to);
  const named = declarationNames.matchAt(w, hit.to) !== null || (next.prefixes.includes('ل') && hasLetters(next));
  return named ? { from: hit.from, to: hit.to, payload: 'one' } : null;
}

interface NounHit { from: number; to: number; nameFrom: number; name: string; kind: string; count: number | null; batch: boolean; /** No words name it past the noun (اتفاقية، not اتفاقية للدفاع). */ bare: boolean }

/**
 * The two states whose nisbas qualify the agreement noun of `noun` right after it (اتفاق سعودي مصري،
 * مذكرة تفاهم روسية-تركية، الاتفاقية «المصرية - الأردنية»): adjectives follow their noun at once
 * (Ryding 2005, ch. 9), so nothing else may stand between. Else none.
 */
function nisbaPairAfter(ctx: SentenceContext, noun: NounHit): Arg[] {
  const w = ctx.words;
  const n = agreementNounAt(w, noun.from);
  if (!n) return [];
  const out: Arg[] = [];
  let k = n.to;
  for (let side = 0; side < 2; side++) {
    if (k < w.length && pairQuotes.matchAt(w, k)) k++;
    if (side === 1 && k < w.length && pairJoiners.matchAt(w, k)) k++;
    const m = k < w.length ? ctx.mention(k) : undefined;
    // The first may be read as a state's name (سعودية: السعودية without its article), the second a nisba.
    if (!m || m.kind !== 'State' || (m.via !== 'nisba' && (side === 1 || tokenAt(w, k).prefixes.includes('ال')))) return [];
    const a = ctx.argFromMention(m, k);
    if (!a?.party || out.some((o) => o.party?.id === a.party!.id)) return [];
    out.push(a);
    k = ctx.after(k);
  }
  return out;
}

/** The agreement nouns after a trigger: the first, then any coordinated by و (…اتفاقية للدفاع واتفاقية للطاقة). */
function nounsAfter(ctx: SentenceContext, from: number, clauseEnd: number, signing = false): NounHit[] {
  const w = ctx.words;
  const out: NounHit[] = [];
  let i = from;
  let gapLimit = from;
  while (i < clauseEnd && i <= gapLimit) {
    const hit = nouns.matchAt(w, i, clauseEnd) ?? (signing ? declarationAt(ctx, i) : null);
    if (!hit || (out.length && !tokenAt(w, i).prefixes.includes('و'))) {
      if (out.length && hit) break;
      i++;
      continue;
    }
    if (consensus.matchAt(w, hit.to)) { i = hit.to; continue; }
    const n = describe(ctx, hit.from, hit.to, hit.payload, clauseEnd);
    // "11 اتفاقية ومذكرة تفاهم": the coordinated noun belongs to the counted batch. So does a bare noun
    // coordinated with a batch (اتفاقية ومذكرتي تفاهم، اتفاقيات ومذكرة تفاهم): the items are not named
    // one by one, so they are one batch (GUIDELINES), counted when each part is.
    const prev = out[out.length - 1];
    if (prev && prev.count !== null) { prev.to = n.to; prev.name = text(ctx, prev.nameFrom, n.to); }
    else if (prev && (prev.batch || n.batch) && prev.bare && (n.batch || n.bare)) {
      const parts = [prev, n].map((x) => x.count ?? (x.batch ? null : 1));
      Object.assign(prev, { to: n.to, name: text(ctx, prev.nameFrom, n.to), kind: L.batch_kind, batch: true,
        count: parts.every((c) => c !== null) ? parts.reduce((a, b) => a! + b!, 0) : null });
    } else out.push(n);
    i = n.to;
    gapLimit = i + 2;
  }
  return out;
}

/**
 * The agreement noun heading the relative clause of the verb at `at` (الاتفاق الذي أبرمته…، المذكرة
 * التي كانت وقعتها…), described up to the pronoun; null when the verb opens no such clause.
 */
function relativeHead(ctx: SentenceContext, at: number, clauseStart: number): NounHit[] | null {
  const w = ctx.words;
  // The pronoun and auxiliaries before the verb are the pattern's (agreement:signing-verb-relative).
  const k = relativePronounOf(ctx, at);
  if (k < 0) return asyndeticHead(ctx, at, clauseStart);
  if (k <= clauseStart) return null;
  for (let j = k - 1; j >= Math.max(clauseStart, k - L.relative.max_noun_before); j--) {
    const hit = nouns.matchAt(w, j, k) ?? (signsAt(w, at) ? declarationAt(ctx, j) : null);
    if (!hit) continue;
    if (consensus.matchAt(w, hit.to)) return null;
    // The pronoun qualifies the noun phrase right before it: the agreement's name must run up to it
    // (خرق الاتفاق بسبب الاشتباكات التي وقعت… is about the clashes, which "occurred").
    const n = describe(ctx, hit.from, hit.to, hit.payload, k);
    return n.to === k ? [n] : null;
  }
  return null;
}

/**
 * The agreement noun that is the subject of the passive verb at `at` (الاتفاق أُبرم بين…، وكانت المعاهدة
 * قد وُقّعت في باريس بين…، اتفاقية وُقّعت مع…): a verb that follows its noun agrees with it, and with no
 * object pronoun (or the passive's own, تم توقيعها) names no signer (lexicon passive_subject). Where the
 * sides stand after the verb is its pattern's (agreement:signed-subject-first*); the noun's name must
 * run up to the verb or its auxiliaries, in the verb's clause. `named`: a noun that is no topic (an
 * indefinite one qualified in passing) takes only sides the text names (بين مصر والأردن), never a
 * reference (بين طرفين، بين البلدين).
 */
function subjectHead(ctx: SentenceContext, at: number, clauseStart: number): { nouns: NounHit[]; named: boolean } | null {
  const w = ctx.words;
  const m = matchOf(ctx, 'passive', at);
  if (!m || (resumptive.matchAt(w, at) && !isPassive(w, at))) return null;
  let k = at;
  while (k > clauseStart && relativeAux.matchAt(w, k - 1, k)) k--;
  for (let j = k - 1; j >= Math.max(clauseStart, k - L.relative.max_noun_before); j--) {
    const hit = nouns.matchAt(w, j, k);
    if (!hit) continue;
    if (consensus.matchAt(w, hit.to)) return null;
    const n = describe(ctx, hit.from, hit.to, hit.payload, k);
    if (n.to !== k) return null;
    // A topic opens its clause or follows a topic lead; an indefinite noun heads an asyndetic relative
    // anywhere, its بين right after the verb.
    const topic = hit.from === clauseStart || topicLeads.matchAt(w, hit.from - 1, hit.from) !== null;
    const indefinite = !tokenAt(w, hit.from).prefixes.includes('ال') && m.pattern.id === 'agreement:signed-subject-first';
    return topic ? { nouns: [n], named: false } : indefinite ? { nouns: [n], named: true } : null;
  }
  return null;
}
const relativeAux = new PhraseTable<true>().addAll(L.relative.aux, true);
const topicLeads = new PhraseTable<true>().addAll(L.passive_subject.topic_leads, true);

/** Words that open a clause of their own (فيما، بينما): a verb after them heads no relative clause. */
const clauseOpeners = new PhraseTable<true>().addAll(L.relative.asyndetic.clause_openers, true);
/**
 * The indefinite agreement noun an asyndetic relative clause qualifies (اتفاقيات تعاون عسكري بقيمة ملياري
 * دولار وقعتها القاهرة مع موسكو): an indefinite head's relative clause takes no relative pronoun (Ryding
 * 2005, ch. 38), so a signing verb with its resumptive object pronoun (وقعتها، أبرمها) refers to the
 * indefinite noun just before it. Not a definite noun (the topic of a sentence of its own), nor past a
 * party other than a nisba (the verb's fronted subject) or a clause break.
 */
function asyndeticHead(ctx: SentenceContext, at: number, clauseStart: number): NounHit[] | null {
  const w = ctx.words;
  const verb = tokenAt(w, at);
  if (!resumptive.matchAt(w, at) || isPassive(w, at) || verb.prefixes.includes('و') || verb.prefixes.includes('ف')) return null;
  for (let j = at - 1; j >= Math.max(clauseStart, at - L.relative.asyndetic.max_noun_before); j--) {
    // A nisba qualifies the noun (صفقات أسلحة روسية): it is no fronted subject.
    const m = ctx.mention(j);
    if ((m && m.via !== 'nisba') || ctx.isBreakAt(j) || clauseOpeners.matchAt(w, j)) return null;
    const hit = nouns.matchAt(w, j, at);
    if (!hit) continue;
    if (tokenAt(w, hit.from).prefixes.includes('ال') || consensus.matchAt(w, hit.to)) return null;
    const n = describe(ctx, hit.from, hit.to, hit.payload, at);
    return at - n.to <= L.relative.asyndetic.max_gap ? [n] : null;
  }
  return null;
}

const issuedSubjectVerbs = new PhraseTable<true>().addAll(L.issue.subject_verbs, true);
const issuedBy = new PhraseTable<true>().addAll(L.issue.by, true);
/**
 * The joint statement ending right before an intransitive issuing verb at `at` (بيان مشترك صدر عن
 * البلدين، البيان المشترك صدر أمس): an indefinite noun's qualifying clause takes no relative pronoun
 * (Ryding 2005, ch. 38), so the noun is the verb's subject. Null for any other verb or word order.
 */
function issuedBefore(ctx: SentenceContext, at: number, clauseStart: number): NounHit[] | null {
  const w = ctx.words;
  if (!issuedSubjectVerbs.matchAt(w, at, at + 1)) return null;
  for (let j = at - 1; j >= Math.max(clauseStart, at - 3); j--) {
    const hit = issuedNouns.matchAt(w, j, at);
    if (hit && hit.to === at) { const n = nouns.matchAt(w, j, at); return n ? [describe(ctx, n.from, n.to, n.payload, at)] : null; }
  }
  return null;
}

/**
 * The states listed after a counted "with" (مع سبع دول هي: الفلبين، الهند، …، وجيبوتي) in [from, to):
 * each is the other side of its own agreement. The list may run past the clause's commas.
 */
function listedWith(ctx: SentenceContext, from: number, to: number): { args: Arg[]; to: number } {
  const w = ctx.words;
  for (let i = from; i < to; i++) {
    if (!withPreps.matchAt(w, i, to)) continue;
    let j = i + 1;
    if (j < w.length && (isDigits(tokenAt(w, j).norm) || numberWords.matchAt(w, j))) j = numberWords.matchAt(w, j)?.to ?? j + 1;
    const counted = countedNouns.matchAt(w, j);
    if (!counted) continue;
    j = counted.to;
    const lead = listLeads.matchAt(w, j);
    if (!lead) continue;
    j = lead.to;
    const out: Arg[] = [];
    // A name the recogniser does not know (a spelling of its own) is one item among commas: passed over.
    let unknown = 0;
    while (j < w.length) {
      if (tokenAt(w, j).norm === ':' || tokenAt(w, j).norm === ',' || tokenAt(w, j).norm === 'و') { j++; continue; }
      const m = ctx.mention(j);
      const a = m ? ctx.argFromMention(m, j) : null;
      if (!m && out.length && w[j + 1]?.norm === ',' && ++unknown <= 2) { j++; continue; }
      if (!a || m!.kind !== 'State') break;
      out.push(a);
      j = ctx.after(j);
    }
    if (out.length >= 2) return { args: out, to: j };
  }
  return { args: [], to };
}

/**
 * Do the parties, from word `first` on, follow «N دولة … منها»? Then they are some of the parties only
 * (12 دولة أوروبية منها بريطانيا وفرنسا): a counted noun at most two words before the partial lead.
 */
function someOfCounted(w: SentenceContext['words'], first: number): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) {
    if (partialLeads.matchAt(w, k, first)?.to !== first) continue;
    for (let c = Math.max(0, k - 3); c < k; c++) if (countedNouns.matchAt(w, c, k)) return true;
  }
  return false;
}

/** Does a share of a membership (والغالبية العظمى من أعضاء…) close the party list ending at word `last`? */
function openTail(ctx: SentenceContext, last: number): boolean {
  const w = ctx.words;
  const k = ctx.after(last);
  const tail = k < w.length ? openTails.matchAt(w, k) : null;
  if (!tail) return false;
  for (let j = tail.to; j < Math.min(w.length, tail.to + 2); j++) if (openMembers.matchAt(w, j)) return true;
  return false;
}

/**
 * May an agreement keep its one named party? Only when the signing clause gives the other side as a
 * vague group (مع القوى الكبرى، بين اليونان ودائنيها، أبرم الزعماء الأوروبيون مع…) and names no company;
 * a clause silent on the other side most often names it in another sentence.
 */
function oneSided(ctx: SentenceContext, trig: Trigger, via: string, from: number, to: number, subjectAt: number): boolean {
  if (trig === 'pending' || (via !== 'subject' && via !== 'between')) return false;
  // A verbal noun keeps one party only from its own genitive subject (بعد إبرام إيران اتفاقا مع القوى
  // الكبرى), never from a name before it (أعلنت إيران توقيع…) nor from none (بعد توقيع الاتفاق مع…).
  if (trig === 'noun' && !ctx.mention(subjectAt)) return false;
  if (companyWords.scan(ctx.words, from, to).length) return false;
  return hasVagueSide(ctx, from, to, subjectAt);
}

const regionSides = new PhraseTable<true>().addAll(L.one_party.region_sides, true);
/** Does a region word stand at most two words before the mention at word k, in its clause (إقليم أرض الصومال، إقليم كردستان العراق)? */
function regionBefore(ctx: SentenceContext, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3) && !ctx.isBreakAt(j); j--) if (regionSides.matchAt(ctx.words, j, k)) return true;
  return false;
}

/**
 * Does the signing clause [from, to) give a side as a vague group: as the subject at `subjectAt`,
 * coordinated with it (أبرمته الولايات المتحدة والقوى العالمية الأخرى), after مع, or after بين X و?
 */
function hasVagueSide(ctx: SentenceContext, from: number, to: number, subjectAt: number): boolean {
  const w = ctx.words;
  const vagueAt = (k: number): boolean => vagueSides.matchAt(w, k, to) !== null;
  if (vagueAt(subjectAt)) return true;
  const subjectEnd = subjectRunEnd(ctx, subjectAt, to);
  if (subjectEnd > subjectAt && subjectEnd < to && tokenAt(w, subjectEnd).prefixes.includes('و') && vagueAt(subjectEnd)) return true;
  for (let k = from; k < to - 1; k++) {
    if (withPreps.matchAt(w, k, to) && vagueAt(withPreps.matchAt(w, k, to)!.to)) return true;
    // بين X و<vague side>: the side coordinated after the one named.
    if (betweenPreps.matchAt(w, k, to)) {
      const m = ctx.mention(k + 1);
      const next = m ? ctx.after(k + 1) : -1;
      if (next > 0 && next < to && tokenAt(w, next).prefixes.includes('و') && vagueAt(next)) return true;
    }
  }
  return false;
}

/**
 * The state of the other side's signer, in a clause after the signing one (فيما قام بالتوقيع عن
 * فيجي، بينما وقعها من جانب ناميبيا مندوبها): an opener, a signing act, "on behalf of", the state.
 */
function otherSigner(ctx: SentenceContext, from: number): Arg[] {
  const w = ctx.words;
  for (let k = from; k < w.length; k++) {
    const opener = otherOpeners.matchAt(w, k);
    // The opener is a word (فيما) or the و glued to the act (ووقع).
    const actAt = opener && tokenAt(w, k).norm !== 'و' && !tokenAt(w, k).prefixes.includes('و') ? opener.to : tokenAt(w, k).prefixes.includes('و') || tokenAt(w, k).prefixes.includes('ف') ? k : -1;
    if (actAt < 0) continue;
    const act = otherActs.matchAt(w, actAt);
    const side = act ? onBehalf.matchAt(w, act.to) : null;
    if (!side) continue;
    let j = side.to;
    if (!ctx.mention(j)) j = stateTitles.matchAt(w, j)?.to ?? j;
    const m = ctx.mention(j);
    const arg = m && m.kind === 'State' ? ctx.argFromMention(m, j) : null;
    return arg ? [arg] : [];
  }
  return [];
}

/**
 * The parties a بينهما in [from, to) names: the two states named just before it, in this sentence
 * or the one before (زار الملك القاهرة… الاتفاقية الموقعة بينهما); none when those are not exactly two.
 */
function pairBetween(ctx: SentenceContext, from: number, to: number): Arg[] {
  const [pair] = betweenPair.scan(ctx.words, from, to);
  if (!pair) return [];
  const at = tokenAt(ctx.words, pair.from).start;
  const since = ctx.index > 0 ? tokenAt(ctx.doc.sentences, ctx.index - 1).start : ctx.sentence.start;
  const states = ctx.focus.statesBefore(at, 3, since);
  if (states.length !== 2) return [];
  // No leader: the pair names states, and only those said to sign are signatories.
  return states.reverse().map((s) => ({ party: { label: 'State', id: s }, leader: null, word: pair.from, via: 'pair-parties' }));
}

/** Is the signing verb at i passive (تم التوصل إليه، جرى توقيعها)? */
const passiveWords = L.relative.passive.flatMap(phraseWords);
const isPassive = (w: SentenceContext['words'], i: number): boolean => passiveWords.some((p) => tokenAt(w, i).keys.includes(p));

/** The end of the subject right after a relative clause's verb: a name or reference and its و-conjuncts. */
function subjectRunEnd(ctx: SentenceContext, from: number, to: number): number {
  // Its parties may be named with their titles (وقعها الرئيس التركي رجب طيب أردوغان، وقعتها الحكومة العراقية).
  return ctx.partyRun(from, to, TITLED).to;
}

/** The agreement noun a participle qualifies (agreement:signed-participle: within three words before it). */
function nounBefore(ctx: SentenceContext, at: number): NounHit[] {
  const obj = matchOf(ctx, 'participle', at)?.slots.get('object');
  const hit = obj ? nouns.matchAt(ctx.words, obj.from) : null;
  return hit ? [describe(ctx, hit.from, hit.to, hit.payload, at)] : [];
}

/** Name, kind and count of the agreement noun at [from, to). */
function describe(ctx: SentenceContext, from: number, to: number, number: 'one' | 'many', limit: number): NounHit {
  const w = ctx.words;
  let count: number | null = null;
  // A number that ends a date (وقع البلدان عام 1982 اتفاقية، في 5 مايو 11 اتفاقية…) is the date's, not a count.
  const prev = from > 0 && !ctx.dates.some((d) => d.from < from && d.to >= from) ? w[from - 1] : undefined;
  if (prev && isDigits(prev.norm)) count = Number(prev.norm);
  else if (from > 0) {
    for (let k = Math.max(0, from - 2); k < from; k++) {
      const nw = numberWords.matchAt(w, k, from);
      // A definite number qualifies the noun before it (القوى العالمية الست اتفاقا): no count.
      if (nw && nw.to === from && !tokenAt(w, k).prefixes.includes('ال')) count = nw.payload;
    }
  }
  if (count === null && /(تين|تان|ين|ان)$/.test(tokenAt(w, from).stem) && number === 'many' && !tokenAt(w, from).stem.endsWith('ات')) count = 2;
  let kind: string | null = null;
  let end = to;
  // The name runs over kind cues, name adjectives and definite modifiers (الشراكة الشاملة), up to a break,
  // a preposition, a mention or another agreement noun.
  let naming = true;
  for (let k = to; k < Math.min(limit, to + 6); k++) {
    if (k > to && nouns.matchAt(w, k)) break;
    if (ctx.isBreakAt(k)) break;
    // The signers' titles are not the agreement's (وقع الاتفاقية عن الجانب السعودي وزير المالية), nor
    // are the words of a body's or a person's name (بين إيران والوكالة الدولية للطاقة الذرية).
    const m = ctx.mention(k);
    if (sides.matchAt(w, k, limit) || (m && m.kind !== 'State' && m.kind !== 'City')) break;
    if (ctx.covered[k]) { naming = false; continue; }
    const cue = kindCues.matchAt(w, k, limit);
    if (cue && (!kind || genericKinds.has(kind))) kind = cue.payload.kind;
    const modifier = cue ?? nameWords.matchAt(w, k, limit)
      ?? (tokenAt(w, k).prefixes.length === 1 && tokenAt(w, k).prefixes[0] === 'ال' && !ctx.mention(k) ? { to: k + 1 } : null);
    if (naming && modifier) { end = modifier.to; k = modifier.to - 1; } else naming = false;
  }
  // No cue after the noun: the noun itself may carry one (مذكرة تفاهم → mou).
  for (let k = from; !kind && k < to; k++) kind = kindCues.matchAt(w, k, to)?.payload.kind ?? null;
  const batch = number === 'many' || (count !== null && count > 1);
  if (batch) kind = L.batch_kind;
  const start = count !== null && prev ? from - 1 : from;
  return { from, to: Math.max(end, to), nameFrom: start, name: text(ctx, start, Math.max(end, to)), kind: kind ?? L.general_kind, count: count !== null && count > 1 ? count : null, batch, bare: end === to };
}

function text(ctx: SentenceContext, from: number, to: number): string {
  return ctx.doc.text.slice(tokenAt(ctx.words, from).start, tokenAt(ctx.words, to - 1).end);
}

const leadSigning = new WeakMap<SentenceContext['doc'], boolean>();

/** Does the article's lead (its headline and first sentences) tell a signing? Then it is the day's news. */
function leadTellsSigning(ctx: SentenceContext): boolean {
  let tells = leadSigning.get(ctx.doc);
  if (tells === undefined) {
    tells = ctx.doc.sentences.some((s) => isLeadSentence(ctx.doc, s.index) && triggers.scan(sentenceWords(ctx.doc, s.index)).some((h) => h.payload !== 'pending'));
    leadSigning.set(ctx.doc, tells);
  }
  return tells;
}

const newsNames = new PhraseTable<true>().addAll(visitsLexicon.dateline.agencies, true);
const leadDays = new WeakMap<SentenceContext['doc'], boolean>();

/**
 * Does the article's lead (its headline and first sentences) give the day of its news: a relative day
 * (اليوم، أمس، الأحد الماضي), a date in the week up to the published day (a dateline's too), or a day
 * counted from another event (بعد يوم من توقيع…، غداة)? A day word inside a paper's or agency's name
 * (عين اليوم) gives none.
 */
function leadGivesDay(ctx: SentenceContext): boolean {
  let gives = leadDays.get(ctx.doc);
  if (gives === undefined) {
    const pub = ctx.published;
    gives = !!pub && ctx.doc.sentences.some((s) => {
      if (!isLeadSentence(ctx.doc, s.index)) return false;
      const words = sentenceWords(ctx.doc, s.index);
      return findDates(words, pub).some((d) => d.rule === 'event-offset' || (d.precision === 'day' && !!d.date && !d.future && inNewsWeek(d.date, pub) && !inName(words, d) && !ofReport(words, d)));
    });
    leadDays.set(ctx.doc, gives);
  }
  return gives;
}

/** Does date d date a media report named a few words before it (في تقرير لها اليوم), not the news? */
function ofReport(words: SentenceContext['words'], d: { from: number }): boolean {
  for (let k = Math.max(0, d.from - L.second_hand.report_day_window); k < d.from; k++) if (sourceNouns.matchAt(words, k)) return true;
  return false;
}

/** Does date d stand inside a paper's or agency's name that starts before it (عين اليوم)? */
function inName(words: SentenceContext['words'], d: { from: number; to: number }): boolean {
  for (let k = Math.max(0, d.from - 2); k < d.from; k++) if ((newsNames.matchAt(words, k)?.to ?? 0) >= d.to) return true;
  return false;
}

const storyLeads = new PhraseTable<true>().addAll(L.witnessed.story_leads, true);
const STORY_REACH = L.witnessed.story_reach;
/**
 * Is the act at i told as the close or the sequel of the story's event (وفي ختام المباحثات، صدر إعلان
 * مشترك؛ وعلى هامش الزيارة وقع الجانبان): a lead and an event noun in its clause or the adjunct set
 * before it? Then it is of the day's story even when the lead tells no signing.
 */
function atStoryEvent(ctx: SentenceContext, ca: number, i: number): boolean {
  const w = ctx.words;
  return storyLeads.scan(w, Math.max(0, ca - STORY_REACH), i).some((m) => m.to < w.length && witnessEvents.matchAt(w, m.to) !== null)
    // The pronoun's lead may follow the verb and its subject (الذي وقع الجانبان في ختامه).
    || ownStoryLeads.scan(w, Math.max(0, ca - STORY_REACH), Math.min(w.length, i + STORY_REACH)).some((m) => eventHeadBefore(w, m.from));
}

const ownStoryLeads = new PhraseTable<true>().addAll(L.witnessed.own_story_leads, true);
/**
 * Is there a relative pronoun a few words before `k` (الذي وقع الجانبان في ختامه) whose head is an event
 * noun of the story (الاجتماع، القمة، الزيارة) within reach before it? The lead's pronoun is then that event's.
 */
function eventHeadBefore(w: SentenceContext['words'], k: number): boolean {
  for (let r = k - 1; r >= Math.max(0, k - STORY_REACH); r--) {
    if (!witnessRelatives.matchAt(w, r)) continue;
    for (let e = r - 1; e >= Math.max(0, r - L.witnessed.event_head_reach); e--) if (witnessEvents.matchAt(w, e)) return true;
    return false;
  }
  return false;
}

/** The bare definite agreement noun (الاتفاق), uncounted and unnamed: it refers back to one of the discourse. */
const bareDefinite = (w: SentenceContext['words'], n: NounHit): boolean =>
  n.count === null && n.to - n.nameFrom === 1 && tokenAt(w, n.from).prefixes.includes('ال');

/** Does the sentence open with a year and a dash, as a line of an almanac ("on this day") does? */
const almanacLine = (w: SentenceContext['words']): boolean => w.length > 2 && isYear(tokenAt(w, 0).norm) && (tokenAt(w, 1).norm === '-' || tokenAt(w, 1).norm === '–');

const isYear = (norm: string): boolean => /^(1[5-9]|20)\d\d$/.test(norm);

/** The states and bodies this sentence names. */
const namedHere = (ctx: SentenceContext): ReadonlySet<string> => new Set(ctx.doc.mentions.filter((m) => m.sentence === ctx.index).map((m) => m.id));

/** The years the sentence names (في 2010، عام 1994). */
const sentenceYears = (w: SentenceContext['words']): number[] => w.filter((x) => isYear(x.norm)).map((x) => Number(x.norm));

/** Does the sentence name a year before the one of `date` (1994 in a sentence the article's day would date)? */
function pastYearBefore(w: SentenceContext['words'], dated: { date: string | null; rule: string }): boolean {
  // A calendar day the text writes out (في 10 مارس الماضي) is the act's own: a year another clause
  // names (منذ مشاركته في قمة عام 2012، وتأتي بعد الاتفاق الذي توصلتا إليه في 10 مارس) does not undo it.
  if (!dated.date || CALENDAR_DAY.has(dated.rule)) return false;
  const year = Number(dated.date.slice(0, 4));
  return w.some((x) => isYear(x.norm) && Number(x.norm) < year);
}
/** Date rules (relate/dates.ts) of a day written out with its month: no other year in the sentence overrides them. */
const CALENDAR_DAY: ReadonlySet<string> = new Set(['absolute', 'numeric']);

/** The purpose lam on the act word, definite too (لتوقيع، للتوصل): isPurpose leaves ل + ال to prepositions. */
const purposeLam = (word: SentenceContext['words'][number]): boolean => word.prefixes.includes('ل');

const contentClause = new PhraseTable<true>().addAll(L.content_clause, true);
/**
 * A perfect signing verb in a content clause (بهدف التأكيد على أن فرنسا وروسيا توصلتا إلى اتفاق) is
 * read from its complementiser on: a plan cue of the main clause is the main verb's. Null elsewhere.
 */
function factInContentClause(ctx: SentenceContext, trig: Trigger, i: number): ReturnType<typeof modalityAt> | null {
  if (trig !== 'verb') return null;
  const w = ctx.words;
  const [ca] = ctx.clause(i);
  for (let k = i - 1; k >= Math.max(ca, i - 6); k--) {
    if (!contentClause.matchAt(w, k, k + 1)) continue;
    const reading = modalityAt(w.slice(k + 1), i - k - 1);
    return modalityAt(w, i).modality === 'planned' ? reading : null;
  }
  return null;
}

/** Is the verb at i in a relative clause (… التي وقعت، الذين أبرموا) whose head is no named state, body or leader? */
function vagueRelativeHead(ctx: SentenceContext, i: number): boolean {
  const k = relativePronounOf(ctx, i);
  return k > 0 && !ctx.mention(k - 1);
}

/** Is the verb at i in a relative clause headed by an event noun (الاشتباكات التي وقعت، الهجوم الذي وقع)? */
function eventRelative(ctx: SentenceContext, i: number): boolean {
  const k = relativePronounOf(ctx, i);
  return k > 0 && eventSubjects.matchAt(ctx.words, k - 1, k) !== null;
}

/**
 * Sources and a verb of confirming or revealing a few words before the verbal noun at i, in its
 * sentence (أكدت لـ«الصحيفة»، مصادر مطلعة، توقيع…): punctuation and quotes do not count.
 */
function reportedBefore(w: SentenceContext['words'], i: number): boolean {
  let source = false;
  for (let k = i - 1, counted = 0; k >= 0 && counted < L.second_hand.report_window; k--) {
    if (!hasLetters(tokenAt(w, k))) continue;
    source ||= sourceNouns.matchAt(w, k, i) !== null;
    if (reportVerbs.matchAt(w, k, i)) return source;
    counted++;
  }
  return false;
}

/** Does a cue of the table (من أجل، بهدف، ضرورة) end right before the act at i? */
function cueBefore(table: PhraseTable<true>, w: SentenceContext['words'], i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) if (table.matchAt(w, k, i)?.to === i) return true;
  return false;
}

/**
 * Where the agreement's own بين phrase must end: before a بين that follows another noun standing apart
 * from the agreement's name (بعد إبرام الاتفاق بهدف تعزيز العلاقات الاقتصادية بين البلدين).
 */
function ownBetweenTo(ctx: SentenceContext, nameTo: number, to: number): number {
  const w = ctx.words;
  for (let k = nameTo + 1; k < to; k++) {
    const head = otherHeads.matchAt(w, k, to);
    if (!head) continue;
    for (let b = head.to; b < Math.min(to, head.to + 3); b++) if (betweenPreps.matchAt(w, b, to)) return b;
  }
  return to;
}

const authorise = new PhraseTable<true>().addAll(L.authorise_before, true);
const trailingLead = new PhraseTable<true>().addAll(L.trailing_date_lead, true);
/**
 * The date of a time adjunct that follows the clause ending at `end` set off by a comma (… بين البلدين،
 * في 16 صفر 1355هـ - مايو 1936م): a clause of its own that holds only the date, its leads, numbers
 * and at most one word of an unread calendar (صفر). Null when the next clause is anything else.
 */
function trailingDate(ctx: SentenceContext, end: number): { date: string; rule: string } | null {
  const w = ctx.words;
  if (end >= w.length || tokenAt(w, end).norm !== ',') return null;
  const [from, to] = ctx.clause(end + 1);
  const d = ctx.dates.find((x) => x.from > end && x.from < to);
  if (!d || (to < w.length && !ctx.isBreakAt(to) && d.to !== to)) return null;
  let other = 0;
  for (let k = Math.max(from, end + 1); k < d.from; k++) {
    const lead = trailingLead.matchAt(w, k, d.from);
    if (lead) { k = lead.to - 1; continue; }
    if (/\d/.test(tokenAt(w, k).norm) || ctx.isBreakAt(k) || tokenAt(w, k).norm === '-') continue;
    if (++other > 1) return null;
  }
  if (d.to < to) return null;
  return doneDate(ctx, d, 'after');
}

/**
 * The date ending the clause before the act's clause, right at the comma that opens it, when the act's
 * clause opens with no conjunction (يقول إنه في عام 1994، توصلت الولايات المتحدة…): a date fronted to
 * the act. After و or ف (في عام 2010، ووقعت…) the clause is coordinated and the date is the first one's.
 */
function frontedDate(ctx: SentenceContext, clauseStart: number): { date: string; rule: string } | null {
  const w = ctx.words;
  const comma = clauseStart - 1;
  if (comma < 1 || tokenAt(w, comma).norm !== ',' || tokenAt(w, clauseStart).prefixes.some((p) => p === 'و' || p === 'ف')) return null;
  const d = ctx.dates.find((x) => x.to === comma);
  return d ? doneDate(ctx, d, 'before') : null;
}

/**
 * The date expression d gives a done act, at its precision (a day ahead of the article gives none),
 * its rule marked with where it stood (`-after`, `-before`).
 */
function doneDate(ctx: SentenceContext, d: SentenceContext['dates'][number], where: string): { date: string; rule: string } | null {
  const own = d.precision === 'day' ? (d.date && !d.future ? { date: d.date, rule: d.rule } : null) : ctx.partialDate(d.from, d.to, true, d.from);
  return own ? { date: own.date, rule: `${own.rule}-${where}` } : null;
}

const witnessVerbs = new PhraseTable<true>().addAll(L.witnessed.verbs, true);
const witnessEvents = new PhraseTable<true>().addAll(L.witnessed.events, true);
const witnessRelatives = new PhraseTable<true>().addAll(L.witnessed.relatives, true);
const witnessResumptives = new PhraseTable<true>().addAll(L.witnessed.resumptives, true);
/**
 * The date of the event that "saw" the signing at verbal noun i, when the sentence says that event is
 * the one just dated (زار موسكو في يوليو 2008 وهي الزيارة التي شهدت توقيع…): the date that ends right
 * before the resumptive pronoun. A bare «وشهدت الزيارة توقيع» after some date is not enough: that date
 * may be another event's.
 */
function witnessedDate(ctx: SentenceContext, i: number): { date: string; rule: string } | null {
  const w = ctx.words;
  const at = (t: PhraseTable<true>, k: number) => k >= 0 && t.matchAt(w, k, k + 1) !== null;
  if (!(at(witnessVerbs, i - 1) && at(witnessRelatives, i - 2) && at(witnessEvents, i - 3) && at(witnessResumptives, i - 4))) return null;
  const k = i - 4 > 0 && ctx.isBreakAt(i - 5) ? i - 5 : i - 4;
  const d = ctx.dates.find((x) => x.to === k);
  return d ? doneDate(ctx, d, 'event') : null;
}

const visitWords = new PhraseTable<true>().addAll(L.witnessed.visits, true);
const duringIt = new PhraseTable<true>().addAll(L.witnessed.during_it, true);
/** Does "during it" (خلالها، أثناءه) stand between a verb's end and its object (the word after the verb when they meet)? */
const duringBefore = (w: SentenceContext['words'], from: number, objectAt: number): boolean =>
  w.slice(from, Math.max(from + 1, objectAt)).some((_, k) => duringIt.matchAt(w, from + k, from + k + 1) !== null);
/**
 * The date of a visit the signing at verb i was part of: «أجرى زيارة إلى روسيا في منتصف يونيو …،
 * ووقع اتفاقيات»: a verb coordinated by و at its clause's start with its object right after it (its
 * subject is the visitor's, dropped), and the nearest date before it standing after a visit word in its
 * own clause, with no other date between.
 */
function visitDate(ctx: SentenceContext, i: number, ca: number, trigEnd = i + 1, objectAt = trigEnd): { date: string; rule: string } | null {
  const w = ctx.words;
  // «، وُقّعت خلالها اتفاقيات»: the pronoun of "during it" names that visit itself, و or not; it may
  // follow the verb's subject (ووقع البلدان خلالها مذكرة تفاهم).
  if (i !== ca || !(tokenAt(w, i).prefixes.includes('و') || duringBefore(w, trigEnd, objectAt))) return null;
  const d = ctx.dates.filter((x) => x.to <= ca).sort((x, y) => y.to - x.to)[0];
  if (!d) return null;
  const [a] = ctx.clause(d.from);
  return visitWords.scan(w, a, d.from).length ? doneDate(ctx, d, 'visit') : null;
}

const agoLead = new PhraseTable<true>().addAll(L.years_ago.lead, true);
const agoUnit = new PhraseTable<true>().addAll(L.years_ago.unit, true);
/** The year of "N years ago" in words [from, to) (قبل 51 عاما، منذ عشرين سنة), counted back from the article's year. */
function yearsAgo(ctx: SentenceContext, from: number, to: number): { date: string; rule: string } | null {
  const w = ctx.words;
  if (!ctx.published) return null;
  for (let k = from; k < to - 2; k++) {
    const lead = agoLead.matchAt(w, k, to);
    if (!lead) continue;
    const digits = isDigits(tokenAt(w, lead.to).norm) ? { to: lead.to + 1, payload: Number(tokenAt(w, lead.to).norm) } : null;
    const n = digits ?? numberWords.matchAt(w, lead.to, to);
    if (!n || n.payload < 2 || !agoUnit.matchAt(w, n.to, to)) continue;
    return { date: String(Number(ctx.published.slice(0, 4)) - n.payload).padStart(4, '0'), rule: 'years-ago' };
  }
  return null;
}

const nonState = new PhraseTable<true>().addAll(L.non_state_subjects, true);
/**
 * Does an armed group or movement (جماعة الحوثي، حركة حماس) stand in the window before the act at i
 * that may hold its subject (from `from`: the act pattern's, adjuncts free), within its clause?
 */
function nonStateBefore(ctx: SentenceContext, from: number, i: number): boolean {
  return nonState.scan(ctx.words, Math.max(ctx.clause(i)[0], from), i).length > 0;
}

/** How far before the act a mandate may stand: its verb, the authority and the one mandated (فوض مجلس الوزراء السعودي وزير العمل بتوقيع). */
const MAX_AUTHORISE_BEFORE = 6;
/** Does a mandate or approval (تفويض، وافق على) stand before the act at i, in its clause? */
function authorisedAt(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MAX_AUTHORISE_BEFORE); k--) {
    if (ctx.isBreakAt(k)) return false;
    if (authorise.matchAt(ctx.words, k, i)) return true;
  }
  return false;
}

/** Is the verbal noun at i a time adjunct (بعد توقيع، بعد يوم من توقيع)? Looks three words back. */
function isAdjunct(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (ctx.mention(k) || ctx.isBreakAt(k)) return false;
    if (adjunct.matchAt(ctx.words, k)) return true;
  }
  return false;
}

/** Does a private noun (نادي، اللاعب، شركة…) end right before word i? */
function privateNounBefore(ctx: SentenceContext, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (privateNouns.matchAt(ctx.words, k, i)?.to === i) return true;
  return false;
}

/** Is the signing side a club, a player or a company: a private noun before the agreement noun? */
function privateSigner(ctx: SentenceContext, from: number, to: number): boolean {
  return privateNouns.scan(ctx.words, from, to).length > 0;
}

/** Does مع (or another "with") stand right before a private noun in words [from, to)? */
function privateWith(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const prep = withPreps.matchAt(ctx.words, k, to);
    // A named body (البنك الدولي) is no private party.
    if (prep && !ctx.mention(prep.to) && privateNouns.matchAt(ctx.words, prep.to, to)) return true;
  }
  return false;
}

const seatParty = new Map(L.seat_parties.flatMap((s) => s.words.flatMap(phraseWords).map((w) => [w, s.party] as const)));
/** A party as the agreement's: the seat of an organisation named by its city (بروكسل) is that organisation. */
const partyOfArg = (a: Arg): EntityRef => {
  const seat = a.mention?.via === 'capital' ? seatParty.get(normaliseArabic(a.mention.text)) : undefined;
  return seat ? { label: 'Organization', id: seat } : a.party!;
};
const partiesOf = (args: Arg[]): EntityRef[] => uniqueRefs(args.filter((a) => a.party).map(partyOfArg));

function uniqueRefs(refs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  const out: EntityRef[] = [];
  for (const r of refs) {
    const k = `${r.label}:${r.id}`;
    if (!seen.has(k)) { seen.add(k); out.push(r); }
  }
  return out;
}

register({
  relation: 'agreement',
  anchors: agreementAnchors,
  find: (ctx) => [...findAgreements(ctx), ...findNisbaPairs(ctx)],
  patterns,
  // relate/index.ts runs the finder itself, after the sentence's registry references.
  external: true,
});
