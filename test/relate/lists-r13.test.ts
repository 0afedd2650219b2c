/**
 * Visits, round 13 (issue #14: recall on held-out news): a list of stops carried on by ثم, a visit verb
 * with a dropped subject after a subordinator of time (بعد أن زار), and «أول + a kind» between a leader
 * and his visit verb. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2024-06-20') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status} ${v.date ?? '-'}`).sort();

describe('visits: a list of stops carried on past a comma by ثم', () => {
  it('reads each stop after ثم, dated by its own stretch of the list', () => {
    expect(visits('وزار الرئيس الروسي فلاديمير بوتين غانا في ربيع عام 2012، ثم السنغال وتنزانيا عام 2014.'))
      .toEqual(['vladimir-putin>GHA done 2012', 'vladimir-putin>SEN done 2014', 'vladimir-putin>TZA done 2014']);
    expect(visits('ووصل الرئيس الروسي فلاديمير بوتين أمس إلى الصين، ثم إلى فيتنام يوم الأربعاء.'))
      .toEqual(['vladimir-putin>CHN done 2024-06-19', 'vladimir-putin>VNM done 2024-06-19']);
  });
  it('gives the first stop no date of a later stretch, and a stretch with no date none', () => {
    expect(visits('وزار الرئيس الروسي فلاديمير بوتين غانا، ثم السنغال عام 2014.'))
      .toEqual(['vladimir-putin>GHA done -', 'vladimir-putin>SEN done 2014']);
    expect(visits('وزار الرئيس الروسي فلاديمير بوتين الصين أمس، ثم كوريا الشمالية.'))
      .toEqual(['vladimir-putin>CHN done 2024-06-19', 'vladimir-putin>PRK done -']);
  });
  it('reads no stop from places that are topics, or past ثم and a verb of another act', () => {
    expect(visits('وناقش الرئيس الروسي فلاديمير بوتين الأوضاع في سوريا، ثم اليمن.')).toEqual([]);
    expect(visits('وزار الرئيس الروسي فلاديمير بوتين الصين أمس، ثم بحث مع نظيره الوضع في فيتنام.'))
      .toEqual(['vladimir-putin>CHN done 2024-06-19']);
  });
});

describe('visits: a perfect visit verb after بعد أن / قبل أن shares the main clause\'s subject', () => {
  it('reads the main clause\'s leader as the visitor, dated by the subordinate clause', () => {
    expect(visits('ووصل الرئيس الروسي فلاديمير بوتين إلى هانوي أمس، بعد أن زار الصين الثلاثاء.'))
      .toEqual(['vladimir-putin>CHN done 2024-06-18', 'vladimir-putin>VNM done 2024-06-19']);
    expect(visits('وعاد الرئيس الصيني شي جين بينغ إلى بكين عقب أن زار فرنسا وإيطاليا.'))
      .toEqual(['xi-jinping>FRA done -', 'xi-jinping>ITA done -']);
  });
  it('reads the subordinate clause\'s own subject, and nothing when the main clause holds another leader or a report', () => {
    expect(visits('ووصل الرئيس الروسي فلاديمير بوتين إلى هانوي أمس، بعد أن زار الرئيس الصيني شي جين بينغ موسكو.'))
      .not.toContain('vladimir-putin>RUS done -');
    expect(visits('واستقبل الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في موسكو بعد أن زار فيتنام.'))
      .not.toContain('vladimir-putin>VNM done -');
    expect(visits('وقال الرئيس الروسي فلاديمير بوتين إن العلاقات تتطور بعد أن زار الصين.')).toEqual([]);
  });
  it('reads no done visit from an imperfect after قبل أن (a sequel the text does not date)', () => {
    expect(visits('وغادر الرئيس الروسي فلاديمير بوتين هانوي قبل أن يزور الصين.')).not.toContain('vladimir-putin>CHN done 2024-06-20');
  });
});

describe('visits: «أول + a kind» between a leader and his visit verb (بوتين أول رئيس روسي يزور)', () => {
  it('reads the leader before the kind, past its adjectives, and a past weekday as past', () => {
    expect(visits('وأكد مسؤولون أن الرئيس الروسي فلاديمير بوتين أول زعيم أجنبي بارز يزور كينيا منذ الانتخابات.'))
      .toEqual(['vladimir-putin>KEN done -']);
    expect(visits('وأصبح الرئيس الروسي فلاديمير بوتين أول رئيس روسي يزور كينيا يوم الجمعة الماضي.'))
      .toEqual(['vladimir-putin>KEN done 2024-06-14']);
  });
  it('reads a visit to come as planned, and a first visit still to be made as no done one', () => {
    // (A bare weekday of the main clause dates the trip it tells, not a coming one: ليكون أول … يتوجه.)
    expect(visits('وتوجه الرئيس الروسي فلاديمير بوتين إلى كينيا الأحد ليكون أول رئيس روسي بارز يتوجه إلى البلاد منذ الاستقلال.'))
      .toEqual(['vladimir-putin>KEN done 2024-06-16']);
    expect(visits('وسيصبح الرئيس الروسي فلاديمير بوتين أول رئيس روسي يزور كينيا الشهر المقبل.'))
      .toEqual(['vladimir-putin>KEN planned 2024-07']);
    expect(visits('وقال الكرملين إن أول زيارة سيقوم بها الرئيس الروسي فلاديمير بوتين إلى كينيا ستكون في الخريف.')
      .filter((v) => v.includes(' done '))).toEqual([]);
  });
});
