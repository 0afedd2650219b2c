/**
 * Visit dates (issue #19, audit r8): spans counted forward from the article's day (بعد أسبوع), and the
 * date a planned visit takes from them; each rule with the sentence it must read and the trap it must
 * not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { datesIn, factDate } from '../../src/relate/dates.ts';
import { tripLines } from './helpers.ts';

const PUB = '2024-06-20';
const trips = tripLines;
const read = (text: string, pub = PUB) => datesIn(text, pub).map((d) => [d.rule, factDate(d, true, pub)]);

describe('date grammar: spans counted forward from the article\'s day (بعد أسبوع، بعد يومين)', () => {
  it('reads two days on as that day, a week on as its month when the days it may mean lie in one', () => {
    expect(read('يصل الوفد بعد يومين')).toEqual([['after', '2024-06-22']]);
    expect(read('يصل الوفد بعد أسبوع')).toEqual([['after', '2024-06']]);
    // 28 June: a week on is early July.
    expect(read('يصل الوفد بعد أسبوع', '2024-06-28')).toEqual([['after', '2024-07']]);
    // 24 June: a week on may be the end of June or the start of July, so no month.
    expect(read('يصل الوفد بعد أسبوع', '2024-06-24')).toEqual([['after', null]]);
  });
  it('reads nothing where the span counts from an event (بعد أسبوع من، بعد أسبوع على)', () => {
    expect(read('وصل الوفد بعد أسبوع من الهجوم').filter(([r]) => r === 'after')).toEqual([]);
    expect(read('وصل الوفد بعد أسبوع على الهجوم').filter(([r]) => r === 'after')).toEqual([]);
  });
});

describe('visits: a planned visit dated by a span to come', () => {
  it('gives the planned visit the span\'s day or month', () => {
    expect(trips('وأعلن الكرملين أن بوتين سيزور فيتنام بعد أسبوع.')).toEqual(['vladimir-putin>VNM:planned:2024-06']);
    expect(trips('وأعلن الكرملين أن بوتين سيزور فيتنام بعد يومين.')).toEqual(['vladimir-putin>VNM:planned:2024-06-22']);
  });
  it('gives a done visit nothing from a span to come, which counts from its story\'s time', () => {
    expect(trips('وزار بوتين فيتنام بعد أسبوع.')).toEqual(['vladimir-putin>VNM:done:-']);
  });
});

describe('date grammar: a Hijri month named past or next (رمضان الماضي)', () => {
  // 8 August 2015 is 23 Shawwal 1436; Ramadan 1436 ran from 18 June to 16 July 2015.
  const ON = '2015-08-08';
  it('reads the Hijri month nearest the article in that direction, as the Gregorian month or year it falls in', () => {
    expect(read('زار الوزير موسكو في رمضان الماضي', ON)).toEqual([['year', '2015']]);
    expect(read('يزور الوزير موسكو في ذي الحجة المقبل', ON)).toEqual([['year', '2015']]);
    expect(read('يزور الوزير موسكو في رمضان المقبل', ON)).toEqual([['year', '2016']]);
  });
  it('reads no year from a Hijri month without past or next', () => {
    expect(read('زار الوزير موسكو خلال شهر رمضان', ON)).toEqual([]);
  });
  it('dates the visit by it', () => {
    expect(trips('وزار بوتين فيتنام في رمضان الماضي.', ON)).toEqual(['vladimir-putin>VNM:done:2015']);
  });
});

describe('date grammar: a span of ordinal days (يومي الثاني والثالث من أغسطس)', () => {
  it('dates the span by its first day', () => {
    expect(read('خلال زيارة عمل يومي الثاني والثالث من أغسطس', '2015-08-01')).toEqual([['absolute', '2015-08-02']]);
    expect(read('من الثاني إلى الرابع من أغسطس', '2015-08-01')).toEqual([['absolute', '2015-08-02']]);
  });
  it('reads nothing from ordinals with no month after them', () => {
    expect(read('في الفصل الأول والثاني من الكتاب', '2015-08-01')).toEqual([]);
  });
  it('gives a planned visit over such a span its first day', () => {
    expect(trips('وسيعقد بوتين اجتماعا خلال زيارة لفيتنام يومي الثاني والثالث من أغسطس.', '2015-08-01')).toEqual(['vladimir-putin>VNM:planned:2015-08-02']);
  });
});

describe('visits: the date of the visit\'s own clause, not another\'s', () => {
  it('dates a meeting abroad by the relative clause right after its noun (المباحثات التي أجراها … أمس)', () => {
    expect(trips('وتوجت المباحثات التي أجراها بوتين ونظيره تو لام في هانوي أمس باتفاق.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
  });
  it('prefers that clause\'s day to a nearer one of the report (أفادت تقارير اليوم بأن المباحثات التي أجراها … أمس)', () => {
    expect(trips('وأفادت تقارير اليوم بأن المباحثات التي أجراها بوتين ونظيره تو لام في هانوي أمس توجت باتفاق.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
  });
  it('leaves it undated by a further relative clause\'s أمس (… حول الهجوم الذي وقع أمس)', () => {
    expect(trips('وتوجت المباحثات التي أجراها بوتين ونظيره تو لام في هانوي حول الهجوم الذي وقع أمس باتفاق.')).toEqual(['vladimir-putin>VNM:done:-']);
  });
  it('dates a visit by its arrival, not by an act told inside it (يشارك خلالها … غدا), which leaves it done', () => {
    expect(trips('ووصل بوتين إلى هانوي اليوم في زيارة لفيتنام يشارك خلالها في احتفال يقام غدا.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    expect(trips('ويبدأ بوتين غدا زيارة لفيتنام يلتقي خلالها تو لام.')).toEqual(['vladimir-putin>VNM:planned:2024-06-21']);
  });
  it('dates a planned visit by the day of its own clause, never by أمس of the clause that reports it', () => {
    expect(trips('وقال الكرملين أمس إن بوتين سيزور فيتنام غدا.')).toEqual(['vladimir-putin>VNM:planned:2024-06-21']);
    expect(trips('وقال الكرملين أمس إن بوتين سيزور فيتنام.')).toEqual(['vladimir-putin>VNM:planned:-']);
    // Sunday 23 June: expected to visit today, Sunday.
    expect(trips('ومن المنتظر أن يزور بوتين فيتنام اليوم الأحد.', '2024-06-23')).toEqual(['vladimir-putin>VNM:planned:2024-06-23']);
  });
  it('tells a visit noun framing a visit verb\'s act as the verb is told (لم يصل … في زيارة), its own date aside', () => {
    expect(trips('ولم يصل بوتين إلى هانوي اليوم في زيارة لفيتنام يشارك خلالها في احتفال يقام غدا.')).toEqual([]);
    expect(trips('ومن المقرر أن يصل بوتين إلى هانوي اليوم في زيارة لفيتنام.')).toEqual(['vladimir-putin>VNM:planned:2024-06-20']);
    expect(trips('ووصل بوتين إلى هانوي اليوم في زيارة لفيتنام.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
});
