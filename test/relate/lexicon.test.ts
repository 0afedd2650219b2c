import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataError } from '../../src/errors.ts';
import type { AgreementFact, Fact, VetoFact } from '../../src/model.ts';
import { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';
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

  // Lists whose entries are not Arabic phrases: codes and slugs, and punctuation marks skipped as words.
  const NOT_ARABIC = new Set([
    'agreements.generic_kinds', 'agreements.form_kinds', 'agreements.state_groups', 'agreements.described_by_parts.groups', 'vetoes.permanent_members', 'visits.resident_offices', 'visits.body_delegates', 'visits.posted_offices',
    'agreements.object_skip', 'agreements.nisba_pair.joiners', 'agreements.nisba_pair.quotes', 'dates.month_leads', 'dates.day_span', 'visits.subject_gap', 'visits.dateline.marks', 'visits.dateline.fillers', 'visits.host_offices',
  ]);

  it('every entry is one or more Arabic words once normalised, and no list has an entry twice', () => {
    for (const [name, lex] of Object.entries(all)) {
      for (const [path, words] of lists(lex)) {
        const norm = words.map((w) => phraseWords(w));
        if (!NOT_ARABIC.has(`${name}.${path}`)) {
          // A YAML slip (a comma inside an entry, a Latin letter, a digit, an empty phrase) fails here.
          norm.forEach((ws, i) => expect(ws.length > 0 && ws.every((w) => /^[\u0621-\u064A]+$/.test(w)), `${name}.${path}: "${words[i]}"`).toBe(true));
        }
        const keys = norm.map((ws) => ws.join(' '));
        expect(new Set(keys).size, `${name}.${path} has a duplicate`).toBe(keys.length);
      }
    }
  });

  // What the entries do: each cue, put in one sentence frame, has the effect the file promises.
  const facts = (text: string): Fact[] =>
    extract(ArticleRecord.parse({ id: 'lex', title: null, text, published: '2015-07-29', outlet: null, url: null, origin: { file: 'test' } })).doc.facts;
  const vetoBy = (text: string) => facts(text).filter((f): f is VetoFact => f.type === 'veto').map((f) => f.by);
  const signed = (text: string) => facts(text).filter((f): f is AgreementFact => f.type === 'agreement' && f.status !== 'planned');

  it('every veto casting verb and noun of vetoes.yaml makes a cast veto', () => {
    for (const v of vetoesLexicon.cast.verbs) expect(vetoBy(`${v} روسيا حق النقض ضد مشروع القرار في مجلس الأمن.`), v).toEqual(['RUS']);
    for (const n of vetoesLexicon.cast.nouns) expect(vetoBy(`وأدان المجلس ${n} روسيا حق النقض ضد مشروع القرار في مجلس الأمن.`), n).toEqual(['RUS']);
  });

  it('a known cue is found where expected; its near misses make none: a threat, a future cast, a name that contains the letters', () => {
    expect(vetoBy('استخدمت روسيا حق النقض ضد مشروع القرار في مجلس الأمن.')).toEqual(['RUS']);
    expect(vetoBy('هددت روسيا باستخدام حق النقض ضد مشروع القرار في مجلس الأمن.')).toEqual([]);
    expect(vetoBy('ستستخدم روسيا حق النقض ضد مشروع القرار في مجلس الأمن.')).toEqual([]);
    expect(vetoBy('وقال الفيتوري إن روسيا رفضت مشروع القرار في مجلس الأمن.')).toEqual([]);
  });

  it('every signing verb of agreements.yaml makes a signed agreement; every pending verb makes none', () => {
    for (const v of agreementsLexicon.done.verbs) {
      expect(signed(`${v} روسيا وفيتنام اتفاقية للتعاون في مجال الطاقة أمس.`).map((a) => a.parties.map((p) => p.id).sort()), v).toEqual([['RUS', 'VNM']]);
    }
    for (const v of agreementsLexicon.pending.verbs) expect(signed(`${v} روسيا وفيتنام اتفاقية للتعاون في مجال الطاقة.`), v).toEqual([]);
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
    expect(() => loadLexicon('dates.yaml', DatesLexicon, url)).toThrow(/^\/.*dates\.yaml: field months: /);
    expect(() => loadLexicon('dates.yaml', DatesLexicon, url)).toThrow(DataError);
    expect(() => loadLexicon('bad.yaml', z.object({}), url)).toThrow(/^cannot read .*bad\.yaml: [^\n]*$/);
    expect(() => loadLexicon('missing.yaml', z.object({}), url)).toThrow(/^cannot read .*missing\.yaml/);
  });
});
