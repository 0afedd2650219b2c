/**
 * Vetoes: a permanent Security Council member casting a veto (استخدمت روسيا حق النقض، أسقطت
 * واشنطن بالفيتو مشروع قرار، الفيتو الروسي) on a UN draft resolution becomes a VetoFact with the
 * draft's subject and date. Input: a SentenceContext. Output: VetoFact[].
 * Not vetoes (GUIDELINES): the veto power in general, threats, hypotheticals, vetoes of laws.
 */
import type { VetoFact } from '../document.ts';
import type { Arg, SentenceContext } from './context.ts';
import { PhraseTable, phraseWords, vetoesLexicon as L } from './lexicon.ts';
import { hypotheticalIn, isFutureVerb, modalityAt } from './modality.ts';
import { parentheticalOpening, pastParenthetical } from './words.ts';

const vetoNouns = new PhraseTable<true>().addAll(L.nouns, true);
const selfVerbs = new PhraseTable<true>().addAll(L.self_verbs, true);
const cast = new PhraseTable<'verb' | 'noun' | 'pending'>()
  .addAll(L.cast.verbs, 'verb').addAll(L.cast.nouns, 'noun').addAll(L.pending.verbs, 'pending');
const pendingForms = new Set(L.pending.verbs.flatMap(phraseWords));
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

export const vetoAnchors = (): Iterable<string> => [...vetoNouns.anchors, ...selfVerbs.anchors];

/** How far before the veto noun its casting verb may stand (استخدمت موسكو مؤخرا حق النقض). */
const VERB_WINDOW = 6;

export function findVetoes(ctx: SentenceContext): VetoFact[] {
  const w = ctx.words;
  const hits = vetoNouns.scan(w);
  // نقضت روسيا مشروع قرار: the verb is the veto; a verb never carries the article (حق النقض is a noun).
  const selfHits = selfVerbs.scan(w).filter((h) => !w[h.from].prefixes.includes('ال'));
  if (!hits.length && !selfHits.length) return [];
  // A veto of a law, a bill or candidates is not a UN veto.
  if (domestic.scan(w).length) return [];
  // The Security Council named, or a draft resolution (مشروع قرار) with no other organisation in the
  // sentence: a veto "in the European Union" or "in the Arab League" is not a UN veto.
  const inSentence = ctx.doc.mentions.filter((m) => m.sentence === ctx.index);
  const council = inSentence.some((m) => m.kind === 'UNBody' && m.id === 'UNSC') || unsc.scan(w).length > 0;
  const otherBody = inSentence.some((m) => m.kind === 'Organization');
  if (!council && (otherBody || !unDrafts.scan(w).length)) return [];

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
    for (let k = hit.from - 1; k >= Math.max(ca, hit.from - VERB_WINDOW); k--) {
      // A verb never carries the article: the النقض of "حق النقض" before a second name (الفيتو) is no cast.
      const c = w[k]!.prefixes.includes('ال') ? null : cast.matchAt(w, k);
      if (c) { verbAt = k; pending = c.payload === 'pending'; break; }
      if (isFutureVerb(w[k], (x) => pendingForms.has(x))) { verbAt = k; pending = true; break; }
    }
    // The verb before a comma-enclosed insertion that opens the clause (واستخدمت، صباح اليوم، روسيا حق النقض).
    const opening = verbAt < 0 && ca > 0 && hit.from - ca < VERB_WINDOW ? parentheticalOpening(w, ca - 1) : -1;
    if (opening > 0) {
      const c = cast.matchAt(w, opening - 1);
      if (c) { verbAt = opening - 1; pending = c.payload === 'pending'; }
    }
    // "الفيتو الروسي" / "فيتو أمريكي": the nisba after the noun names who cast it.
    const nisba = ctx.argsIn(hit.to, Math.min(cb, hit.to + 3), { obliques: true })
      .filter((a) => a.mention?.via === 'nisba' && a.word <= hit.to + 1);
    if (verbAt < 0 && !nisba.length) continue;
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
      if (!casters.length) casters = ctx.argsIn(ca, verbAt);
      if (!casters.length) {
        const actor = ctx.actor(ca, cb);
        if (actor) casters = [actor];
      }
    }
    casters.push(...nisba);
    const states = [...new Set(casters.map((a) => a.party).filter((p) => p?.label === 'State').map((p) => p!.id))]
      .filter((s) => PERMANENT.has(s));
    if (!states.length) continue;
    const { date, rule: dateRule } = ctx.dateFor(at, true);
    const subject = subjectOf(ctx, hit.to);
    const rule = `veto:${verbAt >= 0 ? 'cast-verb' : 'nisba'}|date:${dateRule}`;
    const ev = ctx.evidence(Math.min(at, ...casters.map((c) => c.word)), subject ? subject.to : hit.to, rule, verbAt >= 0 ? 0.9 : 0.75);
    for (const by of states) out.push({ type: 'veto', by, body: 'UNSC', date, subject: subject?.text ?? null, evidence: [ev] });
  }
  for (const hit of selfHits) {
    const draft = drafts.scan(w, hit.to, Math.min(w.length, hit.to + 6))[0];
    if (!draft || usedVerbs.has(hit.from) || modalityAt(w, hit.from).modality !== 'fact') continue;
    const [ca] = ctx.clause(hit.from);
    let casters = ctx.argsIn(hit.to, draft.from);
    if (!casters.length) casters = ctx.argsIn(ca, hit.from);
    const states = [...new Set(casters.map((a) => a.party).filter((p) => p?.label === 'State').map((p) => p!.id))].filter((s) => PERMANENT.has(s));
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
    const dateAt = (k: number) => ctx.dates.some((d) => d.from === k || (d.from === k + 1 && w[k].norm === 'في'));
    while (e < w.length && e - s < 14 && !ctx.isBreakAt(e) && !dateAt(e)) e++;
    if (e <= s) return null;
    // A lead clitic (بإنشاء) stays part of the subject's first word; the subject starts there.
    const first = w[Math.min(s, w.length - 1)];
    let start = lead ? w[Math.min(lead.to, w.length - 1)].start : first.start;
    // A clitic preposition (بإنشاء، لإدانة) is the lead itself: the subject starts after it.
    if (!lead && (first.prefixes[0] === 'ب' || first.prefixes[0] === 'ل')) start = skipMarks(ctx.doc.text, start + 1);
    const end = w[Math.max(e - 1, s)].end;
    const text = ctx.doc.text.slice(start, end).trim();
    return text ? { text, to: Math.max(e, s + 1) } : null;
  }
  return null;
}

/** Skip harakat after a clitic letter. */
function skipMarks(text: string, i: number): number {
  while (i < text.length && /[\u064b-\u065f\u0670\u0640]/.test(text[i])) i++;
  return i;
}
