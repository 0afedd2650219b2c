/**
 * Resolve, part 3: the fact layer. Input: a Document with facts. Output: Agreement and
 * DraftResolution nodes (plus the UNSC body a veto implies) and the PARTY_TO, SIGNED, VETOED,
 * PUT_TO, VISITED and MET edges, each with evidence and sources.
 *
 * One node per real agreement. Inside an article, agreement mentions merge when they have the same
 * parties, compatible kinds (same kind group, or one without a kind: an anaphoric الاتفاق) and dates
 * at most 31 days apart: "اتفاق دفاع مشترك" and "اتفاقية الشراكة الشاملة" between the same two states
 * are one treaty. Never merged: a planned signing with a done one, and two agreements named in one
 * sentence (اتفاقية للدفاع واتفاقية للتجارة are two). Across articles the stores merge by id, and the
 * id is a function of content only (a named agreement of data/registry/ takes the registry's id,
 * parties, names and day instead: one node for the JCPOA however many articles name it):
 *   agr:<sorted party ids>:<kind group>:<YYYY-MM of the date (YYYY of a year-only date), else of the article's date>[:planned]
 * so two reports of one signing in the same month become one node whose sources list both, while two
 * different agreements between the same states (another kind group, or another month) stay two. Two
 * agreements an article keeps apart that would still get one id are told apart by their kind.
 */
import { createHash } from 'node:crypto';
import { type AgreementFact, dateGap, datesCompatible, dateWithin, type Document, type EdgeRecord, type EntityRef, type Evidence, type GraphBatch, type NodeRecord, type NodeRef, type VetoFact } from '../model.ts';
import { GENERAL_KIND, KIND_GROUP } from '../relate/agreements.ts';
import { registry } from '../relate/registry.ts';

const STATUS_RANK = { planned: 0, concluded: 1, signed: 2 } as const;
const MAX_DAYS_APART = 31;

export const kindGroup = (kind: string): string => KIND_GROUP.get(kind) ?? kind;
const isDefaultDate = (evidence: Evidence[]): boolean => evidence.every((e) => !/\|date:(?!published|none)/.test(e.rule));
const partyKey = (parties: Pick<EntityRef, 'id'>[]): string => parties.map((p) => p.id).sort().join('+');

/** Can two mentions (in one article) be the same agreement? */
export function sameAgreement(a: AgreementFact, b: AgreementFact): boolean {
  // Named agreements are one by registry id; a signing told in the same sentence as a name
  // (وقع البلدان اتفاقية كامب ديفيد) is that agreement when its parties are among the registry's.
  if (a.registry && b.registry) return a.registry === b.registry;
  if (a.registry || b.registry) {
    const [named, other] = a.registry ? [a, b] : [b, a];
    return other.status !== 'planned' && kindGroup(other.kind) === kindGroup(named.kind)
      && other.parties.every((p) => named.parties.some((q) => q.id === p.id))
      && other.evidence.some((x) => named.evidence.some((y) => x.article === y.article && x.sentence === y.sentence));
  }
  if (partyKey(a.parties) !== partyKey(b.parties)) return false;
  if ((a.status === 'planned') !== (b.status === 'planned')) return false;
  // Two agreement nouns of one sentence are two agreements (coordinated, or a batch and an item).
  if (a.evidence.some((x) => b.evidence.some((y) => x.article === y.article && x.sentence === y.sentence))) return false;
  const ga = kindGroup(a.kind);
  const gb = kindGroup(b.kind);
  if (ga !== gb && a.kind !== GENERAL_KIND && b.kind !== GENERAL_KIND) return false;
  if (a.date && b.date && dateGap(a.date, b.date) > MAX_DAYS_APART) return false;
  return true;
}

