import { describe, expect, it } from 'vitest';
import type { AgreementFact, VetoFact } from '../../src/model.ts';
import { factsOf } from './helpers.ts';

// Sentences written for these tests: arguments given in a form other than a plain name after the
// verb or preposition. «كل من X وY» ("each of X and Y"): its من is partitive, the names after it are
// the arguments كل stands for. بينهما ("between the two of them"): the two states just named.
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

describe('«بينهما»: the parties of an agreement given only by the dual pronoun', () => {
  it('names the two states of the sentence before, for an agreement the clause gives no side of', () => {
    expect(parties('زار الملك سلمان مصر أمس. وبحث الجانبان تنفيذ الاتفاقية الموقعة بينهما للتعاون في مجال الطاقة.')).toEqual([['EGY', 'SAU']]);
    expect(parties('وبحثت السعودية وفرنسا أمس تنفيذ مذكرة التفاهم الموقعة بينهما في مجال النقل.')).toEqual([['FRA', 'SAU']]);
  });

  it('makes nobody a signatory: the pair names states, not who signed', () => {
    const [a] = agreements('زار الملك سلمان مصر أمس. وبحث الجانبان تنفيذ الاتفاقية الموقعة بينهما للتعاون في مجال الطاقة.');
    expect(a?.signatories).toEqual([]);
  });

  it('leaves the sides a clause names itself', () => {
    // The subject and مع are the parties; the city of the signing is no side.
    expect(parties('ووقعت السعودية في باريس أمس مع مصر على بروتوكول لإقامة علاقات دبلوماسية بينهما.')).toEqual([['EGY', 'SAU']]);
  });

  it('names no parties when not exactly two states were just named', () => {
    expect(parties('وبحث وزراء خارجية مصر والأردن والسعودية تنفيذ الاتفاقية الموقعة بينهما.')).toEqual([]);
    expect(parties('وقال المتحدث إن الشركتين ستنفذان الاتفاقية الموقعة بينهما.')).toEqual([]);
  });
});
