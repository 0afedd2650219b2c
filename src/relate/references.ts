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
import type { AgreementFact } from '../model.ts';
import type { SentenceContext } from './context.ts';
import { agreementNounAnchors, agreementNounAt, agreementNounStarts, findBetweenPairs, findNisbaPairs, findOwnWith, KIND_GROUP, kindGroupsIn, prospectAt } from './agreements.ts';
import { agreementsLexicon as L, PhraseTable } from './lexicon.ts';
import { tokenAt } from '../normalise/index.ts';
import { entryByParts, entryOfDay, pickEntry, RECALL_WINDOW_DAYS, registry } from './registry.ts';
import { isBreak } from './words.ts';

/** How many words may stand between an agreement noun and the day that names it (اتفاق أعلن عنه في 30 يونيو). */
const MAX_NOUN_TO_DAY = 4;

/** Words one of which every registry phrase holds: the sentence gate (see index.ts). */
export const referenceAnchors = (): Iterable<string> => [...registry().names.anchors, ...agreementNounAnchors()];
/**
 * Words one of which every registry phrase and agreement noun starts with. The anchors are last words,
 * some of them common (الأول، الجديدة، المتحدة); a sentence must also hold a first word to hold a reference.
 */
export const referenceStarts = (): Iterable<string> => [...registry().names.firstWords, ...agreementNounStarts()];

export function findAgreementReferences(ctx: SentenceContext, named: ReadonlySet<string>): AgreementFact[] {
  const out: AgreementFact[] = [];
  let near: ReadonlySet<string> | null = null;
  for (const hit of registry().names.scan(ctx.words)) {
    if (!writtenAsNamed(ctx, hit.from, hit.payload.words)) continue;
    // Read the sentences around only when a name is there (most gated sentences hold none). In the
    // weeks after an instrument was made, it is the news: its context named anywhere in the article
    // will do (ما بعد الاتفاق النووي, a headline over an article on Iran).
    const entry = pickEntry(hit.payload.hits, ctx.published, near ??= namedNear(ctx)) ?? pickEntry(hit.payload.hits, ctx.published, named, RECALL_WINDOW_DAYS);
    if (!entry) continue;
    const outright = hit.payload.hits.some((h) => h.entry === entry && h.needs === null);
    // A description after a passive (تم الاتفاق مع إيران على…) is "it was agreed".
    if (!outright && (setBefore(ctx, entry.date) || (hit.from > 0 && notAfter.matchAt(ctx.words, hit.from - 1, hit.from)))) continue;
    out.push({
      type: 'agreement', name_ar: entry.name_ar, kind: entry.kind, status: 'concluded', date: entry.date, count: null,
      parties: entry.partyRefs, signatories: [], registry: entry.id,
      evidence: [ctx.evidence(hit.from, hit.to, `agreement:registry-${outright ? 'name' : 'description'}|date:registry`, outright ? 0.95 : 0.85)],
    });
  }
  out.push(...agreementsOfDay(ctx, named, out));
  out.push(...describedByParts(ctx, out));
  // A pair of nisbas names the parties of an agreement the registry does not hold (or does: then the
  // registry reference above stands for it).
  const overlaps = (a: AgreementFact, b: AgreementFact): boolean => a.evidence.some((e) => b.evidence.some((x) => e.start < x.end && x.start < e.end));
  out.push(...findNisbaPairs(ctx).filter((f) => !out.some((r) => overlaps(r, f))));
  out.push(...findBetweenPairs(ctx).filter((f) => !out.some((r) => overlaps(r, f))));
  out.push(...findOwnWith(ctx).filter((f) => !out.some((r) => overlaps(r, f))));
  return out;
}

/**
 * Is the sentence set wholly before the day an agreement was concluded: it dates things, and every
 * date it gives ends before that year? A description (اتفاقية جدة) in a sentence of 1965 then names
 * an older instrument of the same words, not the registry's later one; a full name does not.
 */
function setBefore(ctx: SentenceContext, day: string | null): boolean {
  if (!day) return false;
  const year = day.slice(0, 4);
  const ends = ctx.dates.map((d) => d.range?.[1] ?? d.date).filter((d): d is string => !!d);
  return ends.length > 0 && ends.every((d) => d.slice(0, 4) < year);
}

/**
 * An agreement noun named by a past day (اتفاق 13 تموز بين اليونان ودائنيها، باتفاق أعلن عنه في 30
 * يونيو) refers to the registry agreement concluded that day whose states the article names.
 */
function agreementsOfDay(ctx: SentenceContext, named: ReadonlySet<string>, found: AgreementFact[]): AgreementFact[] {
  const out: AgreementFact[] = [];
  const w = ctx.words;
  for (let i = 0; i < w.length; i++) {
    const noun = agreementNounAt(w, i);
    if (!noun) continue;
    const day = ctx.dates.find((d) => d.precision === 'day' && d.date && !d.future && d.from >= noun.to && d.from - noun.to <= MAX_NOUN_TO_DAY
      && !w.slice(noun.to, d.from).some(isBreak));
    const entry = day ? entryOfDay(day.date!, named) : null;
    if (!entry || [...found, ...out].some((f) => f.registry === entry.id)) continue;
    out.push({
      type: 'agreement', name_ar: entry.name_ar, kind: entry.kind, status: 'concluded', date: day!.date, count: null,
      parties: entry.partyRefs, signatories: [], registry: entry.id,
      evidence: [ctx.evidence(noun.from, day!.to, 'agreement:registry-day|date:text', 0.8)],
    });
    i = day!.to - 1;
  }
  return out;
}

