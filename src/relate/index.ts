/**
 * Relate stage: reads the relations an article reports between the entities recognise found.
 * Input: a Document with tokens, sentences and mentions. Output: doc.facts gets AgreementFacts,
 * VetoFacts, VisitFacts and MetFacts, each with evidence (article, sentence, span, rule, confidence).
 *
 * Only sentences holding a trigger word are read (one Set lookup per token key), so the stage costs
 * little on the many sentences that report none of these relations.
 */
import { datePrecision, datesCompatible, type Document, type Fact, type Mention, type MetFact, VISIT_GAP, type VisitFact } from '../model.ts';
import { isHeadline } from '../normalise/index.ts';
import { agreementAnchors, findAgreements } from './agreements.ts';
import { SentenceContext } from './context.ts';
import { Focus } from './discourse.ts';
import { findAgreementReferences, referenceAnchors, referenceStarts } from './references.ts';
import { recorded } from './registry.ts';
import { components } from './patterns/registry.ts';
// Relation components register themselves with the engine's registry on import.
import './vetoes.ts';
import './visits.ts';
import './meetings.ts';

export { datesIn, findDates, type DateExpr } from './dates.ts';

const AGREEMENT = 1;
/** A reference's first word: with REFERENCE, needed for a reference (see referenceStarts). */
const REFERENCE_START = 2;
const REFERENCE = 8;
/** Anchor word → which relations it may signal, built once. */
const GATE = new Map<string, number>();
const mark = (words: Iterable<string>, bit: number): void => { for (const w of words) GATE.set(w, (GATE.get(w) ?? 0) | bit); };
mark(agreementAnchors(), AGREEMENT);
/** Each registered component gets its own bit, above the hand-written finders'. */
const REGISTERED = components().filter((c) => !c.external).map((c, i) => ({ c, bit: 16 << i }));
for (const { c, bit } of REGISTERED) mark(c.anchors(), bit);
/** Anchor words of title-only patterns → their relations: they open the gate in the title alone. */
const TITLE_GATE = new Map<string, number>();
for (const { c, bit } of REGISTERED) for (const w of c.titleAnchors?.() ?? []) TITLE_GATE.set(w, (TITLE_GATE.get(w) ?? 0) | bit);
const ANY_REGISTERED = REGISTERED.reduce((a, r) => a | r.bit, 0);
mark(referenceAnchors(), REFERENCE);
mark(referenceStarts(), REFERENCE_START);

/**
 * A prefilter in front of the Map: (last letter, length) pairs that some anchor has. Looking a fresh
 * token string up in a Map hashes it; most tokens are rejected here without that.
 */
const SHAPES = new Uint8Array(0x10000 >> 3);
const shape = (s: string): number => ((s.charCodeAt(s.length - 1) & 0x0fff) << 4) | Math.min(s.length, 15);
for (const w of [...GATE.keys(), ...TITLE_GATE.keys()]) SHAPES[shape(w) >> 3] = (SHAPES[shape(w) >> 3] ?? 0) | (1 << (shape(w) & 7));
const mayBe = (s: string): boolean => s.length > 1 && ((SHAPES[shape(s) >> 3] ?? 0) & (1 << (shape(s) & 7))) !== 0;

