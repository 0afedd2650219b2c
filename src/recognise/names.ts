/**
 * Unknown personal names next to a title or a role (الرئيس الروسي <name>، <name> رئيس فيتنام).
 * Input: tokens, a position, and the tokens already taken by gazetteer chunks. Output: the token
 * range of a plausible name, or null.
 *
 * A name is 2–4 words, none of them a stopword or one of the corpus's most frequent non-name words
 * (data/gazetteer/common-words.json), joined by links (بن، عبد، أبو); a word with the article
 * (الجبير) can only close it; a conjunction (و، ف) ends it.
 */
import { z } from 'zod';
import { lazy, loadData } from '../data.ts';
import type { Token } from '../model.ts';
import { normaliseArabic, tokenAt, UNSPLIT } from '../normalise/index.ts';
import { GIVEN_NAMES, KINSHIP, LEADERS, NAME_COMPOUND_ENDS, NAME_COMPOUNDS, NAME_LINKS, phraseKeys, STOPWORDS, VERBAL_NOUNS } from './gazetteer.ts';

const CommonWords = z.object({ common: z.array(z.string()), nouns: z.array(z.string()) });
const commonWords = lazy(() => loadData('gazetteer/common-words.json', CommonWords));
/** Frequent nouns and adjectives (they take the article): جودة "quality", not بوتين. */
const NOUNS = lazy(() => new Set(commonWords().nouns.map(normaliseArabic)));
/** The corpus's frequent stems as built, the listed leaders' name words among them (عباس، الأسد). */
const FREQUENT = lazy(() => new Set(commonWords().common.map(normaliseArabic)));
/** Frequent stems that are not names; the listed leaders' name words are removed from it. */
const COMMON = lazy(() => {
  const common = new Set(FREQUENT());
  for (const l of LEADERS()) for (const n of l.ar) for (const k of phraseKeys(n)) common.delete(k);
  return common;
});

const MAX_WORDS = 4;
const MIN_WORDS = 2;

const isArabicWord = (t: Token): boolean => { const c = t.norm.charCodeAt(0); return c >= 0x0620 && c <= 0x06ff && t.norm.length >= 2; };
const hasConj = (t: Token): boolean => t.prefixes[0] === 'و' || t.prefixes[0] === 'ف';
const hasArticle = (t: Token): boolean => t.prefixes.includes('ال');
const isLink = (t: Token): boolean => t.prefixes.length === 0 && NAME_LINKS().has(t.stem);

/** Whether a word (normalised, no clitics) is one of the corpus's frequent nouns or adjectives. */
export const isCommonNoun = (w: string): boolean => NOUNS().has(w);
/** Whether a word (normalised, no clitics) is one of the corpus's frequent stems or nouns, a listed leader's name word or not. */
export const isFrequentStem = (w: string): boolean => FREQUENT().has(w) || NOUNS().has(w);

/**
 * Attached pronouns (ها، هم، هما، كم، نا, and ه after the ت of a feminine noun or plural: ثقتها،
 * زيارته، مهماته، or after a verbal noun: استعداده). A frequent word carrying one is that word +
 * "her/his/their", never a name: نصها، حزبه، أبلغهم. Any other bare ه is left out: it ends many names
 * (طه، نبيه، and every ة of أسامة، حمزة, written ه once normalised) whose remainder is a word.
 */
const PRONOUN_SUFFIXES = ['هما', 'ها', 'هم', 'كم', 'نا', 'ه'];

const isFrequent = (w: string): boolean => COMMON().has(w) || NOUNS().has(w);

function frequentWithPronoun(stem: string): boolean {
  for (const suffix of PRONOUN_SUFFIXES) {
    if (!stem.endsWith(suffix) || stem.length - suffix.length < 2) continue;
    const base = stem.slice(0, -suffix.length);
    if (suffix === 'ه' && !base.endsWith('ت')) {
      if (VERBAL_NOUNS().some((re) => re.test(base)) && isFrequent(base)) return true;
      continue;
    }
    // A feminine noun's ة is written ت before a pronoun (ثقة + ها → ثقتها); a feminine plural keeps
    // its ات, and is frequent as itself or as its singular (مهمات، مهمة + ه → مهماته).
    const plural = base.endsWith('ات') && base.length > 4;
    const forms = base.endsWith('ت') ? [`${base.slice(0, -1)}ه`] : [];
    if (suffix !== 'ه' || plural) forms.push(base);
    if (plural) forms.push(`${base.slice(0, -2)}ه`);
    if (forms.some(isFrequent)) return true;
  }
  return false;
}

