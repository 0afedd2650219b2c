import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { factsOf } from './helpers.ts';

// Sentences written for these tests: adjuncts after the arrival verb, passed through the pattern
// engine's adjunct classes (data/patterns/visits.yaml) before the visitor and destination are read.
const visits = (text: string) => factsOf(text).filter((f): f is VisitFact => f.type === 'visit');

describe('visits: adjuncts between the verb and its visitor', () => {
  it('reads the visitor past a time phrase and a dash-enclosed insertion', () => {
    const [v, ...rest] = visits('ووصل مساء أمس - بحسب الوكالة - بوتين إلى هانوي في زيارة رسمية.');
    expect(rest).toHaveLength(0);
    expect(v).toMatchObject({ visitor: { id: 'vladimir-putin' }, to: 'VNM', status: 'done', date: '2024-06-19' });
  });

  it('reads the visitor named after the insertion, not from the discourse', () => {
    expect(visits('ووصل أمس، بحسب ما أعلنته وكالة الأنباء الرسمية، بوتين إلى هانوي.')[0]?.evidence[0]?.rule).toMatch(/^visit:verb\+mention/);
  });

  it('gives no visit to the visitor\'s own capital, nor a negated arrival, across the same adjuncts', () => {
    expect(visits('ووصل أمس، بحسب ما أعلنته وكالة الأنباء الرسمية، بوتين إلى موسكو.')).toEqual([]);
    expect(visits('ولم يصل أمس - بحسب الوكالة - بوتين إلى هانوي.')).toEqual([]);
  });
});
