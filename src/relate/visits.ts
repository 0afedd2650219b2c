/**
 * Visits and meetings: a leader travelling to another state (زار، وصل إلى، في زيارة، جولة) becomes a
 * VisitFact (destination state, city, date, host, status); two leaders meeting (التقى، اجتماع،
 * لقاء الرئيسين، استقبل) become a MetFact, and a meeting held in the state of one of them is also the
 * other's visit there. Input: a SentenceContext. Output: VisitFact[] and MetFact[].
 * Not visits (GUIDELINES): ships or troops arriving, invitations (kept as planned), meetings at home.
 */
import type { EntityRef, MetFact, VisitFact } from '../document.ts';
import type { Arg, SentenceContext } from './context.ts';
import { stateOf } from './discourse.ts';
import { PhraseTable, phraseWords, visitsLexicon as L } from './lexicon.ts';
import { isFutureVerb, isPurpose, modalityAt } from './modality.ts';

type VisitTrigger = 'verb' | 'noun' | 'possessive';
const visitTriggers = new PhraseTable<VisitTrigger>()
  .addAll(L.visit.verbs, 'verb').addAll(L.visit.nouns, 'noun').addAll(L.visit.possessive, 'possessive');
const receive = new PhraseTable<true>().addAll(L.receive.verbs, true);
const meet = new PhraseTable<'verb' | 'noun'>().addAll(L.meet.verbs, 'verb').addAll(L.meet.nouns, 'noun');
const meetWith = new PhraseTable<true>().addAll(L.meet.with, true);
const toPreps = new PhraseTable<true>().addAll(L.to.filter((p) => phraseWords(p)[0].length > 1), true);
const atPreps = new PhraseTable<true>().addAll(L.at.filter((p) => phraseWords(p)[0].length > 1), true);
const adverbs = new PhraseTable<true>().addAll(L.adverbs, true);
const receptionCues = new PhraseTable<true>().addAll(L.visit.reception_cues, true);
const visitVerbForms = new Set(L.visit.verbs.flatMap(phraseWords));
const transitive = new Set(L.visit.transitive.flatMap(phraseWords));
/** Does the trigger take its destination as a direct object (زار الصين، سيزور فيتنام، زيارة فيتنام)? */
const takesObject = (keys: string[]): boolean => keys.some((k) => transitive.has(k) || (k.startsWith('س') && transitive.has(k.slice(1))));

export const visitGate = (keys: string[]): boolean =>
  visitTriggers.starts(keys) || receive.starts(keys) || meet.starts(keys) || keys.some((k) => k.startsWith('س') && visitVerbForms.has(k.slice(1)));

/** "في زيارة"، "خلال زيارة": a visit noun framed as the circumstance of the sentence's subject. */
const DURING = new Set(['في', 'خلال', 'اثناء']);

const isLeaderArg = (a: Arg | null | undefined): a is Arg & { leader: NonNullable<Arg['leader']> } => !!a?.leader;

export function findVisitsAndMeetings(ctx: SentenceContext): { visits: VisitFact[]; meetings: MetFact[] } {
  const visits: VisitFact[] = [];
  const meetings: MetFact[] = [];
  const w = ctx.words;
  for (let i = 0; i < w.length; i++) {
    const v = visitTriggers.matchAt(w, i);
    const future = !v && isFutureVerb(w[i], (k) => visitVerbForms.has(k));
    if (v || future) {
      const visit = readVisit(ctx, i, v ? v.to : i + 1, v?.payload ?? 'verb', future);
      if (visit) visits.push(visit);
      if (v) i = v.to - 1;
      continue;
    }
    const r = receive.matchAt(w, i);
    const m = r ? null : meet.matchAt(w, i);
    if (r || m) {
      const met = readMeeting(ctx, i, (r ?? m)!.to, !!r);
      if (met) {
        meetings.push(met.fact);
        if (met.visit) visits.push(met.visit);
      }
    }
  }
  return { visits, meetings };
}

