/**
 * Rows as a readable table: aligned columns, English and Arabic names side by side.
 * Input: a query name and its rows. Output: text, one line per row under a header.
 */
import { defined } from '../errors.ts';
import type { QueryName, RowOf } from './contract.ts';
import type { NodeBrief } from './contract.ts';

type Column<R> = [header: string, cell: (r: R) => string];

const or = (v: string | number | null | undefined, dash = '–'): string => (v === null || v === undefined || v === '' ? dash : String(v));
/** A few article ids, then how many more: sources can run to hundreds on a big corpus. */
const list = (xs: string[], max = 3): string => (xs.length === 0 ? '–' : xs.slice(0, max).join(', ') + (xs.length > max ? ` +${xs.length - max}` : ''));
const brief = (n: NodeBrief): string => `${n.label}:${n.id}`;
const names = (n: { name_en: string | null; name_ar: string | null }): string => [n.name_en, n.name_ar].filter(Boolean).join(' / ') || '–';

const COLUMNS: { [N in QueryName]: Column<RowOf<N>>[] } = {
  states: [['id', (r) => r.id], ['name_en', (r) => r.name_en], ['name_ar', (r) => r.name_ar], ['articles', (r) => list(r.sources)]],
  bodies: [['id', (r) => r.id], ['name_en', (r) => r.name_en], ['name_ar', (r) => r.name_ar], ['articles', (r) => list(r.sources)]],
  leaders: [
    ['name_en', (r) => or(r.name_en)], ['name_ar', (r) => r.name_ar], ['state', (r) => or(r.state)], ['office', (r) => or(r.office)],
    ['id', (r) => r.id], ['articles', (r) => list(r.sources)],
  ],
  agreements: [
    ['date', (r) => or(r.date)], ['parties', (r) => r.parties.join('+') || '–'], ['kind', (r) => r.kind], ['status', (r) => r.status],
    ['count', (r) => or(r.count)], ['name_ar', (r) => r.name_ar],
    ['signatories', (r) => r.signatories.map(names).join('; ') || '–'], ['articles', (r) => list(r.sources)],
  ],
  vetoes: [
    ['date', (r) => or(r.date)], ['by', (r) => r.by], ['body', (r) => r.body], ['subject', (r) => or(r.subject)], ['articles', (r) => list(r.sources)],
  ],
  visits: [
    ['date', (r) => or(r.date)], ['visitor_en', (r) => or(r.visitor.name_en)], ['visitor_ar', (r) => r.visitor.name_ar],
    ['from', (r) => or(r.visitor.state)], ['to', (r) => r.to], ['city', (r) => or(r.city)], ['status', (r) => r.status],
    ['host', (r) => (r.host ? names(r.host) : '–')], ['articles', (r) => list(r.sources)],
  ],
  meetings: [
    ['date', (r) => or(r.date)], ['leader', (r) => names(r.leader)], ['state', (r) => or(r.leader.state)],
    ['met', (r) => names(r.met)], ['met_state', (r) => or(r.met.state)], ['place', (r) => or(r.place)], ['articles', (r) => list(r.sources)],
  ],
  evidence: [
    ['type', (r) => r.type], ['from', (r) => brief(r.from)], ['to', (r) => brief(r.to)], ['article', (r) => r.article],
    ['sentence', (r) => String(r.sentence)], ['rule', (r) => r.rule], ['text', (r) => r.text],
  ],
  timeline: [
    ['date', (r) => or(r.date)], ['type', (r) => r.type], ['from', (r) => names(r.from)], ['to', (r) => names(r.to)], ['articles', (r) => list(r.sources)],
  ],
  path: [
    ['step', (r) => String(r.step)], ['via', (r) => (r.edge ? (r.direction === 'forward' ? `-[${r.edge}]->` : `<-[${r.edge}]-`) : '')],
    ['node', (r) => brief(r.node)], ['name_en', (r) => or(r.node.name_en)], ['name_ar', (r) => or(r.node.name_ar)],
  ],
  neighbours: [
    ['node', (r) => brief(r.node)], ['name_en', (r) => or(r.node.name_en)], ['name_ar', (r) => or(r.node.name_ar)],
    ['via_from', (r) => r.via_a.join(', ')], ['via_to', (r) => r.via_b.join(', ')],
  ],
};

/** Terminal columns a string takes: combining marks (Arabic harakat, accents) take none. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) if (!/\p{M}/u.test(ch)) w++;
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Cells are one line: newlines in stored text (a sentence, a subject) become spaces. */
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

export function formatTable<N extends QueryName>(name: N, rows: RowOf<N>[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const cols = COLUMNS[name] as Column<RowOf<N>>[];
  const cells = rows.map((r) => cols.map(([, f]) => oneLine(f(r))));
  const widths = cols.map(([h], i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(defined(c[i], `cell ${i}`)))));
  const line = (cs: string[]) => cs.map((c, i) => (i === cs.length - 1 ? c : pad(c, defined(widths[i], `column ${i}`)))).join('  ').trimEnd();
  const out = [line(cols.map(([h]) => h)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)];
  return `${out.join('\n')}\n${rows.length} row${rows.length === 1 ? '' : 's'}\n`;
}
