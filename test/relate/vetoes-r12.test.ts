/**
 * Round 12 (issue #14, veto recall): the veto noun after لحق/بحق, casts told by objecting or hindering
 * with the veto, a cast told by a participle of the voting verb, a cast whose surprise is denied (لم يكن
 * … مفاجئا), and repeated casts as an undated batch.
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VetoFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const vetoes = (text: string): string[] =>
  extractedFacts(text, '2024-02-21').filter((f): f is VetoFact => f.type === 'veto').map((v) => `${v.by}:${v.date ?? '-'}${v.batch ? ':batch' : ''}`);

describe('casts read in round 12', () => {
  it('حق النقض after a clitic preposition the tokenizer keeps on حق (لحق، بحق)', () => {
    expect(vetoes('وجاء استخدام روسيا لحق النقض في مجلس الأمن أمس بعد مفاوضات طويلة.')).toEqual(['RUS:2024-02-20']);
    expect(vetoes('واعترضت الولايات المتحدة بحق النقض على مشروع القرار في مجلس الأمن أمس.')).toEqual(['USA:2024-02-20']);
  });
  it('hindering a draft with the veto', () => {
    expect(vetoes('وأعاقت روسيا بالفيتو مشروع قرار في مجلس الأمن أمس.')).toEqual(['RUS:2024-02-20']);
  });
  it('the voting verb with a participle of casting', () => {
    expect(vetoes('وصوتت الولايات المتحدة ضد مشروع القرار في مجلس الأمن أمس مستخدمة حق النقض.')).toEqual(['USA:2024-02-20']);
  });
  it('a casting noun under a negated copula whose predicate is surprise (لم يكن … مفاجئا)', () => {
    expect(vetoes('ولم يكن استخدام روسيا حق النقض في مجلس الأمن أمس مفاجئا للدبلوماسيين.')).toEqual(['RUS:2024-02-20']);
  });
  it('repeated casts are an undated batch, not a cast of the article\'s day', () => {
    expect(vetoes('وانتقد الوزير لجوء روسيا المتكرر إلى الفيتو في مجلس الأمن.')).toEqual(['RUS:-:batch']);
    expect(vetoes('واستخدمت روسيا الفيتو مرارا في مجلس الأمن لحماية حليفتها.')).toEqual(['RUS:-:batch']);
  });
});

describe('their traps give no veto', () => {
  it.each([
    // objecting without the veto, or the veto power held
    'واعترضت روسيا على مشروع القرار في مجلس الأمن أمس.',
    'وتتمتع الدول الخمس دائمة العضوية بحق النقض في مجلس الأمن.',
    // a threat to use it
    'وهددت الولايات المتحدة باستخدام حق النقض ضد مشروع القرار في مجلس الأمن.',
    // abstaining with a participle of "using its right"
    'وامتنعت روسيا عن التصويت على مشروع القرار في مجلس الأمن أمس مستخدمة حقها.',
    // a president hindering a bill
    'وأعاق الرئيس الأمريكي بالفيتو مشروع قانون أقره الكونغرس.',
    // a negated copula with a predicate of possibility leaves the cast negated
    'ولم يكن استخدام روسيا حق النقض في مجلس الأمن ممكنا أمس.',
    'ولم يكن استخدام روسيا حق النقض في مجلس الأمن مستبعدا.',
    // obstructing talks is no cast
    'وعرقلت روسيا المفاوضات حول مشروع القرار في مجلس الأمن أمس.',
  ])('%s', (text) => {
    expect(vetoes(text)).toEqual([]);
  });
});
