/**
 * Resolve, part 2: the entity layer. Input: a Document with mentions. Output: one node per distinct
 * entity mentioned (State, Leader, Person, UNBody, Organization, City), MENTIONS (Article → entity,
 * with a count), HOLDS_OFFICE (Leader → State or UNBody, with the article's best evidence) and LOCATED_IN (City → State).
 * Office mentions (a bare title) create no node: they reference their state, which has its own mention.
 */
import type { Document, EdgeRecord, Evidence, GraphBatch, Mention, NodeLabel, NodeRecord } from '../model.ts';
import { bodyName, isSpelling, isUNBody, stateName } from '../recognise/index.ts';

type EntityLabel = Extract<NodeLabel, 'State' | 'Leader' | 'Person' | 'UNBody' | 'Organization' | 'City'>;

/** Confidence of an office read from each kind of evidence. */
const OFFICE_CONFIDENCE: Record<string, number> = { title: 0.9, gazetteer: 0.8, 'partial-name': 0.7 };

export function entityGraph(doc: Document): GraphBatch {
  const article = doc.article.id;
  const sources = [article];
  const nodes = new Map<string, NodeRecord>();
  const edges: EdgeRecord[] = [];
  const counts = new Map<string, number>();
  const aliases = new Map<string, Set<string>>();
  const holds = new Map<string, { leader: string; holder: string; office: string; from: string | null; to: string | null; evidence: Evidence[] }>();
  const located = new Map<string, string>();

  const key = (label: string, id: string) => `${label}:${id}`;
  for (const m of doc.mentions) {
    // An office mention makes no node of its own (see the header).
    if (m.kind === 'Office') continue;
    const label = m.kind;
    const k = key(label, m.id);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (!nodes.has(k)) nodes.set(k, entityNode(label, m, sources));
    if (label === 'State' || (label === 'Leader' && isSpelling(m.id, m.text))) { const a = aliases.get(k) ?? new Set(); a.add(m.text); aliases.set(k, a); }
    if (label === 'City' && m.state) located.set(m.id, m.state);
    if (label === 'Leader' && m.state && m.office) {
      const hk = `${m.id}|${m.state}|${m.office}`;
      const h = holds.get(hk) ?? { leader: m.id, holder: m.state, office: m.office, from: m.from ?? null, to: m.to ?? null, evidence: [] };
      // One sentence per article says it best (a title over a bare name): a leader named in
      // thousands of articles would otherwise carry every mention of every one of them.
      const ev = evidenceOf(doc, m);
      const [best] = h.evidence;
      if (!best) h.evidence.push(ev);
      else if (ev.confidence > best.confidence) h.evidence[0] = ev;
      holds.set(hk, h);
    }
  }
  for (const [k, a] of aliases) {
    const n = nodes.get(k);
    if (n?.label === 'State') n.props.aliases = [...a];
    else if (n?.label === 'Leader') n.props.aliases_ar = [...a];
  }

  // The target of an office or a city's state must exist even when the article does not name it;
  // such a node is not attributed to the article (no sources, no MENTIONS).
  const ensure = (label: 'State' | 'UNBody', id: string): void => {
    if (nodes.has(key(label, id))) return;
    if (label === 'State') {
      const n = stateName(id);
      nodes.set(key(label, id), { label, id, props: { name_en: n?.en ?? id, name_ar: n?.ar ?? id, aliases: [], sources: [] } });
    } else {
      const n = bodyName(id);
      nodes.set(key(label, id), { label, id, props: { name_en: n?.en ?? id, name_ar: n?.ar ?? id, sources: [] } });
    }
  };

  for (const [k, count] of counts) {
    const n = nodes.get(k)!;
    edges.push({ type: 'MENTIONS', from: { label: 'Article', id: article }, to: { label: n.label, id: n.id }, key: '', props: { count } });
  }
  for (const h of holds.values()) {
    const label = isUNBody(h.holder) ? 'UNBody' : 'State';
    ensure(label, h.holder);
    edges.push({
      type: 'HOLDS_OFFICE', from: { label: 'Leader', id: h.leader }, to: { label, id: h.holder }, key: h.office,
      props: { office: h.office, from: h.from, to: h.to, evidence: h.evidence, sources },
    });
  }
  for (const [city, state] of located) {
    ensure('State', state);
    edges.push({ type: 'LOCATED_IN', from: { label: 'City', id: city }, to: { label: 'State', id: state }, key: '', props: {} });
  }
  return { nodes: [...nodes.values()], edges };
}

function entityNode(label: EntityLabel, m: Mention, sources: string[]): NodeRecord {
  const { id } = m;
  switch (label) {
    case 'State': return { label, id, props: { name_en: m.name_en ?? m.id, name_ar: m.name_ar ?? m.text, aliases: [], sources } };
    case 'Leader': return { label, id, props: { name_en: m.name_en ?? null, name_ar: m.name_ar ?? m.text, state: m.state ?? null, office: m.office ?? null, wikidata: m.wikidata ?? null, aliases_ar: [], sources } };
    case 'Person': return { label, id, props: { name_ar: m.name_ar ?? m.text, name_en: m.name_en ?? null, role: m.role ?? null, sources } };
    case 'UNBody': return { label, id, props: { name_en: m.name_en ?? m.id, name_ar: m.name_ar ?? m.text, sources } };
    case 'Organization': return { label, id, props: { name_en: m.name_en ?? null, name_ar: m.name_ar ?? m.text, sources } };
    case 'City': return { label, id, props: { name_en: m.name_en ?? null, name_ar: m.name_ar ?? m.text, state: m.state ?? null, sources } };
  }
}

function evidenceOf(doc: Document, m: Mention): Evidence {
  const s = doc.sentences[m.sentence];
  return {
    article: doc.article.id, sentence: m.sentence, start: s?.start ?? m.start, end: s?.end ?? m.end, text: s?.text ?? m.text,
    rule: `recognise:${m.via}`, confidence: OFFICE_CONFIDENCE[m.via] ?? 0.6,
  };
}
