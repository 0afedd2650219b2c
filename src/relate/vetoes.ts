/**
 * Vetoes: a permanent Security Council member casting a veto (استخدمت روسيا حق النقض، أسقطت
 * واشنطن بالفيتو مشروع قرار، الفيتو الروسي) on a UN draft resolution becomes a VetoFact with the
 * draft's subject and date. Input: a SentenceContext. Output: VetoFact[].
 * Not vetoes (GUIDELINES): the veto power in general, threats, hypotheticals, vetoes of laws.
 */
import type { VetoFact } from '../model.ts';
import type { Arg, SentenceContext } from './context.ts';
import { PhraseTable, phraseWords, vetoesLexicon as L } from './lexicon.ts';
import { hypotheticalIn, isFutureVerb, isPurpose, modalityAt } from './modality.ts';
import { isHeadline, tokenAt } from '../normalise/index.ts';
import { parentheticalOpening, pastParenthetical, type Word } from './words.ts';

const vetoNouns = new PhraseTable<true>().addAll(L.nouns, true);
const selfVerbs = new PhraseTable<true>().addAll(L.self_verbs, true);
const sinkVerbs = new PhraseTable<true>().addAll(L.sink_verbs, true);
const dualVerbs = new Set(L.dual_verbs.flatMap(phraseWords));
const pendingForms = new Set(L.pending.verbs.flatMap(phraseWords));
const presentForms = new Set(L.headline_present.flatMap(phraseWords));
const cast = new PhraseTable<'verb' | 'noun' | 'pending'>()
  .addAll(L.cast.verbs, 'verb').addAll(L.cast.nouns, 'noun').addAll(L.pending.verbs, 'pending')
  .addAll(L.headline_present.filter((v) => !phraseWords(v).some((x) => pendingForms.has(x))), 'pending');
const occasions = new Set(L.occasions.flatMap(phraseWords));
const relatives = new Set(L.relatives.flatMap(phraseWords));
/** A present-tense form (تستخدم، تنقض): pending in body text, a report of the past in a headline. */
const isPresent = (w: Word): boolean => w.keys.some((k) => presentForms.has(k));

/**
 * Does the verb at k stand in the relative clause of an occasion noun (المرة الرابعة التي تستخدم
 * فيها، عدد المرات التي استخدمت فيها)? Such a clause counts past casts.
 */
function countsOccasions(w: Word[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (!tokenAt(w, j).keys.some((x) => relatives.has(x))) continue;
    for (let o = j - 1; o >= Math.max(0, j - 3); o--) if (tokenAt(w, o).keys.some((x) => occasions.has(x))) return true;
    return false;
  }
  return false;
}
const domestic = new PhraseTable<true>().addAll(L.domestic_cues, true);
const drafts = new PhraseTable<true>().addAll(L.draft_words, true);
const unDrafts = new PhraseTable<true>().addAll(L.un_draft_words, true);
const subjectLead = new PhraseTable<true>().addAll(L.subject_lead, true);
const unsc = new PhraseTable<true>().addAll(L.unsc_words, true);
const afterCues = new PhraseTable<true>().addAll(L.after_cues, true);
const PERMANENT = new Set(L.permanent_members);
/**
 * How far after the veto noun a cue may stand: an adjective (محتمل) only past a nisba (الفيتو
 * الروسي المحتمل), so "ضد مشروع القرار المرتقب التصويت عليه" stays a cast; a phrase (أي مشروع) further,
 * past a preposition and a second name (حق النقض "فيتو" ضد أي مشروع).
 */
const AFTER_WORD = 2;
const AFTER_PHRASE = 5;

export const vetoAnchors = (): Iterable<string> => [...vetoNouns.anchors, ...selfVerbs.anchors, ...sinkVerbs.anchors];

/** How far before the veto noun its casting verb may stand (استخدمت موسكو مؤخرا حق النقض). */
const VERB_WINDOW = 6;

