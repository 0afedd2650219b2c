/**
 * Visits on real news, audit r6 classes (issue #19): each rule with a sentence it must read and the trap
 * it must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { datesIn, factDate } from '../../src/relate/dates.ts';
import { tripLines } from './helpers.ts';

const trips = tripLines;

describe('dates: «اليوم» before an ordinal counts days of an event', () => {
  it('reads «اليوم الثاني من» as no date and a bare «اليوم» as the article day', () => {
    expect(datesIn('في اليوم الثاني من زيارته', '2024-06-22').map((d) => factDate(d, false, '2024-06-22'))).toEqual([]);
    expect(datesIn('وصل اليوم إلى هانوي', '2024-06-22').map((d) => factDate(d, false, '2024-06-22'))).toEqual(['2024-06-22']);
  });
});

describe('visits: a day of a visit, or its end, tells it has begun', () => {
  it('reads the visit as done and dates its start from the day of the visit the clause names', () => {
    // Saturday 22 June: الجمعة is the 21st, the second day of a visit begun on the 20th.
    expect(trips('والتقى بوتين الجمعة رئيس الوزراء في اليوم الثاني من زيارته إلى فيتنام بهدف تعزيز التعاون.', '2024-06-22'))
      .toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
  it('keeps a visit framed by a purpose and no day of it planned', () => {
    expect(trips('وسيلتقي بوتين رئيس الوزراء خلال زيارته إلى فيتنام بهدف تعزيز التعاون.', '2024-06-22'))
      .toEqual(['vladimir-putin>VNM:planned:-']);
  });
  // Audit r8: news tells a visit by its end as one under way or done, whatever comes after it; it began
  // before the article's day, so that day is not its date.
  it('reads a visit whose end a future act waits for as under way, undated', () => {
    expect(trips('وأعلن الكرملين أن بوتين سيزور كوريا الشمالية بعد انتهاء زيارته إلى فيتنام.'))
      .toEqual(['vladimir-putin>PRK:planned:-', 'vladimir-putin>VNM:done:-']);
    expect(trips('وسيعود بوتين إلى موسكو في ختام زيارته إلى فيتنام.'))
      .toEqual(['vladimir-putin>VNM:done:-']);
  });
  it('keeps planned an ending visit its own words put ahead', () => {
    expect(trips('وسيبدأ بوتين حملته بعد انتهاء زيارته المرتقبة إلى فيتنام.'))
      .toEqual(['vladimir-putin>VNM:planned:-']);
    expect(trips('وسيبدأ الحزب تحركه بعد انتهاء زيارة بوتين إلى فيتنام التي يصلها الثلاثاء المقبل.'))
      .toEqual(['vladimir-putin>VNM:planned:-']);
    expect(trips('وقالت المصادر إن الحزب سيبدأ تحركه بعد انتهاء زيارة الرئيس الروسي فلاديمير بوتين وزوجته والوفد المرافق له إلى هانوي التي يصلها مساء الثلاثاء المقبل.'))
      .toEqual(['vladimir-putin>VNM:planned:-']);
  });
});

describe('visits: a subject after an object-first destination is the traveller', () => {
  it('gives the leader in focus no visit when a title or a head noun of a person follows the place', () => {
    expect(trips('واستقبل بوتين الوفد. وفي وقت لاحق، زار فيتنام قائد قوات التحالف الجنرال الأمريكي، في محاولة لإقناع هانوي.')).toEqual([]);
    expect(trips('واستقبل بوتين الوفد. وزار فيتنام المتحدث باسم الحكومة.')).toEqual([]);
  });
  it('still lets the leader in focus travel when a date follows the place', () => {
    expect(trips('واستقبل بوتين الوفد. ثم زار فيتنام أمس لإجراء محادثات.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
  });
});
