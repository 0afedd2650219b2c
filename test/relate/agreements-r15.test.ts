/**
 * Round 15 (issue #14, agreement recall): an agreement noun that is the subject of the passive verb
 * after it (الاتفاق أُبرم بين…، وكانت المعاهدة قد وُقّعت بين…، اتفاقية وُقّعت بين…), and an earlier signing
 * told in passing during a dated visit with «خلالها» after the verb's subject (ووقع البلدان خلالها …),
 * kept apart from the signing of the day. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { mergeAgreements } from '../../src/resolve/facts.ts';
import { extractedAgreements } from './helpers.ts';

const lines = (text: string, published = '2016-04-04'): string[] =>
  mergeAgreements(extractedAgreements(text, published))
    .map((f: AgreementFact) => `${f.parties.map((p) => p.id).sort().join('+')}:${f.status}:${f.date ?? '-'}`).sort();

describe('a passive signing verb after its agreement noun', () => {
  it('takes the sides بين names, the noun opening its clause or after a topic lead', () => {
    expect(lines('وكانت المعاهدة قد أُبرمت بين فرنسا والأردن في باريس عام 1990.')).toEqual(['FRA+JOR:concluded:1990']);
    // An insertion between the verb and بين is read past (its date after it is left to the date reader).
    expect(lines('وكانت المعاهدة قد أُبرمت، بحسب مصادر رسمية، بين فرنسا والأردن في باريس.')).toEqual(['FRA+JOR:concluded:-']);
    expect(lines('وأكد المتحدث أن الاتفاقية وُقّعت في القاهرة عام 2011 بين مصر والأردن.')).toEqual(['EGY+JOR:signed:2011']);
    expect(lines('الاتفاق أبرم عبر اتصال مرئي بين روسيا والصين في مايو 2014.')).toEqual(['CHN+RUS:concluded:2014-05']);
    expect(lines('وقال الوزير إن مذكرة التفاهم تم توقيعها بين السعودية وفرنسا في الرياض عام 2009.')).toEqual(['FRA+SAU:signed:2009']);
  });
  it('and an indefinite noun heads an asyndetic relative clause wherever it stands', () => {
    expect(lines('وناقش الوزيران تطبيق اتفاقية تجارية وقعت بين مصر والأردن عام 2012.')).toEqual(['EGY+JOR:signed:2012']);
  });
  it('not when a bare noun after the verb is its subject (وقعت اشتباكات: "occurred")', () => {
    expect(lines('وبعد الاتفاق وقعت اشتباكات بين روسيا والصين على الحدود.')).toEqual([]);
    expect(lines('وقبل الاتفاق وقعت في البلدة مواجهات بين مصر والأردن.')).toEqual([]);
    expect(lines('وبعد اتفاق وقعت في البلدة مواجهات بين مصر والأردن.')).toEqual([]);
  });
  it('nor an act to come or with one side (يتوقع أن يبرم، أبرم مع)', () => {
    expect(lines('والاتفاق يتوقع أن يبرم بين روسيا والصين الشهر المقبل.').filter((l) => !l.includes(':planned:'))).toEqual([]);
    expect(lines('وأوضح المسؤول أن الاتفاق أبرم مع روسيا في موسكو.')).toEqual([]);
  });
  it('an indefinite noun qualified in passing takes only sides the text names, in its own clause', () => {
    expect(lines('وقال الكاتب إن الرقابة تقوم على اتفاقية أبرمت بين طرفين، ونوقشت سرا بين مصر والأردن.')).toEqual([]);
  });
  it('one agreement told twice stays one node', () => {
    // Two literals: each sentence is a robustness seed of its own (a perturbed first verb leaves the second's signing).
    expect(lines('ووقعت مصر والأردن أمس اتفاقية للتعاون في مجال المياه. ' + 'وقال الوزير إن الاتفاقية وقعت بين البلدين بعد مفاوضات طويلة.'))
      .toEqual(['EGY+JOR:signed:2016-04-03']);
  });
});

describe('«خلالها» after the verb\'s subject dates a signing by the visit before it', () => {
  it('an earlier signing told in passing is its own agreement, of the visit\'s month', () => {
    expect(lines('ووقعت الصين وباكستان أمس 20 اتفاقية. ' + 'ويعود المشروع إلى زيارة رئيس الوزراء الباكستاني إلى بكين في يوليو 2013، ووقع البلدان خلالها مذكرة تفاهم بشأنه.'))
      .toEqual(['CHN+PAK:signed:2013-07', 'CHN+PAK:signed:2016-04-03']);
    expect(lines('وكان الرئيس المصري قد زار عمان في مارس 2010، ووقعت مصر والأردن أثناءها اتفاقية للتعاون الزراعي.'))
      .toEqual(['EGY+JOR:signed:2010-03']);
  });
  it('not a date of another event than a visit, nor a signing to come', () => {
    expect(lines('واندلعت الأزمة في مارس 2010، ووقع البلدان مصر والأردن خلالها اتفاقية للهدنة.').some((l) => l.includes(':2010-03'))).toBe(false);
    expect(lines('ويزور الرئيس المصري عمان في مايو المقبل، ويتوقع أن توقع مصر والأردن خلالها اتفاقية للتعاون.').some((l) => l.includes(':signed:'))).toBe(false);
  });
});

describe('إعلان signed is a declaration when named as an instrument', () => {
  it('as a signing verb\'s object, named by بشأن, a named_by word or a purpose lam', () => {
    expect(lines('ووقع وزيرا خارجية مصر والأردن في عمان أمس إعلانا بشأن التعاون في مجال المياه.')).toEqual(['EGY+JOR:signed:2016-04-03']);
    expect(lines('ووقعت فرنسا والسعودية إعلان نوايا لإنشاء محطة للطاقة الشمسية في الرياض.')).toEqual(['FRA+SAU:signed:-']);
    expect(lines('وقع الرئيس الصيني شي جين بينغ مع نظيره الروسي في موسكو إعلانا للشراكة الاستراتيجية.')).toEqual(['CHN+RUS:signed:-']);
  });
  it('as the head of a signing verb\'s relative clause', () => {
    expect(lines('وأشاد الوزير بإعلان النوايا الذي وقعته فرنسا والأردن عام 2014.')).toEqual(['FRA+JOR:signed:2014']);
  });
  it('not an announcement (الإعلان عن، إعلان نتيجة), nor a signing to come', () => {
    expect(lines('ووقع الرئيس المصري الإعلان عن المشروع مع الأردن أمس.')).toEqual([]);
    expect(lines('وقع إعلان نتيجة الاقتراع في مصر والأردن أمس.')).toEqual([]);
    expect(lines('ومن المقرر أن توقع مصر والأردن إعلانا للتعاون الشهر المقبل.').some((l) => l.includes(':signed:'))).toBe(false);
    expect(lines('وأعلن الرئيس المصري إعلانا للتعاون مع الأردن أمس.')).toEqual([]);
  });
  it('signed by a counted subject (وقعت 13 دولة إعلانا), its sides unknown: not the states of the clause before', () => {
    expect(lines('ووقعت السعودية وفرنسا وفي اليوم نفسه وقعت 12 دولة إعلانا للتعاون في مجال الطاقة.')).toEqual([]);
    expect(lines('ووقعت مصر والأردن أمس 12 اتفاقية للتعاون.')).toEqual(['EGY+JOR:signed:2016-04-03']);
  });
});