/** Whether a token's word can be part of a name at all. */
export function nameWord(t: Token): boolean {
  if (!isArabicWord(t)) return false;
  // Verbs in the plural (خالفوا، قالوا) end in the wa-alif; names do not.
  if (t.norm.endsWith('وا')) return false;
  if (STOPWORDS().has(t.norm) || STOPWORDS().has(t.stem) || KINSHIP().has(t.stem)) return false;
  // The accusative (tanwin) alef of a common noun or adjective is an object after the name, not part
  // of it: ألكسندر نوفاك | اتفاقا نفطيا (Ryding 2005, ch. 4.2: indefinite accusative -an).
  if (t.stem.length > 3 && t.stem.endsWith('ا') && (COMMON().has(t.stem.slice(0, -1)) || NOUNS().has(t.stem.slice(0, -1)))) return false;
  if (frequentWithPronoun(t.stem)) return false;
  // A preposition before a verbal noun opens a verb's complement (يأمر بترقية): no name goes on.
  if (t.prefixes.some((p) => p === 'ب' || p === 'ل') && VERBAL_NOUNS().some((re) => re.test(t.stem))) return false;
  return !COMMON().has(t.stem) && !COMMON().has(t.norm);
}

/** A word as written, without harakat and tatweel. */
const bare = (t: Token): string => t.text.replace(/[\u064b-\u065f\u0670\u0640]/g, '');

/**
 * علي with the dotted ya (not على "on", which normalisation merges with it) opening a name: the given
 * name, when a name word follows it (الوزير علي لاريجاني; but وافق الوزير على الخطة).
 */
function givenAli(tokens: Token[], k: number): boolean {
  const t = tokenAt(tokens, k);
  const n = tokens[k + 1];
  return t.prefixes.length === 0 && bare(t) === 'علي' && !!n && n.sentence === t.sentence && !hasConj(n) && !isLink(n) && nameWord(n);
}

/** A word that can open a name before a family name: a name word, or علي written with its dotted ya (علي البشير). */
export const givenNameWord = (t: Token): boolean => nameWord(t) || (t.prefixes.length === 0 && bare(t) === 'علي');

/**
 * A common word that is also a given name (إسلام، نور، أمل) opening a name after a title and its state:
 * a given name when a name word that is no frequent word of the corpus follows it (رئيس أوزبكستان إسلام كريموف).
 */
function givenCommonWord(tokens: Token[], k: number): boolean {
  const t = tokenAt(tokens, k);
  const n = tokens[k + 1];
  return t.prefixes.length === 0 && GIVEN_NAMES().has(t.stem) && !!n && n.sentence === t.sentence && !hasConj(n) && !hasArticle(n)
    && !isLink(n) && nameWord(wholeForeignWord(n)) && !isFrequentStem(n.stem) && !isFrequentStem(n.norm);
}

/**
 * A word whose tokenizer reading split off the preposition ك "like" from a foreign name (كابا read as
 * ك + أبا, كوتيسا as ك + وتيسا, كوندي as ك + وندي): the whole word is no word of the corpus. Only ك: "like"
 * rarely follows a name, where ب and ل (لمدة، بحسب، ببيع) open its complement all the time. Returns the
 * token read whole, or the token itself.
 */
export function wholeForeignWord(t: Token): Token {
  if (t.prefixes.length !== 1 || t.prefixes[0] !== 'ك' || t.norm.length < 4) return t;
  // A short remainder may be a word (أبا) but no noun (بمقر); a longer one that is a word, with or
  // without a pronoun, is the preposition's object (بنظيره، كرئيس). The whole must be no word either (بلاده).
  const base = t.stem.endsWith('ه') ? t.stem.slice(0, -1) : t.stem;
  if ((t.stem.length >= 4 && (isFrequentStem(t.stem) || isFrequentStem(base))) || isCommonNoun(t.stem) || isFrequentStem(t.norm) || UNSPLIT().has(t.norm) || frequentWithPronoun(t.norm) || frequentWithPronoun(t.stem) || VERBAL_NOUNS().some((re) => re.test(t.stem))) return t;
  return { ...t, prefixes: [], stem: t.norm };
}

