/**
 * The queries over the embedded store: graphology traversal of the layout store/embedded.ts writes
 * (node attrs {label, id, ...props}; edge attrs {type, key, ...props}). Input: a graph and resolved
 * parameters. Output: rows of query/contract.ts, the same rows cypher/<query>.cypher gives on Neo4j.
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import { defined } from '../errors.ts';
import { dateInRange, type Evidence, nodeKey } from '../model.ts';
import { MAX_PATH, QueriesBase, TIMELINE_TYPES, WALK_TYPES, type Resolved } from './api.ts';
import type { QueryName } from './contract.ts';
import type {
  AgreementRow, BodyRow, EvidenceRow, LeaderRow, MeetingRow, NeighbourRow, NodeBrief, PathRow, StateRow, TimelineRow, VetoRow, VisitRow,
} from './contract.ts';
import type { NamedNode } from './names.ts';
import { NON_APART_NODES, NON_PLAIN_EDGES } from '../store/lazy-graph.ts';
import { APART_LABEL, isArrayAttr, PLAIN_TYPES } from '../store/snapshot.ts';

type Attrs = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
// A month or year date is in a range it overlaps (model.ts dateInRange; the Cypher files test the same).
const inRange = dateInRange;

const push = (m: Map<string, string[]>, k: string, v: string): void => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};
type EdgeCallback = (edge: string, attrs: Attrs, source: string, target: string) => void;
/** Edge types a lazy view may hold as columns (store/snapshot.ts PLAIN_TYPES). */
const PLAIN = new Set<string>(PLAIN_TYPES);

const timelineTypes = new Set<string>(TIMELINE_TYPES);
const walkTypes = new Set<string>(WALK_TYPES);

/** Nodes through which `evidence --from A --to B` also joins A and B (cypher/evidence.cypher likewise). */
const JOINING = new Set(['Agreement', 'DraftResolution']);

