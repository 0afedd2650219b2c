/**
 * Leader recognition grid (test/recognise/leader-grid.yaml, runner test/recognise/leader-grid.ts): every
 * way of naming a leader in every frame sentence. The floor is the rate reached in session 16 minus 0.02.
 */
import { describe, expect, it } from 'vitest';
import { rates, runLeaderGrid } from './leader-grid.ts';

const FLOOR = 0.966;

describe('leader recognition grid', () => {
  it(`passes at least ${FLOOR} of its sentences, and every trap style at least 0.95`, { timeout: 120_000 }, () => {
    const by = rates(runLeaderGrid());
    const all = by.get('ALL')!;
    expect(all.pass / all.total).toBeGreaterThanOrEqual(FLOOR);
    for (const [k, r] of by) if (k.startsWith('trap:')) expect(r.pass / r.total, k).toBeGreaterThanOrEqual(0.95);
  });
});
