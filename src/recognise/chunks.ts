/**
 * First recognition pass: cuts the token stream into gazetteer chunks (names of states, cities,
 * bodies and leaders; office titles; cue words), longest match first, ties to names.
 * Input: a Document's tokens. Output: chunks over token ranges; tokens outside chunks stay plain.
 */
import type { Token } from '../model.ts';
import { type Analysis, tokenAt } from '../normalise/index.ts';
import { WordShapes } from '../word-shapes.ts';
import type { Node } from './trie.ts';
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

/**
 * The first nodes of a stem in the three tries, so a token costs one map probe per analysis rather
 * than three (most tokens start no entry at all).
 */
interface Firsts { names?: Node<Entry>; offices?: Node<Office>; cues?: Node<Cue> }
const FIRSTS = new Map<string, Firsts>();
for (const [k, node] of NAMES().firsts()) FIRSTS.set(k, { ...FIRSTS.get(k), names: node });
for (const [k, node] of OFFICE_TRIE().firsts()) FIRSTS.set(k, { ...FIRSTS.get(k), offices: node });
for (const [k, node] of CUE_TRIE().firsts()) FIRSTS.set(k, { ...FIRSTS.get(k), cues: node });
/** The shapes of FIRSTS' keys: most stems are turned down before the Map probe (see WordShapes). */
const FIRST_SHAPES = new WordShapes();
for (const k of FIRSTS.keys()) FIRST_SHAPES.add(k);
// Reused for every token: entries past the token's analyses are stale and never read.
const names: (Node<Entry> | undefined)[] = [];
const offices: (Node<Office> | undefined)[] = [];
const cues: (Node<Cue> | undefined)[] = [];

export function chunk(tokens: Token[], alts: Analysis[][]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokenAt(tokens, i);
    if (t.norm.length < 2 || !isArabic(t.norm)) { i++; continue; }
    let found = false;
    const all = tokenAt(alts, i);
    for (let k = 0; k < all.length; k++) {
      const stem = tokenAt(all, k).stem;
      const f = FIRST_SHAPES.may(stem) ? FIRSTS.get(stem) : undefined;
      names[k] = f?.names; offices[k] = f?.offices; cues[k] = f?.cues;
      if (f) found = true;
    }
    if (!found) { i++; continue; }
    const n = NAMES().longestFrom(tokens, alts, i, names);
    const o = OFFICE_TRIE().longestFrom(tokens, alts, i, offices);
    const c = CUE_TRIE().longestFrom(tokens, alts, i, cues);
    const end = Math.max(n?.end ?? 0, o?.end ?? 0, c?.end ?? 0);
    // Keep every reading that spans the longest extent; names win ties later, in the patterns.
    const longest = n && n.end === end ? n : o && o.end === end ? o : c && c.end === end ? c : undefined;
    if (!longest) { i++; continue; }
    const { prefixes } = longest;
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
