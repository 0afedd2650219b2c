// Dates at the precision the text gives them: a month or a year is kept as YYYY-MM or YYYY (never
// null, never the article's day), a relative one resolved against the publication day; a fact told
// as the day's news keeps its day. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { datesIn, factDate, hasMonthName } from '../../src/relate/dates.ts';
import { wordsOf } from '../../src/relate/words.ts';
import { tokenise } from '../../src/normalise/tokenise.ts';
import type { AgreementFact, VisitFact } from '../../src/model.ts';
import { factsOf } from './helpers.ts';

const PUB = '2015-08-10';
const one = (text: string, forward = false, pub: string = PUB) => datesIn(text, pub).map((d) => factDate(d, forward, pub));
const agreementDates = (text: string, pub: string = PUB) =>
  factsOf(text, pub).filter((f): f is AgreementFact => f.type === 'agreement').map((a) => a.date);
const visitDates = (text: string, pub: string = PUB) =>
  factsOf(text, pub).filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to}:${v.status}:${v.date ?? '-'}`);

describe('date grammar: months and years at their precision', () => {
  it('reads a month named without its year after a time word, in the article year or the one before', () => {
    expect(one('وقع الطرفان في يونيو')).toEqual(['2015-06']);
    expect(one('مطلع يونيو (حزيران)')).toEqual(['2015-06']);
    expect(one('خلال شهر مارس')).toEqual(['2015-03']);
    // A month after the article's month, told as past, is last year's.
    expect(one('في نوفمبر')).toEqual(['2014-11']);
    // … and the coming one when the act is still to come.
    expect(one('في نوفمبر', true)).toEqual(['2015-11']);
  });
  it('reads relative months and years against the publication day', () => {
    expect(one('في يونيو الماضي')).toEqual(['2015-06']);
    expect(one('الشهر الماضي')).toEqual(['2015-07']);
    expect(one('الشهر المقبل')).toEqual(['2015-09']);
    expect(one('العام الماضي')).toEqual(['2014']);
    expect(one('العام المقبل')).toEqual(['2016']);
    // A week is no month nor year: no partial date.
    expect(one('الأسبوع الماضي')).toEqual([null]);
  });
  it('reads years: عام 2000، في 2015، a history line opening with a year', () => {
    expect(one('عام 2000')).toEqual(['2000']);
    expect(one('في 2015')).toEqual(['2015']);
    expect(one('منتصف يوليو 2014')).toEqual(['2014-07']);
    expect(one('1954 - توقيع اتفاقات')).toEqual(['1954']);
  });
  it('reads a span of days by its first day (the act starts then)', () => {
    expect(one('من 4 إلى 6 أغسطس الحالي', true)).toEqual(['2015-08-04']);
    expect(one('بين 10 و12 سبتمبر 2014')).toEqual(['2014-09-10']);
    // Trap: two counts joined by و before a noun are no span.
    expect(one('قتل 5 و20 جريحا')).toEqual([]);
  });
  it('reads a day written with the article (الـ22 مايو) and a second series after a dash (مايو - أيار)', () => {
    expect(one('بتاريخ الـ22 مايو - أيار الماضي')).toEqual(['2015-05-22']);
    expect(one('في الـ5 من يونيو')).toEqual(['2015-06-05']);
    // Trap: an article on a number that is no day (الـ45 عاما) is no date.
    expect(one('خلال الـ45 يوما')).toEqual([]);
  });
  it('traps: a month word alone, a count, a Hijri year, a year in mid-sentence without a time word', () => {
    // مارس is also "practised": without a time word before it, no date.
    expect(one('مارس الضغط على الحكومة')).toEqual([]);
    expect(one('في 1436 هـ')).toEqual([]);
    expect(one('قتل 2000 شخص')).toEqual([]);
    expect(one('يضم 1954 عضوا')).toEqual([]);
  });
});

describe('agreements and visits take their own clause’s month or year', () => {
  it('an agreement signed in a named month keeps that month, not the article’s day', () => {
    expect(agreementDates('ووقعت مصر في فبراير الماضي اتفاقية للتعاون العسكري مع فرنسا.')).toEqual(['2015-02']);
    expect(agreementDates('وكانت السعودية ومصر قد وقعتا اتفاقية للتجارة مطلع يونيو.')).toEqual(['2015-06']);
  });
  it('a date fronted before the clause and set off by a comma, or opening a history line, is the clause’s', () => {
    expect(agreementDates('وفي عام 1999، وقعت الولايات المتحدة اتفاقا مع كوريا الشمالية.')).toEqual(['1999']);
    expect(agreementDates('1954 - توقيع اتفاقية تجارية بين فرنسا وفيتنام.')).toEqual(['1954']);
    // Trap: a year in a clause of its own with other words (the war) does not date the next clause.
    expect(agreementDates('اندلعت الحرب في مارس الماضي، ووقعت مصر والأردن اتفاقية للتجارة أمس.')).toEqual(['2015-08-09']);
    expect(agreementDates('اندلعت الحرب في مارس الماضي، ووقعت مصر والأردن اتفاقية للتجارة.')).not.toEqual(['2015-03']);
  });
  it('an agreement told with its year keeps the year', () => {
    expect(agreementDates('وأشار إلى المعاهدة الموقعة بين مصر والأردن عام 1994.')).toEqual(['1994']);
    expect(agreementDates('وفي عام 1999 وقعت الولايات المتحدة اتفاقا مع كوريا الشمالية.')).toEqual(['1999']);
  });
  it('an agreement reported as the day’s news keeps its day', () => {
    expect(agreementDates('وقعت مصر وفرنسا أمس اتفاقية للتعاون العسكري.')).toEqual(['2015-08-09']);
    expect(agreementDates('وقعت مصر وفرنسا الأربعاء اتفاقية للتعاون العسكري.')).toEqual(['2015-08-05']);
  });
  it('a past visit told with its month keeps the month; a planned one the coming month', () => {
    expect(visitDates('وكان بوتين قد زار فيتنام في منتصف يونيو الماضي.')).toEqual(['vladimir-putin>VNM:done:2015-06']);
    expect(visitDates('وسيزور بوتين فيتنام في شهر نوفمبر المقبل.')).toEqual(['vladimir-putin>VNM:planned:2015-11']);
    expect(visitDates('ومن المقرر أن يزور بوتين فيتنام العام المقبل.')).toEqual(['vladimir-putin>VNM:planned:2016']);
  });
  it('a date of another event never dates the act: a relative clause’s, a participle’s main verb’s', () => {
    expect(visitDates('وقال بوتين خلال زيارته إلى فيتنام، إن العملية التي جرت في 11 يوليو أدت إلى مقتل قائد.')).not.toEqual(['vladimir-putin>VNM:done:2015-07-11']);
    // A day after a relative pronoun that follows the act is the relative clause's.
    expect(agreementDates('1954 - توقيع اتفاقية السلام التي أنهت الحرب التي اندلعت في 19 ديسمبر بين فرنسا وفيتنام.')).toEqual(['1954']);
    // The participle (المبرمة) recalls the agreement: أمس dates the delivery, not the agreement.
    expect(agreementDates('تسلمت مصر أمس طائرات من فرنسا، في إطار اتفاقية التعاون العسكري المبرمة بين البلدين.')).toEqual([null]);
    // … and a date after the participle is its own.
    expect(agreementDates('وأشار إلى اتفاقية التعاون المبرمة بين مصر وفرنسا في فبراير الماضي.')).toEqual(['2015-02']);
  });
  it('traps: a planned visit never takes a past month; a done one never a coming month', () => {
    // The month dates the announcement, behind the article: the planned visit stays undated.
    expect(visitDates('وأعلن الكرملين الشهر الماضي أن بوتين سيزور فيتنام.')).toEqual(['vladimir-putin>VNM:planned:-']);
    // A date of another clause (the strike) is not the visit's.
    expect(visitDates('وزار بوتين فيتنام أمس، بعد الهجوم الذي وقع في 11 يوليو.')).toEqual(['vladimir-putin>VNM:done:2015-08-09']);
  });
});

describe('range filters on partial dates: overlap', () => {
  it('a month or year is inside a range it overlaps, and outside one it does not touch', async () => {
    const { dateInRange } = await import('../../src/model.ts');
    expect(dateInRange('2015-07', '2015-07-01', '2015-07-31')).toBe(true);
    expect(dateInRange('2015-07', '2015-07-20', null)).toBe(true);
    expect(dateInRange('2015', null, '2015-01-01')).toBe(true);
    expect(dateInRange('2015-07', '2015-08-01', null)).toBe(false);
    expect(dateInRange('2015-07', null, '2015-06-30')).toBe(false);
    expect(dateInRange('2015-07-31', '2015-08-01', null)).toBe(false);
    expect(dateInRange(null, '2015-01-01', null)).toBe(false);
  });
});

describe('date grammar: Hijri month names', () => {
  it('finds a Hijri month after a time word, and no name that is also a month', () => {
    const has = (t: string) => { const tokens = tokenise(t); return hasMonthName(wordsOf(tokens, 0, tokens.length), 0, tokens.length); };
    expect(has('زار موسكو في رمضان الماضي')).toBe(true);
    expect(has('منتصف شهر ذي الحجة')).toBe(true);
    expect(has('وقال رمضان عبد الله')).toBe(false);
    expect(has('وثقته في رجب طيب أردوغان')).toBe(false);
  });
});
