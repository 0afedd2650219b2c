/**
 * Leaders at gatherings held abroad (r17, grid data/robustness/grids/attendance.yaml): a gathering placed
 * before its noun (عقدت في الرياض أمس قمة؛ استضافت العاصمة الإثيوبية أمس مؤتمرا), to which a later «شارك
 * في القمة فلان، حضر المؤتمر فلان» refers back, whatever the noun's case (مؤتمرا … المؤتمر); an attendee
 * named before the gathering held there (حضر فلان أمس القمة المنعقدة في …); a part of the gathering
 * between the preposition and its noun (في أعمال المؤتمر، في افتتاح القمة); attendance from afar after
 * خلال/في a gathering. Each with its traps. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const done = (text: string, published = '2016-05-10') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit' && f.status === 'done').map((v) => `${v.visitor.id}>${v.to}`).sort();
const LEAD = 'قال مسؤولون إن المحادثات تناولت الأمن الإقليمي. ';

describe('attendance r17: the gathering placed before its noun', () => {
  it('reads the attendees a later sentence names', () => {
    expect(done(`${LEAD}وانعقدت في العاصمة المغربية الرباط مساء أمس قمة لدول الساحل. وشارك في القمة الرئيس الفرنسي فرانسوا هولاند.`))
      .toEqual(['francois-hollande>MAR']);
    expect(done(`${LEAD}واستضافت مدينة جدة يوم الأحد مؤتمرا لوزراء الطاقة. وحضر المؤتمر الرئيس التركي رجب طيب أردوغان والرئيس الفرنسي فرانسوا هولاند.`))
      .toEqual(['francois-hollande>SAU', 'recep-tayyip-erdogan>SAU']);
  });
  it('gives nothing for the host at home, a gathering only called for or to come, or attendance from afar', () => {
    expect(done(`${LEAD}وعقدت في أنقرة أمس قمة اقتصادية. وشارك في القمة الرئيس التركي رجب طيب أردوغان.`)).toEqual([]);
    expect(done(`${LEAD}ودعا المغرب إلى عقد قمة لدول الساحل في الرباط. وسيشارك في القمة الرئيس الفرنسي فرانسوا هولاند.`)).toEqual([]);
    expect(done(`${LEAD}وستعقد في الرباط الشهر المقبل قمة لدول الساحل. وسيشارك في القمة الرئيس الفرنسي فرانسوا هولاند.`)).toEqual([]);
    expect(done(`${LEAD}وعقدت في الرباط أمس قمة لدول الساحل. وشارك في القمة عبر الاتصال المرئي الرئيس الفرنسي فرانسوا هولاند.`)).toEqual([]);
  });
});

describe('attendance r17: the attendee named before the gathering held abroad', () => {
  it('reads the attendee of another state', () => {
    expect(done(`${LEAD}وحضر الرئيس التركي رجب طيب أردوغان أمس المنتدى المنعقد في العاصمة القطرية الدوحة.`)).toEqual(['recep-tayyip-erdogan>QAT']);
    expect(done(`${LEAD}وشارك الرئيس الفرنسي فرانسوا هولاند في أعمال القمة التي عقدت في مدينة جدة.`)).toEqual(['francois-hollande>SAU']);
    expect(done(`${LEAD}وألقى الرئيس الفرنسي فرانسوا هولاند كلمة في افتتاح المؤتمر المنعقد في الرباط أمس.`)).toEqual(['francois-hollande>MAR']);
  });
  it('gives nothing at home, to come, from afar, or on the leader\'s behalf', () => {
    expect(done(`${LEAD}وحضر الرئيس التركي رجب طيب أردوغان أمس المنتدى المنعقد في أنقرة.`)).toEqual([]);
    expect(done(`${LEAD}وسيحضر الرئيس التركي رجب طيب أردوغان القمة المقرر عقدها في الدوحة.`)).toEqual([]);
    expect(done(`${LEAD}وشارك الرئيس الفرنسي فرانسوا هولاند افتراضيا في أعمال القمة التي عقدت في مدينة جدة.`)).toEqual([]);
    expect(done(`${LEAD}وشارك في أعمال القمة التي عقدت في مدينة جدة وزير الدولة نيابة عن الرئيس الفرنسي فرانسوا هولاند.`)).toEqual([]);
  });
  it('gives nothing for a speech from afar at a gathering', () => {
    expect(done(`${LEAD}وقال الرئيس التركي رجب طيب أردوغان عبر الاتصال المرئي خلال القمة المنعقدة في الدوحة إن التعاون ضروري.`)).toEqual([]);
  });
});

describe('attendance r17: a speech before a placed gathering', () => {
  it('reads the speaker of another state', () => {
    expect(done(`${LEAD}وانطلقت في العاصمة المغربية الرباط أمس أعمال قمة لدول الساحل. وقال الرئيس الفرنسي فرانسوا هولاند في كلمته أمام القمة إن الأمن مسؤولية مشتركة.`))
      .toEqual(['francois-hollande>MAR']);
  });
  it('gives nothing for a gathering placed nowhere, a recorded speech, or the host at home', () => {
    expect(done(`${LEAD}وقال الرئيس الفرنسي فرانسوا هولاند في كلمته أمام القمة إن الأمن مسؤولية مشتركة.`)).toEqual([]);
    expect(done(`${LEAD}وانطلقت في الرباط أمس أعمال قمة لدول الساحل. وقال الرئيس الفرنسي فرانسوا هولاند في كلمة مسجلة أمام القمة إن الأمن مسؤولية مشتركة.`)).toEqual([]);
    expect(done(`${LEAD}وانطلقت في باريس أمس أعمال قمة لدول الساحل. وقال الرئيس الفرنسي فرانسوا هولاند في كلمته أمام القمة إن الأمن مسؤولية مشتركة.`)).toEqual([]);
  });
});

describe('attendance r17: a gathering named by its city framing the act', () => {
  it('reads the subject of the act framed by خلال or على هامش', () => {
    expect(done(`${LEAD}وعلى هامش قمة الدوحة، أكد الرئيس الفرنسي فرانسوا هولاند أن التعاون ضروري.`)).toEqual(['francois-hollande>QAT']);
    expect(done(`${LEAD}ووافق الرئيس الفرنسي فرانسوا هولاند على الخطة خلال قمة الرباط أمس.`)).toEqual(['francois-hollande>MAR']);
  });
  it('gives nothing for a name before a bare في (the topic), at home, or still to come', () => {
    expect(done(`${LEAD}ورفض المعارضون فكرة إعادة تأهيل الرئيس الفرنسي فرانسوا هولاند في مؤتمر الدوحة.`)).toEqual([]);
    expect(done(`${LEAD}وعلى هامش قمة باريس، أكد الرئيس الفرنسي فرانسوا هولاند أن التعاون ضروري.`)).toEqual([]);
    expect(done(`${LEAD}وسيعلن الرئيس الفرنسي فرانسوا هولاند الخطة خلال قمة الرباط المقبلة.`)).toEqual([]);
  });
});
