import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes, decodeStream, scanUtf8 } from '../../src/load/decode.ts';
import { encode1256, utf16 } from './helpers.ts';

const arabic = 'وقّع البلدان، الثلاثاء، اتفاقية للتعاون في مجالي الطاقة والتعليم؛ وقال الوزير: "هذه خطوة مهمة".\nالمصدر: وكالة الأنباء';

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function streamText(bytes: Uint8Array, size: number): Promise<string> {
  let out = '';
  for await (const t of decodeStream(chunks(bytes, size))) out += t;
  return out;
}

function decodeError(f: () => unknown): DecodeError {
  try {
    f();
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('expected a DecodeError');
}

describe('decodeBytes', () => {
  const twins: [string, Uint8Array, string][] = [
    ['UTF-8', Buffer.from(arabic, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabic, 'utf8')]), 'utf-8'],
    ['UTF-16LE with BOM', utf16(arabic, 'le'), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(arabic, 'be'), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(arabic, 'le', false), 'utf-16le'],
    ['UTF-16BE without BOM', utf16(arabic, 'be', false), 'utf-16be'],
    ['windows-1256', encode1256(arabic), 'windows-1256'],
  ];
  for (const [name, bytes, encoding] of twins) {
    it(`reads ${name} as the same Arabic as its UTF-8 twin`, async () => {
      expect(decodeBytes(bytes)).toEqual({ text: arabic, encoding });
      expect(await streamText(bytes, 7)).toBe(arabic);
    });
  }

  it('reports invalid UTF-8 with the offset of the first bad byte, never U+FFFD', () => {
    const good = Buffer.from(arabic, 'utf8');
    const bad = Buffer.concat([good.subarray(0, 40), Buffer.from([0xff]), good.subarray(40)]);
    const e = decodeError(() => decodeBytes(bad));
    expect(e.reason).toBe('invalid-encoding');
    expect(e.offset).toBe(40);
    expect(e.message).toBe('invalid UTF-8 at byte 40 (and not windows-1256 Arabic)');
  });

  it('reports a UTF-8 sequence cut off at the end of the file', () => {
    const good = Buffer.from('نص', 'utf8');
    const e = decodeError(() => decodeBytes(good.subarray(0, 3)));
    expect(e).toMatchObject({ reason: 'invalid-encoding', offset: 2 });
  });

  it('does not take Latin-1 text for windows-1256 Arabic', () => {
    const latin1 = Buffer.from('Café au lait, très élégant, déjà vu à Genève', 'latin1');
    expect(decodeError(() => decodeBytes(latin1)).reason).toBe('invalid-encoding');
  });

  it('reports binary data: NUL bytes, or mostly control characters', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeError(() => decodeBytes(png))).toMatchObject({ reason: 'binary', offset: 8 });
    expect(decodeError(() => decodeBytes(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41])))).toMatchObject({ reason: 'binary' });
  });

  it('reports a lone UTF-16 surrogate', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('نص', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('نص', 'utf16le')]);
    expect(decodeError(() => decodeBytes(bytes))).toMatchObject({ reason: 'invalid-encoding', offset: 6 });
  });
});

describe('decodeStream', () => {
  it('locates a bad byte that lies chunks after the start', async () => {
    const good = Buffer.from(arabic.repeat(50), 'utf8');
    const bad = Buffer.concat([good.subarray(0, 5000), Buffer.from([0xc3, 0x28]), good.subarray(5000)]);
    await expect(streamText(bad, 333)).rejects.toMatchObject({ reason: 'invalid-encoding', offset: 5000 });
    let text = '';
    await expect((async () => { for await (const t of decodeStream(chunks(bad, 333))) text += t; })()).rejects.toBeInstanceOf(DecodeError);
    expect(text).toBe(good.subarray(0, 5000).toString('utf8'));
  });

  it('locates a bad UTF-16 unit across chunk boundaries', async () => {
    const body = Buffer.from('نص عربي '.repeat(100), 'utf16le');
    const bad = Buffer.concat([Buffer.from([0xff, 0xfe]), body.subarray(0, 600), Buffer.from([0x00, 0xdc]), body.subarray(600)]);
    for (const size of [3, 7, 64]) await expect(streamText(bad, size)).rejects.toMatchObject({ reason: 'invalid-encoding', offset: 602 });
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from(arabic.repeat(10), 'utf8');
    for (const size of [1, 2, 3, 5]) expect(await streamText(bytes, size)).toBe(arabic.repeat(10));
  });
});

describe('scanUtf8', () => {
  it('follows the Unicode well-formedness table', () => {
    expect(scanUtf8(Buffer.from([0xe0, 0x80, 0x80])).firstInvalid).toBe(0); // overlong
    expect(scanUtf8(Buffer.from([0xed, 0xa0, 0x80])).firstInvalid).toBe(0); // surrogate
    expect(scanUtf8(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toEqual({ firstInvalid: -1, multi: 1, invalid: 0 });
    expect(scanUtf8(Buffer.from([0x41, 0xd9]), false).firstInvalid).toBe(-1); // completed by the next chunk
  });
});
