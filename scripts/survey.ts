/**
 * Survey of the recogniser over SaudiNewsNet (reserved urls excluded): throughput of normalise +
 * recognise, the most frequent states, leaders and bodies, the share of articles with a state, and a
 * seeded random sample of articles with their entities for reading by hand.
 * Run: npm run survey -- [--sample 20] [--seed 7]
 */
import { ArticleRecord, type Document } from '../src/model.ts';
import { normalise } from '../src/normalise/index.ts';
import { readCorpus } from '../src/load/corpus.ts';
import { recognise } from '../src/recognise/index.ts';
import { mulberry32 as rng } from '../src/random.ts';
import { helpOnRequest } from './help.ts';

const USAGE = `usage: npm run survey -- [--sample N] [--seed S]

Throughput of normalise + recognise over the corpus, the most frequent states, leaders and bodies,
and a seeded random sample of N articles (default 20) with their entities.`;
helpOnRequest(USAGE);

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}


async function main(): Promise<void> {
  const records = (await readCorpus()).filter((r) => r.content.trim());
  const articles = records.map((r, i) => ArticleRecord.parse({
    id: r.url, title: r.title, text: r.content, published: r.date_extracted?.slice(0, 10) ?? null, outlet: r.source, url: r.url,
    origin: { file: 'saudinewsnet', record: i + 1 },
  }));
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const docs: Document[] = [];
  for (const a of articles) { const d = normalise(a); recognise(d); docs.push(d); }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  // CPU time as well as wall time: on a shared machine the wall clock counts other processes' work.
  console.log(`articles: ${docs.length}, ${(bytes / docs.length / 1024).toFixed(2)} KB each; normalise+recognise: wall ${(ms / 1000).toFixed(1)} s = ${Math.round(docs.length / (ms / 1000))} articles/s, CPU ${cpuS.toFixed(1)} s = ${Math.round(docs.length / cpuS)} articles/s`);

  const perDoc = (kind: string) => {
    const c = new Map<string, number>();
    for (const d of docs) for (const id of new Set(d.mentions.filter((m) => m.kind === kind).map((m) => m.id))) c.set(id, (c.get(id) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1]).slice(0, 30);
  };
  const withState = docs.filter((d) => d.mentions.some((m) => m.kind === 'State')).length;
  console.log(`articles with at least one state: ${withState} (${((100 * withState) / docs.length).toFixed(1)}%)`);
  for (const kind of ['State', 'Leader', 'UNBody', 'Organization', 'Person']) {
    console.log(`\ntop ${kind} (articles mentioning):`);
    console.log(perDoc(kind).map(([id, n]) => `${id} ${n}`).join(', '));
  }

  const n = option('sample', 20);
  const next = rng(option('seed', 7));
  console.log(`\n--- random sample of ${n} articles ---`);
  for (let k = 0; k < n; k++) {
    const d = docs[Math.floor(next() * docs.length)];
    if (!d) break;
    console.log(`\n# ${d.article.url} (${d.article.published})\n${d.text.slice(0, 600).replace(/\s+/g, ' ')}…`);
    const seen = new Map<string, string>();
    for (const m of d.mentions) if (!seen.has(`${m.kind}:${m.id}`)) seen.set(`${m.kind}:${m.id}`, `${m.kind} ${m.id} «${m.text}» ${m.via}${m.office ? ` ${m.office}` : ''}${m.state ? ` ${m.state}` : ''}`);
    console.log([...seen.values()].map((s) => `  - ${s}`).join('\n'));
  }
}

await main();
