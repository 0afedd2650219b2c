/**
 * References to named agreements: a name or description of an instrument in the registry
 * (الاتفاق النووي، اتفاقية كامب ديفيد، اتفاق الطائف) is an AgreementFact of that instrument, with the
 * registry's parties, kind and day, whatever other states the sentence names (GUIDELINES: an
 * agreement referred back to is recorded with its real parties). Input: a SentenceContext and the
 * ids of the states and organisations the article names. Output: AgreementFact[].
 *
 * A reference is not read for modality: "calls to cancel the nuclear agreement" still refer to an
 * agreement that exists. What can fail is the time: a name cannot refer to an agreement made after
 * the article (registry.ts, pickEntry).
 */
import type { AgreementFact } from '../document.ts';
import type { SentenceContext } from './context.ts';
import { pickEntry, registry } from './registry.ts';

/** Words one of which every registry phrase holds: the sentence gate (see index.ts). */
export const referenceAnchors = (): Iterable<string> => registry().names.anchors;

export function findAgreementReferences(ctx: SentenceContext, named: ReadonlySet<string>): AgreementFact[] {
  const out: AgreementFact[] = [];
  for (const hit of registry().names.scan(ctx.words)) {
    if (!definiteAsWritten(ctx, hit.from, hit.payload.words)) continue;
    const entry = pickEntry(hit.payload.hits, ctx.published, named);
    if (!entry) continue;
    const outright = hit.payload.hits.some((h) => h.entry === entry && h.needs === null);
    out.push({
      type: 'agreement', name_ar: entry.name_ar, kind: entry.kind, status: 'concluded', date: entry.date, count: null,
      parties: entry.partyRefs, signatories: [], registry: entry.id,
      evidence: [ctx.evidence(hit.from, hit.to, `agreement:registry-${outright ? 'name' : 'description'}|date:registry`, outright ? 0.95 : 0.85)],
    });
  }
  return out;
}

/**
 * The phrase table matches a word with or without its article; a name is definite where it is
 * written so: "اتفاق نووي جديد" (a new nuclear agreement) is no reference to "الاتفاق النووي".
 */
function definiteAsWritten(ctx: SentenceContext, from: number, words: string[]): boolean {
  return words.every((p, k) => {
    const w = ctx.words[from + k];
    return !p.startsWith('ال') || !w || w.norm.startsWith('ال') || w.prefixes.includes('ال') || w.prefixes.includes('لل');
  });
}
