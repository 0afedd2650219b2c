/**
 * Registry references added for issues #14/#19: a multilateral instrument is its registry entry, not the
 * two states a sentence names (the TPP, the 1954 Geneva accords), also when its signing is still
 * planned; "the agreement with Iran" after the JCPOA; and, in an instrument's first weeks, its
 * description needs its context only somewhere in the article. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const facts = (text: string, published: string, title: string | null = null): AgreementFact[] => extractedAgreements(text, published, title);
const brief = (f: AgreementFact): [string | null | undefined, string, number] => [f.registry, f.status, f.parties.length];

describe('a multilateral instrument keeps all its parties', () => {
  it('the TPP named after it was concluded has its twelve parties', () => {
    expect(facts('وانتقدت الصين اتفاق الشراكة عبر المحيط الهادئ الذي وقعته الولايات المتحدة واليابان.', '2016-03-01').map(brief)).toEqual([['tpp-2016', 'concluded', 12]]);
  });
  it('a planned signing of it, before it was made, is planned with those parties, not the two named', () => {
    expect(facts('وتقترب الولايات المتحدة واليابان من توقيع اتفاق الشراكة عبر المحيط الهادئ.', '2015-07-27').map(brief)).toEqual([['tpp-2016', 'planned', 12]]);
  });
  it('a planned signing of an unnamed agreement keeps the states its clause names', () => {
    expect(facts('وتقترب الولايات المتحدة واليابان من توقيع اتفاق للتجارة.', '2015-07-27').map(brief)).toEqual([[undefined, 'planned', 2]]);
  });
  it('the 1954 Geneva accords in an Indochina context are that instrument', () => {
    expect(facts('1954 - توقيع اتفاقات جنيف التي أنهت حرب الهند الصينية بين فرنسا وفيتنام.', '2015-07-20').map((f) => [f.registry, f.date])).toEqual([['geneva-accords-1954', '1954-07-20']]);
  });
  it('the Geneva conventions, or «اتفاقات جنيف» with no Indochina state, are not', () => {
    expect(facts('وأدانت المنظمة انتهاك اتفاقيات جنيف في غزة.', '2015-07-20').map((f) => f.registry)).toEqual(['geneva-conventions-1949']);
    expect(facts('وتحدث الوزير عن اتفاقات جنيف في ندوة بالرياض.', '2015-07-20').map((f) => f.registry)).toEqual([]);
  });
});

describe('"the agreement with Iran"', () => {
  it('after the JCPOA was made it is the JCPOA', () => {
    expect(facts('وهاجم السيناتور الاتفاق مع إيران في خطاب أمس.', '2015-07-22').map((f) => f.registry)).toEqual(['jcpoa']);
  });
  it('before it, or as "it was agreed with Iran", it is none', () => {
    expect(facts('وهاجم السيناتور الاتفاق مع إيران في خطاب أمس.', '2015-03-01').map((f) => f.registry)).toEqual([]);
    expect(facts('وتم الاتفاق مع إيران على تبادل السفراء.', '2015-07-22').map((f) => f.registry)).toEqual([]);
  });
});

describe('in an instrument\'s first weeks its description needs its context somewhere in the article', () => {
  const text = 'وقال وزير الخارجية الإيراني إن بلاده ستلتزم بتعهداتها. وتحدث النائب عن الانتخابات المقبلة. وانتقد المرشح الضرائب الجديدة. وقال محلل إن الاتفاق النووي سيغير المنطقة.';
  it('three sentences after Iran, weeks after the JCPOA, الاتفاق النووي is the JCPOA', () => {
    expect(facts(text, '2015-07-25').map((f) => f.registry)).toEqual(['jcpoa']);
  });
  it('a year on, the context must stand near it again', () => {
    expect(facts(text, '2016-09-01').map((f) => f.registry)).toEqual([]);
  });
});

describe('the 2015 Cairo Declaration', () => {
  it('«إعلان القاهرة» near Saudi Arabia is the Saudi–Egyptian declaration of 30 July 2015', () => {
    const got = facts('وأكدت السعودية أهمية إعلان القاهرة للتعاون بين البلدين.', '2015-08-02');
    expect(got.map((f) => [f.registry, f.date, f.parties.map((p) => p.id).sort()])).toEqual([['saudi-egypt-cairo-declaration-2015', '2015-07-30', ['EGY', 'SAU']]]);
  });
  it('Saudi Arabia does not tell it apart: another Saudi signing of those weeks stays its own', () => {
    const got = facts('ووقعت السعودية وناميبيا أمس بروتوكولا لإقامة العلاقات الدبلوماسية.', '2015-08-02');
    expect(got.map((f) => [f.registry ?? null, f.parties.map((p) => p.id).sort()])).toEqual([[null, ['NAM', 'SAU']]]);
  });
});
