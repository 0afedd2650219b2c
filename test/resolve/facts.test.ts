import { describe, expect, it } from 'vitest';
import { type AgreementFact, type Document, EdgeRecord, Evidence, evidenceOf, type GraphBatch, NodeRecord } from '../../src/model.ts';
import { relate } from '../../src/relate/index.ts';
import { agreementId, factGraph, mergeAgreements, sameAgreement } from '../../src/resolve/facts.ts';
import { mergeProps } from '../../src/store/merge.ts';
import { docOf } from '../relate/helpers.ts';

const graphOf = (text: string, id = 'a1', published: string | null = '2024-06-20'): { doc: Document; batch: GraphBatch } => {
  const doc = docOf(text, published, undefined, id);
  relate(doc);
  return { doc, batch: factGraph(doc) };
};
const agreementNodes = (b: GraphBatch) => b.nodes.filter((n) => n.label === 'Agreement');

const fact = (over: Partial<AgreementFact>): AgreementFact => ({
  type: 'agreement', name_ar: 'اتفاقية', kind: 'defense', status: 'signed', date: '2024-06-19', count: null,
  parties: [{ label: 'State', id: 'RUS' }, { label: 'State', id: 'PRK' }], signatories: [],
  evidence: [{ article: 'a', sentence: 0, start: 0, end: 1, text: 'x', rule: 'agreement:signing-verb|date:weekday', confidence: 0.9 }],
  ...over,
});

describe('one node per real agreement: the merge rule', () => {
  it('merges mentions of one treaty in an article (defence pact = comprehensive partnership agreement)', () => {
    // Jordan, not North Korea: the registry holds the 2024 Russia–DPRK treaty, which would take both
    // mentions by its own id (next test), and this one is about the content-derived merge.
    const { batch } = graphOf('وبعد يوم من توقيع اتفاق دفاع مشترك مع الأردن، وصل بوتين إلى فيتنام. وكان بوتين أعلن توقيع اتفاقية الشراكة الشاملة مع الأردن.');
    const nodes = agreementNodes(batch);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ id: 'agr:JOR+RUS:alliance:2024-06', props: { kind: 'defense', date: '2024-06-19', name_ar: 'اتفاق دفاع مشترك' } });
    const partyTo = batch.edges.filter((e) => e.type === 'PARTY_TO');
    expect(partyTo.map((e) => e.from.id).sort()).toEqual(['JOR', 'RUS']);
    expect(partyTo[0]?.props.evidence).toHaveLength(2);
  });

  it('merges mentions of a registry treaty into its registry node (the Russia–DPRK treaty of 2024-06-19)', () => {
    const { batch } = graphOf('وبعد يوم من توقيع اتفاق دفاع مشترك مع كوريا الشمالية، وصل بوتين إلى فيتنام. وكان بوتين أعلن توقيع اتفاقية الشراكة الشاملة مع كوريا الشمالية.');
    const nodes = agreementNodes(batch);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ id: 'russia-dprk-partnership-2024' });
    const partyTo = batch.edges.filter((e) => e.type === 'PARTY_TO');
    expect(partyTo.map((e) => e.from.id).sort()).toEqual(['PRK', 'RUS']);
  });

  it('merges a batch with the plural mention of the same batch', () => {
    const { batch } = graphOf('ووقعت روسيا وفيتنام اتفاقات في مجالات منها الطاقة. وشهد بوتين وتو لام تبادل 11 اتفاقية بين روسيا وفيتنام.');
    const nodes = agreementNodes(batch);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]?.props).toMatchObject({ count: 11, kind: 'cooperation' });
  });

  it('must not merge two different agreements between the same states (another kind group)', () => {
    const { batch } = graphOf('ووقعت السعودية وفرنسا اتفاقية للدفاع. كما وقعت السعودية وفرنسا اتفاقية تجارية.');
    const ids = agreementNodes(batch).map((n) => n.id).sort();
    expect(ids).toEqual(['agr:FRA+SAU:alliance:2024-06', 'agr:FRA+SAU:trade:2024-06']);
  });

  it('must not merge the same kind signed months apart, in one article or across articles', () => {
    expect(sameAgreement(fact({ date: '2024-06-19' }), fact({ date: '2023-09-13' }))).toBe(false);
    expect(mergeAgreements([fact({ date: '2024-06-19' }), fact({ date: '2023-09-13' })])).toHaveLength(2);
    expect(agreementId(fact({ date: '2024-06-19' }), null)).not.toBe(agreementId(fact({ date: '2023-09-13' }), null));
  });

  it('gives the same id to the same signing reported by two articles, so the stores merge them and union sources', () => {
    const a = graphOf('ووقع بوتين وكيم جونغ أون معاهدة للدفاع المشترك بين روسيا وكوريا الشمالية الأربعاء.', 'art-1', '2024-06-20');
    const b = graphOf('وأبرمت روسيا وكوريا الشمالية اتفاق شراكة استراتيجية أمس.', 'art-2', '2024-06-20');
    const [na] = agreementNodes(a.batch);
    const [nb] = agreementNodes(b.batch);
    expect(na?.id).toBe(nb?.id);
    expect(mergeProps(na?.props ?? {}, nb?.props ?? {}).sources).toEqual(['art-1', 'art-2']);
  });

  it('an undated mention takes the article month for its id, and a general mention joins a specific one', () => {
    const later = { article: 'a', sentence: 3, start: 50, end: 60, text: 'y', rule: 'agreement:signing-verb|date:weekday', confidence: 0.9 };
    const merged = mergeAgreements([fact({ kind: 'general', date: null }), fact({ kind: 'strategic-partnership', date: '2024-06-19', evidence: [later] })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.kind).toBe('strategic-partnership');
    expect(agreementId(fact({ date: null }), '2024-06-20')).toBe('agr:PRK+RUS:alliance:2024-06');
  });
});

