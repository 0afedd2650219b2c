/**
 * Load stage: files and folders of scraped articles → validated Article records, streamed.
 * Input: paths (.txt/.md pages, .json arrays, .jsonl, .zip of those; folders). Output: ArticleRecord.
 *
 * Every problem (empty text, broken JSON, a wrong field, undecodable bytes, an unknown kind …)
 * goes to onProblem with its file, line or record number and reason, and the load goes on. With
 * `strict`, the first problem is thrown as a LoadError instead (onProblem is not called for it),
 * so `kg seed --strict` can stop with its message and a non-zero exit.
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import { ArticleRecord, type ArticleRecordInput, type Origin } from '../model.ts';
import type { LoadProblem } from './article.ts';
import { DecodeError, decodeBytes, decodeStream } from './decode.ts';
import { describeIssue } from './fields.ts';
import { isHidden, kindOf, walkInputs, type InputKind } from './inputs.ts';
import { jsonItems, JsonFileError, textLines } from './json.ts';
import { mergeMeta, parseMeta, readSidecar, sidecarsOf, sidecarStem, splitFrontMatter, type PageMeta } from './meta.ts';
import { splitPage } from './page.ts';
import { problem, LoadError } from './problems.ts';
import { fromJson } from './records.ts';
import { zipEntries, ZipFileError } from './zip.ts';

export interface LoadProgress {
  /** Input bytes read so far (compressed bytes for a zip). */
  bytes: number;
  articles: number;
  files: number;
}

export interface LoadOptions {
  onProblem: (p: LoadProblem) => void;
  strict?: boolean;
  /** Called now and then (each file, each 500 articles) for a progress bar. */
  onProgress?: (p: LoadProgress) => void;
}

type At = Omit<Origin, 'file'> & { file: string };

/** What every reader shares: reporting, validation, progress. */
class Context {
  readonly progress: LoadProgress = { bytes: 0, articles: 0, files: 0 };
  constructor(private readonly opts: LoadOptions) {}

  report(at: At, outcome: LoadProblem['outcome'], reason: string, detail: string): void {
    const p = problem(at, outcome, reason, detail);
    if (this.opts.strict) throw new LoadError(p);
    this.opts.onProblem(p);
  }

  /** Validates a record with the ArticleRecord schema; a record that fails is reported, not yielded. */
  accept(input: ArticleRecordInput, at: At): ArticleRecord | null {
    const r = ArticleRecord.safeParse(input);
    if (!r.success) {
      this.report(at, 'failed', 'invalid-record', describeIssue(r.error, input));
      return null;
    }
    if (++this.progress.articles % 500 === 0) this.tick();
    return r.data;
  }

  tick(): void {
    this.opts.onProgress?.({ ...this.progress });
  }
}

export async function* loadArticles(inputs: string[], opts: LoadOptions): AsyncGenerator<ArticleRecord> {
  const ctx = new Context(opts);
  const files = walkInputs(inputs, (p) => ctx.report({ file: p.path }, 'failed', p.reason, p.detail));
  for await (const f of files) {
    const at: At = { file: f.path };
    const before = ctx.progress.bytes;
    switch (f.kind) {
      case 'page':
      case 'markdown': {
        const bytes = await readBytes(f.path, ctx);
        if (bytes) yield* pageRecords(bytes, f.path, f.kind, at, ctx, await sidecarMeta(f.path, ctx));
        break;
      }
      case 'json':
      case 'jsonl':
        yield* streamRecords(fileStream(f.path, ctx), f.kind, at, ctx);
        break;
      case 'zip':
        yield* zipRecords(f.path, ctx);
        break;
      case 'sidecar':
        if (!['.txt', '.md', '.markdown'].some((ext) => exists(sidecarStem(f.path) + ext))) {
          ctx.report(at, 'skipped', 'orphan-metadata', 'metadata file with no page (.txt/.md) of the same name beside it');
        }
        break;
      case 'unknown':
        ctx.report(at, f.explicit ? 'failed' : 'skipped', 'unknown-kind',
          `not a kind of file that holds articles (${extname(f.path) || 'no extension'}; expected .txt, .md, .json, .jsonl, .ndjson or .zip)`);
        break;
    }
    ctx.progress.bytes = before + f.size;
    ctx.progress.files++;
    ctx.tick();
  }
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function readBytes(path: string, ctx: Context): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (e) {
    ctx.report({ file: path }, 'failed', 'unreadable', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return null;
  }
}

/** A file's bytes as a stream, counting them for progress. */
async function* fileStream(path: string, ctx: Context): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    ctx.progress.bytes += chunk.length;
    yield chunk;
  }
}

async function sidecarMeta(pagePath: string, ctx: Context): Promise<PageMeta | null> {
  const [path] = sidecarsOf(pagePath);
  if (!path) return null;
  try {
    return await readSidecar(path);
  } catch (e) {
    ctx.report({ file: path }, 'failed', 'invalid-metadata', (e as Error).message);
    return null;
  }
}

function decodeProblem(e: unknown, at: At, ctx: Context): void {
  if (e instanceof DecodeError) ctx.report(at, 'failed', e.reason, e.message);
  else throw e;
}

