/**
 * Travel told with insertions, round 15 (issue #14, visit recall): a journey that carried its traveller
 * to places (جولة قادته إلى …، جولة قادت الوزير إلى …، مبادرة حملت فلانا إلى …). Sentences written for
 * these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2019-03-10') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status} ${v.date ?? '-'}`).sort();

describe('visits: a journey that carried its traveller (جولة قادته إلى، حملت الوزير إلى)', () => {
  it('reads the object pronoun as the sentence\'s subject, past the journey\'s own words', () => {
    expect(visits('وصل الرئيس الفرنسي إيمانويل ماكرون إلى نيروبي أمس، في المحطة الثالثة من جولة أفريقية قادته إلى جيبوتي وإثيوبيا.'))
      .toEqual(['emmanuel-macron>DJI done -', 'emmanuel-macron>ETH done -', 'emmanuel-macron>KEN done 2019-03-09']);
    expect(visits('وأجرى رئيس الوزراء الهندي ناريندرا مودي محادثات في طوكيو اليوم، بعد رحلة آسيوية حملته إلى كوريا الجنوبية والصين.'))
      .toEqual(['narendra-modi>CHN done -', 'narendra-modi>JPN done 2019-03-10', 'narendra-modi>KOR done -']);
  });
  it('reads the guest of a reception as the traveller', () => {
    expect(visits('واستقبل الملك سلمان بن عبدالعزيز الرئيس الصيني شي جين بينغ في الرياض أمس، في ختام جولة قادته إلى مصر والإمارات.'))
      .toEqual(['xi-jinping>ARE done -', 'xi-jinping>EGY done -', 'xi-jinping>SAU done 2019-03-09']);
  });
  it('reads a traveller named after the bare verb, and dates a stop only by the words after the verb', () => {
    expect(visits('وجاءت الخطوة بعد جولة خليجية قادت وزير الخارجية الأمريكي مايك بومبيو إلى الكويت وقطر.'))
      .toEqual(['mike-pompeo>KWT done -', 'mike-pompeo>QAT done -']);
    expect(visits('وتعود الفكرة إلى مبادرة أوروبية حملت المستشارة الألمانية أنغيلا ميركل إلى أنقرة في 7 فبراير الماضي.'))
      .toEqual(['angela-merkel>TUR done 2019-02-07']);
  });
  it('reads nothing for a journey to come, a thing or troops carried, the traveller\'s own state, or a pronoun two subjects share', () => {
    expect(visits('وقال ماكرون إن الجولة التي ستقوده إلى جيبوتي وإثيوبيا تبدأ الأسبوع المقبل.').filter((v) => v.includes(' done '))).toEqual([]);
    expect(visits('وكانت المبادرة قد حملت رسالة ماكرون إلى أديس أبابا والقاهرة.')).toEqual([]);
    expect(visits('وقالت الوزارة إن الرحلة التي نقلت الجنود الفرنسيين إلى مالي تمت بنجاح.')).toEqual([]);
    expect(visits('وعاد ماكرون إلى باريس بعد جولة قادته إلى ليون ومرسيليا.')).toEqual([]);
    expect(visits('والتقى ماكرون والمستشارة الألمانية أنغيلا ميركل بعد جولة قادته إلى روما.').filter((v) => v.includes('ITA'))).toEqual([]);
  });
});
