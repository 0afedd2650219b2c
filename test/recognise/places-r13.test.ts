/**
 * Places round 13 (issue #14): the capitals and summit cities the gazetteer lacked, and the guards
 * against the words that look like them (data/gazetteer/cities.yaml): a name that is also a given
 * name or a word (`ambiguous`), a foreign city read in a word that carries the article, a word whose
 * clitic split reaches a city (باكراً "early" is not ب + أكرا), a club named after its city.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from '../relate/helpers.ts';
import { ids, mentionsOf } from './helpers.ts';

const places = (text: string): string[] => ids(mentionsOf(text), ['City', 'State']);
const visits = (text: string, published = '2016-04-12') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();

describe('capitals and summit cities resolve to their state', () => {
  it('a visit to a capital the gazetteer lacked is read (Stockholm, Copenhagen, Lisbon, Astana)', () => {
    expect(places('وصل الرئيس الفرنسي إلى ستوكهولم في زيارة رسمية تستغرق يومين.')).toEqual(['State:FRA', 'City:stockholm', 'State:SWE']);
    expect(places('وتوجه الوزير بعدها إلى كوبنهاجن ثم إلى لشبونة.')).toEqual(['City:copenhagen', 'State:DNK', 'City:lisbon', 'State:PRT']);
    expect(places('واستضافت آستانة جولة جديدة من المحادثات.')).toEqual(['City:astana', 'State:KAZ']);
    expect(visits('وصل الرئيس الروسي فلاديمير بوتين اليوم إلى بودابست في زيارة رسمية يلتقي خلالها رئيس الوزراء المجري.'))
      .toEqual(['vladimir-putin>HUN done']);
  });

  it('summit cities outside capitals (Sharm el-Sheikh, Davos, Tangier) are their states', () => {
    expect(places('وانطلقت في شرم الشيخ أعمال القمة بمشاركة الوفود.')).toEqual(['City:sharm-el-sheikh', 'State:EGY']);
    expect(places('وألقى الوزير كلمة أمام منتدى دافوس الاقتصادي.')).toEqual(['City:davos', 'State:CHE']);
    expect(visits('ووصل الرئيس الروسي فلاديمير بوتين إلى طنجة أمس في زيارة خاصة.')).toEqual(['vladimir-putin>MAR done']);
  });
});

describe('a city name that is also a given name or a word (ambiguous)', () => {
  it('is the city after a city cue or in an article that names its state', () => {
    expect(places('ووصل الوزير إلى العاصمة صوفيا مساء أمس.')).toEqual(['City:sofia', 'State:BGR']);
    expect(places('ووقع البلدان الاتفاق في ليما، حيث التقى الرئيس نظيره البيروفي.')).toEqual(['City:lima', 'State:PER']);
    expect(places('وأعلن الرئيس الغاني من أكرا أن الانتخابات ستجري في موعدها.')).toEqual(['State:GHA', 'City:accra']);
  });

  it('is no place where it is a person or another word', () => {
    expect(places('وأدت الممثلة صوفيا لورين الدور الرئيسي في الفيلم.')).toEqual([]);
    expect(places('وسجل المهاجم ليما هدف الفوز للفريق في الدقيقة الأخيرة.')).toEqual([]);
    expect(places('وأتلفت السيول نحو مليون أكرا من الحقول في الإقليم.')).toEqual([]);
    expect(places('وافتتح أمين المنطقة حديقة جديدة في حي السليمانية بالرياض.')).toEqual(['City:riyadh', 'State:SAU']);
  });
});

describe('a foreign city is not read in a word with the article', () => {
  it('reads the city with a preposition', () => {
    expect(places('وتقام الندوة بفاس المغربية الأسبوع المقبل.')).toEqual(['City:fez', 'State:MAR']);
  });

  it('does not read it where the article makes another word (الفأس "the axe", التالين, المآرب "the aims")', () => {
    expect(places('وضرب الرجل الجذع بالفأس حتى سقط.')).toEqual([]);
    expect(places('ولكل طرف المآرب الخاصة به في هذا الملف.')).toEqual([]);
  });
});

describe('a word whose clitic split reaches a city name is read whole', () => {
  it('باكراً "early" is not ب + أكرا, even in an article on Ghana', () => {
    expect(places('وغادر الرئيس الغاني القصر باكراً صباح اليوم.')).toEqual(['State:GHA']);
  });
  it('the city itself is still read after a preposition', () => {
    expect(places('ووصل الوفد الغاني إلى العاصمة أكرا بعد جولة في المنطقة.')).toEqual(['State:GHA', 'City:accra']);
  });
});

describe('a club named after its city is not the city', () => {
  it('Munich hosts a conference; بايرن ميونيخ is a club', () => {
    expect(places('وشارك الوزير في مؤتمر ميونيخ للأمن.')).toEqual(['City:munich', 'State:DEU']);
    expect(places('وتعاقد نادي بايرن ميونيخ مع المهاجم الجديد.')).toEqual([]);
  });
});
