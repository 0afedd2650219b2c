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

describe('visits: coming or returning from a place, as the circumstance of a leader\'s clause (قادما من، عائدا من)', () => {
  it('reads the clause\'s leader as having been there, whatever the clause\'s verb', () => {
    expect(visits('وحضر الرئيس الفرنسي إيمانويل ماكرون حفل التوقيع قادما من القاهرة.'))
      .toEqual(['emmanuel-macron>EGY done -']);
    expect(visits('وقال وزير الخارجية الأمريكي مايك بومبيو للصحافيين عائدا من الكويت إن المحادثات كانت صريحة.'))
      .toEqual(['mike-pompeo>KWT done -']);
    expect(visits('وافتتح ولي العهد السعودي الأمير محمد بن سلمان المعرض أمس قادما من باريس.'))
      .toEqual(['mohammed-bin-salman>FRA done -']);
    expect(visits('ووصل أوباما إلى مقر الحفل قادما من الأردن.', '2015-03-30')).toEqual(['barack-obama>JOR done -']);
  });
  it('dates the stay by a relative on the place whose verb carries its pronoun (التي وصلها الخميس)', () => {
    expect(visits('وشارك رئيس الوزراء الهندي ناريندرا مودي في الجلسة قادما من طوكيو، التي وصلها الخميس.'))
      .toEqual(['narendra-modi>JPN done 2019-03-07']);
  });
  it('reads nothing for a noun the participle describes, the leader\'s own state, or two leaders in the clause', () => {
    expect(visits('واستقبل الرئيس عبدالفتاح السيسي وفدا قادما من الرياض.')).toEqual([]);
    expect(visits('وقال ماكرون للصحافيين عائدا من باريس إن المحادثات كانت صريحة.')).toEqual([]);
    expect(visits('والتقى ماكرون المستشارة الألمانية أنغيلا ميركل قادما من روما.')).toEqual([]);
    // (The circumstance shares its subject's act's modality.)
    expect(visits('ولم يحضر الرئيس الفرنسي إيمانويل ماكرون حفل التوقيع قادما من القاهرة.')).toEqual([]);
  });
});

describe('visits: a stop of a journey framing a clause (بعد محطة أولى في، خلال محطته الأردنية)', () => {
  it('reads the clause\'s leader, or the sentence\'s subject past a comma, as having stopped there', () => {
    expect(visits('ووصل الرئيس الفرنسي إيمانويل ماكرون إلى أبوظبي مساء أمس، بعد محطة أولى في القاهرة.'))
      .toEqual(['emmanuel-macron>ARE done 2019-03-09', 'emmanuel-macron>EGY done -']);
    expect(visits('وأكد الرئيس الفرنسي إيمانويل ماكرون في المحطة الثانية من جولته بالقاهرة أن العلاقات متينة.'))
      .toEqual(['emmanuel-macron>EGY done -']);
    expect(visits('وبحث وزير الخارجية الأمريكي مايك بومبيو ملف اللاجئين خلال محطته الأردنية.'))
      .toEqual(['mike-pompeo>JOR done -']);
  });
  it('reads no plant or station, no stop told in what was said, and no journey whose traveller the sentence does not name', () => {
    expect(visits('وافتتح الرئيس الروسي فلاديمير بوتين محطة في مصر لتوليد الكهرباء.')).toEqual([]);
    expect(visits('وتفقد الرئيس الروسي فلاديمير بوتين محطة الكهرباء في القاهرة.')).toEqual([]);
    expect(visits('وقال ماكرون إن المحطة الأولى في إثيوبيا ستكون الأهم.')).toEqual([]);
    expect(visits('وانتقد الرئيس التركي رجب طيب أردوغان موقف الأسد. وصرح على متن الطائرة عائدا من جولة نقلته إلى الصين وماليزيا أن الحل سياسي.')
      .filter((v) => v.includes('CHN'))).toEqual([]);
  });
});

describe('visits: flying to a place (طار، طارت، يطير إلى) is travelling there', () => {
  it('reads the verb as a travel verb, in its word orders and tenses', () => {
    expect(visits('وطار الرئيس الفرنسي إيمانويل ماكرون أمس إلى الرياض في زيارة مفاجئة.')).toEqual(['emmanuel-macron>SAU done 2019-03-09']);
    expect(visits('وكانت المستشارة الألمانية أنغيلا ميركل قد طارت إلى أنقرة مطلع الشهر الجاري.')).toEqual(['angela-merkel>TUR done 2019-03']);
    // The imperfect of setting out in a report's body is a leg still to fly (departure_imperfect).
    expect(visits('ويطير وزير الخارجية الأمريكي مايك بومبيو اليوم إلى الكويت.')).toEqual(['mike-pompeo>KWT planned 2019-03-10']);
  });
  it('reads no aircraft flying, no denied flight and no idiom', () => {
    expect(visits('وطارت الطائرة إلى الرياض وعلى متنها شحنة من الأدوية.')).toEqual([]);
    expect(visits('ولم يطر ماكرون إلى الرياض كما كان مقررا.')).toEqual([]);
    expect(visits('وطار صواب ماكرون بعد قرار الرياض.')).toEqual([]);
    expect(visits('وقال ماكرون إنه سيطير إلى الرياض الأسبوع المقبل.').filter((v) => v.includes(' done '))).toEqual([]);
  });
});

describe('visits: a journey\'s stops past ثم take the date their stretch ends in, as a visit verb\'s stops do', () => {
  it('dates every stop of the stretch by the date after its last stop', () => {
    expect(visits('والتقى الرئيس الأمريكي باراك أوباما الرئيس الكيني أمس في ختام جولة قادته إلى غانا عام 2012، ثم إلى السنغال وتنزانيا عام 2013.', '2015-07-20'))
      .toEqual(['barack-obama>GHA done 2012', 'barack-obama>SEN done 2013', 'barack-obama>TZA done 2013']);
  });
});
