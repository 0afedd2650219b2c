/**
 * Visits: tours, onward legs and visits told in passing, round 12 (issue #14). Each rule has sentences it
 * must read and a trap it must not fire on. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2024-06-20') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status} ${v.date ?? '-'}`).sort();
const done = (text: string, published = '2024-06-20') => visits(text, published).filter((v) => v.includes(' done '));

describe('visits: a tour opened or closed at a place (استهل جولته من، اختتم جولته في، ختم جولته ب)', () => {
  it('reads the place as a stop of the subject\'s tour, dated by its clause', () => {
    expect(visits('واختتم الرئيس الروسي فلاديمير بوتين أمس جولته الآسيوية في هانوي بعد محادثات مطولة.'))
      .toEqual(['vladimir-putin>VNM done 2024-06-19']);
    expect(visits('واستهل الرئيس الروسي فلاديمير بوتين جولته يوم الثلاثاء من بيونغ يانغ حيث أجرى محادثات.'))
      .toEqual(['vladimir-putin>PRK done 2024-06-18']);
    expect(visits('وختم الرئيس الصيني شي جين بينغ جولته الأوروبية بالعاصمة الفرنسية باريس.'))
      .toContain('xi-jinping>FRA done 2024-06-20');
  });
  it('reads no visit to the tour\'s own starting capital, in a tour to come, or in a round of talks', () => {
    expect(visits('واستهل الرئيس الروسي فلاديمير بوتين جولته أمس من موسكو بلقاء مع مستشاريه.')).toEqual([]);
    expect(done('وسيختتم الرئيس الروسي فلاديمير بوتين جولته في هانوي.')).toEqual([]);
    expect(done('ومن المتوقع أن يستهل الرئيس الروسي فلاديمير بوتين جولته من هانوي الأسبوع المقبل.')).toEqual([]);
    expect(visits('واستهل الرئيس الروسي فلاديمير بوتين جولة المحادثات في موسكو مع الوفد الفيتنامي.')).toEqual([]);
  });
});

describe('visits: a day and month read before من, which opens the next phrase unless a year follows', () => {
  it('leaves من to the place after a date without a year', () => {
    expect(visits('واستهل الرئيس الروسي فلاديمير بوتين جولته في 18 يونيو من بيونغ يانغ.')).toEqual(['vladimir-putin>PRK done 2024-06-18']);
  });
  it('still reads the year after من', () => {
    expect(visits('وزار الرئيس الروسي فلاديمير بوتين بيونغ يانغ في 18 يونيو من عام 2023.')).toEqual(['vladimir-putin>PRK done 2023-06-18']);
  });
});

describe('visits: a clause opened by إذ or سبق أن, its subject dropped (told in passing)', () => {
  it('gives the visit to the leader in view, dated only as the text dates it', () => {
    expect(visits('ولا تعد هذه الزيارة الأولى للرئيس الروسي فلاديمير بوتين إلى فيتنام، إذ سبق أن زار هانوي في نوفمبر 2017.'))
      .toEqual(['vladimir-putin>VNM done 2017-11']);
    expect(visits('وتندرج الجولة ضمن تحركات يقوم بها الرئيس الروسي فلاديمير بوتين منذ أشهر، إذ زار بيونغ يانغ في وقت سابق من الشهر الجاري.'))
      .toEqual(['vladimir-putin>PRK done 2024-06']);
    expect(visits('وأعرب الرئيس الروسي فلاديمير بوتين عن ارتياحه، إذ سبق له أن زار هانوي.')).toEqual(['vladimir-putin>VNM done -']);
  });
  it('reads no visit of his when the clause names a subject of its own, nor a planned one as done', () => {
    expect(visits('وقال الرئيس الروسي فلاديمير بوتين إن العلاقات متينة، إذ وصل الوفد الاقتصادي إلى هانوي.')).toEqual([]);
    expect(done('وأعرب الرئيس الروسي فلاديمير بوتين عن ارتياحه، إذ سيزور هانوي الشهر المقبل.')).toEqual([]);
  });
});

describe('visits: capitals of Africa and Asia as destinations (أسمرة، كمبالا، طشقند)', () => {
  it('resolves the capital to its state', () => {
    expect(visits('ووصل الرئيس الروسي فلاديمير بوتين أمس إلى طشقند في زيارة رسمية.')).toEqual(['vladimir-putin>UZB done 2024-06-19']);
    expect(visits('وزار الرئيس الصيني شي جين بينغ أسمرة ونيروبي.')).toEqual(['xi-jinping>ERI done 2024-06-20', 'xi-jinping>KEN done 2024-06']);
  });
  it('reads no visit in a capital standing for its government', () => {
    expect(visits('وأعلنت نيروبي أنها سترسل وفدا إلى بكين لبحث الديون.')).toEqual([]);
  });
});

describe('visits: an onward leg told by انتقل إلى (a leader moving on to a place)', () => {
  it('reads the leg, done or planned as its verb tells', () => {
    expect(visits('وانتقل الرئيس الروسي فلاديمير بوتين أمس من بيونغ يانغ إلى هانوي.')).toEqual(['vladimir-putin>VNM done 2024-06-19']);
    expect(visits('وينتقل الرئيس الروسي فلاديمير بوتين غدا إلى هانوي.')).toEqual(['vladimir-putin>VNM planned 2024-06-21']);
  });
  it('reads no leg when what moves is no leader, or the goal is no place, or his own capital', () => {
    expect(visits('وانتقلت رئاسة الاتحاد الأفريقي إلى مصر.')).toEqual([]);
    expect(visits('وانتقلت المعارك إلى الأراضي السورية بعد انسحاب القوات.')).toEqual([]);
    expect(visits('وانتقل الرئيس الروسي فلاديمير بوتين إلى الحديث عن الصين.')).toEqual([]);
    expect(visits('وانتقل الرئيس الروسي فلاديمير بوتين أمس إلى موسكو.')).toEqual([]);
  });
  it('leaves a tour\'s first stop undated by a day told after its later leg', () => {
    expect(visits('وبدأ الرئيس الروسي فلاديمير بوتين جولته في بيونغ يانغ ثم انتقل إلى هانوي يوم الأربعاء.'))
      .not.toContain('vladimir-putin>PRK done 2024-06-19');
  });
});

describe('visits: a visit told by its end (في ختام زيارة) and how long it lasted', () => {
  it('dates it by its first day, the days it lasted less one before the day told', () => {
    expect(visits('وصدر أمس بيان مشترك في ختام زيارة الرئيس الروسي فلاديمير بوتين إلى فيتنام، التي استغرقت يومين.'))
      .toEqual(['vladimir-putin>VNM done 2024-06-18']);
    expect(visits('وصدر أمس بيان مشترك في ختام زيارة الرئيس الروسي فلاديمير بوتين إلى فيتنام التي دامت ثلاثة أيام.'))
      .toEqual(['vladimir-putin>VNM done 2024-06-17']);
  });
  it('keeps the day told when the length is not told, or is another act\'s', () => {
    expect(visits('وصدر أمس بيان مشترك في ختام زيارة الرئيس الروسي فلاديمير بوتين إلى فيتنام.')).toEqual(['vladimir-putin>VNM done 2024-06-19']);
    expect(visits('وصدر أمس بيان مشترك في ختام زيارة الرئيس الروسي فلاديمير بوتين إلى فيتنام، بعد مفاوضات استغرقت يومين.'))
      .toEqual(['vladimir-putin>VNM done 2024-06-19']);
  });
});

describe('visits: a month or year right after منذ (the first visit since 2017) starts a period, never the visit\'s date', () => {
  it('gives the visit no date from it', () => {
    expect(visits('وتعد زيارة الرئيس الروسي فلاديمير بوتين إلى هانوي الأولى منذ عام 2017.')).toEqual(['vladimir-putin>VNM done -']);
    expect(visits('وهي أول زيارة يقوم بها الرئيس الروسي فلاديمير بوتين إلى فيتنام منذ نوفمبر 2017.')).toEqual(['vladimir-putin>VNM done -']);
  });
  it('still dates a visit by a year after في, and by the day the clause gives beside منذ', () => {
    expect(visits('وزار الرئيس الروسي فلاديمير بوتين فيتنام في عام 2017.')).toEqual(['vladimir-putin>VNM done 2017']);
    expect(visits('ووصل الرئيس الروسي فلاديمير بوتين أمس إلى هانوي في أول زيارة له منذ عام 2017.')).toEqual(['vladimir-putin>VNM done 2024-06-19']);
  });
});
