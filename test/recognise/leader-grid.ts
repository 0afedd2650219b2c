/**
 * Leader recognition grid (test/recognise/leader-grid.yaml): each way Arabic news names a leader, put
 * in every frame sentence and run through the real pipeline, must give a Leader mention with the
 * listed id and state inside the naming's words; each trap must give none. `npx tsx
 * test/recognise/leader-grid.ts [--show N]` prints the pass rate per style and the failing sentences.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';

const Row = z.object({
  x: z.string(), id: z.string().optional(), state: z.string().optional(), then: z.string().optional(),
  f: z.boolean().optional(), published: z.string().optional(), absent: z.string().optional(),
});
const Frame = z.object({ id: z.string(), m: z.string(), f: z.string() });
const LeaderGrid = z.object({
  published: z.string(),
  frames: z.array(Frame),
  later: z.object({ m: z.string(), f: z.string() }),
  styles: z.record(z.string(), z.array(Row)),
  traps: z.record(z.string(), z.array(Row)),
});
type Row = z.infer<typeof Row>;

export const GRID_FILE = fileURLToPath(new URL('./leader-grid.yaml', import.meta.url));

export interface Case { style: string; trap: boolean; frame: string; text: string; pass: boolean; got: string[] }

function run(grid: z.infer<typeof LeaderGrid>, style: string, row: Row, frame: z.infer<typeof Frame>, trap: boolean): Case {
  const first = (row.f ? frame.f : frame.m).replace('{X}', row.x);
  const text = row.then ? `${first} ${(row.f ? grid.later.f : grid.later.m).replace('{T}', row.then)}` : first;
  // The words judged: the later mention where given, else the naming.
  const from = row.then ? text.indexOf(row.then, first.length) : text.indexOf(row.x);
  const to = from + (row.then ?? row.x).length;
  const article = { id: 'grid', text, title: null, published: row.published ?? grid.published, url: null, outlet: null, origin: { file: 'grid.txt' } } as unknown as ArticleRecord;
  const { doc } = extract(article);
  const inside = doc.mentions.filter((m) => m.kind === 'Leader' && m.start >= from && m.end <= to);
  const got = inside.map((m) => `${m.id}/${'state' in m ? m.state : ''} «${m.text}»`);
  const pass = trap
    ? !inside.some((m) => !row.absent || m.id === row.absent)
    : inside.some((m) => (row.id === "*" || m.id === row.id) && 'state' in m && m.state === row.state);
  return { style, trap, frame: frame.id, text, pass, got };
}

export function runLeaderGrid(file = GRID_FILE): Case[] {
  const grid = LeaderGrid.parse(parse(readFileSync(file, 'utf8')));
  const out: Case[] = [];
  for (const [trap, groups] of [[false, grid.styles], [true, grid.traps]] as const) {
    for (const [style, rows] of Object.entries(groups)) for (const row of rows) for (const frame of grid.frames) out.push(run(grid, style, row, frame, trap));
  }
  return out;
}

/** Passed / total per style (traps prefixed trap:), and overall. */
export function rates(cases: Case[]): Map<string, { pass: number; total: number }> {
  const by = new Map<string, { pass: number; total: number }>();
  for (const c of cases) {
    for (const k of [c.trap ? `trap:${c.style}` : c.style, 'ALL']) {
      const r = by.get(k) ?? { pass: 0, total: 0 };
      r.total++; if (c.pass) r.pass++;
      by.set(k, r);
    }
  }
  return by;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const show = Number(process.argv[process.argv.indexOf('--show') + 1] ?? 0) || (process.argv.includes('--show') ? 1000 : 0);
  const cases = runLeaderGrid();
  for (const [k, r] of rates(cases)) console.log(`${k.padEnd(20)} ${r.pass}/${r.total} = ${(r.pass / r.total).toFixed(3)}`);
  if (show) {
    const seen = new Set<string>();
    for (const c of cases.filter((x) => !x.pass)) {
      if (seen.size >= show) break;
      console.log(`FAIL [${c.style}/${c.frame}] ${c.text}\n   got: ${c.got.join('; ') || '—'}`);
      seen.add(c.text);
    }
  }
}