/** Merge an article's agreement mentions into one fact per agreement (first explicit name, kind and date win). */
export function mergeAgreements(facts: AgreementFact[]): AgreementFact[] {
  const out: AgreementFact[] = [];
  // Named agreements first, so a signing merged into one keeps the registry's parties.
  for (const f of [...facts.filter((x) => x.registry), ...facts.filter((x) => !x.registry)]) {
    const into = out.find((g) => sameAgreement(g, f));
    if (!into) { out.push({ ...f, parties: [...f.parties], signatories: [...f.signatories], evidence: [...f.evidence] }); continue; }
    if (into.registry) {
      // A named agreement keeps the registry's parties and kind; a report of its signing makes it signed.
      for (const s of f.signatories) if (!into.signatories.some((x) => x.id === s.id)) into.signatories.push(s);
      if (STATUS_RANK[f.status] > STATUS_RANK[into.status]) into.status = f.status;
      into.evidence.push(...f.evidence);
      continue;
    }
    if (into.kind === GENERAL_KIND && f.kind !== GENERAL_KIND) { into.kind = f.kind; into.name_ar = f.name_ar; }
    // A date read from the text beats one defaulted to the article's day, and a day read from the text
    // beats the month or year it lies in.
    const finer = !!f.date && !!into.date && f.date.length > into.date.length && dateWithin(f.date, into.date) && !isDefaultDate(f.evidence);
    if (f.date && (!into.date || finer || (isDefaultDate(into.evidence) && !isDefaultDate(f.evidence)))) into.date = f.date;
    if (f.count && (!into.count || f.count > into.count)) into.count = f.count;
    if (STATUS_RANK[f.status] > STATUS_RANK[into.status]) into.status = f.status;
    for (const s of f.signatories) if (!into.signatories.some((x) => x.id === s.id)) into.signatories.push(s);
    into.evidence.push(...f.evidence);
  }
  return out;
}

/** The content-derived id of an agreement (see the header). */
export function agreementId(f: Pick<AgreementFact, 'registry' | 'date' | 'kind' | 'status'> & { parties: Pick<EntityRef, 'id'>[] }, published: string | null): string {
  if (f.registry) return f.registry;
  const month = (f.date ?? published)?.slice(0, 7) ?? 'undated';
  return `agr:${partyKey(f.parties)}:${kindGroup(f.kind)}:${month}${f.status === 'planned' ? ':planned' : ''}`;
}

/** Group an article's veto mentions: one draft per (date, subject) that the same sentence or a compatible one reports. */
export function mergeVetoes(facts: VetoFact[]): { by: string[]; date: string | null; subject: string | null; evidence: Evidence[]; batch?: boolean }[] {
  const out: { by: string[]; date: string | null; subject: string | null; evidence: Evidence[]; batch?: boolean }[] = [];
  for (const f of facts) {
    const sentence = f.evidence[0]?.sentence;
    const into = out.find((d) => !!d.batch === !!f.batch
      && (d.evidence.some((e) => e.sentence === sentence) || d.by.includes(f.by))
      && (!d.date || !f.date || datesCompatible(d.date, f.date))
      && (!d.subject || !f.subject || d.subject === f.subject));
    if (!into) { out.push({ by: [f.by], date: f.date, subject: f.subject, evidence: [...f.evidence], ...(f.batch ? { batch: true } : {}) }); continue; }
    if (!into.by.includes(f.by)) into.by.push(f.by);
    // A day beats the month or year it lies in.
    if (f.date && (!into.date || f.date.length > into.date.length)) into.date = f.date;
    into.subject ??= f.subject;
    for (const e of f.evidence) if (!into.evidence.includes(e)) into.evidence.push(e);
  }
  return out;
}

/** The content-derived id of a vetoed draft: the body, the vetoers and the day; undated drafts add the month and subject. */
export function draftId(by: string[], date: string | null, subject: string | null, published: string | null): string {
  const who = [...by].sort().join('+');
  if (date) return `dr:UNSC:${who}:${date}`;
  const about = subject ? createHash('sha1').update(subject.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 8) : 'nosubject';
  return `dr:UNSC:${who}:${published?.slice(0, 7) ?? 'undated'}:${about}`;
}

