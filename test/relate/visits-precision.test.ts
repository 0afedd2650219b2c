/**
 * Visits on real news: the classes of wrong VISITED edges a corpus audit found (issue #19), each with a
 * sentence the rule must read and the trap it must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { CAST, type MentionSpec, VISIT_CAST, factsOf } from './helpers.ts';

const MORE: MentionSpec[] = [...CAST, ...VISIT_CAST];
const visits = (text: string, published: string | null = '2024-06-20') =>
  factsOf(text, published, MORE).filter((f): f is VisitFact => f.type === 'visit');
const trips = (text: string, published?: string | null) =>
  visits(text, published).map((v) => `${v.visitor.id}>${v.to}:${v.status}:${v.date ?? '-'}`).sort();

describe('visits: the place of a meeting, not its topic', () => {
  it('takes the place before the topic and never the place inside it', () => {
    expect(trips('التقى بوتين أمس في الرياض الملك سلمان لبحث الأزمة في سوريا.')).toEqual(['vladimir-putin>SAU:done:2024-06-19']);
    expect(trips('التقى بوتين الملك سلمان أمس لبحث الأزمة في سوريا.')).toEqual([]);
    expect(trips('وشدد بوتين خلال اللقاء مع الملك سلمان على إنهاء الصراع الدائر في سوريا.')).toEqual([]);
  });
});

describe('visits: everyone at a meeting held abroad', () => {
  it('gives a visit to a third participant joined by مع after the place, not to a leader named further on', () => {
    expect(trips('واجتمع بوتين وشي جين بينغ أمس في باريس مع الملك سلمان.')).toEqual(
      ['salman-of-saudi-arabia>FRA:done:2024-06-19', 'vladimir-putin>FRA:done:2024-06-19', 'xi-jinping>FRA:done:2024-06-19']);
    expect(trips('والتقى الملك سلمان شي جين بينغ أمس في باريس عاصمة حليف بوتين.')).toEqual(
      ['salman-of-saudi-arabia>FRA:done:2024-06-19', 'xi-jinping>FRA:done:2024-06-19']);
  });

  it('reads الدبلوماسيان as the two leaders just named', () => {
    expect(trips('وأشاد بوتين وشي جين بينغ بالعلاقات. واجتمع الدبلوماسيان أمس في باريس مع الملك سلمان.')).toEqual(
      ['salman-of-saudi-arabia>FRA:done:2024-06-19', 'vladimir-putin>FRA:done:2024-06-19', 'xi-jinping>FRA:done:2024-06-19']);
  });
});

describe('visits: a meeting still to come is no visit', () => {
  it('reads a meeting held as done, and one announced for later as nothing', () => {
    expect(trips('وعقد بوتين أمس لقاء مع شي جين بينغ في الرياض.')).toEqual(['vladimir-putin>SAU:done:2024-06-19', 'xi-jinping>SAU:done:2024-06-19']);
    expect(trips('وأعلنت موسكو أن بوتين سيعقد لقاء مع شي جين بينغ في الرياض.')).toEqual([]);
    expect(trips('وينتظر المراقبون الاجتماع القادم في الرياض بين بوتين وشي جين بينغ.')).toEqual([]);
  });

  it('does not read a name starting like a future verb as one (سيرغي)', () => {
    expect(trips('والتقى في هانوي أمس سيرغي لافروف نظيره تو لام.')).toEqual(['sergey-lavrov>VNM:done:2024-06-19']);
  });
});

describe('visits: who receives whom', () => {
  it('reads the host and the guest of an active reception', () => {
    expect(trips('واستقبل الرئيس الروسي فلاديمير بوتين في موسكو أمس شي جين بينغ.')).toEqual(['xi-jinping>RUS:done:2024-06-19']);
  });

  it('reads nothing when the leader named is the agent of a passive reception', () => {
    expect(trips('وقد استقبل من طرف الملك سلمان وبوتين في الرياض.')).toEqual([]);
  });

  it('reads nothing when a common noun receives, even past a leader named inside a name', () => {
    expect(trips('وأشاد بوتين بالجهود. واستقبل عدد من المرضى في هانوي طائرة مركز الملك سلمان.')).toEqual([]);
  });

  it('does not fill an unresolved guest with the leader in focus', () => {
    expect(trips('وأشاد بوتين بالعلاقات. وفي اليوم نفسه استقبل الملك سلمان ملك إسبانيا السابق.')).toEqual([]);
  });

  it('stops the guests at a new coordinated clause', () => {
    expect(trips('استقبل الملك سلمان أمس بوتين، وتلقى رسالة من شي جين بينغ.')).toEqual(['vladimir-putin>SAU:done:2024-06-19']);
    // "بين البلدين" of the next clause is no guest of the reception.
    expect(trips('وقع الملك سلمان وبوتين اتفاقا في الرياض. وكان الملك سلمان قد استقبل الوفد المرافق، وجرى بحث التعاون بين البلدين.')).toEqual([]);
  });

  it('reads a resumptive pronoun after the verb as no subject', () => {
    expect(trips('وفي الوقت الذي استقبل فيه الملك سلمان أمس بوتين، كانت الاستعدادات جارية.')).toEqual(['vladimir-putin>SAU:done:2024-06-19']);
  });

  it('takes an honorific pronoun for the leader of another state just named', () => {
    const out = visits('وأشاد بوتين أمس بالعلاقات مع المملكة. وكان الملك سلمان قد استقبل فخامته في قصره.');
    expect(out.map((v) => v.evidence[0]?.rule.split('|')[0])).toEqual(['visit:reception']);
    expect(out.every((v) => v.visitor.id === 'vladimir-putin' && v.to === 'SAU')).toBe(true);
    expect(trips('وأشاد الملك سلمان بالجهود. ثم استقبل الملك سلمان سموه في قصره.')).toEqual([]);
  });
});

describe('visits: residents are not visitors', () => {
  it('reads no trip for a meeting with a posted ambassador, titled but not known as one', () => {
    expect(trips('التقى بوتين أمس في الرياض تيان تشي السفير الصيني لدى اليمن.')).toEqual([]);
    expect(trips('التقى بوتين أمس في الرياض الملك سلمان.')).toEqual(['vladimir-putin>SAU:done:2024-06-19']);
  });
});

describe('visits: the visitor is a state office holder named as such', () => {
  it('reads no visitor in an office named indefinitely (any holder of it)', () => {
    expect(trips('وأشاد جون كيري بالعلاقات. وتعود آخر زيارة لوزير خارجية أمريكي إلى كوبا إلى عام 1945.', '2015-07-20')).toEqual([]);
    expect(trips('وتعود آخر زيارة لجون كيري إلى كوبا إلى عام 2014.', '2015-07-20')).toEqual(['john-kerry>CUB:done:2014']);
  });
});

describe('visits: a former office holder is no visitor', () => {
  it('reads no visit of a leader titled as former, and the visit of one in office', () => {
    const cast: MentionSpec[] = [...MORE, { text: 'نيكولا ساركوزي', kind: 'Leader', id: 'nicolas-sarkozy', state: 'FRA', office: 'president' }];
    const of = (text: string) => factsOf(text, '2015-07-24', cast).filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to}`);
    expect(of('وأثارت تصريحات الرئيس الفرنسي السابق نيكولا ساركوزي خلال زيارته إلى مصر جدلا.')).toEqual([]);
    expect(of('وأثارت تصريحات الرئيس الفرنسي نيكولا ساركوزي خلال زيارته إلى مصر جدلا.')).toEqual(['nicolas-sarkozy>EGY']);
  });
});

describe('visits: wished for, urged or to come', () => {
  it('reads no visit where it is only urged, a planned one where it is ordered, and a done one as done', () => {
    expect(trips('وينبغي على شي جين بينغ وبوتين القيام بزيارة مشتركة إلى فيتنام.')).toEqual([]);
    expect(trips('وقام بوتين بزيارة إلى فيتنام أمس.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
    expect(trips('وينبغي على الملك سلمان، خادم الحرمين الشريفين، والرئيس الصيني شي جين بينغ، ومعهما بوتين، القيام بزيارة مشتركة إلى فيتنام.')).toEqual([]);
    expect(trips('وطالب الكاتب بوتين بزيارة فيتنام لدعم اقتصادها.')).toEqual([]);
    expect(trips('وأوعز بوتين إلى مكتبه بالتحضير لزيارة إلى فيتنام.').map((t) => t.split(':')[1])).toEqual(['planned']);
  });

  it('reads a visit noun under a future verb as planned', () => {
    expect(trips('وقال الوزير إنه سيرافق بوتين في زيارته إلى فيتنام.').map((t) => t.split(':')[1])).toEqual(['planned']);
    expect(trips('ورافق الوزير بوتين أمس في زيارته إلى فيتنام.').map((t) => t.split(':')[1])).toEqual(['done']);
  });

  it('gives a planned visit no day before the article: that day is the invitation\'s', () => {
    expect(trips('ودعا تو لام أمس بوتين لزيارة فيتنام في نوفمبر المقبل.')).toEqual(['vladimir-putin>VNM:planned:-']);
  });

  it('reads the imperfect with a past day as the past of a chronology, with a coming weekday as planned', () => {
    expect(trips('- 12 مايو: بوتين يزور فيتنام ويلتقي تو لام.')).toEqual(['vladimir-putin>VNM:done:2024-05-12']);
    expect(trips('ويزور بوتين فيتنام الثلاثاء.')).toEqual(['vladimir-putin>VNM:planned:2024-06-25']);
  });
});

describe('visits: مسقط رأسه is a birthplace, not Muscat', () => {
  it('reads مسقط as Oman only when no رأس follows it', () => {
    expect(trips('ووصل أوباما أمس إلى مسقط في زيارة رسمية.')).toEqual(['barack-obama>OMN:done:2024-06-19']);
    expect(trips('ووصل أوباما أمس إلى مسقط رأس والده في زيارة خاصة.')).toEqual([]);
    expect(trips('وتأتي زيارة أوباما إلى مسقط رأسه بعد غياب طويل.')).toEqual([]);
  });
});

describe('visits: a bare weekday takes the tense of its visit', () => {
  // 2024-06-20 is a Thursday: the coming Tuesday is the 25th, the last one the 18th.
  it('reads the coming weekday for a planned visit and the last one for a done visit', () => {
    expect(trips('وأعلنت موسكو أن شي جين بينغ سيزور فرنسا الثلاثاء.')).toEqual(['xi-jinping>FRA:planned:2024-06-25']);
    expect(trips('وزار شي جين بينغ فرنسا الثلاثاء.')).toEqual(['xi-jinping>FRA:done:2024-06-18']);
  });
});

describe('visits: a visit some days ago has no day', () => {
  it('leaves قبل أيام undated and dates a counted قبل يومين', () => {
    expect(trips('وتم ذلك خلال زيارة قام بها شي جين بينغ إلى فرنسا قبل أيام.')).toEqual(['xi-jinping>FRA:done:-']);
    expect(trips('وتم ذلك خلال زيارة قام بها شي جين بينغ إلى فرنسا قبل يومين.')).toEqual(['xi-jinping>FRA:done:2024-06-18']);
  });
});

describe('visits: the subject of a relative clause is not the one invited to visit', () => {
  it('gives an invitation to visit to the head of الذي دعاه X, never to X', () => {
    expect(trips('ويستعد بوتين الذي دعاه شي جين بينغ لزيارة الصين.')).toEqual(['vladimir-putin>CHN:planned:-']);
    expect(trips('ويستعد رئيس الحزب الذي أسسه بوتين لزيارة فرنسا.')).toEqual([]);
  });
});

describe('visits: a weekday after أمس is yesterday, even in a planned clause', () => {
  it('leaves an invitation accepted أمس الأربعاء undated', () => {
    expect(trips('وقالت باريس أمس الأربعاء إن شي جين بينغ قبل دعوة لزيارة فرنسا.')).toEqual(['xi-jinping>FRA:planned:-']);
  });
});

describe('visits: the invitee before an apposition', () => {
  it('reads the leader before «، title،» as the one who accepted an invitation to visit', () => {
    expect(trips('وقال مسؤول إن شي جين بينغ، الرئيس الصيني، قبل دعوة لزيارة فرنسا.')).toEqual(['xi-jinping>FRA:planned:-']);
    expect(trips('وقال مسؤول إن شي جين بينغ، الرئيس الصيني، رئيس الحزب، قبل دعوة لزيارة فرنسا.')).toEqual(['xi-jinping>FRA:planned:-']);
    expect(trips('وقال شي جين بينغ، الرئيس الصيني، إن وزيرا قبل دعوة لزيارة فرنسا.')).toEqual([]);
  });
});

describe('visits: a visit named as a topic takes no date from the article', () => {
  it('dates a named visit only by its own clause, and one reported by a verb or framing the act by the article', () => {
    // Named as a topic, days after it took place: no date rather than the publication day.
    expect(trips('وأكد محللون أن زيارة بوتين إلى فيتنام عززت العلاقات بين البلدين.')).toEqual(['vladimir-putin>VNM:done:-']);
    expect(trips('ورحب البرلمان بزيارة بوتين لفيتنام واعتبرها تاريخية.')).toEqual(['vladimir-putin>VNM:done:-']);
    // Its own clause dates it.
    expect(trips('وكانت زيارة بوتين إلى فيتنام أمس قد عززت العلاقات.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
    // Reported by a verb, or the frame of the sentence's act: the article's day as before.
    expect(trips('وقام بوتين بزيارة إلى فيتنام.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    expect(trips('ووقع بوتين خلال زيارته إلى فيتنام اتفاقا للتعاون.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
});

describe('visits: a date after منذ and an event of its own is not the visit\'s', () => {
  it('leaves the since-event\'s month off the visit, and keeps a date the visit has', () => {
    expect(trips('وهذه أول زيارة يقوم بها بوتين إلى فيتنام منذ تسلمه مهامه في فبراير الماضي.')).toEqual(['vladimir-putin>VNM:done:-']);
    expect(trips('ووصل بوتين إلى فيتنام أمس في أول زيارة منذ تسلمه مهامه في فبراير الماضي.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
    // No event after منذ: the month is the visit's own, as before.
    expect(trips('وكان بوتين قد زار فيتنام في فبراير الماضي.')).toEqual(['vladimir-putin>VNM:done:2024-02']);
  });
});

describe('visits: a clause dated by a Hijri month takes no day', () => {
  it('gives no date to a visit in a Hijri month, and keeps the day where the clause has one', () => {
    expect(trips('وزار بوتين فيتنام في شهر رمضان واجتمع مع تو لام.')).toEqual(['vladimir-putin>VNM:done:-']);
    expect(trips('وزار بوتين فيتنام أمس في شهر رمضان.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
    // A name that is also a month (رجب طيب أردوغان) dates nothing: the article's day stays.
    expect(trips('وزار بوتين فيتنام واجتمع مع تو لام.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
});

describe('visits: a named visit keeps a date its sentence gives', () => {
  it('takes the day of the sentence\'s act when the named visit is discussed in it', () => {
    expect(trips('وأعلنت الحكومة أمس أن زيارة بوتين إلى فيتنام جاءت لتعزيز العلاقات.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
  });
});

describe('visits: the person named right after the visit noun is its visitor', () => {
  it('gives a leader before the noun no visit when someone of no office follows it', () => {
    const cast: MentionSpec[] = [...MORE, { text: 'علي مملوك', kind: 'Person', id: 'ali-mamlouk' }];
    const of = (text: string) => factsOf(text, '2024-06-20', cast).filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to}:${v.status}`);
    expect(of('وكشف بوتين تفاصيل زيارة علي مملوك إلى فيتنام.')).toEqual([]);
    expect(of('وسرب بوتين خبر الدعوة لزيارة علي مملوك إلى فيتنام.')).toEqual([]);
    // The leader named right after the noun still travels.
    expect(of('وكشف علي مملوك تفاصيل زيارة بوتين إلى فيتنام.')).toEqual(['vladimir-putin>VNM:done']);
  });
});

describe('visits: no destination in what was said', () => {
  it('takes no place past a complementiser as the visit\'s destination, and one before it', () => {
    expect(trips('وقال بوتين خلال زيارته الأخيرة إنه يسعى لإيجاد دور لفيتنام في الحل.')).toEqual([]);
    expect(trips('وأكد بوتين خلال زيارته بأن الدعم سيذهب لفيتنام.')).toEqual([]);
    expect(trips('ووصل بوتين أمس إلى فيتنام وقال إنه يسعى لإيجاد حل.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
  });
});

describe('visits: an answered invitation or what was said plans nothing', () => {
  it('reads a visit made in response to an invitation as done, and an invitation to visit as planned', () => {
    expect(trips('وقام بوتين بزيارة إلى فيتنام تلبية لدعوة من الرئيس تو لام يوم الأربعاء.')).toEqual(['vladimir-putin>VNM:done:2024-06-19']);
    expect(trips('وقام بوتين بزيارة إلى فيتنام بدعوة من الرئيس تو لام.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    expect(trips('وقال بوتين خلال زيارته الأخيرة إلى فيتنام إنه يسعى لإيجاد حل.').map((t) => t.split(':')[1])).toEqual(['done']);
    // Still planned: the invitation itself, not answered yet.
    expect(trips('وتلقى بوتين دعوة لزيارة فيتنام.').map((t) => t.split(':')[1])).toEqual(['planned']);
  });
});
