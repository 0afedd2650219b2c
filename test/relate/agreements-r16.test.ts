/**
 * Round 16 (issue #14, agreement capability grid data/robustness/grids/agreements.yaml): the sides after
 * بين named as news names leaders (a title chain, an apposition set off by commas, a ruler's full name),
 * a relative clause's subject so named, the object qualified by its two parties' nisbas (توقيع اتفاق
 * روسي صيني). Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { mergeAgreements } from '../../src/resolve/facts.ts';
import { extractedAgreements } from './helpers.ts';

const lines = (text: string, published = '2016-05-10'): string[] =>
  mergeAgreements(extractedAgreements(text, published))
    .map((f: AgreementFact) => `${f.parties.map((p) => p.id).sort().join('+')}:${f.status}`).sort();
const done = (text: string, published?: string): string[] => lines(text, published).filter((l) => !l.endsWith(':planned'));

describe('the sides after بين named with their titles', () => {
  it('a title chain before the leader\'s name gives his state', () => {
    expect(done('وتم أمس توقيع اتفاقية للتعاون الثقافي بين الأردن والرئيس الفرنسي فرانسوا هولاند.')).toEqual(['FRA+JOR:signed']);
    expect(done('ووقعت أمس اتفاقية بين رئيس مجلس الوزراء العراقي حيدر العبادي والصين للتعاون في مجال الزراعة.')).toEqual(['CHN+IRQ:signed']);
    expect(done('وشهد الحفل توقيع مذكرة تفاهم بين ولي ولي العهد النائب الثاني لرئيس الوزراء الأمير محمد بن سلمان والصين في مجال الإسكان.'))
      .toEqual(['CHN+SAU:signed']);
    expect(done('وتم أمس توقيع اتفاقية بين رئيس جمهورية مصر العربية عبدالفتاح السيسي والرئيس الفرنسي فرانسوا هولاند.')).toEqual(['EGY+FRA:signed']);
  });
  it('an apposition set off by commas, and a ruler\'s name past its mention (بن … آل …)', () => {
    expect(done('وتم أمس توقيع اتفاقية بين وزير الخارجية السعودي، عادل الجبير، وتركيا.')).toEqual(['SAU+TUR:signed']);
    expect(done('ووقعت أمس اتفاقية بين وزير الخارجية الروسي سيرغي لافروف والمستشارة الألمانية، أنجيلا ميركل، للتعاون في مجال الطاقة.')).toEqual(['DEU+RUS:signed']);
    expect(done('وتم أمس توقيع اتفاقية بين خادم الحرمين الملك سلمان بن عبدالعزيز آل سعود والصين للتعاون الثقافي.')).toEqual(['CHN+SAU:signed']);
  });
  it('not a signing to come', () => {
    expect(done('ومن المقرر توقيع اتفاقية بين الأردن والرئيس الفرنسي فرانسوا هولاند الأسبوع المقبل.')).toEqual([]);
  });
});

describe('a relative clause\'s subject named with its title', () => {
  it('gives the signers', () => {
    expect(done('وتنص الاتفاقية التي وقعها الرئيس التركي رجب طيب أردوغان والصين أمس على تعزيز التعاون الأمني.')).toEqual(['CHN+TUR:signed']);
    expect(done('وتنص الاتفاقية التي وقعتها الحكومة العراقية والأردن أمس على تعزيز التعاون الأمني.')).toEqual(['IRQ+JOR:signed']);
  });
  it('not when the clause negates it', () => {
    expect(done('وتنص الاتفاقية التي لم يوقعها الرئيس التركي رجب طيب أردوغان والصين على تعزيز التعاون الأمني.')).toEqual([]);
  });
});

describe('the object qualified by its two parties\' nisbas', () => {
  it('names the parties of a signing that names no side', () => {
    expect(done('وجرى أمس توقيع اتفاق روسي صيني للتعاون في مجال الطاقة.')).toEqual(['CHN+RUS:signed']);
    expect(done('ووقعت أمس مذكرة تفاهم سعودية-صينية في مجال السياحة.')).toEqual(['CHN+SAU:signed']);
  });
  it('not with no act, nor a signing to come, nor one nisba', () => {
    expect(done('وناقش الوزيران مشروع اتفاق روسي صيني للتعاون في مجال الطاقة.')).toEqual([]);
    expect(done('ومن المقرر توقيع اتفاق روسي صيني للتعاون في مجال الطاقة الشهر المقبل.')).toEqual([]);
    expect(done('وجرى أمس توقيع اتفاق روسي للتعاون في مجال الطاقة.').filter((l) => l.includes('+'))).toEqual([]);
  });
});

describe('a بين governed by a noun of talking names the talks\' sides, not the agreement\'s signers', () => {
  const signers = (text: string): string[] =>
    mergeAgreements(extractedAgreements(text, '2015-07-25')).flatMap((f: AgreementFact) => (f.signatories ?? []).map((s) => s.id)).sort();
  it('a phone call or a meeting between two titled leaders, told beside an agreement, makes neither a signer', () => {
    expect(signers('وجاء الإعلان عن هذا الاتفاق بعد مكالمة هاتفية بين الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان ركزت على الحرب.')).toEqual([]);
    expect(signers('وتم التوصل إلى الاتفاق عقب لقاء مطول بين الرئيس الأمريكي باراك أوباما والرئيس التركي رجب طيب أردوغان في أنطاليا.')).toEqual([]);
  });
  it('trap: an agreement reached between the two titled leaders themselves has them as its sides', () => {
    expect(signers('وجرى أمس التوصل إلى اتفاق بين الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان بشأن القاعدة.')).toEqual(['barack-obama', 'recep-tayyip-erdogan']);
  });
});

describe('a side named only as a side (بين الجانبين العراقي والسعودي) gives no signatory', () => {
  const signers = (text: string): string[] =>
    mergeAgreements(extractedAgreements(text, '2015-08-10')).flatMap((f: AgreementFact) => (f.signatories ?? []).map((s) => s.id)).sort();
  it('the state\'s leader named in an earlier sentence for something else is not made its signer', () => {
    const text = 'وسيشارك في الاجتماع وزير الخارجية السعودي عادل الجبير. وستبحث اللجنة تنفيذ اتفاقية النقل البري التي تم توقيعها بين الجانبين الأردني والسعودي.';
    expect(lines(text, '2015-08-10')).toEqual(['JOR+SAU:signed']);
    expect(signers(text)).toEqual([]);
  });
  it('trap: the leaders named in the sentence as signing stay its signatories', () => {
    expect(signers('وكان رئيس الوزراء الهندي نارندرا مودي ونظيرته البنغلادشية شيخة حسينة قد وقعا هذا الاتفاق حول ترسيم الحدود بين بلديهما في يونيو.')).toEqual(['narendra-modi', 'sheikh-hasina']);
  });
});
