/**
 * The day of an agreement the text gives no day (issue #19, audit r8): the published day dates only a
 * signing the article presents as the day's news, one whose lead gives the day of its news (اليوم،
 * أمس، a weekday, a date of the week before, a day counted from another event). A signing told with no
 * day in an article whose lead gives none, or told by reports in a content clause, stays undated; one
 * its own clause dates keeps that date. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const PUBLISHED = '2015-08-06';
const dates = (text: string, title: string | null = null): (string | null)[] =>
  extractedAgreements(text, PUBLISHED, title).map((f: AgreementFact) => f.date);

describe('an article whose lead gives no day of its news', () => {
  it('leaves a signing its lead tells undated', () => {
    expect(dates('أبرمت السعودية اتفاقية مع مصر لتوريد معدات الطاقة الشمسية.')).toEqual([null]);
    expect(dates('وتوصل الاتحاد الأوروبي وفيتنام إلى اتفاق لإلغاء الرسوم على أغلب السلع بين الطرفين.')).toEqual([null]);
  });
  it('leaves undated the headline that tells it in the present', () => {
    expect(dates('وتبادل الجانبان الآراء حول تعزيز التعاون.', 'السعودية والأردن توقعان مذكرة تفاهم في مجال النقل')).toEqual([null]);
  });
  it('counts no day word inside a paper\'s name (عين اليوم) as a day', () => {
    expect(dates('سارة المحمد – عين اليوم. ووقعت السعودية اتفاقية مع مصر لتنظيم استقدام العمالة.')).toEqual([null]);
    expect(dates('سارة المحمد – الرياض. ووقعت السعودية اليوم اتفاقية مع مصر. ووقعت السعودية مذكرة تفاهم مع الأردن.')).toEqual([PUBLISHED, PUBLISHED]);
  });
  it('keeps the day a signing\'s own clause gives', () => {
    expect(dates('وقعت السعودية ومصر في 3 أغسطس اتفاقية للتعاون في مجال الطاقة.')).toEqual(['2015-08-03']);
    expect(dates('وكانت السعودية ومصر قد وقعتا يوم الأحد الماضي اتفاقية للتعاون في مجال الطاقة.')).toEqual(['2015-08-02']);
  });
});

describe('an article whose lead gives the day of its news', () => {
  it('dates by it a signing its lead tells with no day', () => {
    expect(dates('استقبل الرئيس المصري اليوم وزير الطاقة السعودي. وأبرمت السعودية اتفاقية مع مصر لتوريد معدات الطاقة الشمسية.')).toEqual([PUBLISHED]);
    expect(dates('الرياض - واس: وقعت السعودية ومصر اليوم اتفاقية للتعاون في مجال الطاقة.')).toEqual([PUBLISHED]);
  });
  it('dates by it the headline that tells the signing in the present', () => {
    expect(dates('وقع وزيرا النقل في البلدين اليوم مذكرة التفاهم.', 'السعودية والأردن توقعان مذكرة تفاهم في مجال النقل')).toEqual([PUBLISHED]);
  });
  it('a day counted from another event (بعد يوم من) is a day of the news', () => {
    const text = 'وبعد يوم من زيارته للقاهرة، وصل وزير الطاقة السعودي إلى عمّان في جولة إقليمية. ووقعت السعودية والأردن اتفاقيات في مجالات منها الربط الكهربائي.';
    expect(dates(text)).toEqual([PUBLISHED]);
  });
  it('still leaves undated a signing told in the background: pluperfect (with its conjunction too), a relative clause, «سبق أن»', () => {
    const lead = 'وصل وزير الطاقة السعودي إلى القاهرة اليوم في زيارة رسمية. ';
    expect(dates(`${lead}وكانت السعودية قد وقعت اتفاقية مع مصر لتوريد الغاز.`)).toEqual([null]);
    expect(dates(`${lead}كانت السعودية قد وقعت اتفاقية مع مصر لتوريد الغاز.`)).toEqual([null]);
    expect(dates(`${lead}وأشاد الوزير بالاتفاقية التي وقعتها السعودية مع مصر لتوريد الغاز.`)).toEqual([null]);
    expect(dates(`${lead}وسبق أن وقعت السعودية اتفاقية مع مصر لتوريد الغاز.`)).toEqual([null]);
  });
});

describe('a signing reports tell in a content clause', () => {
  it('is not dated by the article\'s day, even where the lead gives one', () => {
    const text = 'ذكرت تقارير إعلامية أن فرنسا ومصر توصلتا إلى اتفاق لتعويض صفقة السفن الملغاة. وقال مستشار الرئيس أمس إن المحادثات انتهت.';
    expect(dates(text)).toEqual([null]);
  });
  it('a minister\'s own word on it in the day\'s story keeps the article\'s day', () => {
    const text = 'وصل وزير الخارجية المصري إلى باريس اليوم. وقال الوزير إن فرنسا ومصر توصلتا إلى اتفاق لتعويض صفقة السفن الملغاة.';
    expect(dates(text)).toEqual([PUBLISHED]);
  });
});

describe('the day of another clause', () => {
  it('a day before a time adjunct word dates the clause it modifies, not the act the adjunct governs', () => {
    expect(dates('وارتفعت أسعار النفط يوم الأربعاء عقب توصل إيران لاتفاق نووي مع القوى الكبرى في فيينا.')).toEqual([null]);
    expect(dates('وتراجع سعر الصرف يوم الأحد بعد توقيع اتفاقية للتعاون المالي بين السعودية ومصر.')).toEqual([null]);
  });
  it('a day after the adjunct word is the act\'s own', () => {
    expect(dates('وارتفعت أسعار النفط عقب توقيع اتفاقية للتعاون بين السعودية ومصر يوم الأحد الماضي.')).toEqual(['2015-08-02']);
  });
  it('a day the act\'s own clause opens with, no adjunct word between, still dates it', () => {
    expect(dates('وفي يوم الأحد الماضي وقعت السعودية ومصر اتفاقية للتعاون المالي.')).toEqual(['2015-08-02']);
  });
});
