/**
 * First recognition pass: cuts the token stream into gazetteer chunks (names of states, cities,
 * bodies and leaders; office titles; cue words), longest match first, ties to names.
 * Input: a Document's tokens. Output: chunks over token ranges; tokens outside chunks stay plain.
 */
import type { Token } from '../document.ts';
import type { Analysis } from '../normalise/index.ts';
import { CUE_TRIE, type Cue, type Entry, NAMES, OFFICE_TRIE, type Office } from './gazetteer.ts';

export interface Chunk {
  start: number;
  end: number;
  /** Clitics on the first token (e.g. ['ل'] for لبوتين). */
  prefixes: string[];
  names: Entry[];
  offices: Office[];
  cues: Cue[];
}

export function chunk(tokens: Token[], alts: Analysis[][]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t.norm.length < 2 || !isArabic(t.norm)) { i++; continue; }
    const n = NAMES.longest(tokens, alts, i);
    const o = OFFICE_TRIE.longest(tokens, alts, i);
    const c = CUE_TRIE.longest(tokens, alts, i);
    const end = Math.max(n?.end ?? 0, o?.end ?? 0, c?.end ?? 0);
    if (end === 0) { i++; continue; }
    // Keep every reading that spans the longest extent; names win ties later, in the patterns.
    const prefixes = (n && n.end === end ? n.prefixes : o && o.end === end ? o.prefixes : c!.prefixes);
    out.push({
      start: i, end, prefixes,
      names: n && n.end === end ? n.values : [],
      offices: o && o.end === end ? o.values : [],
      cues: c && c.end === end ? c.values : [],
    });
    i = end;
  }
  return out;
}

function isArabic(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x0620 && c <= 0x06ff;
}
