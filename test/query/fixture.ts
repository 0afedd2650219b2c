/**
 * A small graph in the model's shape for the query tests: three articles, states, bodies, leaders,
 * agreements (signed and planned), vetoes (one with a body, one without), visits (done and planned),
 * a meeting and a city. Written through the stores' own writers, so the layout is theirs.
 */
import type { MultiDirectedGraph } from 'graphology';
import { applyBatch } from '../../src/store/embedded.ts';
import { type EdgeRecord, type EdgeType, type Evidence, type GraphBatch, type NodeLabel, type NodeRecord, uncheckedEdge, uncheckedNode } from '../../src/model.ts';
import { emptyGraph } from '../../src/store/graph.ts';

const SEED = 'putin-vietnam-2024';
const GAZA = 'veto-gaza-2023';
const RIYADH = 'blinken-riyadh-2024';

const nodes: NodeRecord[] = [];
const edges: EdgeRecord[] = [];
const node = (label: NodeLabel, id: string, props: Record<string, unknown>) => nodes.push(uncheckedNode(label, id, props));
const ref = (label: NodeLabel, id: string) => ({ label, id });
function ev(article: string, sentence: number, text: string, rule: string): Evidence {
  return { article, sentence, start: sentence * 100, end: sentence * 100 + text.length, text, rule, confidence: 0.9 };
}
function edge(type: EdgeType, from: [NodeLabel, string], to: [NodeLabel, string], key: string, props: Record<string, unknown>) {
  edges.push(uncheckedEdge(type, ref(...from), ref(...to), key, props));
}

// ---- articles and outlets ----
node('Outlet', 'arabi21', { name: 'عربي21' });
for (const [id, published, title] of [
  [SEED, '2024-06-20', 'بوتين في فيتنام'], [GAZA, '2023-12-08', 'فيتو أمريكي'], [RIYADH, '2024-03-20', 'بلينكن في الرياض'],
] as const) {
  node('Article', id, { title, published, url: null, language: 'ar', hash: `h-${id}`, outlet: 'arabi21', tags: [], headlines: [] });
  edge('PUBLISHED_BY', ['Article', id], ['Outlet', 'arabi21'], '', {});
}

// ---- states and bodies ----
const states: [string, string, string, string[], string[]][] = [
  ['RUS', 'Russia', 'روسيا', ['روسيا الاتحادية'], [SEED]],
  ['PRK', 'North Korea', 'كوريا الشمالية', ['كوريا الديمقراطية'], [SEED]],
  ['VNM', 'Vietnam', 'فيتنام', [], [SEED]],
  ['UKR', 'Ukraine', 'أوكرانيا', [], [SEED]],
  ['USA', 'United States', 'الولايات المتحدة', ['أمريكا'], [GAZA, RIYADH]],
  ['SAU', 'Saudi Arabia', 'السعودية', ['المملكة العربية السعودية'], [RIYADH]],
];
for (const [id, name_en, name_ar, aliases, sources] of states) {
  node('State', id, { name_en, name_ar, aliases, sources });
  for (const a of sources) edge('MENTIONS', ['Article', a], ['State', id], '', { count: 2 });
}
node('UNBody', 'UNSC', { name_en: 'Security Council', name_ar: 'مجلس الأمن', sources: [SEED, GAZA] });
node('UNBody', 'UN', { name_en: 'United Nations', name_ar: 'الأمم المتحدة', sources: [SEED] });
edge('MENTIONS', ['Article', SEED], ['UNBody', 'UNSC'], '', { count: 1 });
// An article that MENTIONS a body without listing it in the body's sources: sources are the union.
edge('MENTIONS', ['Article', RIYADH], ['UNBody', 'UN'], '', { count: 1 });

// ---- leaders and offices ----
const leaders: [string, string | null, string, string, string, string, string | null, string][] = [
  ['vladimir-putin', 'Vladimir Putin', 'فلاديمير بوتين', 'RUS', 'president', '2012-05-07', null, SEED],
  ['kim-jong-un', 'Kim Jong Un', 'كيم جونغ أون', 'PRK', 'supreme leader', '2011-12-17', null, SEED],
  ['to-lam', 'Tô Lâm', 'تو لام', 'VNM', 'president', '2024-05-22', null, SEED],
  ['antony-blinken', 'Antony Blinken', 'أنتوني بلينكن', 'USA', 'foreign minister', '2021-01-26', '2025-01-20', RIYADH],
  ['mohammed-bin-salman', 'Mohammed bin Salman', 'محمد بن سلمان', 'SAU', 'crown prince', '2017-06-21', null, RIYADH],
  // A leader known only by an Arabic name, with no term on record.
  ['نبيل-عمار', null, 'نبيل عمار', 'PSE', 'envoy', '', null, GAZA],
];
for (const [id, name_en, name_ar, state, office, from, to, source] of leaders) {
  node('Leader', id, { name_en, name_ar, state, office, wikidata: null, sources: [source] });
  edge('MENTIONS', ['Article', source], ['Leader', id], '', { count: 1 });
  if (from) {
    edge('HOLDS_OFFICE', ['Leader', id], ['State', state], office, {
      office, from, to, sources: [source], evidence: [ev(source, 1, `${name_ar} ${office}`, 'office-title')],
    });
  }
}
node('Person', 'kamran-gasanov', { name_ar: 'كامران غاسانوف', name_en: 'Kamran Gasanov', role: 'خبير', sources: [SEED] });
node('City', 'hanoi', { name_en: 'Hanoi', name_ar: 'هانوي', state: 'VNM', sources: [SEED] });
edge('LOCATED_IN', ['City', 'hanoi'], ['State', 'VNM'], '', {});