describe('fact graph: vetoes, visits, meetings, provenance', () => {
  it('builds a DraftResolution with VETOED from each state and PUT_TO the UNSC node', () => {
    const { batch } = graphOf('واستخدمت روسيا والصين الفيتو في مجلس الأمن ضد مشروع قرار حول سوريا في 5 أكتوبر 2016.');
    const drafts = batch.nodes.filter((n) => n.label === 'DraftResolution');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ id: 'dr:UNSC:CHN+RUS:2016-10-05', props: { date: '2016-10-05', subject: 'سوريا' } });
    expect(batch.nodes.find((n) => n.label === 'UNBody')).toMatchObject({ id: 'UNSC', props: { name_ar: 'مجلس الأمن' } });
    expect(batch.edges.filter((e) => e.type === 'VETOED').map((e) => e.from.id).sort()).toEqual(['CHN', 'RUS']);
    expect(batch.edges.filter((e) => e.type === 'PUT_TO').map((e) => e.to)).toEqual([{ label: 'UNBody', id: 'UNSC' }]);
  });

  it('keys VISITED by status and date so two visits stay two edges, with city and host', () => {
    const { batch } = graphOf('وزار بوتين فيتنام أمس. ووصل بوتين إلى هانوي في 3 مارس 2024 والتقى تو لام.');
    const visited = batch.edges.filter((e) => e.type === 'VISITED');
    expect(visited.map((e) => e.key).sort()).toEqual(['done:2024-03-03', 'done:2024-06-19']);
    expect(visited.find((e) => e.key === 'done:2024-03-03')?.props).toMatchObject({ city: 'هانوي', host: 'to-lam', status: 'done' });
  });

  it('orders the MET pair', () => {
    const { batch } = graphOf('والتقى تو لام مع بوتين في هانوي.');
    const [met] = batch.edges.filter((e) => e.type === 'MET');
    expect([met?.from.id, met?.to.id]).toEqual(['to-lam', 'vladimir-putin']);
  });

  it('puts evidence and sources on every fact edge, and every prop parses against the graph model', () => {
    const { doc, batch } = graphOf('ووقعت السعودية وفرنسا اتفاقية للدفاع. وزار بوتين فيتنام أمس والتقى تو لام. واستخدمت روسيا الفيتو في مجلس الأمن.');
    expect(batch.edges.length).toBeGreaterThan(4);
    for (const e of batch.edges) {
      expect('sources' in e.props ? e.props.sources : null).toEqual(['a1']);
      const ev = evidenceOf(e);
      expect(ev.length).toBeGreaterThan(0);
      for (const x of ev) {
        Evidence.parse(x);
        expect(x.end).toBeGreaterThan(x.start);
        // The span lies inside the quoted sentence, which is the article's own text.
        expect(x.text).toContain(doc.text.slice(x.start, x.end));
        expect(doc.text).toContain(x.text);
      }
      EdgeRecord.parse(e);
    }
    for (const n of batch.nodes) NodeRecord.parse(n);
  });
});

describe('the merge rule does not over-merge', () => {
  it('keeps a security, a defence and a later strategic-partnership agreement apart (at least two nodes)', () => {
    const { batch } = graphOf('ووقعت مصر والأردن اتفاقية للتعاون الأمني واتفاقية للدفاع المشترك. وفي الشهر الماضي وقع البلدان اتفاقية شراكة استراتيجية.');
    expect(agreementNodes(batch).length).toBeGreaterThanOrEqual(2);
  });
  it('never merges two agreements named in one sentence, even of one kind group', () => {
    const { batch } = graphOf('ووقعت مصر والأردن اتفاقية للدفاع المشترك واتفاقية شراكة استراتيجية.');
    expect(agreementNodes(batch).map((n) => n.props.kind)).toEqual(['defense', 'strategic-partnership']);
  });
  it('never merges a planned signing into a signed one', () => {
    const { batch } = graphOf('ووقعت مصر والأردن اتفاقية للتجارة أمس. ومن المقرر أن توقع مصر والأردن اتفاقية تجارية أخرى الشهر المقبل.');
    expect(agreementNodes(batch).map((n) => n.props.status).sort()).toEqual(['planned', 'signed']);
  });
  it('still merges an anaphoric mention with no kind of its own into the agreement before it', () => {
    const { batch } = graphOf('ووقعت مصر والأردن اتفاقية للتجارة أمس. وقال بوتين بعد توقيع الاتفاق بين مصر والأردن إنه مهم.');
    expect(agreementNodes(batch)).toHaveLength(1);
  });
});
