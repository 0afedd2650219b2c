/**
 * Verbs and function words whose first letter is a clitic letter before a word of their own (issue
 * #14): كانت is not ك + أنت, باتت not ب + أتت, لديه not ل + ديه. Kept whole (unsplit-words.manual.yaml),
 * they still take a conjunction: وكانت is و + كانت, the auxiliary tense cues look for.
 */
import { describe, expect, it } from 'vitest';
import { normaliseArabic, splitClitics } from '../../src/normalise/index.ts';

const split = (w: string) => { const a = splitClitics(normaliseArabic(w)); return [...a.prefixes, a.stem].join('+'); };

describe('clitics: auxiliaries and function words that begin with ب ك ل', () => {
  it('keeps the auxiliaries whole', () => {
    for (const w of ['كانت', 'كانا', 'باتت', 'باتوا', 'لازالت', 'كونه']) expect(split(w)).toBe(normaliseArabic(w));
  });
  it('splits only the conjunction off them', () => {
    expect(split('وكانت')).toBe('و+كانت');
    expect(split('فكانت')).toBe('ف+كانت');
    expect(split('وكانا')).toBe('و+كانا');
    expect(split('وباتت')).toBe('و+باتت');
    expect(split('ولديه')).toBe('و+لديه');
  });
  it('keeps whole the function words a pronoun ends (لديه، بينه، كلها) and كلما', () => {
    for (const w of ['لديه', 'لدينا', 'بينه', 'بعده', 'كلها', 'كلهم', 'كلما', 'بيانا']) expect(split(w)).toBe(normaliseArabic(w));
  });
  it('still splits a real preposition before a word that begins like them', () => {
    expect(split('كانتقال')).toBe('ك+انتقال');
    expect(split('باتفاق')).toBe('ب+اتفاق');
    expect(split('لبيان')).toBe('ل+بيان');
    expect(split('كالعادة')).toBe('ك+ال+عاده');
  });
});
