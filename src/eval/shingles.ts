/**
 * 8-word sequences of a text after light normalisation: how the repository tells whether a text
 * repeats a reserved article (test/gold/reserved-text.test.ts) and how the corpus audit keeps every
 * sentence of one from a reviewer. Input: text. Output: words with their lines, and the sequences.
 */
import { normaliseArabic } from '../normalise/index.ts';

export const N = 8;

/** Words of a text after light normalisation (letters folded, diacritics dropped), each with its line. */
export function words(text: string): { w: string; line: number }[] {
  const out: { w: string; line: number }[] = [];
  const norm = normaliseArabic(text).toLowerCase();
  let line = 1;
  for (const m of norm.matchAll(/[\p{L}\p{N}]+|\n/gu)) {
    if (m[0] === '\n') line++;
    else out.push({ w: m[0], line });
  }
  return out;
}

/** The N-word sequences of a text, as keys. */
export const grams = (ws: { w: string }[]): string[] =>
  ws.length < N ? [] : ws.slice(0, ws.length - N + 1).map((_, i) => ws.slice(i, i + N).map((x) => x.w).join(' '));
