/**
 * Meetings: two leaders meeting (التقى، اجتماع، لقاء الرئيسين، استقبل) become a MetFact (the pair, date,
 * place). A registered component on the pattern engine: its triggers are the anchors of
 * data/patterns/meetings.yaml (met:reception, met:meeting; a pattern's id is the rule), and the
 * distances it searches are that file's `windows`. Who took part, where and when is still read here
 * (docs/relations.md, "State of the port"). A meeting held in the state of one of its leaders is
 * also the other's visit there: the visit component (visits.ts) asks for those (`implied`) and
 * records them in text order with its own. Input: a SentenceContext. Output: MetFact[] (and visits for visits.ts).
 */
import type { MetFact, VisitFact } from '../model.ts';
import { type Arg, FORMER, type SentenceContext } from './context.ts';
import { stateOf } from './discourse.ts';
import { PhraseTable, phraseWords, visitsLexicon as L } from './lexicon.ts';
import { modalityAt } from './modality.ts';
import { isBreak as isBreakWord, pastParenthetical } from './words.ts';
import { tokenAt } from '../normalise/index.ts';
import { lazy } from '../data.ts';
import { loadPatterns } from './patterns/engine.ts';
import { register } from './patterns/registry.ts';
import {
  type LeaderArg, RESIDENT_OFFICES, adverbs, atPreps, inVisitTrigger, introducedBy, isLeaderArg, isPlaceAt, isPosted,
  complementHolder, leaderAfter, leaderJustBefore, leaderNamedBy, leaderOnly, opensClause, pastApposedName, plannedClause, presentAt, remoteCues, residentAbroad, sentenceStop, titles,
  HOST_OFFICES, datelinePlace, futureAt, sentFor, tellsVisit,
} from './visits.ts';

/** Index of the sentence's first token, to turn a mention's token span into word indices. */
const base = (ctx: SentenceContext): number => ctx.sentence.tokenStart;

const passiveAgents = new PhraseTable<true>().addAll(L.receive.passive_agents, true);
const postedTitles = new PhraseTable<true>().addAll(L.posted_titles, true);
const resumptives = new Set(L.receive.resumptives.flatMap(phraseWords));
const honorifics = new Set(L.receive.honorific_pronouns.flatMap(phraseWords));
const meetWith = new PhraseTable<true>().addAll(L.meet.with, true);
const meetNouns = new Set(L.meet.nouns.flatMap(phraseWords));
const reportedOpeners = new Set(L.meet.reported.flatMap(phraseWords));
const clauseOpeners = new Set(L.meet.clause_openers.flatMap(phraseWords));
const topicStops = new PhraseTable<true>().addAll(L.topic_stops, true);
const receptionCues = new PhraseTable<true>().addAll(L.visit.reception_cues, true);
const heldBefore = new PhraseTable<true>().addAll(L.meet.held_before, true);
const heldRounds = new Set(L.meet.held_rounds.flatMap(phraseWords));
/** Words that open another clause between a subject and a talks noun: what was said, a relative (القرار الذي اتخذ خلال قمة). */
const saidClause = new PhraseTable<true>().addAll([...L.said_openers, ...L.meet.reported], true);
const relativeClause = new PhraseTable<true>().addAll(L.relatives, true);
/** Words after an opening verb that are no subject: a complementiser, a pronoun of what was said, a particle. */
const subjectlessWords = new Set([...L.said_openers, ...L.complementisers, ...L.meet.no_subject].flatMap(phraseWords));

const patterns = lazy(() => loadPatterns('meetings.yaml', L, {
  // A word a visit trigger takes is read as the visit (visits.ts), never as a meeting too.
  predicates: { 'visit-trigger': inVisitTrigger },
  // Given by video or telephone (مؤتمر صحافي مشترك عبر الفيديو): its givers did not meet.
  conditions: { remote: (ctx, m) => remoteCues.scan(ctx.words, ...ctx.clause(m.anchor)).length > 0 },
}));
/** Distances the finder searches, from data/patterns/meetings.yaml `windows`. */
const windowOf = (name: string): number => patterns().window(name);


interface Read { facts: MetFact[]; visits: { at: number; visits: VisitFact[] }[] }
const readCache = new WeakMap<SentenceContext, Read>();
/** The sentence's meetings and the visits they imply, read once for both components. */
function meetingsOf(ctx: SentenceContext): Read {
  const hit = readCache.get(ctx);
  if (hit) return hit;
  const out: Read = { facts: [], visits: [] };
  for (const m of patterns().run(ctx)) {
    const verb = m.slots.get('verb')!;
    const met = readMeeting(ctx, m.anchor, verb.to, verb.label === 'reception' || verb.label === 'hosted', m.pattern.id, m.pattern.confidence, verb.label === 'hosted', verb.label === 'joint');
    if (!met) continue;
    if (met.fact) out.facts.push(met.fact);
    out.visits.push({ at: m.anchor, visits: met.visits });
  }
  readCache.set(ctx, out);
  return out;
}

register({
  relation: 'met',
  anchors: () => patterns().anchors(),
  ready: leaderNamedBy,
  find: (ctx) => (leaderNamedBy(ctx) ? meetingsOf(ctx).facts : []),
  implied: (ctx) => meetingsOf(ctx).visits.map((v) => ({ at: v.at, facts: v.visits })),
  patterns,
});

/**
 * Place of a meeting: a city or state introduced by في/ب, maybe past a place noun and its nisba (في
 * العاصمة الإيطالية روما), before the talks' topic or a reported clause opens (لبحث الأزمة في ليبيا).
 */
