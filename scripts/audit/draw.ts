/**
 * `npm run audit:draw [-- --store PATH] [--day YYYY-MM-DD[-rN]]`: draw the day's corpus audit sample.
 * Seeds the whole SaudiNewsNet corpus less the articles of RESERVED.txt (KG_CORPUS_DIR; read with
 * the corpus reader, which leaves them out, and seeded as JSONL records) into the store unless it
 * exists, then writes test/audit/sample-<day>.jsonl (one item a line: what to judge
 * and its evidence sentences, none sharing 8 words with a reserved article) and
 * test/audit/sample-<day>.meta.json (the graph's counts and duplicate rate of visits).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seed } from '../../src/cli/seed.ts';
import { drawSample, reservedGrams, visitDuplicates } from '../../src/eval/audit.ts';
import { corpusDir, corpusJsonl, readCorpus, readReservedForTextCheck } from '../../src/load/corpus.ts';
import { countGraph } from '../../src/store/embedded.ts';
import { loadGraph } from '../../src/store/persist.ts';
import { helpOnRequest, orUsage } from '../help.ts';

const USAGE = `usage: npm run audit:draw -- [--store PATH] [--day YYYY-MM-DD[-rN]]

Seeds the SaudiNewsNet corpus less RESERVED.txt into --store (default /tmp/kg-audit-corpus.json)
unless it exists, then draws the day's audit sample (60 Agreement nodes, every VETOED edge, 60
VISITED edges; seeded by --day, default today) into test/audit/sample-<day>.jsonl and .meta.json.`;
helpOnRequest(USAGE);

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = orUsage(() => parseArgs({ options: { store: { type: 'string', default: '/tmp/kg-audit-corpus.json' }, day: { type: 'string' } } }), USAGE);
const day = values.day ?? new Date().toISOString().slice(0, 10);
// A second draw on one day (after the graph changed) is YYYY-MM-DD-rN, so the first day's judgements stay.
if (!/^\d{4}-\d{2}-\d{2}(-r\d+)?$/.test(day)) throw new Error(`audit:draw: --day takes YYYY-MM-DD or YYYY-MM-DD-rN, not ${day}`);
const store = values.store!;
if (!existsSync(store)) {
  // kg seed reads every article of the zips; the audit's graph must hold none of the reserved ones.
  const jsonl = join(mkdtempSync(join(tmpdir(), 'kg-audit-')), 'corpus.jsonl');
  const records = await readCorpus();
  writeFileSync(jsonl, corpusJsonl(records));
  process.stderr.write(`audit:draw: seeding ${records.length} non-reserved articles of ${corpusDir()} into ${store}\n`);
  await seed([jsonl], { store, batch: 500, quiet: true });
}
const graph = await loadGraph(store);
// Reserved texts are read only to keep their sentences (and republished copies) from the reviewer.
const reserved = reservedGrams((await readReservedForTextCheck()).map((r) => `${r.title ?? ''}\n${r.content}`));
const items = drawSample(graph, day, reserved);
const counts = countGraph(graph);
const dup = visitDuplicates(graph);
const base = resolve(ROOT, 'test/audit', `sample-${day}`);
writeFileSync(`${base}.jsonl`, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
const meta = {
  day, store, drawn: items.length,
  by_type: Object.fromEntries(['agreement', 'veto', 'visit'].map((t) => [t, items.filter((i) => i.type === t).length])),
  graph: { Agreement: counts.nodes.Agreement ?? 0, DraftResolution: counts.nodes.DraftResolution ?? 0, VETOED: counts.edges.VETOED ?? 0, VISITED: counts.edges.VISITED ?? 0 },
  duplicate_visits: dup,
};
writeFileSync(`${base}.meta.json`, JSON.stringify(meta, null, 2) + '\n');
process.stdout.write(`${items.length} items (${Object.entries(meta.by_type).map(([t, n]) => `${t} ${n}`).join(', ')}) → ${base}.jsonl\n`
  + `graph: ${JSON.stringify(meta.graph)}; visits recorded twice (same visitor and destination within 3 days): ${dup.duplicates}/${dup.visits} = ${dup.rate.toFixed(3)}\n`);
