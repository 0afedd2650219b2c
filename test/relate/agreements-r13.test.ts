/**
 * Round 13 (issue #14, agreement recall from the corpus's missed agreements): constructions the
 * extractor missed across the non-reserved corpus. Sentences written for these tests, read by the
 * whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const lines = (text: string, published = '2024-06-20', title: string | null = null): string[] =>
  extractedAgreements(text, published, title).map((f: AgreementFact) => `${f.parties.map((p) => p.id).sort().join('+')}:${f.status}:${f.date ?? '-'}`);

describe('a relative clause whose verb is passive and carries the resumptive pronoun', () => {
  it('signs its head noun, the sides after بين (التي تم توقيعها بين، التي جرى التوقيع عليها بين)', () => {
    expect(lines('وبحث الوزيران تنفيذ اتفاقية النقل التي تم توقيعها بين مصر والأردن في مارس الماضي.')).toEqual(['EGY+JOR:signed:2024-03']);
    expect(lines('وبحث الوزيران تنفيذ مذكرة التفاهم التي جرى التوقيع عليها بين الجانبين المصري والأردني العام الماضي.')).toEqual(['EGY+JOR:signed:2023']);
    expect(lines('وأشاد السفير بالاتفاق الذي تم إبرامه بين روسيا والصين في مجال الطاقة.')).toEqual(['CHN+RUS:concluded:-']);
  });
  it('and the active verb with على and its pronoun (التي وقعت عليها مصر والأردن)', () => {
    expect(lines('وتنص المعاهدة التي وقعت عليها مصر والأردن عام 2010 على تبادل الخبرات.')).toEqual(['EGY+JOR:signed:2010']);
  });
  it('not a signing to come or one denied, nor a contract with a company', () => {
    expect(lines('وبحث الوزيران بنود الاتفاقية التي سيتم توقيعها بين مصر والأردن الشهر المقبل.')).toEqual([]);
    expect(lines('وبحث الوزيران بنود الاتفاقية التي لم يتم توقيعها بين مصر والأردن حتى الآن.')).toEqual([]);
    expect(lines('وتحدث الوزير عن العقود التي تم توقيعها بين مصر وشركة سيمنس لبناء محطات الكهرباء.')).toEqual([]);
  });
  it('not an event noun heading the clause (الحادثة التي وقعت عليها)', () => {
    expect(lines('وتحدث الوزير عن الأضرار التي وقعت عليها في الحرب بين مصر والأردن.')).toEqual([]);
  });
});

describe('a verbal noun whose own genitive names one side and مع a vague other side', () => {
  it('keeps its one party, as the verb does (بعد توقيع اليونان اتفاقا مع دائنيها)', () => {
    expect(lines('وتحسنت السندات بعد توقيع اليونان اتفاقا مع دائنيها في مارس الماضي.')).toEqual(['GRC:signed:2024-03']);
    expect(lines('وتحسنت السندات عقب إبرام مصر اتفاقا مع الجهات المانحة في مارس الماضي.')).toEqual(['EGY:concluded:2024-03']);
  });
  it('not from a name before the noun, nor with no genitive, nor with a company', () => {
    expect(lines('وأعلنت اليونان توقيع اتفاق مع الدائنين في مارس الماضي.')).toEqual([]);
    expect(lines('وتحسنت السندات بعد توقيع الاتفاق مع الدائنين في مارس الماضي.')).toEqual([]);
    expect(lines('وتحسنت السندات بعد توقيع مصر اتفاقا مع شركة أجنبية في مارس الماضي.')).toEqual([]);
  });
});

describe('an agreement with the P5+1 (مجموعة 5+1)', () => {
  it('is a nuclear one: the registry instrument of its weeks, as «الاتفاق النووي» is', () => {
    expect(lines('وأبرمت إيران اتفاقا مع مجموعة 5+1 في فيينا.', '2015-08-03')).toEqual(['CHN+DEU+EU+FRA+GBR+IRN+RUS+USA:concluded:2015-07-14']);
    expect(lines('ووقعت إيران ومجموعة 5+1 اتفاقا في فيينا.', '2015-08-03')).toEqual(['CHN+DEU+EU+FRA+GBR+IRN+RUS+USA:concluded:2015-07-14']);
  });
  it('not talks with the group, nor a signing to come', () => {
    expect(lines('وبحثت إيران مع مجموعة 5+1 في فيينا سبل التوصل إلى اتفاق.', '2015-06-03')).toEqual([]);
    expect(lines('وستوقع إيران اتفاقا مع مجموعة 5+1 الأسبوع المقبل.', '2015-06-03')).toEqual([]);
  });
});
