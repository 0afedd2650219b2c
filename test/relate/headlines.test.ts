import { describe, expect, it } from 'vitest';
import type { VetoFact, VisitFact } from '../../src/model.ts';
import { isHeadline, tokenAt } from '../../src/normalise/index.ts';
import { relate } from '../../src/relate/index.ts';
import { docOf, factsOf } from './helpers.ts';

const body = 'وقال مسؤول إن المحادثات تناولت التعاون الاقتصادي بين البلدين.';

describe('the title is read as its own sentence, after the body', () => {
  it('keeps the body offsets and marks the title sentence', () => {
    const doc = docOf(body, '2024-06-20', undefined, 'a', null, 'بوتين يزور فيتنام');
    expect(doc.text.startsWith(body)).toBe(true);
    expect(doc.headline?.start).toBeGreaterThan(body.length);
    const last = tokenAt(doc.sentences, doc.sentences.length - 1);
    expect(isHeadline(doc, last.index)).toBe(true);
    expect(isHeadline(doc, 0)).toBe(false);
    expect(doc.text.slice(last.start, last.end)).toBe('بوتين يزور فيتنام');
  });

  it('adds nothing when there is no title, or when the body opens with it', () => {
    expect(docOf(body).headline).toBeNull();
    const opened = docOf(`بوتين يزور فيتنام\n${body}`, '2024-06-20', undefined, 'a', null, 'بوتين يزور فيتنام');
    expect(opened.headline).toBeNull();
  });
});

describe('headline grammar: the present reports the past', () => {
  const visits = (text: string, title: string) => factsOf(text, '2024-06-20', undefined, title).filter((f): f is VisitFact => f.type === 'visit');
  const vetoes = (text: string, title: string) => factsOf(text, '2024-06-20', undefined, title).filter((f): f is VetoFact => f.type === 'veto');

  it('reads a headline visit as done on the article day, with its evidence in the title', () => {
    const [v, ...rest] = visits(body, 'بوتين يزور فيتنام');
    expect(rest).toHaveLength(0);
    expect(v).toMatchObject({ to: 'VNM', status: 'done', date: '2024-06-20' });
    expect(v?.evidence[0]?.text).toBe('بوتين يزور فيتنام');
  });

  it('keeps a headline visit dated in the future planned', () => {
    const [v] = visits(body, 'بوتين يزور فيتنام الأسبوع المقبل');
    expect(v).toMatchObject({ to: 'VNM', status: 'planned' });
  });

  it('merges the title fact into the body fact of the same visit: one fact, the body date, both evidences', () => {
    const [v, ...rest] = visits('ووصل الرئيس الروسي فلاديمير بوتين أمس إلى هانوي في زيارة رسمية.', 'بوتين يزور فيتنام');
    expect(rest).toHaveLength(0);
    expect(v).toMatchObject({ to: 'VNM', date: '2024-06-19' });
    expect(v?.evidence).toHaveLength(2);
  });

  it('reads a present-tense cast in a headline, merged with the body cast', () => {
    const [v, ...rest] = vetoes('واستخدمت روسيا أمس حق النقض في مجلس الأمن ضد مشروع قرار بشأن سوريا.', 'روسيا تستخدم الفيتو ضد مشروع قرار بشأن سوريا');
    expect(rest).toHaveLength(0);
    expect(v).toMatchObject({ by: 'RUS', date: '2024-06-19' });
    expect(v?.evidence).toHaveLength(2);
  });

  it('reads the same present tense in body text as pending, not cast', () => {
    expect(vetoes('وقال دبلوماسيون إن روسيا تستخدم حق النقض في مجلس الأمن ضد مشروع القرار.', 'مشاورات في نيويورك')).toHaveLength(0);
    expect(vetoes('وتنقض روسيا مشروع القرار في مجلس الأمن إن طرح للتصويت.', 'مشاورات في نيويورك')).toHaveLength(0);
  });

  it('reads a headline question or a headline present dated later as no veto and no visit', () => {
    const council = 'وانعقد مجلس الأمن أمس لبحث الوضع.';
    expect(vetoes(council, 'هل تستخدم روسيا الفيتو ضد مشروع القرار؟')).toHaveLength(0);
    expect(vetoes(council, 'روسيا تستخدم الفيتو غدا ضد مشروع القرار')).toHaveLength(0);
    expect(vetoes(council, 'روسيا تستخدم الفيتو ضد مشروع القرار')).toHaveLength(1);
    expect(visits(body, 'هل يزور بوتين فيتنام؟')).toHaveLength(0);
  });

  it('lets the body status win over the headline present (من المتوقع أن يزور … / يزور)', () => {
    const [v, ...rest] = visits('وقال مسؤول إن من المتوقع أن يزور بوتين فيتنام في الخريف.', 'بوتين يزور فيتنام في الخريف');
    expect(rest).toHaveLength(0);
    expect(v).toMatchObject({ to: 'VNM', status: 'planned' });
    expect(v?.evidence).toHaveLength(2);
  });

  it('reads a body line repeating the title in headline style, merged the same way', () => {
    const doc = docOf(`وقال مسؤول إن من المتوقع أن يزور بوتين فيتنام في الخريف.\nرابط الخبر: بوتين يزور فيتنام في الخريف`, '2024-06-20', undefined, 'a', null, 'بوتين يزور فيتنام في الخريف');
    expect(isHeadline(doc, 1)).toBe(true);
    relate(doc);
    const found = doc.facts.filter((f): f is VisitFact => f.type === 'visit');
    expect(found.map((f) => f.status)).toEqual(['planned']);
    expect(found[0]?.evidence).toHaveLength(3);
  });

  it('reads a headline threat as no veto', () => {
    expect(vetoes(body, 'روسيا تهدد باستخدام الفيتو ضد مشروع قرار في مجلس الأمن')).toHaveLength(0);
  });

  it('points the evidence of a title-only fact into the title, past the body', () => {
    const doc = docOf(body, '2024-06-20', undefined, 'a', null, 'بوتين يزور فيتنام');
    relate(doc);
    expect(doc.facts.filter((f) => f.type === 'visit').every((f) => f.evidence.every((e) => e.start >= (doc.headline?.start ?? Infinity)))).toBe(true);
  });
});