function placeAfter(ctx: SentenceContext, end: number): { state: string; city: string | null; word: number } | null {
  const w = ctx.words;
  // (A participant's titles and name count as one word: التقى ولي ولي العهد النائب الثاني لرئيس مجلس
  // الوزراء وزير الدفاع الأمير محمد بن سلمان في باريس.)
  for (let k = end, n = 0; k < w.length && n < windowOf('place_after'); k++, n++) {
    if (['.', ';', '?', '!'].includes(tokenAt(w, k).norm) || topicStops.matchAt(w, k)) break;
    const m = ctx.mention(k);
    const named = !m && titles.matchAt(w, k) ? leaderAfter(ctx, k, w.length) : null;
    if (named && named !== 'other') { k = named.after - 1; continue; }
    if (!m) continue;
    const placed = introducedBy(ctx, k, atPreps, end - 1) || tokenAt(w, k).prefixes.includes('ب');
    if (isPlaceAt(ctx, k, m) && placed) {
      const st = stateOf(m);
      return st ? { state: st, city: ctx.cityName(k, m), word: k } : null;
    }
    k = ctx.after(k) - 1;
  }
  return null;
}

/**
 * The place set right after the subject, before the meeting's trigger (عقد الملك سلمان بن عبدالعزيز في
 * قصره بالرياض اليوم جلسة مباحثات مع …): في, a place noun or two and the place, within a few words of
 * [from, to) and before any person, office, comma or topic (… محادثات تخص الحالة في ليبيا، ثم زيارة
 * الدوحة للقاء: that place is what was discussed). Only with في: a bare ب after titles is part of them
 * (نائب القائد الأعلى للقوات المسلحة بدولة الإمارات).
 */
function placeBefore(ctx: SentenceContext, from: number, to: number): { state: string; city: string | null; word: number } | null {
  const w = ctx.words;
  for (let k = from; k < Math.min(to, from + windowOf('place_before')); k++) {
    const t = tokenAt(w, k);
    if (isBreakWord(t) || t.norm === ',' || topicStops.matchAt(w, k)) return null;
    const m = ctx.mention(k);
    if (m && (m.kind === 'Leader' || m.kind === 'Office' || m.kind === 'Person')) return null;
    if (atPreps.matchAt(w, k)) {
      const place = placeRightAfter(ctx, k);
      return place && place.word < to ? place : null;
    }
    if (m) k = ctx.after(k) - 1;
  }
  return null;
}

/**
 * The place right after a meeting's verb or its participant (التقى لافروف أمس في الدوحة، استقبل في مقر
 * إقامته بالرياض): past dates, a comma and a few words, but never past another person or office, whose
 * place it would be (استقبل رئيس مجلس الشورى بسلطنة عمان).
 */
function placeRightAfter(ctx: SentenceContext, from: number): { state: string; city: string | null; word: number } | null {
  const w = ctx.words;
  let k = from;
  // Past dates, adverbs and an opening comma (التقى لافروف، أمس الاثنين، في الدوحة).
  for (;;) {
    const date = ctx.dates.find((d) => d.from === k);
    const adv = k < w.length ? adverbs.matchAt(w, k) : null;
    if (date) k = date.to; else if (adv) k = adv.to; else if (k < w.length && tokenAt(w, k).norm === ',' && k - from < windowOf('meeting_place_after')) k++; else break;
  }
  if (k >= w.length) return null;
  const prep = atPreps.matchAt(w, k);
  // في + up to two words (مقر إقامته، العاصمة القطرية) + the place; or the place with ب (بالرياض).
  const last = prep ? Math.min(w.length, prep.to + 3) : k + 1;
  for (let j = prep ? prep.to : k; j < last; j++) {
    if (isBreakWord(tokenAt(w, j))) return null;
    const m = ctx.mention(j);
    const place = m && isPlaceAt(ctx, j, m);
    if (place && (prep || tokenAt(w, j).prefixes.includes('ب'))) {
      const st = stateOf(m);
      return st ? { state: st, city: ctx.cityName(j, m), word: j } : null;
    }
    if (m && !(m.kind === 'State' && m.via === 'nisba')) return null;
    if (m) j = ctx.after(j) - 1;
  }
  return null;
}

/**
 * Where a lone meeting's participant after its trigger may start: past a parenthetical, dates and one
 * comma (التقى أمس الاثنين، وزير الخارجية الروسي …). Not the engine's adjuncts: a comma after the date
 * opens the participant, whom a second comma closes (التقى أمس الاثنين، وزير الخارجية الروسي سيرغي
 * لافروف، في الدوحة): no insertion.
 */
function participantFrom(ctx: SentenceContext, end: number): number {
  let from = pastParenthetical(ctx.words, end);
  for (let d = ctx.dates.find((x) => x.from === from); d; d = ctx.dates.find((x) => x.from === from)) from = d.to;
  if (from < ctx.words.length && tokenAt(ctx.words, from).norm === ',') from++;
  return from;
}

/**
 * The one leader of a meeting held in another state, met with people who hold no state office
 * (التقى لافروف في الدوحة خالد مشعل): he visited that state.
 */
function aloneAbroad(ctx: SentenceContext, i: number, end: number, who: LeaderArg): VisitFact[] {
  // Named as the verb's subject or right after it, not taken from the discourse nor from a title's
  // complement (وزير خارجية الأسد).
  if (!who.mention || who.via === 'focus' || isPosted(who) || postedTitled(ctx, who)) return [];
  // Met with a posted official (التقى هادي في الرياض تيان تشي السفير الصيني): where the host lives.
  const [, cb] = ctx.clause(end);
  if (postedTitles.scan(ctx.words, end, Math.min(cb, end + windowOf('posted_title_after'))).length) return [];
  const at = who.mention.tokenStart - base(ctx);
  if (at > 0 && titles.matchAt(ctx.words, at - 1, at)) return [];
  const from = participantFrom(ctx, end);
  const direct = at > i && from < ctx.words.length ? leaderAfter(ctx, from, ctx.clause(from)[1]) : null;
  if (at > i ? !direct || direct === 'other' || direct.arg.word !== at : leaderJustBefore(ctx, ctx.clause(i)[0], i)?.word !== at) return [];
  const place = placeRightAfter(ctx, Math.max(end, at > i ? ctx.after(at) : end));
  if (!place || !who.leader.state || who.leader.state === place.state) return [];
  const { date, rule: dateRule } = ctx.dateFor(i, true, presentAt(ctx, i, [who], place.state));
  return [{
    type: 'visit', visitor: who.leader.ref, to: place.state, city: place.city, date, status: 'done', host: null,
    evidence: [ctx.evidence(Math.min(i, who.word), Math.max(i + 1, place.word + 1), `visit:meeting-abroad|date:${dateRule}`, 0.65)],
  }];
}

