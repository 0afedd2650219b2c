import { describe, expect, it } from 'vitest';
import { extractedFacts } from './helpers.ts';

// Headline grammar: a title that opens with a leader followed by «في PLACE» (or «من PLACE» before what
// he said there) puts him in that place. The body may tell the trip in other words, or not at all.
describe('visits: a headline\'s «LEADER في PLACE»', () => {
  const visits = (title: string, body: string) => extractedFacts(body, '2015-07-30', title)
    .filter((f) => f.type === 'visit').map((f) => [f.visitor.id, f.to, f.status]);

  it('reads a leader in a foreign capital as there', () => {
    expect(visits('أردوغان في بكين لبحث التعاون الاقتصادي', 'وبحث الجانبان سبل تعزيز التبادل التجاري بين البلدين.'))
      .toEqual([['recep-tayyip-erdogan', 'CHN', 'done']]);
  });

  it('reads a titled leader and a state name', () => {
    expect(visits('وزير الخارجية الإيراني محمد جواد ظريف في الكويت', 'وتناولت المحادثات الأوضاع في المنطقة.'))
      .toEqual([['mohammad-javad-zarif', 'KWT', 'done']]);
  });

  it('reads «من PLACE:» before his words as said there', () => {
    expect(visits('لافروف من الدوحة: الحل في سوريا سياسي', 'ودعا الوزير إلى تسوية تحفظ وحدة البلاد.'))
      .toEqual([['sergey-lavrov', 'QAT', 'done']]);
  });

  it('gives nothing for his own capital', () => {
    expect(visits('أردوغان في أنقرة: لن نسمح بممر للإرهاب على حدودنا', 'وقال الرئيس التركي إن بلاده لن تسمح بذلك.')).toEqual([]);
  });

  it('gives nothing when the place is what the leader spoke of', () => {
    expect(visits('تصريحات أردوغان في سوريا تثير الجدل من جديد', 'وقال المتحدث إن التصريحات أسيء فهمها.')).toEqual([]);
    expect(visits('أوباما: الوضع في سوريا يزداد سوءا', 'وقال الرئيس الأمريكي إن الحل يجب أن يكون سياسيا.')).toEqual([]);
  });

  it('gives nothing for a resident ambassador where he serves', () => {
    expect(visits('السفير الأمريكي في الرياض يلتقي رجال الأعمال', 'وقال السفير إن العلاقات الاقتصادية قوية.')).toEqual([]);
  });

  it('gives nothing for a leader "in" a non-place', () => {
    expect(visits('أوباما في خطاب للأمة يدافع عن الاتفاق النووي', 'وقال الرئيس إن الاتفاق يمنع إيران من امتلاك السلاح.')).toEqual([]);
  });

  it('gives nothing for a body sentence of the same shape', () => {
    expect(visits('مباحثات اقتصادية', 'وأعلن المتحدث أن أردوغان في بكين لم يبحث الملف النووي.')).toEqual([]);
  });
});
