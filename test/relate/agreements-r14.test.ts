/**
 * Round 14 (issue #14, agreement recall): the sides of an agreement told by reference — «المملكة»
 * in a national agency's copy, «البلدان» after a pair of states and a third state named in passing.
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const lines = (text: string, published = '2024-06-20', title: string | null = null): string[] =>
  extractedAgreements(text, published, title).map((f: AgreementFact) => `${f.parties.map((p) => p.id).sort().join('+')}:${f.status}`).sort();

describe('«المملكة» in the copy of a kingdom\'s national agency', () => {
  const body = 'استقبل الرئيس المصري أمس وزير الخارجية السعودي وسفيري الأردن والبحرين، وأشاد بالاتفاقية التي وقعتها المملكة ومصر الشهر الماضي.';
  it('is the agency\'s country, the agency credited in the dateline\'s brackets or after its mark', () => {
    expect(lines(`القاهرة (واس) - ${body}`)).toEqual(['EGY+SAU:signed']);
    expect(lines(`القاهرة - واس: ${body}`)).toEqual(['EGY+SAU:signed']);
  });
  it('not under another agency, nor when the agency is only cited further on', () => {
    expect(lines(`القاهرة (رويترز) - ${body}`)).toEqual([]);
    expect(lines(`القاهرة - ${body.replace(/\.$/, '')}، وفق ما نقلت واس.`)).toEqual([]);
  });
});

describe('«البلدان» after two states named as a pair', () => {
  it('are that pair, not the third state named in passing since (بتوقيع ممثلي … الليبية في باريس)', () => {
    expect(lines('رحبت فرنسا وألمانيا أمس بتوقيع ممثلي الحكومة الليبية والمعارضة في باريس على إعلان مبادئ. وأصدر البلدان بيانا مشتركا أكدا فيه دعم العملية السياسية.'))
      .toEqual(['DEU+FRA:concluded']);
    expect(lines('ورحبت مصر والأردن بالهدنة التي أعلنتها الفصائل السورية في درعا. وقال بيان مشترك صدر عن البلدين إن الهدنة خطوة أولى.'))
      .toEqual(['EGY+JOR:concluded']);
  });
  it('but two other states named since are the two meant (زار الرئيس الفرنسي الصين … ووقع البلدان)', () => {
    expect(lines('ووقعت مصر والأردن أمس اتفاقا للنقل البري. وزار الرئيس الفرنسي الصين أمس، ووقع البلدان اتفاقية للطاقة.'))
      .toEqual(['CHN+FRA:signed', 'EGY+JOR:signed']);
  });
  it('and a pair two sentences back is out of reach', () => {
    expect(lines('رحبت فرنسا وألمانيا أمس بالهدنة. وقال المتحدث إن الوضع هادئ. وزار وفد من ليبيا باريس، وأصدر البلدان بيانا مشتركا.'))
      .toEqual(['FRA+LBY:concluded']);
  });
});

describe('a signing in a relative clause on the story\'s event, told by the event\'s pronoun (الذي وقع الجانبان في ختامه)', () => {
  const lead = 'باريس - واس\n\nاستقبل الرئيس الفرنسي أمس في قصر الإليزيه الملك سلمان، وجرى خلال اللقاء استعراض العلاقات بين البلدين.\n\n';
  const dates = (text: string): (string | null)[] => extractedAgreements(text, '2015-06-25').map((f) => f.date);
  it('is of the day\'s story, as «في ختام الاجتماع وقع الجانبان» is: the news day dates it', () => {
    expect(dates(`${lead}وترأس وزير الخارجية السعودي مع نظيره الفرنسي الاجتماع الأول للجنة المشتركة، الذي وقع الجانبان في ختامه اتفاقا للتعاون في مجال الطاقة.`))
      .toEqual(['2015-06-25']);
  });
  it('not an event of a past year, nor a pronoun whose head is no event', () => {
    expect(dates(`${lead}وأشاد وزير الخارجية السعودي بالقمة التي عقدت في الرياض عام 2010، والتي وقع الجانبان على هامشها اتفاقا للتعاون في مجال الطاقة.`))
      .toEqual([null]);
    expect(dates(`${lead}وأشاد وزير الخارجية السعودي بالبرنامج المشترك، الذي وقع الجانبان في ختامه اتفاقا للتعاون في مجال الطاقة.`))
      .toEqual([null]);
  });
});

describe('an indefinite agreement noun qualified by a clause with no relative pronoun (اتفاقيات … وقعتها القاهرة مع موسكو)', () => {
  const dated = (text: string): string[] =>
    extractedAgreements(text, '2015-06-25').map((f) => `${f.parties.map((p) => p.id).sort().join('+')}:${f.status}:${f.date ?? '-'}`);
  it('is signed by the clause\'s subject and مع, past an amount and a nisba of the noun', () => {
    expect(dated('وتأتي الزيارة استكمالا لاتفاقيات تعاون عسكري بقيمة ملياري دولار وقعتها القاهرة مع موسكو عام 2012.')).toEqual(['EGY+RUS:signed:2012']);
    expect(dated('وتأتي الزيارة استكمالا لصفقات أسلحة روسية بقيمة ثلاثة مليارات دولار وقعتها القاهرة مع موسكو عام 2012.')).toEqual(['EGY+RUS:signed:2012']);
    expect(dated('وبحث الجانبان تنفيذ مذكرة تفاهم أبرمتها مصر والأردن عام 2013 في مجال النقل.')).toEqual(['EGY+JOR:concluded:2013']);
  });
  it('not a contract with a company or a club, nor a noun that names no agreement', () => {
    expect(dated('ورفض البرلمان اتفاقية للغاز بقيمة ملياري دولار وقعتها الحكومة مع شركة أجنبية.')).toEqual([]);
    expect(dated('ووقع النادي عقدا جديدا مع اللاعب بقيمة مليون دولار وقعه الطرفان في مدريد أمس.')).toEqual([]);
    expect(dated('وتنفذ الوزارة مشروعات بقيمة ملياري دولار وقعتها مصر مع الأردن العام الماضي.')).toEqual([]);
  });
  it('nor a verb after a clause opener, which refers back to the agreement its clause has told (فيما وقعها)', () => {
    expect(dated('ووقع السفير المصري في عمان أمس اتفاقية لتبادل الخبرات الزراعية فيما وقعها عن الجانب الأردني وزير الزراعة، عام 2013.'))
      .toHaveLength(1);
  });
});
