/**
 * The scorer: predicted query rows against gold articles, exactly as shared/eval/GOLD-FORMAT.md
 * says (per list precision, recall, F1 and date accuracy over all articles, then the macro-F1 of the
 * lists that have gold items).
 * Input: gold articles and the rows of the six list queries. Output: a Score (pure, no I/O).
 */
import { defined } from '../errors.ts';
import type { VisitStatus } from '../model.ts';
import type { AgreementRow, BodyRow, LeaderRow, StateRow, VetoRow, VisitRow } from '../query/contract.ts';
import { LISTS, type GoldArticle, type GoldLeader, type ListName } from './gold.ts';

export interface Predicted {
  states: StateRow[];
  bodies: BodyRow[];
  leaders: LeaderRow[];
  agreements: AgreementRow[];
  vetoes: VetoRow[];
  visits: VisitRow[];
}

export interface ListScore {
  tp: number; fp: number; fn: number;
  /** Null when there is nothing to judge: no prediction (precision), or no main gold item (all three: n/a). */
  precision: number | null; recall: number | null; f1: number | null;
  /** Share of matched items with a gold date whose predicted date is equal; null when none has a date. */
  dateAccuracy: number | null;
  dated: number;
  /** Planned predictions that match no gold item: not scored (GUIDELINES.md lets gold leave planned facts out). */
  unscoredPlanned: number;
}

/** One scoring outcome, kept so `--verbose` can trace each error to its article and row. */
export interface Outcome {
  list: ListName;
  article: string;
  kind: 'tp' | 'fp' | 'fn' | 'planned';
  gold?: unknown;
  predicted?: unknown;
  /** For fn: a prediction that matched this done item but was marked planned. */
  asPlanned?: unknown;
  /** For fn: a prediction fits it but was matched to another gold item (one fact where gold has two). */
  foundOnce?: boolean;
  /** For tp with a gold date: whether the dates agree. */
  dateOk?: boolean;
}

export interface Score {
  lists: Record<ListName, ListScore>;
  /** Mean F1 of the lists that have gold items; null when none has. */
  macroF1: number | null;
  outcomes: Outcome[];
}

// ---- name matching (GOLD-FORMAT.md, "How a prediction is matched") ----

/** English fold: accents removed, lower case, every non-letter a space, spaces collapsed. */
export function foldEnglish(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
}

/** Arabic normalisation of GOLD-FORMAT.md: alef forms to ا, ى to ي, ة to ه, diacritics and tatweel removed. */
export function normaliseArabic(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647');
}

export function arabicTokens(s: string): string[] {
  return normaliseArabic(s).split(/[^\p{L}]+/u).filter(Boolean);
}

interface PersonLike { name_en: string | null; name_ar: string; state: string | null }
interface GoldPerson { names_en: string[]; key_ar: string[]; not_ar: string[]; state: string | null }

const leaderGold = (g: GoldLeader): GoldPerson =>
  ({ names_en: [g.name_en, ...g.aliases_en], key_ar: g.key_ar, not_ar: g.not_ar, state: g.state });

/**
 * A predicted person matches when its folded English name equals a gold name, or when every key_ar
 * token is among its Arabic name's tokens, no not_ar token is, and its state equals the gold state
 * (gold state null: a state-less office such as the UN Secretary-General, not checked).
 */
export function personMatches(p: PersonLike, g: GoldPerson): boolean {
  if (p.name_en) {
    const en = foldEnglish(p.name_en);
    if (en && g.names_en.some((n) => foldEnglish(n) === en)) return true;
  }
  const toks = new Set(arabicTokens(p.name_ar));
  if (!g.key_ar.every((k) => arabicTokens(k).every((t) => toks.has(t)))) return false;
  if (g.not_ar.some((k) => arabicTokens(k).some((t) => toks.has(t)))) return false;
  return g.state === null || p.state === g.state;
}

const sameSet = (a: string[], b: string[]): boolean => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

// ---- per-list adapters: what a prediction is, how it matches, its date ----

interface Adapter<P, G> {
  predicted: (p: Predicted) => P[];
  gold: (g: GoldArticle) => { main: G[]; optional: G[] };
  matches: (p: P, g: G) => boolean;
  date: (p: P) => string | null;
  goldDate: (g: G) => string | undefined;
  /** Done or planned; lists without a status (states, bodies, leaders) are always done. */
  status: (p: P) => Status;
  goldStatus: (g: G) => Status;
}

type Status = VisitStatus;
const done = (): Status => 'done';

