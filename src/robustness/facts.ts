/**
 * The facts a robustness seed or variant is compared on: relation type and arguments and status,
 * never dates, kinds or evidence (a time phrase may move a date; that is not what is measured).
 */
import type { Fact } from '../model.ts';

export type SeedFact =
  | { type: 'agreement'; parties: string[]; status: string }
  | { type: 'veto'; by: string }
  | { type: 'visit'; visitor: string; to: string; status: string }
  | { type: 'met'; a: string; b: string };

/** One fact as its compared form. */
export function seedFact(f: Fact): SeedFact {
  switch (f.type) {
    case 'agreement': return { type: 'agreement', parties: f.parties.map((p) => p.id).sort(), status: f.status };
    case 'veto': return { type: 'veto', by: f.by };
    case 'visit': return { type: 'visit', visitor: f.visitor.id, to: f.to, status: f.status };
    case 'met': { const [a, b]: [string, string] = f.a.id <= f.b.id ? [f.a.id, f.b.id] : [f.b.id, f.a.id]; return { type: 'met', a, b }; }
  }
}

/** A fact's comparison key: type|arguments|status. */
export function keyOf(f: SeedFact): string {
  switch (f.type) {
    case 'agreement': return `agreement|${f.parties.join('+')}|${f.status}`;
    case 'veto': return `veto|${f.by}`;
    case 'visit': return `visit|${f.visitor}>${f.to}|${f.status}`;
    case 'met': return `met|${f.a}+${f.b}`;
  }
}

/** A fact's type and arguments, without its status: what a directional variant is judged by. */
export function argsOf(f: SeedFact): string {
  return keyOf(f).split('|').slice(0, 2).join('|');
}

/** The facts of a sentence as a sorted list without repeats. */
export function factKeys(facts: Fact[]): SeedFact[] {
  const byKey = new Map<string, SeedFact>();
  for (const f of facts) { const s = seedFact(f); byKey.set(keyOf(s), s); }
  return [...byKey.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([, s]) => s);
}
