/**
 * Load, decoding: bytes of a scraped file → text, choosing UTF-8, UTF-16 (LE/BE) or windows-1256.
 * Input: a whole file (decodeBytes) or a byte stream (decodeStream). Output: text, or a DecodeError.
 *
 * Why each rule:
 * - A BOM is authoritative (WHATWG Encoding Standard, "decode" with BOM sniffing).
 * - UTF-16 without a BOM shows in its high bytes: Arabic text in UTF-16 has 0x06 or 0x00 as the
 *   high byte of nearly every unit (U+0600–U+06FF, ASCII spaces and digits), so one byte parity is
 *   dominated by {0x00, 0x06} while the other almost never is 0x00.
 * - A NUL byte in a file that is not UTF-16 means a binary file: text formats never carry one.
 * - Otherwise strict UTF-8. When it fails, windows-1256 is chosen only when the bytes hold almost no
 *   valid UTF-8 multi-byte sequences (real UTF-8 with a few broken bytes has many) and decode as
 *   windows-1256 into mostly Arabic letters; anything else is reported as invalid UTF-8 with the
 *   byte offset of the first bad sequence, so no U+FFFD replacement ever reaches stored text.
 */

import { defined } from '../errors.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/** A file whose bytes cannot be turned into text: reason is 'binary' or 'invalid-encoding'. */
export class DecodeError extends Error {
  constructor(readonly reason: 'binary' | 'invalid-encoding', message: string, readonly offset?: number) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** How many bytes are looked at to choose the encoding of a stream. */
const SNIFF_BYTES = 64 * 1024;

interface Utf8Scan {
  /** Byte offset of the first invalid sequence, or -1. */
  firstInvalid: number;
  /** Valid sequences of 2–4 bytes. */
  multi: number;
  /** Invalid sequences. */
  invalid: number;
}

/** Byte i, which the caller has checked lies inside `b`. */
const byte = (b: Uint8Array, i: number): number => defined(b[i], `byte ${i} of ${b.length}`);

/** The UTF-16 code unit at byte i. */
const unitAt = (b: Uint8Array, i: number, le: boolean): number =>
  le ? byte(b, i) | (byte(b, i + 1) << 8) : (byte(b, i) << 8) | byte(b, i + 1);

/**
 * Scans UTF-8 by the well-formedness table of the Unicode Standard (ch. 3, table 3-7). With
 * final=false an incomplete sequence at the very end is not counted: the next chunk completes it.
 */
export function scanUtf8(b: Uint8Array, final = true, from = 0): Utf8Scan {
  let firstInvalid = -1, multi = 0, invalid = 0;
  const n = b.length;
  let i = from;
  while (i < n) {
    const c = byte(b, i);
    if (c < 0x80) { i++; continue; }
    let need = 0, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
    let ok = need > 0;
    let j = 1;
    for (; ok && j <= need; j++) {
      if (i + j >= n) {
        if (!final) return { firstInvalid, multi, invalid };
        ok = false;
        break;
      }
      const t = byte(b, i + j);
      if (j === 1 ? t < lo || t > hi : t < 0x80 || t > 0xbf) ok = false;
    }
    if (ok) { multi++; i += need + 1; }
    else { if (firstInvalid < 0) firstInvalid = i; invalid++; i += 1; }
  }
  return { firstInvalid, multi, invalid };
}

/** Share of Arabic letters among all letters, for the windows-1256 decision. */
function arabicShare(text: string): { arabic: number; share: number } {
  let arabic = 0, other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) other++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) other += 4;
  }
  const letters = arabic + other;
  return { arabic, share: letters === 0 ? 0 : arabic / letters };
}

/** UTF-16 without a BOM, from the parity of its high bytes (see the header). */
function utf16Parity(b: Uint8Array): Encoding | null {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 8) return null;
  let evenHigh = 0, oddHigh = 0, evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    const e = b[i], o = b[i + 1];
    if (e === 0) evenNul++;
    if (o === 0) oddNul++;
    if (e === 0 || e === 6) evenHigh++;
    if (o === 0 || o === 6) oddHigh++;
  }
  const units = n / 2;
  if (oddHigh / units > 0.7 && evenNul / units < 0.05 && oddNul > 0) return 'utf-16le';
  if (evenHigh / units > 0.7 && oddNul / units < 0.05 && evenNul > 0) return 'utf-16be';
  return null;
}

type Sniffed = { encoding: Encoding; skip: number };

/** Chooses the encoding from the first bytes; `complete` says the bytes are the whole file. */
export function sniff(head: Uint8Array, complete: boolean): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const parity = utf16Parity(head);
  if (parity) return { encoding: parity, skip: 0 };
  const nul = head.indexOf(0);
  if (nul >= 0) throw new DecodeError('binary', `binary data (a NUL byte at byte ${nul})`, nul);
  const scan = scanUtf8(head, complete);
  if (scan.firstInvalid < 0) return { encoding: 'utf-8', skip: 0 };
  if (scan.multi < scan.invalid) {
    const { arabic, share } = arabicShare(new TextDecoder('windows-1256').decode(head));
    if (arabic >= 3 && share >= 0.6) return { encoding: 'windows-1256', skip: 0 };
  }
  // Broken UTF-8: decoding it reports the bad byte, after yielding the valid text before it.
  return { encoding: 'utf-8', skip: 0 };
}

