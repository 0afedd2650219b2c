/**
 * Bare state descriptors (data/gazetteer/descriptors.yaml): المملكة stands for the kingdom in the
 * scene, and fixed epithets (الدولة العبرية، الجمهورية الإسلامية) for their state. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';

function run(text: string, outlet: string | null) {
  return extract(ArticleRecord.parse({ id: 't', title: null, text, published: '2015-07-30', outlet, url: null, parent: null, origin: { file: 'test' } }));
}
const states = (text: string, outlet: string | null = null) =>
  run(text, outlet).doc.mentions.filter((m) => m.kind === 'State').map((m) => `${m.text}=${m.id}`);
const agreements = (text: string, outlet: string | null = null) => {
  const { batch } = run(text, outlet);
  return batch.nodes.filter((n) => n.label === 'Agreement')
    .map((n) => batch.edges.filter((e) => e.type === 'PARTY_TO' && e.to.id === n.id).map((e) => e.from.id).sort().join('+'));
};

describe('المملكة without a name', () => {
  it('is the outlet country in a Saudi paper', () => {
    expect(agreements('وقعت المملكة وجمهورية ناميبيا أمس بروتوكولا لإقامة علاقات دبلوماسية.', 'okaz')).toEqual(['NAM+SAU']);
  });
  it('is the one kingdom the article names when the outlet gives none', () => {
    expect(states('زار الوزير الأردن الأسبوع الماضي. ووقعت المملكة مع اليابان اتفاقية للمياه.')).toContain('المملكة=JOR');
  });
  it('is the other kingdom when a Saudi paper never names Saudi Arabia', () => {
    expect(states('وصل وزير الخارجية الياباني إلى الأردن أمس. ووقعت المملكة مع اليابان اتفاقية للمياه.', 'alriyadh')).toContain('المملكة=JOR');
  });
  it('is the paper’s own kingdom when both are named', () => {
    expect(states('وصل ملك الأردن إلى السعودية أمس، وأكد أن المملكة شريك أساسي.', 'alriyadh')).toContain('المملكة=SAU');
  });
  it('is nothing when no kingdom is in the scene', () => {
    expect(states('ووقعت المملكة مع اليابان اتفاقية للمياه.')).toEqual(['اليابان=JPN']);
  });
  it('is left to the gazetteer when an adjective makes it a name', () => {
    expect(states('وصل الوزير إلى المملكة المغربية أمس.', 'okaz')).toEqual(['المملكة المغربية=MAR']);
  });
});

describe('fixed epithets of a state', () => {
  it('reads الدولة العبرية as Israel and الجمهورية الإسلامية as Iran', () => {
    expect(states('وانتقدت الدولة العبرية موقف الجمهورية الإسلامية.')).toEqual(['الدولة العبرية=ISR', 'الجمهورية الإسلامية=IRN']);
  });
  it('keeps another Islamic republic named with its nisba', () => {
    expect(states('وزار الوزير الجمهورية الإسلامية الموريتانية.')).toEqual(['الجمهورية الإسلامية الموريتانية=MRT']);
  });
});

describe('a title and the surname of a former holder', () => {
  it('names the former holder of that office as a person', () => {
    const m = run('ووقع الرئيس السادات اتفاقا مع إسرائيل في 1979.', null).doc.mentions.find((x) => x.text === 'السادات');
    expect([m?.kind, m?.id]).toEqual(['Person', 'anwar-sadat']);
  });
  it('leaves the surname alone without a title (a given name, a family name)', () => {
    expect(run('وقال الكاتب إن السادات سافر.', null).doc.mentions.filter((x) => x.id === 'anwar-sadat')).toEqual([]);
  });
  it('leaves a surname after a title of an office its bearer never held', () => {
    expect(run('وقال الملك السادات إن الوضع هادئ.', null).doc.mentions.filter((x) => x.id === 'anwar-sadat')).toEqual([]);
  });
});
