/**
 * A synthetic graph shaped like the whole SaudiNewsNet graph (31k articles, thousands of entities
 * with a few very popular ones, MENTIONS in the hundreds of thousands, fact edges with evidence),
 * for checking that the view page stays responsive at that size.
 */
import countries from 'i18n-iso-countries';
import type { MultiDirectedGraph } from 'graphology';
import { defined } from '../../src/errors.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { type EdgeRecord, type NodeLabel, type NodeRecord, uncheckedNode } from '../../src/model.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { rng } from '../store/helpers/synthetic.ts';

const ENTITY_MIX: [NodeLabel, number][] = [['State', 200], ['Leader', 600], ['Person', 2000], ['City', 500], ['Organization', 600], ['UNBody', 6]];
const SENTENCE = 'وقع وزيرا خارجية البلدين اتفاقية للتعاون الاقتصادي والأمني خلال زيارة رسمية استمرت يومين وشملت محادثات موسعة حول القضايا الإقليمية';

const ISO3 = Object.keys(countries.getAlpha3Codes()).filter((c) => c !== 'RUS').sort();

export function syntheticCorpusGraph(articles = 31_000, seed = 7): MultiDirectedGraph {
  const rand = rng(seed);
  const g = emptyGraph();
  const entities: NodeRecord[] = [];
  for (const [label, n] of ENTITY_MIX) {
    for (let i = 0; i < n; i++) {
      // States have real ISO codes, so the map places them.
      const id = label === 'State' ? (i === 0 ? 'RUS' : defined(ISO3[i], `ISO code ${i}`)) : `${label.toLowerCase()}-${i}`;
      const props: Record<string, unknown> = label === 'State' && i === 0
        ? { name_en: 'Russia', name_ar: 'روسيا', aliases: [], sources: [] }
        : { name_en: `${label} ${i}`, name_ar: `كيان ${label} رقم ${i}`, aliases: [], sources: [], state: null, office: null, wikidata: null, role: null };
      entities.push(uncheckedNode(label, id, props));
    }
  }
  applyBatch(g, { nodes: entities, edges: [] });
  // Popularity falls off steeply (a few entities in thousands of articles, most in a handful).
  const popularIn = <T>(xs: T[]): T => defined(xs[Math.floor(xs.length * rand() ** 3)], 'a synthetic entity');
  const popular = () => popularIn(entities);
  const states = entities.filter((e) => e.label === 'State');
  const popularState = () => popularIn(states);
  for (let a = 0; a < articles; a++) {
    const art = { label: 'Article', id: `https://example.org/news/${a}` } as const;
    const outlet = { label: 'Outlet', id: `outlet-${a % 14}` } as const;
    const nodes: NodeRecord[] = [
      { ...art, props: { title: `عنوان خبر تجريبي رقم ${a} عن العلاقات الدولية`, published: '2015-07-01', url: art.id, language: 'ar', hash: `h${a}`, outlet: outlet.id, tags: [], headlines: [] } },
      { ...outlet, props: { name: `صحيفة ${a % 14}` } },
    ];
    const edges: EdgeRecord[] = [{ type: 'PUBLISHED_BY', from: art, to: outlet, key: '', props: {} }];
    for (let m = 0; m < 5; m++) {
      const e = popular();
      edges.push({ type: 'MENTIONS', from: art, to: { label: e.label, id: e.id }, key: '', props: { count: 1 + (m % 3) } });
    }
    if (rand() < 0.3) {
      const [s1, s2] = [popularState(), popularState()];
      if (s1 !== s2) {
        const ag = { label: 'Agreement', id: `agreement:${[s1.id, s2.id].sort().join('+')}:cooperation:${a % 12}` } as const;
        nodes.push({ ...ag, props: { name_ar: 'اتفاقية تعاون', name_en: null, kind: 'cooperation', status: 'signed', date: `2015-${String(1 + (a % 12)).padStart(2, '0')}-01`, count: null, wikidata: null, sources: [art.id] } });
        const evidence = [{ article: art.id, sentence: 2, start: 100, end: 100 + SENTENCE.length, text: SENTENCE, rule: 'agreement.signed', confidence: 0.8 }];
        for (const s of [s1, s2]) edges.push({ type: 'PARTY_TO', from: { label: 'State', id: s.id }, to: ag, key: '', props: { evidence, sources: [art.id] } });
      }
    }
    applyBatch(g, { nodes, edges });
  }
  return g;
}