type AnyAdapter = Adapter<any, any>;

const ADAPTERS: Record<ListName, AnyAdapter> = {
  states: {
    predicted: (p) => p.states,
    gold: (g) => ({ main: g.states, optional: g.states_optional }),
    matches: (p: StateRow, g: string) => p.id === g,
    date: () => null, goldDate: () => undefined, status: done, goldStatus: done,
  },
  bodies: {
    predicted: (p) => p.bodies,
    gold: (g) => ({ main: g.bodies, optional: g.bodies_optional }),
    matches: (p: BodyRow, g: string) => p.id === g,
    date: () => null, goldDate: () => undefined, status: done, goldStatus: done,
  },
  leaders: {
    predicted: (p) => p.leaders,
    gold: (g) => ({ main: g.leaders, optional: g.leaders_optional }),
    matches: (p: LeaderRow, g: GoldLeader) => personMatches(p, leaderGold(g)),
    date: () => null, goldDate: () => undefined, status: done, goldStatus: done,
  },
  agreements: {
    // An open multilateral convention (the NPT) is a registry node with no parties listed: gold
    // matches agreements by their party set, so it can be neither matched nor counted against.
    predicted: (p) => p.agreements.filter((a) => a.parties.length > 0),
    gold: (g) => ({ main: g.agreements, optional: g.agreements_optional }),
    matches: (p: AgreementRow, g: GoldArticle['agreements'][number]) =>
      [g.parties, ...g.alt_parties].some((set) => sameSet(p.parties, set)),
    date: (p: AgreementRow) => p.date, goldDate: (g) => g.date,
    // Signed and concluded are both done; a planned signing is never a signed agreement (GUIDELINES.md).
    status: (p: AgreementRow) => (p.status === 'planned' ? 'planned' : 'done'), goldStatus: (g) => g.status,
  },
  vetoes: {
    predicted: (p) => p.vetoes,
    gold: (g) => ({ main: g.vetoes, optional: g.vetoes_optional }),
    matches: (p: VetoRow, g: GoldArticle['vetoes'][number]) => p.by === g.by && p.body === g.body,
    date: (p: VetoRow) => p.date, goldDate: (g) => g.date,
    // The graph has no planned veto (a threat is not a veto): every predicted veto is a cast.
    status: done, goldStatus: (g) => g.status,
  },
  visits: {
    predicted: (p) => p.visits,
    gold: (g) => ({ main: g.visits, optional: g.visits_optional }),
    matches: (p: VisitRow, g: GoldArticle['visits'][number]) =>
      p.to === g.to && personMatches(p.visitor,
        { names_en: [g.visitor_en, ...g.aliases_en], key_ar: g.key_ar, not_ar: g.not_ar, state: g.visitor_state }),
    date: (p: VisitRow) => p.date, goldDate: (g) => g.date,
    status: (p: VisitRow) => p.status, goldStatus: (g) => g.status,
  },
};

/** A prediction fits a gold item when it matches it and both say the same status (done or planned). */
const fits = (ad: AnyAdapter, p: unknown, g: unknown): boolean => ad.matches(p, g) && ad.status(p) === ad.goldStatus(g);

/** A prediction belongs to an article when the article id, or a sub-article `<id>#<n>`, is among its sources. */
export function belongsTo(sources: string[], article: string): boolean {
  return sources.some((s) => s === article || (s.startsWith(article) && s[article.length] === '#'));
}

/**
 * Maximum matching of predictions to main gold items (each gold item at most once), by augmenting
 * paths (Kuhn's algorithm; the lists of one article are small). Date-agreeing pairs are tried first
 * so that, among equally large matchings, dates are judged on the best one.
 */
