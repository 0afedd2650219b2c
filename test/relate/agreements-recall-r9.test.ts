/**
 * Agreement recall on unseen news text (issue #14, round 9's audit of corpus sentences): an agreement
 * named by one party's nisba and the other side after مع, a nisba pair in quotation marks, and named
 * instruments the registry lacked. Sentences are written for these tests (each rule: the case it
 * reads and the trap it must not fire on).
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const facts = (text: string, published: string = '2015-08-09', title: string | null = null): AgreementFact[] => extractedAgreements(text, published, title);
const parties = (f: AgreementFact): string[] => f.parties.map((p) => p.id).sort();

describe('one nisba and the other side after مع name a concluded agreement', () => {
  it('a state named after مع is the other party', () => {
    const f = facts('وتغير مسار الغارات الجوية بعد الاتفاق الأميركي مع تركيا الذي ينص على فتح القواعد.');
    expect(f.map((x) => [parties(x), x.status])).toEqual([[['TUR', 'USA'], 'concluded']]);
    const eu = facts('وانتقد النائب الاتفاق التركي مع الاتحاد الأوروبي بشأن اللاجئين.');
    expect(eu.map(parties)).toEqual([['EU', 'TUR']]);
  });

  it('a vague other side is the registry instrument of the named one, or nothing', () => {
    const jcpoa = facts('وتراجعت الأسواق الخليجية بسبب الاتفاق الإيراني مع القوى الكبرى وهبوط أسعار النفط.');
    expect(jcpoa.map((x) => x.registry)).toEqual(['jcpoa']);
    expect(facts('وقال الوزير إن الاتفاق الروسي مع الغرب ما زال بعيدا.')).toEqual([]);
  });

  it('a draft, a prospect or a person\'s nisba records nothing', () => {
    expect(facts('وبحث الوزيران مشروع الاتفاق الروسي مع الصين في مجال الطاقة.')).toEqual([]);
    expect(facts('وتحدث الوزير عن الاتفاق الروسي مع الصين المحتمل في مجال الطاقة.')).toEqual([]);
    expect(facts('وعلق اللاعب البرازيلي مع ناديه على الاتفاق.')).toEqual([]);
  });
});

describe('a nisba pair may stand in quotation marks', () => {
  const body = 'وقال الوزير إن العمل في الميناء سيبدأ الشهر المقبل.';
  it('a headline\'s quoted pair names the parties', () => {
    const f = facts(body, '2015-08-09', 'اتفاق «مصري - يوناني»: ميناء للتصدير مقابل خط للغاز');
    expect(f.map((x) => [parties(x), x.status, x.name_ar])).toEqual([[['EGY', 'GRC'], 'concluded', 'اتفاق مصري - يوناني']]);
  });

  it('a quoted pair agreeing on a stance is still a meeting of minds', () => {
    expect(facts(body, '2015-08-09', 'اتفاق «روسي - صيني» على مواجهة النفوذ الأمريكي في آسيا')).toEqual([]);
  });
});

describe('well-known instruments the news refers back to', () => {
  it('are read by their names, with the registry\'s facts', () => {
    const got = (s: string) => facts(s).map((f) => [f.registry, f.status, f.date]);
    expect(got('وأكد المتحدث التزام بلاده بالميثاق العربي لحقوق الإنسان.')).toEqual([['arab-charter-human-rights-2004', 'concluded', '2004-05-22']]);
    expect(got('وقالت الوزارة إن الخطوة تخالف ميثاق منظمة التعاون الإسلامي.')).toEqual([['oic-charter-2008', 'concluded', '2008-03-14']]);
    expect(got('وولد البنك الدولي من اتفاقات بريتون وودز قبل سبعين عاما.')).toEqual([['bretton-woods-1944', 'concluded', '1944-07-22']]);
    expect(got('ودعا الكاتب إلى تفعيل الاتفاقية الخليجية الأمنية.').map((f) => f[0])).toEqual(['gcc-security-agreement-2012']);
  });

  it('the Minsk ceasefire described by its place is the latest Minsk agreement, where Ukraine and Russia are the news', () => {
    const f = facts('وخفت حدة القتال بين أوكرانيا وروسيا منذ اتفاق لوقف إطلاق النار في مينسك قبل أشهر.');
    expect(f.map((x) => [x.registry, parties(x)])).toEqual([['minsk-2', ['OSCE', 'RUS', 'UKR']]]);
  });

  it('the organisation, the conference or the city alone is no agreement', () => {
    expect(facts('وشارك الوزير في اجتماع منظمة التعاون الإسلامي في جدة.')).toEqual([]);
    expect(facts('وعقد مؤتمر بريتون وودز في صيف عام 1944.')).toEqual([]);
    expect(facts('ووصل الوفد إلى مينسك لحضور بطولة الشطرنج.')).toEqual([]);
  });
});

describe('a definite agreement noun with its parties after بين is referred back to as concluded', () => {
  it('names the parties, in a sentence or a headline', () => {
    const f = facts('وقال الكاتب إن الاتفاق الأخير بين أميركا وتركيا غير موازين القوى في الشمال.');
    expect(f.map((x) => [parties(x), x.status])).toEqual([[['TUR', 'USA'], 'concluded']]);
    const headline = facts('وقال مسؤول في السعودية إن الدورات تبدأ الشهر المقبل.', '2015-08-09', 'الاتفاق بين المملكة وألمانيا على تدريب حرس الحدود');
    expect(headline.map(parties)).toEqual([['DEU', 'SAU']]);
  });

  it('talks about it, a draft of it, a stance or views agreed on record nothing', () => {
    expect(facts('وتعثرت المفاوضات حول الاتفاق بين تركيا والولايات المتحدة في مجال الدفاع.')).toEqual([]);
    expect(facts('وناقش النواب مسودة الاتفاق بين تركيا والولايات المتحدة.')).toEqual([]);
    expect(facts('وأكد البيان الاتفاق بين تركيا والولايات المتحدة على ضرورة مكافحة الإرهاب.')).toEqual([]);
    expect(facts('وأشاد السفير بالاتفاق بين تركيا والولايات المتحدة في وجهات النظر.')).toEqual([]);
  });
});
