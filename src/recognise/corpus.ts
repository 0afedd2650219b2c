/**
 * Development access to the SaudiNewsNet corpus for the recogniser's survey, lexicon build and tests.
 * Input: KG_CORPUS_DIR (default ../shared/corpora/saudinewsnet from the project root). Output: the
 * raw records of every zip, with the urls reserved for judging (RESERVED.txt) always filtered out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

export interface CorpusRecord {
  source: string;
  url: string;
  date_extracted: string;
  title: string | null;
  author: string | null;
  content: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function corpusDir(): string {
  return resolve(ROOT, process.env.KG_CORPUS_DIR ?? '../shared/corpora/saudinewsnet');
}

/** The corpus's zip files, or [] when the corpus is absent. */
export function corpusZips(): string[] {
  const dir = corpusDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.zip')).sort().map((f) => join(dir, f));
}

/** Urls kept for judging: never read to shape rules, never used in tests. */
export function reservedUrls(): Set<string> {
  const file = resolve(ROOT, process.env.KG_RESERVED ?? '../shared/eval/RESERVED.txt');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

function readZipText(file: string): Promise<string> {
  return new Promise((ok, fail) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return fail(new Error(`kg: cannot open ${file}: ${err?.message}`));
      const chunks: Buffer[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(new Error(`kg: cannot read ${entry.fileName} in ${file}`));
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

/** Every non-reserved record of one zip. */
export async function readCorpusZip(file: string, reserved = reservedUrls()): Promise<CorpusRecord[]> {
  const records = JSON.parse(await readZipText(file)) as CorpusRecord[];
  return records.filter((r) => r && typeof r.content === 'string' && !reserved.has(r.url));
}

/** Every non-reserved record of the whole corpus. */
export async function readCorpus(): Promise<CorpusRecord[]> {
  const reserved = reservedUrls();
  const out: CorpusRecord[] = [];
  for (const z of corpusZips()) out.push(...(await readCorpusZip(z, reserved)));
  return out;
}
