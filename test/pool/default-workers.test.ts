// `kg seed`'s default thread count (pool/extract-pool.ts defaultWorkers): one extracting thread per
// core but one, never none; the core left over runs V8's collector threads and the main thread's merges.
import { describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../src/pool/extract-pool.ts';

describe('defaultWorkers', () => {
  it('leaves one core to the runtime and never goes below one thread', () => {
    expect(defaultWorkers(1)).toBe(1);
    expect(defaultWorkers(2)).toBe(1);
    expect(defaultWorkers(4)).toBe(3);
    expect(defaultWorkers(16)).toBe(15);
  });
});
