/**
 * Agreement classes of the r5–r7 corpus audits (issue #19): «الطرفان» reaching back to two states named
 * far before it, a planned signing of a registry instrument dated by the day it was made later, the
 * 1954 Geneva accords given a state that only attended, a Hijri day kept only as its Gregorian month,
 * a signing left undated where the sentence dates the visit that saw it or that it was part of, and the
 * day's story dated by its lead's day rather than the day the paper printed it.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { ArticleRecord, type AgreementFact } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';
import { datesIn } from '../../src/relate/dates.ts';
import { extractedAgreements } from './helpers.ts';
import { factGraph } from '../../src/resolve/facts.ts';

function doc(text: string, published: string) {
  return extract(ArticleRecord.parse({ id: 't', title: null, text, published, outlet: null, url: null, parent: null, origin: { file: 'test' } })).doc;
}
const facts = (text: string, published = '2015-07-21'): AgreementFact[] => extractedAgreements(text, published);
const parties = (f: AgreementFact): string[] => f.parties.map((p) => p.id).sort();

describe('«الطرفان» names two states only when they stand near it', () => {
  it('two states of the sentence before are the two sides', () => {
    const got = facts('ووصل الرئيس المصري إلى الرياض أمس في زيارة رسمية. ووقع الطرفان اتفاقية للتعاون في مجال الطاقة.');
    expect(got.map(parties)).toEqual([['EGY', 'SAU']]);
  });
  it('two states of the same sentence are the two sides', () => {
    const got = facts('وبعد محادثات بين الأردن والسعودية وقع الطرفان مذكرة تفاهم في مجال النقل.');
    expect(got.map(parties)).toEqual([['JOR', 'SAU']]);
  });
  it('two states named paragraphs earlier are not the sides of a story\'s treaty between tribes', () => {
    const text = 'واستقرت تلك القبائل في سهول المجر الحالية. وكان زعيمها يطمع في ذهب الإمبراطورية. '
      + 'ورفض الإمبراطور دفع الجزية مرة أخرى. وأرسل القائد جيوشه إلى بلاد الغال أي فرنسا. '
      + 'وكان صديقه القديم رهينة لدى القبائل ضمانا لمعاهدة السلام التي وقعت بين الطرفين.';
    expect(facts(text).filter((f) => f.parties.length > 0).map(parties)).not.toContainEqual(['FRA', 'HUN']);
  });
  it('«البلدان» still reaches back to the two states in focus', () => {
    const text = 'واستقبل الملك سلمان في الرياض رئيس وزراء الأردن. وتناول اللقاء العلاقات الثنائية. وبحث الجانبان الأوضاع في المنطقة. ووقع البلدان اتفاقية للتعاون الجمركي.';
    expect(facts(text).map(parties)).toContainEqual(['JOR', 'SAU']);
  });
});

describe('a registry instrument whose signing is still planned', () => {
  const nodes = (text: string, published: string) => factGraph(doc(text, published)).nodes.filter((n) => n.label === 'Agreement').map((n) => [n.id, n.props.status, n.props.date]);
  it('is not dated by the later day it was concluded', () => {
    expect(nodes('وتقترب الولايات المتحدة واليابان من توقيع اتفاق الشراكة عبر المحيط الهادئ.', '2015-07-27')).toEqual([['tpp-2016', 'planned', null]]);
  });
  it('once concluded it keeps its day', () => {
    expect(nodes('وانتقدت الصين اتفاق الشراكة عبر المحيط الهادئ الذي وقعته الولايات المتحدة واليابان.', '2016-03-01')).toEqual([['tpp-2016', 'concluded', '2015-10-05']]);
  });
});

describe('the 1954 Geneva accords', () => {
  it('have as parties the states that accepted them, not the United States that only attended', () => {
    const [f] = facts('1954 - توقيع اتفاقات جنيف التي أنهت حرب الهند الصينية بين فرنسا وفيتنام.', '2015-07-20');
    expect(f?.registry).toBe('geneva-accords-1954');
    expect(parties(f!)).toContain('FRA');
    expect(parties(f!)).not.toContain('USA');
  });
});

describe('a Hijri day given with its Gregorian month and year', () => {
  const read = (t: string) => datesIn(t, '2015-08-10').map((d) => [d.date ?? d.range?.[0].slice(0, 7), d.precision]);
  it('is that day, converted by the Umm al-Qura calendar', () => {
    // Before 1420 AH a month began on a sighting the table can miss by a day (16 Safar 1355 was 7 May
    // 1936 in the treaty's text; the table says 8 May): the Gregorian month only (round 11, audit r9/r10).
    expect(read('في 16 صفر سنة 1355هـ - مايو 1936م')).toEqual([['1936-05', 'month']]);
    expect(read('يوم 1 رمضان 1436 هـ (يونيو 2015)')).toEqual([['2015-06-18', 'day']]);
    // Umm al-Qura, not the arithmetic calendar: Eid al-Fitr 1436 was Friday 17 July 2015 (arithmetic: 18 July).
    expect(read('في 1 شوال 1436هـ - يوليو 2015م')).toEqual([['2015-07-17', 'day']]);
  });
  it('is only the Gregorian month when the conversion falls outside it', () => {
    expect(read('في 1 رمضان 1436هـ - مايو 2015م')).toEqual([['2015-05', 'month']]);
  });
  it('a Hijri date alone, or صفر and رجب outside that frame, give no Gregorian date', () => {
    expect(read('في 3 رجب 1436هـ')).toEqual([]);
    expect(read('التقى 3 من أنصار رجب طيب أردوغان في مايو 2015')).toEqual([['2015-05', 'month']]);
  });
  it('dates the treaty signed on it', () => {
    const got = facts('ووقعت الحكومتان أول معاهدة صداقة بين مصر والسعودية، في 16 صفر سنة 1355هـ - مايو 1936م، ثم تبادل البلدان السفراء.', '2015-08-10');
    expect(got.map((f) => [parties(f), f.date])).toEqual([[['EGY', 'SAU'], '1936-05']]);
  });
});

describe('a signing the sentence ties to an event it has just dated', () => {
  it('«… في يوليو 2008 وهي الزيارة التي شهدت توقيع» takes the visit\'s month', () => {
    const got = facts('وكان الأمير قد زار موسكو في مايو 2006 ثم في يوليو 2008 وهي الزيارة التي شهدت توقيع اتفاقية للتعاون العسكري بين السعودية وروسيا.', '2015-08-02');
    expect(got.map((f) => [parties(f), f.date])).toEqual([[['RUS', 'SAU'], '2008-07']]);
  });
  it('a bare «وشهدت الزيارة توقيع» after another clause\'s date is not dated by it', () => {
    const got = facts('وتعود العلاقات بين البلدين إلى عام 1990، وشهدت القمة توقيع اتفاقية للتعاون بين مصر والسعودية.', '2015-08-02');
    expect(got.map((f) => f.date)).toEqual([null]);
  });
});

describe('a signing with its subject dropped after a dated visit', () => {
  it('«أجرى زيارة … في منتصف يونيو الماضي …، ووقع اتفاقيات» takes the visit\'s month', () => {
    const got = facts('وكان الوزير قد أجرى زيارة عمل إلى روسيا في منتصف يونيو الماضي اجتمع خلالها بنظيره، ووقع اتفاقيات تعاون بين موسكو والرياض.', '2015-08-11');
    expect(got.map((f) => [parties(f), f.date])).toEqual([[['RUS', 'SAU'], '2015-06']]);
  });
  it('a date of no visit does not date it', () => {
    const got = facts('وذكر الوزير أن العلاقات تعود إلى عام 1950، ووقع اتفاقيات تعاون بين موسكو والرياض.', '2015-08-11');
    expect(got.map((f) => f.date)).toEqual([null]);
  });
  it('a visit still to come does not date a signing told as done', () => {
    const got = facts('وقال إن الرئيس سيقوم بزيارة إلى موسكو في نوفمبر المقبل، ووقع اتفاقيات تعاون بين موسكو والرياض.', '2015-08-11');
    expect(got.map((f) => f.date)).not.toContain('2015-11');
  });
});

describe('an undated act of the day\'s story', () => {
  it('takes the day the lead gives (أمس), not the day the paper printed it', () => {
    const got = facts('جرى أمس الأربعاء في الرياض توقيع اتفاقية للتعاون بين مصر والسعودية. وتناولت المباحثات العلاقات الثنائية. ووقعت السعودية والأردن كذلك مذكرة تفاهم في مجال الطاقة.', '2015-08-06');
    expect(got.map((f) => f.date)).toEqual(['2015-08-05', '2015-08-05']);
  });
  it('a lead day weeks before the article is no news day: an undated act further down is of that story, not of the published day', () => {
    const got = facts('وقعت السعودية ومصر في 3 يونيو اتفاقية للتعاون. وتناولت المباحثات العلاقات الثنائية. ووقعت السعودية والأردن مذكرة تفاهم في مجال الطاقة.', '2015-08-06');
    expect(got.map((f) => f.date)).toEqual(['2015-06-03', null]);
  });
});

describe('Sri Lanka as Saudi papers spell it', () => {
  it('«سيرلانكا» in a list of labour-agreement partners is LKA', () => {
    const got = facts('ووقعت السعودية اتفاقيات ثنائية للعمالة المنزلية مع أربع دول هي: الفلبين، الهند، سيرلانكا، النيجر.', '2015-07-24');
    expect(got.map(parties)).toContainEqual(['LKA', 'SAU']);
  });
});

describe('a year right before the agreement noun', () => {
  it('is the date, not a count of texts, and leaves the noun its kind', () => {
    const got = facts('وكان البلدان قد وقعا عام 1982 اتفاقية ثنائية للتعاون الأمني بين السعودية وباكستان.', '2015-08-02');
    expect(got.map((f) => [f.kind, f.count, f.date])).toEqual([['security', null, '1982']]);
  });
  it('a number after a date still counts the texts', () => {
    const got = facts('ووقعت السعودية وباكستان في 5 مايو 11 اتفاقية للتعاون.', '2015-08-02');
    expect(got.map((f) => [f.count, f.date])).toEqual([[11, '2015-05-05']]);
  });
});

describe('an act told as the close of the story\'s event', () => {
  const lead = 'استقبل الملك سلمان أمس في جدة الرئيس التونسي. وتناول اللقاء العلاقات الثنائية. ';
  it('«وفي ختام المباحثات، صدر بيان مشترك» is of the day\'s story though the lead tells no signing', () => {
    const got = facts(`${lead}وفي ختام المباحثات، صدر بيان مشترك بين تونس والسعودية بشأن التجارة.`, '2015-08-06');
    expect(got.map((f) => [parties(f), f.date])).toEqual([[['SAU', 'TUN'], '2015-08-05']]);
  });
  it('without it, a joint statement named in passing is not dated by the article', () => {
    const got = facts(`${lead}وصدر بيان مشترك بين تونس والسعودية بشأن التجارة.`, '2015-08-06');
    expect(got.map((f) => f.date)).toEqual([null]);
  });
});
