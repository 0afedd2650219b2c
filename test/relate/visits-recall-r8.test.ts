/**
 * Visits: recall constructions of news, round 8 (issue #14), each with a sentence it must read and the
 * trap it must not fire on. Sentences written for the tests. (The pattern-file constructions of this
 * round, visit:carried-to and visit:signed-at, are tested by their examples in data/patterns/visits.yaml.)
 */
import { describe, expect, it } from 'vitest';
import { tripLines } from './helpers.ts';

const trips = tripLines;

describe('visits: a verb of saying with a dropped subject, framed by a visit (وأضاف خلال زيارة إلى …)', () => {
  it('gives the visit to the speaker in focus', () => {
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارة إلى فيتنام أن الاتفاق قريب.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    expect(trips('وقال بوتين إن التعاون يتقدم. وأكد خلال زيارة رسمية إلى هانوي أن الاتفاق قريب.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    // A possessive visit noun one word after the verb is his too.
    expect(trips('وقال بوتين إن التعاون يتقدم. وقال لدى وصوله إلى هانوي إن الاتفاق قريب.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
  it('gives none when the visit names its own visitor, a delegation, or the speaker\'s home', () => {
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارة وزير الخارجية إلى فيتنام أن الاتفاق قريب.')).toEqual([]);
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارة وفد روسي إلى فيتنام أن الاتفاق قريب.')).toEqual([]);
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارة إلى موسكو أن الاتفاق قريب.')).toEqual([]);
  });
  it('gives none when the verb has a subject of its own, or the frame is a call', () => {
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف المتحدث خلال زيارة إلى فيتنام أن الاتفاق قريب.')).toEqual([]);
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال اتصال هاتفي مع تو لام أن الاتفاق قريب.')).toEqual([]);
  });
  it('keeps a visit still to come planned', () => {
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارته المرتقبة إلى فيتنام أن الاتفاق قريب.')).toEqual(['vladimir-putin>VNM:planned:-']);
  });
});

describe('visits: talks whose place is set right after the host, before the meeting noun', () => {
  it('reads «عقد الملك سلمان … في قصره بالرياض اليوم جلسة مباحثات مع …» as the guest\'s visit', () => {
    expect(trips('عقد الملك سلمان بن عبدالعزيز آل سعود في قصره بالرياض اليوم جلسة مباحثات رسمية مع الرئيس الروسي فلاديمير بوتين.'))
      .toEqual(['vladimir-putin>SAU:done:2024-06-20']);
    expect(trips('أجرى بوتين في هانوي أمس محادثات مغلقة مع تو لام.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
    // Past the subject's apposition.
    expect(trips('أجرى بوتين، الرئيس الروسي، في هانوي أمس محادثات مغلقة مع تو لام.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
  });
  it('gives none for talks by video, a place that is the topic, or a place after a comma', () => {
    expect(trips('عقد الملك سلمان في قصره بالرياض اليوم جلسة مباحثات رسمية عبر الاتصال المرئي مع الرئيس الروسي فلاديمير بوتين.')).toEqual([]);
    expect(trips('بحث بوتين الوضع في فيتنام، ثم عقد لقاء مع الملك سلمان.')).toEqual([]);
    expect(trips('عقد بوتين بعد عودته من جولة شملت عدة دول لقاء مع الملك سلمان.')).toEqual([]);
  });
  it('gives none for talks still to come', () => {
    expect(trips('وسيعقد الملك سلمان في قصره بالرياض غدا جلسة مباحثات رسمية مع الرئيس الروسي فلاديمير بوتين.')).toEqual([]);
  });
});

describe('visits: a reception whose host carries a long chain of titles', () => {
  it('still finds the guest past the host\'s titles, the honorific and the palace', () => {
    expect(trips('استقبل الملك سلمان بن عبدالعزيز ملك البلاد ورئيس مجلس الوزراء والقائد الأعلى لكل القوات العسكرية وراعي النهضة الحديثة - حفظه الله - في قصره بالرياض مساء أمس معالي وزير الخارجية الروسي سيرغي لافروف.'))
      .toEqual(['sergey-lavrov>SAU:done:2024-06-19']);
  });
  it('gives none to a resident ambassador received there', () => {
    expect(trips('استقبل الملك سلمان بن عبدالعزيز ملك البلاد ورئيس مجلس الوزراء والقائد الأعلى لكل القوات العسكرية وراعي النهضة الحديثة - حفظه الله - في قصره بالرياض مساء أمس السفير فرانسوا جوييت.'))
      .toEqual([]);
  });
});

describe('visits: a delegation led by a leader (وفد برئاسة …)', () => {
  it('gives the visit to the head named after the group noun, with the verb or the visit noun', () => {
    expect(trips('ووصل إلى هانوي أمس وفد روسي برئاسة وزير الخارجية سيرغي لافروف.')).toEqual(['sergey-lavrov>VNM:done:2024-06-19']);
    expect(trips('ووصل وفد روسي رفيع المستوى برئاسة سيرغي لافروف إلى هانوي أمس.')).toEqual(['sergey-lavrov>VNM:done:2024-06-19']);
    expect(trips('وأشاد تو لام بزيارة وفد روسي برئاسة سيرغي لافروف إلى هانوي.')).toEqual(['sergey-lavrov>VNM:done:-']);
  });
  it('keeps a delegation still to come planned, and gives none at home', () => {
    expect(trips('ومن المقرر أن يصل إلى هانوي وفد روسي برئاسة سيرغي لافروف.')).toEqual(['sergey-lavrov>VNM:planned:-']);
    expect(trips('ووصل إلى موسكو أمس وفد روسي برئاسة سيرغي لافروف.')).toEqual([]);
  });
  it('gives none to the head of another group, or to a group led by nobody named', () => {
    expect(trips('ووصل إلى هانوي أمس وفد روسي، والتقى وفدا فيتناميا برئاسة تو لام.')).toEqual([]);
    expect(trips('ووصل وفد يمثل المحافظة إلى هانوي أمس.')).toEqual([]);
  });
});

describe('visits: a guest received «القادم من» a place (coming from), not «القادم» (next)', () => {
  it('reads the reception at the airport of a guest coming from elsewhere', () => {
    expect(trips('واستقبل تو لام في مطار هانوي أمس الرئيس الروسي فلاديمير بوتين القادم من موسكو.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
    expect(trips('واستقبل الملك سلمان أمس بوتين القادم من فيتنام.')).toEqual(['vladimir-putin>SAU:done:2024-06-19']);
  });
  it('still reads «القادم» after a time noun as a meeting to come', () => {
    expect(trips('ويستقبل الملك سلمان بوتين في الرياض الأسبوع القادم من أجل بحث التعاون.')).toEqual([]);
    expect(trips('ويلتقي الملك سلمان بوتين في اللقاء القادم من سلسلة اللقاءات.')).toEqual([]);
  });
});
