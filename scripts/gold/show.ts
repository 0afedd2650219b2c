/**
 * Prints SaudiNewsNet articles for annotation: `npx tsx scripts/gold/show.ts URLS_FILE` (one url a
 * line). Reserved urls are never printed (the corpus reader filters them), so an annotator cannot
 * see a reserved text by mistake. Each article: url, outlet, date, title, then the content.
 */
import { readFileSync } from 'node:fs';
import { readCorpus } from '../../src/load/corpus.ts';

const file = process.argv[2];
if (!file || file === '--help') {
  process.stdout.write('usage: npx tsx scripts/gold/show.ts URLS_FILE   (one SaudiNewsNet url a line)\n');
  process.exit(file ? 0 : 1);
}
const wanted = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const byUrl = new Map((await readCorpus()).map((r) => [r.url, r]));
wanted.forEach((url, i) => {
  const r = byUrl.get(url);
  if (!r) {
    process.stdout.write(`\n### ${i + 1}. ${url}\n(not in the non-reserved corpus)\n`);
    return;
  }
  process.stdout.write(`\n### ${i + 1}. ${url}\noutlet: ${r.source} | date: ${String(r.date_extracted).slice(0, 10)}\ntitle: ${r.title ?? ''}\n\n${r.content.trim()}\n`);
});
