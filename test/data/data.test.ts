// One loader for every data file (src/data.ts), one error type for what a user can fix (src/errors.ts),
// and the CLI's behaviour with a broken data file: one line from a command that needs it, none from --help.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cacheDir, lazy, loadData } from '../../src/data.ts';
import { DataError, KgError } from '../../src/errors.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('loadData', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-data-'));
  const Entries = z.array(z.object({ id: z.string(), state: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO code') }));

  it('names the file, the entry and the field of a bad value, in one line', () => {
    writeFileSync(join(dir, 'cities.yaml'), '- {id: a, state: EGY}\n- {id: b, state: egypt}\n');
    let err: unknown;
    try { loadData(join(dir, 'cities.yaml'), Entries); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataError);
    expect(err).toBeInstanceOf(KgError);
    expect((err as Error).message).toMatch(/cities\.yaml: entry 1, field state: expected an ISO code$/);
  });

  it('reports a file that is not YAML in one line', () => {
    writeFileSync(join(dir, 'broken.yaml'), 'a: [unclosed\n  b: c\n');
    expect(() => loadData(join(dir, 'broken.yaml'), z.object({}))).toThrow(/^cannot read .*broken\.yaml: [^\n]+$/);
  });

  it('reads a file once and returns the same value after', () => {
    const file = join(dir, 'once.json');
    writeFileSync(file, '[{"id": "a", "state": "EGY"}]');
    const first = loadData(file, Entries);
    writeFileSync(file, 'not json any more');
    expect(loadData(file, Entries)).toBe(first);
  });

  it('lazy computes on the first call only', () => {
    let calls = 0;
    const value = lazy(() => ++calls);
    expect(calls).toBe(0);
    expect([value(), value()]).toEqual([1, 1]);
  });
});

describe('the parsed-YAML cache', () => {
  const Entries = z.array(z.object({ id: z.string() }));
  // A new file per load: loadData keeps what it read per path for the process.
  const dir = mkdtempSync(join(tmpdir(), 'kg-yaml-'));
  let n = 0;
  const load = (text: string) => {
    const file = join(dir, `f${n++}.yaml`);
    writeFileSync(file, text);
    return loadData(file, Entries);
  };
  const cached = () => readdirSync(cacheDir()).filter((f) => f.startsWith('yaml-')).map((f) => join(cacheDir(), f));

  it('parses a text once, is read for the same text, and a changed text is parsed anew', () => {
    process.env.KG_CACHE_DIR = mkdtempSync(join(tmpdir(), 'kg-cache-'));
    try {
      expect(load('- id: a\n')).toEqual([{ id: 'a' }]);
      const [file] = cached();
      expect(cached()).toHaveLength(1);
      // The cache is what a second load of the same text reads: a value put there is returned.
      writeFileSync(file!, '[{"id": "from the cache"}]');
      expect(load('- id: a\n')).toEqual([{ id: 'from the cache' }]);
      // An edited file has another hash: never the old value.
      expect(load('- id: b\n')).toEqual([{ id: 'b' }]);
      expect(cached()).toHaveLength(2);
    } finally {
      delete process.env.KG_CACHE_DIR;
    }
  });

  it('ignores a broken cache file, parses the YAML and rewrites it', () => {
    process.env.KG_CACHE_DIR = mkdtempSync(join(tmpdir(), 'kg-cache-'));
    try {
      load('- id: c\n');
      const [file] = cached();
      writeFileSync(file!, '[{"id": "c"');
      expect(load('- id: c\n')).toEqual([{ id: 'c' }]);
      expect(JSON.parse(readFileSync(file!, 'utf8'))).toEqual([{ id: 'c' }]);
      // Still checked with zod when read from the cache.
      writeFileSync(file!, '[{"name": "no id"}]');
      expect(() => load('- id: c\n')).toThrow(DataError);
    } finally {
      delete process.env.KG_CACHE_DIR;
    }
  });
});

describe('a broken data file and the CLI', () => {
  // A copy of data/ with one lexicon broken, used through KG_DATA_DIR.
  const data = mkdtempSync(join(tmpdir(), 'kg-broken-data-'));
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  const lexicon = join(data, 'lexicon/agreements.yaml');
  writeFileSync(lexicon, readFileSync(lexicon, 'utf8').replace(/^(\w+):/m, '$1: [unclosed\n$1:'));
  const kg = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/kg.mjs'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '', KG_DATA_DIR: data },
  });

  it('does not stop kg --help', () => {
    const r = kg('--help');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('stops kg seed with one line naming the file', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'kg-broken-store-')), 'graph.json');
    const r = kg('seed', 'seed', '--store', store, '-q');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^kg: cannot read .*lexicon\/agreements\.yaml: /);
  });
});