/**
 * Evidence that keeps what its own article said (date, status, …): the stores merge reports of one
 * event across articles (resolve/events.ts), and a date another article disagrees with stays here.
 */
function claimed(evidence: Evidence[], claim: Record<string, unknown>): Evidence[] {
  return evidence.map((e) => ({ ...e, claim }));
}

export function factGraph(doc: Document): GraphBatch {
  const article = doc.article.id;
  const published = doc.article.published;
  const sources = [article];
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];

  const agreements = mergeAgreements(doc.facts.filter((f): f is AgreementFact => f.type === 'agreement'));
  const used = new Set<string>();
  for (const a of agreements) {
    let id = agreementId(a, published);
    // Kept apart above but alike in content: the kind (then a number) tells them apart.
    if (used.has(id)) id = `${id}:${a.kind}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/#\d+$/, '')}#${n}`;
    used.add(id);
    const to: NodeRef = { label: 'Agreement', id };
    const entry = a.registry ? registry().byId.get(a.registry) : undefined;
    // A signing still planned when the article appeared is not dated by the day the instrument was made
    // later: that day is no fact of this article (an entry dated no later than the article keeps it).
    const ahead = !!entry && a.status === 'planned' && (!published || entry.date > published);
    nodes.push({ label: 'Agreement', id, props: entry
      ? { name_ar: entry.name_ar, name_en: entry.name_en, kind: entry.kind, status: a.status, date: ahead ? a.date : entry.date, count: null, wikidata: entry.wikidata, sources }
      : { name_ar: a.name_ar, name_en: null, kind: a.kind, status: a.status, date: a.date, count: a.count, wikidata: null, sources } });
    const evidence = claimed(a.evidence, { date: a.date, kind: a.kind, name_ar: a.name_ar, status: a.status, count: a.count ?? null });
    for (const p of a.parties) edges.push({ type: 'PARTY_TO', from: { label: p.label, id: p.id }, to, key: '', props: { evidence, sources } });
    for (const s of a.signatories) edges.push({ type: 'SIGNED', from: { label: s.label, id: s.id }, to, key: '', props: { date: a.date, evidence, sources } });
  }

  const drafts = mergeVetoes(doc.facts.filter((f): f is VetoFact => f.type === 'veto'));
  if (drafts.length) nodes.push({ label: 'UNBody', id: 'UNSC', props: { name_en: 'UN Security Council', name_ar: 'مجلس الأمن', sources } });
  for (const d of drafts) {
    const id = draftId(d.by, d.date, d.subject, published);
    const ref: NodeRef = { label: 'DraftResolution', id };
    nodes.push({ label: 'DraftResolution', id, props: { subject: d.subject, date: d.date, symbol: null, sources } });
    const evidence = claimed(d.evidence, { date: d.date, subject: d.subject });
    for (const by of d.by) edges.push({ type: 'VETOED', from: { label: 'State', id: by }, to: ref, key: '', props: { date: d.date, evidence, sources } });
    edges.push({ type: 'PUT_TO', from: ref, to: { label: 'UNBody', id: 'UNSC' }, key: '', props: { evidence: d.evidence, sources } });
  }

  for (const f of doc.facts) {
    if (f.type === 'visit') {
      edges.push({
        type: 'VISITED', from: f.visitor, to: { label: 'State', id: f.to }, key: `${f.status}:${f.date ?? ''}`, props: {
          date: f.date, city: f.city, status: f.status, host: f.host?.id ?? null,
          evidence: claimed(f.evidence, { date: f.date, status: f.status, city: f.city, host: f.host?.id ?? null }), sources,
        },
      });
    } else if (f.type === 'met') {
      const [a, b] = f.a.id.localeCompare(f.b.id) <= 0 ? [f.a, f.b] : [f.b, f.a];
      edges.push({ type: 'MET', from: a, to: b, key: f.date ?? '', props: { date: f.date, place: f.place, evidence: f.evidence, sources } });
    }
  }
  return { nodes, edges };
}