/**
 * The one leader named at a reception held in another state than his own, where its verb or its host
 * places it (استقبل سمو ولي العهد في قصر السلام بجدة وزير الدولة القطري فلان، استقبل الوزير في مقر
 * إقامته بالرياض رجال الأعمال): host or guest, he was there (issue #14, r13). Not a posted official.
 */
function receivedAbroad(ctx: SentenceContext, i: number, end: number, who: LeaderArg): VisitFact[] {
  if (who.via === 'focus' || isPosted(who) || postedTitled(ctx, who) || RESIDENT_OFFICES.has(who.mention?.office ?? who.leader.office ?? '')) return [];
  const place = receptionPlace(ctx, end, who.word > i ? who : undefined);
  if (!place || !who.leader.state || who.leader.state === place.state) return [];
  const { date, rule: dateRule } = ctx.dateFor(i, true, presentAt(ctx, i, [who], place.state));
  return [{
    type: 'visit', visitor: who.leader.ref, to: place.state, city: place.city, date, status: 'done', host: null,
    evidence: [ctx.evidence(Math.min(i, who.word), Math.max(i + 1, who.word + 1, place.word + 1), `visit:reception-abroad|date:${dateRule}`, 0.65)],
  }];
}

/**
 * Is a talks noun held (issue #14, r13)? A time preposition or a verb of holding stands right before it,
 * maybe past a round noun (بعد جولة محادثات، كان يجري المحادثات), or before the subject that stands right
 * before it (بدأ جون كيري وزير الخارجية الأميركي محادثات): its subject's titles and name are read past.
 */
function heldAt(ctx: SentenceContext, i: number, at: number): boolean {
  const w = ctx.words;
  const heldEndsAt = (k: number): boolean => {
    for (let s = Math.max(0, k - 2); s <= k; s++) if (heldBefore.matchAt(w, s, k + 1)?.to === k + 1) return true;
    return false;
  };
  let k = i - 1;
  if (k >= 0 && heldRounds.has(tokenAt(w, k).stem)) k--;
  if (k >= 0 && heldEndsAt(k)) return true;
  // Back over the subject standing right before the noun: his name, titles and nisbas.
  const named = new Set<number>();
  for (let j = 0; j < i; j++) {
    const m = ctx.mentionAt[j];
    if (m) for (let x = j; x < m.tokenEnd - base(ctx); x++) named.add(x);
  }
  let j = k;
  while (j >= 0 && (named.has(j) || titles.matchAt(w, j, j + 1))) j--;
  return j < at && j >= 0 && heldEndsAt(j);
}

/**
 * Talks held in another state with one leader named (issue #14, r13): a talks noun placed there (في/ب +
 * a place right after it or after its participants), whose one leader is named by the noun itself
 * (محادثات وزير الخارجية الروسي سيرجي لافروف في الدوحة، خلال لقائه رياض ياسين في بروكسل، المحادثات بين كيري
 * ونظرائه في الدوحة) or is its clause's subject when the noun is his (أكد خلال مباحثاته في روما) or is held
 * (أكد الجبير بعد محادثات في موسكو، كان كيري يجري المحادثات في فيينا): he took part there, so he visited
 * that state. A noun referred to, called for or planned (هيمن على المحادثات في فيينا، دعا إلى محادثات في
 * جنيف، المحادثات المرتقبة) names no participant; nor does a leader before it across what was said
 * (قال أوباما إن إيران وافقت بعد محادثات في فيينا) or a relative (انتقد القرار الذي اتخذ خلال قمة في باريس).
 */
function talksAbroad(ctx: SentenceContext, i: number, end: number, who: LeaderArg, reach: number): VisitFact[] {
  if (who.via === 'focus' || isPosted(who) || postedTitled(ctx, who)) return [];
  const w = ctx.words;
  const at = who.mention ? Math.min(who.word, who.mention.tokenStart - base(ctx)) : who.word;
  let said = false;
  if (at > i) {
    const from = participantFrom(ctx, end);
    const direct = from < w.length ? leaderAfter(ctx, from, reach) : null;
    if (!(direct && direct !== 'other' && direct.arg.word === at) && !joinedByWith(ctx, who, end)) return [];
  } else {
    // (A possessive is the speaker's own across what he said: أوضح الجبير أن خلال مباحثاته في روما.)
    const own = possessiveAt(ctx, i);
    said = saidClause.scan(w, ctx.after(at), i).length > 0;
    if (ctx.isOblique(at) || relativeClause.scan(w, ctx.after(at), i).length || (!own && said)) return [];
    if (!own && !heldAt(ctx, i, at)) return [];
  }
  const [ca, cb] = ctx.clause(i);
  if (remoteCues.scan(w, ca, cb).length) return [];
  const place = placeAfter(ctx, pastParenthetical(w, end));
  if (!place || !who.leader.state || who.leader.state === place.state) return [];
  // A place right after a title is where its holder serves (ونائب وزير الخارجية في كوريا الشمالية), not
  // where the talks were held.
  let prep = place.word;
  while (prep > end && !tokenAt(w, prep).prefixes.includes('ب') && !atPreps.matchAt(w, prep, prep + 1)) prep--;
  const named = who.mention && who.word < prep ? ctx.after(who.mention.tokenStart - base(ctx)) : end;
  for (let k = Math.max(named, prep - windowOf('title_before_place')); k < prep; k++) if (titles.matchAt(w, k, k + 1) && !tokenAt(w, k).prefixes.includes('ب')) return [];
  // A date inside a relative clause before the noun is that clause's act's (الاتفاق الذي أبرم في فيينا في
  // الرابع عشر من الشهر الماضي على المحادثات بين كيري ونظرائه في الدوحة): the talks stay undated.
  // So is the day of a saying the talks are told in (أوضح الجبير اليوم أن خلال مباحثاته في روما).
  const rel = relativeClause.scan(w, ca, i)[0];
  const { date, rule: dateRule } = said || (rel && ctx.dates.some((d) => d.from > rel.from && d.to <= i))
    ? { date: null, rule: 'none' } : ctx.dateFor(i, true, presentAt(ctx, i, [who], place.state));
  return [{
    type: 'visit', visitor: who.leader.ref, to: place.state, city: place.city, date, status: 'done', host: null,
    evidence: [ctx.evidence(Math.min(i, who.word), Math.max(i + 1, place.word + 1), `visit:talks-abroad|date:${dateRule}`, 0.65)],
  }];
}

