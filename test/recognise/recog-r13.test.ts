import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

/** Leaders and persons of a text as "Kind:id/office-or-role". */
const people = (text: string, date: string | null = '2015-07-21'): string[] =>
  mentionsOf(text, date).flatMap((m) => (m.kind === 'Leader' ? [`Leader:${m.id}/${m.office}`] : m.kind === 'Person' ? [`Person:${m.id}/${m.role}`] : []));

describe('a former holder named by a title with السابق/الأسبق is a person, not a leader', () => {
  it('an unlisted name after «title + state + الأسبق/السابق»', () => {
    expect(people('وصرح السفير الكندي الأسبق روبرت هاملتون بأن المفاوضات طويلة')).toEqual(['Person:روبرت-هاملتون/former ambassador']);
    expect(people('ويرى وزير المالية البرازيلي السابق كارلوس لوبيز أن الأسواق هادئة')).toEqual(['Person:كارلوس-لوبيز/former finance minister']);
  });
  it('traps: the same title with no former word, and a listed leader in office with a past office in apposition', () => {
    expect(people('وصرح السفير الكندي روبرت هاملتون بأن المفاوضات طويلة')).toEqual(['Leader:ربرت-هملتن/ambassador']);
    expect(people('وقال الرئيس الروسي فلاديمير بوتين، رئيس الوزراء السابق، إن بلاده مستعدة')).toEqual(['Leader:vladimir-putin/president']);
    // A listed leader out of office after a former title stays the person the dates make him.
    expect(people('وانتقد الرئيس المصري الأسبق حسني مبارك القرار')).toEqual(['Person:hosni-mubarak/former president']);
  });
});

describe('a title and the family name of a listed leader holding that office at the date', () => {
  it('a bare title (الوزير) or a state-less office title before a family name that is also a word or a given name', () => {
    expect(people('وأكد الوزير شكري في ختام المحادثات أن العلاقات متينة')).toEqual(['Leader:sameh-shoukry/foreign minister']);
    expect(people('وبحث وزير الخارجية المعلم مع ضيفه الأوضاع الإقليمية')).toEqual(['Leader:walid-muallem/foreign minister']);
    expect(people('وبحث وزير الخارجية وليد المعلّم مع ضيفه الأوضاع الإقليمية')).toEqual(['Leader:walid-muallem/foreign minister']);
  });
  it('traps: the word alone, another office, a holder out of office, a further name word', () => {
    // «المعلم» is "the teacher" without a title.
    expect(people('وقال المعلم إن الطلاب حضروا الدرس مبكرا')).toEqual([]);
    // A labour minister named شكري is not the foreign minister.
    expect(people('وأعلن وزير العمل شكري أن الرواتب زادت')).not.toContain('Leader:sameh-shoukry/foreign minister');
    // After his term the title names someone else (Muallem left office in 2020).
    expect(people('وبحث الوزير المعلم مع ضيفه الأوضاع', '2023-05-01')).toEqual([]);
    // شكري before another name word is a given name (شكري القوتلي).
    expect(people('وكان الرئيس شكري القوتلي قد وقع الوثيقة').some((p) => p.includes('sameh-shoukry'))).toBe(false);
  });
});

describe('office holders of 2014–2016 the gazetteer adds', () => {
  it('Anwar Gargash (UAE minister of state for foreign affairs), by full name and then by his surname', () => {
    expect(people('والتقى وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش الوفد، وأوضح قرقاش أن')).toEqual([
      'Leader:anwar-gargash/minister of state for foreign affairs', 'Leader:anwar-gargash/minister of state for foreign affairs']);
  });
  it('Mansour bin Muteb, with his long Saudi style', () => {
    expect(people('ووصل الأمير منصور بن متعب بن عبدالعزيز وزير الدولة عضو مجلس الوزراء إلى العاصمة')).toEqual(['Leader:mansour-bin-muteb/minister of state']);
  });
  it('trap: a Saudi home-outlet minister is still read as Saudi (a listed minister of state does not fill every portfolio)', () => {
    const ms = mentionsOf('وأعلن وزير الصحة خالد الفالح افتتاح المستشفى', '2015-07-21', { outlet: 'alriyadh' });
    expect(ms.filter((m) => m.kind === 'Leader').map((m) => (m.kind === 'Leader' ? m.state : ''))).toEqual(['SAU']);
  });
});

describe('title + family name: given names and pronouns', () => {
  it('traps: a given name before a listed full name, and a pronoun that ends a listed name', () => {
    expect(people('وطالب النواب الرئيس حسين روحاني بموقف حازم').some((p) => p.includes('mamnoon'))).toBe(false);
    expect(people('إلا أن الرئيسة هي الوحيدة التي تتعرض للضغط')).toEqual([]);
  });
  it('positive: a bare title and a family name that is not a key (الرئيس غني)', () => {
    expect(people('وبعد مشاورات مع الرئيس غني قرر الوزير السفر')).toEqual(['Leader:ashraf-ghani/president']);
  });
});
