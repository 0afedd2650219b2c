import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

/** Leaders of a text as "name/state/office". */
const leaders = (text: string, date: string | null = '2019-03-10', outlet: string | null = null): string[] =>
  mentionsOf(text, date, { outlet }).filter((m) => m.kind === 'Leader').map((m) => (m.kind === 'Leader' ? `${m.text}/${m.state}/${m.office}` : ''));

describe('officials the gazetteer does not list', () => {
  it('portfolios beyond foreign affairs and defence: treasury, justice, labour (feminine too)', () => {
    expect(leaders('وصل وزير الخزانة الكندي روبرت هاملتون إلى')).toEqual(['روبرت هاملتون/CAN/finance minister']);
    expect(leaders('وقالت وزيرة العدل النرويجية إنغريد سولبرغ إن')).toEqual(['إنغريد سولبرغ/NOR/justice minister']);
    expect(leaders('وحضر وزير العمل البرازيلي كارلوس لوبيز الجلسة')).toEqual(['كارلوس لوبيز/BRA/minister']);
  });
  it('a deputy or an aide of a minister holds no office named by the title', () => {
    expect(leaders('وحضر نائب وزير الخارجية الكندي روبرت هاملتون الجلسة')).toEqual([]);
    expect(leaders('وقال مساعد وزير المالية البرازيلي كارلوس لوبيز إن')).toEqual([]);
  });
  it('a name written with a hamza on its "al" is not a place (ألباريس is not Paris)', () => {
    const ms = mentionsOf('وكان بين الحضور وزير الخارجية التشيلي خوان ألباريس.', '2019-03-10');
    expect(ms.map((m) => `${m.kind}:${m.text}`)).toEqual(['State:التشيلي', 'Leader:خوان ألباريس']);
  });
  it('a compound given name (سعد الدين، نور الدين) does not end the name', () => {
    expect(leaders('وقال رئيس الوزراء التونسي حسام الدين الجبالي إن')).toEqual(['حسام الدين الجبالي/TUN/prime minister']);
  });
  it('an envoy posted to a region or a state (المبعوث الأمريكي للشرق الأوسط، لسوريا) before the name', () => {
    expect(leaders('وأكد المبعوث الأمريكي للشرق الأوسط روبرت هاملتون أن')).toEqual(['روبرت هاملتون/USA/envoy']);
    expect(leaders('والتقى المبعوث البريطاني لليمن ديفيد غرين الوفد')).toEqual(['ديفيد غرين/GBR/envoy']);
    // Trap: ل + a plain noun is an object of the verb, and no name follows.
    expect(leaders('وقال الرئيس الأمريكي للصحفيين إن الاتفاق')).toEqual([]);
  });
  it('a chain of titles: the state of the first carries to the next (… لدى الأمم المتحدة، السفير <name>)', () => {
    expect(leaders('ووقع المندوب الدائم لجمهورية جزر فيجي لدى الأمم المتحدة السفير جون ماتا الوثيقة')).toEqual(['جون ماتا/FJI/ambassador']);
    expect(leaders('ووقع المندوب الدائم لجمهورية ناميبيا لدى الأمم المتحدة، السفير جون ماتا الوثيقة')).toEqual(['جون ماتا/NAM/ambassador']);
    // Traps: a title after a conjunction, or after an apposition with no posting, is another person's.
    expect(leaders('حضر وزير الخارجية الكندي ووزير العمل جون ماتا')).toEqual([]);
    expect(leaders('واستقبل كارني، رئيس الوزراء الكندي، وزير الخارجية جون ماتا')).toEqual([]);
  });
  it('the side a sentence announces (من الجانب الباكستاني، من جانب ناميبيا) is the state of a title without one', () => {
    expect(leaders('ووقع الاتفاقية من الجانب الكيني وزير الخارجية جون ماتا، ومن الجانب الأوغندي وزير الخارجية بيتر أوكيلو.'))
      .toEqual(['جون ماتا/KEN/foreign minister', 'بيتر أوكيلو/UGA/foreign minister']);
    expect(leaders('ووقع المحضر من جانب ناميبيا السفير جون ماتا بحضور عدد من المسؤولين.')).toEqual(['جون ماتا/NAM/ambassador']);
    // Trap: a title before the side is not the side's.
    expect(leaders('وقال وزير الخارجية جون ماتا إن ما عرضه الجانب الكيني مقبول')).toEqual([]);
  });
  it('a delegation of a state headed by an official (وفد كيني يرأسه وزير المالية …)', () => {
    expect(leaders('ويشارك وفد كيني يرأسه وزير المالية جون ماتا في المنتدى')).toEqual(['جون ماتا/KEN/finance minister']);
    // Trap: a second delegation with no state ends the first side.
    expect(leaders('ويشارك وفد كيني يرأسه وزير المالية جون ماتا، وتشارك أوغندا بوفد يرأسه وزير التجارة سام كوتيسا'))
      .toEqual(['جون ماتا/KEN/finance minister']);
  });
  it('after an honorific one word is a name (نظيرته الكينية السيدة ماتا), but not a given name before a listed one', () => {
    expect(leaders('واستقبل الرئيس الأوغندي ونظيرته الكينية السيدة ماتا في القصر')).toEqual(['ماتا/KEN/leader']);
    expect(leaders('غادر رئيس وزراء باكستان السيد محمد نواز شريف جدة', '2015-07-21').map((l) => l.split('/')[0])).toEqual(['نواز شريف']);
    expect(leaders('وقال وزير الخارجية الكيني السيد جون الزهراني إن')).toEqual([]);
  });
  it('a minister with no state in a national outlet is of its own government, unless the gazetteer lists that holder', () => {
    expect(leaders('وحضر وزير العمل الدكتور سالم الشمراني التوقيع', '2015-07-21', 'alriyadh')).toEqual(['سالم الشمراني/SAU/minister']);
    expect(leaders('وحضر وزير العمل الدكتور سالم الشمراني التوقيع', '2015-07-21', null)).toEqual([]);
    // The Saudi foreign minister of 2015 is listed: an unknown name after the bare title is someone else's.
    expect(leaders('في حضور وزير الخارجية خوان ماتا الذي يزور واشنطن', '2015-07-21', 'alriyadh')).toEqual([]);
  });
  it('a journalist, a spokesman without a name, or a title before a verb is no leader', () => {
    expect(leaders('وقال الصحفي الكيني جون ماتا إن')).toEqual([]);
    expect(leaders('وقال المتحدث باسم الخارجية الكينية إن')).toEqual([]);
    expect(leaders('وأعلن وزير المالية الكيني أمس أن الميزانية')).toEqual([]);
  });
});
