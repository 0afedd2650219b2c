/**
 * Round 16 (issue #14, visit recall, capability grid data/robustness/grids/visits.yaml): constructions of
 * a done or under-way trip the grid found unread. A capital given after its place noun and nisba as the
 * object (زار العاصمة اليابانية طوكيو) or after ل (خلال زيارته للعاصمة اليابانية طوكيو); arriving as a
 * guest on a place (وحل … ضيفا على …); a support verb far from its noun past a long name (وبدأ أمير دولة
 * قطر الشيخ تميم بن حمد آل ثاني أمس زيارة); ending a visit (أنهى زيارة); attending a gathering whose
 * relative names the place that hosted it (القمة التي استضافتها …); heading one's delegation to a place.
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2019-03-10') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status} ${v.date ?? '-'}`).sort();
const done = (text: string, published?: string) => visits(text, published).filter((l) => l.includes(' done '));

describe('a capital after its place noun and nisba', () => {
  it('is the object of زار and غادر, and the goal of ل', () => {
    expect(visits('وزار رئيس الوزراء الهندي ناريندرا مودي العاصمة اليابانية طوكيو يوم الجمعة.')).toEqual(['narendra-modi>JPN done 2019-03-08']);
    expect(visits('وكان الرئيس الفرنسي إيمانويل ماكرون قد زار العاصمة المصرية القاهرة في يناير الماضي.')).toEqual(['emmanuel-macron>EGY done 2019-01']);
    expect(visits('وغادر وزير الخارجية الأمريكي مايك بومبيو العاصمة الكويتية أمس بعد محادثات مطولة.')).toEqual(['mike-pompeo>KWT done 2019-03-09']);
    expect(done('وغادر وزير الخارجية الأمريكي مايك بومبيو مدينة الكويت أمس بعد زيارة قصيرة.')).toEqual(['mike-pompeo>KWT done 2019-03-09']);
    expect(visits('وشدد الرئيس الفرنسي إيمانويل ماكرون خلال زيارته للعاصمة المصرية القاهرة على أهمية الحوار.')).toEqual(['emmanuel-macron>EGY done 2019-03-10']);
  });
  it('not when planned, denied, or the place noun heads no place', () => {
    expect(done('ومن المنتظر أن يزور رئيس الوزراء الهندي ناريندرا مودي العاصمة اليابانية طوكيو الشهر المقبل.')).toEqual([]);
    expect(visits('ولم يزر الرئيس الفرنسي إيمانويل ماكرون العاصمة المصرية القاهرة منذ عامين.')).toEqual([]);
    expect(visits('وزار الرئيس الفرنسي إيمانويل ماكرون مدينة ليون الفرنسية أمس.')).toEqual([]);
  });
  it('a support verb names no visitor when a title chain of an unknown person stands after the leader', () => {
    expect(visits('ووافق الرئيس الفرنسي إيمانويل ماكرون على قيام المدير العام الدكتور جان مارتان بزيارة مدينة دبي.')).toEqual([]);
  });
});

describe('arriving as a guest on a place (حل ضيفا على)', () => {
  it('reads وحل as the verb after و, with its subject before ضيفا', () => {
    expect(visits('وحل رئيس الوزراء الهندي ناريندرا مودي أمس ضيفا على العاصمة اليابانية طوكيو.')).toEqual(['narendra-modi>JPN done 2019-03-09']);
    expect(visits('وحل ولي العهد السعودي الأمير محمد بن سلمان ضيفا عزيزا على باكستان.')).toEqual(['mohammed-bin-salman>PAK done 2019-03-10']);
  });
  it('not a guest of a programme, nor a guest to come or denied', () => {
    expect(visits('وحل الرئيس الفرنسي إيمانويل ماكرون ضيفا على برنامج حواري في باريس.')).toEqual([]);
    expect(done('ويحل رئيس الوزراء الهندي ناريندرا مودي ضيفا على طوكيو الأسبوع المقبل.')).toEqual([]);
    expect(visits('ولم يحل الرئيس الفرنسي إيمانويل ماكرون ضيفا على القاهرة منذ عامين.')).toEqual([]);
  });
  it('a name with صباح in it is no time word (الشيخ صباح الأحمد)', () => {
    expect(visits('وحل أمير الكويت الشيخ صباح الأحمد الجابر الصباح أمس ضيفا على العاصمة اليابانية طوكيو.', '2016-05-10'))
      .toEqual(['sabah-al-ahmad-al-jaber-al-sabah>JPN done 2016-05-09']);
  });
});

describe('a support verb past a long name, and ending a visit', () => {
  it('counts the subject\'s titles and whole name as one word', () => {
    expect(visits('وبدأ أمير دولة قطر الشيخ تميم بن حمد آل ثاني أمس زيارة رسمية إلى العاصمة اليابانية طوكيو.')).toEqual(['tamim-bin-hamad-al-thani>JPN done 2019-03-09']);
    expect(visits('وعاد أمير دولة قطر الشيخ تميم بن حمد آل ثاني أمس إلى الدوحة بعد زيارة رسمية لطوكيو.')).toEqual(['tamim-bin-hamad-al-thani>JPN done -']);
  });
  it('reads أنهى as a support verb, only in the perfect', () => {
    expect(visits('وأنهى رئيس الوزراء الهندي ناريندرا مودي أمس زيارة رسمية لليابان استمرت ثلاثة أيام.')).toEqual(['narendra-modi>JPN done 2019-03-09']);
    expect(done('وألغى رئيس الوزراء الهندي ناريندرا مودي زيارة كانت مقررة لليابان الأسبوع المقبل.')).toEqual([]);
  });
});

describe('a gathering hosted by a place, and a delegation headed there', () => {
  it('reads the attendee of a gathering whose relative names its host place', () => {
    expect(visits('وشارك رئيس الوزراء الهندي ناريندرا مودي أمس في القمة التي استضافتها العاصمة اليابانية طوكيو.')).toEqual(['narendra-modi>JPN done 2019-03-09']);
    expect(done('ويشارك رئيس الوزراء الهندي ناريندرا مودي الأسبوع المقبل في القمة التي تستضيفها طوكيو.')).toEqual([]);
    expect(visits('وشارك رئيس الوزراء الهندي ناريندرا مودي عبر الاتصال المرئي في القمة التي استضافتها طوكيو.')).toEqual([]);
  });
  it('reads the head of his state\'s delegation to a place or to talks held there', () => {
    expect(visits('وترأس وزير الخارجية الأمريكي مايك بومبيو أمس وفد بلاده إلى طوكيو.')).toEqual(['mike-pompeo>JPN done 2019-03-09']);
    expect(visits('وترأس وزير الخارجية الأمريكي مايك بومبيو وفد بلاده إلى المفاوضات التي جرت في العاصمة الفيتنامية هانوي.')).toEqual(['mike-pompeo>VNM done 2019-03-10']);
    expect(done('وسيترأس وزير الخارجية الأمريكي مايك بومبيو وفد بلاده إلى طوكيو الأسبوع المقبل.')).toEqual([]);
  });
});
