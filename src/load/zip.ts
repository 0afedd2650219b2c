/**
 * Load, zip archives: lists the entries of a .zip one at a time and streams each entry's bytes,
 * never holding the archive or a whole entry in memory (yauzl, lazy entries).
 * Input: the archive's path. Output: ZipEntry values in archive order, each able to open a stream.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipEntry {
  name: string;
  /** Uncompressed and compressed sizes as the archive states them. */
  size: number;
  compressedSize: number;
  isDirectory: boolean;
  open(): Promise<Readable>;
}

/** The archive cannot be read at all (not a zip, truncated central directory …). */
export class ZipFileError extends Error {}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) reject(new ZipFileError(`not a readable zip archive (${err?.message ?? 'no archive'})`));
      else resolve(zip);
    });
  });
}

export async function* zipEntries(path: string): AsyncGenerator<ZipEntry> {
  const zip = await openZip(path);
  // One listener set; each readEntry() settles exactly one pending promise.
  let pending: { resolve: (e: yauzl.Entry | null) => void; reject: (e: Error) => void } | null = null;
  let failure: Error | null = null;
  zip.on('entry', (e: yauzl.Entry) => { const p = pending; pending = null; p?.resolve(e); });
  zip.on('end', () => { const p = pending; pending = null; p?.resolve(null); });
  zip.on('error', (err: Error) => {
    failure = new ZipFileError(`broken zip archive (${err.message})`);
    const p = pending; pending = null; p?.reject(failure);
  });
  try {
    for (;;) {
      if (failure) throw failure;
      const next = new Promise<yauzl.Entry | null>((resolve, reject) => { pending = { resolve, reject }; });
      zip.readEntry();
      const entry = await next;
      if (!entry) return;
      yield {
        name: entry.fileName,
        size: entry.uncompressedSize,
        compressedSize: entry.compressedSize,
        isDirectory: entry.fileName.endsWith('/'),
        open: () => new Promise<Readable>((resolve, reject) => {
          zip.openReadStream(entry, (err, stream) => {
            if (err || !stream) reject(new ZipFileError(`cannot read the entry (${err?.message ?? 'no stream'})`));
            else resolve(stream);
          });
        }),
      };
    }
  } finally {
    zip.close();
  }
}
