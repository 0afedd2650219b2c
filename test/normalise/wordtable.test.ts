import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyses, normaliseArabic, tokenAt, tokenise } from '../../src/normalise/index.ts';
import { WordTable } from '../../src/normalise/wordtable.ts';

describe('WordTable', () => {
  it('finds a word from a raw text range, normalising on the fly (marks dropped, letters folded)', () => {
    const t = new WordTable<number>(100);
    expect(t.find('الرئيس')).toBe(-1);
    const id = t.add('الرئيس', 7);
    const text = 'قال الرئيـــسُ أمس';
    const start = text.indexOf('الرئ');
    const end = text.indexOf(' أمس');
    expect(t.findRange(text, start, end)).toBe(id);
    expect(t.values[t.findRange(text, start, end)]).toBe(7);
    expect(t.findRange(text, 0, 3)).toBe(-1);
    expect(t.lastLength).toBe(3);
    expect(t.find('الرئيس')).toBe(id);
    expect(t.find('الرئيسي')).toBe(-1);
  });

  it('says a range of marks only normalises to nothing', () => {
    const t = new WordTable<number>(10);
    expect(t.findRange('ـــ', 0, 3)).toBe(-1);
    expect(t.lastLength).toBe(0);
  });

  it('empties itself at its limit and keeps answering right', () => {
    const t = new WordTable<string>(3);
    for (const w of ['ا', 'ب', 'ج']) { t.find(w); t.add(w, w); }
    expect(t.size).toBe(3);
    t.find('د'); t.add('د', 'د');
    expect(t.size).toBe(1);
    expect(t.find('ا')).toBe(-1);
    expect(t.values[t.find('د')]).toBe('د');
  });

  it('grows its slots past thousands of words and still finds every one', () => {
    const t = new WordTable<number>(50_000);
    const words = Array.from({ length: 20_000 }, (_, i) => `ك${i.toString(36)}`);
    for (const [i, w] of words.entries()) { expect(t.find(w)).toBe(-1); t.add(w, i); }
    for (const [i, w] of words.entries()) expect(t.values[t.find(w)]).toBe(i);
    expect(t.find('كلمة')).toBe(-1);
  });

  it('agrees with a Map on random words, with collisions and growth of its arenas', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'), minLength: 1, maxLength: 12 }), { maxLength: 400 }), (words) => {
      const t = new WordTable<number>(1000);
      const m = new Map<string, number>();
      for (const w of words) {
        const id = t.find(w);
        if (m.has(w)) expect(t.values[id]).toBe(m.get(w));
        else { expect(id).toBe(-1); m.set(w, m.size); t.add(w, m.size - 1); }
      }
      for (const [w, v] of m) { expect(t.values[t.find(w)]).toBe(v); expect(t.words[t.find(w)]).toBe(w); }
    }));
  });
});

describe('tokenise through the word table', () => {
  it('gives every token of one word the same analyses whatever its diacritics, as analyses() does', () => {
    const text = 'الرئيسُ والرئيس الرئيـس والرئيسَ';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.norm)).toEqual(['الرئيس', 'والرئيس', 'الرئيس', 'والرئيس']);
    for (const t of tokens) {
      expect(t.norm).toBe(normaliseArabic(t.text));
      const [best] = analyses(t.norm);
      expect(t.stem).toBe(best?.stem);
      expect(t.prefixes).toEqual(best?.prefixes);
    }
    expect(tokenAt(tokens, 0).norm).toBe(tokenAt(tokens, 2).norm);
  });

  it('still puts the article last for a hamza alef (ألمانيا), but not for the same letters with a bare alef', () => {
    const tokens = tokenise('ألمانيا المانيا');
    const hamza = tokenAt(tokens, 0);
    const bare = tokenAt(tokens, 1);
    expect(hamza.norm).toBe(bare.norm);
    expect(hamza.prefixes).not.toContain('ال');
    expect(bare.prefixes).toEqual(analyses(bare.norm)[0]?.prefixes);
  });
});
