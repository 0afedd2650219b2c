/**
 * The one way code reads the project's data files (data/**.yaml, data/**.json): read on first use,
 * checked with zod, cached. A broken file is one line (a DataError) naming the file, the entry and
 * the field; nothing is read at import time, so a broken lexicon cannot stop `kg --help`.
 * Input: a path under data/ (or an absolute path or file URL) and a zod schema. Output: the parsed value.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { DataError, defined } from './errors.ts';

/** The project's data folder (the same depth from src/ and dist/); KG_DATA_DIR points elsewhere (tests of broken files). */
const dataDir = (): string => (process.env.KG_DATA_DIR ? `${process.env.KG_DATA_DIR.replace(/\/+$/, '')}/` : fileURLToPath(new URL('../data/', import.meta.url)));
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A value computed on first call and kept: `const words = lazy(() => loadData(…))`, used as `words()`. */
export function lazy<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

/**
 * Where derived files are cached (parsed YAML, folded names): $KG_CACHE_DIR, else
 * $XDG_CACHE_HOME/arabic-geo-kg, else ~/.cache/arabic-geo-kg. Each file is named by a hash of what
 * it was made from, so a stale one is never read and checkouts with different data can share it.
 */
export const cacheDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.KG_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'arabic-geo-kg');

/** Write a cache file whole (temp file, rename), so a reader never sees half of one; failures are ignored. */
export function writeCache(path: string, text: string): void {
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch {
    // A read-only home or cache folder: the value is still right, only not kept.
  }
}

/** Whether `v` survives JSON unchanged (YAML can also give Infinity, NaN or -0): only such a value is cached. */
function jsonSafe(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(jsonSafe);
  return typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(jsonSafe);
}

/**
 * A YAML text parsed. The parser (yaml) takes ~75 ms to load and a few ms per kB to parse, which a
 * `kg ask` paid for every lexicon and gazetteer it reads; so the parsed value is cached as JSON
 * under a hash of the text, and only a new or edited file is parsed. The zod check still runs on
 * every load. A cache file that cannot be read or parsed is ignored and rewritten.
 */
function parseYaml(text: string): unknown {
  const path = join(cacheDir(), `yaml-${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    // No cache yet, or a broken one: parse.
  }
  const value: unknown = (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);
  if (jsonSafe(value)) writeCache(path, JSON.stringify(value));
  return value;
}

const cache = new Map<string, { schema: z.ZodType; value: unknown }>();

/** Where a data file is: a path relative to data/, or an absolute path or file URL as given. */
export function dataPath(file: string | URL): string {
  if (file instanceof URL) return fileURLToPath(file);
  return file.startsWith('/') ? file : `${dataDir()}${file}`;
}

/** How a data file is named in messages: relative to the project when inside it. */
export function dataName(path: string): string {
  const rel = relative(ROOT, path);
  return rel.startsWith('..') ? path : rel;
}

/** Read, parse (JSON for .json, else YAML) and check a data file once; later calls get the cached value. */
export function loadData<S extends z.ZodType>(file: string | URL, schema: S): z.infer<S> {
  const path = dataPath(file);
  const hit = cache.get(path);
  if (hit && hit.schema === schema) return hit.value as z.infer<S>;
  const name = dataName(path);
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new DataError(`cannot read ${name}: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = defined(parsed.error.issues[0], 'the first issue of a ZodError');
    throw new DataError(`${name}: ${where(issue.path)}: ${issue.message}`);
  }
  cache.set(path, { schema, value: parsed.data });
  return parsed.data;
}

/** `entry 3, field state` for a list of entries, `field after_conjunction.2` for a map; `top level` when empty. */
function where(path: readonly PropertyKey[]): string {
  if (!path.length) return 'top level';
  const [first, ...rest] = path.map(String);
  if (typeof path[0] === 'number') return rest.length ? `entry ${first}, field ${rest.join('.')}` : `entry ${first}`;
  return `field ${[first, ...rest].join('.')}`;
}

/** A data file that parses but breaks a rule zod cannot state (an unknown code, a duplicate id). */
export function dataProblem(file: string, message: string): DataError {
  return new DataError(`${dataName(dataPath(file))}: ${message}`);
}
