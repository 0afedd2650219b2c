/**
 * The scorer: predicted query rows against gold articles, exactly as shared/eval/GOLD-FORMAT.md
 * says (per list precision, recall, F1 and date accuracy over all articles, then the macro-F1).
 * Input: gold articles and the rows of the six list queries. Output: a Score (pure, no I/O).
 */
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
  precision: number; recall: number; f1: number;
  /** Share of matched items with a gold date whose predicted date is equal; null when none has a date. */
  dateAccuracy: number | null;
  dated: number;
}

/** One scoring outcome, kept so `--verbose` can trace each error to its article and row. */
export interface Outcome {
  list: ListName;
  article: string;
  kind: 'tp' | 'fp' | 'fn';
  gold?: unknown;
  predicted?: unknown;
  /** For tp with a gold date: whether the dates agree. */
  dateOk?: boolean;
}

export interface Score {
  lists: Record<ListName, ListScore>;
  macroF1: number;
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
}

type AnyAdapter = Adapter<any, any>;

const ADAPTERS: Record<ListName, AnyAdapter> = {
  states: {
    predicted: (p) => p.states,
    gold: (g) => ({ main: g.states, optional: g.states_optional }),
    matches: (p: StateRow, g: string) => p.id === g,
    date: () => null, goldDate: () => undefined,
  },
  bodies: {
    predicted: (p) => p.bodies,
    gold: (g) => ({ main: g.bodies, optional: g.bodies_optional }),
    matches: (p: BodyRow, g: string) => p.id === g,
    date: () => null, goldDate: () => undefined,
  },
  leaders: {
    predicted: (p) => p.leaders,
    gold: (g) => ({ main: g.leaders, optional: g.leaders_optional }),
    matches: (p: LeaderRow, g: GoldLeader) => personMatches(p, leaderGold(g)),
    date: () => null, goldDate: () => undefined,
  },
  agreements: {
    // A planned signing is never a signed agreement (GUIDELINES.md), so it is not scored.
    predicted: (p) => p.agreements.filter((a) => a.status !== 'planned'),
    gold: (g) => ({ main: g.agreements, optional: g.agreements_optional }),
    matches: (p: AgreementRow, g: GoldArticle['agreements'][number]) =>
      [g.parties, ...g.alt_parties].some((set) => sameSet(p.parties, set)),
    date: (p: AgreementRow) => p.date, goldDate: (g) => g.date,
  },
  vetoes: {
    predicted: (p) => p.vetoes,
    gold: (g) => ({ main: g.vetoes, optional: g.vetoes_optional }),
    matches: (p: VetoRow, g: GoldArticle['vetoes'][number]) => p.by === g.by && p.body === g.body,
    date: (p: VetoRow) => p.date, goldDate: (g) => g.date,
  },
  visits: {
    // A planned visit is never a visit done (GUIDELINES.md), so it is not scored.
    predicted: (p) => p.visits.filter((v) => v.status !== 'planned'),
    gold: (g) => ({ main: g.visits, optional: g.visits_optional }),
    matches: (p: VisitRow, g: GoldArticle['visits'][number]) =>
      p.to === g.to && personMatches(p.visitor,
        { names_en: [g.visitor_en, ...g.aliases_en], key_ar: g.key_ar, not_ar: g.not_ar, state: g.visitor_state }),
    date: (p: VisitRow) => p.date, goldDate: (g) => g.date,
  },
};

/** A prediction belongs to an article when the article id, or a sub-article `<id>#<n>`, is among its sources. */
export function belongsTo(sources: string[], article: string): boolean {
  return sources.some((s) => s === article || (s.startsWith(article) && s[article.length] === '#'));
}

/**
 * Maximum matching of predictions to main gold items (each gold item at most once), by augmenting
 * paths (Kuhn's algorithm; the lists of one article are small). Date-agreeing pairs are tried first
 * so that, among equally large matchings, dates are judged on the best one.
 */
function maxMatching(preds: unknown[], golds: unknown[], ad: AnyAdapter): number[] {
  const goldOf = new Array<number>(golds.length).fill(-1);
  const options = preds.map((p) => {
    const ok = golds.map((g, j) => (ad.matches(p, g) ? j : -1)).filter((j) => j >= 0);
    const dateOk = (j: number) => ad.goldDate(golds[j]) !== undefined && ad.goldDate(golds[j]) === ad.date(p);
    return { first: ok.filter(dateOk), rest: ok.filter((j) => !dateOk(j)) };
  });
  const tryPred = (i: number, seen: boolean[]): boolean => {
    for (const j of [...options[i].first, ...options[i].rest]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (goldOf[j] < 0 || tryPred(goldOf[j], seen)) { goldOf[j] = i; return true; }
    }
    return false;
  };
  // Predictions with a date-agreeing candidate claim first; augmenting paths keep the size maximum.
  const order = preds.map((_, i) => i).sort((a, b) => Number(options[b].first.length > 0) - Number(options[a].first.length > 0));
  for (const i of order) tryPred(i, new Array<boolean>(golds.length).fill(false));
  const predOf = new Array<number>(preds.length).fill(-1);
  goldOf.forEach((i, j) => { if (i >= 0) predOf[i] = j; });
  return predOf;
}

/** With nothing predicted nothing wrong was said (precision 1); with nothing to find nothing was missed (recall 1). */
const ratio = (num: number, den: number, empty: number): number => (den === 0 ? empty : num / den);

/** Score predictions against gold articles. */
export function score(gold: GoldArticle[], predicted: Predicted): Score {
  const outcomes: Outcome[] = [];
  const lists = {} as Record<ListName, ListScore>;
  for (const list of LISTS) {
    const ad = ADAPTERS[list];
    const all: Array<{ sources: string[] }> = ad.predicted(predicted);
    let tp = 0; let fp = 0; let fn = 0; let dated = 0; let dateRight = 0;
    for (const g of gold) {
      if (g.scope && !g.scope.includes(list)) continue;
      const preds = all.filter((p) => belongsTo(p.sources, g.article));
      const { main, optional } = ad.gold(g);
      const predOf = maxMatching(preds, main, ad);
      const matched = new Set<number>();
      preds.forEach((p, i) => {
        const j = predOf[i];
        if (j >= 0) {
          matched.add(j);
          tp++;
          const gd = ad.goldDate(main[j]);
          let dateOk: boolean | undefined;
          if (gd !== undefined) { dated++; dateOk = ad.date(p) === gd; if (dateOk) dateRight++; }
          outcomes.push({ list, article: g.article, kind: 'tp', gold: main[j], predicted: p, dateOk });
        } else if (!optional.some((o) => ad.matches(p, o))) {
          fp++;
          outcomes.push({ list, article: g.article, kind: 'fp', predicted: p });
        }
      });
      main.forEach((m, j) => {
        if (!matched.has(j)) { fn++; outcomes.push({ list, article: g.article, kind: 'fn', gold: m }); }
      });
    }
    const precision = ratio(tp, tp + fp, 1);
    const recall = ratio(tp, tp + fn, 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    lists[list] = { tp, fp, fn, precision, recall, f1, dateAccuracy: dated ? dateRight / dated : null, dated };
  }
  const macroF1 = LISTS.reduce((s, l) => s + lists[l].f1, 0) / LISTS.length;
  return { lists, macroF1, outcomes };
}
