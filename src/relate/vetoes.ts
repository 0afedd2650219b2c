/**
 * Vetoes: a permanent Security Council member casting a veto (استخدمت روسيا حق النقض، أسقطت
 * واشنطن بالفيتو مشروع قرار، الفيتو الروسي) on a UN draft resolution becomes a VetoFact with the
 * draft's subject and date. Input: a SentenceContext. Output: VetoFact[].
 * Not vetoes (GUIDELINES): the veto power in general, threats, hypotheticals, vetoes of laws.
 *
 * The constructions (word orders, windows, what may stand between verb and veto) are data:
 * data/patterns/vetoes.yaml, run by the pattern engine. This component names the conditions the
 * patterns call (modality, pending forms, the Council in context) and builds the facts.
 */
import type { VetoFact } from '../model.ts';
import type { Arg, SentenceContext } from './context.ts';
import { PhraseTable, phraseWords, vetoesLexicon as L } from './lexicon.ts';
import { hypotheticalIn, isFutureVerb, isPurpose, modalityAt } from './modality.ts';
import { isHeadline, tokenAt } from '../normalise/index.ts';
import { loadPatterns, type Match } from './patterns/engine.ts';
import { register } from './patterns/registry.ts';
import type { Word } from './words.ts';

const pendingForms = new Set(L.pending.verbs.flatMap(phraseWords));
const presentForms = new Set(L.headline_present.flatMap(phraseWords));
/** A present-tense form (تستخدم، تنقض): pending in body text, a report of the past in a headline. */
const isPresent = (w: Word): boolean => w.keys.some((k) => presentForms.has(k));
const vetoNouns = new PhraseTable<true>().addAll(L.nouns, true);
const domestic = new PhraseTable<true>().addAll(L.domestic_cues, true);
const drafts = new PhraseTable<true>().addAll(L.draft_words, true);
const unDrafts = new PhraseTable<true>().addAll(L.un_draft_words, true);
const subjectLead = new PhraseTable<true>().addAll(L.subject_lead, true);
const unsc = new PhraseTable<true>().addAll(L.unsc_words, true);
const council = new PhraseTable<true>().addAll(L.council_words, true);
const forumPreps = new PhraseTable<true>().addAll(L.forum_preps, true);
const shortfall = new PhraseTable<true>().addAll(L.vote_shortfall, true);
const PERMANENT = new Set(L.permanent_members);
const habitual = new PhraseTable<true>().addAll(L.habitual, true);
/** A word of repetition between the casting word and the veto noun, or right after the noun (لجوء روسيا المتكرر إلى الفيتو، الفيتو مرارا). */
const repeated = (ctx: SentenceContext, from: number, to: number): boolean =>
  habitual.scan(ctx.words, from, Math.min(ctx.words.length, to + 2)).length > 0;

const copulas = new PhraseTable<true>().addAll(L.evaluated.copulas, true);
const evaluative = new PhraseTable<true>().addAll(L.evaluated.predicates, true);
/**
 * Is the match's casting noun the subject of a negated copula whose predicate is an adjective of
 * surprise or novelty (ولم يكن استخدام الصين للفيتو مفاجئا)? The negation denies the adjective only.
 */
function evaluatedCast(ctx: SentenceContext, m: Match): boolean {
  const v = m.slots.get('verb');
  const obj = m.slots.get('object');
  if (!v || !obj || v.label !== 'noun') return false;
  const w = ctx.words;
  if (!copulas.scan(w, Math.max(0, v.from - 3), v.from).some((c) => c.to === v.from)) return false;
  for (let k = obj.to; k < Math.min(w.length, obj.to + L.evaluated.max_after); k++) {
    if (ctx.isBreakAt(k)) return false;
    if (evaluative.matchAt(w, k, k + 1)) return true;
  }
  return false;
}

const meansOpeners = new PhraseTable<true>().addAll(L.means.openers, true);
const withPreps = new PhraseTable<true>().addAll(L.co_casters, true);
/**
 * Casters joined by "with" in the words between a casting verb and its veto (استخدمت روسيا مع الصين حق
 * النقض): there a state with مع can be nothing but a second actor. Never the match's only caster.
 */
function coCasters(ctx: SentenceContext, m: Match): Arg[] {
  const v = m.slots.get('verb');
  const obj = m.slots.get('object');
  if (!v || !obj || v.to > obj.from || m.pattern.group !== 'cast') return [];
  return ctx.argsAfterPrep(withPreps, v.to, obj.from);
}
/**
 * The subject of the clause whose means is the cast at word `at` (عرقلت روسيا … باستخدام الفيتو): the
 * first party of the clause after its last complementiser, with the parties coordinated to it by و.
 */
