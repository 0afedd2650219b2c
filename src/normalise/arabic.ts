/**
 * Character-level Arabic normalisation for matching, with an offset map back to the original text.
 * Input: any string. Output: the matching form (and, on request, for each output char its source index).
 *
 * The letter rules are the ones the project's GOLD-FORMAT.md prescribes for scoring (alef forms → ا,
 * ى → ي, ة → ه, diacritics and tatweel removed), which are also the "light" normalisation of
 * Larkey, Ballesteros & Connell, "Light Stemming for Arabic Information Retrieval" (2007). On top:
 * Arabic-Indic and Persian digits → ASCII, Persian letter forms (ک ی) → Arabic, Arabic and typographic
 * punctuation → ASCII, and invisible bidi/joiner marks removed (Unicode 15, ch. 9.2 and 23.2).
 * Every rule maps one UTF-16 unit to at most one unit, so offsets stay a simple index map.
 */

/** 0 = delete; otherwise the replacement code unit. Built once. */
const MAP = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) MAP[c] = c;

const set = (from: number | string, to: number | string): void => {
  const f = typeof from === 'string' ? from.charCodeAt(0) : from;
  MAP[f] = typeof to === 'string' ? to.charCodeAt(0) : to;
};
const range = (a: number, b: number, to: (c: number) => number): void => { for (let c = a; c <= b; c++) MAP[c] = to(c); };

// Alef with hamza above/below, madda, wasla → bare alef.
for (const c of ['أ', 'إ', 'آ', 'ٱ']) set(c, 'ا');
set('ى', 'ي');
set('ة', 'ه');
// Persian/Urdu letter forms news sites paste in.
set('ک', 'ك'); set('ی', 'ي'); set('ۀ', 'ه'); set('ە', 'ه');
// Harakat, tanwin, shadda, sukun, small alef and Quranic annotation marks; tatweel.
range(0x064b, 0x065f, () => 0);
set(0x0670, 0);
range(0x06d6, 0x06ed, () => 0);
set(0x0640, 0);
// Digits: Arabic-Indic (U+0660…) and extended/Persian (U+06F0…).
range(0x0660, 0x0669, (c) => 0x30 + c - 0x0660);
range(0x06f0, 0x06f9, (c) => 0x30 + c - 0x06f0);
// Punctuation variants.
set('،', ','); set('؛', ';'); set('؟', '?'); set('٪', '%'); set('٫', '.'); set('٬', ',');
for (const q of ['«', '»', '“', '”', '„', '‟', '″']) set(q, '"');
for (const q of ['‘', '’', '‚', '‛', '′']) set(q, "'");
for (const d of ['‐', '‑', '‒', '–', '—', '―', '−']) set(d, '-');
set('…', '.');
// Spaces: NBSP, thin/em spaces… → plain space; invisible joiners and bidi marks → removed.
for (const s of [0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) set(s, ' ');
for (const z of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x2066, 0x2067, 0x2068, 0x2069, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0xfeff, 0x00ad]) set(z, 0);

/** The replacement for one UTF-16 code unit (0 when the unit is dropped). Exposed for the tokenizer. */
export const mapCode = (code: number): number => MAP[code] ?? code;

/** Normalise a string for matching (see the header for the rules). */
export function normaliseArabic(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const m = mapCode(s.charCodeAt(i));
    if (m !== 0) out += String.fromCharCode(m);
  }
  return out;
}

export interface NormalisedText {
  text: string;
  /** offsets[i] = index in the original of normalised char i; offsets[text.length] = original length. */
  offsets: Int32Array;
}

/** Normalise and keep, for every output character, the index of the original character it came from. */
export function normaliseWithOffsets(s: string): NormalisedText {
  const offsets = new Int32Array(s.length + 1);
  let out = '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const m = mapCode(s.charCodeAt(i));
    if (m === 0) continue;
    out += String.fromCharCode(m);
    offsets[n++] = i;
  }
  offsets[n] = s.length;
  return { text: out, offsets: offsets.slice(0, n + 1) };
}

/** Map a [start, end) span of the normalised text back to the original text. */
export function originalSpan(nt: NormalisedText, start: number, end: number): { start: number; end: number } {
  const s = offsetOf(nt, start);
  // The end is just past the last kept char: its source index + 1 (dropped marks after it stay outside).
  const e = end > start ? offsetOf(nt, end - 1) + 1 : s;
  return { start: s, end: e };
}

function offsetOf(nt: NormalisedText, i: number): number {
  const o = nt.offsets[i];
  if (o === undefined) throw new RangeError(`offset ${i} is outside the normalised text (length ${nt.text.length})`);
  return o;
}
