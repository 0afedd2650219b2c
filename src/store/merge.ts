/**
 * model.ts mergeProps, applied in place: the same result, but each list keeps a Set of what it
 * holds, so merging the 12,000th source into State:SAU costs one lookup instead of rebuilding a Set
 * of 12,000 (mergeProps' copy-and-union is quadratic over a corpus). Input: attributes to update
 * and incoming props. Output: the attributes, updated; incoming lists are copied, never shared.
 */
import { evidenceKey, firstScalar, formsKey, isVotedName, tally, VOTED, voteForm, winner, withVotes, type Evidence } from './model.ts';

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
