/**
 * Where the misses are: each missed agreement, veto and visit of a split put in one of five causes,
 * counted, never listed, so dev-test can be looked at this way too without reading its errors.
 * Input: an EvalResult. Output: counts per list and cause, and their printed table.
 *
 * Why: recall can be lost in recognition (a party or the visitor is never found), in the relation
 * finder (everything it needs is in one sentence and it still found nothing), or across sentences (a
 * fact told over two sentences, which a sentence-level finder cannot see), or a second fact of the same
 * parties (an earlier visit or veto told in passing) not read beside the first, which alone is matched. Knowing the share of each
 * on articles nobody shapes rules on tells where the next rules should go.
 */
import type { Document, Mention } from '../model.ts';
import type { GoldArticle, Split } from './gold.ts';
import { type EvalResult, docsOf } from './run.ts';
import { personMatches } from './score.ts';

export const CAUSES = ['as-planned', 'found-once', 'unrecognised', 'apart', 'one-sentence'] as const;
export type Cause = (typeof CAUSES)[number];
const MISS_LISTS = ['agreements', 'vetoes', 'visits'] as const;
type MissList = (typeof MISS_LISTS)[number];
export type MissCauses = Record<MissList, Record<Cause, number>>;

type GoldVisit = GoldArticle['visits'][number];
type GoldAgreement = GoldArticle['agreements'][number];
type GoldVeto = GoldArticle['vetoes'][number];

/** A sentence of one document of the article (an article may be split into sub-articles). */
type Where = string;

/** The state (or body) a mention stands for: its id for a state, body or organisation, else its state. */
const standsFor = (m: Mention): string | null | undefined =>
  (m.kind === 'State' || m.kind === 'UNBody' || m.kind === 'Organization' ? m.id : m.state);

/** Each participant's sentences; a participant is found when it has at least one. */
function sentencesOf(docs: Document[], found: Array<(m: Mention) => boolean>): Set<Where>[] {
  const out = found.map(() => new Set<Where>());
  docs.forEach((d, di) => {
    for (const m of d.mentions) found.forEach((f, i) => { if (f(m)) out[i]!.add(`${di}:${m.sentence}`); });
  });
  return out;
}

/** unrecognised when a participant is never mentioned, one-sentence when some sentence holds them all. */
function placed(sets: Set<Where>[]): Cause {
  if (sets.some((s) => s.size === 0)) return 'unrecognised';
  const [first, ...rest] = sets;
  return [...first!].some((w) => rest.every((s) => s.has(w))) ? 'one-sentence' : 'apart';
}

/** Who must be found for each list: the visitor and the destination; every party; the casting state. */
function participants(list: MissList, gold: unknown): Array<(m: Mention) => boolean> {
  if (list === 'visits') {
    const g = gold as GoldVisit;
    const person = { names_en: [g.visitor_en, ...g.aliases_en], key_ar: g.key_ar, not_ar: g.not_ar, state: g.visitor_state };
    // A leader is found under his full name or by the words the text uses (a surname alone).
    const visitor = (m: Mention) => (m.kind === 'Leader' || m.kind === 'Person') &&
      [m.name_ar ?? m.text, m.text].some((name_ar) => personMatches({ name_en: m.name_en ?? null, name_ar, state: m.state ?? null }, person));
    const place = (m: Mention) => (m.kind === 'State' || m.kind === 'City') && standsFor(m) === g.to;
    return [visitor, place];
  }
  const parties = list === 'agreements' ? (gold as GoldAgreement).parties : [(gold as GoldVeto).by];
  return parties.map((p) => (m: Mention) => standsFor(m) === p);
}

/** The causes of one split's misses of agreements, vetoes and visits. */
export function missCauses(r: EvalResult, split: Split): MissCauses {
  const out = Object.fromEntries(MISS_LISTS.map((l) => [l, Object.fromEntries(CAUSES.map((c) => [c, 0]))])) as MissCauses;
  for (const o of r.splits[split].score.outcomes) {
    if (o.kind !== 'fn' || !(MISS_LISTS as readonly string[]).includes(o.list)) continue;
    const list = o.list as MissList;
    const cause = o.asPlanned ? 'as-planned' : o.foundOnce ? 'found-once' : placed(sentencesOf(docsOf(r, o.article), participants(list, o.gold)));
    out[list][cause]++;
  }
  return out;
}

/** One line per list: its misses by cause. */
export function formatMissCauses(c: MissCauses, split: Split): string {
  const head = `misses of dev-${split} by cause: ${CAUSES.join(' / ')}`;
  const rows = MISS_LISTS.map((l) => `  ${l.padEnd(11)}${CAUSES.map((k) => String(c[l][k]).padStart(4)).join(' ')}`);
  return [head, ...rows].join('\n') + '\n';
}