export function relate(doc: Document): void {
  // Sentence index → relation bits, from at most two Map lookups per token.
  const gated = new Map<number, number>();
  for (const t of doc.tokens) {
    const norm = mayBe(t.norm), stem = t.stem !== t.norm && mayBe(t.stem);
    let bits = (norm ? GATE.get(t.norm) ?? 0 : 0) | (stem ? GATE.get(t.stem) ?? 0 : 0);
    const title = (norm ? TITLE_GATE.get(t.norm) ?? 0 : 0) | (stem ? TITLE_GATE.get(t.stem) ?? 0 : 0);
    if (title && isHeadline(doc, t.sentence)) bits |= title;
    if (bits) gated.set(t.sentence, (gated.get(t.sentence) ?? 0) | bits);
  }
  if (!gated.size) return;

  const focus = new Focus(doc);
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m); else bySentence.set(m.sentence, [m]);
  }
  const facts: Fact[] = [];
  // A description of a named agreement (الاتفاق النووي) counts only in an article naming its context.
  const named = new Set(doc.mentions.filter((m) => m.kind === 'State' || m.kind === 'Organization' || m.kind === 'UNBody').map((m) => m.id));
  for (const [index, bits] of [...gated].sort((x, y) => x[0] - y[0])) {
    const mentions = bySentence.get(index);
    if (!mentions && !(bits & (AGREEMENT | REFERENCE))) continue;
    // The finders that can find something here: a context costs the sentence's words, and most
    // gated sentences hold only some reference's last word, or come before any leader is named.
    let run = bits & REFERENCE_START ? bits : bits & ~REFERENCE;
    for (const { c, bit } of REGISTERED) if (run & bit && c.ready && !c.ready({ doc, index })) run &= ~bit;
    if (!(run & (AGREEMENT | REFERENCE | ANY_REGISTERED))) continue;
    const ctx = new SentenceContext(doc, index, focus, mentions ?? []);
    // References first: a signing whose object is a registry name is that agreement (see findAgreements).
    const refs = run & REFERENCE ? findAgreementReferences(ctx, named) : [];
    if (run & AGREEMENT) facts.push(...findAgreements(ctx, refs));
    facts.push(...refs.filter(recorded));
    for (const { c, bit } of REGISTERED) if (run & bit) facts.push(...c.find(ctx));
  }
  const title = (f: Fact) => f.evidence.every((e) => isHeadline(doc, e.sentence));
  doc.facts.push(...mergeHeadline(dedupe(facts.filter((f) => !title(f))), dedupe(facts.filter(title))));
}

/**
 * What a fact is regardless of its date and wording: the headline states the body's fact in its own
 * words and dates it only by the article's day, so its facts join the body's of the same identity.
 */
function identity(f: Fact, status: boolean): string {
  switch (f.type) {
    case 'visit': return `v|${f.visitor.id}|${f.to}${status ? `|${f.status}` : ''}`;
    case 'met': return `m|${f.a.id}|${f.b.id}`;
    case 'veto': return `x|${f.by}`;
    case 'agreement': return `a|${f.registry ?? f.parties.map((p) => p.id).sort().join('+')}${status ? `|${f.status === 'planned' ? 'p' : 'd'}` : ''}`;
  }
}

/**
 * The title's facts: each joins the first body fact of its identity (the body's date, status and
 * details win: the body says "is expected to visit" where the headline says "visits"), else stands alone.
 */
function mergeHeadline(body: Fact[], title: Fact[]): Fact[] {
  const first = new Map<string, Fact>();
  for (const status of [true, false]) for (const f of body) if (!first.has(identity(f, status))) first.set(identity(f, status), f);
  const out = [...body];
  for (const f of title) {
    const into = first.get(identity(f, true)) ?? first.get(identity(f, false));
    if (into) into.evidence.push(...f.evidence); else out.push(f);
  }
  return out;
}

/**
 * A visit dated only by the article's day (nothing in its sentence dates it), by the lead's day (an
 * attendance the dateline places), or left undated past the lead, is the visit another sentence dates itself (وصل أمس إلى جدة … واستقبله الملك): one visit per
 * (who, where, status) then.
 */
const defaultDated = (f: VisitFact): boolean => f.evidence.every((e) => /\|date:(published|past-lead|lead-day)$/.test(e.rule));
/**
 * A visitor taking part in an event in the state he is visiting (وصل بايدن أمس إلى جدة … ويشارك اليوم في
 * قمة جدة)، or signing there in person (وقع الرئيسان أمس في قصر اليمامة), is on that visit: told only by his attendance, a visit the article dates otherwise within
 * VISIT_GAP days of it is the same one (resolve/events.ts chains such days across articles). So is one
 * told only by what he did there: signing, meeting the host's head where the dateline puts it, being
 * named the host's guest (وصل شي إلى الرياض الأربعاء … ووقع الملك وشي أمس الخميس).
 */
const DURING_VISIT = ['visit:attend-', 'visit:signed-', 'visit:acted-', 'visit:meet-host-dateline|', 'visit:meeting-dateline|', 'visit:host-guest|'];
const attendedOnly = (f: VisitFact): boolean => f.evidence.every((e) => DURING_VISIT.some((r) => e.rule.startsWith(r)));
const withinVisit = (a: string, b: string): boolean =>
  datePrecision(a) === 'day' && datePrecision(b) === 'day' && Math.abs(Date.parse(a) - Date.parse(b)) <= VISIT_GAP * 86_400_000;

