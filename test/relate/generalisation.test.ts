/**
 * Regression tests for general defects found by an independent review of the extractor: sentences
 * written for these tests (not from the seed or the dev set), each failing before its fix.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact, VetoFact, VisitFact } from '../../src/model.ts';
import { CAST, factsOf } from './helpers.ts';

const visits = (text: string, published = '2024-06-20') => factsOf(text, published).filter((f): f is VisitFact => f.type === 'visit');
const agreements = (text: string, published = '2024-06-20') => factsOf(text, published).filter((f): f is AgreementFact => f.type === 'agreement');
const vetoes = (text: string, published = '2024-06-20') => factsOf(text, published).filter((f): f is VetoFact => f.type === 'veto');
const parties = (f: AgreementFact | undefined) => f?.parties.map((p) => p.id).sort();

describe('negation and modality cues glued to و/ف', () => {
  it('reads ولن، ولم، فلم as negation', () => {
    expect(visits('ولن يزور الرئيس الروسي فلاديمير بوتين فيتنام هذا العام.')).toEqual([]);
    expect(agreements('ولم توقع روسيا أي اتفاق مع الصين خلال القمة.')).toEqual([]);
    expect(agreements('فلم تبرم مصر والأردن اتفاقية للتجارة.')).toEqual([]);
  });
  it('reads ومن المنتظر as planned', () => {
    expect(visits('ومن المنتظر أن يزور بوتين هانوي.').map((v) => v.status)).toEqual(['planned']);
  });
});

describe('kind cues after a clitic chain', () => {
  it('reads للطاقة and للتعاون as kind cues', () => {
    expect(agreements('ووقعت مصر والأردن اتفاقية للطاقة أمس.').map((a) => a.kind)).toEqual(['energy']);
    expect(agreements('ووقعت مصر والأردن اتفاقية للتعاون أمس.').map((a) => a.kind)).toEqual(['cooperation']);
  });
});

describe('وقع meaning "occurred"', () => {
  it('takes no agreement when an event noun is the subject of وقع', () => {
    expect(agreements('ووقع الهجوم في دمشق بعد يوم من اتفاق بين روسيا وسوريا.')).toEqual([]);
    expect(agreements('وقع انفجار قرب السفارة رغم الاتفاق الأمني بين مصر والأردن.')).toEqual([]);
  });
  it('still reads a signing past unknown subjects, prepositions and dates', () => {
    expect(agreements('ووقعت روسيا والدول الكبرى الخمس في 3 مايو اتفاقا مع سوريا.').map(parties)).toEqual([['RUS', 'SYR']]);
  });
  it('lets a specific kind cue win over للتعاون', () => {
    expect(agreements('ووقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة.').map((a) => a.kind)).toEqual(['energy']);
  });
});

describe('visits: words that are not travel', () => {
  it('reads توجه ب + noun as "addressed", not travel', () => {
    expect(visits('وتوجه الرئيس الروسي فلاديمير بوتين بالشكر إلى فيتنام على حسن الاستقبال.')).toEqual([]);
    expect(visits('وتوجه بوتين بنداء إلى الصين.')).toEqual([]);
    expect(visits('وتوجه الرئيس الروسي فلاديمير بوتين أمس إلى فيتنام.').map((v) => v.to)).toEqual(['VNM']);
  });
  it('does not take a leader before إن or before another noun as the subject of a later verb', () => {
    expect(visits('وقال بوتين إن السفن الصينية تصل إلى فيتنام كل شهر.')).toEqual([]);
    expect(visits('وأكد الرئيس الروسي فلاديمير بوتين أن البضائع تصل إلى السعودية.')).toEqual([]);
    expect(visits('وكان بوتين الذي وصل إلى هانوي أمس قد التقى تو لام.').map((v) => v.to)).toEqual(['VNM']);
  });
});

describe('vetoes outside the UN', () => {
  const withEU = [...CAST, { text: 'الاتحاد الأوروبي', kind: 'Organization' as const, id: 'european-union' }];
  it('needs the Security Council or a draft resolution, and no other organisation', () => {
    expect(factsOf('واستخدمت فرنسا حق النقض ضد قرار في الاتحاد الأوروبي.', '2024-06-20', withEU)).toEqual([]);
    expect(factsOf('واستخدمت فرنسا حق النقض ضد قرار للحكومة.')).toEqual([]);
    expect(vetoes('واستخدمت روسيا حق النقض ضد مشروع قرار بشأن سوريا.').map((v) => v.by)).toEqual(['RUS']);
  });
});

describe('modality scope', () => {
  it('does not carry a negation particle into the next clause', () => {
    expect(agreements('وقال المتحدث إن روسيا لم تتردد وإن موسكو والرياض وقعتا اتفاقا للطاقة.').map(parties)).toEqual([['RUS', 'SAU']]);
    // A denial verb does govern its complement clause.
    expect(agreements('ونفت موسكو أن تكون روسيا قد وقعت اتفاقا مع الصين.')).toEqual([]);
  });
  it('reads an imperfect visit dated by a future period as planned', () => {
    expect(visits('ويزور بوتين فيتنام الأسبوع المقبل.').map((v) => v.status)).toEqual(['planned']);
    expect(visits('ويزور بوتين فيتنام الشهر القادم.').map((v) => v.status)).toEqual(['planned']);
  });
  it('reads ستوقع as a planned signing', () => {
    const [a, ...rest] = agreements('وستوقع روسيا اتفاقا للطاقة مع الصين.');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ status: 'planned', kind: 'energy' });
    expect(parties(a)).toEqual(['CHN', 'RUS']);
  });
});

describe('signing formulas and visit shapes of Arabic news', () => {
  it('reads the sides of "وقع الاتفاقية عن الجانب X … وعن الجانب Y …" and their signers', () => {
    const [a] = agreements('ووقع الاتفاقية عن الجانب الروسي الرئيس الروسي فلاديمير بوتين وعن الجانب الأمريكي وزير الخارجية.');
    expect(parties(a)).toEqual(['RUS', 'USA']);
    expect(a?.signatories.map((s) => s.id)).toEqual(['vladimir-putin']);
    expect(a?.kind).toBe('general');
  });
  it('reads "الجانبان X-ي و Y-ي" as the two parties', () => {
    expect(agreements('ووقع الجانبان الروسي والأمريكي اتفاقية للتجارة.').map(parties)).toEqual([['RUS', 'USA']]);
  });
  it('reads a signed joint statement as an agreement', () => {
    expect(agreements('ووقعت روسيا والصين بيانا مشتركا.').map((a) => a.name_ar)).toEqual(['بيانا مشتركا']);
  });
  it('reads أجرى <leader> زيارة … إلى', () => {
    expect(visits('وأجرى الرئيس الروسي فلاديمير بوتين زيارة رسمية إلى فيتنام أمس.').map((v) => [v.to, v.date])).toEqual([['VNM', '2024-06-19']]);
  });
  it('reads a destination before the visitor (ووصل إلى … الرئيس …)', () => {
    expect(visits('ووصل إلى هانوي أمس الرئيس الروسي فلاديمير بوتين.').map((v) => [v.visitor.id, v.to, v.city])).toEqual([['vladimir-putin', 'VNM', 'هانوي']]);
  });
  it('reads each stop of a tour that "includes" states', () => {
    expect(visits('وبدأ بوتين جولة آسيوية تشمل الصين وفيتنام.').map((v) => v.to)).toEqual(['CHN', 'VNM']);
  });
});

describe('agreements with an international organisation', () => {
  const cast = [...CAST, { text: 'البنك الدولي', kind: 'Organization' as const, id: 'world-bank' }, { text: 'الاتحاد الأوروبي', kind: 'Organization' as const, id: 'european-union' }];
  const withOrgs = (text: string) => factsOf(text, '2024-06-20', cast).filter((f): f is AgreementFact => f.type === 'agreement');
  it('binds one state and one organisation', () => {
    expect(withOrgs('ووقعت مصر اتفاقية قرض مع البنك الدولي أمس.').map(parties)).toEqual([['EGY', 'world-bank']]);
    expect(withOrgs('ووقعت الولايات المتحدة والاتحاد الأوروبي اتفاقا للتجارة.').map(parties)).toEqual([['USA', 'european-union']]);
  });
  it('still needs a state among the sides', () => {
    expect(withOrgs('ووقع البنك الدولي والاتحاد الأوروبي مذكرة تفاهم.')).toEqual([]);
  });
});

describe('found on the corpus while fixing the above', () => {
  const cast = [...CAST, { text: 'الوكالة الدولية للطاقة الذرية', kind: 'UNBody' as const, id: 'IAEA' }, { text: 'مجموعة 5+1', kind: 'Organization' as const, id: 'P5_PLUS_1' }];
  const facts = (text: string) => factsOf(text, '2024-06-20', cast);
  it('takes no visitor from the discourse when a noun follows the destination (ووصلت إلى مطار … طائرة)', () => {
    expect(visits('واستقبل بوتين أمس شي جين بينغ. ووصلت، أمس، إلى مطار هانوي طائرة شحن روسية.').filter((v) => v.to === 'VNM')).toEqual([]);
  });
  it('does not let a negation reach past حتى (لم يمض وقت حتى وصل)', () => {
    expect(visits('ولم يمض من الوقت الكثير حتى وصل بوتين إلى هانوي.').map((v) => v.to)).toEqual(['VNM']);
  });
  it('does not take a leader as subject across another title and name', () => {
    expect(visits('والتقى بوتين وزير الخارجية خوان رودريغيز الذي يقوم بأول زيارة إلى فيتنام.').filter((v) => v.visitor.id === 'vladimir-putin')).toEqual([]);
  });
  it('reads no kind from the words of a body named after the agreement noun', () => {
    const [a] = facts('وأبرمت مصر اتفاقا جانبيا مع الوكالة الدولية للطاقة الذرية.').filter((f): f is AgreementFact => f.type === 'agreement');
    expect(a?.kind).toBe('general');
  });
  it('takes no informal group of states as a party', () => {
    expect(facts('وتوصلت سوريا ومجموعة 5+1 إلى اتفاق نووي.').filter((f) => f.type === 'agreement')).toEqual([]);
  });
  it('reads a tour only from its own includes-verb', () => {
    expect(visits('وقال بوتين خلال زيارته إلى فيتنام أمس في جولة تشمل الصين إن العلاقات قوية.').map((v) => v.to).sort()).toEqual(['CHN', 'VNM']);
  });
});

describe('an official named by title and nisba only', () => {
  it('takes the nisba after a title as the official\'s state (وزير الطاقة الروسي ونظيره …)', () => {
    const [a] = agreements('ووقع وزير الطاقة الروسي ونظيره الأمريكي اتفاقا نفطيا.');
    expect(parties(a)).toEqual(['RUS', 'USA']);
    expect(a?.kind).toBe('energy');
  });
});