const notAfter = new PhraseTable<true>().addAll(L.described_by_parts.not_after, true);
const groupOf = (kind: string): string => KIND_GROUP.get(kind) ?? kind;
const partsGroups = new Set(L.described_by_parts.groups);

/**
 * A definite agreement noun (الاتفاق، or the head of a construct with a state: اتفاق إيران) whose phrase
 * names, within a few words in its clause, the party telling a registry agreement apart and a cue of its
 * kind (الاتفاق بين إيران والقوى الكبرى حول البرنامج النووي، الاتفاق الذي يحد من برنامج إيران النووي)
 * refers to that agreement, as its written description would.
 */
function describedByParts(ctx: SentenceContext, found: AgreementFact[]): AgreementFact[] {
  const out: AgreementFact[] = [];
  const w = ctx.words;
  // The scan runs at every word, the reading only at an agreement noun: apart, V8 optimises the scan
  // without the reading's rarely met paths, whose deoptimisations recompiled both (see findAgreements).
  for (let i = 0; i < w.length; i++) {
    const noun = agreementNounAt(w, i);
    if (noun?.one && !prospectAt(w, noun.to)) i = describedAt(ctx, found, noun, i, out);
  }
  return out;
}

/** The registry agreement the definite noun at word i describes by its parts (describedByParts), pushed to `out`; returns the word the scan goes on after. */
function describedAt(ctx: SentenceContext, found: AgreementFact[], noun: { from: number; to: number }, i: number, out: AgreementFact[]): number {
  const w = ctx.words;
  const t = tokenAt(w, i);
  const head = ctx.mention(noun.to);
  const definite = t.prefixes.includes('ال') || t.prefixes.includes('لل') || (head?.kind === 'State' && head.via !== 'nisba');
  if (!definite || (i > 0 && notAfter.matchAt(w, i - 1, i))) return i;
  const start = tokenAt(w, i).start;
  if ([...found, ...out].some((f) => f.evidence.some((e) => e.start <= start && start < e.end))) return i;
  const end = Math.min(ctx.clause(i)[1], noun.to + L.described_by_parts.max_words);
  const states = new Set<string>();
  let to = noun.to;
  for (let k = noun.to; k < end && !ctx.isBreakAt(k) && (k === noun.to || !agreementNounAt(w, k)); k++) {
    const m = ctx.mention(k);
    if (m?.kind === 'State') states.add(m.id);
    to = k + 1;
  }
  const groups = new Set([...kindGroupsIn(w, noun.to, to)].filter((g) => partsGroups.has(g)));
  const entry = entryByParts(states, groups, ctx.published, groupOf, L.described_by_parts.max_age_days);
  if (!entry || setBefore(ctx, entry.date)) return i;
  out.push({
    type: 'agreement', name_ar: entry.name_ar, kind: entry.kind, status: 'concluded', date: entry.date, count: null,
    parties: entry.partyRefs, signatories: [], registry: entry.id,
    evidence: [ctx.evidence(noun.from, to, 'agreement:registry-parts|date:registry', 0.8)],
  });
  return to - 1;
}

/**
 * The phrase table matches a word with or without its clitics; a name is read only where it is
 * written as named: "اتفاق نووي جديد" (a new nuclear agreement) is no reference to "الاتفاق النووي";
 * the head of a construct name takes no article (اتفاق الرياض, never "الاتفاق الرياض"), and a word
 * inside a name takes no و: "الاتفاق والرياض" coordinates two things (two clubs in a sports table).
 */
function writtenAsNamed(ctx: SentenceContext, from: number, words: string[]): boolean {
  return words.every((p, k) => {
    const w = ctx.words[from + k];
    if (!w) return true;
    const definite = w.norm.startsWith('ال') || w.prefixes.includes('ال') || w.prefixes.includes('لل');
    if (p.startsWith('ال') && !definite) return false;
    if (k === 0 && words.length > 1 && !p.startsWith('ال') && definite) return false;
    return k === 0 || !w.prefixes.includes('و') || p.startsWith('و');
  });
}

/** How many sentences before a description may name its context (الاتفاق النووي … two sentences after إيران). */
const CONTEXT_SENTENCES = 2;

/**
 * The states and bodies named in this sentence or the few before it. A description (الاتفاق النووي،
 * اتفاقية الهدنة) names a registry agreement only near its context: an article that names Israel
 * somewhere does not make every armistice in it the 1949 one.
 */
function namedNear(ctx: SentenceContext): ReadonlySet<string> {
  const from = ctx.index - CONTEXT_SENTENCES;
  return new Set(ctx.doc.mentions
    .filter((m) => m.sentence >= from && m.sentence <= ctx.index && (m.kind === 'State' || m.kind === 'Organization' || m.kind === 'UNBody'))
    .map((m) => m.id));
}
