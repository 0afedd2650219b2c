/**
 * Agreements: an act of signing, concluding, reaching or exchanging (وقع، أبرم، توقيع، تبادل، توصل
 * إلى) whose object is an agreement noun (اتفاقية، معاهدة، مذكرة تفاهم…) becomes an AgreementFact
 * with its parties, signatories, kind, count, date and status. Input: a SentenceContext.
 * Output: AgreementFact[] (one per agreement mention; resolve/facts.ts merges mentions of one agreement).
 */
import type { AgreementFact, EntityRef } from '../document.ts';
import type { Arg, SentenceContext } from './context.ts';
import { agreementsLexicon as L, discourseLexicon, PhraseTable, phraseWords, visitsLexicon } from './lexicon.ts';
import { isFutureVerb, isPurpose, modalityAt } from './modality.ts';
import { datesLexicon } from './lexicon.ts';
import { hasMonthName } from './dates.ts';
import { isDigits, pastParenthetical } from './words.ts';
import { entryForSigning } from './registry.ts';

type Trigger = 'verb' | 'noun' | 'pending' | 'participle';

const triggers = new PhraseTable<Trigger>()
  .addAll(L.done.verbs, 'verb')
  .addAll(L.done.nouns, 'noun')
  .addAll(L.pending.verbs, 'pending');
const participles = new PhraseTable<true>().addAll(L.done.participles, true);
const nouns = new PhraseTable<'one' | 'many'>();
for (const n of L.nouns) nouns.addAll(n.words, n.number);
const consensus = new PhraseTable<true>().addAll(L.consensus_followers, true);
const kindCues = new PhraseTable<{ kind: string; group: string }>();
for (const k of L.kinds) kindCues.addAll(k.cues, { kind: k.kind, group: k.group });
const nameWords = new PhraseTable<true>().addAll(L.name_words, true);
const withPreps = new PhraseTable<true>().addAll(L.with, true);
const betweenPreps = new PhraseTable<true>().addAll(L.between, true);
const distributive = new PhraseTable<true>().addAll(L.distributive, true);
const adjunct = new PhraseTable<true>().addAll(L.adjunct_before, true);
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

/** Words one of which every agreement trigger holds: the sentence gate (see index.ts). */
export const agreementAnchors = (): Iterable<string> => [...triggers.anchors, ...participles.anchors, ...[...futureForms].map((f) => `س${f}`), ...futureOnly];

const MAX_VERB_TO_NOUN = 14;
const MAX_NOUN_TO_NOUN = 3;
/** How far before a signing verb its subject may stand (روسيا والصين توقعان…). */
const MAX_SUBJECT_BEFORE = 8;

