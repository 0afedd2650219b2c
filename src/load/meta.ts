/**
 * Load, page metadata: a leading `---` YAML front-matter block, or a sidecar file beside the page.
 * Input: page text, or the page's path. Output: PageMeta (title, url, outlet, published, …).
 *
 * Sidecar: `<stem>.meta.yaml`, `<stem>.meta.yml` or `<stem>.meta.json` next to `<stem>.txt`/`.md`
 * (JSON is read by the same YAML parser, YAML being a superset). Sidecars are consumed with their
 * page and never loaded as articles. Front matter wins over the sidecar field by field, and both
 * win over what the page text itself says (its source line): they are the user's explicit word.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DateLike, describeIssue, OptionalList, OptionalText } from './fields.ts';

export const PageMeta = z
  .object({
    title: OptionalText,
    url: OptionalText,
    outlet: OptionalText,
    published: DateLike.nullable().optional(),
    language: z.string().min(2).optional(),
    tags: OptionalList,
  })
  .strict();
export type PageMeta = z.infer<typeof PageMeta>;

export const SIDECAR_SUFFIXES = ['.meta.yaml', '.meta.yml', '.meta.json'] as const;

/** The page stem a sidecar file belongs to, or null when the name is not a sidecar's. */
export function sidecarStem(path: string): string | null {
  const lower = path.toLowerCase();
  const suffix = SIDECAR_SUFFIXES.find((s) => lower.endsWith(s));
  return suffix ? path.slice(0, path.length - suffix.length) : null;
}

/** Existing sidecar paths for a page, in the order they are looked for. */
export function sidecarsOf(pagePath: string): string[] {
  const stem = join(dirname(pagePath), basename(pagePath, extname(pagePath)));
  return SIDECAR_SUFFIXES.map((s) => stem + s).filter((p) => existsSync(p));
}

/** Parses metadata text (YAML or JSON); throws an Error with a one-line reason. */
export function parseMeta(text: string): PageMeta {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new Error(`not valid YAML/JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (raw == null) return PageMeta.parse({});
  const r = PageMeta.safeParse(raw);
  if (!r.success) throw new Error(describeIssue(r.error, raw));
  return r.data;
}

export async function readSidecar(path: string): Promise<PageMeta> {
  return parseMeta(await readFile(path, 'utf8'));
}

/**
 * Splits a leading front-matter block off a page: `---` on the first line, closed by a line `---`
 * (or `...`). Returns the block's text (null when there is none) and the page text after it.
 */
export function splitFrontMatter(text: string): { block: string | null; rest: string } {
  const m = /^---[ \t]*\r?\n/.exec(text);
  if (!m) return { block: null, rest: text };
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const after = text.slice(m[0].length);
  const c = close.exec(after);
  if (!c) return { block: null, rest: text };
  return { block: after.slice(0, c.index), rest: after.slice(c.index + c[0].length) };
}

/** Field by field: the first source that gives a value wins. */
export function mergeMeta(...metas: (PageMeta | null)[]): PageMeta {
  const out: PageMeta = { title: null, url: null, outlet: null };
  for (const m of metas) {
    if (!m) continue;
    for (const k of Object.keys(m) as (keyof PageMeta)[]) {
      if (out[k] == null && m[k] != null) (out as Record<string, unknown>)[k] = m[k];
    }
  }
  return out;
}
