/**
 * Round 11 (issues #14, #19): agreements referred back to (الاتفاق الموقع بين، اتفاقنا مع), and the
 * audit's wrong classes in general form (الوثيقة "close", a media report's day, an old Hijri day).
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const lines = (text: string, published = '2024-06-20', title: string | null = null): string[] =>
  extractedAgreements(text, published, title).map((f: AgreementFact) => `${f.parties.map((p) => p.id).sort().join('+')}:${f.status}:${f.date ?? '-'}`);

describe('the masculine participle الموقع right after a definite agreement noun', () => {
  it('names the agreement signed between the parties after بين', () => {
    expect(lines('وأقيمت منطقة منزوعة السلاح بموجب الاتفاق الموقع بين روسيا وتركيا عام 2018.')).toEqual(['RUS+TUR:signed:2018']);
    expect(lines('وقال الوزير إن الاتفاق الموقع بين مصر والأردن في عمان لا يزال ساريا.')).toEqual(['EGY+JOR:signed:-']);
  });
  it('is the website elsewhere, or with its adjective', () => {
    expect(lines('ونشر تفاصيل الاتفاق الموقع الرسمي للرئاسة الروسية أمس.')).toEqual([]);
    expect(lines('ونشرت الوزارة على الموقع الإلكتروني نص الاتفاق مع الأردن.')).toEqual([]);
  });
});

describe('a speaker\'s «اتفاقنا مع» a state', () => {
  it('is his state\'s concluded agreement with that state', () => {
    expect(lines('وقال وزير الخارجية المصري سامح شكري إن اتفاقنا مع روسيا يشمل بناء محطة الضبعة.')).toEqual(['EGY+RUS:concluded:-']);
    expect(lines('وأكد الرئيس الروسي فلاديمير بوتين أن اتفاقنا مع الصين في مجال الغاز يمتد لثلاثين عاما.')).toEqual(['CHN+RUS:concluded:-']);
  });
  it('not with no official speaking, nor a draft or a signing to come', () => {
    expect(lines('وقال المحلل إن اتفاقنا مع الصين ما زال قائما.')).toEqual([]);
    expect(lines('وقال الرئيس الروسي فلاديمير بوتين إن مسودة اتفاقنا مع الصين جاهزة.')).toEqual([]);
    expect(lines('وقال الرئيس الروسي فلاديمير بوتين إن اتفاقنا مع الصين سيوقع في موسكو.')).toEqual([]);
  });
});

describe('الوثيقة after a noun of ties is the adjective "close"', () => {
  it('gives no agreement between the two states', () => {
    expect(lines('وأضاف أن وصول الطائرات يعكس الروابط الوثيقة بين اليمن والسعودية.')).toEqual([]);
    expect(lines('وقال الوزير إن العلاقات الوثيقة بين مصر والأردن تاريخية.')).toEqual([]);
  });
  it('the noun "the document" between two states is still read', () => {
    expect(lines('وقال الوزير إن الوثيقة بين مصر والأردن تحدد الحدود البحرية.')).toEqual(['EGY+JOR:concluded:-']);
  });
});

describe('a day word that dates a media report gives the lead no day of the act', () => {
  const body = 'أبرمت مصر اتفاقية مع روسيا للحصول على أربع طائرات حديثة لتعزيز أسطولها الجوي.';
  it('«في تقرير لها اليوم»: the concluded agreement stays undated', () => {
    expect(lines(`${body} وأوضحت قناة إخبارية مصرية في تقرير لها اليوم أن الاتفاق تم خلال مباحثات في موسكو.`, '2015-07-25')).toEqual(['EGY+RUS:concluded:-']);
  });
  it('a day word of the news itself still dates it', () => {
    expect(lines(`${body} وأوضح المتحدث اليوم أن الاتفاق تم خلال مباحثات في موسكو.`, '2015-07-25')).toEqual(['EGY+RUS:concluded:2015-07-25']);
  });
});

describe('a Hijri day before the computed calendar (hijri_table_from)', () => {
  it('dates a treaty by the Gregorian month the writer gives', () => {
    expect(lines('ووقعت الحكومتان معاهدة صداقة بين مصر والسعودية، في 16 صفر سنة 1355هـ - مايو 1936م، ثم تبادلتا السفراء.', '2015-08-10')).toEqual(['EGY+SAU:signed:1936-05']);
  });
  it('a recent Hijri day with its month keeps its day', () => {
    expect(lines('ووقعت مصر والسعودية اتفاقية للنقل البحري في 1 شوال 1436هـ - يوليو 2015م.', '2015-08-10')).toEqual(['EGY+SAU:signed:2015-07-17']);
  });
});
