/**
 * model.ts mergeProps, applied in place: the same result, but each list keeps a Set of what it
 * holds, so merging the 12,000th source into State:SAU costs one lookup instead of rebuilding a Set
 * of 12,000 (mergeProps' copy-and-union is quadratic over a corpus). Input: attributes to update
 * and incoming props. Output: the attributes, updated; incoming lists are copied, never shared.
 */
import { evidenceKey, type Evidence } from './model.ts';

const members = new WeakMap<unknown[], Set<unknown>>();

function membership(list: unknown[], evidence: boolean): Set<unknown> {
  let seen = members.get(list);
  if (!seen) {
    seen = new Set(evidence ? (list as Evidence[]).map(evidenceKey) : list);
    members.set(list, seen);
  }
  return seen;
}

export function mergeInto(target: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> {
  for (const k in incoming) {
    const v = incoming[k];
    const cur = target[k];
    if (cur === undefined || cur === null) target[k] = Array.isArray(v) ? v.slice() : v;
    else if (Array.isArray(cur) && Array.isArray(v)) {
      const evidence = k === 'evidence';
      const seen = membership(cur, evidence);
      for (const x of v) {
        const id = evidence ? evidenceKey(x as Evidence) : x;
        if (!seen.has(id)) {
          seen.add(id);
          cur.push(x);
        }
      }
    }
  }
  return target;
}
