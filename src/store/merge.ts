/**
 * The merge rule both stores apply, so both end with the same graph whatever the order of writes.
 * mergeProps returns a new object; mergeInto (below) is the same rule applied in place.
 */
import { type EdgeRecord, type Evidence, evidenceKey, type NodeRecord } from '../model.ts';

/**
 * Merge rule shared by both stores, so both end with the same graph whatever the order of writes
 * (another folder walk or a shuffled input gives the same graph, and writing a batch again changes
 * nothing): arrays become the union of both (first-seen order; `evidence` entries unioned by their
 * identity); a display name (VOTED) is the form the most articles gave, ties to the first in
 * code-point order (see votes below); any other scalar keeps the first in code-point order (of its
 * JSON text) of the values seen.
 */
export function mergeProps(existing: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...existing };
  for (const [k, v] of Object.entries(withVotes(incoming))) {
    const cur = out[k];
    if (isVotedName(k)) out[k] = firstScalar(cur, v);
    else if (cur === undefined || cur === null) out[k] = v;
    else if (Array.isArray(cur) && Array.isArray(v)) out[k] = k === 'evidence' ? unionEvidence(cur as Evidence[], v as Evidence[]) : unionArray(cur, v);
    else if (!Array.isArray(cur) && !Array.isArray(v)) out[k] = firstScalar(cur, v);
  }
  for (const k of VOTED) {
    const forms = out[formsKey(k)];
    if (Array.isArray(forms) && forms.length) out[k] = winner(tally(forms as string[]));
  }
  return out;
}

/**
 * Display names chosen by vote, not by arrival (the Arabic spelling varies between outlets).
 * A vote is `<form>\u001f<article hash>` in the list `<name>_forms`: a list merged by union, so an
 * article counts once however often it is written, and in any order. A record without sources
 * (a node named only as an edge's end) gives no vote; its name counts only where no article voted.
 */
export const VOTED = ['name_ar'] as const;
export const VOTE_SEP = '\u001f';
export const formsKey = (k: string): string => `${k}_forms`;
const VOTED_NAMES = new Set<string>(VOTED);
export const isVotedName = (k: string): boolean => VOTED_NAMES.has(k);

/** Whether scalar `a` comes before `b` in the fixed order: numbers by value, the rest by (JSON) text. */
export function firstInOrder(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  const text = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));
  return text(a) < text(b);
}

/** Of two scalars (either may be missing), the one first in the fixed order. */
export function firstScalar(cur: unknown, v: unknown): unknown {
  if (v === null || v === undefined || Array.isArray(v)) return cur;
  if (cur === null || cur === undefined || Array.isArray(cur)) return v;
  return firstInOrder(v, cur) ? v : cur;
}

/** A short, stable stand-in for an article id in a vote (FNV-1a, 32 bits): votes stay small. */
function articleHash(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A record's props with its votes: one per source article for each voted name it gives. */
export function withVotes(p: Record<string, unknown>): Record<string, unknown> {
  let out = p;
  for (const k of VOTED) {
    const v = p[k];
    if (typeof v !== 'string' || p[formsKey(k)] !== undefined || !Array.isArray(p.sources) || p.sources.length === 0) continue;
    if (out === p) out = { ...p };
    out[formsKey(k)] = (p.sources as string[]).map((s) => `${v}${VOTE_SEP}${articleHash(String(s))}`);
  }
  return out;
}

/** A record with votes added to its props: every prop stays, and votes are not in the model's types. */
export const recordWithVotes = <R extends NodeRecord | EdgeRecord>(r: R): R => ({ ...r, props: withVotes(r.props) as R['props'] });

export const voteForm = (vote: string): string => vote.slice(0, vote.lastIndexOf(VOTE_SEP));

export function tally(votes: string[], into = new Map<string, number>()): Map<string, number> {
  for (const v of votes) into.set(voteForm(v), (into.get(voteForm(v)) ?? 0) + 1);
  return into;
}

/** The form with the most votes; ties to the first in code-point order. */
export function winner(counts: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [form, n] of counts) {
    const b = best === null ? -1 : counts.get(best)!;
    if (n > b || (n === b && form < best!)) best = form;
  }
  return best;
}

function unionEvidence(a: Evidence[], b: Evidence[]): Evidence[] {
  const seen = new Set(a.map(evidenceKey));
  const out = [...a];
  for (const e of b) if (!seen.has(evidenceKey(e))) { seen.add(evidenceKey(e)); out.push(e); }
  return out;
}

function unionArray(a: unknown[], b: unknown[]): unknown[] {
  const seen = new Set(a);
  const out = [...a];
  for (const x of b) if (!seen.has(x)) { seen.add(x); out.push(x); }
  return out;
}

/**
 * mergeProps, applied in place: the same result, but each list keeps a Set of what it
 * holds, so merging the 12,000th source into State:SAU costs one lookup instead of rebuilding a Set
 * of 12,000 (mergeProps' copy-and-union is quadratic over a corpus). Input: attributes to update
 * and incoming props. Output: the attributes, updated; incoming lists are copied, never shared.
 */

const members = new WeakMap<unknown[], Set<unknown>>();

/** Per vote list, its count per form, kept up to date as votes are added. */
const counts = new WeakMap<unknown[], Map<string, number>>();

function membership(list: unknown[], evidence: boolean): Set<unknown> {
  let seen = members.get(list);
  if (!seen) {
    seen = new Set(evidence ? (list as Evidence[]).map(evidenceKey) : list);
    members.set(list, seen);
  }
  return seen;
}

export function mergeInto(target: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> {
  const inc = withVotes(incoming);
  for (const k in inc) {
    const v = inc[k];
    const cur = target[k];
    if (isVotedName(k)) target[k] = firstScalar(cur, v);
    else if (cur === undefined || cur === null) target[k] = Array.isArray(v) ? v.slice() : v;
    else if (!Array.isArray(cur)) target[k] = firstScalar(cur, v);
    else if (Array.isArray(v)) {
      const evidence = k === 'evidence';
      const seen = membership(cur, evidence);
      const tallied = counts.get(cur);
      for (const x of v) {
        const id = evidence ? evidenceKey(x as Evidence) : x;
        if (!seen.has(id)) {
          seen.add(id);
          cur.push(x);
          if (tallied) tallied.set(voteForm(x as string), (tallied.get(voteForm(x as string)) ?? 0) + 1);
        }
      }
    }
  }
  for (const k of VOTED) {
    const forms = target[formsKey(k)];
    if (!Array.isArray(forms) || forms.length === 0) continue;
    let tallied = counts.get(forms);
    if (!tallied) counts.set(forms, (tallied = tally(forms as string[])));
    target[k] = winner(tallied);
  }
  return target;
}

/** A record with its props merged into fresh ones: lists copied, votes added, nothing else changed. */
export const freshRecord = <R extends NodeRecord | EdgeRecord>(r: R): R => ({ ...r, props: mergeInto({}, r.props) as R['props'] });
