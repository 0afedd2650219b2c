/**
 * A small graph in the model's shape, for the view's own tests (the seed-graph test uses the real
 * pipeline instead): two states party to an agreement with evidence, a leader who signed it, an
 * article that mentions them, its outlet, and a node whose text tries to break out of the page.
 */
import type { GraphBatch } from '../../src/model.ts';

const ev = (text: string, rule: string, sentence = 1) => ({ article: 'a1', sentence, start: 0, end: text.length, text, rule, confidence: 0.9 });

export function smallBatch(): GraphBatch {
  const rus = { label: 'State', id: 'RUS' } as const;
  const prk = { label: 'State', id: 'PRK' } as const;
  const ag = { label: 'Agreement', id: 'ag-test' } as const;
  const putin = { label: 'Leader', id: 'vladimir-putin' } as const;
  const art = { label: 'Article', id: 'a1' } as const;
  const signText = 'وقّع الطرفان معاهدة شراكة في العاصمة';
  return {
    nodes: [
      { ...rus, props: { name_en: 'Russia', name_ar: 'روسيا', aliases: ['روسية'], sources: ['a1'] } },
      { ...prk, props: { name_en: 'North Korea', name_ar: 'كوريا الشمالية', aliases: [], sources: ['a1'] } },
      { ...ag, props: { name_ar: 'معاهدة شراكة', name_en: null, kind: 'defense', status: 'signed', date: '2024-06-19', count: null, wikidata: null, sources: ['a1'] } },
      { ...putin, props: { name_en: 'Vladimir Putin', name_ar: 'فلاديمير بوتين', state: 'RUS', office: 'president', wikidata: null, aliases_ar: [], sources: ['a1'] } },
      { ...art, props: { title: 'عنوان المقال </script><b>x</b>', published: '2024-06-20', url: null, language: 'ar', hash: 'h', outlet: 'o1', tags: [], headlines: [] } },
      { label: 'Outlet', id: 'o1', props: { name: 'صحيفة' } },
      { label: 'State', id: 'TUR', props: { name_en: 'Türkiye', name_ar: 'تركيا', aliases: ['تركية'], sources: ['a1'] } },
      { label: 'City', id: 'pyongyang', props: { name_en: 'Pyongyang', name_ar: 'بيونغ يانغ', state: 'PRK', sources: ['a1'] } },
    ],
    edges: [
      { type: 'PARTY_TO', from: rus, to: ag, key: '', props: { evidence: [ev(signText, 'agreement.signed')], sources: ['a1'] } },
      { type: 'PARTY_TO', from: prk, to: ag, key: '', props: { evidence: [ev(signText, 'agreement.signed')], sources: ['a1'] } },
      { type: 'SIGNED', from: putin, to: ag, key: '', props: { date: '2024-06-19', evidence: [ev(signText, 'agreement.signatory')], sources: ['a1'] } },
      { type: 'HOLDS_OFFICE', from: putin, to: rus, key: '', props: { office: 'president', from: null, to: null, evidence: [], sources: ['a1'] } },
      { type: 'MENTIONS', from: art, to: rus, key: '', props: { count: 3 } },
      { type: 'MENTIONS', from: art, to: prk, key: '', props: { count: 2 } },
      { type: 'PUBLISHED_BY', from: art, to: { label: 'Outlet', id: 'o1' }, key: '', props: {} },
      { type: 'LOCATED_IN', from: { label: 'City', id: 'pyongyang' }, to: prk, key: '', props: {} },
    ],
  };
}
