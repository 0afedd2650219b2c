/**
 * Collect the robustness suite's seeds: every relation sentence written in the relation tests
 * (test/relate/*.test.ts), with the facts the tests' own harness gives it (factsOf: the real
 * normaliser and relate with the tests' cast of hand-placed mentions; extract() for the corpus
 * sentences, which those tests run through the real pipeline). The tests assert these facts, so
 * they are the sentence's known facts. Then every sentence of the seed page (seed/) that holds a
 * fact, with the facts extract() reads there in the whole article: test/relate/seed.test.ts scores
 * that article's agreements, vetoes and visits at precision and recall 1 against its gold (its
 * meetings are not scored). Then every example of the relation patterns (data/patterns/*.yaml
 * `examples:`), read as test/relate/patterns.test.ts reads it (the normaliser and relate with
 * PATTERN_CAST), its source the pattern id; the facts the example lists (partial) must be among
 * them, or the collection stops. An example with a `title:` is left out: its fact comes from the
 * headline, and a seed is a body sentence only. Output: test/robustness/seeds.jsonl, one seed a line:
 *   {id, source, text, published, facts: [{type, parties|by|visitor,to|a,b, status}]}
 * Run: npx tsx scripts/robustness/collect-seeds.ts (test/robustness/robustness.test.ts checks the file is current).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleRecord } from '../../src/model.ts';
import { loadArticles } from '../../src/load/load.ts';
import { extract } from '../../src/pipeline.ts';
import { CAST, PATTERN_CAST, VISIT_CAST, factsOf, type MentionSpec } from '../../test/relate/helpers.ts';
import { loadData } from '../../src/data.ts';
import { PatternFile } from '../../src/relate/patterns/schema.ts';
import { factKeys } from '../../src/robustness/facts.ts';
import type { Seed } from '../../src/robustness/perturb.ts';

const DIR = 'test/relate';
/** Files whose sentences are not relation sentences (date grammar, lexicon checks). */
const SKIP = new Set(['dates.test.ts', 'dates-ordinal.test.ts', 'lexicon.test.ts', 'seed.test.ts']);
/** Files whose tests run the real pipeline rather than the hand-placed cast. */
const REAL = new Set(['corpus-sentences.test.ts', 'agreements-audit.test.ts', 'agreements-audit2.test.ts', 'agreements-audit4.test.ts', 'visits-visitor-r9.test.ts', 'visits-recall-r11.test.ts']);
/** The extra cast some test files add to CAST (their own describe-level casts, merged). */
const EXTRA: MentionSpec[] = [
  { text: 'بريطانيا', kind: 'State', id: 'GBR' },
  { text: 'روسي', kind: 'State', id: 'RUS', via: 'nisba' },
  { text: 'صيني', kind: 'State', id: 'CHN', via: 'nisba' },
  // The organisations some tests add, under the ids the real recogniser gives them.
  { text: 'البنك الدولي', kind: 'Organization', id: 'WORLD_BANK' },
  { text: 'الاتحاد الأوروبي', kind: 'Organization', id: 'EU' },
  { text: 'الوكالة الدولية للطاقة الذرية', kind: 'UNBody', id: 'IAEA' },
  { text: 'مجموعة 5+1', kind: 'Organization', id: 'P5_PLUS_1' },
  ...VISIT_CAST,
];
const DEFAULT_DATE: Record<string, string> = { 'vetoes-traps.test.ts': '2016-10-09' };