/** A destination after word `from` in the clause: a state or city introduced by إلى/ل (or the object of زار). */
function destinationAfter(ctx: SentenceContext, from: number, to: number, direct: boolean): { state: string; city: string | null; word: number } | null {
  const w = ctx.words;
  for (let k = from; k < to; k++) {
    const m = ctx.mention(k);
    const introduced = (k > 0 && toPreps.matchAt(w, k - 1) !== null) || w[k].prefixes.includes('ل') || (direct && k === from);
    if (m && introduced && (m.kind === 'State' || m.kind === 'City') && m.via !== 'nisba') {
      const state = stateOf(m);
      if (!state) return null;
      return { state, city: m.kind === 'City' || m.via === 'capital' ? (m.name_ar ?? m.text) : null, word: k };
    }
    if (m) k = ctx.after(k) - 1;
  }
  return null;
}

function readVisit(ctx: SentenceContext, i: number, end: number, trig: VisitTrigger, future: boolean): VisitFact | null {
  const w = ctx.words;
  const [ca, cb] = ctx.clause(i);
  let visitor: Arg | null = null;
  let after = end;
  if (trig === 'verb') {
    // VSO: the subject follows the verb (after adverbs such as مؤخرا، اليوم).
    let k = end;
    while (k < cb) {
      const adv = adverbs.matchAt(w, k, cb) ?? (ctx.dates.find((d) => d.from === k) ? { to: ctx.dates.find((d) => d.from === k)!.to } : null);
      if (!adv) break;
      k = adv.to;
    }
    if (k < cb) {
      const ref = ctx.refAt(k);
      const m = ctx.mention(k);
      if (ref) { visitor = ref.args[0] ?? null; after = ref.to; }
      else if (m && (m.kind === 'Leader' || m.kind === 'Office')) { visitor = ctx.argFromMention(m, k); after = ctx.after(k); }
      else if (!m && !toPreps.matchAt(w, k) && !w[k].prefixes.includes('ل')) return null; // a ship, a delegation, a sum: not a leader
    }
    // SVO or a dropped subject: a leader before the verb in its clause, the sentence's actor, the focus.
    visitor ??= ctx.argsIn(ca, i).filter(isLeaderArg).pop() ?? null;
    visitor ??= leaderOnly(ctx.actor(ca, cb)) ?? ctx.focusLeader(i);
  } else {
    const next = end < cb ? ctx.mention(end) : null;
    if (next && (next.kind === 'Leader' || next.kind === 'Office')) { visitor = ctx.argFromMention(next, end); after = ctx.after(end); }
    // "دعاه لزيارة فيتنام": the invitee named before the purpose noun is the visitor.
    else if (isPurpose(w[i])) visitor = ctx.argsIn(ca, i).filter(isLeaderArg).pop() ?? null;
    else if (end < cb && ctx.refAt(end)?.kind === 'counterpart') { const r = ctx.refAt(end)!; visitor = r.args[0]; after = r.to; }
    else if (trig === 'possessive' || (i > 0 && DURING.has(w[i - 1].stem))) {
      visitor = ctx.argsIn(ca, i).filter(isLeaderArg).pop() ?? leaderOnly(ctx.actor(ca, cb)) ?? ctx.focusLeader(i);
    } else return null;
  }
  if (!isLeaderArg(visitor)) return null;
  const dest = destinationAfter(ctx, after, cb, takesObject(w[i].keys));
  if (!dest || dest.state === visitor.leader.state) return null;

  const reading = modalityAt(w, i);
  if (reading.modality !== 'fact' && reading.modality !== 'planned') return null;
  const planned = future || reading.modality === 'planned' || isPurpose(w[i]);
  const { date, rule: dateRule } = ctx.dateFor(i, !planned);
  const host = hostIn(ctx, dest.state, visitor.leader.ref.id);
  const rule = `visit:${trig}+${visitor.via}|date:${dateRule}`;
  const confidence = (visitor.via === 'mention' ? 0.9 : 0.75) - (planned ? 0.1 : 0);
  return {
    type: 'visit', visitor: visitor.leader.ref, to: dest.state, city: dest.city, date: planned && dateRule === 'published' ? null : date,
    status: planned ? 'planned' : 'done', host,
    evidence: [ctx.evidence(Math.min(i, visitor.word), dest.word + 1, rule, confidence)],
  };
}