/**
 * Where a reception was held, set right after its verb or right after its host (استقبل الرئيس الفرنسي
 * فرانسوا هولاند في مقر إقامته بالرياض، استقبل سمو ولي العهد في قصر السلام بجدة): past the host's titles
 * and name, a nisba and dates. A place further on follows the guest, whose title it may complete
 * (سفير المملكة في روما), and is left to the host's state.
 */
function receptionPlace(ctx: SentenceContext, end: number, host: LeaderArg | undefined): { state: string; city: string | null; word: number } | null {
  const w = ctx.words;
  const hostAt = host ? new Set([host.word, host.mention ? host.mention.tokenStart - base(ctx) : host.word]) : new Set<number>();
  let k = patterns().pastAdjuncts(ctx, end);
  for (let n = 0; k < w.length && n < windowOf('reception_place_after'); n++) {
    const m = ctx.mention(k);
    const skip = m ? null : titles.matchAt(w, k) ?? ctx.dates.find((d) => d.from === k) ?? adverbs.matchAt(w, k);
    if (skip) k = skip.to;
    else if (tokenAt(w, k).norm === ',') k++;
    else if (m && (hostAt.has(k) || (m.kind === 'State' && m.via === 'nisba'))) k = ctx.after(k);
    else break;
  }
  const direct = placeRightAfter(ctx, k);
  if (direct || k >= w.length || !tokenAt(w, k).prefixes.includes('ب') || ctx.mention(k)) return direct;
  // بمقر السفارة السعودية في روما، بمقر سفارة خادم الحرمين الشريفين في روما: a premises noun and its
  // owner, then the place.
  for (let j = k + 1, n = 0; j < w.length && n < windowOf('premises_owner'); n++) {
    const m = ctx.mention(j);
    if (atPreps.matchAt(w, j, j + 1)) return placeRightAfter(ctx, j);
    if (isBreakWord(tokenAt(w, j)) || (m && m.kind !== 'State' && m.kind !== 'Office')) return null;
    j = ctx.after(j);
  }
  return null;
}

/** The subject of a reception verb when it is a place: right after the verb (past dates) or right before it. */
function receivingPlace(ctx: SentenceContext, ca: number, i: number, end: number): { state: string; city: string | null; word: number } | null {
  let k = end;
  for (let d = ctx.dates.find((x) => x.from === k); d; d = ctx.dates.find((x) => x.from === k)) k = d.to;
  const place = (j: number) => {
    const m = j >= 0 && j < ctx.words.length ? ctx.mention(j) : null;
    const st = m && isPlaceAt(ctx, j, m) && !ctx.isOblique(j) ? stateOf(m) : null;
    return m && st ? { state: st, city: ctx.cityName(j, m), word: j } : null;
  };
  // Before the verb, only as the clause's first word (باريس استقبلت), not a title's complement (حاكم دبي يستقبل).
  const last = ctx.argsIn(ca, i).pop();
  const opens = last && opensClause(ctx, last.word, ca);
  return place(k) ?? (last && opens && !last.leader && i - ctx.after(last.word) <= 1 ? place(last.word) : null);
}

function receivedBy(ctx: SentenceContext, i: number, place: { state: string; city: string | null; word: number }, guests: LeaderArg[]): VisitFact[] {
  // تستقبل الرياض غدا: a reception to come is no visit yet.
  if (/^[يت]/.test(tokenAt(ctx.words, i).stem) && ctx.dates.some((d) => d.future)) return [];
  const { date, rule: dateRule } = ctx.dateFor(i, true, presentAt(ctx, i, guests, place.state));
  return guests.filter((g) => g.leader.state && g.leader.state !== place.state).map((g): VisitFact => ({
    type: 'visit', visitor: g.leader.ref, to: place.state, city: place.city, date, status: 'done', host: null,
    evidence: [ctx.evidence(Math.min(i, place.word), g.word + 1, `visit:reception-place|date:${dateRule}`, 0.7)],
  }));
}

/** The guest named by an honorific pronoun after a reception verb (فخامته، سموه): the leader of another state in focus. */
function honouredGuest(ctx: SentenceContext, end: number, host: Arg): LeaderArg | null {
  const k = patterns().pastAdjuncts(ctx, end);
  if (k >= ctx.words.length || !honorifics.has(tokenAt(ctx.words, k).stem)) return null;
  const l = ctx.focus.leadersBefore(tokenAt(ctx.words, end).start, 3).find((x) => x.state && x.state !== host.leader?.state);
  return l?.state ? { party: { label: 'State', id: l.state }, leader: l, word: k, via: 'focus' } : null;
}

/** Is the participant introduced by a with-preposition, maybe before his titles (مع وزير الخارجية السعودي عادل الجبير، بنظيره)? */
function joinedByWith(ctx: SentenceContext, p: Arg, from: number): boolean {
  const w = ctx.words;
  if (tokenAt(w, p.word).prefixes.includes('ب')) return true;
  for (let k = p.word - 1; k >= Math.max(from, p.word - windowOf('with_before_participant')); k--) {
    if (meetWith.matchAt(w, k, p.word)) return true;
    if (!titles.matchAt(w, k, p.word) && !ctx.mention(k) && !ctx.covered[k]) return false;
  }
  return false;
}

/**
 * A meeting noun with a possessive pronoun (لقائه، اجتماعهما): its possessor is the sentence's subject.
 * Read on the word as written: normalising writes ة as ه, which would make every قمة a possessive.
 */
