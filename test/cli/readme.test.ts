// Every `npx kg …` line of README.md, run as written (in a scratch copy of seed/, embedded store),
// so an example that stops working, or prints nothing useful, fails here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The kg commands of the README's bash blocks, `a && b` split, each as its argv after `kg`. */
export function readmeExamples(markdown: string): string[][] {
  const blocks = [...markdown.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const commands = blocks.flatMap((b) => b.split('\n')).map((l) => l.replace(/\s+#.*$/, '').trim())
    .flatMap((l) => l.split('&&').map((c) => c.trim())).filter((c) => c.startsWith('npx kg '));
  return commands.map((c) => [...c.slice('npx kg '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!));
}

describe('README examples', () => {
  const examples = readmeExamples(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-readme-'));
  cpSync(path.join(ROOT, 'seed'), path.join(dir, 'seed'), { recursive: true });

  it('are found (the quick start, the queries, the page)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
    expect(examples[0]).toEqual(['seed']);
  });

  // In README order: the seed comes first and builds the .kg/graph.json the others read.
  for (const args of examples) {
    it(`kg ${args.join(' ')}`, () => {
      // --open would start the user's browser in the middle of a test run; the page is still written.
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/kg.mjs'), ...args.filter((a) => a !== '--open')], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim()).not.toBe('');
      expect(r.stdout).not.toMatch(/\(no rows\)|no answer/i);
      if (args[0] === 'query' && args.includes('--json')) expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
    });
  }

  it('kg query evidence --from RUS --to PRK gives the sentences of their agreement', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/kg.mjs'), 'query', 'evidence', '--from', 'RUS', '--to', 'PRK', '--json'], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' },
    });
    const rows = JSON.parse(r.stdout) as { type: string; to: { label: string } }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.type === 'PARTY_TO' && x.to.label === 'Agreement')).toBe(true);
  });
});
