// `kg query` and `kg ask` as a user runs them, on a store file written by the embedded store from
// the query fixture: in process through the CLI's main() (fast), and once as a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openStore } from '../../src/store/index.ts';
import { FIXTURE } from './fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const kgChild = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/kg.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });

/** Run `kg ARGS` in this process, capturing what it prints and its exit code. */
async function kg(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { stdout += String(s); return true; });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { stderr += String(s); return true; });
  process.exitCode = undefined;
  try {
    return { status: await main(['node', 'kg', ...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}
let store = '';

beforeAll(async () => {
  store = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-query-')), 'graph.json');
  const s = await openStore(store, {});
  await s.write(FIXTURE);
  await s.close();
});

describe('kg query', () => {
  // Expected rows written out by hand from the fixture (test/query/fixture.ts), not asked of the
  // query class the CLI itself calls.
  const SEED = 'putin-vietnam-2024';
  const putin = { name_en: 'Vladimir Putin', name_ar: 'فلاديمير بوتين' };
  const RUSSIAN_AGREEMENTS = [
    {
      id: 'agreement:PRK+RUS:defense:2024-06', name_ar: 'اتفاق دفاع مشترك', kind: 'defense', status: 'signed', date: '2024-06-19', count: null,
      parties: ['PRK', 'RUS'], signatories: [putin, { name_en: 'Kim Jong Un', name_ar: 'كيم جونغ أون' }], sources: [SEED],
    },
    {
      id: 'agreement:RUS+VNM:cooperation:2024-06', name_ar: '11 اتفاقية ومذكرة تفاهم', kind: 'cooperation', status: 'signed', date: '2024-06-20', count: 11,
      parties: ['RUS', 'VNM'], signatories: [], sources: [SEED],
    },
  ];
  type Row = { id: string; parties: string[]; signatories: { name_en: string | null }[] };
  // Row order and the order of parties and signatories are not part of the answer.
  const canonical = (rows: Row[]) => rows
    .map((r) => ({ ...r, parties: [...r.parties].sort(), signatories: [...r.signatories].sort((a, b) => String(a.name_en).localeCompare(String(b.name_en))) }))
    .sort((a, b) => a.id.localeCompare(b.id));

  it('prints the agreements of a state as JSON, whatever form its name takes', async () => {
    for (const state of ['RUS', 'Russia', 'روسيا']) {
      const r = await kg('query', 'agreements', '--state', state, '--store', store, '--json');
      expect(r.status, r.stderr).toBe(0);
      expect(canonical(JSON.parse(r.stdout) as Row[])).toEqual(canonical(RUSSIAN_AGREEMENTS as Row[]));
    }
  });

  it('filters visits by the visitor\'s Arabic name and a start date (the earlier visit to PRK is left out)', async () => {
    const v = await kg('query', 'visits', '--visitor', 'بوتين', '--since', '2024-06-20', '--store', store, '--json');
    expect(v.status, v.stderr).toBe(0);
    expect(JSON.parse(v.stdout)).toEqual([{
      visitor: { ...putin, state: 'RUS' }, to: 'VNM', city: 'hanoi', date: '2024-06-20', status: 'done',
      host: { name_en: 'Tô Lâm', name_ar: 'تو لام' }, sources: [SEED],
    }]);
  });

  it('prints a table with English and Arabic names side by side', async () => {
    const r = await kg('query', 'states', '--store', store);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+name_en\s+name_ar\s+articles$/);
    expect(lines.find((l) => l.startsWith('RUS'))).toMatch(/^RUS\s+Russia\s+روسيا\s+putin-vietnam-2024$/);
    // Columns line up: every row's name_ar starts under the header's.
    const col = (lines[0] ?? '').indexOf('name_ar');
    for (const l of lines.slice(2, 8)) expect(l.slice(col - 2, col)).toBe('  ');
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown state', ['agreements', '--state', 'Atlantis'], /^kg: unknown state "Atlantis"/],
    ['a bad date', ['vetoes', '--until', '2024-02-30'], /^kg: vetoes: bad until "2024-02-30"/],
    ['a missing store', ['states', '--store', '/nonexistent/graph.json'], /^kg: no graph at \/nonexistent\/graph.json/],
    ['an unknown flag', ['visits', '--nope', 'x'], /unknown option '--nope'/],
    ['a missing required filter', ['timeline'], /required option '--entity <entity>'/],
  ];
  for (const [what, args, msg] of bad) {
    it(`answers ${what} with one line and a non-zero exit`, async () => {
      const r = await kg('query', ...args, ...(args.includes('--store') ? [] : ['--store', store]));
      expect(r.status).not.toBe(0);
      expect(r.stderr.split('\n')[0]).toMatch(msg);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
      expect(r.stdout).toBe('');
    });
  }
});

describe('kg ask', () => {
  it('answers in English and Arabic alike, with the evidence sentences', async () => {
    const en = await kg('ask', 'which agreements involve Russia', '--store', store);
    const ar = await kg('ask', 'ما الاتفاقيات التي تشمل روسيا؟', '--store', store);
    expect(en.status, en.stderr).toBe(0);
    expect(ar.stdout).toBe(en.stdout);
    expect(en.stdout).toMatch(/اتفاق دفاع مشترك/);
    expect(en.stdout).toMatch(/11 اتفاقية ومذكرة تفاهم/);
    expect(en.stdout).toMatch(/«وبعد يوم من توقيع اتفاق دفاع مشترك مع كوريا الشمالية»/);
  });
  it('fails with exit code 2 and lists what it can do for a question it cannot route', async () => {
    const r = await kg('ask', 'which agreements involve Atlantis?', '--store', store);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(/^kg: .*"Atlantis"/);
    expect(r.stderr).toMatch(/I can answer questions like these/);
  });
  it('takes --evidence as a number or all, and refuses anything else in one line', async () => {
    const one = await kg('ask', 'which agreements involve Russia', '--evidence', '0', '--store', store);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).not.toMatch(/«/);
    expect(one.stdout).toMatch(/… more sentences: kg ask --evidence all/);
    const bad = await kg('ask', 'which agreements involve Russia', '--evidence', 'some', '--store', store);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim()).toMatch(/^kg: ask: --evidence takes a number or "all", not "some"$/);
  });
});

describe('the kg binary', () => {
  it('runs kg ask end to end as a child process', () => {
    const r = kgChild('ask', 'من زار فيتنام؟', '--store', store);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Vladimir Putin \/ فلاديمير بوتين \(RUS\) → VNM/);
    expect(r.stdout).toMatch(/«تلقى بوتين التحية خلال مراسم عسكرية في فيتنام»/);
  }, 60_000);
});
