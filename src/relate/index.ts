/**
 * Relate stage: reads the relations an article reports between the entities recognise found.
 * Input: a Document with tokens, sentences and mentions. Output: doc.facts gets AgreementFacts,
 * VetoFacts, VisitFacts and MetFacts, each with evidence (article, sentence, span, rule, confidence).
 *
 * Only sentences holding a trigger word are read (one Set lookup per token key), so the stage costs
 * little on the many sentences that report none of these relations.
 */
import type { Document, Fact, Mention, MetFact, VisitFact } from '../document.ts';
import { agreementGate, findAgreements } from './agreements.ts';
import { SentenceContext } from './context.ts';
import { Focus } from './discourse.ts';
import { findVetoes, vetoGate } from './vetoes.ts';
import { findVisitsAndMeetings, visitGate } from './visits.ts';
import { tokenKeys } from './words.ts';

export { datesIn, findDates, type DateExpr } from './dates.ts';

export function relate(doc: Document): void {
  if (!doc.mentions.length) return;
  const gated = new Map<number, { agreement: boolean; veto: boolean; visit: boolean }>();
  for (const t of doc.tokens) {
    if (t.norm.length < 2) continue;
    const keys = tokenKeys(t);
    const a = agreementGate(keys);
    const v = vetoGate(keys);
    const s = visitGate(keys);
    if (!a && !v && !s) continue;
    const g = gated.get(t.sentence) ?? { agreement: false, veto: false, visit: false };
    g.agreement ||= a; g.veto ||= v; g.visit ||= s;
    gated.set(t.sentence, g);
  }
  if (!gated.size) return;

  const focus = new Focus(doc);
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m); else bySentence.set(m.sentence, [m]);
  }
  const facts: Fact[] = [];
  for (const [index, g] of [...gated].sort((x, y) => x[0] - y[0])) {
    const mentions = bySentence.get(index);
    if (!mentions && !g.agreement) continue;
    const ctx = new SentenceContext(doc, index, focus, mentions ?? []);
    if (g.agreement) facts.push(...findAgreements(ctx));
    if (g.veto) facts.push(...findVetoes(ctx));
    if (g.visit) {
      const { visits, meetings } = findVisitsAndMeetings(ctx);
      facts.push(...visits, ...meetings);
    }
  }
  doc.facts.push(...dedupe(facts));
}

/** One visit or meeting per (who, where, when, status) in an article, its evidence pooled. */
function dedupe(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  const seen = new Map<string, VisitFact | MetFact>();
  for (const f of facts) {
    const key = f.type === 'visit' ? `v|${f.visitor.id}|${f.to}|${f.status}|${f.date}`
      : f.type === 'met' ? `m|${f.a.id}|${f.b.id}|${f.date}` : null;
    if (!key) { out.push(f); continue; }
    const prev = seen.get(key);
    if (!prev) { seen.set(key, f as VisitFact | MetFact); out.push(f); continue; }
    prev.evidence.push(...f.evidence);
    if (prev.type === 'visit' && f.type === 'visit') { prev.city ??= f.city; prev.host ??= f.host; }
    if (prev.type === 'met' && f.type === 'met') prev.place ??= f.place;
  }
  return out;
}
