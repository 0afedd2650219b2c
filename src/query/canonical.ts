/**
 * One order for every answer, whichever store gave it: lists inside a row are sorted and
 * de-duplicated, rows sorted by the query's natural key. Input: rows. Output: the same rows, sorted.
 */
import type { QueryName, RowOf } from './contract.ts';

type Key = (string | number | null | undefined)[];

/** Nulls last; strings by UTF-16 code unit, as both JavaScript and Cypher compare them. */
function compareValues(a: Key[number], b: Key[number]): number {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return c;
  }
  return 0;
}

// compareValues, not compareKeys of one-element keys: a big agreement's ~600 sources made two
// arrays per comparison.
export const sortedUnique = (xs: string[]): string[] => [...new Set(xs)].sort(compareValues);

function sortedUniqueBy<T>(xs: T[], key: (x: T) => Key): T[] {
  const seen = new Map<string, T>();
  for (const x of xs) seen.set(JSON.stringify(key(x)), x);
  return [...seen.values()].sort((a, b) => compareKeys(key(a), key(b)));
}

const fix: { [N in QueryName]: (r: RowOf<N>) => RowOf<N> } = {
  states: (r) => ({ ...r, sources: sortedUnique(r.sources) }),
  bodies: (r) => ({ ...r, sources: sortedUnique(r.sources) }),
  leaders: (r) => ({ ...r, sources: sortedUnique(r.sources) }),
  agreements: (r) => ({
    ...r, parties: sortedUnique(r.parties), sources: sortedUnique(r.sources),
    signatories: sortedUniqueBy(r.signatories, (s) => [s.name_en, s.name_ar]),
  }),
  vetoes: (r) => ({ ...r, sources: sortedUnique(r.sources) }),
  visits: (r) => ({ ...r, sources: sortedUnique(r.sources) }),
  meetings: (r) => ({ ...r, sources: sortedUnique(r.sources) }),
  evidence: (r) => r,
  timeline: (r) => ({ ...r, sources: sortedUnique(r.sources) }),
  path: (r) => r,
  neighbours: (r) => ({ ...r, via_a: sortedUnique(r.via_a), via_b: sortedUnique(r.via_b) }),
};

const order: { [N in QueryName]: (r: RowOf<N>) => Key } = {
  states: (r) => [r.id],
  bodies: (r) => [r.id],
  leaders: (r) => [r.state, r.id],
  agreements: (r) => [r.date, r.id],
  vetoes: (r) => [r.date, r.by, r.body, r.subject],
  visits: (r) => [r.date, r.visitor.name_en, r.visitor.name_ar, r.to, r.city],
  meetings: (r) => [r.date, r.leader.id, r.met.id, r.place],
  evidence: (r) => [r.type, r.from.label, r.from.id, r.to.label, r.to.id, r.key, r.article, r.start, r.end, r.rule],
  timeline: (r) => [r.date, r.type, r.from.label, r.from.id, r.to.label, r.to.id, r.key],
  path: (r) => [r.step],
  neighbours: (r) => [r.node.label, r.node.id],
};

export function canonicalRows<N extends QueryName>(name: N, rows: RowOf<N>[]): RowOf<N>[] {
  const f = fix[name] as (r: RowOf<N>) => RowOf<N>;
  const k = order[name] as (r: RowOf<N>) => Key;
  return rows.map(f).sort((a, b) => compareKeys(k(a), k(b)) || compareKeys([JSON.stringify(a)], [JSON.stringify(b)]));
}
