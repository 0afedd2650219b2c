import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDeps } from '../../scripts/deps.ts';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

/** A small src/ tree: load imports recognise (upward), query's two files import each other. */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-deps-'));
  const files: Record<string, string> = {
    'model.ts': "export const x = 1;\n",
    'load/read.ts': "import { x } from '../model.ts';\nimport { y } from '../recognise/find.ts';\nexport const r = x + y;\n",
    'recognise/find.ts': "import type { x } from '../model.ts';\nexport const y = 2;\n",
    'query/api.ts': "import { b } from './canonical.ts';\nexport const a = () => b;\n",
    'query/canonical.ts': "import type { a } from './api.ts';\nexport const b = 3;\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('scripts/deps.ts', () => {
  const dir = fixture();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds an upward import and a cycle, type-only imports included', () => {
    const { imports, problems } = checkDeps(dir);
    expect(imports.get('load')).toEqual(['model', 'recognise']);
    expect(problems).toContain('upward: load/read.ts imports recognise/find.ts (recognise is above load)');
    expect(problems).toContain('cycle: query/api.ts ↔ query/canonical.ts');
    expect(problems).toHaveLength(2);
  });

  it('exits 1 on that tree and 0 on src/, printing the imports per folder', () => {
    const bad = spawnSync(tsx, ['scripts/deps.ts', dir], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^load\s+→ model, recognise$/m);
    const out = execFileSync(tsx, ['scripts/deps.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^normalise\s+→ model, data$/m);
    expect(out.trim().split('\n').at(-1)).toBe('no cycle, no upward import');
  });
});