/**
 * A foreign given name that begins with ف (فيتولد، فيرنر), which the tokenizer reads as ف + a word it does
 * not know: right after a title and its state, where a name is expected, a word whose remainder is no word
 * of the corpus, before a name word, opens the name (ف + a known word, فقال، فالتقى, stays the conjunction).
 */
export function faInitialGiven(tokens: Token[], k: number): boolean {
  const t = tokenAt(tokens, k);
  const n = tokens[k + 1];
  return t.prefixes.length === 1 && t.prefixes[0] === 'ف' && t.stem.length >= 3 && !isFrequentStem(t.stem) && !isFrequentStem(t.norm)
    && nameWord({ ...t, prefixes: [] }) && !!n && n.sentence === t.sentence && !isLink(n) && nameWord(n) && !hasArticle(n);
}

/**
 * A foreign family name that begins with و or ف (وستفال، ويلكنز، فالستروم), which the tokenizer reads as و + a word it
 * does not know: after one given name, a word whose remainder is no word of the corpus is the name's
 * second word, not "and" + a new word (the conjunction would leave a one-word name, which is no name).
 * Only after a title and its state: after a role noun the first word is as often an adjective (فنان
 * مبدع وتستحق) and the و a true conjunction.
 */
function wawInitialName(tokens: Token[], k: number): boolean {
  const t = tokenAt(tokens, k);
  // Likewise ف and ف + ال (فالستروم read as ف + ال + ستروم).
  const clitics = t.prefixes.join('+');
  if (!(clitics === 'و' || clitics === 'ف' || clitics === 'ف+ال') || t.stem.length < 3 || t.sentence !== tokens[k - 1]?.sentence) return false;
  // و + a frequent word with a pronoun (ووفده "and his delegation") is the conjunction.
  const withPronoun = PRONOUN_SUFFIXES.some((x) => t.stem.endsWith(x) && t.stem.length - x.length >= 2 && isFrequentStem(t.stem.slice(0, -x.length)));
  // The name ends there (a mark, a function word, the sentence's end): «فاشلة وحولت آلاف» goes on as a clause.
  const n = tokens[k + 1];
  const ends = !n || n.sentence !== t.sentence || !isArabicWord(n) || STOPWORDS().has(n.norm) || STOPWORDS().has(n.stem);
  return ends && !withPronoun && nameWord({ ...t, prefixes: [] }) && !isFrequentStem(t.stem) && !isFrequentStem(t.norm);
}

/**
 * A name starting at token j (forward, after a title or a role). Returns [start, end) or null.
 * `titled`: after an office title with its state, where a name is expected, a family name may begin with و.
 */
export function nameAfter(tokens: Token[], j: number, taken: Uint8Array, titled = false): [number, number] | null {
  const sentence = tokens[j]?.sentence;
  let words = 0;
  let k = j;
  for (; k < tokens.length && k - j < MAX_WORDS + 2; k++) {
    const t = tokenAt(tokens, k);
    if (t.sentence !== sentence || taken[k]) break;
    if (isLink(t)) { if (k === j) return null; continue; }
    // After a link any word continues the name (عبد الله، عبد الرحمن).
    const linked = k > j && isLink(tokenAt(tokens, k - 1));
    // After a given name, a foreign family name the tokenizer split (محمد كابا: ك + أبا) is taken whole.
    if (words >= 1 && wholeForeignWord(t) !== t && nameWord(wholeForeignWord(t))) { words++; if (words === MAX_WORDS) { k++; break; } continue; }
    if (words === 0 && givenAli(tokens, k)) { words++; continue; }
    if (titled && words === 0 && givenCommonWord(tokens, k)) { words++; continue; }
    if (titled && words === 0 && faInitialGiven(tokens, k)) { words++; continue; }
    if (titled && words === 1 && wawInitialName(tokens, k)) { words++; continue; }
    // An imperfect verb and its prepositional complement (وزير البلديات يوجه بتضافر الجهود): a headline's verb, no name.
    if (words === 1 && (t.prefixes[0] === 'ب' || t.prefixes[0] === 'ل') && tokenAt(tokens, j).norm.startsWith('ي')
      && (isFrequentStem(t.stem) || VERBAL_NOUNS().some((re) => re.test(t.stem)))) return null;
    // The second word of a compound name that is also a common word (منظور الحق) closes the name.
    if (words > 0 && t.prefixes.length === 1 && hasArticle(t) && NAME_COMPOUND_ENDS().has(t.stem)) { words++; k++; break; }
    if ((!nameWord(t) && !linked) || hasConj(t)) break;
    if (hasArticle(t)) {
      if (words === 0) return null;
      words++;
      // A compound given name (سعد الدين) goes on to the family name.
      if (NAME_COMPOUNDS().has(t.stem) && t.prefixes.length === 1 && words < MAX_WORDS) continue;
      k++;
      break;
    }
    words++;
    if (words === MAX_WORDS) { k++; break; }
  }
  while (k > j && isLink(tokenAt(tokens, k - 1))) k--;
  return words >= MIN_WORDS ? [j, k] : null;
}