const POSSESSIVE = /(ه|ها|هما|هم)$/;
const SINGULAR_POSSESSIVE = /[^م](ه|ها)$/;
const possessiveAt = (ctx: SentenceContext, i: number): boolean => {
  const w = tokenAt(ctx.words, i);
  return POSSESSIVE.test(w.stem) && POSSESSIVE.test(ctx.doc.text.slice(w.start, w.end));
};

/**
 * The end of the participants after a meeting's trigger: a comma opening a new coordinated clause
 * (، وتلقى), or a reported clause (أكد بعد محادثات في موسكو أن … الأسد), whose leaders are what was said.
 */
function newClauseAfter(ctx: SentenceContext, from: number, to: number): number {
  const w = ctx.words;
  for (let k = from; k + 1 < to; k++) {
    if (k > from && reportedOpeners.has(tokenAt(w, k).norm)) return k;
    const next = tokenAt(w, k + 1);
    if (tokenAt(w, k).norm === ',' && next.prefixes[0] === 'و' && !next.prefixes.includes('ال') && !ctx.mention(k + 1) && !titles.matchAt(w, k + 1)) return k;
    if (tokenAt(w, k).norm === ',' && clauseOpeners.has(next.norm)) return k;
  }
  return to;
}

/**
 * Does a common noun stand as the subject right after a reception verb (استقبل عدد من المرضى، استقبلت
 * الصالة الوفود)? Dates, adverbs, commas and a place phrase (في قصره، بالرياض) are read past.
 */
function nounSubjectAfter(ctx: SentenceContext, end: number, cb: number): boolean {
  const w = ctx.words;
  for (let k = end; k < cb;) {
    const skip = adverbs.matchAt(w, k, cb) ?? ctx.dates.find((d) => d.from === k) ?? null;
    if (skip) { k = skip.to; continue; }
    if (tokenAt(w, k).norm === ',' || tokenAt(w, k).norm === '(' || tokenAt(w, k).norm === ')' || resumptives.has(tokenAt(w, k).stem)) { k++; continue; }
    if (ctx.mention(k) || titles.matchAt(w, k, cb) || atPreps.matchAt(w, k, cb) || tokenAt(w, k).prefixes.some((p) => p === 'ب' || p === 'ل')) return false;
    return true;
  }
  return false;
}

const groupNouns = new Set([...L.visit.group_subjects, ...L.visit.guest_nouns].flatMap(phraseWords));
/**
 * Does a group noun (visits.yaml group_subjects: وفدا، عددا من، مجموعة) or a guest with its possessor
 * (guest_nouns: ضيفه) follow the leader a's name before word `to`, past the rest of his name, dates,
 * adverbs and commas? Then it is the object of the verb he is subject of.
 */
function groupObjectAfter(ctx: SentenceContext, a: LeaderArg, to: number): boolean {
  const w = ctx.words;
  for (let k = ctx.pastName(ctx.after(a.word)); k < to;) {
    const skip = adverbs.matchAt(w, k, to) ?? ctx.dates.find((d) => d.from === k) ?? null;
    if (skip) { k = skip.to; continue; }
    // (A comma-enclosed adjunct ends the clause: واستقبل هولاند، مساء أمس، عددا من …)
    if (w[k]!.norm === ',') { k++; continue; }
    const t = tokenAt(w, k);
    // (The accusative's alif: وفدا، عددا. The word whole too: the splitter may read وفدا as و + فدا.)
    const group = (x: string): boolean => groupNouns.has(x) || (x.endsWith('ا') && groupNouns.has(x.slice(0, -1)));
    return !ctx.mention(k) && (group(t.norm) || (!t.prefixes.some((p) => p !== 'ال') && group(t.stem)));
  }
  return false;
}

/**
 * Does the sentence open with a verb and a subject it names that is no leader the gazetteer knows
 * (وأوضح ياسين …، عقب لقائه؛ وقال المتحدث …، عقب لقائه)? Then that subject, not the leader in focus, is
 * the possessor of a meeting noun further on: the focus would credit a minister's or a spokesman's
 * meeting to the head of state last named.
 */
function namedOpeningSubject(ctx: SentenceContext, i: number): boolean {
  const w = ctx.words;
  if (i < 2 || ctx.mention(0) || atPreps.matchAt(w, 0, 1) || tokenAt(w, 0).prefixes.some((p) => p !== 'و' && p !== 'ف')) return false;
  const s = tokenAt(w, 1);
  if (ctx.mention(1) || atPreps.matchAt(w, 1, 2) || adverbs.matchAt(w, 1, 2) || ctx.dates.some((d) => d.from === 1)) return false;
  return s.norm !== ',' && !s.prefixes.some((p) => p === 'ب' || p === 'ل' || p === 'و' || p === 'ف') && !subjectlessWords.has(s.stem) && !subjectlessWords.has(s.norm);
}

/** Is a person (a leader, an office, a title) named right after leader `a`, past his own titles and dates? */
function personAfter(ctx: SentenceContext, a: Arg, cb: number): boolean {
  const w = ctx.words;
  let k = a.mention ? ctx.after(a.word) : a.word + 1;
  for (let n = 0; k < cb && n < 8; n++) {
    const m = ctx.mention(k);
    if (m && (m.kind === 'Leader' || m.kind === 'Office')) return true;
    const skip = ctx.dates.find((d) => d.from === k) ?? adverbs.matchAt(w, k, cb);
    if (skip) { k = skip.to; continue; }
    if (tokenAt(w, k).norm === ',') { k++; continue; }
    return titles.matchAt(w, k, cb) !== null && !m;
  }
  return false;
}

