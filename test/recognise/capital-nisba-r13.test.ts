import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';

// «العاصمة» + a state's nisba with no name after it is that state's capital (a place), not an adjective.
describe('recognise: «العاصمة الإثيوبية» is the capital', () => {
  const read = (text: string) => extract({ id: 't', title: null, text, published: '2015-07-29' } as never).doc;
  const places = (text: string) => read(text).mentions.filter((m) => m.kind === 'City' || m.kind === 'State').map((m) => [m.kind, m.id, m.via, m.text]);

  it('reads the capital by nisba as the capital city and its state', () => {
    expect(places('وصل الوفد إلى العاصمة الإثيوبية مساء الأحد.')).toEqual([
      ['City', 'addis-ababa', 'city', 'العاصمة الإثيوبية'], ['State', 'ETH', 'capital', 'العاصمة الإثيوبية'],
    ]);
  });

  it('keeps the nisba an adjective when the capital is named after it', () => {
    expect(places('وصل الوفد إلى العاصمة الإثيوبية أديس أبابا مساء الأحد.').map((p) => p.slice(0, 3))).toEqual([
      ['State', 'ETH', 'nisba'], ['City', 'addis-ababa', 'city'], ['State', 'ETH', 'capital'],
    ]);
  });

  it('keeps a nisba after another noun a nisba', () => {
    expect(places('والتقى الوفد بمسؤولين في الحكومة الإثيوبية.').map((p) => p.slice(0, 3))).toEqual([['State', 'ETH', 'nisba']]);
  });

  it('makes the capital a visit destination', () => {
    const visits = read('ووصل الرئيس الأمريكي باراك أوباما إلى العاصمة الإثيوبية مساء الأحد قادما من كينيا.').facts
      .filter((f) => f.type === 'visit').map((f) => [f.to, f.city, f.date]);
    expect(visits).toContainEqual(['ETH', 'أديس أبابا', '2015-07-26']);
  });
});
