/**
 * Visits: recall constructions of news, round 11 (issue #14), each with sentences it must read and the
 * trap it must not fire on. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published: string) => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status} ${v.date ?? '-'}`).sort();

describe('visits: an attendee where the opening sentence places the event, in a sentence naming states as actors', () => {
  const opening = 'افتتحت صباح أمس في العاصمة البحرينية المنامة أعمال منتدى الاستثمار الإقليمي.';
  it('gives the attendee a visit when the other states are named as participants or origins, not places', () => {
    expect(visits(`${opening} ويشارك في المنتدى وفد سعودي يرأسه وزير المالية محمد الجدعان، ووفود من الإمارات والأردن.`, '2019-06-26'))
      .toEqual(['محمد-الجدعان>BHR done 2019-06-25']);
    expect(visits(`${opening} ويشارك في المنتدى وفد سعودي يرأسه وزير المالية محمد الجدعان، فيما تشارك مصر بوفد أصغر.`, '2019-06-26'))
      .toEqual(['محمد-الجدعان>BHR done 2019-06-25']);
  });
  it('gives none when the sentence sets its act in another state, or names a capital', () => {
    expect(visits(`${opening} وشارك وزير المالية السعودي محمد الجدعان أمس في اجتماع آخر في الأردن.`, '2019-06-26')).toEqual([]);
    expect(visits(`${opening} وشارك وزير المالية السعودي محمد الجدعان أمس في منتدى عمان الاقتصادي.`, '2019-06-26'))
      .not.toContain('محمد-الجدعان>BHR done 2019-06-25');
  });
});

describe('visits: a list of princes under a dateline (الأمير تركي بن …)', () => {
  it('reads تركي before بن as a given name, not "Turkish", so the prince before it is no Turkish emir visiting', () => {
    expect(visits('الرياض - واس: حضر الحفل الأمير فهد بن نايف بن عبدالعزيز، والأمير تركي بن فيصل بن عبدالمجيد.', '2015-08-01')).toEqual([]);
  });
  it('still reads a Turkish minister in the list a visitor, and the prince after him none', () => {
    expect(visits('الرياض - واس: حضر الحفل وزير الخارجية التركي مولود تشاووش أوغلو، والأمير تركي بن فيصل بن عبدالمجيد.', '2015-08-01'))
      .toEqual(['mevlut-cavusoglu>SAU done 2015-08-01']);
  });
});

describe('visits: a delegate posted to an international body, under a dateline where it sits', () => {
  it('gives a minister attending there a visit', () => {
    expect(visits('جدة - واس: شارك وزير الخارجية الروسي سيرغي لافروف أمس في اجتماع اللجنة التنفيذية للمنظمة.', '2019-06-26'))
      .toEqual(['sergey-lavrov>SAU done 2019-06-25']);
  });
  it('gives none to a permanent representative or an ambassador to the UN: he lives where the body sits', () => {
    expect(visits('جدة - واس: شارك المندوب الدائم لروسيا لدى منظمة التعاون الإسلامي فلاديمير سيدوروف أمس في اجتماع اللجنة التنفيذية للمنظمة.', '2019-06-26')).toEqual([]);
    expect(visits('نيويورك - واس: وقع مندوب المملكة لدى الأمم المتحدة السفير عبدالله المعلمي أمس اتفاقية مع ناميبيا.', '2019-06-26')).toEqual([]);
  });
});

describe('visits: Morocco\'s month names date a visit (نونبر، شتنبر)', () => {
  it('reads them as months', () => {
    expect(visits('وكان الرئيس الفرنسي إيمانويل ماكرون قد زار الرباط في نونبر 2018.', '2019-06-26')).toEqual(['emmanuel-macron>MAR done 2018-11']);
    expect(visits('وزار الرئيس الفرنسي إيمانويل ماكرون الرباط في شتنبر الماضي.', '2019-06-26')).toEqual(['emmanuel-macron>MAR done 2018-09']);
  });
  it('leaves the verb غشت ("cheated") no date', () => {
    expect(visits('وزار الرئيس الفرنسي إيمانويل ماكرون الرباط أمس، وقال إن التجار غشت بضائعهم.', '2019-06-26')).toEqual(['emmanuel-macron>MAR done 2019-06-25']);
  });
});

describe('visits: an earlier visit recalled beside the one told, its destination unsaid (بعد زيارته الأولى)', () => {
  it('gives the earlier visit the told visit\'s destination and its own date', () => {
    expect(visits('ووصل رئيس الوزراء الإسباني بيدرو سانشيز إلى الرباط أمس، في ثاني زيارة له بعد زيارته الأولى في نوفمبر 2018.', '2022-04-08'))
      .toEqual(['pedro-sanchez>MAR done 2018-11', 'pedro-sanchez>MAR done 2022-04-07']);
    expect(visits('ووصل رئيس الوزراء الإسباني بيدرو سانشيز إلى الرباط أمس، في أول زيارة منذ زيارته الأخيرة عام 2015.', '2022-04-08'))
      .toEqual(['pedro-sanchez>MAR done 2015', 'pedro-sanchez>MAR done 2022-04-07']);
  });
  it('gives none for the visit told called its first, an undated recall, or a planned visit', () => {
    expect(visits('ووصل رئيس الوزراء الإسباني بيدرو سانشيز إلى الرباط أمس، في زيارته الأولى منذ توليه منصبه.', '2022-04-08'))
      .toEqual(['pedro-sanchez>MAR done 2022-04-07']);
    expect(visits('ووصل رئيس الوزراء الإسباني بيدرو سانشيز إلى الرباط أمس، بعد زيارته الأولى.', '2022-04-08'))
      .toEqual(['pedro-sanchez>MAR done 2022-04-07']);
    expect(visits('ومن المقرر أن يزور رئيس الوزراء الإسباني بيدرو سانشيز الرباط الشهر المقبل، بعد زيارته الأولى في نوفمبر 2018.', '2022-04-08')
      .filter((v) => v.includes(' done '))).toEqual([]);
  });
});

describe('visits: a list of attendees read on past any minister\'s portfolio (ووزير الخزانة الأمريكي …)', () => {
  it('gives each listed minister of another state a visit', () => {
    expect(visits('المنامة - واس: افتتحت الحكومة المعرض بحضور وزير التجارة الأمريكي جيسون ميلر، ووزير الخزانة الأمريكي ستيفن منوشين.', '2019-06-26'))
      .toEqual(['جسن-ملر>BHR done 2019-06-26', 'ستفن-منشن>BHR done 2019-06-26']);
  });
  it('stops at a portfolio with no named minister after it', () => {
    expect(visits('المنامة - واس: افتتحت الحكومة المعرض بحضور وزير التجارة الأمريكي جيسون ميلر، وخبراء الطاقة والنفط.', '2019-06-26'))
      .toEqual(['جسن-ملر>BHR done 2019-06-26']);
  });
});
