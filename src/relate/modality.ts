/**
 * Modality and negation of a trigger: is the reported act done, planned, negated, threatened,
 * hypothetical or generic? Input: a sentence's words and the trigger's position. Output: a Modality
 * and the cue that decided it. Classes after Saurí & Pustejovsky, "FactBank" (2009); cues in
 * data/lexicon/modality.yaml.
 */
import { modalityLexicon as L, PhraseTable, phraseWords } from './lexicon.ts';
import { tokenAt } from '../normalise/index.ts';
import { isBreak, type Word } from './words.ts';
import { adjunctWords } from './patterns/engine.ts';

export type Modality = 'fact' | 'planned' | 'negated' | 'threat' | 'hypothetical' | 'generic';

const cues = new PhraseTable<Exclude<Modality, 'fact'>>();
// Stronger classes first: a negated plan (لن يزور) is negated, a threatened veto is a threat.
cues.addAll(L.negated, 'negated');
cues.addAll(L.threat, 'threat');
cues.addAll(L.hypothetical, 'hypothetical');
cues.addAll(L.generic, 'generic');
cues.addAll(L.planned, 'planned');
const notCues = new PhraseTable<true>().addAll(L.not_cues, true);
const openers = new PhraseTable<true>().addAll(L.clause_openers, true);
const localCues = new Set(L.local_cues.flatMap(phraseWords));
const mayParticles = new Set(L.may_particles.flatMap(phraseWords));
const tPerfects = new Set(L.t_perfects.flatMap(phraseWords));
const hypothetical = new PhraseTable<true>().addAll(L.hypothetical, true);
const failureVerbs = new PhraseTable<true>().addAll(L.failure_governors.verbs, true);
const failureStops = new PhraseTable<true>().addAll(L.failure_governors.stops, true);
const failurePreps = new Set(L.failure_governors.prepositions.flatMap(phraseWords));
const RANK: Record<Modality, number> = { negated: 5, threat: 4, hypothetical: 3, generic: 2, planned: 1, fact: 0 };

export interface ModalityReading {
  modality: Modality;
  cue: string | null;
}

const WAW = 0x0648;
const FA = 0x0641;
const SIN = 0x0633;
/**
 * The future prefix س on an imperfect verb (سيوقع، ستزور), after an optional و or ف: the trigger
 * itself says "will". Finders ask this of every word of a gated sentence, so a word without س
 * where the prefix would stand is turned down from its first letters, with no string made.
 */
export function isFutureVerb(w: Word, imperfect: (key: string) => boolean): boolean {
  const c = w.norm.charCodeAt(0);
  const at = c === WAW || c === FA ? 1 : 0;
  return w.norm.charCodeAt(at) === SIN && imperfect(w.norm.slice(at + 1));
}

/**
 * The opening comma of a comma-enclosed insertion closed by the comma at `close` (هددت، صباح اليوم،
 * روسيا باستخدام): at most the engine's max_insertion words between, none a break, and the word
 * after it going on with the same clause (not و/ف-led: ، ووقعت opens another). -1 when none.
 */
function insertionOpening(words: Word[], close: number): number {
  const after = words[close + 1];
  if (!after || tokenAt(words, close).norm !== ',' || after.prefixes.includes('و') || after.prefixes.includes('ف')) return -1;
  for (let k = close - 1; k >= Math.max(1, close - 1 - adjunctWords().max_insertion); k--) {
    const w = tokenAt(words, k);
    if (w.norm === ',') return k < close - 1 ? k : -1;
    if (isBreak(w)) return -1;
  }
  return -1;
}

/**
 * Read the cues in the clause before word `at` (at most window_before words back, never across a
 * clause break, but past a comma-enclosed insertion, whose words neither count nor cue) and the
 * trigger word itself; the strongest class found wins.
 */
export function modalityAt(words: Word[], at: number, window = L.window_before): ModalityReading {
  let best: ModalityReading = { modality: 'fact', cue: null };
  let from = at;
  const skipped: [number, number][] = [];
  for (let counted = 0; from > 0 && counted < window;) {
    if (!isBreak(tokenAt(words, from - 1))) { from--; counted++; continue; }
    const open = insertionOpening(words, from - 1);
    if (open < 0) break;
    skipped.push([open, from]);
    from = open;
  }
  const inserted = (i: number): boolean => skipped.some(([a, b]) => a <= i && i < b);
  // The last clause opener before the trigger: particles before it negate another verb.
  let opened = -1;
  for (let i = from; i < at; i++) if (!inserted(i) && openers.matchAt(words, i, at)) opened = i;
  for (let i = from; i <= at && i < words.length; i++) {
    if (inserted(i)) continue;
    const negated = notCues.matchAt(words, i);
    if (negated) { i = negated.to - 1; continue; }
    const hit = cues.matchAt(words, i) ?? mayAt(words, i);
    if (!hit) continue;
    // A negation particle negates its own clause, not a later one (لم تتردد، وإن موسكو وقعت؛ لم يمض
    // وقت حتى وصل).
    if (i < opened && hit.to - hit.from === 1 && tokenAt(words, i).keys.some((k) => localCues.has(k))) continue;
    if (RANK[hit.payload] > RANK[best.modality]) {
      best = { modality: hit.payload, cue: words.slice(hit.from, hit.to).map((w) => w.norm).join(' ') };
    }
    i = hit.to - 1;
  }
  if (best.modality !== 'negated') {
    const failed = failureGovernor(words, at);
    if (failed) best = { modality: 'negated', cue: failed };
  }
  return best;
}

/**
 * The failure verb whose complement «في/عن + verbal noun» is the trigger at `at` (أخفق وزراء … في
 * التوصل): looked for back to the clause's start, past any subject length, but not past a clause
 * opener or a stop (ثم نجحوا). Null when the trigger is no such complement.
 */
function failureGovernor(words: Word[], at: number): string | null {
  const prep = words[at - 1];
  if (!prep || !failurePreps.has(prep.norm)) return null;
  for (let i = at - 2; i >= 0; i--) {
    const w = tokenAt(words, i);
    if (isBreak(w) || openers.matchAt(words, i, at) || failureStops.matchAt(words, i)) return null;
    if (failureVerbs.matchAt(words, i)) return w.norm;
  }
  return null;
}

/** قد before an imperfect verb (قد تستخدم، قد يقود): "may", a hypothetical cue of two words. */
function mayAt(words: Word[], i: number): { from: number; to: number; payload: 'hypothetical' } | null {
  const verb = words[i + 1];
  if (!verb || !tokenAt(words, i).keys.some((k) => mayParticles.has(k))) return null;
  const n = verb.norm;
  const imperfect = n.length > 2 && (n[0] === 'ي' || (n[0] === 'ت' && !verb.keys.some((k) => tPerfects.has(k))));
  return imperfect ? { from: i, to: i + 2, payload: 'hypothetical' } : null;
}

/**
 * A hypothetical cue anywhere in words [from, to): for words between a trigger and its object
 * (استخدام روسيا وربما الصين حق النقض), where only "may" matters, not generic or planned words.
 */
export function hypotheticalIn(words: Word[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < words.length; i++) {
    if (hypothetical.matchAt(words, i, to) || mayAt(words, i)) return true;
  }
  return false;
}

/** Purpose ل on a verbal noun (لتوقيع، لزيارة): the act is the aim of something else, not done. */
export const isPurpose = (w: Word): boolean => w.prefixes.includes('ل') && !w.prefixes.includes('ال');