/** A page: the main article, then its appended related articles as `<id>#1`, `<id>#2` … */
function* pageRecords(
  bytes: Uint8Array, name: string, kind: InputKind, at: At, ctx: Context, sidecar: PageMeta | null,
): Generator<ArticleRecord> {
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch (e) {
    decodeProblem(e, at, ctx);
    return;
  }
  const { block, rest } = splitFrontMatter(text);
  let front: PageMeta | null = null;
  if (block !== null) {
    try {
      front = parseMeta(block);
    } catch (e) {
      ctx.report(at, 'failed', 'invalid-metadata', `front matter: ${(e as Error).message}`);
    }
  }
  if (kind === 'markdown' && block === null && !sidecar) {
    ctx.report(at, 'skipped', 'unknown-kind', 'Markdown without front matter or a sidecar is not taken as an article');
    return;
  }
  const meta = mergeMeta(front, sidecar);
  const parts = splitPage(rest);
  const id = basename(name, extname(name));
  const common = {
    published: meta.published ?? null,
    outlet: meta.outlet ?? parts.outlet,
    language: meta.language ?? 'ar',
  };
  if (parts.body === '') ctx.report(at, 'skipped', 'empty-text', 'the page has no article text');
  else {
    const main = ctx.accept({
      id, title: meta.title ?? null, text: parts.body, url: meta.url ?? null, ...common,
      tags: [...new Set([...(meta.tags ?? []), ...parts.tags])], headlines: parts.headlines, parent: null,
      origin: { ...at },
    }, at);
    if (main) yield main;
  }
  // An appended article keeps the page's outlet and date: it was published on the same site,
  // and the page's date is the best one known for resolving its relative dates.
  let n = 0;
  for (const r of parts.related) {
    const sub = ctx.accept({
      id: `${id}#${++n}`, title: r.title, text: r.text, url: null, ...common, parent: id, origin: { ...at },
    }, at);
    if (sub) yield sub;
  }
}

/** JSON arrays and JSONL: streamed, one record at a time. */
async function* streamRecords(
  bytes: AsyncIterable<Uint8Array>, kind: 'json' | 'jsonl', at: At, ctx: Context,
): AsyncGenerator<ArticleRecord> {
  try {
    const text = decodeStream(bytes);
    if (kind === 'jsonl') {
      for await (const { line, text: src } of textLines(text)) {
        if (src.trim() === '') continue;
        const here: At = { ...at, line };
        let value: unknown;
        try {
          value = JSON.parse(src);
        } catch (e) {
          ctx.report(here, 'failed', 'invalid-json', `invalid JSON (${(e as Error).message})`);
          continue;
        }
        const r = record(value, here, ctx);
        if (r) yield r;
      }
      return;
    }
    for await (const item of jsonItems(text)) {
      const here: At = { ...at, record: item.index };
      if ('error' in item) {
        ctx.report(here, 'failed', 'invalid-json', item.error);
        continue;
      }
      const r = record(item.value, here, ctx);
      if (r) yield r;
    }
  } catch (e) {
    if (e instanceof JsonFileError) ctx.report(at, 'failed', 'invalid-json', e.message);
    else if (e instanceof ZipFileError) ctx.report(at, 'failed', 'invalid-zip', e.message);
    else if (e instanceof DecodeError) decodeProblem(e, at, ctx);
    else if (isIoError(e)) ctx.report(at, 'failed', 'unreadable', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    else throw e;
  }
}

function isIoError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && !(e instanceof LoadError);
}

function record(value: unknown, at: At, ctx: Context): ArticleRecord | null {
  const c = fromJson(value, { ...at });
  if (!c.ok) {
    ctx.report(at, c.outcome, c.reason, c.detail);
    return null;
  }
  return ctx.accept(c.record, at);
}

/** A zip: each entry is read as the file it would be on disk (sidecars are not looked up inside). */
async function* zipRecords(path: string, ctx: Context): AsyncGenerator<ArticleRecord> {
  try {
    for await (const entry of zipEntries(path)) {
      if (entry.isDirectory || isHidden(entry.name)) continue;
      const at: At = { file: path, entry: entry.name };
      const kind = kindOf(entry.name);
      switch (kind) {
        case 'json':
        case 'jsonl':
          yield* streamRecords(entryStream(entry.open), kind, at, ctx);
          break;
        case 'page':
        case 'markdown': {
          const chunks: Buffer[] = [];
          try {
            for await (const c of await entry.open() as AsyncIterable<Buffer>) chunks.push(c);
          } catch (e) {
            ctx.report(at, 'failed', 'invalid-zip', `cannot read the entry (${(e as Error).message})`);
            break;
          }
          yield* pageRecords(Buffer.concat(chunks), entry.name, kind, at, ctx, null);
          break;
        }
        case 'sidecar':
          ctx.report(at, 'skipped', 'unsupported-sidecar', 'metadata sidecars inside a zip are not read; use front matter');
          break;
        case 'zip':
          ctx.report(at, 'skipped', 'nested-archive', 'a zip inside a zip is not opened; unpack it first');
          break;
        default:
          ctx.report(at, 'skipped', 'unknown-kind', `not a kind of file that holds articles (${extname(entry.name) || 'no extension'})`);
      }
      ctx.progress.bytes += entry.compressedSize;
    }
  } catch (e) {
    if (e instanceof ZipFileError) ctx.report({ file: path }, 'failed', 'invalid-zip', e.message);
    else if (isIoError(e)) ctx.report({ file: path }, 'failed', 'unreadable', `cannot be read (${(e as Error).message})`);
    else throw e;
  }
}

/** An entry's bytes, turning inflate/CRC errors into ZipFileError so they are reported. */
async function* entryStream(open: () => Promise<Readable>): AsyncGenerator<Uint8Array> {
  const stream = await open();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
  } catch (e) {
    throw new ZipFileError(`cannot read the entry (${(e as Error).message})`);
  }
}
