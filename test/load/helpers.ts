// Helpers for the load tests: temporary folders, real zip files, windows-1256 encoding, collecting a load.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import type { ArticleRecord } from '../../src/model.ts';
import type { LoadProblem } from '../../src/load/article.ts';
import { loadArticles, type LoadOptions } from '../../src/load/index.ts';

export async function tempDir(): Promise<{ dir: string; put: (name: string, data: string | Uint8Array) => Promise<string>; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-load-'));
  return {
    dir,
    put: async (name, data) => {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
      return path;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A real .zip (PKWARE APPNOTE 4.3: local headers, central directory, end record), deflated or stored. */
export function zipBytes(entries: { name: string; data: string | Uint8Array; store?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const body = e.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw);
    const method = e.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8); local.writeUInt32LE(crc, 14); local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(method, 10); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20); central.writeUInt32LE(raw.length, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Encodes text as windows-1256, from the inverse of the platform's own decoding table. */
export function encode1256(text: string): Buffer {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1256');
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`no windows-1256 byte for ${ch}`);
    return b;
  }));
}

export function utf16(text: string, order: 'le' | 'be', bom = true): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

export async function collect(inputs: string[], opts: Partial<LoadOptions> = {}): Promise<{ records: ArticleRecord[]; problems: LoadProblem[] }> {
  const records: ArticleRecord[] = [];
  const problems: LoadProblem[] = [];
  for await (const r of loadArticles(inputs, { onProblem: (p) => problems.push(p), ...opts })) records.push(r);
  return { records, problems };
}
