// Synthetic graph batches for store tests: every label and edge type, ids repeated across batches,
// the same fact reported by several articles (evidence to merge), and edges told apart by key.
import type { EdgeRecord, Evidence, GraphBatch, NodeRecord } from '../../../src/model.ts';
import { mulberry32 } from '../../../src/random.ts';

/** A small deterministic pseudo-random generator (mulberry32), so a failing case can be replayed. */
export const rng = mulberry32;

const STATES = [['SAU', 'Saudi Arabia', 'السعودية'], ['RUS', 'Russia', 'روسيا'], ['VNM', 'Viet Nam', 'فيتنام'], ['PRK', "Korea (Democratic People's Republic of)", 'كوريا الشمالية'], ['USA', 'United States', 'الولايات المتحدة']] as const;
const LEADERS = [['vladimir-putin', 'Vladimir Putin', 'بوتين', 'RUS'], ['kim-jong-un', 'Kim Jong Un', 'كيم جونغ أون', 'PRK'], ['salman', null, 'سلمان بن عبدالعزيز', 'SAU']] as const;


export function evidence(article: string, sentence: number, rule: string, text = 'نص الجملة'): Evidence {
  return { article, sentence, start: sentence * 10, end: sentence * 10 + 5, text, rule, confidence: 0.75 };
}

/** The batch one article of the synthetic corpus would give. */
export function articleBatch(i: number, rand: () => number): GraphBatch {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const art = `art-${i}`;
  const outlet = pick(['aawsat', 'okaz', 'عربي21']);
  const nodes: NodeRecord[] = [
    { label: 'Article', id: art, props: { title: rand() < 0.2 ? null : `عنوان ${i}`, published: `2015-07-${String(1 + (i % 28)).padStart(2, '0')}`, url: `http://example.com/${i}`, language: 'ar', hash: `h${i}`, outlet, tags: [pick(['سياسة', 'اقتصاد']), 'أخبار'], headlines: [] } },
    { label: 'Outlet', id: outlet, props: { name: outlet } },
  ];
  const edges: EdgeRecord[] = [
    { type: 'PUBLISHED_BY', from: { label: 'Article', id: art }, to: { label: 'Outlet', id: outlet }, key: '', props: {} },
  ];
  if (rand() < 0.2) edges.push({ type: 'RELATED_TO', from: { label: 'Article', id: art }, to: { label: 'Article', id: `art-${i + 1}` }, key: '', props: {} });
  const [s1, s2] = [pick(STATES), pick(STATES)];
  for (const [id, en, ar] of [s1, s2]) {
    nodes.push({ label: 'State', id, props: { name_en: en, name_ar: ar, aliases: rand() < 0.5 ? [ar] : [`${ar} ${i % 3}`], sources: [art] } });
    edges.push({ type: 'MENTIONS', from: { label: 'Article', id: art }, to: { label: 'State', id }, key: '', props: { count: 1 + Math.floor(rand() * 3) } });
  }
  const [lid, len, lar, lstate] = pick(LEADERS);
  nodes.push({ label: 'Leader', id: lid, props: { name_en: len, name_ar: lar, state: lstate, office: rand() < 0.5 ? null : 'president', wikidata: null, aliases_ar: [], sources: [art] } });
  edges.push({ type: 'HOLDS_OFFICE', from: { label: 'Leader', id: lid }, to: { label: 'State', id: lstate }, key: 'president', props: { office: 'president', from: null, to: null, evidence: [evidence(art, 0, 'office-title')], sources: [art] } });
  const rnd = rand();
  if (rnd < 0.3) {
    const date = pick(['2024-06-19', '2024-06-20']);
    const agr = `agreement:${[s1[0], s2[0]].sort().join('+')}:defense:${date.slice(0, 7)}`;
    nodes.push({ label: 'Agreement', id: agr, props: { name_ar: 'معاهدة شراكة', name_en: null, kind: 'defense', status: 'signed', date: rand() < 0.5 ? null : date, count: null, wikidata: null, sources: [art] } });
    for (const s of [s1, s2]) edges.push({ type: 'PARTY_TO', from: { label: 'State', id: s[0] }, to: { label: 'Agreement', id: agr }, key: '', props: { evidence: [evidence(art, 1, 'agreement-parties')], sources: [art] } });
    edges.push({ type: 'SIGNED', from: { label: 'Leader', id: lid }, to: { label: 'Agreement', id: agr }, key: '', props: { date, evidence: [evidence(art, 1, 'signed-by')], sources: [art] } });
  } else if (rnd < 0.45) {
    const dr = `draft:UNSC:2024-03-28:${s1[0]}`;
    nodes.push({ label: 'DraftResolution', id: dr, props: { subject: rand() < 0.5 ? null : 'لجنة الخبراء', date: '2024-03-28', symbol: null, sources: [art] } });
    nodes.push({ label: 'UNBody', id: 'UNSC', props: { name_en: 'Security Council', name_ar: 'مجلس الأمن', sources: [art] } });
    edges.push({ type: 'VETOED', from: { label: 'State', id: s1[0] }, to: { label: 'DraftResolution', id: dr }, key: '', props: { date: '2024-03-28', evidence: [evidence(art, 2, 'veto')], sources: [art] } });
    edges.push({ type: 'PUT_TO', from: { label: 'DraftResolution', id: dr }, to: { label: 'UNBody', id: 'UNSC' }, key: '', props: { evidence: [evidence(art, 2, 'veto')], sources: [art] } });
  } else if (rnd < 0.7) {
    const date = pick(['2024-06-20', '2024-06-21', null]);
    nodes.push({ label: 'City', id: 'hanoi', props: { name_en: 'Hanoi', name_ar: 'هانوي', state: 'VNM', sources: [art] } });
    edges.push({ type: 'LOCATED_IN', from: { label: 'City', id: 'hanoi' }, to: { label: 'State', id: 'VNM' }, key: '', props: {} });
    // Two visits on different dates are two edges; the same visit reported twice is one.
    edges.push({ type: 'VISITED', from: { label: 'Leader', id: lid }, to: { label: 'State', id: 'VNM' }, key: date ?? '', props: { date, city: 'hanoi', status: 'done', host: null, evidence: [evidence(art, 3, 'visit-arrive')], sources: [art] } });
  } else {
    const other = pick(LEADERS);
    nodes.push({ label: 'Person', id: 'expert-1', props: { name_ar: 'خبير', name_en: null, role: 'خبير', sources: [art] } });
    nodes.push({ label: 'Organization', id: 'asean', props: { name_en: 'ASEAN', name_ar: 'آسيان', sources: [art] } });
    edges.push({ type: 'MET', from: { label: 'Leader', id: lid }, to: { label: 'Leader', id: other[0] }, key: '', props: { date: null, place: rand() < 0.5 ? null : 'hanoi', evidence: [evidence(art, 4, 'met'), evidence(art, 4, 'met')], sources: [art] } });
    edges.push({ type: 'MENTIONS', from: { label: 'Article', id: art }, to: { label: 'Organization', id: 'asean' }, key: '', props: { count: 1 } });
    edges.push({ type: 'MENTIONS', from: { label: 'Article', id: art }, to: { label: 'Person', id: 'expert-1' }, key: '', props: { count: 2 } });
  }
  return { nodes, edges };
}

/** `n` article batches from one seed. */
export function syntheticCorpus(n: number, seed = 1): GraphBatch[] {
  const rand = rng(seed);
  return Array.from({ length: n }, (_, i) => articleBatch(i, rand));
}
