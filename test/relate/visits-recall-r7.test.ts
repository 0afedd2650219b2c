/**
 * Visits: recall constructions of news (issue #14), each with a sentence it must read and the trap it
 * must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { CAST, type MentionSpec, VISIT_CAST, tripLines } from './helpers.ts';

const trips = tripLines;

describe('visits: a date right after an object-first destination is no title', () => {
  it('reads «زار فيتنام العام الماضي» as the subject named before and the year as the date', () => {
    expect(trips('وكان بوتين قد زار فيتنام العام الماضي.')).toEqual(['vladimir-putin>VNM:done:2023']);
  });
  it('still reads a title after the destination as someone else travelling', () => {
    expect(trips('واستقبل بوتين الوفد. وفي وقت لاحق، زار فيتنام الأمين العام للحلف.')).toEqual([]);
  });
});

describe('visits: a relative clause set off by a comma after a leader is his', () => {
  it('gives «جون كيري، الذي يزور فيتنام حاليا» the visit, under way today', () => {
    expect(trips('وقال جون كيري، الذي يزور فيتنام حاليا، إن المحادثات جيدة.')).toEqual(['john-kerry>VNM:done:2024-06-20']);
    expect(trips('والتقى تو لام الرئيس الروسي فلاديمير بوتين، الذي وصل إلى هانوي أمس.')).toContain('vladimir-putin>VNM:done:2024-06-19');
    // An insertion set off by commas before him does not hide him.
    expect(trips('والتقى، بحسب مصادر رسمية، تو لام الرئيس الروسي فلاديمير بوتين، الذي وصل إلى هانوي أمس.')).toContain('vladimir-putin>VNM:done:2024-06-19');
  });
  it('gives no visit when the relative follows a thing, not the leader', () => {
    expect(trips('وقال جون كيري عن الاتفاق، الذي وصل إلى مرحلة حاسمة في هانوي، إنه جيد.')).toEqual([]);
  });
});

describe('visits: وصل takes its place as an object in news style', () => {
  it('reads «وصل بوتين هانوي أمس» and the headline «بوتين يصل هانوي»', () => {
    expect(trips('ووصل بوتين هانوي أمس.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
    expect(trips('ووصل هانوي أمس الرئيس الروسي فلاديمير بوتين.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
  });
  it('reads no visit when what arrives is no leader', () => {
    expect(trips('وقال بوتين إن الأزمة وصلت فيتنام.')).toEqual([]);
    expect(trips('ووصلت فيتنام شحنة قمح روسية.')).toEqual([]);
  });
});

describe('visits: a title that names its state (خادم الحرمين الشريفين) is neither a place nor the end of the subject', () => {
  const SAUDI: MentionSpec[] = [...CAST, ...VISIT_CAST, { text: 'خادم الحرمين الشريفين', kind: 'State', id: 'SAU', via: 'title' }, { text: 'المغرب', kind: 'State', id: 'MAR' }];
  it('reads the king after the title as the visitor of «وصل خادم الحرمين الشريفين الملك سلمان أمس إلى المغرب»', () => {
    expect(tripLines('وصل خادم الحرمين الشريفين الملك سلمان أمس إلى المغرب في إجازة خاصة.', '2024-06-20', SAUDI)).toEqual(['salman-of-saudi-arabia>MAR:done:2024-06-19']);
  });
  it('does not read the title as a place received at or visited', () => {
    expect(tripLines('وزار بوتين خادم الحرمين الشريفين الملك سلمان أمس.', '2024-06-20', SAUDI)).toEqual([]);
  });
});

describe('visits: a weekday of another clause does not date a visit nor make it ahead', () => {
  it('keeps a visit under way (الذي يزور … حاليا) done when the meeting it frames is dated by a weekday', () => {
    // Thursday 20 June 2024: السبت is the 15th.
    expect(trips('والتقى تو لام يوم السبت الرئيس الروسي فلاديمير بوتين، الذي يزور هانوي حاليا، وبحثا التعاون.'))
      .toEqual(['vladimir-putin>VNM:done:2024-06-15']);
    expect(trips('والتقى تو لام السبت بوتين الذي يزور هانوي.')).toEqual(['vladimir-putin>VNM:done:2024-06-15']);
  });
  it('takes the weekday of the visit\'s own clause for a planned one, not the saying\'s', () => {
    expect(trips('وقال تو لام السبت إن بوتين سيزور هانوي.')).toEqual(['vladimir-putin>VNM:planned:-']);
    expect(trips('والتقى تو لام السبت بوتين الذي يزور هانوي الثلاثاء.')).toEqual(['vladimir-putin>VNM:planned:2024-06-25']);
  });
});

describe('visits: time adverbs after the verb (صباحا، في وقت متأخر) are no subject', () => {
  it('reads past them to the destination', () => {
    expect(trips('وكان بوتين قد وصل صباحا إلى هانوي.')).toEqual(['vladimir-putin>VNM:done:-']);
    expect(trips('وقالت الوزارة إن الرئيس الروسي فلاديمير بوتين وصل في وقت متأخر مساء أمس إلى هانوي.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
  });
  it('still reads a noun after them as the subject', () => {
    expect(trips('واستقبل بوتين الوفد. ووصل صباحا وفد روسي إلى هانوي.')).toEqual([]);
  });
});

describe('visits: a leader\'s name set off by commas after his office', () => {
  it('is the visitor, and the clause after the commas dates the visit', () => {
    // Thursday 20 June 2024: الأربعاء الماضي is the 19th, not the 7th of the other clause.
    expect(trips('وانتهت القمة في السابع من يونيو، بينما وصل الرئيس الأمريكي، أوباما، إلى هانوي يوم الأربعاء الماضي.'))
      .toEqual(['barack-obama>VNM:done:2024-06-19']);
  });
  it('is not a name inside a relative clause set off by the commas', () => {
    expect(trips('ووصل الرئيس الأمريكي، الذي التقى بوتين، إلى هانوي أمس.')).toEqual([]);
  });
});

describe('visits: a relative\'s pronoun (فيه، فيها) and an apposed office between the verb, its subject and its object', () => {
  it('reads past فيه to the subject and past فيها to the object', () => {
    expect(trips('ويأتي التقرير في وقت يزور فيه بوتين فيتنام.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    // (Its date is not what is tested here: in the lead an undated act takes the article's day.)
    expect(trips('وفي المرة التي زار بوتين فيها فيتنام، وقع اتفاقا.').map((t) => t.replace(/:[^:]*$/, ''))).toEqual(['vladimir-putin>VNM:done']);
  });
  it('reads past the visitor\'s own titles and nisba to the object', () => {
    expect(trips('ويزور بوتين الرئيس الروسي فيتنام اليوم.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
  it('gives no visit when what follows the name is a person of another state, or a relative with its own subject', () => {
    expect(trips('ويلتقي بوتين الرئيس الأمريكي فيتنام.')).toEqual([]);
    expect(trips('في الوقت الذي يزور فيه الوفد الروسي هانوي.')).toEqual([]);
  });
});

describe('visits: a date to come in the visit\'s own relative (التي سيقوم بها) dates the planned visit', () => {
  it('dates «خلال الزيارة التي سيقوم بها إلى هانوي في سبتمبر المقبل» to that month', () => {
    expect(trips('وقال أوباما إنه يتطلع لاستقبال بوتين خلال الزيارة التي سيقوم بها إلى هانوي في سبتمبر المقبل.')).toEqual(['vladimir-putin>VNM:planned:2024-09']);
  });
  it('leaves a planned visit undated when the date to come is another relative\'s', () => {
    expect(trips('وسيبحث بوتين خلال الزيارة إلى هانوي الملفات التي ستناقشها القمة في سبتمبر المقبل.')).toEqual(['vladimir-putin>VNM:planned:-']);
  });
});

describe('visits: a leader\'s titles in apposition, naming his own state, before «الذي يزور»', () => {
  it('gives the relative\'s visit to the leader the chain follows', () => {
    expect(trips('وأشاد تو لام بحضور بوتين الرئيس الروسي نائب رئيس الحكومة الذي يزور هانوي حاليا.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
  it('does not stretch the subject window over a chain that does not name his state', () => {
    expect(trips('وأشاد تو لام بحضور بوتين نائب رئيس الحكومة وزير الدفاع الذي يزور هانوي حاليا.')).toEqual([]);
  });
});
