import { describe, expect, it } from 'vitest';
import { analyses, normaliseArabic, splitClitics } from '../../src/normalise/index.ts';

const split = (w: string) => { const a = splitClitics(normaliseArabic(w)); return [...a.prefixes, a.stem].join('+'); };

describe('clitics: a conjunction on a two-letter function word', () => {
  it('splits و/ف from negation, modality and preposition particles', () => {
    expect(split('ولن')).toBe('و+لن');
    expect(split('فلم')).toBe('ف+لم');
    expect(split('ولا')).toBe('و+لا');
    expect(split('ومن')).toBe('و+من');
    expect(split('وقد')).toBe('و+قد');
    expect(split('ولو')).toBe('و+لو');
  });
  it('keeps other three-letter words whole, with the split as a last analysis for names', () => {
    for (const w of ['وزن', 'فتح', 'ولد', 'وقع']) expect(split(w)).toBe(w);
    const all = analyses(normaliseArabic('وشي'));
    expect(all[0]).toEqual({ prefixes: [], stem: 'وشي' });
    expect(all).toContainEqual({ prefixes: ['و'], stem: 'شي' });
  });
  it('leaves وإن and فإن whole (فان is also the "van" of a name)', () => {
    expect(split('فإن')).toBe('فان');
    expect(split('وإن')).toBe('وان');
  });
});

describe('clitics: a clitic chain with the article before a common noun', () => {
  it('splits للطاقة، والتعاون، بالأمم even though gazetteer names hold them', () => {
    expect(split('للطاقة')).toBe('ل+ال+طاقه');
    expect(split('والتعاون')).toBe('و+ال+تعاون');
    expect(split('بالأمم')).toBe('ب+ال+امم');
  });
  it('keeps no such chain in the unsplit list (the rule of scripts/lexicon-build.ts)', async () => {
    const { readFileSync } = await import('node:fs');
    const unsplit: string[] = JSON.parse(readFileSync(new URL('../../data/gazetteer/unsplit-words.json', import.meta.url), 'utf8'));
    const { nouns } = JSON.parse(readFileSync(new URL('../../data/gazetteer/common-words.json', import.meta.url), 'utf8')) as { nouns: string[] };
    const frequent = new Set(nouns);
    const chained = unsplit.filter((w) => { const m = /^(لل|[وفبك]ال)/.exec(w); return m && frequent.has(w.slice(m[0].length)); });
    expect(chained).toEqual([]);
  });
});
