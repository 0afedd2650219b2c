/**
 * Attendance at a placed gathering told by a seat at its table (issue #14, round 12): «جلس إلى الطاولة
 * الرئيس الروسي …، والتركي …» names who attended in person the gathering the article placed last, each
 * leader of another state a visit there. Traps: the host's own leaders, a seat still to come, a seat taken
 * from afar, an article that places no gathering, a sentence placing the act in another state, and a table
 * that is only a figure of speech for talks to come. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2021-03-10') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();
const done = (text: string, published?: string) => visits(text, published).filter((v) => v.endsWith(' done'));

const opened = 'افتتح مؤتمر روما حول السودان أعماله أمس بمشاركة واسعة.';

describe('attendance: a seat at the table of the gathering the article placed', () => {
  it('gives each seated leader of another state a visit, titles elided after the first (والتركي …)', () => {
    expect(done(`${opened} فقد جلس إلى الطاولة الرئيس الروسي فلاديمير بوتين والتركي رجب طيب أردوغان والفرنسي إيمانويل ماكرون.`))
      .toEqual(['emmanuel-macron>ITA done', 'recep-tayyip-erdogan>ITA done', 'vladimir-putin>ITA done']);
    expect(done(`${opened} وجلس حول طاولة الاجتماع الأمين العام للأمم المتحدة أنطونيو غوتيريش.`))
      .toEqual(['antonio-guterres>ITA done']);
  });
  it('reads a gathering placed by its held verb, several sentences back', () => {
    expect(done('عقدت القمة الأفريقية في أديس أبابا أمس. وتناولت القمة ملفات الأمن والتنمية. وجلس إلى الطاولة الرئيس التركي رجب طيب أردوغان.'))
      .toEqual(['recep-tayyip-erdogan>ETH done']);
  });
  it('gives none to the host state\'s own leaders', () => {
    expect(done(`${opened} وجلس إلى الطاولة رئيس الوزراء الإيطالي ماريو دراغي.`)).toEqual([]);
  });
  it('gives none to a seat still to come, or taken from afar', () => {
    expect(done(`${opened} وسيجلس إلى الطاولة غدا الرئيس الروسي فلاديمير بوتين.`)).toEqual([]);
    expect(done(`${opened} ويجلس إلى الطاولة غدا الرئيس الروسي فلاديمير بوتين.`)).toEqual([]);
    expect(done(`${opened} وجلس إلى الطاولة عبر الاتصال المرئي الرئيس الروسي فلاديمير بوتين.`)).toEqual([]);
  });
  it('gives none when no gathering is placed, or the sentence places the act in another state', () => {
    expect(done('وجلس إلى طاولة المفاوضات الرئيس الروسي فلاديمير بوتين والتركي رجب طيب أردوغان.')).toEqual([]);
    expect(done(`${opened} وفي موسكو جلس إلى الطاولة الرئيس التركي رجب طيب أردوغان.`)).toEqual([]);
  });
  it('gives none to a table that is a figure for talks (الجلوس إلى طاولة المفاوضات)', () => {
    expect(done(`${opened} ودعا الرئيس الروسي فلاديمير بوتين إلى الجلوس إلى طاولة المفاوضات.`)).toEqual([]);
  });
});

describe('attendance at a placed gathering: the day the article tells it was held', () => {
  it('dates each attendee by the day of the gathering\'s own relative clause, sentences back', () => {
    const facts = extractedFacts('لم ينته مؤتمر روما حول السودان، الذي استضافه رئيس الوزراء الإيطالي ماريو دراغي أمس الثلاثاء، إلى نتائج كبيرة. وشارك في المؤتمر الرئيس التركي رجب طيب أردوغان.', '2021-03-10')
      .filter((f): f is VisitFact => f.type === 'visit');
    expect(facts.map((v) => `${v.visitor.id}>${v.to} ${v.date}`)).toEqual(['recep-tayyip-erdogan>ITA 2021-03-09']);
  });
  it('takes no day from a sentence about the gathering that tells none, nor the article\'s own day there', () => {
    const facts = extractedFacts('ويرى مراقبون أن مؤتمر روما حول السودان، الذي تستضيفه إيطاليا، لن يغير كثيرا. وتناول الخبراء ملفات كثيرة. وكان الرئيس التركي رجب طيب أردوغان قد شارك في المؤتمر.', '2021-03-10')
      .filter((f): f is VisitFact => f.type === 'visit');
    expect(facts.filter((v) => v.date === '2021-03-10')).toEqual([]);
  });
});
