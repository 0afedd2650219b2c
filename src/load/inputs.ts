/**
 * Load, inputs: expands the paths given to `kg seed` into the files to load, each with its kind.
 * Input: file and folder paths. Output: InputFile values, folders walked recursively in sorted order.
 *
 * Kinds come from the extension: .txt page; .md/.markdown page, but only with front matter or a
 * sidecar (so a stray README is skipped, not loaded); .jsonl/.ndjson; .json; .zip; and
 * `<stem>.meta.{yaml,yml,json}` sidecars, consumed with their page. While walking a folder,
 * hidden entries (a name starting with ".", and __MACOSX) are passed over silently: they are
 * tool litter, not input. A file of unknown kind is skipped when found in a folder, and fails
 * when it was named explicitly: the user asked for it and it cannot be loaded.
 */
import { realpathSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { sidecarStem } from './meta.ts';

export type InputKind = 'page' | 'markdown' | 'json' | 'jsonl' | 'zip' | 'sidecar' | 'unknown';

export interface InputFile {
  path: string;
  kind: InputKind;
  size: number;
  /** Named on the command line, not found by walking a folder. */
  explicit: boolean;
}

/** The kind of a file (or zip entry) from its name. */
export function kindOf(name: string): InputKind {
  if (sidecarStem(name) !== null) return 'sidecar';
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  const ext = dot > lower.lastIndexOf('/') ? lower.slice(dot) : '';
  switch (ext) {
    case '.txt': return 'page';
    case '.md': case '.markdown': return 'markdown';
    case '.json': return 'json';
    case '.jsonl': case '.ndjson': return 'jsonl';
    case '.zip': return 'zip';
    default: return 'unknown';
  }
}

/** Tool litter inside folders and archives: dot files and macOS resource forks. */
export function isHidden(name: string): boolean {
  return name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');
}

export type InputProblem = { path: string; reason: 'not-found' | 'unreadable'; detail: string };

/**
 * Walks the inputs in order (each folder's names sorted by code point, so the order is the same on
 * every machine). A path reached twice (named twice, or by a symlink) is loaded once.
 */
export async function* walkInputs(
  inputs: string[],
  onProblem: (p: InputProblem) => void,
): AsyncGenerator<InputFile> {
  const seen = new Set<string>();
  async function* visit(path: string, explicit: boolean): AsyncGenerator<InputFile> {
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      onProblem(code === 'ENOENT' && explicit
        ? { path, reason: 'not-found', detail: 'no such file or folder' }
        : { path, reason: 'unreadable', detail: `cannot be read (${code ?? (e as Error).message})` });
      return;
    }
    let real = path;
    try { real = realpathSync(path); } catch { /* keep the path as given */ }
    if (seen.has(real)) return;
    seen.add(real);
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = await readdir(path);
      } catch (e) {
        onProblem({ path, reason: 'unreadable', detail: `folder cannot be read (${(e as NodeJS.ErrnoException).code})` });
        return;
      }
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const name of names) {
        if (isHidden(name)) continue;
        yield* visit(join(path, name), false);
      }
      return;
    }
    if (!st.isFile()) {
      onProblem({ path, reason: 'unreadable', detail: 'not a regular file' });
      return;
    }
    yield { path, kind: kindOf(basename(path)), size: st.size, explicit };
  }
  for (const input of inputs) yield* visit(input, true);
}

/** Total bytes of the inputs, for a progress bar (cheap: a stat per file). */
export async function inputBytes(inputs: string[]): Promise<number> {
  let total = 0;
  for await (const f of walkInputs(inputs, () => {})) total += f.size;
  return total;
}
