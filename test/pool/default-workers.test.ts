// `kg seed`'s default worker count (pool/extract-pool.ts defaultWorkers): one extraction worker per
// core but one, and none on one core, where the main thread extracts alone.
import { describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../src/pool/extract-pool.ts';

describe('defaultWorkers', () => {
  it('leaves one core to the main thread and the runtime, and starts no worker on one core', () => {
    expect(defaultWorkers(1)).toBe(0);
    expect(defaultWorkers(2)).toBe(1);
    expect(defaultWorkers(4)).toBe(3);
    expect(defaultWorkers(16)).toBe(15);
  });
});
