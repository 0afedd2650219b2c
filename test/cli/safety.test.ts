// What a user's data survives, with the real `kg` in child processes: two seeds into one store at
// once, --out aimed at a store or an existing file, and the exit codes scripts rely on.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/store/persist.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KG = path.join(ROOT, 'bin/kg.mjs');
const ENV = { ...process.env, NEO4J_URI: '' };
const kg = (...args: string[]) => spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, encoding: 'utf8', env: ENV });

function kgAsync(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, ...args], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const SENTENCES = ['زار الرئيس الروسي فلاديمير بوتين فيتنام.', 'وقعت روسيا وكوريا الشمالية اتفاقية شراكة استراتيجية.', 'وصل وزير الخارجية إلى القاهرة.'];

/** A JSONL file of `n` articles with ids `<prefix>-<i>`. */
function articles(file: string, prefix: string, n: number): string {
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `${prefix}-${i}`, text: `${SENTENCES[i % 3]} ${SENTENCES[(i + 1) % 3]}` }));
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const waitFor = async (cond: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !cond() && Date.now() < end;) await new Promise((r) => setTimeout(r, 20));
};

describe('two kg seed processes into one store file', () => {
  it('the second waits for the first, says so, and no article is lost', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-lock-'));
    const store = path.join(dir, 'graph.json');
    const a = articles(path.join(dir, 'a.jsonl'), 'a', 6000);
    const b = articles(path.join(dir, 'b.jsonl'), 'b', 300);
    const first = kgAsync(['seed', a, '--store', store, '--batch', '50']);
    // Start the second only once the first holds the lock, so the two surely overlap.
    await waitFor(() => existsSync(`${store}.lock`), 30_000);
    expect(existsSync(`${store}.lock`)).toBe(true);
    const second = kgAsync(['seed', b, '--store', store, '--batch', '50']);
    const [r1, r2] = await Promise.all([first, second]);
    expect(r1.code, r1.err).toBe(0);
    expect(r2.code, r2.err).toBe(0);
    expect(r2.err).toMatch(/graph\.json is being written by another kg process; waiting/);
    const graph = await loadGraph(store);
    expect(graph.filterNodes((_k, x) => x.label === 'Article').length).toBe(6300);
    expect(existsSync(`${store}.lock`)).toBe(false);
  }, 240_000);
});
