import { describe, expect, it } from 'vitest';
import { NameIndex, Resolver } from '../../src/query/names.ts';

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
