/**
 * The word view relate works on: one entry per token of a sentence, with the keys lexicons are
 * looked up by. Input: a Document's tokens. Output: Word[] (token index, offsets, keys, prefixes).
 */
import type { Document, Token } from '../model.ts';
import { tokenAt } from '../normalise/index.ts';
import type { Keyed } from './lexicon.ts';

export interface Word extends Keyed {
  /** Index in Document.tokens. */
  token: number;
  start: number;
  end: number;
  norm: string;
  stem: string;
  prefixes: string[];
}

/**
 * Keys of a token, most specific first: the whole normalised form (اليوم must not be read as its
 * stem يوم), then the stem without proclitics. The tokenizer decides the split (it keeps فيصل whole
 * and splits ووقع), so relate never strips a letter itself.
 */
export function tokenKeys(t: Pick<Token, 'norm' | 'stem'>): string[] {
  return t.norm === t.stem ? [t.norm] : [t.norm, t.stem];
}

export function wordsOf(tokens: Token[], from: number, to: number): Word[] {
  const out: Word[] = [];
  for (let i = from; i < to; i++) {
    const t = tokenAt(tokens, i);
    out.push({ token: i, start: t.start, end: t.end, norm: t.norm, stem: t.stem, prefixes: t.prefixes, keys: tokenKeys(t) });
  }
  return out;
}

export function sentenceWords(doc: Document, sentence: number): Word[] {
  const s = tokenAt(doc.sentences, sentence);
  return wordsOf(doc.tokens, s.tokenStart, s.tokenEnd);
}

/** Clause breaks: commas, semicolons, colons and sentence ends (normalised forms); brackets and quotes do not break a clause (حق النقض (الفيتو)). */
const BREAKS = new Set([',', ';', ':', '.', '!', '?']);
export const isBreak = (w: Word): boolean => BREAKS.has(w.norm);

/** [from, to) of the clause around word i: up to the nearest breaks on either side. */
export function clauseAround(words: Word[], i: number): [number, number] {
  let a = i;
  while (a > 0 && !isBreak(tokenAt(words, a - 1))) a--;
  let b = i + 1;
  while (b < words.length && !isBreak(tokenAt(words, b))) b++;
  return [a, b];
}

/** How long a comma-enclosed insertion after a verb may be (، صباح اليوم، / ، وفق ما أعلنته الوكالة،). */
const MAX_PARENTHETICAL = 8;

/**
 * The word after a comma-enclosed insertion that starts at `from` (a comma), else `from`. An
 * insertion ends at the next comma, within MAX_PARENTHETICAL words, with no other break and no word
 * `stop` says belongs to the clause (the object noun).
 */
export function pastParenthetical(words: Word[], from: number, stop: (k: number) => boolean = () => false): number {
  if (words[from]?.norm !== ',') return from;
  for (let k = from + 1; k < Math.min(words.length, from + 2 + MAX_PARENTHETICAL); k++) {
    const w = tokenAt(words, k);
    if (w.norm === ',') return k + 1;
    if (isBreak(w) || stop(k)) return from;
  }
  return from;
}

/** The comma that opens the insertion closed by the comma at `close`, else -1 (the reverse of pastParenthetical). */
export function parentheticalOpening(words: Word[], close: number): number {
  if (words[close]?.norm !== ',') return -1;
  for (let k = close - 1; k >= Math.max(0, close - 1 - MAX_PARENTHETICAL); k--) {
    const w = tokenAt(words, k);
    if (w.norm === ',') return pastParenthetical(words, k) === close + 1 ? k : -1;
    if (isBreak(w)) return -1;
  }
  return -1;
}

export const isDigits = (s: string): boolean => /^\d+$/.test(s);
