/**
 * Visits on real news, audit r5 classes (issue #19): each rule with a sentence it must read and the trap
 * it must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { datesIn, factDate } from '../../src/relate/dates.ts';
import { CAST, type MentionSpec, VISIT_CAST, factsOf } from './helpers.ts';

const MORE: MentionSpec[] = [...CAST, ...VISIT_CAST];
const visits = (text: string, published: string | null = '2024-06-20') =>
  factsOf(text, published, MORE).filter((f): f is VisitFact => f.type === 'visit');
const trips = (text: string, published?: string | null) =>
  visits(text, published).map((v) => `${v.visitor.id}>${v.to}:${v.status}:${v.date ?? '-'}`).sort();
const dates = (text: string, pub: string, forward = false) => datesIn(text, pub).map((d) => factDate(d, forward, pub));

describe('dates: a week gives the month every reading of it lies in', () => {
  it('gives the month when the previous week lies in one month under any week start', () => {
    // 21 July: the previous week lies between 8 and 20 July, whichever day starts it.
    expect(dates('الأسبوع الماضي', '2015-07-21')).toEqual(['2015-07']);
    expect(dates('الأسبوع المقبل', '2015-07-10', true)).toEqual(['2015-07']);
  });
  it('gives nothing when a reading of the week reaches into another month', () => {
    // 3 August: the previous week may be the last days of July.
    expect(dates('الأسبوع الماضي', '2015-08-03')).toEqual([null]);
    expect(dates('الأسبوع المقبل', '2015-07-24', true)).toEqual([null]);
  });
  it('dates a visit told last week by that month', () => {
    expect(trips('وقال بوتين الذي زار الصين الأسبوع الماضي إن العلاقات متينة.', '2024-06-20')).toEqual(['vladimir-putin>CHN:done:2024-06']);
    expect(trips('وقال بوتين الذي زار الصين الأسبوع الماضي إن العلاقات متينة.', '2024-06-04')).toEqual(['vladimir-putin>CHN:done:-']);
  });
});

describe('dates: two months as alternatives fix neither', () => {
  it('gives no month for "September or October" and still the month for one', () => {
    expect(dates('سيزور الرياض خلال شهر سبتمبر أو أكتوبر المقبلين', '2015-08-10', true)).toEqual([null]);
    expect(dates('سيزور الرياض خلال شهر سبتمبر (أيلول) أو أكتوبر (تشرين الأول) المقبلين', '2015-08-10', true)).toEqual([null]);
    expect(dates('سيزور الرياض خلال شهر سبتمبر المقبل', '2015-08-10', true)).toEqual(['2015-09']);
  });
  it('leaves a planned visit in either month undated, not the first month nor the article day', () => {
    expect(trips('وأعلن بوتين أنه سيزور الصين خلال شهر سبتمبر أو أكتوبر المقبلين.')).toEqual(['vladimir-putin>CHN:planned:-']);
    expect(trips('وأعلن بوتين أنه سيزور الصين خلال شهر سبتمبر المقبل.')).toEqual(['vladimir-putin>CHN:planned:2024-09']);
  });
});

describe('visits: a tour\'s day is its start\'s', () => {
  it('gives the day only to the first stop listed, the later stops its month (visits-tours.test.ts)', () => {
    expect(trips('ويبدأ بوتين غدا جولة آسيوية تشمل الصين وفيتنام.')).toEqual(
      ['vladimir-putin>CHN:planned:2024-06-21', 'vladimir-putin>VNM:planned:2024-06']);
    expect(trips('وبدأ بوتين أمس جولة آسيوية شملت الصين وفيتنام.')).toEqual(
      ['vladimir-putin>CHN:done:-', 'vladimir-putin>VNM:done:-']);
  });
  it('gives the listed stops no day when the sentence told the leg of that day, only its month', () => {
    expect(trips('وقال بوتين خلال زيارته إلى الصين أمس في جولة تشمل فيتنام أيضا إن العلاقات متينة.')).toEqual(
      ['vladimir-putin>CHN:done:2024-06-19', 'vladimir-putin>VNM:done:2024-06']);
  });
});

describe('visits: the actor of another clause is no possessor of the visit', () => {
  it('gives no visit to a leader before a bare complementiser whose clause has its own subject', () => {
    expect(trips('واستقبل الملك سلمان وفد الحركة، وقال مصدر إن قيادة الحزب تلقت طلبا من الحركة بزيارة موسكو.')).toEqual([]);
    expect(trips('وأكد بوتين أن المبعوث الأممي أجرى محادثات في الرياض قبل وصوله إلى هانوي.')).toEqual([]);
  });
  it('still gives the visit to the sentence actor when no clause of another subject stands between', () => {
    expect(trips('وأكد بوتين خلال زيارته إلى فيتنام أن العلاقات متينة.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    expect(trips('وأكد بوتين أن العلاقات متينة، وذلك قبل وصوله إلى هانوي.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    expect(trips('وأكد بوتين أن زيارته إلى فيتنام ناجحة.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
});

describe('visits: a minister\'s meeting is not his head of state\'s visit', () => {
  it('gives no visit to the leader in focus when the sentence names its own subject before the meeting noun', () => {
    const before = 'وأشاد الوزير بدعم الرئيس الروسي فلاديمير بوتين. ';
    expect(trips(`${before}وأوضح ياسين في اتصال هاتفي، عقب لقائه مع الملك سلمان في الرياض أمس، أن الموقف واضح.`)).toEqual([]);
    expect(trips(`${before}وقال المتحدث عقب لقائه مع الملك سلمان في الرياض أمس إن الموقف واضح.`)).toEqual([]);
  });
  it('still gives it to the leader in focus when the subject is dropped', () => {
    const before = 'وأشاد الرئيس الروسي فلاديمير بوتين بالعلاقات. ';
    expect(trips(`${before}وأوضح في اتصال هاتفي، عقب لقائه مع الملك سلمان في الرياض أمس، أن الموقف واضح.`)).toEqual(['vladimir-putin>SAU:done:2024-06-19']);
  });
});

describe('dates: a weekday after اليوم/أمس/غدا says which day the writer meant', () => {
  // 2015-08-06 is a Thursday: a paper printed that day was written on Wednesday.
  it('gives the relative day the weekday that follows it, when they disagree', () => {
    expect(dates('وصل اليوم الأربعاء', '2015-08-06')).toEqual(['2015-08-05', '2015-08-05']);
    expect(dates('يشارك غدا الخميس', '2015-08-06', true)).toEqual(['2015-08-06', '2015-08-06']);
    expect(trips('وصل إلى الرياض اليوم الأربعاء الرئيس الروسي فلاديمير بوتين.', '2015-08-06')).toEqual(['vladimir-putin>SAU:done:2015-08-05']);
  });
  it('changes nothing when they agree, or when no weekday follows', () => {
    expect(dates('وصل أمس الأربعاء', '2015-08-06')).toEqual(['2015-08-05', '2015-08-05']);
    expect(dates('وصل اليوم', '2015-08-06')).toEqual(['2015-08-06']);
    expect(dates('وصل اليوم، وعاد الأربعاء', '2015-08-06')).toEqual(['2015-08-06', '2015-08-05']);
  });
});

describe('visits: a date set off by a comma right after the destination is the visit\'s', () => {
  it('dates the visit by it when its clause gives none', () => {
    expect(trips('وقال المتحدث إن الأمر بحث أثناء زيارة بوتين لهانوي، في سبتمبر 2014، وإنه سيتابع.')).toEqual(['vladimir-putin>VNM:done:2014-09']);
    expect(trips('وقال المتحدث إن الأمر بحث أثناء زيارة بوتين لهانوي، في 3 سبتمبر 2014، وإنه سيتابع.')).toEqual(['vladimir-putin>VNM:done:2014-09-03']);
  });
  it('takes no date of a later clause that is not set off right after the destination', () => {
    expect(trips('وقال المتحدث إن الأمر بحث أثناء زيارة بوتين لهانوي، وسيعرض على البرلمان في سبتمبر 2014.')).toEqual(['vladimir-putin>VNM:done:-']);
  });
});
