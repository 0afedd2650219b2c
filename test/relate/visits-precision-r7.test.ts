/**
 * Visits on real news, audit r7 classes (issue #19): dates, status and visitor. Each rule with a
 * sentence it must read and the trap it must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { datesIn, factDate } from '../../src/relate/dates.ts';
import { tripLines } from './helpers.ts';

const trips = tripLines;
const days = (text: string, published: string): (string | null)[] => datesIn(text, published).map((d) => factDate(d, false, published));

describe('dates: a day of the month named relative to the article (في 29 الحالي)', () => {
  it('reads the day in the article\'s month, or the month before or after', () => {
    expect(days('يصل الوفد في 29 الحالي', '2024-06-20')).toEqual(['2024-06-29']);
    expect(days('يصل الوفد يوم 27 من الشهر الجاري', '2024-06-20')).toEqual(['2024-06-27']);
    expect(days('وصل الوفد يوم 2 من الشهر الماضي', '2024-06-20')).toEqual(['2024-05-02']);
    expect(days('يصل الوفد في الـ5 من الشهر المقبل', '2024-12-20')).toEqual(['2025-01-05']);
  });
  it('trap: a count before the month words is no day (27 شخصا الشهر الجاري، 27 الشهر الجاري)', () => {
    expect(days('قتل 27 شخصا الشهر الجاري', '2024-06-20')).toEqual(['2024-06']);
    expect(days('بلغ عدد القتلى 27 الشهر الجاري', '2024-06-20')).toEqual(['2024-06']);
  });
  it('dates a planned visit by that day', () => {
    expect(trips('وسيبحث الملف خلال زيارة بوتين إلى فيتنام في 27 الحالي.')).toEqual(['vladimir-putin>VNM:planned:2024-06-27']);
  });
});

describe('visits: a first-person future (سأرافق) plans the visit', () => {
  it('reads «I will accompany … on his visit in September» as planned, in the coming September', () => {
    expect(trips('وقال بوتين للتلفزيون: «سأرافق الوفد في زيارته إلى فيتنام في سبتمبر».')).toEqual(['vladimir-putin>VNM:planned:2024-09']);
  });
  it('trap: a form-III perfect that also begins with سا (ساعد، ساعدت) is no future', () => {
    expect(trips('وقال بوتين إنه ساعد الوفد خلال زيارته إلى فيتنام في مايو.')).toEqual(['vladimir-putin>VNM:done:2024-05']);
    expect(trips('وأكد بوتين أن زيارته إلى فيتنام في مايو ساعدت على تعزيز التعاون.')).toEqual(['vladimir-putin>VNM:done:2024-05']);
  });
});

describe('dates: a press review\'s day dates the papers, not what they report', () => {
  it('gives the visit the papers report no date from «الصادرة اليوم»', () => {
    expect(days('وأبرزت الصحف الروسية الصادرة اليوم الخميس زيارة', '2024-06-20')).toEqual([]);
    expect(trips('وأبرزت الصحف الروسية الصادرة اليوم زيارة بوتين إلى فيتنام.')).toEqual(['vladimir-putin>VNM:done:-']);
  });
  it('keeps the visit\'s own date in a press review, and the day of a statement «الصادر اليوم»', () => {
    expect(trips('وأبرزت الصحف الروسية الصادرة اليوم وصول بوتين إلى فيتنام أمس.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
    expect(days('وقال الكرملين في بيانه الصادر أمس', '2024-06-20')).toEqual(['2024-06-19']);
  });
});

describe('dates: an act a since-word opens is not dated by another clause', () => {
  it('gives «منذ زيارة بوتين إلى فيتنام» no date from the next clause\'s weekday', () => {
    expect(trips('وتصاعد الجدل منذ زيارة بوتين إلى فيتنام، وأعلنت الحكومة يوم الخميس أهمية الحل السياسي.', '2024-06-22'))
      .toEqual(['vladimir-putin>VNM:done:-']);
  });
  it('trap: the visit\'s own weekday stands when منذ opens a later event', () => {
    expect(trips('وزار بوتين فيتنام يوم الخميس منذ تسلمه منصبه.', '2024-06-22')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
});

describe('visits: the leader whose leak or stand on a visit is told is not its visitor', () => {
  it('reads no visit of the leader in «تسريبات بوتين لزيارة المبعوث»', () => {
    expect(trips('واعتبر المحلل أن تسريبات بوتين لزيارة المبعوث إلى فيتنام علامة ضعف.')).toEqual([]);
    expect(trips('وانتقد المحلل رفض بوتين لزيارة الوفد إلى فيتنام.')).toEqual([]);
  });
  it('trap: the leader\'s readiness to visit is his own planned visit', () => {
    expect(trips('وأعلن الكرملين استعداد بوتين لزيارة فيتنام.')).toEqual(['vladimir-putin>VNM:planned:-']);
  });
});

describe('visits: the aim of a visit (بهدف) does not plan it', () => {
  it('keeps a visit framing a past statement done when its aim follows', () => {
    expect(trips('وقال بوتين خلال زيارته إلى فيتنام بهدف تعزيز التعاون إن بلاده تدعم هانوي.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
  it('trap: a planned cue before the aim still plans it', () => {
    expect(trips('وقال بوتين خلال زيارته المرتقبة إلى فيتنام بهدف تعزيز التعاون إن بلاده تدعم هانوي.')).toEqual(['vladimir-putin>VNM:planned:-']);
  });
  it('trap: a future verb before the visitor and his apposition still plans it', () => {
    expect(trips('وسيلتقي بوتين، الرئيس الروسي، رئيس الوزراء خلال زيارته إلى فيتنام بهدف تعزيز التعاون.')).toEqual(['vladimir-putin>VNM:planned:-']);
    expect(trips('والتقى بوتين، الرئيس الروسي، رئيس الوزراء خلال زيارته إلى فيتنام بهدف تعزيز التعاون.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
});

describe('visits: a leader a preposition introduces before his title is no subject of a later clause', () => {
  it('does not make the addressee of «إلى الرئيس الأمريكي أوباما» the one who met abroad', () => {
    expect(trips('ووصل الموفد مسقط، وقال إنه سيقدم المبادرة إلى الرئيس الأمريكي أوباما، كما التقى في هانوي سيرغي لافروف.'))
      .toEqual([]);
  });
  it('trap: the same leader and title as the subject still met abroad', () => {
    expect(trips('والتقى الرئيس الأمريكي أوباما في هانوي سيرغي لافروف.'))
      .toEqual(['barack-obama>VNM:done:2024-06-20', 'sergey-lavrov>VNM:done:2024-06-20']);
  });
});
