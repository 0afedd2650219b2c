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