const leaderOnly = (a: Arg | null): Arg | null => (a?.leader ? a : null);

/** A leader named in the sentence who serves the destination state: the host. */
function hostIn(ctx: SentenceContext, state: string, visitor: string): EntityRef | null {
  for (let k = 0; k < ctx.words.length; k++) {
    const m = ctx.mention(k);
    if (m?.kind === 'Leader' && m.state === state && m.id !== visitor) return { label: 'Leader', id: m.id };
  }
  return null;
}

function readMeeting(ctx: SentenceContext, i: number, end: number, reception: boolean): { fact: MetFact; visit: VisitFact | null } | null {
  const w = ctx.words;
  const [ca, cb] = ctx.clause(i);
  const reading = modalityAt(w, i);
  if (reading.modality !== 'fact') return null;
  // Participants: the subject before the trigger, then the leaders after it (و/مع/ب coordinated).
  const before = ctx.argsIn(ca, i).filter(isLeaderArg);
  const afterArgs = [...ctx.argsIn(end, Math.min(cb, end + 12)), ...ctx.argsAfterPrep(meetWith, end, Math.min(cb, end + 12))].filter(isLeaderArg);
  let people: Arg[] = [...before.slice(-1), ...afterArgs];
  if (!before.length && people.length === 1) {
    const subj = leaderOnly(ctx.actor(ca, cb)) ?? ctx.focusLeader(i);
    if (subj) people = [subj, ...people];
  }
  const seen = new Set<string>();
  people = people.filter((p) => !seen.has(p.leader!.ref.id) && seen.add(p.leader!.ref.id));
  if (people.length < 2) return null;
  const [a, b] = people;
  if (a.leader!.state && a.leader!.state === b.leader!.state) return null;
  // Place: في/ب + a city or state after the participants.
  let place: { state: string; city: string | null; word: number } | null = null;
  for (let k = end; k < cb; k++) {
    const m = ctx.mention(k);
    if (m && (m.kind === 'City' || (m.kind === 'State' && m.via !== 'nisba')) && (atPreps.matchAt(w, k - 1) || w[k].prefixes.includes('ب'))) {
      const st = stateOf(m);
      if (st) place = { state: st, city: m.kind === 'City' || m.via === 'capital' ? (m.name_ar ?? m.text) : null, word: k };
      break;
    }
    if (m) k = ctx.after(k) - 1;
  }
  const { date, rule: dateRule } = ctx.dateFor(i, true);
  const rule = `met:${reception ? 'reception' : 'meeting'}|date:${dateRule}`;
  const ev = ctx.evidence(Math.min(i, a.word, b.word), Math.max(i + 1, b.word + 1, (place?.word ?? 0) + 1), rule, 0.8);
  const [x, y] = [a.leader!.ref, b.leader!.ref].sort((p, q) => p.id.localeCompare(q.id));
  const fact: MetFact = { type: 'met', a: x, b: y, date, place: place?.city ?? place?.state ?? null, evidence: [ev] };

  // A meeting held in one participant's state is the other's visit there; a reception is one when
  // the sentence says the guest is visiting (الذي يزور، في زيارة).
  let visit: VisitFact | null = null;
  const hostArg = reception ? a : place ? [a, b].find((p) => p.leader!.state === place!.state) : null;
  const guest = hostArg ? (hostArg === a ? b : a) : null;
  const destState = reception ? hostArg?.leader!.state ?? null : place?.state ?? null;
  const visiting = !reception || receptionCues.scan(w).length > 0;
  if (hostArg && guest && destState && guest.leader!.state && guest.leader!.state !== destState && visiting) {
    visit = {
      type: 'visit', visitor: guest.leader!.ref, to: destState, city: place?.city ?? null, date, status: 'done',
      host: hostArg.leader!.ref,
      evidence: [{ ...ev, rule: `visit:${reception ? 'reception' : 'meeting-abroad'}|date:${dateRule}`, confidence: 0.7 }],
    };
  }
  return { fact, visit };
}
