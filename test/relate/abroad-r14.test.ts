/**
 * Talks, meetings and signings placed abroad (issue #14, r14): a meeting the article's dateline places
 * with the host state's own head at home, a venue of the dateline's own state that keeps the act
 * there, a leader's guest (وضيفه), attendance told with its subject first, and the envoy's sender who
 * stayed home. Sentences written for these tests; the whole pipeline (recogniser included) reads them.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2016-04-08'): VisitFact[] =>
  extractedFacts(text, published).filter((f): f is VisitFact => f.type === 'visit');
const trips = (text: string, published?: string): string[] => visits(text, published).map((v) => `${v.visitor.id}>${v.to}:${v.status}`);

describe('a meeting the dateline places, the host head at home', () => {
  it('reads talks held with the host head under the dateline as the guest\'s visit', () => {
    const v = visits('الرياض - واس: عقد الملك سلمان بن عبدالعزيز اليوم جلسة مباحثات مع الرئيس الصيني شي جين بينغ تناولت العلاقات الثنائية.');
    expect(v.map((x) => `${x.visitor.id}>${x.to}`)).toEqual(['xi-jinping>SAU']);
    expect(v[0]!.evidence[0]!.rule).toMatch(/^visit:meeting-dateline\|/);
    expect(v[0]!.date).toBe('2016-04-08');
  });
  it('gives nothing for a telephone call, talks still to come, or two sides of other states', () => {
    expect(trips('الرياض - واس: أجرى الملك سلمان بن عبدالعزيز اليوم اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ تناول العلاقات الثنائية.')).toEqual([]);
    expect(trips('الرياض - واس: يعقد الملك سلمان بن عبدالعزيز غدا جلسة مباحثات مع الرئيس الصيني شي جين بينغ تتناول العلاقات الثنائية.')).toEqual([]);
    // A wire desk's city: neither side is at home there, so where they met is not told.
    expect(trips('جنيف - رويترز: عقد وزير الخارجية الروسي سيرغي لافروف اليوم جلسة مباحثات مع الرئيس الصيني شي جين بينغ تناولت الأزمة.')).toEqual([]);
  });
  it('lets the sentence\'s own place of another state win over the dateline', () => {
    expect(trips('الرياض - واس: عقد الملك سلمان بن عبدالعزيز اليوم في موسكو جلسة مباحثات مع الرئيس الصيني شي جين بينغ تناولت العلاقات.').sort())
      .toEqual(['salman-of-saudi-arabia>RUS:done', 'xi-jinping>RUS:done']);
  });
});

describe('a venue of the dateline\'s own state keeps the act there', () => {
  it('reads talks set in a hall of the dateline\'s city', () => {
    expect(trips('بكين - واس: عقد الأمير محمد بن سلمان اليوم في قاعة الشعب الكبرى ببكين جلسة مباحثات مع الرئيس شي جين بينغ، استعرضا خلالها العلاقات.'))
      .toEqual(['mohammed-bin-salman>CHN:done']);
  });
  it('still gives no visit to the envoy\'s sender named at the event or the meeting', () => {
    expect(trips('تيرانا - واس: حضر مراسم تسليم المساعدات في تيرانا أمس سفير خادم الحرمين الشريفين طلعت رضوان.')).toEqual([]);
    expect(trips('دمشق - واس: التقى الرئيس السوري بشار الأسد أمس بمبعوث رئيس الوزراء العراقي حيدر العبادي.', '2015-07-31')).toEqual([]);
    expect(trips('التقى الرئيس السوري بشار الأسد أمس في دمشق مبعوث رئيس الوزراء العراقي حيدر العبادي.', '2015-07-31')).toEqual([]);
    // The leader himself, met there, did come.
    expect(trips('دمشق - واس: التقى الرئيس السوري بشار الأسد أمس رئيس الوزراء العراقي حيدر العبادي.', '2015-07-31')).toEqual(['haider-al-abadi>SYR:done']);
  });
});

describe('a leader\'s guest (وضيفه)', () => {
  it('reads the guest as visiting the host\'s state', () => {
    const v = visits('القاهرة - واس: وقع الرئيس عبد الفتاح السيسي وضيفه الملك سلمان بن عبدالعزيز أمس اتفاقا لإنشاء جسر بري.');
    expect(v.map((x) => `${x.visitor.id}>${x.to}`)).toEqual(['salman-of-saudi-arabia>EGY']);
    expect(v[0]!.evidence[0]!.rule).toMatch(/^visit:host-guest\|/);
    expect(v[0]!.host?.id).toBe('abdel-fattah-el-sisi');
    expect(trips('وتناول الرئيس عبد الفتاح السيسي الغداء مع ضيفه الملك سلمان بن عبدالعزيز في قصر الاتحادية.')).toEqual(['salman-of-saudi-arabia>EGY:done']);
  });
  it('gives nothing for a guest of his own state, a place elsewhere, or a team\'s guest', () => {
    expect(trips('واستقبل الرئيس عبد الفتاح السيسي ضيفه رئيس الوزراء المصري شريف إسماعيل.')).toEqual([]);
    expect(trips('وتناول الرئيس عبد الفتاح السيسي الغداء مع ضيفه الملك سلمان بن عبدالعزيز في قصر اليمامة بالرياض.')).toEqual([]);
    expect(trips('وتغلب الهلال على ضيفه النصر بهدفين في الرياض.')).toEqual([]);
  });
  it('is the visit the article dates by its arrival, told once', () => {
    const v = visits('وصل الرئيس الصيني شي جين بينغ إلى الرياض يوم الأربعاء. ووقع الملك سلمان بن عبدالعزيز وضيفه الرئيس الصيني أمس الخميس اتفاقية شراكة.');
    expect(v.map((x) => `${x.visitor.id}>${x.to}:${x.date}`)).toEqual(['xi-jinping>SAU:2016-04-06']);
  });
});

describe('attendance told with its subject first (كان … قد شهد في PLACE)', () => {
  it('reads the attendee as there', () => {
    expect(trips('وكان الملك سلمان قد شهد في القاهرة توقيع اتفاقية لإنشاء جسر بري.')).toEqual(['salman-of-saudi-arabia>EGY:done']);
  });
  it('gives nothing at home', () => {
    expect(trips('وكان الرئيس عبد الفتاح السيسي قد شهد في القاهرة توقيع اتفاقية لإنشاء جسر بري.')).toEqual([]);
  });
});
