/**
 * Evaluation run: build the graph of the gold files' articles with the project's own pipeline, read
 * the answers back through the query API and score them. Input: gold file paths. Output: an
 * EvalResult (the score, the gold used, the Documents for tracing errors) and its printed report.
 */
import { runRobustness, writeReport, type RobustnessReport } from '../robustness/run.ts';
import { runGrids, type GridReport } from '../robustness/grid.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord, Document } from '../model.ts';
import type { LoadProblem } from '../load/article.ts';
import { loadArticles } from '../load/index.ts';
import { extract } from '../pipeline.ts';
import { EmbeddedQueries } from '../query/embedded.ts';
import { corpusDir, corpusZips } from '../load/corpus.ts';
import { EmbeddedStore, openStore } from '../store/index.ts';
import { consolidate, Touched } from '../store/consolidate.ts';
import { existsSync, readFileSync } from 'node:fs';
import { GoldError, LISTS, readGoldFile, SPLITS, type GoldArticle, type Split } from './gold.ts';
import { score, type Predicted, type Score } from './score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface EvalOptions {
  /** Called for each notice the user should see (a skipped corpus, a load problem). */
  warn?: (line: string) => void;
  /** Under CI a missing corpus is a failure, never a silent skip. */
  ci?: boolean;
  /**
   * Score the graph `kg seed` leaves: reports of one event across the gold articles consolidated
   * (store/consolidate.ts) before the queries. Each article's facts are then scored as the merged
   * event says them (a plan one article printed, joined to the visit another told done, is done).
   */
  consolidated?: boolean;
}

export interface EvalResult {
  /** All gold articles together. */
  score: Score;
  /** Each split scored on its own articles (dev-train, dev-test). */
  splits: Record<Split, { score: Score; articles: number }>;
  gold: GoldArticle[];
  /** Documents by article id (sub-articles under their own `<id>#<n>`). */
  docs: Map<string, Document>;
  skipped: number;
}

/** The record id an article (or sub-article `<id>#<n>`) counts for. */
const recordId = (id: string): string => id.replace(/#\d+$/, '');

/** The Documents of one gold article: the article itself, or its sub-articles `<id>#<n>`. */
export const docsOf = (r: Pick<EvalResult, 'docs'>, article: string): Document[] =>
  [...r.docs.entries()].filter(([id]) => recordId(id) === article).map(([, d]) => d);

/**
 * Load every record of `inputs` whose record id is wanted; `published` fills a missing date. Load
 * problems are counted, not listed: they are in records the gold does not name (a named record
 * that fails to load is reported as not found).
 */
async function loadWanted(inputs: string[], wanted: Map<string, string | undefined>, warn: (l: string) => void): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  let failed = 0;
  const onProblem = (p: LoadProblem) => { if (p.outcome === 'failed') failed++; };
  for await (const a of loadArticles(inputs, { onProblem })) {
    const rid = recordId(a.id);
    if (!wanted.has(rid)) continue;
    const date = wanted.get(rid);
    out.push(a.published === null && date ? { ...a, published: date } : a);
  }
  if (failed) warn(`kg eval: ${failed} records of ${inputs.length === 1 ? inputs[0] : 'the corpus'} could not be loaded`);
  return out;
}

/** Read the gold files and the texts they name: corpus urls from the SaudiNewsNet zips, others from `source.file`. */
async function gatherArticles(goldFiles: string[], opts: EvalOptions): Promise<{ gold: GoldArticle[]; articles: ArticleRecord[]; skipped: number }> {
  const warn = opts.warn ?? (() => {});
  let gold: GoldArticle[] = [];
  const seen = new Map<string, string>();
  for (const f of goldFiles) {
    for (const g of readGoldFile(f)) {
      if (seen.has(g.article)) throw new GoldError(`gold file ${f}: article ${g.article} is already annotated in ${seen.get(g.article)}`);
      seen.set(g.article, f);
      gold.push(g);
    }
  }
  // Texts outside the corpus, grouped by file so each file is read once.
  const byFile = new Map<string, Map<string, string | undefined>>();
  const fromCorpus = new Map<string, string | undefined>();
  for (const g of gold) {
    if (g.source) {
      const file = resolve(ROOT, g.source.file);
      const dates = byFile.get(file) ?? new Map<string, string | undefined>();
      if (!byFile.has(file)) byFile.set(file, dates);
      dates.set(g.article, g.source.published ?? g.date);
    } else fromCorpus.set(g.article, g.date);
  }
  const articles: ArticleRecord[] = [];
  for (const [file, wanted] of byFile) articles.push(...(await loadWanted([file], wanted, warn)));
  let skipped = 0;
  if (fromCorpus.size) {
    const zips = corpusZips();
    if (zips.length === 0) {
      const msg = `the SaudiNewsNet corpus is not at ${corpusDir()} (set KG_CORPUS_DIR)`;
      if (opts.ci) throw new GoldError(`${msg}: ${fromCorpus.size} gold articles cannot be scored`);
      warn(`kg eval: ${msg}: skipping its ${fromCorpus.size} gold articles`);
      gold = gold.filter((g) => !fromCorpus.has(g.article));
      skipped = fromCorpus.size;
    } else {
      articles.push(...(await loadWanted(zips, fromCorpus, warn)));
    }
  }
  const found = new Set(articles.map((a) => recordId(a.id)));
  const missing = gold.filter((g) => !found.has(g.article));
  const [first] = missing;
  if (first) {
    throw new GoldError(`gold file ${seen.get(first.article)}: article ${first.article} was not found in its source${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''}`);
  }
  return { gold, articles, skipped };
}

