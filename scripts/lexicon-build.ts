/**
 * Build the corpus-derived word lists. Input: the SaudiNewsNet corpus (reserved urls excluded).
 * Output: data/gazetteer/unsplit-words.json — words that begin with a clitic letter (و ف ب ل ك) but
 * are words in their own right (وزير، وقت، بوتين، لندن), so the tokenizer must not split them (manual
 * additions and removals in data/gazetteer/unsplit-words.manual.yaml); and
 * data/gazetteer/common-words.json — the most frequent stems that are not personal names, which can
 * therefore not be part of an unknown name (a name is a stem seen after بن، الشيخ، الأمير…).
 * Run: npm run lexicon:build (npx tsx scripts/lexicon-build.ts)
 *
 * Evidence used (an application of the corpus tests of Darwish, "Building a Shallow Arabic
 * Morphological Analyzer in One Day", 2002): a word w is lexical when (a) the article ال attaches to it
 * (ال cannot precede a preposition or a conjunction) and its remainder is no more frequent than w, or
 * (b) its remainder, with or without any other clitic, is at least twenty times rarer than w.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { loadData } from '../src/data.ts';
import { readCorpus } from '../src/load/corpus.ts';
import { normaliseArabic } from '../src/normalise/arabic.ts';
import { splitClitics } from '../src/normalise/clitics.ts';
import { helpOnRequest } from './help.ts';

const USAGE = `usage: npm run lexicon:build

Rebuilds data/gazetteer/unsplit-words.json and common-words.json from the SaudiNewsNet corpus
(KG_CORPUS_DIR; reserved articles excluded).`;
helpOnRequest(USAGE);

const Manual = z.object({ add: z.array(z.string()), remove: z.array(z.string()) });
const LETTERS = 'وفبلك';
const COMMON_WORDS = 5000;
/** How often ال + stem must occur for a clitic-chain name word (للطاقة) to count as chain + noun. */
const CHAINED_NOUN_MIN = 20;

async function main(): Promise<void> {
  const counts = new Map<string, number>();
  const afterNameCue = new Map<string, number>();
  const nameCues = new Set(['بن', 'ابن', 'الشيخ', 'الامير', 'السيد', 'الدكتور', 'المهندس', 'الاستاذ', 'السيده', 'الاميره']);
  for (const r of await readCorpus()) {
    let prev = '';
    for (const w of normaliseArabic(r.content).split(/[^\u0621-\u064a]+/)) {
      if (!w) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
      if (nameCues.has(prev)) afterNameCue.set(w, (afterNameCue.get(w) ?? 0) + 1);
      prev = w;
    }
  }
  const c = (w: string): number => counts.get(w) ?? 0;
  const words: string[] = [];
  for (const [w, n] of counts) {
    if (n < 5 || w.length < 4 || !LETTERS.includes(w.charAt(0)) || w.startsWith('ال') || w.slice(1).startsWith('ال') || w.startsWith('لل')) continue;
    const rest = w.slice(1);
    const withArticle = c(`ال${w}`) >= Math.max(3, 0.05 * n) && c(rest) <= n;
    const restElsewhere = c(rest) + [...LETTERS].filter((p) => p !== w[0]).reduce((s, p) => s + c(p + rest), 0);
    if (withArticle || restElsewhere * 20 < n) words.push(w);
  }
  const manual = loadData('gazetteer/unsplit-words.manual.yaml', Manual);
  const removed = new Set(manual.remove.map(normaliseArabic));
  // Words of gazetteer names that begin with a clitic letter (بيونغ، بالاو، فرانسوا) are names, not clitic + stem.
  const { gazetteerWords } = await import('../src/recognise/gazetteer.ts');
  // But a name word made of a clitic chain with the article and a common noun (للطاقة، والتعاون،
  // بالأمم) is that chain + noun: kept whole it would hide the noun everywhere else (اتفاقية للطاقة).
  const chained = (w: string): boolean => {
    const m = /^(لل|[وفبك]ال)/.exec(w);
    return !!m && c(`ال${w.slice(m[0].length)}`) >= CHAINED_NOUN_MIN;
  };
  const names = gazetteerWords().map(normaliseArabic)
    .filter((w) => w.length >= 4 && LETTERS.includes(w.charAt(0)) && !w.startsWith('ال') && !chained(w));
  const all = [...new Set([...words, ...names, ...manual.add.map(normaliseArabic)])].filter((w) => !removed.has(w)).sort();
  writeFileSync(new URL('../data/gazetteer/unsplit-words.json', import.meta.url), `${JSON.stringify(all, null, 0)}\n`);
  console.log(`unsplit-words.json: ${all.length} words from ${counts.size} word types`);

  const stems = new Map<string, number>();
  const withArticle = new Map<string, number>();
  for (const [w, n] of counts) {
    const a = splitClitics(w);
    stems.set(a.stem, (stems.get(a.stem) ?? 0) + n);
    if (a.prefixes.includes('ال')) withArticle.set(a.stem, (withArticle.get(a.stem) ?? 0) + n);
  }
  const frequent = [...stems].filter(([st, n]) => st.length >= 2 && (afterNameCue.get(st) ?? 0) < Math.max(3, 0.02 * n))
    .sort((a, b) => b[1] - a[1]).slice(0, COMMON_WORDS);
  const common = frequent.map(([st]) => st).sort();
  // Nouns and adjectives take the article; foreign surnames (بوتين، كيري) almost never do.
  const nouns = frequent.filter(([st, n]) => (withArticle.get(st) ?? 0) >= 0.2 * n).map(([st]) => st).sort();
  writeFileSync(new URL('../data/gazetteer/common-words.json', import.meta.url), `${JSON.stringify({ common, nouns }, null, 0)}\n`);
  console.log(`common-words.json: ${common.length} stems, ${nouns.length} of them nouns`);
}

await main();
