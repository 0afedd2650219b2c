/**
 * Development access to the SaudiNewsNet corpus (the recogniser's survey and lexicon build, the
 * eval, corpus tests). Input: KG_CORPUS_DIR (default ../shared/corpora/saudinewsnet from the
 * project root). Output: the raw records of every zip, with the urls reserved for judging
 * (RESERVED.txt) always filtered out (one reader returns them alone, for the reserved-text check).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SaudiNewsNetRecord } from './records.ts';
import { zipEntries } from './zip.ts';

export type CorpusRecord = z.infer<typeof SaudiNewsNetRecord>;

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

/** Where the list of reserved urls is looked for: KG_RESERVED, default ../shared/eval/RESERVED.txt. */
export function reservedListPath(): string {
  return resolve(ROOT, process.env.KG_RESERVED ?? '../shared/eval/RESERVED.txt');
}

/**
 * Urls kept for judging: never read to shape rules, never used in tests. A missing list is an
 * error, not an empty set: reading the corpus without it would read the reserved articles too.
 */
export function reservedUrls(): Set<string> {
  const file = reservedListPath();
  if (!existsSync(file)) {
    throw new Error(`kg: the list of reserved articles ${file} is missing; set KG_RESERVED to its path before reading the corpus`);
  }
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

async function readZipText(file: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const entry of zipEntries(file)) {
    if (entry.isDirectory || !entry.name.endsWith('.json')) continue;
    for await (const c of await entry.open()) chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The well-formed records of one zip that `keep` accepts. */
async function readZipRecords(file: string, keep: (url: string) => boolean): Promise<CorpusRecord[]> {
  const raw = JSON.parse(await readZipText(file)) as unknown[];
  const out: CorpusRecord[] = [];
  for (const r of raw) {
    const rec = SaudiNewsNetRecord.safeParse(r);
    if (rec.success && keep(rec.data.url)) out.push(rec.data);
  }
  return out;
}

/** Every non-reserved, well-formed record of one zip. */
export async function readCorpusZip(file: string, reserved = reservedUrls()): Promise<CorpusRecord[]> {
  return readZipRecords(file, (url) => !reserved.has(url));
}

/** Every non-reserved record of the whole corpus. */
export async function readCorpus(): Promise<CorpusRecord[]> {
  const reserved = reservedUrls();
  const out: CorpusRecord[] = [];
  for (const z of corpusZips()) out.push(...(await readCorpusZip(z, reserved)));
  return out;
}

/**
 * The reserved records only, for one purpose: checking that no text of theirs is in the repository
 * (test/gold/reserved-text.test.ts). Never for shaping rules, tests or annotations; whoever calls
 * it must not print the text.
 */
export async function readReservedForTextCheck(): Promise<CorpusRecord[]> {
  const reserved = reservedUrls();
  const out: CorpusRecord[] = [];
  for (const z of corpusZips()) out.push(...(await readZipRecords(z, (url) => reserved.has(url))));
  return out;
}

/** Corpus records as a JSONL input of `kg seed` (one article a line, the url as its id). */
export function corpusJsonl(records: CorpusRecord[]): string {
  return records.map((r) => JSON.stringify({
    id: r.url, url: r.url, title: r.title ?? null, text: r.content, published: String(r.date_extracted).slice(0, 10), source: r.source,
  })).join('\n') + '\n';
}
