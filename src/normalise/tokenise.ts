/**
 * Tokenizer: splits the original text into words, numbers and punctuation, each word normalised and
 * split from its proclitics (see clitics.ts). Input: the original text. Output: tokens with offsets
 * into it (sentence index left at 0; sentences.ts assigns it).
 *
 * Diacritics, tatweel and zero-width joiners are word-internal (they never split a word); digit
 * group and decimal separators between digits stay inside a number (1,000 — 3.5 — ٣٫٥).
 */
import type { Token } from '../model.ts';
import { mapCode } from './arabic.ts';
import { type Analysis, analyses, hashedWordAt } from './clitics.ts';
import { FNV_OFFSET, FNV_PRIME } from './wordtable.ts';

const SPACE = 0;
const WORD = 1;
const MARK = 2; // dropped by normalisation but part of a word (harakat, tatweel, ZWNJ)
const PUNCT = 3;
const DIGIT = 4;

const CLASS = new Uint8Array(0x10000).fill(PUNCT);
const classOf = (c: number): number => CLASS[c] ?? PUNCT;
const fill = (a: number, b: number, k: number): void => { for (let c = a; c <= b; c++) CLASS[c] = k; };
fill(0x41, 0x5a, WORD); fill(0x61, 0x7a, WORD); fill(0xc0, 0x24f, WORD); CLASS[0xd7] = PUNCT; CLASS[0xf7] = PUNCT;
fill(0x30, 0x39, DIGIT); fill(0x0660, 0x0669, DIGIT); fill(0x06f0, 0x06f9, DIGIT);
fill(0x0620, 0x064a, WORD); fill(0x066e, 0x06d3, WORD); CLASS[0x06d5] = WORD; fill(0x06fa, 0x06ff, WORD);
fill(0x0750, 0x077f, WORD); fill(0xfb50, 0xfdff, WORD); fill(0xfe70, 0xfefc, WORD);
fill(0x064b, 0x065f, MARK); CLASS[0x0670] = MARK; fill(0x06d6, 0x06ed, MARK); CLASS[0x0640] = MARK;
for (const z of [0x200b, 0x200c, 0x200d, 0x00ad]) CLASS[z] = MARK;
for (const s of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200e, 0x200f, 0x061c]) CLASS[s] = SPACE;
fill(0x2000, 0x200a, SPACE); fill(0x2066, 0x2069, SPACE); fill(0x202a, 0x202e, SPACE);
const isNumberJoiner = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;

const isWordish = (k: number): boolean => k === WORD || k === DIGIT || k === MARK;

const codes: number[] = [];
function normRange(text: string, start: number, end: number): string {
  let i = start;
  while (i < end) { const c = text.charCodeAt(i); if (mapCode(c) !== c) break; i++; }
  // Most words need no change: take them as they are.
  if (i === end) return text.slice(start, end);
  codes.length = 0;
  for (let k = start; k < end; k++) { const m = mapCode(text.charCodeAt(k)); if (m !== 0) codes.push(m); }
  return String.fromCharCode.apply(null, codes);
}

const isHamzaAlef = (c: number): boolean => c === 0x0623 || c === 0x0625 || c === 0x0622;
/**
 * The article ال is written with a bare alef (hamzat al-wasl), never أ إ آ: a word whose "al" carries a
 * hamza (ألمانيا، ألكسندر، إلياس) does not begin with the article, whatever normalisation made of it
 * (Wright, "A Grammar of the Arabic Language", 3rd ed., vol. 1 §19). Such analyses are dropped: kept as
 * a fallback they let a name's tail match the gazetteer (ألباريس read as ال + باريس, Paris).
 */
