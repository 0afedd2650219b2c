/** Small numeric helpers for the benchmark: timing, percentiles, rounding. */
import { performance } from 'node:perf_hooks';

export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

/** Nearest-rank percentile of already collected samples (ms). */
export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i] ?? NaN;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
export const perSecond = (n: number, ms: number): number => round(n / (ms / 1000), 1);
