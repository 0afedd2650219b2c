/**
 * Round 17 (agreement capability grid data/robustness/grids/agreements.yaml): a subject of leaders
 * with long protocol chains or an apposition set off by commas before the verb; a ruler's full name
 * between the verb and its object; a call on another to sign; and the registry matched by an
 * agreement's own words, not by one party and its weeks alone.
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { mergeAgreements } from '../../src/resolve/facts.ts';
import { extractedAgreements } from './helpers.ts';

const facts = (text: string, published = '2016-05-10'): AgreementFact[] => mergeAgreements(extractedAgreements(text, published));
const lines = (text: string, published?: string): string[] =>
  facts(text, published).map((f) => `${f.parties.map((p) => p.id).sort().join('+')}:${f.status}${f.registry ? `:${f.registry}` : ''}`).sort();
const done = (text: string, published?: string): string[] => lines(text, published).filter((l) => !l.includes(':planned'));
const signers = (text: string, published?: string): string[] => facts(text, published).flatMap((f) => f.signatories.map((s) => s.id)).sort();

describe('a subject before the verb named with long titles', () => {
  it('two leaders with their protocol chains are one subject, however many words', () => {
    expect(done('وكان خادم الحرمين الملك سلمان بن عبدالعزيز آل سعود ورئيس الوزراء الياباني شينزو آبي قد وقعا في مارس الماضي اتفاقية للتعاون في مجال الطاقة.'))
      .toEqual(['JPN+SAU:signed']);
  });
  it('a leader\'s name set off by commas after his title stays in the subject', () => {
    expect(done('وكانت الكويت والمستشارة الألمانية، أنجيلا ميركل، قد وقعتا في مارس الماضي اتفاقية للتعاون التجاري.')).toEqual(['DEU+KWT:signed']);
    expect(signers('وذكرت الوكالة أن وزير الخارجية السعودي، عادل الجبير، والأردن وقعا أمس مذكرة تفاهم للتعاون الثقافي.')).toEqual(['adel-al-jubeir']);
  });
  it('but no subject from a clause of its own set off before the verb', () => {
    expect(done('وتقدمت مصر في مجال الطاقة، حيث تعد التكنولوجيا المصرية متقدمة، ووقعت روسيا أمس اتفاقية للتعاون النووي.')).toEqual([]);
  });
  it('not when negated', () => {
    expect(done('ولم يوقع خادم الحرمين الملك سلمان بن عبدالعزيز آل سعود ورئيس الوزراء الياباني شينزو آبي أي اتفاقية خلال الزيارة.')).toEqual([]);
  });
});

describe('a ruler\'s full name between the verb and its object', () => {
  it('is no unknown word on the way to the object', () => {
    expect(done('وأصدر خادم الحرمين الملك سلمان بن عبدالعزيز آل سعود والأردن في ختام المحادثات بيانا مشتركا.')).toEqual(['JOR+SAU:concluded']);
  });
});

describe('a registry agreement is told by its own words, not by one party and its weeks', () => {
  it('a joint statement of Turkey with another state is not the EU–Turkey statement', () => {
    expect(done('وأصدرت الكويت وتركيا في ختام المحادثات بيانا مشتركا.', '2016-03-25')).toEqual(['KWT+TUR:concluded']);
  });
  it('a Saudi–Egyptian signing of the day in the month after 8 April 2016 is not the maritime border agreement', () => {
    expect(done('وتهدف الاتفاقية الموقعة بين السعودية ومصر أمس إلى تعزيز التبادل التجاري.', '2016-04-25')).toEqual(['EGY+SAU:signed']);
    expect(done('وتنص الاتفاقية التي وقعتها السعودية ومصر أمس على تعزيز التعاون الأمني.', '2016-04-25')).toEqual(['EGY+SAU:signed']);
  });
  it('named by its own words it still is', () => {
    expect(done('وأكد البرلمان المصري أن اتفاقية ترسيم الحدود البحرية مع السعودية ستعرض عليه.', '2016-04-20')).toEqual(['EGY+SAU:concluded:egypt-saudi-maritime-2016']);
    expect(done('وأصدرت تركيا والاتحاد الأوروبي بيانا مشتركا حول اللاجئين.', '2016-03-25')).toEqual(['EU+TUR:concluded:eu-turkey-statement-2016']);
  });
});

describe('a call on another to sign is no signing', () => {
  it('an urging verb whose object is the verbal noun (طالب … بتوقيع، حث … على توقيع)', () => {
    expect(done('وطالبت الكويت الأردن بتوقيع اتفاقية للتعاون الأمني.')).toEqual([]);
    expect(done('وحثت الكويت الصين على توقيع اتفاقية لمكافحة الإرهاب.')).toEqual([]);
  });
  it('but a signing told in another clause of the sentence stays one', () => {
    expect(done('وطالبت المعارضة بإلغاء الاتفاقية، بعد أن وقعت الكويت والأردن أمس اتفاقية للتعاون الأمني.')).toEqual(['JOR+KWT:signed']);
  });
});

