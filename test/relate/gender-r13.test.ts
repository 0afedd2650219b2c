/**
 * Round 13 (issue #14, visits given to the wrong visitor): a feminine visit trigger (زارت، وصولها) cannot
 * stand for a leader the article styles with masculine titles only. Sentences written for these tests,
 * read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2015-08-10') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();

describe('a feminine trigger and a leader styled as a man', () => {
  it('the possessive وصولها or the verb زارت is not the masculine-titled leader\'s visit', () => {
    expect(visits('وأشاد السفير الكندي روبرت هاملتون بأداء البعثة الرياضية منذ وصولها إلى مطار أوسلو الدولي.')).toEqual([]);
    expect(visits('وانتقد الرئيس الأمريكي باراك أوباما المنظمة الحقوقية. وزارت تشاد مرتين خلال العام الماضي.')).toEqual([]);
  });
  it('traps: a woman leader with زيارتها, and a masculine trigger for the man', () => {
    expect(visits('وقالت المستشارة الألمانية أنجيلا ميركل خلال زيارتها إلى بكين إن التعاون يتوسع.')).toEqual(['angela-merkel>CHN done']);
    expect(visits('وأشاد السفير الكندي روبرت هاملتون بالتنظيم منذ وصوله إلى مطار أوسلو الدولي.')).toEqual(['ربرت-هملتن>NOR done']);
  });
});
