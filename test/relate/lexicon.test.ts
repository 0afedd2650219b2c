import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  agreementsLexicon, datesLexicon, DatesLexicon, discourseLexicon, loadLexicon, modalityLexicon, phraseWords, vetoesLexicon, visitsLexicon,
} from '../../src/relate/lexicon.ts';

const lists = (o: unknown, path = ''): [string, string[]][] => {
  if (Array.isArray(o) && o.every((x) => typeof x === 'string')) return [[path, o as string[]]];
  if (Array.isArray(o)) return o.flatMap((x, i) => lists(x, `${path}[${i}]`));
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => lists(v, path ? `${path}.${k}` : k));
  return [];
};

describe('relate lexicons (data/lexicon/*.yaml)', () => {
  const all = { dates: datesLexicon, agreements: agreementsLexicon, vetoes: vetoesLexicon, visits: visitsLexicon, modality: modalityLexicon, discourse: discourseLexicon };

  it('every word list is non-empty and has no entry twice once normalised', () => {
    for (const [name, lex] of Object.entries(all)) {
      for (const [path, words] of lists(lex)) {
        expect(words.length, `${name}.${path}`).toBeGreaterThan(0);
        const norm = words.map((w) => phraseWords(w).join(' '));
        expect(new Set(norm).size, `${name}.${path} has a duplicate`).toBe(norm.length);
      }
    }
  });

  it('month and weekday tables cover each month and day exactly once, in both month series', () => {
    expect(datesLexicon.months.map((m) => m.month).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(datesLexicon.weekdays.map((d) => d.day).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const names = datesLexicon.months.flatMap((m) => m.names);
    for (const n of ['يونيو', 'حزيران', 'كانون الثاني', 'تشرين الأول', 'يناير']) expect(names).toContain(n);
  });

  it('agreement kinds are unique and every kind has a merge group', () => {
    const kinds = agreementsLexicon.kinds.map((k) => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toContain(agreementsLexicon.batch_kind);
  });

  it('lists exactly the five permanent members', () => {
    expect([...vetoesLexicon.permanent_members].sort()).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
  });

  it('reports a broken file in one line naming the file and the place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lex-'));
    writeFileSync(join(dir, 'dates.yaml'), 'months: []\n');
    writeFileSync(join(dir, 'bad.yaml'), 'a: [unclosed\n');
    const url = pathToFileURL(`${dir}/`);
    expect(() => loadLexicon('dates.yaml', DatesLexicon, url)).toThrow(/^kg: lexicon .*dates\.yaml is invalid at months: /);
    expect(() => loadLexicon('bad.yaml', z.object({}), url)).toThrow(/^kg: cannot read lexicon .*bad\.yaml: [^\n]*$/);
    expect(() => loadLexicon('missing.yaml', z.object({}), url)).toThrow(/^kg: cannot read lexicon .*missing\.yaml/);
  });
});