/**
 * A one-word name at token j, after a title and an honorific (السيد العثماني، الشيخة حسينة): the
 * honorific says a name follows, so a lone surname counts. Frequent nouns (السيد المنسق) do not.
 */
export function oneNameAfter(tokens: Token[], j: number, taken: Uint8Array): [number, number] | null {
  const t = tokens[j];
  if (!t || taken[j] || t.sentence !== tokens[j - 1]?.sentence || hasConj(t) || isLink(t) || !nameWord(t) || NOUNS().has(t.stem)) return null;
  // The word must end there (a mark, a function word, a conjunction, the sentence's end): else it may be
  // a given name before a listed name (السيد محمد نواز شريف) or before a family name read as a word.
  const after = tokens[j + 1];
  if (after && after.sentence === t.sentence && isArabicWord(after) && !hasConj(after) && !STOPWORDS().has(after.norm) && !STOPWORDS().has(after.stem)) return null;
  return [j, j + 1];
}

/** A name ending just before token j (backward, before a title). Returns [start, end) or null. */
export function nameBefore(tokens: Token[], j: number, taken: Uint8Array): [number, number] | null {
  let end = j;
  if (end > 0 && tokenAt(tokens, end - 1).norm === ',') end--;
  // «سهى عرفات أرملة الرئيس»: the name before a kinship noun is a relative of the office holder.
  if (end > 0 && KINSHIP().has(tokenAt(tokens, end - 1).stem)) return null;
  const sentence = tokens[end - 1]?.sentence;
  let words = 0;
  let k = end - 1;
  for (; k >= 0 && end - k <= MAX_WORDS + 2; k--) {
    const t = tokenAt(tokens, k);
    if (t.sentence !== sentence || taken[k]) break;
    if (isLink(t)) continue;
    // A common word that is also a given name (سام كوتيسا، وزير خارجية أوغندا) opens the name before a family name that is no frequent word.
    if (!nameWord(t) && words === 1 && t.prefixes.length === 0 && GIVEN_NAMES().has(t.stem) && !isFrequentStem(tokenAt(tokens, k + 1).stem)) { words++; k--; break; }
    if (!nameWord(t)) break;
    if (hasArticle(t) && k !== end - 1) break;
    if (hasConj(t)) { words++; k--; break; }
    words++;
    if (words === MAX_WORDS) { k--; break; }
  }
  let start = k + 1;
  while (start < end && isLink(tokenAt(tokens, start))) start++;
  // Arabic sentences open with their verb: a sentence-initial word before a two-word name is the verb.
  if (words > MIN_WORDS && start === firstOfSentence(tokens, start)) { start++; words--; }
  return words >= MIN_WORDS ? [start, end] : null;
}

function firstOfSentence(tokens: Token[], i: number): number {
  const sentence = tokens[i]?.sentence;
  let k = i;
  while (k > 0 && tokenAt(tokens, k - 1).sentence === sentence) k--;
  return k;
}

/**
 * Offset in the original text where a mention starting at this token begins: after its conjunction
 * and preposition (لبوتين → بوتين), keeping the article (الروسي); ل + ال written لل is dropped whole.
 */
export function mentionStart(text: string, t: Token, prefixes: string[]): number {
  const skip = prefixes.includes('ال') && prefixes.includes('ل') ? prefixes.length : prefixes.filter((p) => p !== 'ال').join('').length;
  if (skip <= 0) return t.start;
  let kept = 0;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    // Harakat and tatweel are dropped by normalisation; they do not count as kept characters.
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || c === 0x200c || c === 0x200d) continue;
    if (kept === skip) return i;
    kept++;
  }
  return t.start;
}
