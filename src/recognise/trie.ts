/**
 * A trie over token keys (normalised, clitic-free stems), built once from the gazetteers.
 * Input: token sequences with payloads. Output: the longest match starting at a token, trying every
 * clitic analysis of each text token (computed once per document: `alts`), so "بالكويت" and
 * "الكويت" both reach the key كويت.
 */
import type { Token } from '../model.ts';
import { type Analysis, tokenAt } from '../normalise/index.ts';

export interface Node<T> { next: Map<string, Node<T>>; values: T[] }

export interface TrieMatch<T> {
  /** Token range [start, end). */
  start: number;
  end: number;
  values: T[];
  /** Prefixes (clitics) of the first token in the analysis that matched. */
  prefixes: string[];
}

export class Trie<T> {
  private root: Node<T> = { next: new Map(), values: [] };

  add(keys: string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let nx = node.next.get(k);
      if (!nx) { nx = { next: new Map(), values: [] }; node.next.set(k, nx); }
      node = nx;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Whether a single key starts any entry (cheap pre-check). */
  has(key: string): boolean {
    return this.root.next.has(key);
  }

  /**
   * Longest match starting at token i that does not cross a sentence boundary. The first token may
   * carry any clitics; later tokens no conjunction (و ف start a new phrase).
   */
  longest(tokens: Token[], alts: Analysis[][], i: number): TrieMatch<T> | null {
    let best: TrieMatch<T> | null = null;
    const first = tokenAt(tokens, i);
    for (const a of tokenAt(alts, i)) {
      const node = this.root.next.get(a.stem);
      if (!node) continue;
      const m = this.extend(tokens, alts, i + 1, first.sentence, node);
      if (m && (!best || m.end > best.end)) best = { start: i, end: m.end, values: m.values, prefixes: a.prefixes };
    }
    return best;
  }

  /** Every first key, with its node: for a caller probing several tries at once (chunks.ts). */
  firsts(): IterableIterator<[string, Node<T>]> {
    return this.root.next.entries();
  }

  /** longest(), given the node of each analysis's stem at the root (firsts[k] for alts[i][k]; undefined when none). */
  longestFrom(tokens: Token[], alts: Analysis[][], i: number, firsts: readonly (Node<T> | undefined)[]): TrieMatch<T> | null {
    let best: TrieMatch<T> | null = null;
    const { sentence } = tokenAt(tokens, i);
    const all = tokenAt(alts, i);
    for (let k = 0; k < all.length; k++) {
      const node = firsts[k];
      if (!node) continue;
      const a = tokenAt(all, k);
      const m = this.extend(tokens, alts, i + 1, sentence, node);
      if (m && (!best || m.end > best.end)) best = { start: i, end: m.end, values: m.values, prefixes: a.prefixes };
    }
    return best;
  }

  private extend(tokens: Token[], alts: Analysis[][], j: number, sentence: number, node: Node<T>): { end: number; values: T[] } | null {
    let best: { end: number; values: T[] } | null = node.values.length ? { end: j, values: node.values } : null;
    if (node.next.size === 0 || tokens[j]?.sentence !== sentence) return best;
    for (const a of tokenAt(alts, j)) {
      if (a.prefixes[0] === 'و' || a.prefixes[0] === 'ف') continue;
      const nx = node.next.get(a.stem);
      if (!nx) continue;
      const m = this.extend(tokens, alts, j + 1, sentence, nx);
      if (m && (!best || m.end > best.end)) best = m;
    }
    return best;
  }
}
