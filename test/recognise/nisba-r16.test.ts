import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

/** States (by nisba or name) and leaders of a text. */
const states = (text: string): string[] => mentionsOf(text, '2016-05-10').flatMap((m) => (m.kind === 'State' ? [`${m.id}/${m.via}`] : []));
const leaders = (text: string): string[] => mentionsOf(text, '2016-05-10').flatMap((m) => (m.kind === 'Leader' ? [`${m.state}`] : []));

describe('the nisba of states of Africa and the Americas after an office (data/gazetteer/states.yaml)', () => {
  it('stands for its state, so the office holder named after it is that state\'s leader', () => {
    expect(states('واستقبل الملك أمس الرئيس الغابوني والوفد المرافق له')).toContain('GAB/nisba');
    expect(leaders('ووصل رئيس الوزراء التوغولي سيلوم كلاسو إلى الرياض')).toEqual(['TGO']);
    expect(states('وأعلنت الحكومة الغواتيمالية والسفارة الهندوراسية موقفهما')).toEqual(['GTM/nisba', 'HND/nisba']);
    expect(states('ووقع وزير الخارجية الليبيري اتفاقية مع نظيره السيراليوني')).toEqual(['LBR/nisba', 'SLE/nisba']);
  });
  it('traps: the Libyan nisba stays Libya; a name spelt as its own nisba (فيجي) is one mention of the state', () => {
    expect(states('وقال وزير الخارجية الليبي إن الحوار مستمر')).toEqual(['LBY/nisba']);
    expect(states('ووقع المندوب الدائم لجمهورية جزر فيجي لدى الأمم المتحدة الاتفاقية').filter((s) => s.startsWith('FJI'))).toHaveLength(1);
  });
});
