/**
 * Word table: interns normalised words, each with a value, looked up straight from a range of the
 * original text (normalising on the fly) or from a string. Input: a text range or a word. Output: an entry id.
 *
 * Why not a Map<string, …>: a Map probe reads every key string on its chain, and with a table of
 * every word seen those reads miss the CPU caches on most tokens (the tokenizer's top cost, measured
 * with `perf`). Here each slot keeps the word's hash in a typed array and the words' code units sit in
 * one arena, so a probe reads two arrays; and a hit needs no new string for the token.
 * Open addressing with linear probing (Knuth, TAOCP vol. 3, §6.4, algorithm L); FNV-1a hash.
 */
import { mapCode } from './arabic.ts';

/** FNV-1a over the normalised code units (dropped units skipped): callers that scan a word themselves hash as they go. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
const INITIAL_SLOTS = 1 << 12;

export class WordTable<V> {
  /** The interned words and their values, by entry id. */
  readonly words: string[] = [];
  readonly values: V[] = [];
  /** Normalised length of the last range looked up (0: the range normalises to nothing). */
  lastLength = 0;
  /** Hash of the last range or word looked up, reused by `add`. */
  lastHash = 0;
  private mask: number;
  /** Slot pairs [hash, entry id + 1] (0: empty): a probe reads one cache line. Grown to stay half empty. */
  private slots: Int32Array;
  private starts: Int32Array;
  private arena: Uint16Array;
  private used = 0;

  /** `limit` entries at most: past it the table empties itself (a cache's bound on memory). */
  constructor(readonly limit: number) {
    this.mask = INITIAL_SLOTS - 1;
    this.slots = new Int32Array(INITIAL_SLOTS * 2);
    this.starts = new Int32Array(Math.min(limit, 1 << 16) + 1);
    this.arena = new Uint16Array(1 << 16);
  }

  get size(): number {
    return this.words.length;
  }

  /** The word of an entry id that `find`, `findRange` or `add` returned. */
  word(id: number): string {
    const w = this.words[id];
    if (w === undefined) throw new RangeError(`no word-table entry ${id}`);
    return w;
  }

  /** The value of an entry id that `find`, `findRange` or `add` returned (values are never undefined). */
  value(id: number): V {
    const v = this.values[id];
    if (v === undefined) throw new RangeError(`no word-table entry ${id}`);
    return v;
  }

  /** The entry of the normalised form of text[start, end), or -1 (then `lastLength` tells if it is empty). */
  findRange(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    let len = 0;
    for (let i = start; i < end; i++) {
      const m = mapCode(text.charCodeAt(i));
      if (m === 0) continue;
      h = Math.imul(h ^ m, FNV_PRIME);
      len++;
    }
    return this.findHashed(text, start, end, h, len);
  }

  /**
   * `findRange` for a caller that has already hashed the range (FNV-1a over its normalised units, from
   * FNV_OFFSET) and counted its `len` normalised units: the text is read again only to confirm a hit.
   */
  findHashed(text: string, start: number, end: number, h: number, len: number): number {
    this.lastLength = len;
    this.lastHash = h;
    if (len === 0) return -1;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const id = this.entryIn(s);
      if (id < 0) return -1;
      if (this.slots[2 * s] === h && this.sameRange(id, text, start, end, len)) return id;
    }
  }

  /** The entry of a word (already normalised), or -1. */
  find(w: string): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
    this.lastHash = h;
    this.lastLength = w.length;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const id = this.entryIn(s);
      if (id < 0) return -1;
      if (this.slots[2 * s] === h && this.sameWord(id, w)) return id;
    }
  }

  /** Add the word last looked up (by `find` or `findRange`, which missed) with its value; returns its id. */
  add(w: string, value: V): number {
    if (this.words.length >= this.limit) this.clear();
    const id = this.words.length;
    if (this.used + w.length > this.arena.length) this.arena = grow(this.arena, this.used + w.length);
    for (let i = 0; i < w.length; i++) this.arena[this.used + i] = w.charCodeAt(i);
    if (id + 1 >= this.starts.length) this.starts = grow(this.starts, id + 2);
    this.starts[id] = this.used;
    this.used += w.length;
    this.starts[id + 1] = this.used;
    this.words.push(w);
    this.values.push(value);
    if (2 * this.words.length > this.mask) this.rehash();
    this.place(this.lastHash, id);
    return id;
  }

  /** The entry id held by slot s, or -1 when the slot is empty. */
  private entryIn(s: number): number {
    return (this.slots[2 * s + 1] ?? 0) - 1;
  }

  private place(h: number, id: number): void {
    let s = h & this.mask;
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = id + 1;
  }

  private rehash(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 2);
    for (let s = 0; s < old.length; s += 2) {
      const id = (old[s + 1] ?? 0) - 1;
      if (id >= 0) this.place(old[s] ?? 0, id);
    }
  }

  clear(): void {
    this.slots.fill(0);
    this.words.length = 0;
    this.values.length = 0;
    this.used = 0;
  }

  private sameRange(id: number, text: string, start: number, end: number, len: number): boolean {
    const a = this.starts[id] ?? 0;
    if ((this.starts[id + 1] ?? 0) - a !== len) return false;
    let k = a;
    for (let i = start; i < end; i++) {
      const m = mapCode(text.charCodeAt(i));
      if (m === 0) continue;
      if (this.arena[k++] !== m) return false;
    }
    return true;
  }

  private sameWord(id: number, w: string): boolean {
    const a = this.starts[id] ?? 0;
    if ((this.starts[id + 1] ?? 0) - a !== w.length) return false;
    for (let i = 0; i < w.length; i++) if (this.arena[a + i] !== w.charCodeAt(i)) return false;
    return true;
  }
}

function grow<T extends Int32Array | Uint16Array>(a: T, need: number): T {
  let n = a.length * 2;
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}
