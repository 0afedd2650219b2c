/**
 * Capability grids: every construction of a relation crossed with every way news names its actors
 * (title chains, appositions, nisba, capitals with their place nouns). A grid is a data file in
 * data/robustness/grids/: slot lists (leaders with their ids and states, places, hosts) and templates
 * with `{X}` or `{Y.host}` holes and what each filled sentence must give. Every combination runs
 * through the real pipeline as a one-article input after a neutral lead sentence.
 * Input: grid files. Output: a GridReport (pass rate per grid and per template, and the failures).
 *
 * Why beside the robustness suite: the suite varies sentences the tests already hold, so a construction
 * the rules never saw (a long title chain before the visitor, a capital given with its place noun as an
 * object) is never generated. A grid asks for it in every combination, so a rule that works for one
 * title or one verb only shows up as a row of failures.
 */
import { readdirSync } from 'node:fs';
import { z } from 'zod';
import { loadData } from '../data.ts';
import { ArticleRecord, type Fact } from '../model.ts';
import { extract } from '../pipeline.ts';

const Filler = z.object({ text: z.string().min(1) }).catchall(z.string());
/**
 * What a filled template must give: slot names stand for a filler's id (a visitor) or state.
 * `date`: the date the fact must carry, exactly (YYYY, YYYY-MM or YYYY-MM-DD), or a slot whose
 * fillers give theirs in a `date` field (a slot of time phrases: {text: أمس, date: 2016-05-09});
 * `none` for a fact left undated. Without it the date is not checked.
 */
const DateWanted = z.string().optional();
const Expect = z.union([
  z.object({ visitor: z.string(), to: z.string(), status: z.enum(['done', 'planned']).default('done'), date: DateWanted }).strict(),
  // signed (a signing verb or noun) or concluded (أبرم، توصل إلى، أصدر بيانا): both are done (GUIDELINES).
  z.object({ parties: z.array(z.string()).min(2), status: z.enum(['signed', 'concluded', 'planned']).default('signed'), date: DateWanted }).strict(),
  z.object({ by: z.string(), date: DateWanted }).strict(),
]);
type Expect = z.infer<typeof Expect>;
const Template = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /** The fact the sentence must give; with `absent`, the fact it must not give as done, signed or cast. */
  expect: Expect.optional(),
  absent: Expect.optional(),
  /** Why the construction means what `expect` says: the general fact of Arabic news it stands for. */
  note: z.string().optional(),
}).refine((t) => !!t.expect !== !!t.absent, { message: 'a template has either expect or absent' });
export const Grid = z.object({
  relation: z.enum(['visit', 'agreement', 'veto']),
  /** The article's date: every leader in the slots must hold the office named at this date. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** A sentence put before each filled template, so that it is not the article's opening (no dateline). */
  lead: z.string().default(''),
  slots: z.record(z.string(), z.array(Filler).min(1)),
  templates: z.array(Template).min(1),
});
export type Grid = z.infer<typeof Grid>;

export const GRIDS_DIR = 'robustness/grids/';
export const gridFiles = (): string[] =>
  readdirSync(new URL(`../../data/${GRIDS_DIR}`, import.meta.url)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${GRIDS_DIR}${f}`);

type Filled = Record<string, z.infer<typeof Filler>>;
const HOLE = /\{([A-Za-z]\w*)(?:\.(\w+))?\}/g;

/** Every assignment of fillers to the slots a template names, skipping those where two fillers share a state. */
function cells(grid: Grid, text: string): Filled[] {
  const names = [...new Set([...text.matchAll(HOLE)].map((m) => m[1]!))];
  for (const n of names) if (!grid.slots[n]) throw new Error(`grid template names slot {${n}}, which the grid does not define`);
  let out: Filled[] = [{}];
  for (const n of names) out = out.flatMap((f) => grid.slots[n]!.map((v) => ({ ...f, [n]: v })));
  // A visit to one's own state, an agreement of a state with itself: no such fact to ask for.
  return out.filter((f) => { const s = Object.values(f).map((v) => v.state).filter(Boolean); return new Set(s).size === s.length; });
}

const fill = (text: string, f: Filled): string => text.replace(HOLE, (_, n: string, field?: string) => {
  const v = f[n]![field ?? 'text'];
  if (v === undefined) throw new Error(`grid slot {${n}} has no field ${field}`);
  return v;
});

/** Does a fact of the document meet the expectation, with the slots filled? */
function meets(e: Expect, facts: Fact[], f: Filled, loose: boolean): boolean {
  const state = (n: string) => f[n]?.state ?? n;
  const wanted = e.date === undefined || loose ? undefined : f[e.date]?.date ?? e.date;
  const dated = (x: Fact) => wanted === undefined || (x.date ?? 'none') === wanted;
  if ('visitor' in e) {
    const who = f[e.visitor]?.id ?? e.visitor;
    return facts.some((x) => x.type === 'visit' && x.visitor.id === who && x.to === state(e.to) && (loose ? x.status === 'done' : x.status === e.status) && dated(x));
  }
  if ('parties' in e) {
    const want = e.parties.map(state).sort().join('+');
    return facts.some((x) => x.type === 'agreement' && x.parties.map((p) => p.id).sort().join('+') === want && (loose ? x.status !== 'planned' : x.status === e.status) && dated(x));
  }
  return facts.some((x) => x.type === 'veto' && x.by === state(e.by) && dated(x));
}

export interface GridFailure { template: string; text: string; got: string[] }
export interface GridReport {
  grids: Array<{ file: string; ran: number; passed: number; templates: Record<string, { ran: number; passed: number }> }>;
  ran: number;
  passed: number;
  rate: number;
  failures: GridFailure[];
}

const describeFact = (x: Fact): string =>
  (x.type === 'visit' ? `visit ${x.visitor.id}>${x.to} ${x.status}`
    : x.type === 'agreement' ? `agreement ${x.parties.map((p) => p.id).sort().join('+')} ${x.status}`
      : x.type === 'veto' ? `veto ${x.by}` : `met ${x.a.id}+${x.b.id}`) + (x.date ? ` ${x.date}` : '');

export function runGrids(files: string[] = gridFiles()): GridReport {
  const report: GridReport = { grids: [], ran: 0, passed: 0, rate: 1, failures: [] };
  for (const file of files) {
    const grid = loadData(file, Grid);
    const row = { file, ran: 0, passed: 0, templates: {} as Record<string, { ran: number; passed: number }> };
    for (const t of grid.templates) {
      const tr = (row.templates[t.id] = { ran: 0, passed: 0 });
      for (const f of cells(grid, t.text)) {
        const sentence = fill(t.text, f);
        const text = grid.lead ? `${grid.lead} ${sentence}` : sentence;
        const { doc } = extract(ArticleRecord.parse({ id: `grid:${t.id}`, title: null, text, published: grid.published, outlet: null, url: null, origin: { file } }));
        const pass = t.expect ? meets(t.expect, doc.facts, f, false) : !meets(t.absent!, doc.facts, f, true);
        tr.ran++;
        if (pass) tr.passed++;
        else report.failures.push({ template: `${file}#${t.id}`, text: sentence, got: doc.facts.map(describeFact) });
      }
      row.ran += tr.ran;
      row.passed += tr.passed;
    }
    report.grids.push(row);
    report.ran += row.ran;
    report.passed += row.passed;
  }
  report.rate = report.ran ? Math.round((report.passed / report.ran) * 10000) / 10000 : 1;
  return report;
}
