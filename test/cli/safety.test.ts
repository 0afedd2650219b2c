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

function kgAsync(args: string[], onStart?: (kill: (sig: NodeJS.Signals) => void) => void): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, ...args], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    onStart?.((sig) => child.kill(sig));
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
    expect(r1.code, r1.err + r1.out).toBe(0);
    expect(r2.code, r2.err + r2.out).toBe(0);
    expect(r2.err).toMatch(/graph\.json is being written by another kg process; waiting/);
    const graph = await loadGraph(store);
    expect(graph.filterNodes((_k, x) => x.label === 'Article').length).toBe(6300);
    expect(existsSync(`${store}.lock`)).toBe(false);
  }, 240_000);
});

describe('kg seed stopped by a signal', () => {
  it('saves what it read, says so with exit 130, and a second run finishes without duplicates', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-term-'));
    const store = path.join(dir, 'graph.json');
    const input = articles(path.join(dir, 'a.jsonl'), 'a', 6000);
    let kill: (sig: NodeJS.Signals) => void = () => {};
    const run = kgAsync(['seed', input, '--store', store, '--batch', '50'], (k) => { kill = k; });
    // Stopped once some articles are stored (the first save, after 20 writes): extraction threads
    // take a while to start, so a fixed delay after the lock may stop a seed that has read nothing.
    await waitFor(() => existsSync(store), 60_000);
    kill('SIGTERM');
    const r = await run;
    expect(r.code, r.err).toBe(130);
    const said = /kg: interrupted \(SIGTERM\): the (\d+) articles read are saved in .*graph\.json; run the same command again to finish/.exec(r.err);
    expect(said, r.err).not.toBeNull();
    const saved = (await loadGraph(store)).filterNodes((_k, x) => x.label === 'Article').length;
    expect(saved).toBe(Number(said![1]));
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(6000);
    const again = await kgAsync(['seed', input, '--store', store, '--batch', '50']);
    expect(again.code, again.err + again.out).toBe(0);
    expect((await loadGraph(store)).filterNodes((_k, x) => x.label === 'Article').length).toBe(6000);
  }, 240_000);
});

describe('--out of kg export and kg view', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-out-'));
  const store = path.join(dir, 'graph.json');
  const input = articles(path.join(dir, 'in.jsonl'), 'o', 3);

  it('never writes over a graph store, not even with --force, and leaves it whole', () => {
    expect(kg('seed', input, '--store', store, '-q').status).toBe(0);
    const before = readFileSync(store, 'utf8');
    for (const args of [['export', '--format', 'graphml'], ['export', '--format', 'json', '--force'], ['view', '--force']]) {
      const r = kg(...args, '--store', store, '--out', store);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^kg: --out .*graph\.json holds a kg graph .*kg never writes over one, even with --force: choose another file\n$/);
    }
    expect(readFileSync(store, 'utf8')).toBe(before);
  });

  it('replaces another existing file only with --force, and names a folder as one', () => {
    const out = path.join(dir, 'mine.graphml');
    writeFileSync(out, 'my notes');
    const r = kg('export', '--store', store, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`kg: --out ${out} already exists; give --force to replace it\n`);
    expect(readFileSync(out, 'utf8')).toBe('my notes');
    expect(kg('export', '--store', store, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
    const folder = path.join(dir, 'exports');
    mkdirSync(folder);
    const f = kg('export', '--store', store, '--out', folder);
    expect(f.status).toBe(1);
    expect(f.stderr).toBe(`kg: --out ${folder} is a folder; give a file name, e.g. --out ${folder}/graph.graphml\n`);
    const v = kg('view', '--store', store, '--out', folder);
    expect(v.stderr).toMatch(/^kg: --out .*exports is a folder; give a file name, e.g. --out .*exports\/graph\.html\n$/);
  });
});

describe('exit codes and messages scripts can trust', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-exit-'));
  const store = path.join(dir, 'graph.json');

  it('a missing input path exits 1 in one line and writes no store', () => {
    const r = kg('seed', path.join(dir, 'no-such.jsonl'), '--store', store);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`kg: no such file or folder: ${path.join(dir, 'no-such.jsonl')} (nothing was loaded)\n`);
    expect(existsSync(store)).toBe(false);
  });

  it('a run that loads nothing exits 3 after its summary', () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": "x"}\nnot json\n');
    const r = kg('seed', bad, '--store', store);
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/loaded 0 articles/);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^kg: nothing was loaded from .*bad\.jsonl/);
  });

  it('a bad --batch is one line, and -q is quiet when stderr is not a terminal', () => {
    const r = kg('seed', '--batch', '0', '--store', store);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('kg: --batch takes a whole number above 0, not "0"\n');
    const q = kg('seed', articles(path.join(dir, 'ok.jsonl'), 'q', 5), '--store', store, '-q');
    expect(q.status).toBe(0);
    expect(q.stderr).toBe('');
  });
});
