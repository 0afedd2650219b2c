/**
 * Titled names the gazetteer does not list that are fragments of a listed leader's name (issue #19,
 * audit r8: «مولود أوغلو» made a second Turkish foreign minister with no English name). Each rule with
 * a sentence it must read and the trap it must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { listedHolding } from '../../src/recognise/variants.ts';
import { mentionsOf } from './helpers.ts';

/** Leaders of a text as "name/id". */
const leaders = (text: string, date: string): string[] =>
  mentionsOf(text, date).filter((m) => m.kind === 'Leader').map((m) => `${m.text}/${m.id}`);

describe('listedHolding', () => {
  it('finds the listed leader whose name holds the words side by side, or from its first word to its last', () => {
    expect(listedHolding('عيسى آل خليفة')).toEqual(['hamad-bin-isa-al-khalifa']);
    expect(listedHolding('مولود أوغلو')).toEqual(['mevlut-cavusoglu']);
  });
  it('trap: a name whose words stand in no listed name, or only in part of one, is no fragment', () => {
    expect(listedHolding('كمال أوغلو')).toEqual([]);
    expect(listedHolding('جاويش')).toEqual([]);
  });
});

describe('a fragment of a listed leader\'s name under a title of his state', () => {
  it('is that leader when the title gives his office at the date', () => {
    expect(leaders('وقال وزير الخارجية التركي مولود أوغلو إن بلاده ستشارك في الحملة.', '2015-08-06')).toEqual(['مولود أوغلو/mevlut-cavusoglu']);
    expect(leaders('وقال عيسى آل خليفة، ملك البحرين، إن الزيارة ناجحة.', '2015-07-24')).toEqual(['عيسى آل خليفة/hamad-bin-isa-al-khalifa']);
  });
  it('is that leader when the article names him in full, whatever office he holds then', () => {
    expect(leaders('والتقى مولود جاويش أوغلو الوفد. وقال وزير الخارجية التركي مولود أوغلو إن بلاده ستشارك في الحملة.', '2015-09-15'))
      .toEqual(['مولود أوغلو/mevlut-cavusoglu']);
  });
  it('is no one when the article does not name him and he does not hold the office then', () => {
    expect(leaders('وقال وزير الخارجية التركي مولود أوغلو إن بلاده ستشارك في الحملة.', '2015-09-15')).toEqual([]);
  });
  it('trap: under a title of another state, or with words no listed name holds, the name stays its own', () => {
    expect(leaders('وقال وزير الخارجية الأذربيجاني مولود أوغلو إن بلاده ستشارك في الحملة.', '2015-08-06')).toEqual(['مولود أوغلو/ملد-اجلو']);
    expect(leaders('وقال وزير الخارجية التركي كمال أوغلو إن بلاده ستشارك في الحملة.', '2015-08-06')).toEqual(['كمال أوغلو/كمل-اجلو']);
  });
});