const ARABIC = /[\u0621-\u064a]/;
// A quoted literal ('…' or "…"), then optionally ", 'YYYY-MM-DD'" (the published date argument).
const LITERAL = /(['"])((?:(?!\1)[^\\\n]|\\.)*)\1(?:\s*,\s*(['"])(\d{4}-\d{2}-\d{2})\3)?/g;

export const SEEDS_FILE = 'test/robustness/seeds.jsonl';
const SEED_PAGE = 'seed/putin-vietnam-2024.txt';
const PATTERNS = 'data/patterns';
/** The adjunct vocabulary the pattern files share: no patterns of its own. */
const NOT_PATTERNS = new Set(['adjuncts.yaml']);

/** Does `got` hold everything `want` states (objects key by key, arrays item by item)? */
function holds(got: unknown, want: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(got) && got.length === want.length && want.every((w, i) => holds(got[i], w));
  if (want && typeof want === 'object') return !!got && typeof got === 'object' && Object.entries(want).every(([k, w]) => holds((got as Record<string, unknown>)[k], w));
  return got === want;
}

/** Every relation sentence of the relation tests with its known facts, in file and line order. */
export async function collectSeeds(): Promise<Seed[]> {
  const seeds: Seed[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.test.ts') && !SKIP.has(f)).sort()) {
    const src = readFileSync(join(DIR, file), 'utf8');
    const lines = src.split('\n');
    // A file that reads its sentences through extractedFacts()/extractedAgreements() runs the real pipeline too.
    const real = REAL.has(file) || /\bextracted(?:Facts|Agreements)\(/.test(src);
    lines.forEach((line, n) => {
      for (const m of line.matchAll(LITERAL)) {
        const text = m[2]!; // group 2 always takes part in a match, if only empty
        // A sentence: Arabic, at least four words (not a surface form of the cast, not a cue word).
        if (!ARABIC.test(text) || text.trim().split(/\s+/).length < 4) continue;
        if (/^(it|describe)\(/.test(line.trim()) && line.indexOf(m[0]) < line.indexOf(',')) continue; // a test title
        const published = m[4] ?? DEFAULT_DATE[file] ?? '2024-06-20';
        const key = `${text}|${published}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const facts = real
          ? extract(ArticleRecord.parse({ id: 'seed', title: null, text, published, outlet: null, url: null, origin: { file: 'seed' } })).doc.facts
          : factsOf(text, published, [...CAST, ...EXTRA]);
        seeds.push({ id: `${file.replace('.test.ts', '')}:${n + 1}:${seeds.length}`, source: `${DIR}/${file}:${n + 1}`, text, published, facts: factKeys(facts) });
      }
    });
  }
  for await (const article of loadArticles([SEED_PAGE], { onProblem: (p) => { throw new Error(`${p.file}: ${p.reason}`); } })) {
    const { doc } = extract(article);
    doc.sentences.forEach((sentence, n) => {
      const facts = doc.facts.filter((f) => f.evidence.some((e) => e.sentence === n));
      const text = sentence.text.trim();
      const published = article.published ?? '2024-06-20';
      if (!facts.length || seen.has(`${text}|${published}`)) return;
      seen.add(`${text}|${published}`);
      seeds.push({ id: `seed-page:${article.id}:${n}`, source: `${SEED_PAGE} (${article.id}, sentence ${n})`, text, published, facts: factKeys(facts) });
    });
  }
  for (const file of readdirSync(PATTERNS).filter((f) => f.endsWith('.yaml') && !NOT_PATTERNS.has(f)).sort()) {
    const P = loadData(`patterns/${file}`, PatternFile);
    for (const p of P.patterns) {
      p.examples.forEach((ex, n) => {
        const published = ex.published ?? '2024-06-20';
        const key = `${ex.text}|${published}`;
        if (ex.title !== undefined || seen.has(key)) return;
        seen.add(key);
        const facts = factsOf(ex.text, published, PATTERN_CAST);
        const own = facts.filter((f) => f.type === P.relation);
        for (const want of ex.facts ?? []) {
          if (!own.some((f) => holds(f, want))) throw new Error(`${PATTERNS}/${file}: ${p.id} example ${n + 1} does not give ${JSON.stringify(want)} (npx vitest run test/relate/patterns.test.ts)`);
        }
        seeds.push({ id: `pattern:${p.id}:${n + 1}`, source: `${p.id} (${PATTERNS}/${file}, example ${n + 1})`, text: ex.text, published, facts: factKeys(facts) });
      });
    }
  }
  return seeds;
}

export const seedsJsonl = (seeds: Seed[]): string => seeds.map((s) => JSON.stringify(s)).join('\n') + '\n';

if (process.argv[1]?.endsWith('collect-seeds.ts')) {
  const { helpOnRequest } = await import('../help.ts');
  helpOnRequest(`usage: npx tsx scripts/robustness/collect-seeds.ts

Collects every relation sentence of test/relate/*.test.ts, the seed page's fact sentences and the
examples of data/patterns/*.yaml, with the facts the tests give them, into
test/robustness/seeds.jsonl (the robustness suite's seeds).`);
  const seeds = await collectSeeds();
  writeFileSync(SEEDS_FILE, seedsJsonl(seeds));
  const withFacts = seeds.filter((s) => s.facts.length).length;
  console.log(`${seeds.length} seed sentences (${withFacts} with facts, ${seeds.length - withFacts} with none) → ${SEEDS_FILE}`);
}
