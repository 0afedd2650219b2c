/**
 * Proclitic segmentation of one normalised Arabic word: و ف (conjunctions), ب ل ك (prepositions),
 * ال (article) and لل (ل + ال with the alef elided), in that order, as in the light stemmers of
 * Larkey et al. (2007) and the clitic order of Habash, "Introduction to Arabic NLP" (2010, §4.2).
 * Input: a normalised word. Output: its analyses (prefixes + stem), best first.
 *
 * Words that begin with a clitic letter but are words in their own right (وزير، بوتين، لندن) are kept
 * whole: data/gazetteer/unsplit-words.json lists them (built from corpus evidence, see scripts/lexicon-build.ts).
 */
import { z } from 'zod';
import { lazy, loadData } from '../data.ts';
import { normaliseArabic } from './arabic.ts';
import { WordTable } from './wordtable.ts';

export interface Analysis {
  prefixes: string[];
  stem: string;
}

const WordList = z.array(z.string().min(1));
const ShortStems = z.object({ after_conjunction: WordList });

/** Words never split (normalised). */
export const UNSPLIT = lazy((): ReadonlySet<string> => new Set(loadData('gazetteer/unsplit-words.json', WordList).map(normaliseArabic)));

/** Words read only whole: no clitic split is tried, not even by the name tries (unsplit-words.manual.yaml `whole`). */
const WHOLE = lazy((): ReadonlySet<string> => new Set(loadData('gazetteer/unsplit-words.manual.yaml', z.object({ whole: WordList })).whole.map(normaliseArabic)));

/** Two-letter function words a conjunction attaches to (ولم، فلن، ومن): see data/lexicon/short-stems.yaml. */
const shortStems = lazy((): ReadonlySet<string> => new Set(loadData('lexicon/short-stems.yaml', ShortStems).after_conjunction.map(normaliseArabic)));

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك'];
const MIN_STEM_AFTER_ARTICLE = 2;
const MIN_STEM_AFTER_LETTER = 3;

function isArabicWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x0620 && c <= 0x06ff;
}

/** Every segmentation allowed by the clitic grammar, longest clitic chain first; the whole word last. */
function segmentations(w: string): Analysis[] {
  const out: Analysis[] = [];
  for (const conj of CONJ) {
    if (conj && !w.startsWith(conj)) continue;
    for (const prep of PREP) {
      const head = conj + prep;
      if (prep && !w.startsWith(head)) continue;
      const pre = [conj, prep].filter(Boolean);
      // With the article: ال after و/ف/ب/ك, or لل for ل + ال.
      const art = prep === 'ل' ? `${conj}لل` : `${head}ال`;
      if (w.startsWith(art) && w.length - art.length >= MIN_STEM_AFTER_ARTICLE) {
        out.push({ prefixes: [...pre, 'ال'], stem: w.slice(art.length) });
      }
      if (pre.length && w.length - head.length >= MIN_STEM_AFTER_LETTER) out.push({ prefixes: pre, stem: w.slice(head.length) });
    }
  }
  // و/ف + a two-letter word: a function word (ولم، فقد) is split; any other (وشي) stays whole, with
  // the split kept as a last analysis for the name tries (وشي جين بينغ).
  const short = w.length === 3 && (w[0] === 'و' || w[0] === 'ف') ? { prefixes: [w[0]], stem: w.slice(1) } : null;
  if (short && shortStems().has(short.stem)) out.push(short);
  out.sort((a, b) => chainLength(b) - chainLength(a));
  out.push({ prefixes: [], stem: w });
  if (short && !shortStems().has(short.stem)) out.push(short);
  return out;
}

/** The letters of an analysis's clitic chain (its prefixes joined), counted without joining them. */
function chainLength(a: Analysis): number {
  let n = 0;
  for (const p of a.prefixes) n += p.length;
  return n;
}

const NONE: string[] = [];
/** First letters of every proclitic: و ف ب ل ك and the alef of ال. */
const PROCLITIC_FIRST = new Set([...'وفبلكا'].map((c) => c.charCodeAt(0)));
/**
 * Words kept at most. Every extracting thread has its own table, and a whole-corpus seed filled a
 * 300,000 one: ~35 MB more live heap per thread by the end, which a re-seed's peak RSS paid twice
 * (main thread and worker). 60,000 recurring words hold the tokens that recur enough to matter
 * (Zipf): extraction of the non-reserved corpus on one thread took the same CPU time (30.1 s
 * against 30.3 s) with 33 MB less heap at its end.
 */
const CACHE_LIMIT = Number(process.env.KG_CLITIC_CACHE ?? 60_000);

/**
 * Every word seen twice (up to the limit), interned with its analyses: the tokenizer's per-token
 * lookup. Words seen once are not kept (half the distinct words of a news corpus occur once, Zipf's
 * law), so the table holds the words that recur; `SEEN` marks first sightings by hash bucket.
 */
