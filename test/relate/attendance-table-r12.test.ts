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

describe('attendance lists: an item joined by «، إلى جانب», and an organisation\'s office before its holder', () => {
  it('reads an item after «، إلى جانب» or «، بالإضافة إلى» as one more attendee', () => {
    expect(done('الرياض - واس: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، إلى جانب وزير الخارجية الروسي سيرغي لافروف.'))
      .toEqual(['recep-tayyip-erdogan>SAU done', 'sergey-lavrov>SAU done']);
  });
  it('reads the UN Secretary-General named after his office as an attendee (GUIDELINES: head of an international organisation)', () => {
    expect(done('الرياض - واس: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، والأمين العام للأمم المتحدة أنطونيو غوتيريش.'))
      .toEqual(['antonio-guterres>SAU done', 'recep-tayyip-erdogan>SAU done']);
    expect(done(`${opened} وجلس إلى الطاولة الرئيس الروسي فلاديمير بوتين، إلى جانب الأمين العام للأمم المتحدة أنطونيو غوتيريش.`))
      .toEqual(['antonio-guterres>ITA done', 'vladimir-putin>ITA done']);
  });
  it('gives none to a host\'s own leader joined so, to what is not a person, or to an office named without its holder', () => {
    expect(done('الرياض - واس: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، إلى جانب الأمير محمد بن سلمان.')).toEqual(['recep-tayyip-erdogan>SAU done']);
    expect(done('الرياض - واس: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، إلى جانب دعم الرئيس الروسي فلاديمير بوتين للمبادرة.')).toEqual(['recep-tayyip-erdogan>SAU done']);
    expect(done('الرياض - واس: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، والأمين العام للأمم المتحدة.')).toEqual(['recep-tayyip-erdogan>SAU done']);
  });
  it('gives none to a list item after «إلى جانب» with no comma: beside the host, not a further attendee', () => {
    expect(done('الرياض - واس: جلس الرئيس التركي رجب طيب أردوغان إلى جانب وزير الخارجية الروسي سيرغي لافروف في مأدبة أقيمت في أنقرة.')).not.toContain('sergey-lavrov>SAU done');
  });
});

describe('attendance lists: a dual title heading two holders (ورئيسا الوزراء البريطاني … والإيطالي …)', () => {
  it('reads both holders, the second named by his nisba alone', () => {
    expect(done('الرياض - واس: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، ورئيسا الوزراء البريطاني بوريس جونسون والإيطالي جوزيبي كونتي.', '2020-01-20'))
      .toEqual(['boris-johnson>SAU done', 'giuseppe-conte>SAU done', 'recep-tayyip-erdogan>SAU done']);
  });
  it('gives none to the host\'s own holder under the dual title, nor a dual of a sentence placed in the holders\' own state', () => {
    expect(done('الرياض - واس: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، ووزيرا الخارجية السعودي فيصل بن فرحان والروسي سيرغي لافروف.', '2020-01-20'))
      .toEqual(['recep-tayyip-erdogan>SAU done', 'sergey-lavrov>SAU done']);
    expect(done('لندن - رويترز: حضر الحفل أمس ورئيسا الوزراء البريطاني بوريس جونسون والسابق تيريزا ماي.', '2020-01-20')).toEqual([]);
  });
});
