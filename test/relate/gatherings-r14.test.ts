/**
 * A gathering placed by the opening or closing of its proceedings (اختتمت القمة أعمالها في …), and one
 * held at a venue whose city follows with ب (في قصر … بالرياض): a later «شارك في القمة فلان» refers back
 * to it (relate/gatherings.ts). Each with its traps. Sentences written for these tests, read by the whole
 * pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const done = (text: string, published = '2016-05-02') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit' && f.status === 'done').map((v) => `${v.visitor.id}>${v.to}`).sort();

describe('gatherings r14: proceedings opened or closed somewhere', () => {
  it('places the gathering there, for the attendees a later sentence names', () => {
    expect(done('أعلن المنظمون أمس نجاح القمة. وافتتحت القمة الاقتصادية الثالثة أعمالها في العاصمة المغربية الرباط صباح أمس وسط إجراءات أمنية مشددة. وشارك في أعمال القمة الرئيس التركي رجب طيب أردوغان، والرئيس الفرنسي فرانسوا هولاند.'))
      .toEqual(['francois-hollande>MAR', 'recep-tayyip-erdogan>MAR']);
    expect(done('قال المنظمون إن المنتدى نجح. واختتم المنتدى الاقتصادي أعماله في مدينة جدة مساء الخميس. وكان قد شارك في المنتدى الرئيس التركي رجب طيب أردوغان.'))
      .toEqual(['recep-tayyip-erdogan>SAU']);
  });
  it('gives nothing when the proceedings are placed in a circumstance, not a city, or the host attends at home', () => {
    expect(done('اختتمت القمة الاقتصادية الثالثة أعمالها في أجواء ودية صباح أمس. وشارك في أعمال القمة الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
    expect(done('افتتحت القمة الاقتصادية الثالثة أعمالها في العاصمة التركية أنقرة صباح أمس. وشارك في أعمال القمة الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
  });
});

describe('gatherings r14: a venue with its city after it', () => {
  it('places the gathering in the venue\'s city', () => {
    expect(done('أعلن المنظمون أمس نجاح القمة. وعقدت القمة الرباعية في قصر المؤتمرات بالدوحة مساء الاثنين. وشارك في القمة الرئيس الفرنسي فرانسوا هولاند.'))
      .toEqual(['francois-hollande>QAT']);
  });
  it('does not read a city past a comma as the venue\'s', () => {
    expect(done('أعلن المنظمون أمس نجاح القمة. وعقدت القمة الرباعية في قصر المؤتمرات، بعد أيام من زيارة وفد بالدوحة. وشارك في القمة الرئيس الفرنسي فرانسوا هولاند.')).toEqual([]);
  });
});
