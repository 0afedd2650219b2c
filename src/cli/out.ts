/**
 * Where `--out` may write. A graph store is never written over (an export or a page in its place
 * would lose the graph), nor any other existing file unless the user says --force; a folder is
 * named as one. Input: the --out path and --force. Output: nothing, or a one-line UserError.
 */
import { open, stat } from 'node:fs/promises';
import { UserError } from './errors.ts';

/** How every saved graph (persist.ts serialiseGraph, and a graphology JSON export) begins. */
const GRAPH_HEAD = '{"options":{"type":"directed","multi":true';

export async function checkOut(out: string, force: boolean | undefined, example: string): Promise<void> {
  const found = await stat(out).catch(() => null);
  if (!found) return;
  if (found.isDirectory()) throw new UserError(`--out ${out} is a folder; give a file name, e.g. --out ${example}`);
  if (await isGraphFile(out)) {
    throw new UserError(`--out ${out} holds a kg graph (a store kg seed wrote, or a JSON export); kg never writes over one, even with --force: choose another file`);
  }
  if (!force) throw new UserError(`--out ${out} already exists; give --force to replace it`);
}

async function isGraphFile(path: string): Promise<boolean> {
  const fh = await open(path, 'r').catch(() => null);
  if (!fh) return false;
  try {
    const buf = Buffer.alloc(GRAPH_HEAD.length);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.toString('utf8', 0, bytesRead) === GRAPH_HEAD;
  } finally {
    await fh.close();
  }
}
