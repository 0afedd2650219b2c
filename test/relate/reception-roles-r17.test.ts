/**
 * Who is host and who is guest in a reception told after another leader's visit, round 17 (issue #14:
 * precision; a trap of the visits-discourse grid). Arabic news names the subject right after استقبل; a
 * dropped subject is the leader in focus only when the leader named after the verb can be his guest.
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { MetFact, VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const facts = (text: string) => extractedFacts(text, '2015-06-10');
const visits = (text: string) => facts(text).filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to}`).sort();
const met = (text: string) => facts(text).filter((f): f is MetFact => f.type === 'met').map((m) => `${m.a.id}+${m.b.id}`).sort();

describe('a reception whose one named leader has an object of his own: a group or his guest', () => {
  it('reads him as the host of that group, not as the guest of the leader in focus', () => {
    const t = 'وصل وزير الخارجية الأمريكي جون كيري إلى برلين مساء أمس. واستقبلت المستشارة الألمانية أنجيلا ميركل أمس وفدا من رجال الأعمال.';
    expect(visits(t)).toEqual(['john-kerry>DEU']);
    expect(met(t)).toEqual([]);
    const u = 'وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة أمس في زيارة رسمية. واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني، مساء أمس، عددا من السفراء المعتمدين.';
    expect(visits(u)).toEqual(['recep-tayyip-erdogan>QAT']);
    expect(met(u)).toEqual([]);
  });
  it('reads «his guest» after the name as the object: the one named is the host', () => {
    const t = 'وصل وزير الخارجية الأمريكي جون كيري إلى برلين مساء أمس. واستقبلت المستشارة الألمانية أنجيلا ميركل ضيفها في دار المستشارية.';
    expect(visits(t)).toEqual(['john-kerry>DEU']);
  });
  it('still reads the leader after the verb as the guest when nothing of his own follows him', () => {
    expect(visits('وصل خادم الحرمين الشريفين الملك سلمان إلى الرياض قادما من جدة. واستقبل أمس الرئيس الفرنسي فرانسوا هولاند في قصر اليمامة.'))
      .toContain('francois-hollande>SAU');
    expect(visits('استقبلت المستشارة الألمانية أنجيلا ميركل في برلين أمس وفدا يرأسه وزير الخارجية الأمريكي جون كيري.')).toEqual(['john-kerry>DEU']);
  });
});

describe('a reception held in the guest\'s own state', () => {
  it('gives him no visit to the state of the host the discourse lent', () => {
    const t = 'وصل وزير الخارجية الأمريكي جون كيري إلى برلين مساء أمس. واستقبلت المستشارة الألمانية أنجيلا ميركل في برلين اليوم، وعقدت معه جلسة مباحثات.';
    expect(visits(t)).not.toContain('angela-merkel>USA');
    expect(visits(t)).toContain('john-kerry>DEU');
  });
  it('keeps the guest\'s visit when the reception is placed in the host\'s state', () => {
    expect(visits('استقبلت المستشارة الألمانية أنجيلا ميركل في برلين أمس وزير الخارجية الأمريكي جون كيري.')).toEqual(['john-kerry>DEU']);
  });
});
