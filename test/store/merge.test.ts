import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldBatch } from '../../src/store/batch.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { mergeInto } from '../../src/store/merge.ts';
import { mergeProps } from '../../src/store/model.ts';
import { emptyGraph } from '../../src/store/persist.ts';
import { evidence, syntheticCorpus } from './helpers/synthetic.ts';

// Props as the pipeline makes them: scalars that may be null, string lists (with repeats), evidence.
const props = fc.record({
  name: fc.option(fc.constantFrom('a', 'b'), { nil: null }),
  count: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  sources: fc.array(fc.constantFrom('s1', 's2', 's3', 's4'), { maxLength: 4 }),
  evidence: fc.array(fc.tuple(fc.constantFrom('a1', 'a2'), fc.integer({ min: 0, max: 2 }), fc.constantFrom('x', 'y')).map(([a, s, t]) => evidence(a, s, 'r', t)), { maxLength: 3 }),
}, { requiredKeys: [] });

describe('mergeInto', () => {
  it('gives what folding mergeProps over the same props gives, for any sequence', () => {
    fc.assert(fc.property(fc.array(props, { minLength: 1, maxLength: 8 }), (seq) => {
      const expected = seq.reduce<Record<string, unknown>>((acc, p) => mergeProps(acc, p), {});
      const target = {};
      for (const p of seq) mergeInto(target, p);
      expect(target).toEqual(expected);
    }), { numRuns: 500 });
  });

  it('never changes the incoming props, so one batch can be written to two stores', () => {
    const corpus = syntheticCorpus(40, 2);
    const before = JSON.stringify(corpus);
    const g = emptyGraph();
    for (const b of corpus) applyBatch(g, b);
    foldBatch({ nodes: corpus.flatMap((b) => b.nodes), edges: corpus.flatMap((b) => b.edges) });
    expect(JSON.stringify(corpus)).toBe(before);
  });

  it('stays linear: 20,000 sources merged one by one into one list, twice', () => {
    const target: Record<string, unknown> = {};
    const t = performance.now();
    for (const round of [1, 2]) for (let i = 0; i < 20_000; i++) mergeInto(target, { sources: [`s${i}`], round });
    expect((target.sources as string[]).length).toBe(20_000);
    // mergeProps takes seconds here (a Set of the whole list per merge); in place it is milliseconds.
    expect(performance.now() - t).toBeLessThan(500);
  });
});
