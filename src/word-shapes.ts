/**
 * Word shapes: a cheap exact prefilter in front of a Map or Set of words (relate's phrase tables and
 * pattern anchors, recognise's gazetteer first words). Input: words. Output: "may be one of them".
 */

/**
 * A set of words' shapes (last letter, length up to 7), 1,024 bits: a word whose shape is not in it is
 * none of the words. Most words of a sentence start no phrase of a given table; this turns them down
 * with one bit test, where a Map probe hashes the key and reads the entries of its bucket.
 */
export class WordShapes {
  private readonly bits = new Int32Array(32);
  add(w: string): void {
    const s = wordShape(w);
    this.bits[s >> 5]! |= 1 << (s & 31);
  }
  /** False when `w` is none of the words added. */
  may(w: string): boolean {
    const s = wordShape(w);
    return (this.bits[s >> 5]! & (1 << (s & 31))) !== 0;
  }
}
/** The low 7 bits of the last letter (unique over the Arabic letters ء…ي) and the length, capped at 7. */
const wordShape = (w: string): number => ((w.charCodeAt(w.length - 1) & 0x7f) << 3) | (w.length < 7 ? w.length : 7);
