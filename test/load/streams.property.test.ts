// Property tests: however a stream is cut into chunks, the JSON scanner and the decoder give what
// reading the whole file at once gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStream } from '../../src/load/decode.ts';
import { jsonItems, textLines } from '../../src/load/json.ts';
import { utf16 } from './helpers.ts';

function cut<T extends string | Uint8Array>(whole: T, sizes: number[]): T[] {
  const out: T[] = [];
  let i = 0, k = 0;
  while (i < whole.length) {
    const n = sizes[k++ % sizes.length] ?? whole.length;
    out.push(whole.slice(i, i + n) as T);
    i += n;
  }
  return out;
}

async function* from<T>(xs: T[]): AsyncGenerator<T> {
  for (const x of xs) yield x;
}

// Strings rich in what trips a scanner: quotes, backslashes, brackets, commas, Arabic, astral chars.
const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', ' ', '\n', 'a', 'ب', 'ة', '😀', '\u0000', '\u2028') });
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(tricky, fc.integer(), fc.boolean(), fc.constant(null)),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(tricky, tie('node'), { maxKeys: 3 })),
})).node;
const sizes = fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 5 });

describe('stream readers under any chunking', () => {
  it('jsonItems yields the elements JSON.parse finds', async () => {
    await fc.assert(fc.asyncProperty(fc.array(value, { maxLength: 6 }), sizes, fc.boolean(), async (arr, cuts, pretty) => {
      const text = JSON.stringify(arr, null, pretty ? 2 : undefined);
      const got: unknown[] = [];
      for await (const item of jsonItems(from(cut(text, cuts)))) {
        if ('error' in item) throw new Error(item.error);
        got.push(item.value);
      }
      expect(got).toEqual(arr);
    }), { numRuns: 300 });
  });

  it('textLines gives the lines of split("\\n"), a final newline ending the last line', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.string(), { maxLength: 6 }), sizes, async (lines, cuts) => {
      const text = lines.join('\n');
      const got: string[] = [];
      for await (const l of textLines(from(cut(text, cuts)))) got.push(l.text);
      const expected = text.split('\n').map((l) => l.replace(/\r$/, ''));
      if (expected.at(-1) === '') expected.pop();
      expect(got).toEqual(expected);
    }), { numRuns: 200 });
  });

  it('decodeStream gives back the text, for UTF-8 and UTF-16 with BOM', async () => {
    const arabic = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'ة', 'ً', ' ', '.', '\n', '1', 'x', 'é', '😀') });
    await fc.assert(fc.asyncProperty(arabic, sizes, fc.constantFrom('utf8', 'le', 'be'), async (text, cuts, enc) => {
      const bytes = enc === 'utf8' ? Buffer.from(text, 'utf8') : utf16(text, enc);
      let got = '';
      for await (const t of decodeStream(from(cut(bytes, cuts)))) got += t;
      expect(got).toBe(text);
    }), { numRuns: 300 });
  });
});
