// The `kg` command as a user runs it: a real child process through bin/kg.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const kg = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/kg.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });

describe('kg command line', () => {
  it('prints help with every subcommand listed', () => {
    const r = kg('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: kg/);
    expect(r.stdout).toMatch(/\bseed\b/);
  });

  it('rejects an unknown subcommand with a one-line reason and the usage', () => {
    const r = kg('frobnicate');
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/unknown command 'frobnicate'/);
    expect(lines[1]).toMatch(/^usage: kg /);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('rejects an unknown flag of a subcommand with its usage', () => {
    const r = kg('seed', '--no-such-flag');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown option '--no-such-flag'/);
    expect(r.stderr).toMatch(/usage: kg seed /);
  });

  it('ends with success and no stack when the reader closes the pipe early (kg export | head)', async () => {
    const store = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-pipe-')), 'graph.json');
    expect(kg('seed', '--store', store, '-q').status).toBe(0);
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/kg.mjs'), 'export', '--store', store], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
    // Like head: read the first chunk, then close our end while kg still has most of the graph to write.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);

  it('seeds the seed folder into an embedded store and reports what it stored', () => {
    const store = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-cli-')), 'graph.json');
    const r = kg('seed', '--store', store);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/loaded \d+ articles?/);
    const articles = Number(/^\s+Article\s+(\d+)$/m.exec(r.stdout)?.[1]);
    expect(articles).toBeGreaterThanOrEqual(1);
    // The file is a graphology export holding the seed article's node.
    const graph = JSON.parse(readFileSync(store, 'utf8')) as { nodes: { key: string }[] };
    expect(graph.nodes.map((n) => n.key)).toContain('Article:putin-vietnam-2024');
    // Seeding again changes no count.
    const again = kg('seed', '--store', store);
    expect(again.stdout.split('store:')[1]).toBe(r.stdout.split('store:')[1]);
  }, 60_000);

  it('stops at the first bad input with --strict, naming the file, with exit code 2', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-strict-'));
    writeFileSync(path.join(dir, 'bad.jsonl'), '{"id":"a","text":"نص عربي"}\n{not json\n');
    const r = kg('seed', dir, '--strict', '--store', path.join(dir, 'g.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kg: stopped \(--strict\): .*bad\.jsonl/m);
    const lax = kg('seed', dir, '--store', path.join(dir, 'g2.json'));
    expect(lax.status).toBe(0);
    expect(lax.stdout).toMatch(/loaded 1 article/);
    expect(lax.stdout).toMatch(/failed 1/);
  }, 60_000);

  it('defaults to .kg/graph.json in the working folder when NEO4J_URI is unset or empty', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'kg-default-'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/kg.mjs'), 'seed', path.join(ROOT, 'seed'), '-q'], { cwd, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^store: \.kg\/graph\.json$/m);
    expect(existsSync(path.join(cwd, '.kg/graph.json'))).toBe(true);
  }, 60_000);

  it('reports an unreadable store target as one line', () => {
    const r = kg('seed', '--store', 'ftp://example.invalid/x');
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^kg: /);
  });
});
