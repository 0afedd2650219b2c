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
  it('a frequent feminine plural with an attached pronoun ends the name (مهماته: مهمات، مهمة + ه)', () => {
    expect(people('وتسلم الرئيس الغاني جون ماهاما مهماته في يناير.')).toEqual(['جون ماهاما']);
    expect(people('ومنذ تولي الرئيس الغاني جون ماهاما صلاحياته تغير الكثير.')).toEqual(['جون ماهاما']);
    expect(people('وحددت رئيسة الوزراء الغانية ماري أتا أولوياتها للعام.')).toEqual(['ماري أتا']);
  });
  it('a frequent verbal noun with ه ends the name (استعداده، انسحابه)', () => {
    expect(people('وأكد الرئيس الغاني جون ماهاما استعداده للتعاون.')).toEqual(['جون ماهاما']);
    expect(people('وأعلن رئيس الوزراء الغاني كوفي أتا انسحابه من السباق.')).toEqual(['كوفي أتا']);
  });
  it('trap: a name ending in ة stays whole, even when the rest is a word (عرفة: عرف) or ends in ات (شحاتة)', () => {
    expect(people('وقال وزير الخارجية الغاني نبيه عرفة للصحفيين إن الزيارة ناجحة.')).toEqual(['نبيه عرفة']);
    expect(people('وقال وزير الخارجية الغاني حسن شحاتة للصحفيين إن الزيارة ناجحة.')).toEqual(['حسن شحاتة']);
  });
  it('a name before a kinship noun and a title is the relative, not the office holder', () => {
    const ms = mentionsOf('وحضرت ليلى حسن أرملة الرئيس الراحل الحفل.');
    expect(ms.filter((m) => m.kind === 'Leader').map((m) => m.text)).toEqual([]);
  });
  it('a time adverb before a name is not part of it', () => {
    expect(people('وكان الرئيس الأمريكي حينذاك هاري ترومان قد أعلن ذلك.')).not.toContain('حينذاك هاري ترومان');
  });
});
