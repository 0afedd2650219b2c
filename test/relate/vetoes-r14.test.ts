/**
 * Round 14 (issue #14, vetoes recalled in passing): a second caster added by a comitative with its
 * pronoun between commas (استخدمت روسيا، ومعها الصين، حق النقض). Sentences written for these tests,
 * read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VetoFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const casters = (text: string, published = '2024-06-20'): string[] =>
  extractedFacts(text, published).filter((f): f is VetoFact => f.type === 'veto').map((v) => `${v.by}:${v.date ?? '-'}`).sort();

describe('a comitative with its pronoun between commas after the caster', () => {
  it('adds a second caster of the same cast, dated or counted as the first', () => {
    expect(casters('واستخدمت فرنسا، ومعها بريطانيا، حق النقض في مجلس الأمن أمس ضد مشروع قرار بشأن ليبيا.')).toEqual(['FRA:2024-06-19', 'GBR:2024-06-19']);
    expect(casters('وقد استخدمت روسيا، ومعها الصين، الفيتو في مجلس الأمن ثلاث مرات منذ 2012 لحماية حليفها.')).toEqual(['CHN:-', 'RUS:-']);
  });
  it('as the same words without commas do', () => {
    expect(casters('واستخدمت فرنسا ومعها بريطانيا حق النقض في مجلس الأمن أمس ضد مشروع قرار بشأن ليبيا.')).toEqual(['FRA:2024-06-19', 'GBR:2024-06-19']);
  });
  it('not a companion that is no permanent member or no state, nor a threat', () => {
    expect(casters('واستخدمت روسيا، ومعها سوريا، حق النقض في مجلس الأمن أمس ضد مشروع قرار.')).toEqual(['RUS:2024-06-19']);
    expect(casters('واستخدمت روسيا، ومعها حلفاؤها، حق النقض في مجلس الأمن أمس ضد مشروع قرار.')).toEqual(['RUS:2024-06-19']);
    expect(casters('وهددت روسيا، ومعها الصين، باستخدام حق النقض في مجلس الأمن ضد مشروع القرار.')).toEqual([]);
  });
});
