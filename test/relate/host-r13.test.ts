/**
 * Visits seen through a meeting placed abroad, round 13 (issue #14: recall on the corpus's missed
 * visits). Each construction with sentences it must read and the traps it must not fire on. Sentences
 * written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2015-08-10') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();

describe('visits: talks held in another state, with one leader named (visit:talks-abroad)', () => {
  it('reads the leader the talks noun names as its participant (genitive, بين, the object of a possessive noun)', () => {
    expect(visits('وتناولت مباحثات وزير الخارجية الروسي سيرغي لافروف في الرياض ملفات المنطقة.')).toEqual(['sergey-lavrov>SAU done']);
    expect(visits('وغلب الملف النووي على المحادثات بين جون كيري ونظرائه العرب في الدوحة.')).toEqual(['john-kerry>QAT done']);
    expect(visits('وأعرب المفوض الأوروبي خلال لقائه وزير الخارجية الأمريكي جون كيري والوفد المرافق له في بروكسل عن ارتياحه.'))
      .toEqual(['john-kerry>BEL done']);
  });
  it('reads the clause subject when the noun is held (after, during, a verb of holding) or his own', () => {
    expect(visits('وقال جون كيري بعد جولة محادثات في موسكو إن الخلافات ما زالت قائمة.')).toEqual(['john-kerry>RUS done']);
    expect(visits('وبدأ جون كيري وزير الخارجية الأمريكي محادثات مع المسؤولين الخليجيين في الدوحة أمس.')).toEqual(['john-kerry>QAT done']);
    expect(visits('وأوضح الأمير محمد بن سلمان أن خلال مباحثاته في باريس جرى بحث التعاون الدفاعي.')).toEqual(['mohammed-bin-salman>FRA done']);
  });
  it('gives no visit for talks in the leader\'s own state, or talks by telephone or video', () => {
    expect(visits('وقال سيرغي لافروف بعد محادثات في موسكو إن الحل في سوريا سياسي.')).toEqual([]);
    expect(visits('وأكد جون كيري بعد محادثات عبر الاتصال المرئي مع المسؤولين في الدوحة دعم بلاده للحل.')).toEqual([]);
  });
  it('gives no visit for talks planned, called for, referred to, or told inside what another said', () => {
    expect(visits('ومن المقرر أن يبحث جون كيري خلال محادثات في الدوحة الملف السوري.')).toEqual([]);
    expect(visits('وقال جون كيري إنه سيبحث خلال مباحثاته المقبلة في الدوحة أمن المنطقة.')).toEqual([]);
    expect(visits('ودعا فلاديمير بوتين إلى محادثات في جنيف لإنهاء الحرب.')).toEqual([]);
    expect(visits('وأشاد الملك سلمان بالمحادثات الجارية في فيينا بين الوفود.')).toEqual([]);
    expect(visits('وقال باراك أوباما إن طهران وافقت بعد محادثات في فيينا على القيود.')).toEqual([]);
    expect(visits('وانتقد فلاديمير بوتين القرار الذي اتخذ خلال قمة الحلف في بروكسل.')).toEqual([]);
  });
  it('gives no visit for a place that follows a title: it is where the title holder serves', () => {
    expect(visits('وروى دبلوماسي أن اجتماع عام 2012 بين جون كيري ونائب وزير الخارجية في كوريا الشمالية كان متوترا.')).toEqual([]);
  });
});

describe('visits: a reception held where its verb or its host places it (visit:reception-abroad)', () => {
  it('makes a host receiving in another state than his own the one visiting it, not his guest', () => {
    expect(visits('واستقبل وزير الخارجية عادل الجبير أمس بمقر السفارة السعودية في باريس وزير الدفاع الفرنسي جان إيف لودريان.'))
      .toEqual(['adel-al-jubeir>FRA done']);
    expect(visits('واستقبل الرئيس الفرنسي فرانسوا هولاند في مقر إقامته بالرياض اليوم وزير الخارجية عادل الجبير.'))
      .toEqual(['francois-hollande>SAU done']);
  });
  it('gives the one leader named at a reception placed in another state a visit when the host is a bare title', () => {
    expect(visits('واستقبل سمو ولي العهد في قصر السلام بجدة مساء أمس وزير الخارجية الروسي سيرغي لافروف والوفد المرافق له.'))
      .toEqual(['sergey-lavrov>SAU done']);
  });
  it('keeps a reception at home a visit of the guest, and a resident ambassador no visitor', () => {
    expect(visits('واستقبل الملك سلمان في جدة أمس الرئيس الروسي فلاديمير بوتين.')).toEqual(['vladimir-putin>SAU done']);
    expect(visits('واستقبل الملك سلمان في جدة أمس سفير روسيا لدى المملكة.')).toEqual([]);
    expect(visits('واستقبل أمير منطقة الرياض في مكتبه بقصر الحكم أمس سفير فرنسا لدى المملكة فرانسوا جوييت.')).toEqual([]);
  });
  it('gives no visit for a place after the guest\'s title: it is where he serves', () => {
    expect(visits('واستقبل الملك سلمان أمس سفير المملكة في موسكو.')).toEqual([]);
  });
});