function foldDefaultDates(facts: Fact[]): Fact[] {
  // Only when the article dates this visit one way: two dated visits leave the undated one alone…
  const dated = new Map<string, VisitFact[]>();
  for (const f of facts) {
    if (f.type === 'visit' && f.date && !defaultDated(f) && !attendedOnly(f)) {
      const k = `${f.visitor.id}|${f.to}|${f.status}`;
      dated.set(k, [...(dated.get(k) ?? []), f]);
    }
  }
  const oneDate = (xs: VisitFact[]): VisitFact | undefined => (xs.length && xs.every((x) => x.date === xs[0]!.date) ? xs[0] : undefined);
  // …though an earlier visit the article recalls by its month or year (سبق له أن زار الرياض في يناير
  // 2015) is not the visit of its day: among those, the one dated by a day is the day's (unless the
  // recalled month or year holds the mention's own date).
  const intoOf = (f: VisitFact): VisitFact | undefined => {
    const xs = dated.get(`${f.visitor.id}|${f.to}|${f.status}`) ?? [];
    return oneDate(xs) ?? oneDate(xs.filter((x) => datePrecision(x.date!) === 'day' || (!!f.date && datesCompatible(x.date!, f.date))));
  };
  return facts.filter((f) => {
    if (f.type !== 'visit') return true;
    const into = intoOf(f);
    if (!into || into === f) return true;
    if (!defaultDated(f) && !(attendedOnly(f) && f.date && into.date && withinVisit(f.date, into.date))) return true;
    absorb(into, f);
    return false;
  });
}

/**
 * A stop of a journey or an origin told in passing and left undated (جولة قادته إلى كينيا وإثيوبيا، قادما من
 * الرياض، بعد محطة في بروكسل) that the article tells otherwise too, of the same visitor, place and status,
 * is that visit: the journey the article follows is the one that took him there (خاطب أوباما القادة في أديس
 * أبابا … في ختام جولة قادته إلى كينيا وإثيوبيا: one visit to Ethiopia).
 */
const JOURNEY = /^visit:(tour-carried|origin-from|stop-)[^|]*\|date:none$/;
const journeyOnly = (f: VisitFact): boolean => !f.date && f.evidence.every((e) => JOURNEY.test(e.rule));
function foldJourneys(facts: Fact[]): Fact[] {
  return facts.filter((f) => {
    if (f.type !== 'visit' || !journeyOnly(f)) return true;
    const into = facts.find((g): g is VisitFact => g !== f && g.type === 'visit' && !journeyOnly(g) && g.visitor.id === f.visitor.id && g.to === f.to && g.status === f.status);
    if (!into) return true;
    absorb(into, f);
    return false;
  });
}

/** Fold a report of a visit into the record of it: its evidence, and the city and host it alone names. */
function absorb(into: VisitFact, f: VisitFact): void {
  into.evidence.push(...f.evidence);
  into.city ??= f.city; into.host ??= f.host;
}

/** One visit or meeting per (who, where, when, status) in an article, its evidence pooled. */
function dedupe(facts: Fact[]): Fact[] {
  return foldJourneys(foldDefaultDates(dedupeExact(facts)));
}

function dedupeExact(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  const seen = new Map<string, VisitFact | MetFact>();
  for (const f of facts) {
    const key = f.type === 'visit' ? `v|${f.visitor.id}|${f.to}|${f.status}|${f.date}`
      : f.type === 'met' ? `m|${f.a.id}|${f.b.id}|${f.date}` : null;
    if (!key) { out.push(f); continue; }
    const prev = seen.get(key);
    if (!prev) { seen.set(key, f as VisitFact | MetFact); out.push(f); continue; }
    if (prev.type === 'visit' && f.type === 'visit') { absorb(prev, f); continue; }
    prev.evidence.push(...f.evidence);
    if (prev.type === 'met' && f.type === 'met') prev.place ??= f.place;
  }
  return out;
}
