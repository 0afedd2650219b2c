/**
 * The pass after a seed that makes one real event one node or edge across articles
 * (resolve/events.ts decides; this module reads the groups a seed touched from a store and writes
 * the decision back). Input: the batches a seed wrote (through `Touched`) and the store. Output:
 * the store with each touched group replaced by its consolidation; both stores run the same
 * TypeScript on the same group, so they end identical.
 */
import type { MultiDirectedGraph } from 'graphology';
import { consolidateAgreements, consolidateVetoes, consolidateVisits, PLAIN_AGREEMENT, type Replacement, type Snapshot } from '../resolve/events.ts';
import { edgeKey, type EdgeRecord, evidenceOf, type GraphBatch, nodeKey, type NodeRecord, type NodeRef, uncheckedEdge, uncheckedNode } from '../model.ts';
import type { GraphStore, GroupIO } from './store.ts';

/** The groups a seed wrote to: visitor→destination pairs, veto casters, agreement party sets. */
export class Touched {
  readonly visits = new Map<string, { from: NodeRef; to: NodeRef }>();
  readonly casters = new Set<string>();
  readonly parties = new Set<string>();

  add(batch: GraphBatch): void {
    for (const e of batch.edges) {
      if (e.type === 'VISITED') this.visits.set(`${nodeKey(e.from)}->${nodeKey(e.to)}`, { from: e.from, to: e.to });
      else if (e.type === 'VETOED') this.casters.add(e.from.id);
    }
    for (const n of batch.nodes) {
      const m = n.label === 'Agreement' ? PLAIN_AGREEMENT.exec(n.id) : null;
      if (m) this.parties.add(m[1]!);
    }
  }

  get empty(): boolean {
    return this.visits.size === 0 && this.casters.size === 0 && this.parties.size === 0;
  }
}

/** Consolidate every touched group of a store. */
export async function consolidate(store: GraphStore, touched: Touched, io?: GroupIO): Promise<void> {
  if (touched.empty) return;
  io ??= await groupIO(store);
  const out: Replacement[] = [];
  for (const s of await io.visits([...touched.visits.values()])) out.push(consolidateVisits(s));
  if (touched.casters.size) out.push(consolidateVetoes(await io.vetoes([...touched.casters].sort())));
  for (const s of await io.agreements([...touched.parties].sort())) out.push(consolidateAgreements(s));
  await io.replace(out.filter((r) => r.dropEdges.length || r.dropNodes.length || r.batch.edges.length));
}

async function groupIO(store: GraphStore): Promise<GroupIO> {
  if (store.kind === 'neo4j') {
    const { neo4jGroups } = await import('./consolidate-neo4j.ts');
    return neo4jGroups(store as import('./neo4j.ts').Neo4jStore);
  }
  const embedded = store as import('./embedded.ts').EmbeddedStore;
  // One save when the store closes, not one every 20 replacements: each writes the whole graph.
  return embeddedGroups(embedded.graph, async (b) => embedded.stage(b));
}

const nodeRecord = (graph: MultiDirectedGraph, key: string): NodeRecord => {
  const { label, id, ...props } = graph.getNodeAttributes(key);
  return uncheckedNode(label, id, props);
};
const edgeRecord = (graph: MultiDirectedGraph, key: string): EdgeRecord => {
  const { type, key: k, ...props } = graph.getEdgeAttributes(key);
  const ref = (n: string) => ({ label: graph.getNodeAttribute(n, 'label'), id: graph.getNodeAttribute(n, 'id') });
  return uncheckedEdge(type, ref(graph.source(key)), ref(graph.target(key)), k, props);
};

/** The embedded store's groups, read from its graphology graph; writes go through the store (which saves them). */
export function embeddedGroups(graph: MultiDirectedGraph, write: (b: GraphBatch) => Promise<void>): GroupIO {
  const published = (articles: Iterable<string>): Map<string, string | null> => {
    const m = new Map<string, string | null>();
    for (const a of articles) {
      const k = nodeKey({ label: 'Article', id: a });
      m.set(a, graph.hasNode(k) ? (graph.getNodeAttribute(k, 'published') as string | null) ?? null : null);
    }
    return m;
  };
  const articlesOf = (edges: EdgeRecord[]) => edges.flatMap((e) => evidenceOf(e).map((x) => x.article));
  return {
    async visits(pairs) {
      return pairs.map(({ from, to }) => {
        const [a, b] = [nodeKey(from), nodeKey(to)];
        const edges = graph.hasNode(a) && graph.hasNode(b)
          ? graph.directedEdges(a, b).filter((k) => graph.getEdgeAttribute(k, 'type') === 'VISITED').map((k) => edgeRecord(graph, k))
          : [];
        return { nodes: [], edges, published: published(articlesOf(edges)) };
      });
    },
    async vetoes(casters) {
      const drafts = new Set<string>();
      const queue = [...casters];
      const seen = new Set<string>();
      while (queue.length) {
        const c = nodeKey({ label: 'State', id: queue.pop()! });
        if (seen.has(c) || !graph.hasNode(c)) continue;
        seen.add(c);
        for (const k of graph.outEdges(c)) {
          if (graph.getEdgeAttribute(k, 'type') !== 'VETOED') continue;
          const d = graph.target(k);
          if (drafts.has(d)) continue;
          drafts.add(d);
          for (const i of graph.inEdges(d)) if (graph.getEdgeAttribute(i, 'type') === 'VETOED') queue.push(graph.getNodeAttribute(graph.source(i), 'id'));
        }
      }
      const nodes = [...drafts].map((d) => nodeRecord(graph, d));
      const edges = [...drafts].flatMap((d) => graph.edges(d).filter((k) => ['VETOED', 'PUT_TO'].includes(graph.getEdgeAttribute(k, 'type'))).map((k) => edgeRecord(graph, k)));
      return { nodes, edges, published: published(articlesOf(edges)) };
    },
    async agreements(parties) {
      const want = new Set(parties);
      const byParties = new Map<string, string[]>();
      graph.forEachNode((k, a) => {
        if (a.label !== 'Agreement') return;
        const m = PLAIN_AGREEMENT.exec(a.id as string);
        if (m && want.has(m[1]!)) (byParties.get(m[1]!) ?? byParties.set(m[1]!, []).get(m[1]!)!).push(k);
      });
      return [...byParties.keys()].sort().map((p) => {
        const keys = byParties.get(p)!;
        const edges = keys.flatMap((k) => graph.inEdges(k).filter((e) => ['PARTY_TO', 'SIGNED'].includes(graph.getEdgeAttribute(e, 'type'))).map((e) => edgeRecord(graph, e)));
        return { nodes: keys.map((k) => nodeRecord(graph, k)), edges, published: published(articlesOf(edges)) };
      });
    },
    async replace(replacements) {
      for (const r of replacements) {
        for (const e of r.dropEdges) { const k = edgeKey(e); if (graph.hasEdge(k)) graph.dropEdge(k); }
        for (const n of r.dropNodes) { const k = nodeKey(n); if (graph.hasNode(k)) graph.dropNode(k); }
        await write(r.batch);
      }
    },
  };
}
