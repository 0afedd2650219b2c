/**
 * Agreement nodes against the error classes of the second corpus audit (issue #19): an aim to reach
 * an agreement told as if reached, and a بين phrase of another noun (العلاقات بين البلدين) read as the
 * agreement's parties. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';

function agreements(text: string, published: string) {
  const { batch } = extract(ArticleRecord.parse({ id: 't', title: null, text, published, outlet: null, url: null, parent: null, origin: { file: 'test' } }));
  return batch.nodes.filter((n) => n.label === 'Agreement').map((n) => ({
    id: n.id,
    status: n.props.status,
    parties: batch.edges.filter((e) => e.type === 'PARTY_TO' && e.to.id === n.id).map((e) => e.from.id).sort(),
  }));
}

describe('an aim to reach an agreement is no agreement', () => {
  it('the purpose lam or a purpose cue before reaching records nothing', () => {
    expect(agreements('وعمل وزير الخارجية الياباني طويلا للتوصل إلى اتفاق مع الصين حول الجزر.', '2015-06-10')).toEqual([]);
    expect(agreements('وتبذل تركيا جهودا من أجل التوصل إلى اتفاق مع اليونان.', '2015-06-10')).toEqual([]);
    expect(agreements('وسافر الوفد المصري إلى روما بهدف إبرام اتفاق مع إيطاليا.', '2015-06-10')).toEqual([]);
  });

  it('a reached agreement stands', () => {
    const got = agreements('وتوصلت اليابان إلى اتفاق مع الصين حول الجزر.', '2015-06-10');
    expect(got.map((a) => a.parties)).toEqual([['CHN', 'JPN']]);
    expect(got[0]?.status).toBe('concluded');
  });

  it('an aim to sign stays a planned signing', () => {
    const got = agreements('ووصل الرئيس الفرنسي إلى القاهرة لتوقيع اتفاقية مع مصر.', '2015-06-10');
    expect(got.map((a) => [a.status, a.parties])).toEqual([['planned', ['EGY', 'FRA']]]);
  });
});

describe('a call for a signing is no signing', () => {
  it('the need or importance of signing records nothing', () => {
    expect(agreements('وعرفت مفاوضات التجارة الحرة بين ماليزيا وكندا عقبات ولم يقتنع الكنديون بأهمية التوقيع على الاتفاقية.', '2015-06-10')).toEqual([]);
    expect(agreements('وأكد الوزير ضرورة التوقيع على الاتفاقية بين ماليزيا وكندا.', '2015-06-10')).toEqual([]);
  });

  it('the importance of a signed agreement leaves it standing', () => {
    expect(agreements('وأكد الوزير أهمية الاتفاقية التي وقعتها ماليزيا وكندا أمس.', '2015-06-10').map((a) => a.parties)).toEqual([['CAN', 'MYS']]);
  });
});

describe('signers left unnamed by a relative clause are not guessed', () => {
  it('a common noun heading the signing clause takes neither the words before it nor the actor', () => {
    expect(agreements('وقال الرئيس الأمريكي إن الدول التي وقعت مع كوريا الشمالية اتفاقا أخطأت.', '2015-06-10')).toEqual([]);
    expect(agreements('وهذا ما نشرحه للرئيس الأمريكي وللدول التي وقعت مع كوريا الشمالية تلك الاتفاقية.', '2015-06-10')).toEqual([]);
  });

  it('a named signer stands', () => {
    expect(agreements('ووقعت الصين مع باكستان اتفاقية تعاون أمس.', '2015-06-10').map((a) => a.parties)).toEqual([['CHN', 'PAK']]);
  });
});

describe('a بين phrase of another noun names no party', () => {
  it('relations between two states after the agreement are not its parties', () => {
    const got = agreements('وزار وزير ألماني طهران بعد إبرام الاتفاق بهدف تعزيز العلاقات التجارية بين ألمانيا وإيران.', '2015-07-24');
    expect(got.some((a) => a.parties.join('+') === 'DEU+IRN')).toBe(false);
  });

  it('بين after a new agreement, its name or its purpose, gives the parties', () => {
    expect(agreements('ووقعت اتفاقية للتجارة الحرة بين ماليزيا وتايلاند أمس.', '2015-06-10').map((a) => a.parties)).toEqual([['MYS', 'THA']]);
    expect(agreements('ووقعت اتفاقية لتعزيز العلاقات بين ماليزيا وتايلاند أمس.', '2015-06-10').map((a) => a.parties)).toEqual([['MYS', 'THA']]);
    expect(agreements('ووقعت ماليزيا اتفاقا لترسيم الحدود بين ماليزيا وتايلاند أمس.', '2015-06-10').map((a) => a.parties)).toEqual([['MYS', 'THA']]);
  });
});