function invalidUtf8(offset: number): DecodeError {
  return new DecodeError('invalid-encoding', `invalid UTF-8 at byte ${offset} (and not windows-1256 Arabic)`, offset);
}

/** Mostly control characters: a binary file that happens to decode. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Offset of the first bad unit of UTF-16 (a lone surrogate or an odd trailing byte). */
function firstInvalidUtf16(b: Uint8Array, le: boolean): number {
  const n = b.length & ~1;
  for (let i = 0; i < n; i += 2) {
    const u = unitAt(b, i, le);
    if (u >= 0xd800 && u <= 0xdbff) {
      const v = i + 3 < b.length ? unitAt(b, i + 2, le) : 0;
      if (v < 0xdc00 || v > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return n < b.length ? n : -1;
}

/** Offset of the first bad sequence in bytes that start on a character boundary (-1: none). */
function firstInvalid(encoding: Encoding, bytes: Uint8Array): number {
  if (encoding === 'utf-8') return scanUtf8(bytes).firstInvalid;
  if (encoding === 'windows-1256') return -1;
  return firstInvalidUtf16(bytes, encoding === 'utf-16le');
}

function badSequence(encoding: Encoding, at: number): DecodeError {
  if (encoding === 'utf-8') return invalidUtf8(at);
  return new DecodeError('invalid-encoding', `invalid ${encoding.toUpperCase()} at byte ${at}`, at);
}

/**
 * The bytes at the end of a chunk that do not yet make a whole character: the decoder holds them
 * until the next chunk. Known here so a bad sequence is located from a character boundary.
 */
function pendingBytes(encoding: Encoding, b: Uint8Array): Uint8Array {
  const n = b.length;
  if (encoding === 'utf-8') {
    for (let k = 1; k <= 3 && k <= n; k++) {
      const c = byte(b, n - k);
      if ((c & 0xc0) === 0x80) continue;
      const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      return len > k ? b.subarray(n - k) : b.subarray(n);
    }
    return b.subarray(n);
  }
  if (encoding === 'windows-1256') return b.subarray(n);
  const le = encoding === 'utf-16le';
  let keep = n % 2;
  if (n - keep >= 2) {
    const i = n - keep - 2;
    if (unitAt(b, i, le) >= 0xd800 && unitAt(b, i, le) <= 0xdbff) keep += 2;
  }
  return b.subarray(n - keep);
}

/** Decodes a whole file. Throws DecodeError for binary data or bytes that are no known text. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const { encoding, skip } = sniff(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  const body = bytes.subarray(skip);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw badSequence(encoding, skip + Math.max(firstInvalid(encoding, body), 0));
  }
  if (looksBinary(text)) throw new DecodeError('binary', 'binary data (mostly control characters)');
  return { text, encoding };
}

/**
 * Decodes a byte stream chunk by chunk, choosing the encoding from its first 64 KB. Throws
 * DecodeError at the first bad sequence (with its byte offset in the stream); text yielded before
 * that point was valid.
 */
export async function* decodeStream(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const head: Uint8Array[] = [];
  let headLength = 0;
  const it = source[Symbol.asyncIterator]();
  let done = false;
  while (headLength < SNIFF_BYTES) {
    const r = await it.next();
    if (r.done) { done = true; break; }
    head.push(r.value);
    headLength += r.value.length;
  }
  const first = Buffer.concat(head);
  const { encoding, skip } = sniff(first.subarray(0, SNIFF_BYTES), done && first.length <= SNIFF_BYTES);
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  // The bytes the decoder holds from the previous chunk, and the stream offset where they start.
  let carry: Uint8Array = new Uint8Array(0);
  let base = skip;
  // On a bad sequence: the valid text before it (so no record before it is lost), then the error.
  const step = (chunk: Uint8Array, final: boolean): { text: string; error?: DecodeError } => {
    try {
      return { text: decoder.decode(chunk, { stream: !final }) };
    } catch {
      const joined = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const at = Math.max(firstInvalid(encoding, joined), 0);
      const text = new TextDecoder(encoding).decode(joined.subarray(0, at));
      return { text, error: badSequence(encoding, base + at) };
    }
  };
  let chunk: Uint8Array = first.subarray(skip);
  let checked = false;
  for (;;) {
    const { text, error } = step(chunk, false);
    if (!checked && text.length > 0) {
      if (looksBinary(text)) throw new DecodeError('binary', 'binary data (mostly control characters)');
      checked = true;
    }
    if (text) yield text;
    if (error) throw error;
    // UTF-8 needs only the chunk's last bytes; UTF-16 needs the carry too, for the unit parity.
    const window = carry.length && (encoding !== 'utf-8' || chunk.length < 4) ? Buffer.concat([carry, chunk]) : chunk;
    const pending = pendingBytes(encoding, window);
    base += carry.length + chunk.length - pending.length;
    carry = pending;
    if (done) break;
    const r = await it.next();
    if (r.done) break;
    chunk = r.value;
  }
  const rest = step(new Uint8Array(0), true);
  if (rest.text) yield rest.text;
  if (rest.error) throw rest.error;
}