export function findVetoes(ctx: SentenceContext): VetoFact[] {
  const w = ctx.words;
  const hits = vetoNouns.scan(w);
  // نقضت روسيا مشروع قرار: the verb is the veto; a verb never carries the article (حق النقض is a noun).
  const selfHits = selfVerbs.scan(w).filter((h) => { const v = tokenAt(w, h.from); return !v.prefixes.includes('ال') && (ctx.headline || !isPresent(v)); });
  const sinkHits = sinkVerbs.scan(w).filter((h) => !tokenAt(w, h.from).prefixes.includes('ال'));
  if (!hits.length && !selfHits.length && !sinkHits.length) return [];
  // A veto of a law, a bill or candidates is not a UN veto.
  if (domestic.scan(w).length) return [];
  // The Security Council named, or a draft resolution (مشروع قرار) with no other organisation in the
  // sentence: a veto "in the European Union" or "in the Arab League" is not a UN veto.
  const inSentence = ctx.doc.mentions.filter((m) => m.sentence === ctx.index);
  // The Council named here, or earlier in the article or in its title: a later sentence may call it
  // "the council" or leave it out (المرة الرابعة التي تستخدم فيها موسكو حق النقض).
  const here = inSentence.some((m) => m.kind === 'UNBody' && m.id === 'UNSC') || unsc.scan(w).length > 0;
  const before = ctx.doc.mentions.some((m) => m.kind === 'UNBody' && m.id === 'UNSC' && (m.sentence < ctx.index || isHeadline(ctx.doc, m.sentence)));
  const otherBody = inSentence.some((m) => m.kind === 'Organization');
  const drafted = unDrafts.scan(w).length > 0;
  if (!here && otherBody) return [];
  if (!here && !drafted && !before) return [];
  // With the Council only in an earlier sentence, the caster must be a state (روسيا، موسكو، الفيتو
  // الروسي): a person casting a veto (الرئيس أوباما) is vetoing a law.
  const stateOnly = !here && !drafted;

  const out: VetoFact[] = [];
  const usedVerbs = new Set<number>();
  let lastEnd = -10;
  for (const hit of hits) {
    // "حق النقض (الفيتو)": a second name for the same veto, not a second veto.
    const gap = hit.from - lastEnd;
    lastEnd = hit.to;
    if (gap >= 0 && gap <= 2) continue;
    const [ca, cb] = ctx.clause(hit.from);
    let verbAt = -1;
    let pending = false;
    let future = false;
    const seek = (from: number, to: number): void => {
      for (let k = from; k >= to; k--) {
        // A verb never carries the article: the النقض of "حق النقض" before a second name (الفيتو) is no cast.
        const word = tokenAt(w, k);
        const c = word.prefixes.includes('ال') ? null : cast.matchAt(w, k);
        // A present or habitual form is a cast in a headline or in a clause counting occasions.
        // A casting noun with purpose ل (سيضطر لاستخدام حق الفيتو) is an aim, not a cast.
        // A headline's present dated later (روسيا تستخدم الفيتو غدا) is still to come.
        const reported = (ctx.headline && isPresent(word) && !ctx.dates.some((d) => d.future)) || countsOccasions(w, k);
        if (c) { verbAt = k; pending = (c.payload === 'pending' && !reported) || (c.payload === 'noun' && isPurpose(word)); break; }
        if (isFutureVerb(word, (x) => pendingForms.has(x) || presentForms.has(x))) { verbAt = k; pending = true; break; }
        // "وسيسقط الفيتو الروسي": a future verb governing the veto noun.
        if (isFutureVerb(word, (x) => x.length > 2 && /^[يت]/.test(x))) { future = true; break; }
      }
    };
    seek(hit.from - 1, Math.max(ca, hit.from - VERB_WINDOW));
    // The verb before a comma-enclosed insertion that opens the clause (واستخدمت، صباح اليوم، روسيا حق
    // النقض; استخدمت روسيا، مساء الاثنين، حق النقض): read on in the clause before the insertion.
    const opening = verbAt < 0 && !future && ca > 0 && hit.from - ca < VERB_WINDOW ? parentheticalOpening(w, ca - 1) : -1;
    if (opening > 0) seek(opening - 1, Math.max(ctx.clause(opening - 1)[0], opening - VERB_WINDOW));
    // Two insertions (واستخدمت، بحسب مصادر، روسيا والصين، مساء أمس، حق النقض): one clause further back.
    const second = verbAt < 0 && !future && opening > 0 ? ctx.clause(opening - 1)[0] : -1;
    const further = second > 0 && opening - second < VERB_WINDOW ? parentheticalOpening(w, second - 1) : -1;
    if (further > 0) seek(further - 1, Math.max(ctx.clause(further - 1)[0], further - VERB_WINDOW));
    if (future) continue;
    // "الفيتو الروسي" / "فيتو أمريكي": the nisba after the noun names who cast it.
    const nisba = ctx.argsIn(hit.to, Math.min(cb, hit.to + 3), { obliques: true })
      .filter((a) => a.mention?.via === 'nisba' && a.word <= hit.to + 1);
    if (verbAt < 0 && !nisba.length) continue;
    // "نستعد لفيتو روسي": a bare veto noun after a preposition may be expected or called for, not cast.
    if (verbAt < 0 && isPurpose(tokenAt(w, hit.from))) continue;
    const at = verbAt >= 0 ? verbAt : hit.from;
    if (pending || usedVerbs.has(at)) continue;
    usedVerbs.add(at);
    const reading = modalityAt(w, at);
    if (reading.modality !== 'fact') continue;
    // A "maybe" between the casting noun and the veto (استخدام روسيا وربما الصين حق النقض), or a
    // possible / any-draft veto right after it, is no cast.
    if (hypotheticalIn(w, at + 1, hit.from)) continue;
    if (afterCues.scan(w, hit.to, Math.min(cb, hit.to + AFTER_PHRASE))
      .some((c) => c.to - c.from > 1 || c.from < hit.to + AFTER_WORD)) continue;

    let casters: Arg[] = [];
    if (verbAt >= 0) {
      casters = ctx.argsIn(pastParenthetical(w, verbAt + 1), hit.from);
      // The subject before the verb, in the verb's own clause (وروسيا والصين استخدمتا، مساء أمس، حق النقض).
      if (!casters.length) casters = ctx.argsIn(ctx.clause(verbAt)[0], verbAt);
      if (!casters.length) {
        const actor = ctx.actor(ca, cb);
        if (actor) casters = [actor];
      }
    }
    casters.push(...nisba);
    if (stateOnly) casters = casters.filter((a) => !a.leader && a.mention?.kind !== 'Leader' && a.mention?.kind !== 'Office');
    const states = permanentStates(casters);
    if (!states.length) continue;
    // Earlier casts counted as a batch are not dated by the article's day.
    const counted = verbAt >= 0 && countsOccasions(w, verbAt);
    const subject = subjectOf(ctx, hit.to);
    // A bare "الفيتو الروسي" with no verb and no draft refers back to a cast: the article's day does
    // not date it (a headline's it does).
    // Nor is a cast told in passing, the Council named only earlier (وكانت روسيا استخدمت الفيتو مرارا).
    const { date, rule: dateRule } = counted ? { date: null, rule: 'none' } : ctx.dateFor(at, !stateOnly && (verbAt >= 0 || ctx.headline || !!subject));
    const rule = `veto:${verbAt >= 0 ? 'cast-verb' : 'nisba'}|date:${dateRule}`;
    const ev = ctx.evidence(Math.min(at, ...casters.map((c) => c.word)), subject ? subject.to : hit.to, rule, verbAt >= 0 ? 0.9 : 0.75);
    for (const by of states) out.push({ type: 'veto', by, body: 'UNSC', date, subject: subject?.text ?? null, evidence: [ev], ...(counted ? { batch: true } : {}) });
  }
  // A sinking verb is a veto only in a veto article's Council (a veto or the Council named in the
  // sentence, or the Council named earlier): "أسقطت الطائرة" is no draft.
  const sinking = hits.length > 0 || here || before ? sinkHits : [];
  for (const hit of [...selfHits, ...sinking.filter((h) => !selfHits.some((x) => x.from === h.from))]) {
    // Past a comma-enclosed insertion after the verb (ونقضت، بحسب مصادر رسمية، روسيا مشروع قرار).
    const from = pastParenthetical(w, hit.to);
    const draft = drafts.scan(w, from, Math.min(w.length, from + 6))[0];
    if (!draft || usedVerbs.has(hit.from) || usedVerbs.has(hit.from - 1) || modalityAt(w, hit.from).modality !== 'fact') continue;
    const [ca] = ctx.clause(hit.from);
    let casters = ctx.argsIn(from, draft.from);
    if (!casters.length) casters = ctx.argsIn(ca, hit.from);
    // A dual verb with its subject dropped (بعدما أسقطتا): the two states named last before it.
    if (!casters.length && tokenAt(w, hit.from).keys.some((k) => dualVerbs.has(k))) casters = ctx.argsIn(0, hit.from).filter((a) => a.party?.label === 'State' && !a.leader).slice(-2);
    if (stateOnly) casters = casters.filter((a) => !a.leader && a.mention?.kind !== 'Leader' && a.mention?.kind !== 'Office');
    const states = permanentStates(casters);
    if (!states.length) continue;
    const { date, rule: dateRule } = ctx.dateFor(hit.from, true);
    const subject = subjectOf(ctx, draft.from);
    const ev = ctx.evidence(Math.min(hit.from, ...casters.map((c) => c.word)), subject ? subject.to : draft.to, `veto:annul-verb|date:${dateRule}`, 0.85);
    for (const by of states) out.push({ type: 'veto', by, body: 'UNSC', date, subject: subject?.text ?? null, evidence: [ev] });
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

/** The permanent members among the states the casters stand for, once each. */
function permanentStates(casters: Arg[]): string[] {
  return [...new Set(casters.flatMap((a) => (a.party?.label === 'State' ? [a.party.id] : [])))].filter((s) => PERMANENT.has(s));
}

/** Skip harakat after a clitic letter. */
function skipMarks(text: string, i: number): number {
  while (i < text.length && /[\u064b-\u065f\u0670\u0640]/.test(text.charAt(i))) i++;
  return i;
}
