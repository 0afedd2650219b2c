/**
 * Round 12 (issue #14, agreement recall): a calendar day against a year of another clause, the dual
 * object pronoun of a relative clause, a joint statement standing before صدر, "during it" after a dated
 * visit, a region as the other side, and بالفعل "already". Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const lines = (text: string, published = '2024-06-20', title: string | null = null): string[] =>
  extractedAgreements(text, published, title).map((f: AgreementFact) => `${f.parties.map((p) => p.id).sort().join('+')}:${f.status}:${f.date ?? '-'}`);

describe('a calendar day the act\'s clause writes out', () => {
  it('is the act\'s own, whatever earlier year another clause names', () => {
    expect(lines('وانتقد الوزير في عام 2012 موقف موسكو، ووقعت مصر والأردن في 5 مايو الماضي اتفاقية للتعاون في مجال الطاقة.')).toEqual(['EGY+JOR:signed:2024-05-05']);
  });
  it('but a deictic day beside an earlier year still dates nothing', () => {
    expect(lines('ووقعت مصر والأردن أمس اتفاقية تحل محل معاهدة عام 1994.')).toEqual(['EGY+JOR:signed:-']);
  });
});

describe('a relative clause whose verb carries the dual object pronoun', () => {
  it('signs the two agreements its head names (مذكرتا التفاهم اللتان وقعتهما)', () => {
    expect(lines('وتظل مذكرتا التفاهم اللتان وقعتهما تركيا وليبيا في أنقرة في 27 نوفمبر الماضي موضع خلاف.')).toEqual(['LBY+TUR:signed:2023-11-27']);
    expect(lines('ونصت الاتفاقيتان اللتان أبرمتهما مصر والأردن في عمان في 3 مارس الماضي على تبادل الكهرباء.')).toEqual(['EGY+JOR:concluded:2024-03-03']);
  });
  it('not when the clause tells a signing to come', () => {
    expect(lines('وتظل مذكرتا التفاهم اللتان ستوقعهما تركيا وليبيا الشهر المقبل موضع خلاف.')).toEqual([]);
  });
});

describe('a joint statement standing before صدر', () => {
  it('is issued by those عن names right after the verb', () => {
    expect(lines('وقال بيان مشترك صدر عن مصر والأردن أمس إن البلدين يرفضان التهجير.')).toEqual(['EGY+JOR:concluded:2024-06-19']);
  });
  it('not by the states its content clause names, nor with no issuer, nor when not joint', () => {
    expect(lines('وأكد بيان مشترك صدر عن وزارتي الخارجية أمس أن السعودية ومصر تدعمان الحل السياسي.')).toEqual([]);
    expect(lines('وأكد بيان مشترك صدر في الرياض أمس أن مصر والأردن يرفضان التهجير.')).toEqual([]);
    expect(lines('وقال بيان صدر عن الخارجية الروسية أمس إن روسيا والصين ترفضان العقوبات.')).toEqual([]);
  });
});

describe('a signing "during it" right after a dated visit', () => {
  it('takes the visit\'s date, with or without و', () => {
    expect(lines('وزار الملك سلمان الصين في مارس 2017 في جولة آسيوية، وقعت خلالها اتفاقيات بين البلدين.')).toEqual(['CHN+SAU:signed:2017-03']);
    expect(lines('وزار الملك سلمان الصين في مارس 2017 في جولة آسيوية، ووقعت خلالها اتفاقيات بين البلدين.')).toEqual(['CHN+SAU:signed:2017-03']);
  });
  it('not a signing the speaker tells in a clause of his own', () => {
    expect(lines('وزار الملك سلمان الصين في مارس 2017، وقال إن البلدين وقعا اتفاقيات كثيرة.')).toEqual(['CHN+SAU:signed:-']);
  });
});

describe('a region as the other side', () => {
  it('is no state: the state dealing with it keeps its one party', () => {
    expect(lines('ووقعت إثيوبيا أمس مذكرة تفاهم مع إقليم أرض الصومال.')).toEqual(['ETH:signed:2024-06-19']);
    expect(lines('ووقعت تركيا أمس اتفاقية مع حكومة إقليم كردستان العراق لتصدير النفط.')).toEqual(['TUR:signed:2024-06-19']);
  });
  it('but a region named as the matter of a deal between two states takes none of them away', () => {
    expect(lines('ووقعت تركيا والعراق أمس اتفاقية لتصدير النفط من إقليم كردستان.')).toEqual(['IRQ+TUR:signed:2024-06-19']);
    expect(lines('ووقعت تركيا أمس اتفاقية مع العراق لتصدير النفط من الإقليم.')).toEqual(['IRQ+TUR:signed:2024-06-19']);
  });
});

describe('a signing told as done "already" (بالفعل)', () => {
  it('is before the news: the article\'s day does not date it, its own day does', () => {
    expect(lines('ووقعت مصر والأردن بالفعل اتفاقية للتعاون في مجال الطاقة.')).toEqual(['EGY+JOR:signed:-']);
    expect(lines('ووقعت مصر والأردن بالفعل أمس اتفاقية للتعاون في مجال الطاقة.')).toEqual(['EGY+JOR:signed:2024-06-19']);
  });
  it('a purchase deal with its seller unnamed stays no node (the seller may be a company)', () => {
    expect(lines('ووقعت مصر أمس صفقة لشراء 30 طائرة مقاتلة.')).toEqual([]);
  });
});
