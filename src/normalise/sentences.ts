/**
 * Sentence splitter over tokens. Input: the original text and its tokens. Output: sentences with
 * offsets and token ranges; every token's `sentence` set.
 *
 * Ends a sentence at . ! ? ؟ … (normalised), keeping closing quotes and brackets with it; never inside
 * «…» or “…” (Arabic news quotes run over several sentences), after a lone letter (initials and
 * abbreviations such as د. for Dr.), or inside a number. A line break always ends a sentence and
 * closes any open quote, so an unbalanced quote cannot swallow the rest of an article; a straight
 * quote opens or closes by the side its word is glued to.
 */
import type { Sentence, Token } from '../model.ts';
import { tokenAt } from './token-at.ts';

// One-character token classes, tested by code unit: a Set of strings costs a hash probe per token.
const oneOf = (chars: string): ((s: string) => boolean) => {
  const codes = [...chars].map((c) => c.charCodeAt(0));
  return (s) => s.length === 1 && codes.includes(s.charCodeAt(0));
};
const TERMINATOR = oneOf('.!?');
const CLOSER = oneOf('"\')]}.!?');
const OPENER = oneOf('«“(');
const CLOSING = oneOf('»”)');

const hasLineBreak = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) { const c = text.charCodeAt(i); if (c === 10 || c === 13 || c === 0x2029) return true; }
  return false;
};

const isWord = (tok: Token | undefined): boolean => !!tok && /[\p{L}\p{N}]/u.test(tok.text);
/**
 * Is a straight quote open after the one at t? It opens when it is glued to the word after it and not
 * to the one before ("الإرهاب), closes when glued only to the word before (الإرهاب"), else it toggles.
 * So one unpaired quote ("دعمها … "الإرهاب "، …) is closed by the next closing one, and cannot keep
 * the sentences after it from being split.
 */
function straightQuote(tokens: Token[], t: number, open: boolean): boolean {
  const tok = tokenAt(tokens, t);
  const prev = tokens[t - 1];
  const next = tokens[t + 1];
  const gluedPrev = isWord(prev) && prev!.end === tok.start;
  const gluedNext = isWord(next) && next!.start === tok.end;
  if (gluedNext && !gluedPrev) return true;
  if (gluedPrev && !gluedNext) return false;
  return !open;
}

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let depth = 0;
  let ascii = false;
  const close = (last: number): void => {
    if (last < first) return;
    const index = sentences.length;
    for (let t = first; t <= last; t++) tokenAt(tokens, t).sentence = index;
    const start = tokenAt(tokens, first).start;
    const end = tokenAt(tokens, last).end;
    sentences.push({ index, start, end, text: text.slice(start, end), tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokenAt(tokens, t);
    if (t > first && hasLineBreak(text, tokenAt(tokens, t - 1).end, tok.start)) { close(t - 1); depth = 0; ascii = false; }
    if (OPENER(tok.text)) depth++;
    else if (CLOSING(tok.text)) depth = Math.max(0, depth - 1);
    else if (tok.text === '"') ascii = straightQuote(tokens, t, ascii);
    if (!TERMINATOR(tok.norm) || depth > 0 || ascii) continue;
    const prev = tokens[t - 1];
    if (tok.norm === '.' && prev && prev.end === tok.start && prev.norm.length === 1 && /\p{L}/u.test(prev.norm)) continue;
    // Keep trailing terminators and closing quotes/brackets that touch the sentence.
    let last = t;
    for (let nx = tokens[last + 1]; nx && CLOSER(nx.norm) && nx.start === tokenAt(tokens, last).end; nx = tokens[last + 1]) {
      if (nx.text === '"') ascii = straightQuote(tokens, last + 1, ascii);
      last++;
    }
    close(last);
    t = last;
  }
  close(tokens.length - 1);
  return sentences;
}
