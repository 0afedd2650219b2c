/**
 * Load, JSON arrays as a stream: yields each element of a top-level array as soon as it is read,
 * so a 12 MB SaudiNewsNet day file never sits parsed in memory whole.
 * Input: decoded text chunks. Output: {index, value} or {index, error} per element.
 *
 * The scanner only tracks strings, escapes and bracket depth to find where each element ends
 * (RFC 8259 grammar); each element is then parsed by JSON.parse, so a broken element is reported
 * alone and the ones after it still load. A file holding one object is taken as one record.
 */

export type JsonItem = { index: number; value: unknown } | { index: number; error: string };

/** The file as a whole is not a JSON array of records (or ends inside one). */
export class JsonFileError extends Error {}

const OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d, OPEN_BRACKET = 0x5b, CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function parseItem(text: string, index: number): JsonItem {
  try {
    return { index, value: JSON.parse(text) };
  } catch (e) {
    return { index, error: `invalid JSON (${(e as Error).message})` };
  }
}

export async function* jsonItems(chunks: AsyncIterable<string>): AsyncGenerator<JsonItem> {
  let buf = '';
  let pos = 0;
  let state: 'start' | 'object' | 'items' | 'done' = 'start';
  let depth = 0;
  let inString = false;
  let itemStart = -1;
  let index = 0;
  for await (const chunk of chunks) {
    // Invariant: buf holds only text not yet consumed, and pos is where scanning resumes in it.
    buf = buf.length ? buf + chunk : chunk;
    const n = buf.length;
    if (state === 'start') {
      while (pos < n && isSpace(buf.charCodeAt(pos))) pos++;
      if (pos === n) { buf = ''; pos = 0; continue; }
      const c = buf.charCodeAt(pos);
      if (c === OPEN_BRACKET) { state = 'items'; depth = 1; pos++; }
      else if (c === OPEN_BRACE) { state = 'object'; }
      else throw new JsonFileError(`expected a JSON array of records, found "${buf.slice(pos, pos + 20)}"`);
    }
    if (state === 'object') { pos = n; continue; }
    while (pos < n && state === 'items') {
      const c = buf.charCodeAt(pos);
      if (inString) {
        const q = buf.indexOf('"', pos);
        if (q < 0) { pos = n; break; }
        let k = q - 1;
        while (k >= 0 && buf.charCodeAt(k) === BACKSLASH) k--;
        pos = q + 1;
        if ((q - 1 - k) % 2 === 0) inString = false;
        continue;
      }
      if (itemStart < 0) {
        if (isSpace(c)) { pos++; continue; }
        if (c === CLOSE_BRACKET) { state = 'done'; pos++; break; }
        if (c === COMMA) { yield { index: ++index, error: 'an empty element (two commas)' }; pos++; continue; }
        itemStart = pos;
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
      else if (c === COMMA && depth === 1) {
        yield parseItem(buf.slice(itemStart, pos), ++index);
        itemStart = -1;
      }
      if (depth === 0) {
        // The top array closed right after this element.
        yield parseItem(buf.slice(itemStart, pos), ++index);
        itemStart = -1;
        state = 'done';
      }
      pos++;
    }
    if (state === 'done') {
      const tail = buf.slice(pos).trim();
      if (tail) throw new JsonFileError(`unexpected text after the closing "]": "${tail.slice(0, 20)}"`);
      buf = ''; pos = 0;
      continue;
    }
    // Drop what is consumed; keep the element being read.
    if (itemStart >= 0) { buf = buf.slice(itemStart); pos -= itemStart; itemStart = 0; }
    else { buf = ''; pos = 0; }
  }
  if (state === 'object') { yield parseItem(buf, 1); return; }
  if (state === 'start') throw new JsonFileError('the file is empty');
  if (state === 'items') {
    throw new JsonFileError(itemStart >= 0 ? `the file ends inside record ${index + 1}` : 'the file ends before the closing "]"');
  }
}

/** Splits decoded text into lines, numbered from 1 (for JSONL). Handles \n and \r\n. */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) yield { line: ++line, text: p.endsWith('\r') ? p.slice(0, -1) : p };
  }
  if (rest !== '') yield { line: ++line, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
}
