/**
 * Agreement nodes against the error classes of the fifth corpus audit (issue #19): failed talks read
 * as concluded when the failure verb stands far before its complement, a historical nisba read as a
 * state, "agreement" as a meeting of minds, and references back dated by the article's day. Sentences
 * are written for these tests (each rule: the case it fixes and the trap it must not fire on).
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const facts = (text: string, published: string = '2015-08-09', title: string | null = null): AgreementFact[] => extractedAgreements(text, published, title);
const parties = (f: AgreementFact): string[] => f.parties.map((p) => p.id).sort();

describe('a failure verb negates its complement clause, whatever its subject length', () => {
  it('failing, many words back, to reach an agreement records none', () => {
    expect(facts('وأخفق وزراء تجارة دول حوض المحيط الهادئ في التوصل إلى اتفاق أمس بين اليابان والولايات المتحدة.')).toEqual([]);
    expect(facts('وعجزت حكومات اليابان والولايات المتحدة وكندا طوال أشهر عن التوصل إلى اتفاق تجاري.')).toEqual([]);
  });

  it('a success after the failure, or a new clause, is reached', () => {
    const later = facts('وأخفق وزراء تجارة دول حوض المحيط الهادئ في الجولة الأولى ثم نجحوا في التوصل إلى اتفاق بين اليابان والولايات المتحدة.');
    expect(later.map(parties)).toEqual([['JPN', 'USA']]);
    const clause = facts('وأخفقت المحادثات السابقة، وتوصلت اليابان والولايات المتحدة في اجتماع أمس إلى اتفاق تجاري.');
    expect(clause.map((f) => [parties(f), f.status])).toEqual([[['JPN', 'USA'], 'concluded']]);
  });
});

describe('«اتفاق» of two nisbas ON a stance is a meeting of minds', () => {
  const body = 'وقالت الصحيفة إن البلدين يعملان معا في المنطقة.';
  it('a headline\'s agreement on containing a third party records nothing', () => {
    expect(facts(body, '2014-05-21', 'اتفاق أمريكي - سعودي على تطويق النفوذ الإيراني في المنطقة')).toEqual([]);
  });

  it('the definite noun refers to a known instrument, whatever follows على', () => {
    const known = facts('وأشاد الوزير بالاتفاق المصري - الأردني على مواجهة الإرهاب في المنطقة.', '2014-05-21');
    expect(known.map((f) => [parties(f), f.status])).toEqual([[['EGY', 'JOR'], 'concluded']]);
  });

  it('agreeing on a project, or terms laid down «على», is still an agreement', () => {
    const project = facts(body, '2014-05-21', 'اتفاق روسي - صيني على مد أنبوب للغاز');
    expect(project.map((f) => [parties(f), f.status])).toEqual([[['CHN', 'RUS'], 'concluded']]);
    const terms = facts('وتنص الاتفاقية المصرية الأردنية على تبادل الخبرات في مجال المياه.', '2014-05-21');
    expect(terms.map((f) => [parties(f), f.status])).toEqual([[['EGY', 'JOR'], 'concluded']]);
  });
});

describe('a signing told at second hand, or aimed at by talks, takes no date it does not give', () => {
  it('sources confirming a signing give it no day; a day in the sentence still dates it', () => {
    const told = facts('أكدت للصحيفة، مصادر مطلعة، توقيع اتفاقية بين السعودية ومالطا، تتضمن تأسيس مجلس أعمال مشترك.');
    expect(told.map((f) => [parties(f), f.date])).toEqual([[['MLT', 'SAU'], null]]);
    const dated = facts('وكشفت مصادر مطلعة عن توقيع اتفاقية بين السعودية ومالطا يوم الخميس الماضي.');
    expect(dated.map((f) => f.date)).toEqual(['2015-08-06']);
  });

  it('a signing witnessed in the day\'s news keeps the article\'s day', () => {
    expect(facts('وصل رئيس مالطا إلى الرياض اليوم. وشهد الرئيسان توقيع اتفاقية بين السعودية ومالطا.').map((f) => f.date)).toEqual(['2015-08-09']);
  });

  it('talks starting in October date no signing; a signing set for October is dated so', () => {
    const talks = facts('ومن المقرر أن يبدأ الاتحاد الأوروبي وتونس مفاوضات لتوقيع اتفاق تجارة حرة اعتبارا من شهر أكتوبر المقبل.');
    expect(talks.map((f) => [f.status, f.date])).toEqual([['planned', null]]);
    const signing = facts('ومن المقرر أن يوقع الاتحاد الأوروبي وتونس اتفاق تجارة حرة في شهر أكتوبر المقبل.');
    expect(signing.map((f) => [f.status, f.date])).toEqual([['planned', '2015-10']]);
  });
});

describe('the parties confirming their own signing are no second hand', () => {
  it('in a story of the day\'s signings, «أكد الجانبان توقيع» keeps the article\'s day', () => {
    const text = 'وقع البلدان اليوم عدة اتفاقيات. وأكد الجانبان توقيع اتفاقية بين السعودية ومالطا.';
    expect(facts(text).find((f) => parties(f).includes('MLT'))?.date).toBe('2015-08-09');
  });
});

describe('parties named as some of a counted set are not all the parties', () => {
  it('a joint statement of 12 states "among them" three records no node', () => {
    expect(facts('وعقب الهجوم أصدر 12 وزيرا للعدل والداخلية من 12 دولة أوروبية منها بريطانيا وفرنسا وألمانيا، بيانا مشتركا أعربوا فيه عن قلقهم.')).toEqual([]);
  });

  it('the three states named as the issuers, or one side with each of several states, stay', () => {
    const three = facts('وأصدر وزراء بريطانيا وفرنسا وألمانيا بيانا مشتركا أعربوا فيه عن قلقهم.');
    expect(three.map(parties)).toEqual([['DEU', 'FRA', 'GBR']]);
    const each = facts('ووقعت السعودية مع عدة دول منها الهند اتفاقيات للعمالة.');
    expect(each.map(parties)).toEqual([['IND', 'SAU']]);
  });
});

describe('a party list closed by a share of a membership is an open set', () => {
  it('a deal with two states and "most WTO members" records no node', () => {
    expect(facts('أعلن الاتحاد الأوروبي في بروكسل، عن التوصل إلى اتفاق مع الولايات المتحدة والصين والغالبية العظمى من أعضاء منظمة التجارة العالمية بشأن إلغاء الرسوم.')).toEqual([]);
  });

  it('a closed list stays, and so does a share of members told after the act', () => {
    const closed = facts('وتوصل الاتحاد الأوروبي إلى اتفاق مع الولايات المتحدة والصين بشأن إلغاء الرسوم الجمركية.');
    expect(closed.map(parties)).toEqual([['CHN', 'EU', 'USA']]);
    expect(facts('ووقعت السعودية والكويت اتفاقية، وحضر معظم الأعضاء.').map(parties)).toEqual([['KWT', 'SAU']]);
  });
});