/** The leader standing right after a verb, past its adjuncts (واستقبل، أمس، أمير قطر تميم): its VSO subject, else null. */
function subjectRightAfter(ctx: SentenceContext, end: number, cb: number): Arg | null {
  const w = ctx.words;
  // Past titles and the state a title names (أمير قطر تميم، رئيس وزراء باكستان نواز شريف).
  for (let k = patterns().pastAdjuncts(ctx, end), n = 0; k < cb && n < 6; n++) {
    const m = ctx.mention(k);
    if (m?.kind === 'Leader') return ctx.argFromMention(m, k);
    const title = titles.matchAt(w, k, cb);
    if (title && !tokenAt(w, k).prefixes.some((p) => p === 'ب' || p === 'ل')) k = title.to;
    else if (m?.kind === 'State' || m?.kind === 'Office') k = ctx.after(k);
    else return null;
  }
  return null;
}

/**
 * Does a meeting verb name both its sides, one of them someone the gazetteer does not know, so that no
 * leader from the discourse stands in for either? The one leader stands right after the verb and a
 * with-phrase or a titled object follows him, past a place and dates (اجتمع الأمير في جدة أمس مع رئيس
 * حزب …، التقى كيري في الدوحة الرئيس السابق للائتلاف); or a former holder's title stands there first,
 * as the subject (التقى الرئيس السابق للائتلاف في الدوحة كيري). A place or nothing after him leaves the
 * subject dropped (ووصل أوباما … والتقى الملك سلمان في قصره), and so does his own title before him
 * (والتقى الوزير العماني المسؤول عن الشؤون الخارجية، يوسف بن علوي).
 */
function bothNamed(ctx: SentenceContext, end: number, cb: number, reach: number, only: Arg): boolean {
  const w = ctx.words;
  const plain = (k: number): boolean => k < reach && !tokenAt(w, k).prefixes.some((p) => p === 'و' || p === 'ب' || p === 'ل');
  const title = (k: number): boolean => plain(k) && titles.matchAt(w, k, reach) !== null && !ctx.mention(k);
  const first = patterns().pastAdjuncts(ctx, end);
  if (subjectRightAfter(ctx, end, cb)?.word !== only.word) {
    const t = first < only.word && title(first) ? titles.matchAt(w, first, reach) : null;
    return !!t && FORMER.matchAt(w, t.to, reach) !== null;
  }
  let k = ctx.after(only.word);
  // (Past commas too: the participants may run past one, اجتمع الأمير، مع رئيس حزب …)
  for (let n = 0; k < reach && n < 6; n++) {
    const place = atPreps.matchAt(w, k, reach) ? placeRightAfter(ctx, k) : null;
    const skip = ctx.dates.find((d) => d.from === k) ?? adverbs.matchAt(w, k, reach);
    if (place) k = ctx.after(place.word);
    else if (skip) k = skip.to;
    else if (tokenAt(w, k).norm === ',') k++;
    else break;
  }
  return title(k) || (plain(k) && meetWith.matchAt(w, k, reach) !== null);
}

/** Is leader `a` titled as a posted official where the text names him (السفير الصيني تيان تشي، تيان تشي السفير الصيني)? */
function postedTitled(ctx: SentenceContext, a: Arg): boolean {
  if (!a.mention) return false;
  const w = ctx.words;
  const start = a.mention.tokenStart - base(ctx);
  const end = a.mention.tokenEnd - base(ctx);
  return postedTitles.scan(w, Math.max(0, start - 4), Math.min(w.length, end + 1)).length > 0;
}

/**
 * Is the verb right before the subject at word `at` (past his titles, offices and nisbas) told as not
 * a fact: a future (سيجري), or an imperfect after a negation or possibility (لم يجر، قد يعقد)? A word
 * there that is no imperfect verb (زيارة لم يعلن عنها مسبقا لوزير الدفاع) says nothing of the meeting.
 */
function governedNotFact(ctx: SentenceContext, at: number): boolean {
  const w = ctx.words;
  let k = at - 1;
  while (k >= 0 && (ctx.covered[k] || ['Office', 'State'].includes(ctx.mention(k)?.kind ?? '') || titles.matchAt(w, k, k + 1))) k--;
  if (k < 0 || ctx.mention(k)) return false;
  return futureAt(ctx, k) || (/^[وف]?[يت]/.test(tokenAt(w, k).norm) && modalityAt(w, k).modality !== 'fact');
}

/**
 * The meeting a match's trigger reports: its participants (the subject before the trigger, the
 * leaders after it), its place and date, and the visits it implies. `rule`: the pattern's id.
 */
