/**
 * Load, problems: how a skipped or failed input is described, counted and (with --strict) thrown.
 * Input: LoadProblem values from the loaders. Output: one-line messages, LoadError, LoadSummary.
 */
import type { LoadProblem } from './article.ts';
import type { Origin } from '../model.ts';
import { KgError } from '../errors.ts';

/** Where a problem is: `file`, `file › entry`, then `record N` or `line N`. */
export function where(o: Omit<Origin, 'file'> & { file: string }): string {
  let s = o.entry ? `${o.file} › ${o.entry}` : o.file;
  if (o.line) s += `, line ${o.line}`;
  else if (o.record) s += `, record ${o.record}`;
  return s;
}

/** Builds a LoadProblem whose message is one line naming the place and the problem. */
export function problem(
  at: Omit<Origin, 'file'> & { file: string },
  outcome: LoadProblem['outcome'],
  reason: string,
  detail: string,
): LoadProblem {
  // One line whatever the underlying error said.
  const p: LoadProblem = { file: at.file, outcome, reason, message: `${where(at)}: ${detail.replace(/\s*\n\s*/g, ' ')}` };
  if (at.entry) p.entry = at.entry;
  if (at.record) p.record = at.record;
  if (at.line) p.line = at.line;
  return p;
}

/** Thrown by loadArticles under `strict` at the first problem; its message is that problem's line. */
export class LoadError extends KgError {
  constructor(readonly problem: LoadProblem) {
    super(problem.message);
  }
}

/** Counts what a load did, for the summary line `kg seed` prints at the end. */
export class LoadSummary {
  loaded = 0;
  skipped: Record<string, number> = {};
  failed: Record<string, number> = {};

  /** Counts one problem under its outcome and reason. */
  add(p: LoadProblem): void {
    const bucket = p.outcome === 'skipped' ? this.skipped : this.failed;
    bucket[p.reason] = (bucket[p.reason] ?? 0) + 1;
  }

  get skippedTotal(): number { return total(this.skipped); }
  get failedTotal(): number { return total(this.failed); }
  /** Skipped and failed together. */
  get problems(): number { return this.skippedTotal + this.failedTotal; }

  /** e.g. `loaded 30676 articles; skipped 354 (empty-text 354); failed 0` */
  format(): string {
    return `loaded ${this.loaded} articles; skipped ${part(this.skipped)}; failed ${part(this.failed)}`;
  }
}

function total(r: Record<string, number>): number {
  let n = 0;
  for (const v of Object.values(r)) n += v;
  return n;
}

function part(r: Record<string, number>): string {
  const keys = Object.keys(r).sort();
  if (keys.length === 0) return '0';
  return `${total(r)} (${keys.map((k) => `${k} ${r[k]}`).join(', ')})`;
}
