// Runs test/store/helpers/seed-child.ts in a child process, optionally killing it (SIGKILL, as a
// crash or an OOM kill would) once it has printed a given line.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./seed-child.ts', import.meta.url));

export function runSeedChild(args: string[], killAt?: (line: string) => boolean, env?: NodeJS.ProcessEnv): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (killAt && d.split('\n').some(killAt)) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}
