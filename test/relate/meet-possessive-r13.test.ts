import { describe, expect, it } from 'vitest';
import { extractedFacts } from './helpers.ts';

// A singular possessive meeting noun (مباحثاته مع أ وب) makes its possessor one side of each talk:
// the leaders listed after it met him, never each other.
describe('meetings: the partners listed after «مباحثاته مع»', () => {
  const met = (text: string) => extractedFacts(text, '2015-08-18').filter((f) => f.type === 'met').map((f) => [f.a.id, f.b.id]);
  const opening = 'وأجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالات هاتفية عدة. ';

  it('pairs no two listed partners with each other', () => {
    expect(met(`${opening}وتناولت مباحثاته مع الرئيس المصري عبد الفتاح السيسي والعاهل المغربي الملك محمد السادس تطورات المنطقة.`)).toEqual([]);
  });

  it('keeps the possessor and a single partner', () => {
    expect(met(`${opening}وتناولت مباحثاته مع الرئيس المصري عبد الفتاح السيسي تطورات المنطقة.`))
      .toEqual([['abdel-fattah-el-sisi', 'salman-of-saudi-arabia']]);
  });
});
