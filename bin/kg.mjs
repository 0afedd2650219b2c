#!/usr/bin/env node
// The `kg` command. It runs the compiled JavaScript in dist/ (built by `npm install`'s prepare step,
// or `npm run build`): compiling TypeScript at every start cost seconds. In a development checkout
// whose dist/ is missing or older than a source file, it runs the TypeScript through tsx instead, so
// an edit never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist/cli/main.js`;

/** The newest modification time of any file under `dir`, in ms. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function fresh() {
  if (!existsSync(built)) return false;
  // An installed package may ship without src/: then dist/ is all there is.
  if (!existsSync(`${root}src`)) return true;
  return statSync(built).mtimeMs >= newest(`${root}src`);
}

let main;
if (fresh()) {
  ({ main } = await import(built));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