function clauseSubject(ctx: SentenceContext, at: number): Arg[] {
  const [a] = ctx.clause(at);
  let from = a;
  for (let k = a; k < at; k++) { const o = meansOpeners.matchAt(ctx.words, k, at); if (o) from = o.to; }
  const args = ctx.argsIn(from, at);
  const out = args.slice(0, 1);
  for (const x of args.slice(1)) {
    const prev = out.at(-1)!;
    if (x.word !== ctx.after(prev.word) || !tokenAt(ctx.words, x.word).prefixes.includes('و')) break;
    out.push(x);
  }
  return out;
}

/** Any imperfect form (a prefix ي or ت on three letters or more): what a future prefix س stands before. */
const imperfect = (x: string): boolean => x.length > 2 && /^[يت]/.test(x);

/** What the sentence gate found: read by the patterns' conditions. */
interface Scene { nouns: boolean; here: boolean; before: boolean }
const scenes = new WeakMap<SentenceContext, Scene>();
const scene = (ctx: SentenceContext): Scene => scenes.get(ctx) ?? { nouns: false, here: false, before: false };

/** Is the verb of a match in a clause counting earlier casts (المرة الرابعة التي تستخدم فيها)? */
const counts = (ctx: SentenceContext, at: number): boolean => patterns().sequenceBefore(ctx, 'occasion-clause', at);
const verbAt = (m: Match): number => m.slots.get('verb')?.from ?? m.anchor;

const patterns = (() => {
  let compiled: ReturnType<typeof loadPatterns> | null = null;
  return () => compiled ??= loadPatterns('vetoes.yaml', L, {
    predicates: {
      // سيستخدم / ستلجأ: the future of a pending form; سيسقط: any future verb, which governs the veto noun.
      'future-pending': (ctx, i) => isFutureVerb(tokenAt(ctx.words, i), (x) => pendingForms.has(x) || presentForms.has(x)),
      'future-imperfect': (ctx, i) => isFutureVerb(tokenAt(ctx.words, i), imperfect),
      'present-in-body': (ctx, i) => !ctx.headline && isPresent(tokenAt(ctx.words, i)),
      // "نستعد لفيتو روسي": a veto noun after purpose ل is expected or called for.
      purpose: (ctx, i) => isPurpose(tokenAt(ctx.words, i)),
    },
    conditions: {
      // A pending form is a cast only in a headline (not dated later) or a clause counting occasions;
      // a future, or a casting noun of purpose (سيضطر لاستخدام), never.
      'not-done': (ctx, m) => {
        const v = m.slots.get('verb');
        if (!v) return false;
        const word = tokenAt(ctx.words, v.from);
        if (v.label === 'future' || v.label === 'future-pending') return true;
        if (v.label === 'noun') return isPurpose(word);
        const reported = (ctx.headline && isPresent(word) && !ctx.dates.some((d) => d.future)) || counts(ctx, v.from);
        return v.label === 'pending' && !reported;
      },
      'not-fact': (ctx, m) => modalityAt(ctx.words, verbAt(m)).modality !== 'fact' && !evaluatedCast(ctx, m),
      // A casting noun or a means is told as the verb before its subject is, however long the subject
      // (رفض المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا استخدام، هدد … باستخدام، ستصوت روسيا … مستخدمة).
      'subject-not-fact': (ctx, m): boolean => {
        const label = m.slots.get('verb')?.label;
        if (label !== 'noun' && label !== 'means') return false;
        const args: Arg[] = patterns().argsOf(ctx, m, 'actor');
        const subject = args.find((a) => a.word < verbAt(m));
        if (!subject) return false;
        const before = subject.word > 0 ? tokenAt(ctx.words, subject.word - 1) : null;
        if (before && isFutureVerb(before, imperfect)) return true;
        return modalityAt(ctx.words, subject.word).modality !== 'fact' && !evaluatedCast(ctx, m);
      },
      // استخدام روسيا وربما الصين حق النقض: a "maybe" between the casting word and the veto.
      'maybe-between': (ctx, m) => hypotheticalIn(ctx.words, verbAt(m) + 1, m.slots.get('object')?.from ?? m.anchor),
      // A sinking verb (أسقطت الطائرة) is a veto only where a veto or the Council is in view.
      'sink-outside-veto': (ctx, m) => m.slots.get('verb')?.label === 'sink' && !(scene(ctx).nouns || scene(ctx).here || scene(ctx).before),
      // A draft sunk for want of votes, no veto named (أسقطتا المشروع فلم يحصل إلا على أربعة أصوات): a vote.
      'short-of-votes': (ctx, m) => m.slots.get('verb')?.label === 'sink' && !scene(ctx).nouns && shortfall.scan(ctx.words).length > 0,
    },
    fillers: {
      // The first leader, office or state of the sentence outside the veto's clause (قال بوتين إن بلاده …).
      'clause-actor': (ctx, m) => { const [a, b] = ctx.clause(m.anchor); const x = ctx.actor(a, b); return x ? [x] : []; },
      // The subject of the clause the cast is the means of (صوتت روسيا ضد المشروع مستخدمة حق النقض).
      'clause-subject': (ctx, m) => clauseSubject(ctx, verbAt(m)),
      // The two states named last before a dual verb (موسكو وبكين … بعدما أسقطتا).
      'last-two-states': (ctx, m) => ctx.argsIn(0, verbAt(m)).filter((a) => a.party?.label === 'State' && !a.leader).slice(-2),
    },
  });
})();