function readMeeting(ctx: SentenceContext, i: number, end: number, reception: boolean, rule: string, confidence: number, hostFirst = false, named = false): { fact: MetFact | null; visits: VisitFact[] } | null {
  const w = ctx.words;
  const [open, cb] = ctx.clause(i);
  // (The subject named between commas after his office: وكان وزير الخارجية السعودي، عادل الجبير، قد اجتمع.)
  // Only for a verb opening its clause (قد اجتمع), not a noun: وأشاد الوزير في مؤتمر مع نظيره
  // المصري، سامح شكري، بالاجتماع الذي جمع … (the meeting is others').
  const ca = !meetNouns.has(tokenAt(w, i).stem) && opensClause(ctx, i, open) ? pastApposedName(ctx, open) : open;
  const reading = modalityAt(w, i);
  if (reading.modality !== 'fact' || plannedClause(ctx, ca, cb)) return null;
  // Passive (استقبل من طرف الرئيس ريغان): the leader named is the host of a guest left unnamed.
  if (reception && passiveAgents.matchAt(w, patterns().pastAdjuncts(ctx, end))) return null;
  // Participants: the subject before the trigger, then the leaders after it (و/مع/ب coordinated).
  // A verb coordinated by و with its subject right after it (… رد أوباما على … واستقبل أمير قطر تميم
  // الوزراء) opens a clause of its own: the leaders before it are the earlier clause's, and no
  // leader from elsewhere stands in for a guest it does not name.
  // (A reception only, whose host stands right after its verb; «وصل أوباما … والتقى الملك سلمان» keeps
  // its dropped subject.)
  // (Not the holder of an office a chain names with ل: المستشار الخاص لرئيس الوزراء العراقي حيدر العبادي.)
  let before = ctx.argsIn(ca, i).filter(isLeaderArg).filter((a) => !complementHolder(ctx, a.word));
  // The participants may run past a comma (استقبل الملك سلمان، في قصر السلام بجدة اليوم، وزير الدفاع…),
  // but not into a new clause (، وتلقى رسالة من الرئيس اليمني).
  let reach = newClauseAfter(ctx, end, sentenceStop(w, end, windowOf('participants_after')));
  // A joint press conference's partner is the one after its مع, before the clause's next comma (what
  // follows it is what was said there).
  if (named) for (let k = end; k < reach; k++) if (tokenAt(w, k).norm === ',') { reach = k; break; }
  // A leader introduced by ل after the meeting (حمله تحياته لخادم الحرمين الملك سلمان) is the one
  // greetings or a message are for, not one who took part.
  // (The ل may open the leader's title before his name: لخادم الحرمين الشريفين الملك سلمان.)
  const addressee = (a: Arg): boolean => {
    let k = a.word;
    for (let j = k - 1; j >= Math.max(end, k - 4); j--) {
      const m = ctx.mentionAt[j];
      if (m && (m.via === 'title' || m.kind === 'Office') && m.tokenEnd - base(ctx) === k) { k = m.tokenStart - base(ctx); j = k; }
    }
    return tokenAt(w, k).prefixes.includes('ل');
  };
  // A bare counterpart (مع نظيره المصري) is the holder of the subject's office in that state.
  const afterArgs = [...ctx.argsIn(end, reach), ...ctx.argsAfterPrep(meetWith, end, reach)]
    .map((a) => { const held = ctx.counterpartHeld(a, windowOf('counterpart_name_after')); return held ? { ...a, leader: held } : a; })
    .filter(isLeaderArg).filter((a) => !addressee(a) && !complementHolder(ctx, a.word)).sort((x, y) => x.word - y.word);
  const ownSubject = reception && before.length > 0 && afterArgs.length > 0 && tokenAt(w, i).prefixes[0] === 'و'
    && subjectRightAfter(ctx, end, cb)?.word === afterArgs[0]!.word;
  if (ownSubject) before = [];
  // كان فلان في استقبال: the noun tells who received only when the host stands before it.
  if (hostFirst && !before.length) return null;
  // A place that receives (تستقبل الرياض اليوم ماكرون وبوتين، باريس استقبلت بوتين): every leader it
  // receives from another state visits it; none of them is the host.
  const city = reception ? receivingPlace(ctx, ca, i, end) : null;
  if (city) return { fact: null, visits: receivedBy(ctx, i, city, afterArgs) };
  // استقبل خادم الحرمين فخامته: the guest is an honorific pronoun, the leader of another state last named.
  const host = before[before.length - 1];
  const honoured = reception && host && !afterArgs.length ? honouredGuest(ctx, end, host) : null;
  if (honoured) afterArgs.push(honoured);
  // A joint press conference: its subject and the one partner after its مع, both named in its clause (the
  // leaders further on are those of the occasion: في ختام مباحثات الرئيس …).
  if (named && !before.length) return null;
  let people: LeaderArg[] = [...before.slice(-1), ...(named ? afterArgs.slice(0, 1) : afterArgs)];
  // A reception whose subject is no leader (استقبل عدد من المرضى … مركز الملك سلمان) or whose one leader
  // is followed by a guest the gazetteer does not resolve (استقبل خادم الحرمين ملك إسبانيا السابق): the
  // host or the guest is unknown, and a leader from the discourse would fill the wrong role.
  const only = afterArgs.length === 1 ? afterArgs[0] : undefined;
  if (reception && !before.length && (nounSubjectAfter(ctx, end, cb) || (only && personAfter(ctx, only, cb)))) return null;
  // واستقبل الرئيس الفرنسي هولاند أمس وفدا تجاريا: the one leader after the verb has an object of his
  // own, a group: he is the subject, the host, and his guests are no leader (nor the leader in focus).
  if (reception && !before.length && only && subjectRightAfter(ctx, end, cb)?.word === only.word && groupObjectAfter(ctx, only, w.length)) return null;
  // The other participant may be the sentence's subject (وعقد بوتين، الرئيس الروسي، لقاء مع …); from the
  // discourse only for a verb or a possessive (لقائه): a bare meeting noun (حضر اللقاء فلان) names its
  // participants itself.
  if (!before.length && people.length === 1 && !ownSubject) {
    const bare = meetNouns.has(tokenAt(w, i).stem) && !possessiveAt(ctx, i);
    const subj = leaderOnly(ctx.actor(ca, cb, true)) ?? (bare || bothNamed(ctx, end, cb, reach, people[0]!) || namedOpeningSubject(ctx, i) ? null : leaderOnly(ctx.focusLeader(i)));
    // In text order: the first named is the subject (the host of a reception).
    // (Not the one named: he is no second side, and stands where he is named, not at the verb.)
    if (subj && subj.leader.ref.id !== people[0]!.leader.ref.id) people = [subj, ...people].sort((x, y) => x.word - y.word);
  }
  const seen = new Set<string>();
  people = people.filter((p) => !seen.has(p.leader.ref.id) && seen.add(p.leader.ref.id));
  // مباحثاته مع السيسي … ومع محمد السادس: a singular possessor is one side of each talk, so the leaders
  // listed after the noun are his partners, never each other's.
  if (!before.length && afterArgs.length >= 2 && SINGULAR_POSSESSIVE.test(tokenAt(w, i).stem) && possessiveAt(ctx, i)) return null;
  const [a, second] = people;
  // The verb right before the subject and his titles governs a meeting noun after them, past a
  // comma-enclosed insertion too (وسيجري الرئيس الروسي بوتين، الأحد المقبل، في هانوي مباحثات؛ ولم يجر بوتين
  // في بكين محادثات): its future, negation or possibility is the meeting's.
  if (a && a.word < i && governedNotFact(ctx, a.word)) return null;
  // Alone: a verb's one leader met abroad; a reception placed abroad; a meeting noun only when it names
  // him and is held (talksAbroad), as it is as often one referred to or to come (إثر المفاوضات في
  // فيينا، قمة ستعقد في باريس).
  if (a && !second) {
    if (meetNouns.has(tokenAt(w, i).stem)) return { fact: null, visits: talksAbroad(ctx, i, end, a, reach) };
    const received = reception ? receivedAbroad(ctx, i, end, a) : [];
    return { fact: null, visits: received.length ? received : aloneAbroad(ctx, i, end, a) };
  }
  if (!a || !second) return null;
  // The other participant: the first named after the first who serves another state.
  const b = people.slice(1).find((p) => p.leader.state && p.leader.state !== a.leader.state) ?? second;
  if (a.leader.state && a.leader.state === b.leader.state) return null;
  // A headline packs several clauses without commas (يلتقي بحاح ويؤكد السعي للاستقرار في اليمن): its
  // meeting's place stands right after the verb or the participants.
  const place = ctx.headline
    ? placeRightAfter(ctx, end) ?? placeRightAfter(ctx, Math.max(...people.map((p) => (p.mention ? ctx.after(p.word) : p.word + 1))))
    : placeAfter(ctx, pastParenthetical(w, end)) ?? (a.word < i ? placeBefore(ctx, pastParenthetical(w, a.mention ? ctx.after(a.word) : a.word + 1), i) : null);
  // Not placed by the sentence: where the dateline puts it while it holds (الرياض - واس: عقد الأمير جلسة
  // مباحثات مع الرئيس الفرنسي), when one side is that state's own head of state or government, at home
  // there (visit:meet-host-dateline's reading, for meeting nouns too): the other came to him. Two sides
  // of other states under a dateline may have met anywhere (a wire desk's city): no place. Both sides
  // named in the trigger's clause (not a pronoun's or the discourse's leader, nor one a later clause
  // names: هذا اللقاء …، ومستقبل الرئيس السوري), and no visit told beside it (واستمع إلى نتائج زيارة
  // الأمير لمصر واجتماعه مع الرئيس: that visit places the meeting).
  const inText = (p: LeaderArg): boolean => !!p.mention && p.via !== 'focus' && p.word >= ca && p.word < cb;
  const dl = !place && !reception && !ctx.headline && inText(a) && inText(b) && !tellsVisit(ctx) ? datelinePlace(ctx) : null;
  const dated = dl && [a, b].some((p) => p.leader.state === dl.state && HOST_OFFICES.has(p.leader.office ?? '')) ? dl : null;
  const own = ctx.dateFor(i, true, presentAt(ctx, i, [a, b], reception ? a.leader.state ?? null : place?.state ?? dated?.state ?? null), { ownRelative: true });
  const { date, rule: dateRule } = dated && own.date === null && dated.date ? { date: dated.date, rule: 'dateline' } : own;
  const ev = ctx.evidence(Math.min(i, a.word, b.word), Math.max(i + 1, b.word + 1, (place?.word ?? 0) + 1), `${rule}|date:${dateRule}`, confidence);
  const [x, y] = a.leader.ref.id.localeCompare(b.leader.ref.id) <= 0 ? [a.leader.ref, b.leader.ref] : [b.leader.ref, a.leader.ref];
  const fact: MetFact = { type: 'met', a: x, b: y, date, place: place?.city ?? place?.state ?? null, evidence: [ev] };

  // A leader meeting in another state is visiting it: the guest of a host from that state, or every
  // participant when they meet in a third state. A reception is a visit unless the guest is a
  // resident ambassador or envoy.
  const visits: VisitFact[] = [];
  // A reception its verb or host places in another state than the host's (استقبل هولاند في مقر إقامته
  // بالرياض الجبير) was held there: the host is the one visiting, with any guest of a third state.
  const abroad = reception && a.leader.state ? receptionPlace(ctx, end, a.word > i ? a : undefined) : null;
  const awayFrom = abroad && abroad.state !== a.leader.state ? abroad : null;
  const destState = awayFrom ? awayFrom.state : reception ? a.leader.state : place?.state ?? dated?.state ?? null;
  // The guest of a reception: the first leader named after the host who serves another state.
  const guest = reception ? people.slice(1).find((p) => p.leader.state && p.leader.state !== a.leader.state) ?? b : b;
  const guests = awayFrom ? people
    : reception
    ? (RESIDENT_OFFICES.has(guest.mention?.office ?? guest.leader.office ?? '') && !receptionCues.scan(w).length ? [] : [guest])
    // Everyone at a meeting held in a state travelled there unless it is his own (اجتمع الوزيران في الدوحة
    // مع الجبير: all three); past the place, only one joined by مع (not موسكو حليفة الأسد).
    : people.filter((p) => p === a || p === b || !place || p.word < place.word || joinedByWith(ctx, p, place.word + 1));
  // Talks held by video or telephone (مباحثات عبر الاتصال المرئي) bring nobody anywhere.
  const remote = remoteCues.scan(w, ca, cb).length > 0;
  for (const g of remote || people.some((p) => isPosted(p) || postedTitled(ctx, p)) ? [] : guests) {
    if (!destState || !g.leader.state || g.leader.state === destState || sentFor(ctx, g) || (dated && residentAbroad(g))) continue;
    // A reception placed in the guest's own state (واستقبل الرئيس الفرنسي هولاند في قصر الإليزيه, after
    // a sentence on the Iraqi premier in Paris): he is at home, so the host the discourse lent is wrong.
    if (reception && !awayFrom && place?.state === g.leader.state) continue;
    const hostArg = [a, b, guest].find((p) => p !== g && p.leader.state === destState);
    visits.push({
      type: 'visit', visitor: g.leader.ref, to: destState, city: (awayFrom ?? place ?? dated)?.city ?? null, date, status: 'done',
      host: hostArg?.leader.ref ?? null,
      evidence: [{ ...ev, rule: `visit:${awayFrom ? 'reception-abroad' : reception ? 'reception' : dated ? 'meeting-dateline' : 'meeting-abroad'}|date:${dateRule}`, confidence: dated ? 0.6 : 0.7 }],
    });
  }
  return { fact, visits };
}
