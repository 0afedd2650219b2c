// Batches of one article each reporting an event (a visit, a veto, an agreement) the way
// resolve/facts.ts writes them: per-article keys and ids, every evidence item with its claim.
import { agreementId, draftId } from '../../../src/resolve/facts.ts';
import type { EdgeRecord, Evidence, GraphBatch, NodeRecord } from '../../../src/model.ts';

let n = 0;
const ev = (article: string, rule: string, claim: Record<string, unknown>): Evidence & { claim: Record<string, unknown> } => {
  const s = n++ % 7;
  return { article, sentence: s, start: s * 20, end: s * 20 + 15, text: `جملة ${article} ${s}`, rule, confidence: 0.8, claim };
};
const articleNode = (id: string, published: string): NodeRecord => ({
  label: 'Article', id, props: { title: null, published, url: null, language: 'ar', hash: id, outlet: null, tags: [], headlines: [] },
});

/** One article reporting a visit; `read` says the date was read from the text (else it is the article's day). */
export function visitReport(article: string, published: string, visitor: string, to: string, date: string | null, opts: { status?: 'done' | 'planned'; read?: boolean; city?: string } = {}): GraphBatch {
  const status = opts.status ?? 'done';
  const claim = { date, status, city: opts.city ?? null, host: null };
  const e: EdgeRecord = {
    type: 'VISITED', from: { label: 'Leader', id: visitor }, to: { label: 'State', id: to }, key: `${status}:${date ?? ''}`,
    props: { date, city: opts.city ?? null, status, host: null, evidence: [ev(article, `visit:verb+name|date:${date ? (opts.read === false ? 'published' : 'weekday') : 'none'}`, claim)], sources: [article] },
  };
  return { nodes: [articleNode(article, published)], edges: [e] };
}

/** One article reporting a veto cast by `by` (one draft) on `date`. */
export function vetoReport(article: string, published: string, by: string[], date: string | null, subject: string | null = null, read = true): GraphBatch {
  const id = draftId(by, date, subject, published);
  const ref = { label: 'DraftResolution' as const, id };
  const evidence = [ev(article, `veto:cast-verb|date:${date ? (read ? 'relative' : 'published') : 'none'}`, { date, subject })];
  return {
    nodes: [articleNode(article, published), { label: 'UNBody', id: 'UNSC', props: { name_en: 'UN Security Council', name_ar: 'مجلس الأمن', sources: [article] } },
      { label: 'DraftResolution', id, props: { subject, date, symbol: null, sources: [article] } }],
    edges: [
      ...by.map((s): EdgeRecord => ({ type: 'VETOED', from: { label: 'State', id: s }, to: ref, key: '', props: { date, evidence, sources: [article] } })),
      { type: 'PUT_TO', from: ref, to: { label: 'UNBody', id: 'UNSC' }, key: '', props: { evidence, sources: [article] } },
    ],
  };
}

/** One article reporting an agreement between `parties` of `kind`, signed on `date` (null: undated). */
export function agreementReport(article: string, published: string, parties: string[], kind: string, date: string | null, signer?: string): GraphBatch {
  const fact = { parties: parties.map((id) => ({ label: 'State', id })), kind, status: 'signed', date, registry: undefined };
  const id = agreementId(fact as never, published);
  const to = { label: 'Agreement' as const, id };
  const evidence = [ev(article, `agreement:signing-verb+svo|date:${date ? 'absolute' : 'none'}`, { date, kind, name_ar: kind, status: 'signed', count: null })];
  const edges: EdgeRecord[] = parties.map((p) => ({ type: 'PARTY_TO', from: { label: 'State', id: p }, to, key: '', props: { evidence, sources: [article] } }));
  if (signer) edges.push({ type: 'SIGNED', from: { label: 'Leader', id: signer }, to, key: '', props: { date, evidence, sources: [article] } });
  return {
    nodes: [articleNode(article, published), { label: 'Agreement', id, props: { name_ar: kind, name_en: null, kind, status: 'signed', date, count: null, wikidata: null, sources: [article] } }],
    edges,
  };
}