export class EmbeddedQueries extends QueriesBase {
  constructor(readonly graph: Graph, private readonly onClose: () => Promise<void> = async () => {}) {
    super();
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  protected async catalog(): Promise<NamedNode[]> {
    const out: NamedNode[] = [];
    this.forEachNode((_k, a) => {
      if (a.label === 'Article' || a.label === 'Outlet') return;
      out.push({ label: String(a.label), id: String(a.id), name_en: str(a.name_en), name_ar: str(a.name_ar), aliases: [...strs(a.aliases), ...strs(a.aliases_ar)] });
    }, true);
    return out;
  }

  protected async exec<N extends QueryName>(name: N, p: Resolved[N]): Promise<unknown[]> {
    const run = (this as unknown as Record<string, (p: Resolved[N]) => unknown[]>)[`${name}Rows`];
    return defined(run, `the rows of query ${name}`).call(this, p);
  }

  // ---- helpers over the layout ----

  /**
   * Node keys per label, and edge keys per type, each built on first use so a query reads only its
   * own kind (an agreements query never walks the edges); rebuilt when the graph has grown or shrunk
   * since (a store still being written).
   */
  private byLabel: {
    order: number; size: number; nodes: Map<string, string[]>;
    /** Whether a lazy view's articles were left out. */
    noArticles: boolean;
  } | null = null;
  private byType: {
    order: number; size: number; edges: Map<string, string[]>;
    /** Per node, its edges that carry evidence (facts), so evidence skips an entity's many MENTIONS. */
    facts: Map<string, string[]>;
    /** Whether the column edges of a lazy view (store/lazy-graph.ts) were left out: none carries evidence. */
    noPlain: boolean;
  } | null = null;

  /**
   * forEachNode; with `noArticles`, a lazy view's (store/lazy-graph.ts) nodes but its undecoded
   * articles, which it then need not decode (any other graph: every node). True when they were left out.
   */
  private forEachNode(each: (k: string, a: Attrs) => void, noArticles: boolean): boolean {
    const some = noArticles ? (this.graph as unknown as Record<symbol, ((cb: typeof each) => void) | undefined>)[NON_APART_NODES] : undefined;
    if (some) some(each);
    else this.graph.forEachNode(each);
    return some !== undefined;
  }

  private labels(label: string) {
    const g = this.graph;
    const fresh = this.byLabel && this.byLabel.order === g.order && this.byLabel.size === g.size;
    if (fresh && !(this.byLabel!.noArticles && label === APART_LABEL)) return this.byLabel!;
    const nodes = new Map<string, string[]>();
    const noArticles = this.forEachNode((k, a) => push(nodes, String(a.label), k), label !== APART_LABEL);
    return (this.byLabel = { order: g.order, size: g.size, nodes, noArticles });
  }

  private kinds(type?: string) {
    const g = this.graph;
    const fresh = this.byType && this.byType.order === g.order && this.byType.size === g.size;
    if (fresh && !(this.byType!.noPlain && type !== undefined && PLAIN.has(type))) return this.byType!;
    const edges = new Map<string, string[]>();
    const facts = new Map<string, string[]>();
    const nonPlain = type !== undefined && PLAIN.has(type) ? undefined : (g as unknown as Record<symbol, ((cb: EdgeCallback) => void) | undefined>)[NON_PLAIN_EDGES];
    const each: EdgeCallback = (k, a, s, t) => {
      push(edges, String(a.type), k);
      if (isArrayAttr(a, 'evidence')) {
        push(facts, s, k);
        if (t !== s) push(facts, t, k);
      }
    };
    if (nonPlain) nonPlain(each);
    else g.forEachEdge(each);
    return (this.byType = { order: g.order, size: g.size, edges, facts, noPlain: nonPlain !== undefined });
  }

  private nodes(label: string): [string, Attrs][] {
    return (this.labels(label).nodes.get(label) ?? []).map((k) => [k, this.graph.getNodeAttributes(k)]);
  }

  /** Edges of one type: [edge attrs, source key, target key, source attrs, target attrs]. */
  private edgesOf(type: string): [Attrs, string, string, Attrs, Attrs][] {
    const g = this.graph;
    return (this.kinds(type).edges.get(type) ?? []).map((e) => {
      const s = g.source(e);
      const t = g.target(e);
      return [g.getEdgeAttributes(e), s, t, g.getNodeAttributes(s), g.getNodeAttributes(t)];
    });
  }

  private attrs(key: string): Attrs {
    return this.graph.getNodeAttributes(key);
  }

  private brief(key: string): NodeBrief {
    const a = this.attrs(key);
    return { label: String(a.label), id: String(a.id), name_en: str(a.name_en), name_ar: str(a.name_ar) ?? str(a.subject) };
  }

  /** Inbound edges of one type: [edge attrs, source key, source attrs]. */
  private inbound(key: string, type: string): [Attrs, string, Attrs][] {
    const out: [Attrs, string, Attrs][] = [];
    this.graph.forEachInEdge(key, (_e, ea, s, _t, sa) => { if (ea.type === type) out.push([ea, s, sa]); });
    return out;
  }

  private find(label: string, id: string): string | null {
    const key = nodeKey({ label: label as never, id });
    return this.graph.hasNode(key) ? key : null;
  }

  /** An entity's own sources plus the articles whose MENTIONS edges point at it. */
  private mentionedIn(key: string, a: Attrs): string[] {
    return [...strs(a.sources), ...this.inbound(key, 'MENTIONS').filter(([, , sa]) => sa.label === 'Article').map(([, , sa]) => String(sa.id))];
  }

  // ---- the queries: one method per cypher/<name>.cypher, same semantics ----

  private entities(label: string, only: string | null, article: string | null): StateRow[] {
    return this.nodes(label)
      .filter(([, a]) => only === null || a.id === only)
      .map(([k, a]) => ({ id: String(a.id), name_en: String(a.name_en), name_ar: String(a.name_ar), sources: this.mentionedIn(k, a) }))
      .filter((r) => article === null || r.sources.includes(article));
  }

  private statesRows(p: Resolved['states']): StateRow[] {
    return this.entities('State', p.state, p.article);
  }

  private bodiesRows(p: Resolved['bodies']): BodyRow[] {
    return this.entities('UNBody', p.body, p.article);
  }

  private leadersRows(p: Resolved['leaders']): LeaderRow[] {
    return this.nodes('Leader')
      .filter(([k, a]) => {
        const offices: [Attrs, Attrs][] = [];
        this.graph.forEachOutEdge(k, (_e, ea, _s, _t, _sa, ta) => { if (ea.type === 'HOLDS_OFFICE') offices.push([ea, ta]); });
        const ofState = p.state === null || a.state === p.state || offices.some(([, t]) => t.label === 'State' && t.id === p.state);
        const { at } = p;
        const atDate = at === null || offices.some(([h, t]) => {
          const from = str(h.from);
          const to = str(h.to);
          return (p.state === null || t.id === p.state) && (from === null || from <= at) && (to === null || to >= at);
        });
        return ofState && atDate;
      })
      .map(([, a]) => ({
        id: String(a.id), name_en: str(a.name_en), name_ar: String(a.name_ar), state: str(a.state), office: str(a.office), sources: strs(a.sources),
      }));
  }

  private agreementsRows(p: Resolved['agreements']): AgreementRow[] {
    const out: AgreementRow[] = [];
    for (const [k, a] of this.nodes('Agreement')) {
      if (p.kind !== null && String(a.kind).toLowerCase() !== p.kind) continue;
      if (p.status !== null && a.status !== p.status) continue;
      if (!inRange(str(a.date), p.since, p.until)) continue;
      const parties = this.inbound(k, 'PARTY_TO')
        .filter(([, , sa]) => sa.label === 'State' || sa.label === 'UNBody' || sa.label === 'Organization')
        .map(([, , sa]) => String(sa.id));
      if (p.state !== null && !parties.includes(p.state)) continue;
      if (p.other !== null && !parties.includes(p.other)) continue;
      const signatories = this.inbound(k, 'SIGNED').map(([, , sa]) => ({ name_en: str(sa.name_en), name_ar: String(sa.name_ar) }));
      out.push({
        id: String(a.id), name_ar: String(a.name_ar), kind: String(a.kind), status: a.status as AgreementRow['status'],
        date: str(a.date), count: typeof a.count === 'number' ? a.count : null, parties, signatories, sources: strs(a.sources),
      });
    }
    return out;
  }

  private vetoesRows(p: Resolved['vetoes']): VetoRow[] {
    const out: VetoRow[] = [];
    for (const [ea, , t, sa, ta] of this.edgesOf('VETOED')) {
      if (sa.label !== 'State' || ta.label !== 'DraftResolution') continue;
      const bodies: string[] = [];
      this.graph.forEachOutEdge(t, (_e2, ba, _s2, _t2, _sa2, bt) => { if (ba.type === 'PUT_TO' && bt.label === 'UNBody') bodies.push(String(bt.id)); });
      // A veto is cast only in the Security Council (UN Charter, Art. 27(3)): a draft not linked to its body is a UNSC draft.
      if (bodies.length === 0) bodies.push('UNSC');
      const date = str(ea.date) ?? str(ta.date);
      for (const body of bodies) {
        if (p.by !== null && sa.id !== p.by) continue;
        if (p.body !== null && body !== p.body) continue;
        if (!inRange(date, p.since, p.until)) continue;
        out.push({ by: String(sa.id), body, date, subject: str(ta.subject), sources: strs(ea.sources) });
      }
    }
    return out;
  }

  private visitsRows(p: Resolved['visits']): VisitRow[] {
    const out: VisitRow[] = [];
    for (const [ea, , , sa, ta] of this.edgesOf('VISITED')) {
      if ((sa.label !== 'Leader' && sa.label !== 'Person') || ta.label !== 'State') continue;
      if (p.visitor !== null && sa.id !== p.visitor) continue;
      if (p.by !== null && sa.state !== p.by) continue;
      if (p.to !== null && ta.id !== p.to) continue;
      if (p.status !== null && ea.status !== p.status) continue;
      if (!inRange(str(ea.date), p.since, p.until)) continue;
      const hostKey = str(ea.host) === null ? null : this.find('Leader', String(ea.host));
      const host = hostKey === null ? null : this.attrs(hostKey);
      out.push({
        visitor: { name_en: str(sa.name_en), name_ar: String(sa.name_ar), state: str(sa.state) },
        to: String(ta.id), city: str(ea.city), date: str(ea.date), status: ea.status as VisitRow['status'],
        host: host === null ? null : { name_en: str(host.name_en), name_ar: String(host.name_ar) }, sources: strs(ea.sources),
      });
    }
    return out;
  }

  private meetingsRows(p: Resolved['meetings']): MeetingRow[] {
    const person = (a: Attrs) => ({ id: String(a.id), name_en: str(a.name_en), name_ar: String(a.name_ar), state: str(a.state) });
    const isPerson = (a: Attrs) => a.label === 'Leader' || a.label === 'Person';
    const out: MeetingRow[] = [];
    for (const [ea, s, t, sa, ta] of this.edgesOf('MET')) {
      if (!isPerson(sa) || !isPerson(ta) || !inRange(str(ea.date), p.since, p.until)) continue;
      // Each end in turn as `leader`, as the undirected match of cypher/meetings.cypher reads the edge.
      for (const [a, b, ka, kb] of [[sa, ta, s, t], [ta, sa, t, s]] as const) {
        if (p.leader !== null && a.id !== p.leader) continue;
        if (p.other !== null && b.id !== p.other) continue;
        if (p.leader === null && p.other === null && !(String(a.id) < String(b.id) || (a.id === b.id && ka === s && kb === t))) continue;
        out.push({ leader: person(a), met: person(b), date: str(ea.date), place: str(ea.place), sources: strs(ea.sources) });
      }
    }
    return out;
  }

  /**
   * Two states given: their own edges, and their edges to every Agreement or DraftResolution both
   * are joined to (two states are joined by a treaty or a vetoed draft, rarely by an edge of their own).
   */
  private evidenceRows(p: Resolved['evidence']): EvidenceRow[] {
    const from = this.find(p.fromLabel, p.fromId);
    if (from === null) return [];
    const to = p.toLabel === null || p.toId === null ? null : this.find(p.toLabel, p.toId);
    if (p.toId !== null && to === null) return [];
    const g = this.graph;
    const facts = (n: string) => (this.kinds().facts.get(n) ?? []).filter((e) => p.type === null || g.getEdgeAttributes(e).type === p.type);
    const other = (e: string, n: string) => (g.source(e) === n ? g.target(e) : g.source(e));
    const joinVia = p.fromLabel === 'State' && p.toLabel === 'State';
    const picked = new Set<string>();
    for (const e of facts(from)) {
      const m = other(e, from);
      if (to === null || m === to) picked.add(e);
      else if (joinVia && m !== from && JOINING.has(String(g.getNodeAttribute(m, 'label')))) {
        const joined = facts(m).filter((e2) => other(e2, m) === to);
        if (joined.length) [e, ...joined].forEach((x) => picked.add(x));
      }
    }
    const out: EvidenceRow[] = [];
    for (const e of picked) {
      const ea = g.getEdgeAttributes(e);
      const s = g.source(e);
      const t = g.target(e);
      for (const ev of ea.evidence as Evidence[]) {
        out.push({
          type: String(ea.type), from: this.brief(s), to: this.brief(t), key: String(ea.key),
          article: ev.article, sentence: ev.sentence, start: ev.start, end: ev.end, text: ev.text, rule: ev.rule, confidence: ev.confidence,
        });
      }
    }
    return out;
  }

  private timelineRows(p: Resolved['timeline']): TimelineRow[] {
    const key = this.find(p.label, p.id);
    if (key === null) return [];
    const out: TimelineRow[] = [];
    this.graph.forEachEdge(key, (_e, ea, s, t, sa, ta) => {
      if (!timelineTypes.has(String(ea.type))) return;
      const date = str(ea.date) ?? str(ea.from) ?? str(ta.date) ?? str(sa.date);
      if (!inRange(date, p.since, p.until)) return;
      out.push({ date, type: String(ea.type), from: this.brief(s), to: this.brief(t), key: String(ea.key), sources: strs(ea.sources) });
    });
    return out;
  }

  /** Walkable neighbours of a node: [neighbour key, edge attrs, whether the edge points away from the node]. */
  private walk(key: string): [string, Attrs, boolean][] {
    const out: [string, Attrs, boolean][] = [];
    this.graph.forEachEdge(key, (_e, ea, s, t) => {
      if (walkTypes.has(String(ea.type))) out.push([s === key ? t : s, ea, s === key]);
    });
    return out;
  }

  /**
   * The shortest path, and among equally short ones the first by node keys then edge keys — the
   * order cypher/path.cypher picks among allShortestPaths, so both stores give the same path.
   */
  private pathRows(p: Resolved['path']): PathRow[] {
    const a = this.find(p.fromLabel, p.fromId);
    const b = this.find(p.toLabel, p.toId);
    if (a === null || b === null) return [];
    // Breadth-first from b gives every node's distance to b; then walk greedily from a.
    const dist = new Map<string, number>([[b, 0]]);
    let frontier = [b];
    for (let d = 1; d <= MAX_PATH && frontier.length && !dist.has(a); d++) {
      const next: string[] = [];
      for (const n of frontier) for (const [m] of this.walk(n)) if (!dist.has(m)) { dist.set(m, d); next.push(m); }
      frontier = next;
    }
    if (!dist.has(a)) return [];
    const rows: PathRow[] = [{ step: 0, node: this.brief(a), edge: null, key: null, direction: null }];
    let cur = a;
    for (let step = 1; cur !== b; step++) {
      const want = defined(dist.get(cur), `the distance of ${cur}`) - 1;
      const options = this.walk(cur).filter(([m]) => dist.get(m) === want);
      // Breadth-first distances: a node at distance d has a neighbour at d - 1.
      const nextNode = defined(options.map(([m]) => m).sort()[0], `a step back from ${cur}`);
      const edges = options.filter(([m]) => m === nextNode).sort(([, x], [, y]) => {
        const kx = `${String(x.type)}:${String(x.key)}`;
        const ky = `${String(y.type)}:${String(y.key)}`;
        return kx < ky ? -1 : kx > ky ? 1 : 0;
      });
      const [, ea, forward] = defined(edges[0], `an edge to ${nextNode}`);
      rows.push({ step, node: this.brief(nextNode), edge: String(ea.type), key: String(ea.key), direction: forward ? 'forward' : 'backward' });
      cur = nextNode;
    }
    return rows;
  }

  private neighboursRows(p: Resolved['neighbours']): NeighbourRow[] {
    const a = this.find(p.fromLabel, p.fromId);
    const b = this.find(p.toLabel, p.toId);
    if (a === null || b === null) return [];
    const viaA = new Map<string, string[]>();
    for (const [m, ea] of this.walk(a)) if (m !== a && m !== b) viaA.set(m, [...(viaA.get(m) ?? []), String(ea.type)]);
    const viaB = new Map<string, string[]>();
    for (const [m, ea] of this.walk(b)) if (viaA.has(m)) viaB.set(m, [...(viaB.get(m) ?? []), String(ea.type)]);
    return [...viaB].flatMap(([m, vb]) => {
      const va = viaA.get(m);
      return va ? [{ node: this.brief(m), via_a: va, via_b: vb }] : [];
    });
  }
}