const WORDS = new WordTable<Analysis[]>(CACHE_LIMIT);
const SEEN = new Uint8Array(1 << 20);
/** Long words are rare and may be slices of a whole article: caching them would keep it alive. */
const LONGEST_CACHED = 12;

function compute(w: string): Analysis[] {
  // Most words cannot carry a proclitic.
  if (!PROCLITIC_FIRST.has(w.charCodeAt(0)) || w.length < 3 || !isArabicWord(w) || WHOLE().has(w)) return [{ prefixes: NONE, stem: w }];
  const segs = segmentations(w);
  if (UNSPLIT().has(w)) return toFront(segs, segs.findIndex((s) => !s.prefixes.length));
  const known = segs.findIndex((s) => s.prefixes.length > 0 && s.stem.length > 2 && UNSPLIT().has(s.stem));
  return known > 0 ? toFront(segs, known) : segs;
}

/** The analyses with the one at index i moved first (unchanged when there is none). */
function toFront(segs: Analysis[], i: number): Analysis[] {
  const pick = segs[i];
  return pick ? [pick, ...segs.filter((_, k) => k !== i)] : segs;
}

const UNITS: number[] = [];
/** A flat copy (normaliseArabic builds a rope): every later use of a kept word reads it directly. */
function flat(w: string): string {
  UNITS.length = w.length;
  for (let i = 0; i < w.length; i++) UNITS[i] = w.charCodeAt(i);
  return String.fromCharCode.apply(null, UNITS);
}

/** After a missed lookup: keep the word if it was seen before (and is short), and return its analyses. */
function admit(w: string, hash: number): { word: string; all: Analysis[] } {
  if (w.length > LONGEST_CACHED) return { word: w, all: compute(w) };
  const bucket = hash & (SEEN.length - 1);
  if (!SEEN[bucket]) { SEEN[bucket] = 1; return { word: w, all: compute(w) }; }
  if (WORDS.size >= WORDS.limit) SEEN.fill(0);
  const word = flat(w);
  const all = compute(word);
  WORDS.add(word, all);
  // Kept analyses share their prefix chains and, when the stem is a kept word, its string.
  for (const a of all) {
    a.prefixes = chain(a.prefixes);
    const id = WORDS.find(a.stem);
    if (id >= 0) a.stem = WORDS.word(id);
  }
  return { word, all };
}

const CHAINS = new Map<string, string[]>();
function chain(prefixes: string[]): string[] {
  if (!prefixes.length) return NONE;
  const k = prefixes.join('+');
  let c = CHAINS.get(k);
  if (!c) CHAINS.set(k, (c = prefixes));
  return c;
}

/** The analyses of a normalised word. */
function analysesOf(w: string): Analysis[] {
  const id = WORDS.find(w);
  return id >= 0 ? WORDS.value(id) : admit(w, WORDS.lastHash).all;
}

/** The answer of `wordAt`, reused by every call (the tokenizer copies what it keeps). */
export interface WordHit { word: string; all: Analysis[] }
const HIT: WordHit = { word: '', all: [] };

/**
 * The normalised form of text[start, end) and its analyses, or null when the range normalises to
 * nothing. A recurring word is interned: its tokens share one string and one analyses list.
 * The returned object is overwritten by the next call.
 */
export function wordAt(text: string, start: number, end: number): WordHit | null {
  return hitOrAdmit(text, start, end, WORDS.findRange(text, start, end));
}

/**
 * `wordAt` for the tokenizer, which hashes each word while it scans it (`hash`: FNV-1a of the
 * normalised units, `len` their count; see WordTable.findHashed): a word's letters are read once, not twice.
 */
export function hashedWordAt(text: string, start: number, end: number, hash: number, len: number): WordHit | null {
  return hitOrAdmit(text, start, end, WORDS.findHashed(text, start, end, hash, len));
}

function hitOrAdmit(text: string, start: number, end: number, id: number): WordHit | null {
  if (id >= 0) { HIT.word = WORDS.word(id); HIT.all = WORDS.value(id); return HIT; }
  if (WORDS.lastLength === 0) return null;
  const hash = WORDS.lastHash;
  const got = admit(normaliseArabic(text.slice(start, end)), hash);
  HIT.word = got.word; HIT.all = got.all;
  return HIT;
}

/**
 * All analyses of a normalised word, best first: the whole word when it is a known word; else the
 * segmentation whose stem is a known word; else the longest clitic chain. Results are shared: do not mutate.
 */
export function analyses(w: string): Analysis[] {
  return analysesOf(w);
}

/** The best segmentation of a normalised word. */
export function splitClitics(w: string): Analysis {
  // segmentations() always ends with the whole word, so there is a first analysis.
  return analyses(w)[0] ?? { prefixes: NONE, stem: w };
}
