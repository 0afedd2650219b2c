import { describe, expect, it } from 'vitest';
import {
  BODIES, CITIES, LEADERS, nisbaForms, OFFICES, slug, STATES,
} from '../../src/recognise/gazetteer.ts';
import { cityState, isPermanentUNSCMember, officeHolders, stateName } from '../../src/recognise/index.ts';

describe('gazetteer files', () => {
  it('give every ISO 3166-1 state its Arabic and English names from i18n-iso-countries', () => {
    expect(STATES().size).toBeGreaterThan(240);
    expect(stateName('VNM')).toEqual({ en: 'Vietnam', ar: 'فيتنام' });
    expect(stateName('RUS')?.en).toBe('Russia');
    expect(stateName('XYZ')).toBeNull();
  });
  it('mark exactly the five permanent Security Council members', () => {
    expect([...STATES().values()].filter((s) => s.p5).map((s) => s.iso).sort()).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
    expect(isPermanentUNSCMember('RUS')).toBe(true);
    expect(isPermanentUNSCMember('DEU')).toBe(false);
  });
  it('inflect nisba adjectives word by word, leaving words that are not adjectives', () => {
    expect(nisbaForms('روسي')).toEqual(expect.arrayContaining(['روسي', 'روسية', 'روسيون', 'روسيين']));
    expect(nisbaForms('كوري شمالي')).toContain('كورية شمالية');
    expect(nisbaForms('جنوب أفريقي')).toContain('جنوب أفريقية');
  });
  it('tie every city to a known state and keep ids unique', () => {
    for (const c of CITIES()) if (c.state) expect(STATES().has(c.state), c.id).toBe(true);
    expect(new Set(CITIES().map((c) => c.id)).size).toBe(CITIES().length);
    expect(cityState('pyongyang')).toBe('PRK');
    expect(cityState('kremlin')).toBe('RUS');
  });
  it('list the six UN bodies by their fixed ids', () => {
    expect(BODIES().filter((b) => b.kind === 'UNBody').map((b) => b.id).sort()).toEqual(['IAEA', 'UN', 'UNGA', 'UNHRC', 'UNSC', 'UNSG']);
  });
  it('give every leader a unique slug id, an Arabic name and well-ordered terms', () => {
    expect(new Set(LEADERS().map((l) => l.id)).size).toBe(LEADERS().length);
    for (const l of LEADERS()) {
      expect(l.id).toBe(slug(l.en));
      expect(l.ar.every((a) => /[\u0600-\u06ff]/.test(a)), l.en).toBe(true);
      for (const [, , from, to] of l.offices) if (to) expect(from < to, `${l.en} ${from} ${to}`).toBe(true);
    }
    expect(LEADERS().find((l) => l.en === 'Vladimir Putin')?.id).toBe('vladimir-putin');
  });
  it('cover heads of state, government, foreign and defence ministers of the P5 in 2015 and 2024', () => {
    const offices: Array<[string, string]> = [['USA', 'president'], ['RUS', 'president'], ['RUS', 'foreign minister'], ['RUS', 'defence minister'], ['CHN', 'president'], ['GBR', 'prime minister'], ['GBR', 'foreign minister'], ['FRA', 'president'], ['USA', 'foreign minister'], ['USA', 'defence minister'], ['SAU', 'king'], ['SAU', 'foreign minister'], ['VNM', 'prime minister'], ['PRK', 'supreme leader'], ['UNSG', 'secretary-general']];
    for (const date of ['2015-07-21', '2024-06-20']) {
      for (const [iso, office] of offices) {
        expect(officeHolders(iso, office, date).length, `${iso} ${office} ${date}`).toBe(1);
      }
    }
  });
  it('read office titles with what must follow them', () => {
    expect(OFFICES().find((o) => o.ar.includes('رئيس'))?.needs).toBe('state');
    expect(OFFICES().find((o) => o.ar.includes('خادم الحرمين الشريفين'))?.state).toBe('SAU');
  });
});