// ---- agreements ----
const DEFENCE = 'agreement:PRK+RUS:defense:2024-06';
const BATCH = 'agreement:RUS+VNM:cooperation:2024-06';
const PLANNED = 'agreement:SAU+USA:defense:planned';
node('Agreement', DEFENCE, { name_ar: 'اتفاق دفاع مشترك', kind: 'defense', status: 'signed', date: '2024-06-19', count: null, sources: [SEED] });
node('Agreement', BATCH, { name_ar: '11 اتفاقية ومذكرة تفاهم', kind: 'cooperation', status: 'signed', date: '2024-06-20', count: 11, sources: [SEED] });
node('Agreement', PLANNED, { name_ar: 'اتفاقية دفاعية', kind: 'Defense', status: 'planned', date: null, count: null, sources: [RIYADH] });
const s1 = 'وبعد يوم من توقيع اتفاق دفاع مشترك مع كوريا الشمالية';
const s2 = 'وشهد الرئيسان تبادل بلديهما لما وصل إلى 11 اتفاقية ومذكرة تفاهم';
for (const st of ['RUS', 'PRK']) edge('PARTY_TO', ['State', st], ['Agreement', DEFENCE], '', { sources: [SEED], evidence: [ev(SEED, 2, s1, 'agreement-signed')] });
for (const st of ['RUS', 'VNM']) edge('PARTY_TO', ['State', st], ['Agreement', BATCH], '', { sources: [SEED], evidence: [ev(SEED, 9, s2, 'agreement-exchanged')] });
for (const st of ['USA', 'SAU']) edge('PARTY_TO', ['State', st], ['Agreement', PLANNED], '', { sources: [RIYADH], evidence: [ev(RIYADH, 3, 'من المقرر توقيع اتفاقية دفاعية', 'agreement-planned')] });
for (const l of ['vladimir-putin', 'kim-jong-un']) {
  edge('SIGNED', ['Leader', l], ['Agreement', DEFENCE], '', { date: '2024-06-19', sources: [SEED], evidence: [ev(SEED, 2, s1, 'agreement-signed')] });
}

// ---- vetoes ----
const DPRK_DRAFT = 'draft:UNSC:undated:RUS';
const GAZA_DRAFT = 'draft:UNSC:2023-12-08:USA';
node('DraftResolution', DPRK_DRAFT, { subject: 'فريق خبراء العقوبات على كوريا الشمالية', date: null, symbol: null, sources: [SEED] });
node('DraftResolution', GAZA_DRAFT, { subject: 'وقف إطلاق النار في غزة', date: '2023-12-08', symbol: null, sources: [GAZA] });
edge('VETOED', ['State', 'RUS'], ['DraftResolution', DPRK_DRAFT], '', {
  date: null, sources: [SEED], evidence: [ev(SEED, 20, 'استخدمت موسكو مؤخرًا حق النقض (الفيتو) في مجلس الأمن', 'veto-used')],
});
edge('PUT_TO', ['DraftResolution', DPRK_DRAFT], ['UNBody', 'UNSC'], '', { sources: [SEED], evidence: [ev(SEED, 20, 'في مجلس الأمن', 'veto-body')] });
// No PUT_TO for this draft: the query counts it as a Security Council draft.
edge('VETOED', ['State', 'USA'], ['DraftResolution', GAZA_DRAFT], '', {
  date: '2023-12-08', sources: [GAZA], evidence: [ev(GAZA, 0, 'استخدمت الولايات المتحدة الفيتو ضد مشروع قرار', 'veto-used')],
});

// ---- visits and meetings ----
const visit = (who: string, to: string, date: string | null, city: string | null, status: string, host: string | null, source: string, text: string) =>
  edge('VISITED', ['Leader', who], ['State', to], `${date ?? 'undated'}:${status}`, {
    date, city, status, host, sources: [source], evidence: [ev(source, 12, text, status === 'done' ? 'visit-arrived' : 'visit-planned')],
  });
visit('vladimir-putin', 'PRK', '2024-06-19', null, 'done', 'kim-jong-un', SEED, 'ووصل بوتين إلى كوريا الشمالية في زيارة رسمية تاريخية');
visit('vladimir-putin', 'VNM', '2024-06-20', 'hanoi', 'done', 'to-lam', SEED, 'تلقى بوتين التحية خلال مراسم عسكرية في فيتنام');
visit('antony-blinken', 'SAU', '2024-03-20', 'riyadh', 'done', 'mohammed-bin-salman', RIYADH, 'وصل بلينكن إلى الرياض');
visit('mohammed-bin-salman', 'USA', null, null, 'planned', null, RIYADH, 'سيزور ولي العهد واشنطن');
edge('MET', ['Leader', 'to-lam'], ['Leader', 'vladimir-putin'], '2024-06-20', {
  date: '2024-06-20', place: 'hanoi', sources: [SEED], evidence: [ev(SEED, 8, 'وذلك لدى لقاء الرئيسين في هانوي', 'met')],
});

// Stored from the other end's id first (Blinken before bin Salman), so readings of MET must not rely on direction.
edge('MET', ['Leader', 'antony-blinken'], ['Leader', 'mohammed-bin-salman'], '2024-03-20', {
  date: '2024-03-20', place: 'riyadh', sources: [RIYADH], evidence: [ev(RIYADH, 4, 'والتقى بلينكن ولي العهد الأمير محمد بن سلمان', 'met')],
});

export const FIXTURE: GraphBatch = { nodes, edges };
export const IDS = { SEED, GAZA, RIYADH, DEFENCE, BATCH, PLANNED, DPRK_DRAFT, GAZA_DRAFT };

/** The fixture in the embedded layout, written by the embedded store's own merge. */
export function fixtureGraph(): MultiDirectedGraph {
  const g = emptyGraph();
  applyBatch(g, FIXTURE);
  return g;
}
