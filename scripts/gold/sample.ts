/**
 * Draws the SaudiNewsNet part of the development gold (issue #13) and fixes its train/test split.
 * Run once: `npx tsx scripts/gold/sample.ts > test/gold/snn-sample.json`. The draw is seeded, so
 * re-running it gives the same list; the list in the repo is the one annotated.
 *
 * Who is eligible: a non-reserved article whose text holds a trigger word of an agreement, veto or
 * visit (token-level, clitics allowed), that is not already in the gold, not a republished copy of
 * another eligible article, and shares no 8-word sequence with any reserved article (the corpus
 * republishes articles under other urls, so a url check alone would let a reserved text in).
 * How it is drawn: veto-trigger articles are rare, so they form their own pool (VETO_N articles);
 * the rest (REST_N) come from the agreement/visit pool. Both pools are stratified by outlet:
 * each outlet gets its share of the pool (at least MIN_PER_OUTLET where it has them).
 * The split: inside every stratum (pool × outlet) the drawn articles are shuffled and every
 * article goes to test when the running count of TEST_SHARE × position (from a random start)
 * crosses a whole number, so every stratum, small or large, sends about 45 % to test.
 */
import { readFileSync } from 'node:fs';
import { normaliseArabic } from '../../src/normalise/arabic.ts';
import { corpusZips, reservedUrls } from '../../src/load/corpus.ts';
import { zipEntries } from '../../src/load/zip.ts';
import { mulberry32 } from '../../src/random.ts';

const SEED = 13_2026;
const VETO_N = 40;
const REST_N = 230;
const MIN_PER_OUTLET = 4;
const TEST_SHARE = 0.45;
const MAX_WORDS = 1200; // longer pieces are mostly opinion columns and digests; noted in the README

// Token-level triggers (normalised letters: ة→ه, ى→ي, hamza forms → ا).
const PREFIX = '(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?';
const TRIGGERS: Record<'agreement' | 'veto' | 'visit', RegExp> = {
  agreement: new RegExp(`^${PREFIX}(?:اتفاق(?:يه|يات|ات|ا|ه|ها)?|معاهد(?:ه|ات)|توقيع|وقع(?:ت|ا|وا|تا)?|يوقع|توقع|ابرم(?:ت|ا)?|بروتوكول)$`),
  veto: new RegExp(`^${PREFIX}(?:فيتو|نقض)$`),
  visit: new RegExp(`^${PREFIX}(?:زيار(?:ه|ته|تها|تهم|ات)|زار(?:ت|وا|ا)?|يزور|تزور|جول(?:ه|ته|تها)|وصل(?:ت|وا)?|استقبل(?:ت|وا)?)$`),
};

interface Rec { source: string; url: string; date_extracted: string; title?: string | null; content: string }

async function zipRecords(file: string): Promise<Rec[]> {
  const chunks: Buffer[] = [];
  for await (const e of zipEntries(file)) {
    if (e.isDirectory || !e.name.endsWith('.json')) continue;
    for await (const c of await e.open()) chunks.push(c as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Rec[];
}

const words = (s: string): string[] => normaliseArabic(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const shingles = (ws: string[]): string[] => ws.slice(0, Math.max(0, ws.length - 7)).map((_, i) => ws.slice(i, i + 8).join(' '));

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

async function main(): Promise<void> {
  const reserved = reservedUrls();
  const inGold = new Set<string>();
  for (const f of ['test/gold/dev.gold.json']) for (const g of JSON.parse(readFileSync(f, 'utf8')) as { article: string }[]) inGold.add(g.article);

  const all: Rec[] = [];
  for (const z of corpusZips()) all.push(...(await zipRecords(z)));
  const reservedShingles = new Set<string>();
  for (const r of all) if (reserved.has(r.url)) for (const s of shingles(words(r.content))) reservedShingles.add(s);

  const seenText = new Set<string>();
  const pools: Record<'veto' | 'rest', Map<string, (Rec & { triggers: string[] })[]>> = { veto: new Map(), rest: new Map() };
  let eligible = 0;
  for (const r of all) {
    if (reserved.has(r.url) || inGold.has(r.url) || !r.content.trim()) continue;
    const ws = words(r.content);
    if (ws.length > MAX_WORDS) continue;
    const key = ws.slice(0, 60).join(' ');
    if (seenText.has(key)) continue;
    seenText.add(key);
    const triggers = (Object.keys(TRIGGERS) as (keyof typeof TRIGGERS)[]).filter((k) => ws.some((w) => TRIGGERS[k].test(w)));
    if (triggers.length === 0) continue;
    if (shingles(ws).some((s) => reservedShingles.has(s))) continue;
    eligible++;
    const pool = pools[triggers.includes('veto') ? 'veto' : 'rest'];
    const list = pool.get(r.source) ?? [];
    list.push({ ...r, triggers });
    pool.set(r.source, list);
  }

  const rand = mulberry32(SEED);
  const out: { url: string; outlet: string; date: string; triggers: string[]; pool: string; split: 'train' | 'test' }[] = [];
  for (const [poolName, n] of [['veto', VETO_N], ['rest', REST_N]] as const) {
    const pool = pools[poolName];
    const outlets = [...pool.keys()].sort();
    const total = outlets.reduce((s, o) => s + (pool.get(o)?.length ?? 0), 0);
    for (const o of outlets) {
      const arts = [...(pool.get(o) ?? [])].sort((a, b) => a.url.localeCompare(b.url));
      const share = Math.min(arts.length, Math.max(MIN_PER_OUTLET, Math.round((n * arts.length) / total)));
      const start = rand();
      shuffle(arts, rand).slice(0, share).forEach((a, i) => {
        const test = Math.floor((i + 1) * TEST_SHARE + start) > Math.floor(i * TEST_SHARE + start);
        out.push({ url: a.url, outlet: o, date: a.date_extracted.slice(0, 10), triggers: a.triggers, pool: poolName, split: test ? 'test' : 'train' });
      });
    }
  }
  process.stderr.write(`eligible ${eligible}; drawn ${out.length}; test ${out.filter((o) => o.split === 'test').length}\n`);
  process.stdout.write(JSON.stringify({ seed: SEED, veto_n: VETO_N, rest_n: REST_N, max_words: MAX_WORDS, articles: out }, null, 1) + '\n');
}

await main();
