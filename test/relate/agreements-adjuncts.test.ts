import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { factsOf } from './helpers.ts';

// Sentences written for these tests: adjuncts after the signing verb, passed through the pattern
// engine's adjunct classes (data/patterns/agreements.yaml) before the subject and object are read.
const agreements = (text: string) => factsOf(text).filter((f): f is AgreementFact => f.type === 'agreement');
const parties = (text: string) => agreements(text).map((a) => a.parties.map((p) => p.id).sort());

describe('agreements: adjuncts between the signing verb and its subject', () => {
  it('passes a day and a long comma-enclosed insertion after it', () => {
    const [a, ...rest] = agreements('ووقعت أمس، وفق ما أعلنته وكالة الأنباء الرسمية، مصر والأردن مذكرة تفاهم.');
    expect(rest).toHaveLength(0);
    expect(a).toMatchObject({ status: 'signed', date: '2024-06-19' });
    expect(a?.parties.map((p) => p.id).sort()).toEqual(['EGY', 'JOR']);
  });

  it('passes a dash-enclosed insertion and a place named with its common noun', () => {
    expect(parties('ووقع أمس - بحسب وكالة الأنباء - الأردن ومصر اتفاقية تجارية.')).toEqual([['EGY', 'JOR']]);
    expect(parties('ووقعت في العاصمة الرياض، خلال زيارة قصيرة، السعودية ومصر مذكرة تفاهم.')).toEqual([['EGY', 'SAU']]);
  });

  it('reads the subject between commas after a time phrase, not as an insertion', () => {
    expect(parties('ووقع أمس الاثنين، الرئيس الروسي فلاديمير بوتين، اتفاقية شراكة مع فيتنام.')).toEqual([['RUS', 'VNM']]);
    expect(parties('ووقعت، مصر والأردن، مذكرة تفاهم.')).toEqual([['EGY', 'JOR']]);
  });

  it('keeps the negation before the verb: no agreement across the same adjuncts', () => {
    expect(agreements('ولم توقع أمس، وفق ما أعلنته وكالة الأنباء الرسمية، مصر والأردن مذكرة تفاهم.')).toEqual([]);
  });
});
