/**
 * `npm run audit [-- --day YYYY-MM-DD]`: precision per type from the committed judgements of a
 * sample (test/audit/judgements-<day>.jsonl: {"item", "type", "right", "reason"} a line; default
 * the latest day judged) and the sample's duplicate rate of visits; writes test/audit/summary.json,
 * which `kg eval` prints.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Judgement, scoreJudgements, type AuditItem } from '../../src/eval/audit.ts';
import { MEASURES } from '../../src/eval/run.ts';
import { defined } from '../../src/errors.ts';
import { helpOnRequest, orUsage } from '../help.ts';

const USAGE = `usage: npm run audit -- [--day YYYY-MM-DD[-rN]]

Precision per type (agreement, veto, visit) from test/audit/judgements-<day>.jsonl (default: the
latest day judged) and the sample's duplicate rate of visits; writes test/audit/summary.json.`;
helpOnRequest(USAGE);

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = resolve(ROOT, 'test/audit');
const { values } = orUsage(() => parseArgs({ options: { day: { type: 'string' } } }), USAGE);
const days = readdirSync(DIR).map((f) => /^judgements-(\d{4}-\d{2}-\d{2}(?:-r\d+)?)\.jsonl$/.exec(f)?.[1]).filter((d): d is string => !!d).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const day = values.day ?? days.at(-1);
if (!day) {
  process.stderr.write('audit: no judgements yet (test/audit/judgements-<day>.jsonl); draw a sample with npm run audit:draw and have it judged\n');
  process.exit(2);
}
const lines = (f: string) => readFileSync(resolve(DIR, f), 'utf8').split('\n').filter((l) => l.trim());
const items = lines(`sample-${day}.jsonl`).map((l) => JSON.parse(l) as AuditItem);
const judgements = lines(`judgements-${day}.jsonl`).map((l, i) => {
  const r = Judgement.safeParse(JSON.parse(l));
  if (!r.success) {
    const issue = defined(r.error.issues[0], 'the first issue of a ZodError');
    throw new Error(`audit: judgements-${day}.jsonl line ${i + 1}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return r.data;
});
const meta = JSON.parse(readFileSync(resolve(DIR, `sample-${day}.meta.json`), 'utf8')) as { duplicate_visits: { rate: number } };
const summary = scoreJudgements(items, judgements, meta.duplicate_visits.rate);
writeFileSync(resolve(ROOT, MEASURES.audit), JSON.stringify({ day, ...summary }, null, 2) + '\n');
const unjudged = items.length - summary.n;
process.stdout.write([
  `corpus audit of ${day}: ${summary.n} judged${unjudged ? `, ${unjudged} not yet` : ''}`,
  ...Object.entries(summary.by_type).map(([t, s]) => `  ${t.padEnd(10)} precision ${s.precision.toFixed(2)} (${s.right}/${s.n})`),
  `  overall    precision ${summary.precision.toFixed(2)} (n=${summary.n})`,
  `  visits recorded twice (same visitor and destination within 3 days): ${summary.duplicate_rate === null ? '-' : summary.duplicate_rate.toFixed(3)}`,
].join('\n') + '\n');
