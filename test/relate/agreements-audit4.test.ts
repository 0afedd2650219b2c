/**
 * Agreement nodes against the error classes of the fourth corpus audit (issue #19): separate deals
 * merged into one node or one batch split in two, a mandate or a plan cue read wrongly, a tally dated
 * by the article's day, an armed group replaced by a state, a registry description linked to an older
 * instrument of the same words, and a date set off by a comma left unread. Sentences are written for
 * these tests (each rule: the case it fixes and the trap it must not fire on).
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const facts = (text: string, published: string = '2015-07-20'): AgreementFact[] => extractedAgreements(text, published);
const parties = (f: AgreementFact): string[] => f.parties.map((p) => p.id).sort();

describe('a batch is one node, deals with several states are one each', () => {
  it('a bare noun coordinated with a batch joins it', () => {
    const got = facts('وحضر الزعيمان توقيع اتفاقية ومذكرتي تفاهم بين السعودية وكوريا الجنوبية.');
    expect(got.map((f) => [parties(f), f.kind])).toEqual([[['KOR', 'SAU'], 'cooperation']]);
  });

  it('agreements named one by one stay apart', () => {
    const got = facts('ووقعت السعودية وفرنسا اتفاقية للدفاع المشترك واتفاقية للتعاون في مجال الطاقة.');
    expect(got.map((f) => f.kind)).toEqual(['defense', 'energy']);
  });

  it('a batch "with the two countries" of a visit is a batch with each', () => {
    const got = facts('وزار الملك سلمان روسيا وفرنسا ووقع اتفاقيات مع البلدين.');
    expect(got.map(parties)).toEqual([['RUS', 'SAU'], ['FRA', 'SAU']]);
  });

  it('one agreement with the two countries keeps its three parties', () => {
    const got = facts('وزار الملك سلمان روسيا وفرنسا ووقع اتفاقية مع البلدين.');
    expect(got.map(parties)).toEqual([['FRA', 'RUS', 'SAU']]);
  });
});

describe('planned or done', () => {
  it('a perfect verb after أن is done, whatever aim the main clause states', () => {
    const got = facts('وتحادث الرئيسان أمس بهدف الإعلان عن أن اليونان ومصر توصلتا إلى اتفاق لترسيم الحدود.');
    expect(got.map((f) => [parties(f), f.status])).toEqual([[['EGY', 'GRC'], 'concluded']]);
  });

  it('a subjunctive after أن stays planned, and a denial records nothing', () => {
    expect(facts('وتسعى اليونان إلى أن توقع مع مصر اتفاقا لترسيم الحدود.').map((f) => f.status)).toEqual(['planned']);
    expect(facts('ونفت اليونان أن تكون وقعت مع مصر اتفاقا لترسيم الحدود.')).toEqual([]);
  });

  it('failing to reach an agreement records none; reaching one does', () => {
    expect(facts('وأخفق وزراء التجارة أمس في التوصل إلى اتفاق بين اليابان والولايات المتحدة بشأن السيارات.')).toEqual([]);
    expect(facts('وتوصل وزراء التجارة أمس إلى اتفاق بين اليابان والولايات المتحدة بشأن السيارات.').map(parties)).toEqual([['JPN', 'USA']]);
  });

  it('a mandate to sign is a signing to come', () => {
    const got = facts('وفوض مجلس الوزراء السعودي وزير العمل بتوقيع الاتفاقية مع الفلبين.');
    expect(got.map((f) => f.status)).toEqual(['planned']);
  });

  it('a signing witnessed is signed', () => {
    const got = facts('وشهد الملك سلمان توقيع اتفاقية للتعاون بين السعودية والفلبين.');
    expect(got.map((f) => f.status)).toEqual(['signed']);
  });
});

describe('who signs', () => {
  it('an armed group as the subject leaves no state to stand in for it', () => {
    // The article's focus is Yemen's president: before, he stood in for the group.
    expect(facts('وقال الرئيس اليمني عبد ربه منصور هادي أمس إن بلاده لن تقبل بأي تدخل. وكانت جماعة مسلحة قد أعلنت الشهر الماضي أنها أبرمت اتفاقا مع إيران لتطوير أحد الموانئ.')).toEqual([]);
  });

  it('a government as the subject is the party', () => {
    const got = facts('وكانت الحكومة اليمنية قد أعلنت الشهر الماضي أنها أبرمت اتفاقا مع إيران لتطوير أحد الموانئ.');
    expect(got.map(parties)).toEqual([['IRN', 'YEM']]);
  });
});

describe('dates', () => {
  const lead = 'وقعت السعودية أمس اتفاقيات للعمالة المنزلية مع كل من جيبوتي والنيجر.';

  it('a counted list of states tallies signings of other days: no article day', () => {
    const got = facts(`${lead} وبذلك تكون المملكة قد وقعت اتفاقيات للعمالة المنزلية مع خمس دول هي: الفلبين، والهند، وسريلانكا، وفيتنام، وبنغلاديش.`);
    const tallied = got.filter((f) => f.evidence[0]!.sentence === 1);
    expect(tallied.map(parties).map((p) => p.find((x) => x !== 'SAU'))).toEqual(['PHL', 'IND', 'LKA', 'VNM', 'BGD']);
    expect(tallied.every((f) => f.date === null)).toBe(true);
  });

  it('the signing of the day with each state named keeps its day', () => {
    const got = facts(lead);
    expect(got.map((f) => f.date)).toEqual(['2015-07-19', '2015-07-19']);
  });

  it('a date set off by a comma after the signing clause dates it', () => {
    const got = facts('ووقعت حكومة القاهرة أول معاهدة صداقة بين مصر والسعودية، في 20 شوال 1355هـ - يناير 1937م، ثم تبادل البلدان السفراء.');
    // 20 Shawwal 1355, before the computed calendar (dates.yaml hijri_table_from): the January 1937 the writer gives.
    expect(got.map((f) => f.date)).toEqual(['1937-01']);
  });

  it('"N years ago" in the signing clause gives the year', () => {
    expect(facts('ووقعت مصر والسودان قبل عشرين عاما اتفاقية لتقاسم مياه النهر.', '2015-08-06').map((f) => f.date)).toEqual(['1995']);
    expect(facts('وقبل 30 سنة أبرمت الأردن والسعودية اتفاقية لترسيم الحدود البرية.', '2015-08-06').map((f) => f.date)).toEqual(['1985']);
  });

  it('days ago stay a day, and a vague "years ago" gives no year', () => {
    expect(facts('ووقعت مصر والسودان قبل ثلاثة أيام اتفاقية لتقاسم مياه النهر.', '2015-08-06').map((f) => f.date)).toEqual(['2015-08-03']);
    expect(facts('ووقعت مصر والسودان قبل سنوات اتفاقية لتقاسم مياه النهر.', '2015-08-06').map((f) => f.date)).toEqual([null]);
  });

  it('a date fronted to an asyndetic clause dates its act', () => {
    const got = facts('ويذكر المؤرخون أنه في عام 1996، توصلت روسيا إلى اتفاق حدودي مع الصين.', '2015-08-03');
    expect(got.map((f) => f.date)).toEqual(['1996']);
  });

  it('after و the clause is coordinated: the date before the comma is the first act\'s', () => {
    const got = facts('وزار الوزير المصري عمان في عام 2010، ووقعت مصر والأردن اتفاقا للتعاون.', '2015-08-03');
    expect(got.map((f) => f.date)).toEqual([null]);
  });

  it('a comma clause with an act of its own does not date the signing', () => {
    const got = facts('ووقعت حكومة القاهرة معاهدة صداقة بين مصر والسعودية، وزار الملك المملكة عام 1945م.');
    expect(got.map((f) => f.date)).toEqual([null]);
  });
});

describe('registry descriptions', () => {
  it('a description in a sentence set before the registry agreement names an older instrument', () => {
    const got = facts('وانتهت الحرب في اليمن باتفاقية جدة التي وقعها زعيما مصر والسعودية، عام 1965م.');
    expect(got.some((f) => f.registry === 'jeddah-treaty-2000')).toBe(false);
  });

  it('the same description with no earlier date is the registry agreement', () => {
    const got = facts('وجدد الوزير اليمني التزام صنعاء باتفاقية جدة مع السعودية.');
    expect(got.map((f) => f.registry)).toEqual(['jeddah-treaty-2000']);
  });
});