export function findVetoes(ctx: SentenceContext): VetoFact[] {
  const w = ctx.words;
  const nouns = vetoNouns.scan(w).length > 0;
  // A veto of a law, a bill or candidates is not a UN veto.
  if (domestic.scan(w).length) return [];
  // The Security Council named, or a draft resolution (مشروع قرار) with no other organisation in the
  // sentence: a veto "in the European Union" or "in the Arab League" is not a UN veto. "The council"
  // alone is the Security Council beside a veto noun (أسقط المجلس مشروع القرار بفيتو روسي).
  const inSentence = ctx.doc.mentions.filter((m) => m.sentence === ctx.index);
  const here = inSentence.some((m) => m.kind === 'UNBody' && m.id === 'UNSC') || unsc.scan(w).length > 0 || (nouns && council.scan(w).length > 0);
  // The Council named earlier in the article or in its title: a later sentence may leave it out.
  const before = ctx.doc.mentions.some((m) => m.kind === 'UNBody' && m.id === 'UNSC' && (m.sentence < ctx.index || isHeadline(ctx.doc, m.sentence)));
  // …an organisation the draft names as its topic (مشروع قرار لإحالة الملف السوري إلى المحكمة الجنائية
  // الدولية) is no forum of the veto: only one named before any draft word, or set as a place (في), is.
  const draftAt = [...drafts.scan(w), ...unDrafts.scan(w)].reduce((a, h) => Math.min(a, tokenAt(w, h.from).start), Infinity);
  const otherBody = inSentence.some((m) => m.kind === 'Organization' && (m.start < draftAt || placedAt(ctx, m)));
  const drafted = unDrafts.scan(w).length > 0;
  if (!here && otherBody) return [];
  if (!here && !drafted && !before) return [];
  scenes.set(ctx, { nouns, here, before });
  // With the Council only in an earlier sentence, the caster must be a state (روسيا، موسكو، الفيتو
  // الروسي): a person casting a veto (الرئيس أوباما) is vetoing a law.
  const stateOnly = !here && !drafted;

  const P = patterns();
  const out: VetoFact[] = [];
  const usedVerbs = new Set<number>();
  const joined: Match[] = [];
  for (const m of P.run(ctx)) {
    const verb = m.slots.get('verb');
    const object = m.slots.get('object');
    if (m.pattern.group === 'joined') { joined.push(m); continue; }
    if (!object) continue;
    const at = verb ? verb.from : m.anchor;
    // One cast per verb: a second veto noun after it (استخدمت الفيتو … حق النقض), or a sinking verb
    // right after a casting one, is the same cast.
    if (usedVerbs.has(at) || (m.pattern.group === 'annul' && usedVerbs.has(at - 1))) continue;
    usedVerbs.add(at);
    let casters: Arg[] = [...P.argsOf(ctx, m, 'actor'), ...coCasters(ctx, m)];
    if (stateOnly) casters = casters.filter((a) => !a.leader && a.mention?.kind !== 'Leader' && a.mention?.kind !== 'Office');
    const states = permanentStates(casters);
    if (!states.length) continue;
    const annul = m.pattern.group === 'annul';
    // Earlier casts counted as a batch are not dated by the article's day.
    const counted = !!verb && !annul && (counts(ctx, verb.from) || repeated(ctx, verb.to, object.to));
    const subject = subjectOf(ctx, annul ? object.from : object.to);
    // A bare "الفيتو الروسي" with no verb and no draft refers back to a cast: the article's day does
    // not date it (a headline's it does). Nor is a cast told in passing, the Council named only earlier.
    // A veto recalled as the last before the day's (أول فيتو تستخدمه منذ فبراير 2011) was cast: its date is told.
    const { date, rule: dateRule } = counted ? { date: null, rule: 'none' }
      : ctx.dateFor(at, annul || verb?.label === 'recalled' || (!stateOnly && (!!verb || ctx.headline || !!subject)));
    const ev = ctx.evidence(Math.min(at, ...casters.map((c) => c.word)), subject ? subject.to : object.to, `${m.pattern.id}|date:${dateRule}`, m.pattern.confidence);
    for (const by of states) out.push({ type: 'veto', by, body: 'UNSC', date, subject: subject?.text ?? null, evidence: [ev], ...(counted ? { batch: true } : {}) });
  }
  // A state joining casts the sentence has counted (وقفت الصين إلى جانبها في عشر منها): its batch too.
  for (const m of joined) {
    if (!out.some((f) => f.batch && f.evidence.some((e) => e.start < tokenAt(ctx.words, m.anchor).start))) continue;
    const ev = ctx.evidence(m.anchor, m.slots.get('actor')?.to ?? m.anchor + 1, `${m.pattern.id}|date:none`, m.pattern.confidence);
    for (const by of permanentStates(P.argsOf(ctx, m, 'actor'))) if (!out.some((f) => f.batch && f.by === by)) out.push({ type: 'veto', by, body: 'UNSC', date: null, subject: null, evidence: [ev], batch: true });
  }
  return out;
}