export function findAgreements(ctx: SentenceContext): AgreementFact[] {
  const out: AgreementFact[] = [];
  const w = ctx.words;
  for (let i = 0; i < w.length; i++) {
    let trig: Trigger | null = triggers.matchAt(w, i)?.payload ?? null;
    let trigEnd = trig ? triggers.matchAt(w, i)!.to : i + 1;
    if (!trig && isFutureVerb(w[i], (k) => futureForms.has(k))) trig = 'pending';
    if (!trig && i > 0 && subjunctive.matchAt(w, i - 1, i) && w[i].keys.some((k) => futureOnly.has(k))) trig = 'pending';
    if (!trig && participles.matchAt(w, i)) trig = 'participle';
    if (!trig) continue;
    const [ca, cb] = ctx.clause(i);
    // The object may stand past a comma (وقعت السعودية في نيويورك، مع ناميبيا على بروتوكول…).
    // A comma-enclosed insertion right after a verb (ووقعت، وفق ما أعلنته الوكالة، مصر والأردن…) is
    // an adjunct: the subject and object are read after it.
    const argsFrom = trig === 'verb' || trig === 'pending' ? pastParenthetical(w, trigEnd, (k) => nouns.matchAt(w, k) !== null) : trigEnd;
    const objectAt = trig === 'verb' || trig === 'pending' ? objectAfter(ctx, argsFrom) : trigEnd;
    const found = objectAt < 0 ? [] : trig === 'participle' ? nounBefore(ctx, i, ca)
      : nounsAfter(ctx, objectAt, w.length, trig === 'noun' ? MAX_NOUN_TO_NOUN : MAX_VERB_TO_NOUN);
    if (!found.length) continue;
    // A participle (الاتفاقية الموقعة) mostly recalls an old agreement: only a dated one is a report.
    if (trig === 'participle' && !ctx.dates.some((d) => d.precision === 'day' && d.from >= ca && d.to <= cb)) continue;

    const reading = modalityAt(w, i);
    if (reading.modality !== 'fact' && reading.modality !== 'planned') continue;
    const planned = reading.modality === 'planned' || trig === 'pending' || isPurpose(w[i]);

    const firstNoun = found[0].from;
    const scopeFrom = Math.min(ca, i);
    // The scope runs to the end of the object's clause: a comma-enclosed insertion after the verb
    // (ووقعت، صباح اليوم، السعودية اتفاقية مع مصر) must not cut the verb off from its مع.
    const scopeTo = Math.max(cb, ctx.clause(found[found.length - 1].to - 1)[1]);
    // Subjects: what stands just before the trigger in its clause (روسيا والصين توقعان، تعتزم روسيا
    // والصين توقيع، بوتين أعلن توقيع) or between it and the object (VSO; a verbal noun's genitive).
    const asAdjunct = trig === 'noun' && isAdjunct(ctx, i);
    const subjects = trig === 'participle' ? []
      : [...(asAdjunct ? [] : ctx.argsIn(Math.max(ca, i - MAX_SUBJECT_BEFORE), i)), ...ctx.argsIn(argsFrom, firstNoun)];
    const between = ctx.argsAfterPrep(betweenPreps, scopeFrom, scopeTo);
    const withArgs = ctx.argsAfterPrep(withPreps, scopeFrom, scopeTo, distributive);
    let via = 'subject';
    let groups: Arg[][];
    if (between.length) {
      // بين names every party: nobody else is added (توقيع الاتفاق بين طهران والدول الكبرى).
      groups = [between];
      via = 'between';
    } else {
      const own = [...subjects];
      if (!own.length && (trig === 'verb' || trig === 'pending' || withArgs.length)) {
        // A verbal noun with no subject is a bare mention (بعد توقيع الاتفاق) unless مع names the
        // other side: then the sentence's actor is this side (بعد توقيع اتفاق مع كوريا، وصل بوتين).
        const actor = ctx.actor(scopeFrom, scopeTo) ?? (trig === 'noun' ? null : ctx.focusLeader(i));
        if (actor) own.push(actor);
        via = actor?.via === 'focus' ? 'focus' : 'actor';
      }
      let others: Arg[] = withArgs;
      if (!others.length && trig === 'verb' && partiesOf(own).length < 2) {
        // The other side named earlier in the sentence (أقامت السعودية علاقات مع فيجي، ووقع… على اتفاقية).
        others = ctx.argsAfterPrep(withPreps, 0, scopeFrom);
        if (others.length) via = 'sentence-with';
      }
      groups = withArgs.distributive ? others.map((o) => [...own, o]) : [[...own, ...others]];
    }

    for (const parties of groups) {
    const partyRefs = partiesOf(parties);
    // Two sides, at least one of them a state: an agreement "with an international organisation"
    // (GUIDELINES) binds a state and an organisation or UN body.
    if (partyRefs.length < 2 || !partyRefs.some((r) => r.label === 'State') || partyRefs.some((r) => stateGroups.has(r.id))) continue;
    const signatories = uniqueRefs(parties.filter((p) => p.leader).map((p) => p.leader!.ref));

    const { date, rule: dateRule } = ctx.dateFor(i, !planned);
    const status = planned ? 'planned' : isSigning(w[i]) ? 'signed' : 'concluded';
    const rule = `agreement:${trig === 'noun' ? 'signing-noun' : trig === 'participle' ? 'signed-participle' : trig === 'pending' ? 'pending-verb' : 'signing-verb'}+${via}|date:${dateRule}`;
    const confidence = (via === 'subject' || via === 'between' ? 0.9 : via === 'actor' ? 0.75 : 0.65) - (planned ? 0.1 : 0);
    for (const n of found) {
      const fact: AgreementFact = {
        type: 'agreement', name_ar: n.name, kind: n.kind, status, date: planned && dateRule === 'published' ? null : date,
        count: n.count, parties: partyRefs, signatories,
        evidence: [ctx.evidence(Math.min(ca, i, ...parties.map((p) => p.word)), Math.max(n.to, ...parties.map((p) => p.word + 1)), rule, confidence)],
      };
      // A report of a registry agreement's own signing (its parties, its kind, its days) is that agreement.
      const entry = planned ? null : entryForSigning({ ...fact, datedByText: dateRule !== 'published' && dateRule !== 'none' });
      if (entry) Object.assign(fact, { registry: entry.id, parties: entry.partyRefs, name_ar: entry.name_ar });
      out.push(fact);
    }
    }
    i = Math.max(i, found[found.length - 1].to - 1);
  }
  return out;
}

/** Does the act word name a signing (وقع، توقيع، الموقعة) rather than a conclusion (أبرم، توصل)? */
const isSigning = (word: SentenceContext['words'][number]): boolean =>
  signingStems.some((s) => word.stem.replace(/^ال/, '').startsWith(s) || word.keys.some((k) => k.startsWith(s)));

/**
 * Where the object of a signing verb starts: the first agreement noun after the verb, past only
 * mentions, discourse references, dates, numbers, titles, adverbs, prepositions and a few other
 * words (unknown names and subjects). -1 past those, or when the subject is an event noun: then وقع
 * means "occurred" (ووقع الهجوم بعد يوم من الاتفاق، وقع انفجار قرب السفارة).
 */
