import { describe, expect, it } from 'vitest';
import type { AgreementFact, VetoFact } from '../../src/model.ts';
import { factsOf } from './helpers.ts';

// Sentences written for these tests: «كل من X وY» ("each of X and Y") before a verb's arguments.
// Its من is partitive: the names after it are the arguments كل stands for, not an oblique.
const agreements = (text: string) => factsOf(text).filter((f): f is AgreementFact => f.type === 'agreement');
const parties = (text: string) => agreements(text).map((a) => a.parties.map((p) => p.id).sort());

describe('«كل من» before the arguments of a verb', () => {
  it('reads the states after «كل من» as the signing subject', () => {
    expect(parties('وقعت كل من مصر والأردن أمس اتفاقية للتعاون في مجال الطاقة.')).toEqual([['EGY', 'JOR']]);
    expect(parties('ووقعت كلا من السعودية وفرنسا مذكرة تفاهم للتعاون الاقتصادي.')).toEqual([['FRA', 'SAU']]);
  });

  it('reads them as the casters of a veto', () => {
    const vetoes = factsOf('واستخدمت كل من روسيا والصين حق النقض في مجلس الأمن ضد مشروع القرار.').filter((f): f is VetoFact => f.type === 'veto');
    expect(vetoes.map((v) => v.by).sort()).toEqual(['CHN', 'RUS']);
  });

  it('keeps them oblique when a preposition governs «كل»', () => {
    // Delegates "from each of" two states attended: they are not the signers.
    expect(parties('ووقعت مصر اتفاقية للتعاون الاقتصادي بحضور ممثلين عن كل من السعودية وفرنسا.')).not.toContainEqual(['EGY', 'FRA', 'SAU']);
    expect(parties('ووقعت مصر اتفاقية للتعاون الاقتصادي بحضور ممثلين عن كل من السعودية وفرنسا.').flat()).not.toContain('SAU');
  });

  it('does not take «كل من» "whoever" for a party', () => {
    expect(agreements('وقالت مصر إن كل من يخالف الاتفاقية سيحاسب.')).toEqual([]);
  });
});
