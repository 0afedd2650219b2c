// data/query/ask.yaml: the words that route a question. Loaded and checked with zod at module load;
// here: each query routed at most once, and no word sending a question to two places.
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/query/ask.ts';
import { QUERY_NAMES } from '../../src/query/api.ts';

describe('data/query/ask.yaml', () => {
  it('names each query at most once, and only queries the API has', () => {
    const names = LEXICON().intents.map((i) => i.query);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(QUERY_NAMES).toContain(n);
    expect(names.length).toBeGreaterThanOrEqual(QUERY_NAMES.length);
  });
  it('gives no word to two queries, and no query word is also a function word', () => {
    const owner = new Map<string, string>();
    for (const i of LEXICON().intents) {
      for (const w of i.words) {
        expect(owner.get(w), `"${w}" routes to both ${owner.get(w)} and ${i.query}`).toBeUndefined();
        owner.set(w, i.query);
        expect(LEXICON().functionWords.has(w), `"${w}" is both a ${i.query} word and a function word`).toBe(false);
      }
    }
  });
});
