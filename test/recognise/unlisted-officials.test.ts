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
