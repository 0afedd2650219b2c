import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedQueries } from '../../src/query/embedded.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { foldGazetteerNames, foldName, gazetteerCachePath, gazetteerNames, NameIndex, Resolver } from '../../src/query/names.ts';

const NODES = [
  { label: 'State', id: 'RUS', name_en: 'Russia', name_ar: 'روسيا', aliases: [] },
  // A store state whose id is no ISO code: only the index knows it.
  { label: 'State', id: 'XKX', name_en: 'Kosovo', name_ar: 'كوسوفو', aliases: [] },
];

describe('Resolver.state', () => {
  it('takes an ISO alpha-3 code as given, without building the name index', () => {
    let built = 0;
    const r = new Resolver(() => { built++; return new NameIndex(NODES); });
    expect([r.state('IRN'), r.state(' irn '), r.state('Rus')]).toEqual(['IRN', 'IRN', 'RUS']);
    expect(built).toBe(0);
    expect(r.state('Iran')).toBe('IRN');
    expect(built).toBe(1);
  });

  it('answers as the built index does, for codes, names and what is no code', () => {
    const index = new NameIndex(NODES);
    const eager = new Resolver(index);
    const lazy = new Resolver(() => index);
    const answer = (r: Resolver, name: string) => { try { return r.state(name); } catch (err) { return (err as Error).message; } };
    for (const name of ['IRN', 'irn', 'RUS', 'XKX', 'Kosovo', 'روسيا', 'ZZZ', 'ırn', 'IR N']) expect(answer(lazy, name), name).toBe(answer(eager, name));
    expect(answer(lazy, 'ZZZ')).toMatch(/unknown state/);
  });
});

describe('the folded gazetteer names cache', () => {
  it('holds what folding gives, is rebuilt when broken, and is another file once a gazetteer changes', () => {
    process.env.KG_CACHE_DIR = mkdtempSync(join(tmpdir(), 'kg-cache-'));
    try {
      const folded = foldGazetteerNames();
      expect(gazetteerNames()).toEqual(folded);
      const path = gazetteerCachePath();
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(folded);
      // A corrupt file is not read: the names are folded again and the file rewritten.
      writeFileSync(path, '[["iran", "State"');
      expect(gazetteerNames()).toEqual(folded);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(folded);
      // An edited gazetteer names another cache file, so the old one is never read for it.
      const data = mkdtempSync(join(tmpdir(), 'kg-data-'));
      cpSync(resolve(import.meta.dirname, '../../data'), data, { recursive: true });
      writeFileSync(join(data, 'gazetteer/leaders.yaml'), `${readFileSync(join(data, 'gazetteer/leaders.yaml'), 'utf8')}\n# edited\n`);
      process.env.KG_DATA_DIR = data;
      const edited = gazetteerCachePath();
      expect(edited).not.toBe(path);
      expect(existsSync(edited)).toBe(false);
      gazetteerNames();
      expect(existsSync(edited)).toBe(true);
    } finally {
      delete process.env.KG_CACHE_DIR;
      delete process.env.KG_DATA_DIR;
    }
  });
});

describe('the remembered folds of store names', () => {
  const PEOPLE = [
    ...NODES,
    { label: 'Person', id: 'p1', name_en: 'Tô Lâm', name_ar: 'تو لام', aliases: ['The Lam'] },
    { label: 'Leader', id: 'l1', name_en: 'Salman bin Abdulaziz', name_ar: 'الملك سلمان بن عبدالعزيز', aliases: [] },
  ];
  const answers = (index: NameIndex) => ['russia', 'روسيا', 'to lam', 'lam', 'سلمان', 'Salman', 'Kosovo', 'nobody'].map((n) => [index.exact(n), index.partial(n, ['Person', 'Leader', 'State'])]);

  it('answers as folding anew, are written once, and a broken file is folded again and rewritten', () => {
    const dir = (process.env.KG_CACHE_DIR = mkdtempSync(join(tmpdir(), 'kg-cache-')));
    try {
      const first = answers(new NameIndex(PEOPLE));
      const file = join(dir, readdirSync(dir).find((f) => f.startsWith('folds-'))!);
      const pairs = JSON.parse(readFileSync(file, 'utf8')) as [string, string][];
      expect(pairs).toContainEqual(['Tô Lâm', 'to lam']);
      expect(pairs.every(([name, folded]) => foldName(name) === folded)).toBe(true);
      expect(answers(new NameIndex(PEOPLE))).toEqual(first);
      writeFileSync(file, '[["Russia"');
      expect(answers(new NameIndex(PEOPLE))).toEqual(first);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(pairs);
    } finally {
      delete process.env.KG_CACHE_DIR;
    }
  });
});

describe('resolving query parameters', () => {
  class Counting extends EmbeddedQueries {
    catalogs = 0;
    protected override async catalog() {
      this.catalogs++;
      return super.catalog();
    }
  }
  const graph = () => {
    const g = emptyGraph();
    g.addNode('State:IRN', { label: 'State', id: 'IRN', name_en: 'Iran', name_ar: 'إيران' });
    return g;
  };

  it('reads no catalogue for an ISO code, and one for a name, with the same answer', async () => {
    const api = new Counting(graph());
    expect(await api.resolve('agreements', { state: 'IRN' })).toMatchObject({ state: 'IRN' });
    expect(api.catalogs).toBe(0);
    expect(await api.resolve('agreements', { state: 'Iran' })).toMatchObject({ state: 'IRN' });
    expect(api.catalogs).toBe(1);
    await expect(api.resolve('agreements', { state: 'Atlantis' })).rejects.toThrow(/unknown state "Atlantis"/);
  });
});
