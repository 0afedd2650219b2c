import { describe, expect, it } from 'vitest';
import { extractedFacts } from './helpers.ts';

// A day told between a verb of saying and the complementiser that opens a perfect visit verb's
// clause dates the saying, not the visit: the visit came before it, on a day that clause does not tell.
describe('visits: the saying day is not the visit day', () => {
  const visitsOf = (text: string) => extractedFacts(text, '2016-03-12').filter((f) => f.type === 'visit');

  it('leaves a visit reported under a dated saying verb undated', () => {
    const v = visitsOf('قال مسؤولون غربيون أمس الجمعة إن الرئيس السوري بشار الأسد زار موسكو سرا قبل أسابيع.');
    expect(v.map((f) => [f.to, f.status, f.date])).toEqual([['RUS', 'done', null]]);
  });

  it('reads the saying verb in its feminine form too', () => {
    const v = visitsOf('أعلنت وزارة الخارجية الفرنسية الخميس أن الرئيس السوري بشار الأسد زار طهران في زيارة لم يعلن عنها.');
    expect(v.map((f) => [f.to, f.status, f.date])).toEqual([['IRN', 'done', null]]);
  });

  it('keeps a day told inside the reported clause as the visit day', () => {
    const v = visitsOf('قال مسؤولون غربيون إن الرئيس السوري بشار الأسد زار موسكو أمس الجمعة.');
    expect(v.map((f) => [f.to, f.status, f.date])).toEqual([['RUS', 'done', '2016-03-11']]);
  });

  it('keeps the day of a visit told with no saying verb before قبل أن', () => {
    const v = visitsOf('زار الرئيس السوري بشار الأسد موسكو أمس الجمعة قبل أن يعود إلى دمشق.');
    expect(v.map((f) => [f.to, f.status, f.date])).toEqual([['RUS', 'done', '2016-03-11']]);
  });

  it('keeps the saying day for a visit noun told as under way in what was said', () => {
    const v = visitsOf('أكد وزير الخارجية المصري سامح شكري أمس أن زيارة وزير الخارجية السعودي عادل الجبير للقاهرة تأتي في إطار التشاور المستمر.');
    expect(v.map((f) => [f.to, f.status, f.date])).toEqual([['EGY', 'done', '2016-03-11']]);
  });
});

// A date told after the noun of another event a visit is set against (بعد لقاء، عقب اجتماع، قبل قمة)
// is that event's day, never the visit's.
describe('visits: a date after a sequel event is that event\'s', () => {
  const visitsOf = (text: string) => extractedFacts(text, '2016-03-12').filter((f) => f.type === 'visit');

  it('does not date the visit by the meeting it comes after', () => {
    const v = visitsOf('وتأتي زيارة وزير الخارجية الروسي سيرغي لافروف إلى أنقرة بعد لقاء جمعه بنظيره الأمريكي في جنيف يوم الأحد الماضي.');
    expect(v.filter((f) => f.to === 'TUR').map((f) => [f.status, f.date])).toEqual([['done', null]]);
  });

  it('keeps a day told before the sequel phrase as the visit day', () => {
    const v = visitsOf('وصل وزير الخارجية الروسي سيرغي لافروف إلى العاصمة التركية أنقرة يوم الأحد الماضي بعد لقاء جمعه بنظيره الأمريكي في جنيف.');
    expect(v.filter((f) => f.to === 'TUR').map((f) => [f.status, f.date])).toEqual([['done', '2016-03-06']]);
  });
});
