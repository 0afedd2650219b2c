import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldBatch } from '../../src/store/batch.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { mergeInto, mergeProps } from '../../src/store/merge.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { evidence, syntheticCorpus } from './helpers/synthetic.ts';

// Props as the pipeline makes them: scalars that may be null, string lists (with repeats), evidence.
const props = fc.record({
  name: fc.option(fc.constantFrom('a', 'b'), { nil: null }),
  name_ar: fc.option(fc.constantFrom('كيم جونغ أون', 'كيم جونغ اون', 'كيم'), { nil: null }),
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

  it('ends the same for any order of the same props, lists aside, and writing one again changes nothing', () => {
    const sorted = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => JSON.stringify(x)).sort() : v]));
    // As the pipeline makes them: no repeats inside one record's list (one kept when stored first),
    // and one evidence identity is one sentence, so one text.
    const once = props.map((p) => ({
      ...p,
      ...(p.sources && { sources: [...new Set(p.sources)] }),
      ...(p.evidence && { evidence: [...new Map(p.evidence.map((e) => [`${e.article}|${e.sentence}`, { ...e, text: `${e.article}:${e.sentence}` }])).values()] }),
    }));
    fc.assert(fc.property(fc.array(once, { minLength: 1, maxLength: 8 }).chain((seq) => fc.tuple(fc.constant(seq), fc.shuffledSubarray(seq, { minLength: seq.length, maxLength: seq.length }))), ([seq, shuffled]) => {
      const a = seq.reduce<Record<string, unknown>>((acc, p) => mergeInto(acc, p), {});
      const b = shuffled.reduce<Record<string, unknown>>((acc, p) => mergeInto(acc, p), {});
      expect(sorted(b)).toEqual(sorted(a));
      expect(sorted(mergeInto(structuredClone(a), seq[0]!))).toEqual(sorted(a));
    }), { numRuns: 500 });
  });

  it('names a node by the form most articles gave, not the first to arrive', () => {
    const node = {};
    for (const [name_ar, source] of [['كيم جونغ اون', 'a1'], ['كيم جونغ أون', 'a2'], ['كيم جونغ أون', 'a3'], ['كيم جونغ اون', 'a1']]) mergeInto(node, { name_ar, sources: [source] });
    expect(node).toMatchObject({ name_ar: 'كيم جونغ أون' });
    // A tie goes to the first in code-point order (أ U+0623 before ا U+0627), whichever came first.
    expect(mergeInto(mergeInto({}, { name_ar: 'كيم جونغ اون', sources: ['x'] }), { name_ar: 'كيم جونغ أون', sources: ['y'] })).toMatchObject({ name_ar: 'كيم جونغ أون' });
  });

  it('never changes the incoming props, so one batch can be written to two stores', () => {
    const corpus = syntheticCorpus(40, 2);
    const before = JSON.stringify(corpus);
    const g = emptyGraph();
    for (const b of corpus) applyBatch(g, b);
    foldBatch({ nodes: corpus.flatMap((b) => b.nodes), edges: corpus.flatMap((b) => b.edges) });
    expect(JSON.stringify(corpus)).toBe(before);
  });

  it('stays linear: 20,000 sources merged one by one into one list, twice, reading the list once', () => {
    // Counted, not timed: every read of an element of the target list. A membership Set rebuilt per merge
    // (what mergeProps does) reads the whole list each time, ~n²/2 = 2·10⁸ reads here; merging in place
    // with the list's Set kept reads it once.
    let reads = 0;
    const list = new Proxy<string[]>([], {
      get(t, p, r) { if (typeof p === 'string' && /^\d+$/.test(p)) reads++; return Reflect.get(t, p, r); },
    });
    const target: Record<string, unknown> = { sources: list };
    for (const round of [1, 2]) for (let i = 0; i < 20_000; i++) mergeInto(target, { sources: [`s${i}`], round });
    expect(target.sources).toBe(list);
    expect((target.sources as string[]).length).toBe(20_000);
    expect(reads).toBeLessThan(20_000 * 2);
    expect(new Set(target.sources as string[]).size).toBe(20_000);
  });
});
