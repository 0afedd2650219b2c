/**
 * Visit status and date (issue #19, audit r9): a visit that comes a span after the act a sentence
 * tells (قبل ثلاثة أشهر من زيارة), and a date after an onward leg (متوجها إلى … مطلع فبراير); each rule
 * (and a year glued to its lead, في2007) with the sentence it must read and the trap it must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { datesIn, spanBeforeEvent } from '../../src/relate/dates.ts';
import { tokenise } from '../../src/normalise/tokenise.ts';
import { wordsOf } from '../../src/relate/words.ts';
import { tripLines } from './helpers.ts';

const trips = (text: string) => tripLines(text, '2024-06-20');
const spanAt = (text: string, word: string): number => {
  const tokens = tokenise(text);
  const words = wordsOf(tokens, 0, tokens.length);
  return spanBeforeEvent(words, words.findIndex((w) => w.norm === word));
};

describe('date grammar: a span before an event (قبل ثلاثة أشهر من)', () => {
  it('finds the span with a count, a dual, a vague count or none', () => {
    expect(spanAt('جاء القرار قبل ثلاثة أشهر من زيارة الرئيس', 'زياره')).toBe(2);
    expect(spanAt('جاء القرار قبل 3 أسابيع من زيارة الرئيس', 'زياره')).toBe(2);
    expect(spanAt('جاء القرار قبل شهرين من زيارة الرئيس', 'زياره')).toBe(2);
    expect(spanAt('جاء القرار قبل بضعة أيام من زيارة الرئيس', 'زياره')).toBe(2);
    expect(spanAt('جاء القرار قبيل أسابيع من زيارة الرئيس', 'زياره')).toBe(2);
  });
  it('finds none after بعد, without من, or with a word that is no count', () => {
    expect(spanAt('جاء القرار بعد ثلاثة أشهر من زيارة الرئيس', 'زياره')).toBe(-1);
    expect(spanAt('جاء القرار قبل ثلاثة أشهر زيارة الرئيس', 'زياره')).toBe(-1);
    expect(spanAt('جاء القرار قبل انتهاء أشهر من زيارة الرئيس', 'زياره')).toBe(-1);
  });
  it('leaves the date grammar\'s reading of the words as it was (no date of its own)', () => {
    expect(datesIn('جاء القرار قبل ثلاثة أشهر من زيارة الرئيس', '2024-06-20')).toEqual([]);
  });
});

describe('visits: a visit a span after the act the sentence tells', () => {
  it('is planned and undated when nothing puts the told act in the past', () => {
    expect(trips('ويأتي القرار قبل ثلاثة أشهر من زيارة أوباما إلى فيتنام.')).toEqual(['barack-obama>VNM:planned:-']);
    expect(trips('وجاء الإعلان اليوم قبل أسابيع من زيارة أوباما إلى فيتنام.')).toEqual(['barack-obama>VNM:planned:-']);
  });
  it('keeps the day an event offset counts (قبل يومين من): the visit two days on', () => {
    expect(trips('وجاء الإعلان قبل يومين من زيارة أوباما إلى فيتنام.')).toEqual(['barack-obama>VNM:planned:2024-06-22']);
  });
  it('is done, and not dated by the told act\'s date, when that act is past (a past date, كان)', () => {
    expect(trips('ووقع الهجوم في مارس 2010 قبل ثلاثة أشهر من زيارة أوباما إلى فيتنام.')).toEqual(['barack-obama>VNM:done:-']);
    expect(trips('وكان الهجوم قد وقع قبل ثلاثة أشهر من زيارة أوباما إلى فيتنام.')).toEqual(['barack-obama>VNM:done:-']);
  });
  it('trap: a visit the span counts FROM (بعد ثلاثة أشهر من زيارة) stays done', () => {
    expect(trips('ووقع الهجوم في مارس 2010 بعد ثلاثة أشهر من زيارة أوباما إلى فيتنام.')).toEqual(['barack-obama>VNM:done:2010-03']);
  });
});

describe('visits: a date after an onward leg (متوجها إلى) is that leg\'s', () => {
  it('does not date the visit noun before the leg', () => {
    expect(trips('وقطع أوباما زيارته إلى فيتنام متوجها إلى الرياض في مطلع فبراير.')).toEqual(['barack-obama>VNM:done:-']);
  });
  it('trap: a date before the leg, or with no leg, still dates the visit', () => {
    expect(trips('وأنهى أوباما زيارته إلى فيتنام أمس متوجها إلى الرياض.')).toEqual(['barack-obama>VNM:done:2024-06-19']);
    expect(trips('واختتم أوباما زيارة إلى فيتنام في مطلع فبراير.')).toEqual(['barack-obama>VNM:done:2024-02']);
  });
});

describe('date grammar: a year glued to its lead (في2007، عام2011م), a dropped space', () => {
  const years = (text: string) => datesIn(text, '2024-06-20').map((d) => [d.rule, d.range]);
  it('reads the year as it would with the space', () => {
    expect(years('أعلنت الصفقة في2007')).toEqual([['year', ['2007-01-01', '2007-12-31']]]);
    expect(years('أعلنت الصفقة وفي2007 زار الرئيس')).toEqual([['year', ['2007-01-01', '2007-12-31']]]);
    expect(years('أعلنت الصفقة عام2011م')).toEqual([['year', ['2011-01-01', '2011-12-31']]]);
  });
  it('trap: a number glued to another word, or a Hijri year, is no year', () => {
    expect(years('بلغت القيمة2007 دولار')).toEqual([]);
    expect(years('أعلنت الصفقة في1436هـ')).toEqual([]);
  });
  it('dates the visit of a relative clause on the year named before it', () => {
    expect(trips('فالصفقة التي أعلنت في2007 تزامنت مع العام الذي زار فيه بوتين المملكة.')).toEqual(['vladimir-putin>SAU:done:2007']);
  });
});