function objectAfter(ctx: SentenceContext, from: number): number {
  const w = ctx.words;
  let unknown = 0;
  for (let k = from; k < Math.min(w.length, from + MAX_VERB_TO_NOUN); ) {
    if (nouns.matchAt(w, k)) return k;
    if (eventSubjects.matchAt(w, k)) return -1;
    if (ctx.mention(k)) { k = ctx.after(k); continue; }
    const ref = ctx.refAt(k);
    if (ref) { k = Math.max(ref.to, k + 1); continue; }
    const date = ctx.dates.find((d) => d.from <= k && k < d.to);
    if (date) { k = date.to; continue; }
    const skip = objectSkip.matchAt(w, k) ?? numberWords.matchAt(w, k);
    if (skip) { k = skip.to; continue; }
    // A month the date grammar could not read (في فبراير (شباط)) is an adjunct too.
    if (hasMonthName(w, k, k + 1)) { k++; continue; }
    if (ctx.covered[k] || isDigits(w[k].norm) || w[k].norm === ',' || w[k].norm === 'و') { k++; continue; }
    // Other words: a subject the recogniser does not know (والدول الكبرى، الحركة الشعبية), a few at most.
    if (++unknown > L.object_unknown_words) return -1;
    k++;
  }
  return -1;
}

interface NounHit { from: number; to: number; nameFrom: number; name: string; kind: string; count: number | null }

/** The agreement nouns after a trigger: the first, then any coordinated by و (…اتفاقية للدفاع واتفاقية للطاقة). */
function nounsAfter(ctx: SentenceContext, from: number, clauseEnd: number, maxGap: number): NounHit[] {
  const w = ctx.words;
  const out: NounHit[] = [];
  let i = from;
  let gapLimit = from + maxGap;
  while (i < clauseEnd && i <= gapLimit) {
    const hit = nouns.matchAt(w, i, clauseEnd);
    if (!hit || (out.length && !w[i].prefixes.includes('و'))) {
      if (out.length && hit) break;
      i++;
      continue;
    }
    if (consensus.matchAt(w, hit.to)) { i = hit.to; continue; }
    const n = describe(ctx, hit.from, hit.to, hit.payload, clauseEnd);
    // "11 اتفاقية ومذكرة تفاهم": the coordinated noun belongs to the counted batch.
    if (out.length && out[out.length - 1].count !== null) { out[out.length - 1].to = n.to; out[out.length - 1].name = text(ctx, out[out.length - 1].nameFrom, n.to); }
    else out.push(n);
    i = n.to;
    gapLimit = i + 2;
  }
  return out;
}

function nounBefore(ctx: SentenceContext, at: number, clauseStart: number): NounHit[] {
  for (let i = at - 1; i >= Math.max(clauseStart, at - 4); i--) {
    const hit = nouns.matchAt(ctx.words, i);
    if (hit && hit.to <= at) return [describe(ctx, hit.from, hit.to, hit.payload, at)];
  }
  return [];
}

/** Name, kind and count of the agreement noun at [from, to). */
function describe(ctx: SentenceContext, from: number, to: number, number: 'one' | 'many', limit: number): NounHit {
  const w = ctx.words;
  let count: number | null = null;
  const prev = w[from - 1];
  if (prev && isDigits(prev.norm)) count = Number(prev.norm);
  else if (from > 0) {
    for (let k = Math.max(0, from - 2); k < from; k++) {
      const nw = numberWords.matchAt(w, k, from);
      if (nw && nw.to === from) count = nw.payload;
    }
  }
  if (count === null && /(تين|تان|ين|ان)$/.test(w[from].stem) && number === 'many' && !w[from].stem.endsWith('ات')) count = 2;
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
      ?? (w[k].prefixes.length === 1 && w[k].prefixes[0] === 'ال' && !ctx.mention(k) ? { to: k + 1 } : null);
    if (naming && modifier) { end = modifier.to; k = modifier.to - 1; } else naming = false;
  }
  // No cue after the noun: the noun itself may carry one (مذكرة تفاهم → mou).
  for (let k = from; !kind && k < to; k++) kind = kindCues.matchAt(w, k, to)?.payload.kind ?? null;
  const batch = number === 'many' || (count !== null && count > 1);
  if (batch) kind = L.batch_kind;
  const start = count !== null && prev ? from - 1 : from;
  return { from, to: Math.max(end, to), nameFrom: start, name: text(ctx, start, Math.max(end, to)), kind: kind ?? L.general_kind, count: count !== null && count > 1 ? count : null };
}

function text(ctx: SentenceContext, from: number, to: number): string {
  return ctx.doc.text.slice(ctx.words[from].start, ctx.words[to - 1].end);
}

/** Is the verbal noun at i a time adjunct (بعد توقيع، بعد يوم من توقيع)? Looks three words back. */
function isAdjunct(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (ctx.mention(k) || ctx.isBreakAt(k)) return false;
    if (adjunct.matchAt(ctx.words, k)) return true;
  }
  return false;
}

const partiesOf = (args: Arg[]): EntityRef[] => uniqueRefs(args.filter((a) => a.party).map((a) => a.party!));

function uniqueRefs(refs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  const out: EntityRef[] = [];
  for (const r of refs) {
    const k = `${r.label}:${r.id}`;
    if (!seen.has(k)) { seen.add(k); out.push(r); }
  }
  return out;
}