/** Score each split on its own articles. */
export function scoreSplits(gold: GoldArticle[], predicted: Predicted): EvalResult['splits'] {
  const out = {} as EvalResult['splits'];
  for (const split of SPLITS) {
    const part = gold.filter((g) => g.split === split);
    out[split] = { score: score(part, predicted), articles: part.length };
  }
  return out;
}

/** Run the pipeline over the gold articles into a fresh embedded store, query it, and score. */
export async function runEval(goldFiles: string[], opts: EvalOptions = {}): Promise<EvalResult> {
  const { gold, articles, skipped } = await gatherArticles(goldFiles, opts);
  const dir = await mkdtemp(join(tmpdir(), 'kg-eval-'));
  const store = await openStore(join(dir, 'graph.json'));
  try {
    const docs = new Map<string, Document>();
    const touched = new Touched();
    for (const a of articles) {
      const { doc, batch } = extract(a);
      docs.set(a.id, doc);
      if (opts.consolidated) touched.add(batch);
      await store.write(batch);
    }
    if (opts.consolidated) await consolidate(store, touched);
    if (!(store instanceof EmbeddedStore)) throw new Error('kg eval: expected the embedded store');
    const q = new EmbeddedQueries(store.graph);
    const predicted: Predicted = {
      states: await q.states(), bodies: await q.bodies(), leaders: await q.leaders(),
      agreements: await q.agreements(), vetoes: await q.vetoes(), visits: await q.visits(),
    };
    return { score: score(gold, predicted), splits: scoreSplits(gold, predicted), gold, docs, skipped };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

// ---- the report ----

const pct = (x: number | null): string => (x === null ? '   -' : x.toFixed(2).padStart(4));
const NA = ' n/a';

/**
 * The table of one split: a title line, one row per list (counts, precision, recall, F1, date
 * accuracy), then `macro-F1 (<split>): 0.xx`. A list with no gold item shows n/a and is left out of
 * the macro-F1 (its false positives are still counted).
 */
export function formatTable(s: Score, articles: number, split: Split | 'all' = 'all'): string {
  const name = split === 'all' ? 'all articles' : `dev-${split}`;
  if (articles === 0) return `${name}: no articles (no gold object says "split": "${split}")\n`;
  const head = `${'list'.padEnd(11)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}    P     R    F1  date (n)`;
  const rows = LISTS.map((l) => {
    const x = s.lists[l];
    const prf = x.f1 === null ? [NA, NA, NA] : [pct(x.precision), pct(x.recall), pct(x.f1)];
    const planned = x.unscoredPlanned ? `  +${x.unscoredPlanned} planned unscored` : '';
    return `${l.padEnd(11)}${String(x.tp).padStart(5)}${String(x.fp).padStart(5)}${String(x.fn).padStart(5)}  ${prf.join('  ')}  ${pct(x.dateAccuracy)} (${x.dated})${planned}`;
  });
  const na = LISTS.filter((l) => s.lists[l].f1 === null);
  const macro = s.macroF1 === null ? 'n/a (no list has gold items)' : s.macroF1.toFixed(2);
  const left = na.length && s.macroF1 !== null ? ` (over ${LISTS.length - na.length} lists; n/a: ${na.join(', ')})` : '';
  return [`${name}: ${articles} articles`, head, ...rows, `macro-F1 (${split}): ${macro}${left}`].join('\n') + '\n';
}

/** Where the corpus audit's precision is written ({"precision": x, "n": judged rows}), relative to the root. */
export const MEASURES = { audit: 'test/audit/summary.json' } as const;

/**
 * The other measures of the evaluation: the robustness suite, run afresh (a few seconds; its
 * report is written to test-artifacts/ as `npm run robustness` does), the capability grids
 * (robustness/grid.ts, a few seconds), and the corpus audit's
 * precision, read from its committed summary, or "not yet measured" while there is none.
 */
export function formatMeasures(root = ROOT, robustness: () => RobustnessReport = () => { const r = runRobustness(); writeReport(r); return r; }, grids: () => GridReport = runGrids): string {
  const r = robustness();
  const g = grids();
  const pct = (x: { passed: number; ran: number; rate: number }): string => `${x.rate.toFixed(2)} (${x.passed}/${x.ran})`;
  const file = resolve(root, MEASURES.audit);
  let audit: Record<string, unknown> | null = null;
  if (existsSync(file)) {
    try { audit = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>; } catch { audit = null; }
  }
  return [
    `robustness suite: invariance ${pct(r.invariance)}, directional ${pct(r.directional)}; ${r.invariance.ran + r.directional.ran} variants of ${r.seeds.kept} seed sentences`,
    `capability grids: ${pct(g)} sentences pass (${g.grids.map((x) => `${x.file.replace(/^.*\//, '').replace(/\.yaml$/, '')} ${(x.passed / (x.ran || 1)).toFixed(2)}`).join(', ')})`,
    `corpus audit precision: ${typeof audit?.precision === 'number' ? `${audit.precision.toFixed(2)}${typeof audit.n === 'number' ? ` (n=${audit.n})` : ''}${auditDetail(audit)}` : `not yet measured (${MEASURES.audit})`}`,
  ].join('\n') + '\n';
}

/** Per type and the duplicate rate of visits, where the summary has them (npm run audit writes both). */
function auditDetail(audit: Record<string, unknown>): string {
  const types = audit.by_type && typeof audit.by_type === 'object' ? Object.entries(audit.by_type as Record<string, { precision: number; right: number; n: number }>) : [];
  const parts = types.map(([t, x]) => `${t} ${x.precision.toFixed(2)} (${x.right}/${x.n})`);
  if (typeof audit.duplicate_rate === 'number') parts.push(`visits recorded twice ${audit.duplicate_rate.toFixed(3)}`);
  return parts.length ? `; ${parts.join(', ')}` : '';
}

/** A fact's status where it says more than "done" (signed, concluded, planned). */
const st = (o: Record<string, unknown>): string => (o.status && o.status !== 'done' ? ` ${o.status}` : '');

function describe(list: string, item: unknown): string {
  const o = item as Record<string, unknown>;
  switch (list) {
    case 'states': case 'bodies': return typeof item === 'string' ? item : String(o.id);
    case 'leaders': return 'name_ar' in o ? `${o.name_ar} / ${o.name_en ?? '-'} (${o.state ?? '-'})` : `${o.name_en} [${(o.key_ar as string[]).join(' ')}] (${o.state ?? '-'})`;
    case 'agreements': return `${(o.parties as string[]).join('+')}${o.date ? ` ${o.date}` : ''}${st(o)}`;
    case 'vetoes': return `${o.by} in ${o.body}${o.date ? ` ${o.date}` : ''}`;
    default: {
      const v = o.visitor as Record<string, unknown> | undefined;
      const who = v ? `${v.name_ar} / ${v.name_en ?? '-'}` : `${o.visitor_en} [${(o.key_ar as string[]).join(' ')}]`;
      return `${who} → ${o.to}${o.date ? ` ${o.date}` : ''}${st(o)}`;
    }
  }
}

/** The sentence that made the pipeline say it (for a false positive), from the article's Documents. */
function evidenceFor(list: string, pred: Record<string, unknown>, docs: Document[]): string | null {
  for (const d of docs) {
    const sentence = (i: number) => d.sentences[i]?.text.trim() ?? null;
    if (list === 'states' || list === 'bodies' || list === 'leaders') {
      const m = d.mentions.find((x) => x.id === pred.id);
      if (m) return sentence(m.sentence);
      continue;
    }
    for (const f of d.facts) {
      const hit = (list === 'vetoes' && f.type === 'veto' && f.by === pred.by)
        || (list === 'visits' && f.type === 'visit' && f.to === pred.to)
        || (list === 'agreements' && f.type === 'agreement'
          && f.parties.map((p) => p.id).sort().join('+') === [...(pred.parties as string[])].sort().join('+'));
      if (hit && f.evidence[0]) return sentence(f.evidence[0].sentence) ?? f.evidence[0].text;
    }
  }
  return null;
}

/**
 * Every miss and false positive of the dev-train articles, grouped by article, each with its evidence
 * sentence where there is one. Errors of dev-test articles are never listed (only their aggregates
 * may be looked at); the last line says how many were held back.
 */
export function formatVerbose(r: EvalResult): string {
  const lines: string[] = [];
  const held = r.gold.filter((g) => g.split !== 'train').length;
  for (const g of r.gold) {
    if (g.split !== 'train') continue;
    const errs = r.score.outcomes.filter((o) => o.article === g.article && (o.kind !== 'tp' || o.dateOk === false));
    if (!errs.length) continue;
    const docs = docsOf(r, g.article);
    lines.push(`== ${g.article}`);
    for (const o of errs) {
      if (o.kind === 'planned') continue;
      if (o.kind === 'fn') lines.push(`  MISS ${o.list}: ${describe(o.list, o.gold)}${o.asPlanned ? ' (predicted as planned)' : ''}`);
      else if (o.kind === 'fp') {
        const ev = evidenceFor(o.list, o.predicted as Record<string, unknown>, docs);
        lines.push(`  FALSE ${o.list}: ${describe(o.list, o.predicted)}${ev ? `\n      evidence: ${ev}` : ''}`);
      } else lines.push(`  DATE ${o.list}: ${describe(o.list, o.predicted)} (gold ${(o.gold as { date?: string }).date})`);
    }
  }
  if (held) lines.push(`(errors of the ${held} dev-test articles are not shown: dev-test is scored in aggregate only)`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
