/**
 * A done act that names one side of an agreement (عقب توصل طهران لاتفاق نووي) or gives the other as a
 * group of states (بين إيران ومجموعة 5+1) makes no node of its own; where that named side is the one
 * telling a registry agreement of the weeks before apart (Iran for the JCPOA), it is that agreement
 * (issue #14, references back). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const facts = (text: string, published: string = '2015-07-21'): AgreementFact[] => extractedAgreements(text, published);
const registries = (fs: AgreementFact[]): (string | null | undefined)[] => fs.map((f) => f.registry);

describe('one named side of a done act, telling a registry agreement of its weeks', () => {
  it('a verbal noun with Iran as its subject is the JCPOA, with its parties and day', () => {
    const [f, ...rest] = facts('وارتفعت صادرات النفط الإيرانية بعد توصل طهران إلى اتفاق نووي الأسبوع الماضي.');
    expect(rest).toEqual([]);
    expect([f?.registry, f?.date, f?.parties.length]).toEqual(['jcpoa', '2015-07-14', 8]);
  });

  it('Iran and a group of states after بين is the JCPOA too', () => {
    expect(registries(facts('ووصل الوزير إلى طهران بعد أيام من التوصل إلى اتفاق بين إيران ومجموعة 5+1 حول برنامجها النووي.'))).toEqual(['jcpoa']);
    expect(registries(facts('ويأتي ذلك بعد توقيع الاتفاق في فيينا بين إيران والقوى الكبرى.'))).toEqual(['jcpoa']);
  });

  it('a side that tells no registry agreement leaves nothing', () => {
    expect(facts('وارتفعت صادرات الغاز بعد توصل مصر إلى اتفاق للطاقة الأسبوع الماضي.')).toEqual([]);
  });

  it('an agreement of Iran in those weeks whose words and clause give another matter is not the JCPOA', () => {
    expect(facts('وقال المسؤول إن بلاده توصلت إلى اتفاق مع إيران لبناء ميناء على الخليج.')).toEqual([]);
  });

  it('a prospect is no agreement reached', () => {
    expect(facts('وهبطت أسعار النفط مع اقتراب إيران من التوصل إلى اتفاق نووي.')).toEqual([]);
    expect(facts('وهبطت أسعار النفط مع قرب التوصل إلى اتفاق نووي مع إيران.')).toEqual([]);
  });

  it('Iran only as the leader in focus, not a side of the clause, tells nothing', () => {
    expect(facts('وقال روحاني إن المفاوضات كانت صعبة. وأضاف أن التوصل إلى اتفاق تطلب سنوات.')).toEqual([]);
  });

  it('before the registry agreement was made, the one side names none of it', () => {
    expect(facts('وارتفعت صادرات النفط الإيرانية بعد توصل طهران إلى اتفاق نووي.', '2015-03-01').filter((f) => f.registry === 'jcpoa')).toEqual([]);
  });
});

describe('a will to reach an agreement is an aim', () => {
  it('seriousness or a wish to reach one records nothing', () => {
    expect(facts('وقال المحلل إن طهران جادة في التوصل إلى اتفاق نووي مع القوى الكبرى.')).toEqual([]);
    expect(facts('وأبدت مصر رغبتها في التوصل إلى اتفاق مع الأردن.')).toEqual([]);
  });
  it('the agreement reached after the talks is still read', () => {
    expect(registries(facts('وقال المحلل إن طهران توصلت إلى اتفاق نووي مع القوى الكبرى الأسبوع الماضي.'))).toEqual(['jcpoa']);
  });
});

describe('«بين البلدين» of another noun stands for the sides the clause names', () => {
  it('flights "between the two countries" after a signing with مع add no two states named before', () => {
    const got = facts('ونشطت الميليشيات في ليبيا، رغم أن الرئيس وقع اتفاقا مع طهران بتسيير رحلات طيران بين البلدين في 2010.');
    expect(got.map((f) => f.parties.map((p) => p.id).sort())).not.toContainEqual(['IRN', 'LBY']);
  });
  it('with no side of its own, the agreement between the two countries is theirs', () => {
    const got = facts('وزار الوزير ليبيا وتونس. ووقعت اتفاقية لتعزيز العلاقات بين البلدين.');
    expect(got.map((f) => f.parties.map((p) => p.id).sort())).toEqual([['LBY', 'TUN']]);
  });
});
