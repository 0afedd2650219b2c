import { describe, expect, it } from 'vitest';
import { visitLines } from './helpers.ts';

// Sentences written for these tests: a speaker placed right after his name (وأكد كيري، في القاهرة، أن…)
// was there (data/patterns/visits.yaml visit:said-at); a place further on is what was said or where
// the medium is.
const visits = (text: string) => visitLines(text);

describe('visits: a speaker placed abroad', () => {
  it('gives the speaker a visit to the place named right after him, past a comma and a place noun', () => {
    expect(visits('وأكد أوباما، في العاصمة هانوي، أن المحادثات كانت مثمرة.')).toEqual(['barack-obama VNM  done']);
    expect(visits('وقال بوتين أمس بالرياض إن التعاون يتقدم.')).toEqual(['vladimir-putin SAU 2024-06-19 done']);
  });

  it('gives none for a place in what was said, a medium\'s place, home, a posted envoy or a future speech', () => {
    expect(visits('وقال بوتين إن الوضع في هانوي هادئ.')).toEqual([]);
    expect(visits('وقال بوتين لصحيفة في هانوي إن التعاون يتقدم.')).toEqual([]);
    expect(visits('وقال بوتين في موسكو إن التعاون يتقدم.')).toEqual([]);
    expect(visits('وقال السفير فرانسوا جوييت في الرياض إن التعاون يتقدم.')).toEqual([]);
    expect(visits('وسيقول بوتين في هانوي إن التعاون يتقدم.')).toEqual([]);
  });
});
