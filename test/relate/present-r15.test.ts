/**
 * Presence at a located act abroad (issue #14, r15): a leader who is a doer (the subject, or one of a
 * list of subjects) of an act done in person — signing, attending, reaching or concluding an agreement,
 * holding or conducting talks, meeting, chairing, a speech, reading out a statement — that the same
 * clause places right after its doers in a state not his own travelled there (GUIDELINES, Visits). The
 * doers are read as one unit however many titled names they hold; a venue before the city (بقصر الشعب
 * في بكين) is passed. Sentences written for these tests; the whole pipeline (recogniser included) reads them.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published: string): VisitFact[] =>
  extractedFacts(text, published).filter((f): f is VisitFact => f.type === 'visit');
const trips = (text: string, published = '2016-03-20'): string[] =>
  visits(text, published).map((v) => `${v.visitor.id}>${v.to}:${v.status}:${v.date ?? '-'}`).sort();
const who = (text: string, published = '2016-03-20'): string[] => visits(text, published).map((v) => `${v.visitor.id}>${v.to}`).sort();

describe('the doers of an act in person, placed right after them', () => {
  it('reads a long list of titled signers before the place as one subject', () => {
    expect(who('ووقع الرئيس المصري عبدالفتاح السيسي والرئيس السوداني عمر البشير ورئيس الوزراء الإثيوبي هايلي ماريام ديسالين يوم السبت في العاصمة الرواندية كيغالي اتفاقا لتقاسم المياه.', '2015-03-23'))
      .toEqual(['abdel-fattah-el-sisi>RWA', 'hailemariam-desalegn>RWA', 'omar-al-bashir>RWA']);
  });
  it('reads reaching an agreement, with a leaders\' group heading the list and the time set off by commas', () => {
    expect(trips('وتوصل زعماء دول مجموعة العشرين ورئيس الوزراء البريطاني ديفيد كاميرون، مساء الخميس، في مدينة إسطنبول التركية، إلى تفاهم بشأن الضرائب.'))
      .toEqual(['david-cameron>TUR:done:2016-03-17']);
  });
  it('reads talks conducted at a venue of a foreign capital, the king styled by his honorific', () => {
    expect(trips('وأجرى صاحب الجلالة الملك محمد السادس، يوم الخميس، بقصر الإليزيه في باريس محادثات مطولة مع الرئيس الفرنسي فرانسوا هولاند.'))
      .toEqual(['mohammed-vi-of-morocco>FRA:done:2016-03-17']);
  });
  it('reads a meeting, a statement read out, a speech and a conference held abroad', () => {
    expect(who('فيما التقى وزير الخارجية الأمريكي جون كيري في عمان أمس عددا من المسؤولين الأردنيين.')).toEqual(['john-kerry>JOR']);
    expect(who('وتلا وزير الخارجية الإيراني محمد جواد ظريف في لوزان بيانا مقتضبا أمام الصحافيين.')).toEqual(['mohammad-javad-zarif>CHE']);
    expect(who('وألقى رئيس الوزراء الهندي ناريندرا مودي في أبوظبي كلمة أمام الجالية الهندية.')).toEqual(['narendra-modi>ARE']);
    expect(who('وكان الرئيس الفرنسي فرانسوا هولاند قد عقد في القاهرة مؤتمرا صحافيا مشتركا.')).toEqual(['francois-hollande>EGY']);
  });
});

describe('traps: no visit', () => {
  it('gives none at the doer\'s own capital', () => {
    expect(who('ووقع الرئيس المصري عبدالفتاح السيسي ورئيس الوزراء المصري شريف إسماعيل في القاهرة أمس حزمة قرارات اقتصادية.', '2016-03-20')).toEqual([]);
  });
  it('gives none for a place that is the topic or the object\'s site', () => {
    expect(who('وعقد الرئيس الفرنسي فرانسوا هولاند اجتماعا لمجلس الدفاع لبحث الوضع في سوريا.')).toEqual([]);
    expect(who('ووقع الرئيس الروسي فلاديمير بوتين اتفاقا لبناء محطة نووية في مصر.')).toEqual([]);
    expect(who('وأجرى الرئيس الروسي فلاديمير بوتين تعديلات على خطته في سوريا.')).toEqual([]);
  });
  it('gives none for a telephone call or video', () => {
    expect(who('وأجرى الرئيس الأمريكي باراك أوباما في عمان اتصالا هاتفيا مع العاهل الأردني.')).toEqual([]);
    expect(who('وشارك الرئيس الأمريكي باراك أوباما في قمة الرياض عبر الفيديو.')).toEqual([]);
  });
  it('gives none for an act still to come or denied', () => {
    expect(who('وسيوقع الرئيس الروسي فلاديمير بوتين في هانوي غدا اتفاقا للتعاون النووي.')).toEqual([]);
    expect(who('ولم يلتق وزير الخارجية الأمريكي جون كيري في عمان أيا من المسؤولين.')).toEqual([]);
  });
});

describe('a gathering placed by its host city, its chair and attendees named', () => {
  it('reads the chair of a conference a city hosted, after its relative clause', () => {
    expect(who('وجاء الاتفاق بعد أيام من المؤتمر الدولي حول اليمن الذي احتضنته جنيف يوم الأحد، برئاسة مشتركة لوزير الخارجية الأمريكي جون كيري ونظيره السويسري.', '2015-12-16'))
      .toEqual(['john-kerry>CHE']);
  });
  it('reads attendance told by a pronoun verb after a city hosting a gathering', () => {
    expect(who('ويأتي ذلك بعد أسبوع من استضافة الرياض مؤتمر دعم الاقتصاد اليمني، الذي افتتحه الملك سلمان بن عبدالعزيز، وحضره وزير الخارجية الأمريكي جون كيري.', '2015-03-20'))
      .toEqual(['john-kerry>SAU']);
    expect(who('واحتضنت القاهرة مؤتمرا للاستثمار، شارك فيه رئيس الوزراء البريطاني ديفيد كاميرون.', '2015-03-20')).toEqual(['david-cameron>EGY']);
  });
  it('gives none for the host\'s own leader, a government headed by someone, or a pronoun with no gathering placed', () => {
    expect(who('ويأتي ذلك بعد استضافة الرياض مؤتمر دعم الاقتصاد اليمني، وحضره ولي العهد الأمير مقرن بن عبدالعزيز.', '2015-03-20')).toEqual([]);
    expect(who('وتشكلت في القاهرة حكومة جديدة برئاسة شريف إسماعيل، وحضر وزير الخارجية الأمريكي جون كيري حفل تنصيبها عبر الفيديو.', '2015-03-20')).toEqual([]);
    expect(who('وقال مسؤولون إن المعرض الذي نظمته الوزارة، وحضره وزير الخارجية الأمريكي جون كيري، نجح نجاحا كبيرا.', '2015-03-20')).toEqual([]);
  });
  it('gives none for a gathering a city will host', () => {
    expect(who('وتستضيف الرياض مؤتمرا للاستثمار الشهر المقبل، يشارك فيه رئيس الوزراء البريطاني ديفيد كاميرون.', '2015-03-20')).toEqual([]);
  });
});

describe('the doer, not a leader in his title nor a posted envoy met', () => {
  it('gives none for a minister named by his head\'s name, or a meeting with an ambassador posted there', () => {
    expect(who('والتقى وزير خارجية أوباما في القاهرة عددا من رجال الأعمال.')).toEqual([]);
    expect(who('والتقى الرئيس الروسي فلاديمير بوتين في القاهرة السفير الصيني لدى مصر.')).toEqual([]);
  });
  it('still reads a leader styled by a bare honorific', () => {
    expect(who('وأجرى معالي عادل الجبير في موسكو مباحثات مع نظيره الروسي سيرغي لافروف.')).toEqual(['adel-al-jubeir>RUS']);
  });
});
