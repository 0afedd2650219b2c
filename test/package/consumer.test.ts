// The package as a user gets it: built, packed with `npm pack`, installed from the tarball into a
// separate TypeScript project, compiled there with `tsc --strict`, and run against a graph seeded
// from the packed seed/ with the packed `kg`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const dir = mkdtempSync(join(tmpdir(), 'kg-consumer-'));
// Removing the consumer project (its node_modules holds a copy of the package) can take seconds on a loaded machine.
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEO4J_URI: '' } });

const CONSUMER = `import { openGraph, QueryError, type AgreementRow } from 'arabic-geo-kg';

const graph = await openGraph({ store: process.argv[2] });
try {
  const rows: AgreementRow[] = await graph.agreements({ state: 'Russia' });
  for (const r of rows) console.log(\`\${r.parties.join('-')} \${r.kind} \${r.status} \${r.date ?? '?'}\`);
  // The parameters are typed: a misspelt filter does not compile.
  // @ts-expect-error 'stat' is not a filter of agreements
  await graph.agreements({ stat: 'Russia' }).catch((e: unknown) => console.log(e instanceof QueryError ? 'refused' : 'other'));
} finally {
  await graph.close();
}
`;

it('a TypeScript project installs the packed package, compiles under --strict and lists agreements involving Russia', () => {
  run(process.execPath, [TSC, '-p', 'tsconfig.build.json'], ROOT);
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT)) as { filename: string; files: { path: string }[] }[];
  const files = packed[0]!.files.map((f) => f.path);
  expect(files).toContain('dist/index.d.ts');
  expect(files.some((f) => f.startsWith('test/'))).toBe(false);

  const app = join(dir, 'app');
  run('mkdir', ['-p', app], dir);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'kg-consumer', private: true, type: 'module' }));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, types: ['node'], outDir: 'out' },
    files: ['index.ts'],
  }));
  writeFileSync(join(app, 'index.ts'), CONSUMER);
  // Dependencies come from npm's cache when it has them; @types/node is the consumer's own.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(dir, packed[0]!.filename), '@types/node@20'], app);

  run(process.execPath, [TSC, '-p', 'tsconfig.json', '--strict'], app);
  run(process.execPath, ['node_modules/arabic-geo-kg/bin/kg.mjs', 'seed', 'node_modules/arabic-geo-kg/seed', '--store', 'graph.json', '--quiet'], app);
  const out = run(process.execPath, ['out/index.js', 'graph.json'], app);
  // The Russia–DPRK treaty is a registry agreement (kind strategic-partnership); the seed reports it concluded (أبرم الطرفان).
  expect(out).toMatch(/PRK-RUS strategic-partnership (concluded|signed) 2024-06-19/);
  expect(out.trim().split('\n').at(-1)).toBe('refused');
}, 240_000);
