/**
 * A nisba shared by a state and an older polity (روماني: Romanian, Roman): after an empire or era noun
 * it is the older sense, and an article that uses it so never means the state by it unless it names
 * the state (data/gazetteer/states.yaml old_sense_after); nor is the city that was its seat (روما,
 * data/gazetteer/cities.yaml old_polity_of). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { ids, mentionsOf } from './helpers.ts';

const states = (text: string): string[] => ids(mentionsOf(text), ['State']);

describe('a historical nisba is not the state', () => {
  it('the Roman Empire, a Roman elsewhere in its article, and its seat Rome are not Romania nor Italy', () => {
    expect(states('وتوجه القائد نحو الإمبراطورية الرومانية وعاصمتها روما، وكان صديقا لرهينة رومانية ضمانا لمعاهدة السلام.')).toEqual([]);
  });

  it('Rome in an article of today, or one that names Italy, is Italy', () => {
    expect(states('ووصل الوزير إلى روما أمس في زيارة رسمية.')).toEqual(['State:ITA']);
    const both = mentionsOf('وتحدث الكاتب عن الإمبراطورية الرومانية. ثم زار روما عاصمة إيطاليا.');
    expect(both.filter((m) => m.text === 'روما').map((m) => `${m.kind}:${m.id}`)).toEqual(['City:rome', 'State:ITA']);
  });

  it('a Romanian government is Romania', () => {
    expect(states('ووقعت الحكومة الرومانية وفرنسا اتفاقية للتعاون العسكري أمس.')).toEqual(['State:ROU', 'State:FRA']);
  });

  it('where the article names Romania, only the nisba after the empire noun is left out', () => {
    const text = 'ووقعت رومانيا وفرنسا اتفاقية أمس، في مبنى من عصر الإمبراطورية الرومانية قرب السفارة الرومانية.';
    const rou = mentionsOf(text).filter((m) => m.kind === 'State' && m.id === 'ROU');
    expect(rou.map((m) => [m.text, m.start])).toEqual([['رومانيا', text.indexOf('رومانيا')], ['الرومانية', text.lastIndexOf('الرومانية')]]);
  });
});