function maxMatching(preds: unknown[], golds: unknown[], ad: AnyAdapter): Map<number, number> {
  /** Gold item → the prediction matched to it. */
  const goldOf = new Map<number, number>();
  const options = preds.map((p) => {
    const ok = golds.map((g, j) => (fits(ad, p, g) ? j : -1)).filter((j) => j >= 0);
    // An undated prediction agrees with an undated gold item (a batch of past casts, a visit told in passing).
    const dateOk = (j: number) => (ad.goldDate(golds[j]) ?? null) === (ad.date(p) ?? null);
    return { first: ok.filter(dateOk), rest: ok.filter((j) => !dateOk(j)) };
  });
  const optionsOf = (i: number) => defined(options[i], `prediction ${i}`);
  const tryPred = (i: number, seen: boolean[]): boolean => {
    const { first, rest } = optionsOf(i);
    // A free gold item before one held by another prediction: an augmenting path would move the holder
    // off its date-agreeing item (a 1982 prediction taking the 2025 item from the 2025 one).
    const all = [...first, ...rest];
    for (const j of [...all.filter((k) => !goldOf.has(k)), ...all.filter((k) => goldOf.has(k))]) {
      if (seen[j]) continue;
      seen[j] = true;
      const holder = goldOf.get(j);
      if (holder === undefined || tryPred(holder, seen)) { goldOf.set(j, i); return true; }
    }
    return false;
  };
  // Predictions with a date-agreeing candidate claim first; augmenting paths keep the size maximum.
  const order = preds.map((_, i) => i).sort((a, b) => Number(optionsOf(b).first.length > 0) - Number(optionsOf(a).first.length > 0));
  for (const i of order) tryPred(i, new Array<boolean>(golds.length).fill(false));
  // Prediction → the gold item it matched; an unmatched prediction has none.
  return new Map([...goldOf].map(([j, i]) => [i, j]));
}

/**
 * Score predictions against gold articles. A list with no main gold item among the articles has no
 * P, R or F1 (n/a, left out of the macro-F1): an empty list proves nothing, whatever was predicted.
 * Status: a planned prediction fits only planned gold and a done one only done gold, so a planned
 * prediction of a done fact leaves the fact missed, and a done prediction of a planned fact is a
 * false positive. A planned prediction that fits no gold item is not scored (counted apart).
 */
export function score(gold: GoldArticle[], predicted: Predicted): Score {
  const outcomes: Outcome[] = [];
  const lists = {} as Record<ListName, ListScore>;
  for (const list of LISTS) {
    const ad = ADAPTERS[list];
    const all: Array<{ sources: string[] }> = ad.predicted(predicted);
    let tp = 0; let fp = 0; let fn = 0; let dated = 0; let dateRight = 0; let unscoredPlanned = 0;
    for (const g of gold) {
      if (g.scope && !g.scope.includes(list)) continue;
      const preds = all.filter((p) => belongsTo(p.sources, g.article));
      const { main, optional } = ad.gold(g);
      const predOf = maxMatching(preds, main, ad);
      const matched = new Set<number>();
      const planned: unknown[] = [];
      preds.forEach((p, i) => {
        const j = predOf.get(i);
        if (j !== undefined) {
          matched.add(j);
          tp++;
          const gd = ad.goldDate(main[j]);
          let dateOk: boolean | undefined;
          if (gd !== undefined) { dated++; dateOk = ad.date(p) === gd; if (dateOk) dateRight++; }
          outcomes.push({ list, article: g.article, kind: 'tp', gold: main[j], predicted: p, dateOk });
        } else if (optional.some((o) => fits(ad, p, o))) {
          // an optional item: neither right nor wrong
        } else if (ad.status(p) === 'planned') {
          planned.push(p);
        } else {
          fp++;
          outcomes.push({ list, article: g.article, kind: 'fp', predicted: p });
        }
      });
      main.forEach((m, j) => {
        if (matched.has(j)) return;
        fn++;
        const asPlanned = ad.goldStatus(m) === 'done' ? planned.find((p) => ad.matches(p, m)) : undefined;
        // Found, but the one prediction was matched to another gold item of the same parties (two
        // visits to one place, read as one).
        const foundOnce = !asPlanned && preds.some((p, i) => predOf.has(i) && ad.matches(p, m));
        outcomes.push({ list, article: g.article, kind: 'fn', gold: m, ...(asPlanned ? { asPlanned } : {}), ...(foundOnce ? { foundOnce } : {}) });
      });
      for (const p of planned) {
        if (outcomes.some((o) => o.asPlanned === p)) continue;
        unscoredPlanned++;
        outcomes.push({ list, article: g.article, kind: 'planned', predicted: p });
      }
    }
    const judged = tp + fn > 0;
    const precision = judged && tp + fp > 0 ? tp / (tp + fp) : null;
    const recall = judged ? tp / (tp + fn) : null;
    // tp > 0 gives both a precision and a recall.
    const f1 = !judged ? null : tp === 0 || precision === null || recall === null ? 0 : (2 * precision * recall) / (precision + recall);
    lists[list] = { tp, fp, fn, precision, recall, f1, dateAccuracy: dated ? dateRight / dated : null, dated, unscoredPlanned };
  }
  const f1s = LISTS.map((l) => lists[l].f1).filter((f): f is number => f !== null);
  const macroF1 = f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null;
  return { lists, macroF1, outcomes };
}
