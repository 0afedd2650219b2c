import { describe, expect, it } from 'vitest';
import { isFutureVerb } from '../../src/relate/modality.ts';
import type { Word } from '../../src/relate/words.ts';

// Words written for these tests. isFutureVerb reads the future prefix س from the first letters of
// the normalised word (after an optional و or ف) and asks the finder whether the rest is its verb.
const word = (norm: string): Word => ({ token: 0, start: 0, end: norm.length, norm, stem: norm, prefixes: [], keys: [norm] });
const signs = (rest: string): boolean => rest === 'يوقع' || rest === 'توقع';

describe('isFutureVerb', () => {
  it('reads س on an imperfect, bare or after و / ف', () => {
    expect(isFutureVerb(word('سيوقع'), signs)).toBe(true);
    expect(isFutureVerb(word('وستوقع'), signs)).toBe(true);
    expect(isFutureVerb(word('فسيوقع'), signs)).toBe(true);
  });

  it('turns down the bare imperfect, a س word that is no such verb, and س after another letter', () => {
    expect(isFutureVerb(word('يوقع'), signs)).toBe(false);
    // وسيط "mediator": و + س, but يط is no verb of the finder's.
    expect(isFutureVerb(word('وسيط'), signs)).toBe(false);
    expect(isFutureVerb(word('بسيوقع'), signs)).toBe(false);
    expect(isFutureVerb(word('وفسيوقع'), signs)).toBe(false);
    expect(isFutureVerb(word(''), signs)).toBe(false);
  });
});