function hamzaNotArticle(text: string, start: number, all: Analysis[]): Analysis[] {
  // ال is always the last proclitic of a chain (clitics.ts), and its index is its offset in the word.
  const p = all[0]?.prefixes ?? [];
  const at = p.length - 1;
  if (at < 0 || p[at] !== 'ال' || !isHamzaAlef(text.charCodeAt(start + at))) return all;
  let bareOnly = WITHOUT_ARTICLE.get(all);
  if (!bareOnly) {
    const bare = all.filter((a) => !a.prefixes.includes('ال'));
    WITHOUT_ARTICLE.set(all, (bareOnly = bare.length ? bare : all));
  }
  return bareOnly;
}
/** The article-free analyses of a (shared) analyses list, made once. */
const WITHOUT_ARTICLE = new WeakMap<Analysis[], Analysis[]>();

/** Every clitic analysis of each token of a token list made here, for matchers (see clitics.ts). */
const ALTS = new WeakMap<Token[], Analysis[][]>();

/** All analyses of each token, best first (computed by tokenise; recomputed for foreign token lists). */
export function tokenAnalyses(tokens: Token[]): Analysis[][] {
  return ALTS.get(tokens) ?? tokens.map((t) => analyses(t.norm));
}

/**
 * The one analysis of a punctuation mark, shared by all its tokens as a word's analyses are (clitics.ts:
 * read-only): a comma or full stop in every sentence made two arrays and an object each.
 */
const MARK_ANALYSES = new Map<string, Analysis[]>();
function markAnalyses(norm: string): Analysis[] {
  let all = MARK_ANALYSES.get(norm);
  if (!all) MARK_ANALYSES.set(norm, (all = [{ prefixes: [], stem: norm }]));
  return all;
}

/** Tokenize the original text. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const alts: Analysis[][] = [];
  ALTS.set(tokens, alts);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k === SPACE) { i++; continue; }
    const start = i;
    if (isWordish(k)) {
      // One read of each unit: its class extends the word, its normalised form feeds the word
      // table's hash (as WordTable.findRange would compute it) and tells whether normalisation changes it.
      let h = FNV_OFFSET;
      let len = 0;
      let same = true;
      let c = text.charCodeAt(i);
      for (;;) {
        const m = mapCode(c);
        if (m !== 0) { h = Math.imul(h ^ m, FNV_PRIME); len++; }
        if (m !== c) same = false;
        i++;
        if (i >= n) break;
        c = text.charCodeAt(i);
        if (isWordish(classOf(c))) continue;
        // A separator between digits is taken with the digit after it (the loop's next unit).
        if (isNumberJoiner(c) && classOf(text.charCodeAt(i - 1)) === DIGIT && i + 1 < n && classOf(text.charCodeAt(i + 1)) === DIGIT) {
          const mj = mapCode(c);
          h = Math.imul(h ^ mj, FNV_PRIME); len++;
          if (mj !== c) same = false;
          c = text.charCodeAt(++i);
          continue;
        }
        break;
      }
      // A word made only of marks (a stray tatweel) is no token.
      const word = hashedWordAt(text, start, i, h, len);
      if (!word) continue;
      const norm = word.word;
      const all = hamzaNotArticle(text, start, word.all);
      alts.push(all);
      // When normalisation changed nothing, the surface and the normalised form are one string.
      const surface = same ? norm : text.slice(start, i);
      // An analyses list is never empty (the whole word is always one reading). Read by index: a
      // destructuring default went through the array iterator for every token.
      const best = all[0] ?? { prefixes: [], stem: norm };
      tokens.push({ text: surface, start, end: i, norm, prefixes: best.prefixes, stem: best.stem, sentence: 0 });
    } else {
      i++;
      const norm = normRange(text, start, i);
      if (!norm || norm === ' ') continue;
      const all = markAnalyses(norm);
      alts.push(all);
      // A mark normalisation leaves as it is (most punctuation) is its own surface: no second slice.
      const surface = norm.length === 1 && norm.charCodeAt(0) === text.charCodeAt(start) ? norm : text.slice(start, i);
      tokens.push({ text: surface, start, end: i, norm, prefixes: all[0]!.prefixes, stem: all[0]!.stem, sentence: 0 });
    }
  }
  return tokens;
}