/** The draft's subject: the words after مشروع قرار / قرار (and a lead word such as بشأن، يدين) to the clause end. */
function subjectOf(ctx: SentenceContext, from: number): { text: string; to: number } | null {
  const w = ctx.words;
  for (let k = from; k < w.length; k++) {
    const d = drafts.matchAt(w, k);
    if (!d) continue;
    let s = d.to;
    const lead = s < w.length ? subjectLead.matchAt(w, s) : null;
    if (lead) s = lead.to;
    let e = s;
    // The subject ends at the clause end or where its date begins (… حول سوريا في 5 أكتوبر).
    const dateAt = (k: number) => ctx.dates.some((d) => d.from === k || (d.from === k + 1 && w[k]?.norm === 'في'));
    while (e < w.length && e - s < 14 && !ctx.isBreakAt(e) && !dateAt(e)) e++;
    if (e <= s) return null;
    // A lead clitic (بإنشاء) stays part of the subject's first word; the subject starts there.
    const first = tokenAt(w, Math.min(s, w.length - 1));
    let start = lead ? tokenAt(w, Math.min(lead.to, w.length - 1)).start : first.start;
    // A clitic preposition (بإنشاء، لإدانة) is the lead itself: the subject starts after it.
    if (!lead && (first.prefixes[0] === 'ب' || first.prefixes[0] === 'ل')) start = skipMarks(ctx.doc.text, start + 1);
    const { end } = tokenAt(w, Math.max(e - 1, s));
    const text = ctx.doc.text.slice(start, end).trim();
    return text ? { text, to: Math.max(e, s + 1) } : null;
  }
  return null;
}

/** Is an organisation's mention set as a place, its first word right after a forum preposition (في الاتحاد الأوروبي)? */
function placedAt(ctx: SentenceContext, m: { start: number }): boolean {
  const k = ctx.words.findIndex((t) => t.end > m.start);
  return k > 0 && forumPreps.matchAt(ctx.words, k - 1, k)?.to === k;
}

/** The permanent members among the states the casters stand for, once each. */
function permanentStates(casters: Arg[]): string[] {
  return [...new Set(casters.flatMap((a) => (a.party?.label === 'State' ? [a.party.id] : [])))].filter((s) => PERMANENT.has(s));
}

/** Skip harakat after a clitic letter. */
function skipMarks(text: string, i: number): number {
  while (i < text.length && /[\u064b-\u065f\u0670\u0640]/.test(text.charAt(i))) i++;
  return i;
}

register({ relation: 'veto', anchors: () => patterns().anchors(), find: findVetoes, patterns });
