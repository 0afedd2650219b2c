/**
 * Visits by attendance at a gathering abroad, round 14 (issue #14): the dateline's own city named again in
 * the sentence keeps the act there; those heading the attendance (تقدم الحضور); a relative clause set off
 * by commas inside a list of attendees; the dropped subject of an attend verb opening its clause before a
 * placed gathering; a city named bare (an object) does not move a placed gathering; the signers of a
 * signing witnessed where the dateline is; the leader an envoy's title names is not there; a signing in
 * person during a visit is that visit. Each with its traps. Sentences written for these tests, read by the
 * whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2015-08-07') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();
const done = (text: string, published?: string) => visits(text, published).filter((v) => v.endsWith(' done'));

describe('attendance r14: the dateline\'s city named again in the sentence', () => {
  it('keeps the act where the dateline puts it', () => {
    expect(done('باريس - رويترز: وتحدث المنظمون للصحافيين في مؤتمر عقد في باريس، بعدما حضر الوزراء الجلسة الختامية، وهم التركي رجب طيب أردوغان والروسي سيرغي لافروف.'))
      .toEqual(['recep-tayyip-erdogan>FRA done', 'sergey-lavrov>FRA done']);
  });
  it('still moves it when the sentence names another city, and gives none to the host\'s own', () => {
    expect(done('باريس - رويترز: وتحدث المنظمون في مؤتمر عقد في جنيف، بعدما حضر الوزراء الجلسة الختامية، وهم التركي رجب طيب أردوغان.')).toEqual([]);
    expect(done('باريس - رويترز: وتحدث المنظمون في مؤتمر عقد في باريس، بعدما حضر الجلسة الرئيس الفرنسي فرانسوا هولاند.')).toEqual([]);
  });
});

describe('attendance r14: those heading the attendance, and a relative clause in the list', () => {
  const text = 'عمان - بترا: رعى العاهل الأردني الملك عبدالله الثاني أمس حفل افتتاح المطار الجديد. وتقدم الحضور الرئيس التركي رجب طيب أردوغان، الذي وصل صباحا على رأس وفد كبير، والرئيس الروسي فلاديمير بوتين.';
  it('gives each listed leader of another state a visit, past a relative clause set off by commas', () => {
    expect(done(text)).toEqual(['recep-tayyip-erdogan>JOR done', 'vladimir-putin>JOR done']);
  });
  it('gives none to the host\'s own leader, nor when the heading is still to come', () => {
    expect(done('عمان - بترا: وتقدم الحضور العاهل الأردني الملك عبدالله الثاني.')).toEqual([]);
    expect(done('عمان - بترا: ومن المنتظر أن يتقدم الحضور غدا الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
  });
  it('ends the list at a relative clause that names someone or is not closed soon', () => {
    expect(done('الدوحة - قنا: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، الذي أشاد بالرئيس الروسي فلاديمير بوتين، والرئيس الإيراني حسن روحاني.'))
      .toEqual(['recep-tayyip-erdogan>QAT done']);
    expect(done('الدوحة - قنا: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، الذي قال إن العلاقات بين البلدين جيدة وإن التعاون يتقدم، والرئيس الإيراني حسن روحاني.'))
      .toEqual(['recep-tayyip-erdogan>QAT done']);
  });
});

describe('attendance r14: the dropped subject of an attend verb before a placed gathering', () => {
  it('is the sentence\'s leader', () => {
    expect(done('وتأتي الجولة في إطار تحركات يقوم بها الرئيس التركي رجب طيب أردوغان، إذ زار الدوحة الأسبوع الماضي، كما شارك الخميس الماضي في القمة الخليجية الطارئة في العاصمة الكويتية الكويت.'))
      .toEqual(['recep-tayyip-erdogan>KWT done', 'recep-tayyip-erdogan>QAT done']);
  });
  it('gives none at home, nor for attendance to come', () => {
    expect(done('وتأتي الجولة في إطار تحركات يقوم بها الرئيس التركي رجب طيب أردوغان، كما شارك في القمة الإقليمية الطارئة في أنقرة.')).toEqual([]);
    expect(done('وتأتي الجولة في إطار تحركات يقوم بها الرئيس التركي رجب طيب أردوغان، كما سيشارك في القمة الخليجية الطارئة في الكويت.')).toEqual([]);
  });
});

describe('attendance r14: a city named bare does not move a placed gathering', () => {
  it('keeps the gathering where its hosting verb put it', () => {
    expect(done('وتبنى القادة، في قمة طارئة احتضنتها القاهرة في الرابع من يوليو بمشاركة الرئيس التركي رجب طيب أردوغان، بيروت مقرا للجنة.'))
      .toEqual(['recep-tayyip-erdogan>EGY done']);
  });
  it('still gives none when the sentence sets the act in another state', () => {
    expect(done('وتبنى القادة في قمة طارئة احتضنتها القاهرة في الرابع من يوليو، ثم في بيروت، بمشاركة الرئيس التركي رجب طيب أردوغان، خطة العمل.')).toEqual([]);
  });
});

describe('attendance r14: the signers of a witnessed signing under a dateline', () => {
  it('gives the signers of another state a visit', () => {
    expect(done('الدوحة - قنا: شهد أمير قطر الشيخ تميم بن حمد آل ثاني، اليوم، توقيع الرئيس التركي رجب طيب أردوغان على الوثيقة.', '2015-12-02'))
      .toEqual(['recep-tayyip-erdogan>QAT done']);
  });
  it('gives none for a signing nobody is told to witness, to come, or by the host\'s own', () => {
    expect(done('الدوحة - قنا: وأعلنت الرئاسة التركية توقيع الرئيس التركي رجب طيب أردوغان على القانون.', '2015-12-02')).toEqual([]);
    expect(done('الدوحة - قنا: سيشهد الأمير غدا توقيع الرئيس التركي رجب طيب أردوغان على الوثيقة.', '2015-12-02')).toEqual([]);
    expect(done('أنقرة - الأناضول: شهد البرلمان اليوم توقيع الرئيس التركي رجب طيب أردوغان على الوثيقة.', '2015-12-02')).toEqual([]);
  });
});

describe('attendance r14: the leader an envoy\'s title names', () => {
  it('is not present', () => {
    expect(done('تيرانا - واس: حضر مراسم تسليم الشحنة سفير خادم الحرمين الشريفين في تيرانا ومدير الهيئة المحلية.')).toEqual([]);
    expect(done('الدوحة - قنا: حضر الحفل في الدوحة أمس مبعوث الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
  });
  it('is present when he is named with his own title', () => {
    expect(done('الدوحة - قنا: حضر الحفل في الدوحة أمس الرئيس التركي رجب طيب أردوغان.')).toEqual(['recep-tayyip-erdogan>QAT done']);
  });
});
