/**
 * Lookups over the gazetteers for the other stages (relate, resolve, query).
 * Input: ids (ISO alpha-3, city slug, leader slug) and dates. Output: names, states, office holders.
 */
import { BODY_BY_ID, CITY_BY_ID, LEADER_BY_ID, type Leader, type OfficeTerm, STATES, UN_BODIES } from './gazetteer.ts';

/** English and Arabic names of a state (ISO alpha-3), or null for an unknown code. */
export function stateName(iso: string): { en: string; ar: string } | null {
  const s = STATES().get(iso);
  return s ? { en: s.name_en, ar: s.name_ar } : null;
}

/** The state (ISO alpha-3) a listed city or seat belongs to; null when unknown or disputed. */
export function cityState(cityId: string): string | null {
  return CITY_BY_ID().get(cityId)?.state ?? null;
}

/** Whether a city id names a capital (so "موسكو تقول" can stand for the government). */
export function isCapital(cityId: string): boolean {
  const k = CITY_BY_ID().get(cityId)?.kind;
  return k === 'capital' || k === 'seat';
}

/** Permanent members of the UN Security Council (the only states that can cast a veto). */
export function isPermanentUNSCMember(iso: string): boolean {
  return STATES().get(iso)?.p5 ?? false;
}

export function isUNBody(id: string): boolean {
  return (UN_BODIES as readonly string[]).includes(id);
}

/** Names of a UN body or listed organisation. */
export function bodyName(id: string): { en: string; ar: string } | null {
  const b = BODY_BY_ID().get(id);
  return b ? { en: b.name_en ?? id, ar: b.ar[0] } : null;
}

export function leaderById(id: string): Leader | null {
  return LEADER_BY_ID().get(id) ?? null;
}

const inTerm = (t: OfficeTerm, date: string): boolean => t[2] <= date && (t[3] === null || date < t[3]);

/**
 * The term a listed leader holds at a date (the first listed when several), or, with no date or
 * none in force, null. Terms are [office, state or body, from, to].
 */
export function termAt(leader: Leader, date: string | null): OfficeTerm | null {
  return termsAt(leader, date)[0] ?? null;
}

/** Every term a listed leader holds at a date (with no date: the terms still running). */
export function termsAt(leader: Leader, date: string | null): OfficeTerm[] {
  return leader.offices.filter((t) => (date ? inTerm(t, date) : t[3] === null));
}

/** Listed holders of an office of a state (or UN body) at a date, e.g. ('RUS','president','2015-07-01'). */
export function officeHolders(holder: string, office: string, date: string): Leader[] {
  const out: Leader[] = [];
  for (const l of LEADER_BY_ID().values()) if (l.offices.some((t) => t[1] === holder && t[0] === office && inTerm(t, date))) out.push(l);
  return out;
}
