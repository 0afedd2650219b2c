import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

const people = (text: string): string[] =>
  mentionsOf(text).filter((m) => m.kind === 'Leader' || m.kind === 'Person').map((m) => m.text);

describe('words that cannot be part of an unknown name', () => {
  it('a preposition before a verbal noun opens a complement, not a name', () => {
    expect(people('أصدر الملك يأمر بترقية عدد من الضباط.')).toEqual([]);
    expect(people('وكان وزير الداخلية تعهد بترحيل المخالفين.')).toEqual([]);
    // The same shape with a real surname after the title stays a name.
    expect(people('وصل الرئيس الغاني جون ماهاما إلى الرياض.')).toContain('جون ماهاما');
  });
  it('a frequent noun with an attached pronoun ends the name', () => {
    expect(people('ونشر الرئيس تغريدتين نصها كالتالي.')).toEqual([]);
    expect(people('وقال الرئيس النيجيري محمد بخاري جولته تشمل عدة دول.')).toEqual(['محمد بخاري']);
  });
  it('a name before a kinship noun and a title is the relative, not the office holder', () => {
    const ms = mentionsOf('وحضرت ليلى حسن أرملة الرئيس الراحل الحفل.');
    expect(ms.filter((m) => m.kind === 'Leader').map((m) => m.text)).toEqual([]);
  });
  it('a time adverb before a name is not part of it', () => {
    expect(people('وكان الرئيس الأمريكي حينذاك هاري ترومان قد أعلن ذلك.')).not.toContain('حينذاك هاري ترومان');
  });
});
