/**
 * The consolidation pass's reads and writes for Neo4j (see consolidate.ts): each group is read
 * with parameterised queries into the embedded layout, decided by the same TypeScript as for the
 * embedded store, and written back in one transaction (delete the group's old edges and nodes,
 * then MERGE the replacement with the store's own statements).
 */
import { edgeStatements, nodeStatements } from './cypher.ts';
import { type EdgeRecord, evidenceOf, NODE_LABELS, type NodeLabel, type NodeRecord, uncheckedEdge, uncheckedNode } from '../model.ts';
import { recordWithVotes } from './merge.ts';
import type { Neo4jStore } from './neo4j.ts';
import type { GroupIO } from './store.ts';
import { neo4jError } from './neo4j.ts';
import type { Snapshot } from '../resolve/events.ts';

const LABELS = new Set<string>(NODE_LABELS);
const label = (ls: string[]): NodeLabel => ls.find((l) => LABELS.has(l)) as NodeLabel;
const fromJson = (p: Record<string, unknown>): Record<string, unknown> => (
  Array.isArray(p.evidence) ? { ...p, evidence: p.evidence.map((x) => JSON.parse(x as string)) } : p
);

/** Rows of `a, r, b` (labels, ids, props) as EdgeRecords. */
const EDGE_RETURN = 'labels(a) AS al, a.id AS a, type(r) AS type, properties(r) AS p, labels(b) AS bl, b.id AS b';

export async function neo4jGroups(store: Neo4jStore): Promise<GroupIO> {
  await store.flush();
  const session = (mode: 'READ' | 'WRITE') => store.driver.session({ database: store.database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
  const read = async (text: string, params: Record<string, unknown>) => {
    const s = session('READ');
    try {
      return (await s.executeRead((tx) => tx.run(text, params))).records;
    } catch (err) {
      throw neo4jError(err, store.uri);
    } finally {
      await s.close();
    }
  };
  const edgesOf = (recs: Awaited<ReturnType<typeof read>>): EdgeRecord[] => recs.map((r) => {
    const { key, ...props } = fromJson(r.get('p') as Record<string, unknown>);
    return uncheckedEdge(r.get('type'), { label: label(r.get('al')), id: r.get('a') }, { label: label(r.get('bl')), id: r.get('b') }, key as string, props);
  });
  const nodesOf = (recs: Awaited<ReturnType<typeof read>>): NodeRecord[] => recs.map((r) => {
    const { id, ...props } = r.get('p') as Record<string, unknown>;
    return uncheckedNode(label(r.get('l')), id as string, props);
  });
  const published = async (edges: EdgeRecord[]): Promise<Map<string, string | null>> => {
    const ids = [...new Set(edges.flatMap((e) => evidenceOf(e).map((x) => x.article)))];
    const m = new Map<string, string | null>(ids.map((i) => [i, null]));
    for (const r of await read('UNWIND $ids AS i MATCH (x:Article {id: i}) RETURN x.id AS id, x.published AS d', { ids })) m.set(r.get('id'), r.get('d') ?? null);
    return m;
  };
  const snapshot = async (nodes: NodeRecord[], edges: EdgeRecord[]): Promise<Snapshot> => ({ nodes, edges, published: await published(edges) });

  return {
    async visits(pairs) {
      const out: Snapshot[] = [];
      const byLabel = new Map<NodeLabel, { from: string; to: string }[]>();
      for (const p of pairs) (byLabel.get(p.from.label) ?? byLabel.set(p.from.label, []).get(p.from.label)!).push({ from: p.from.id, to: p.to.id });
      for (const [l, rows] of byLabel) {
        // The label comes from the model's fixed list (checked above), never from input text.
        const recs = await read(`UNWIND $rows AS row MATCH (a:\`${l}\` {id: row.from})-[r:VISITED]->(b:State {id: row.to}) RETURN row.from + '->' + row.to AS g, ${EDGE_RETURN}`, { rows });
        const groups = new Map<string, typeof recs>();
        for (const r of recs) (groups.get(r.get('g')) ?? groups.set(r.get('g'), []).get(r.get('g'))!).push(r);
        for (const g of [...groups.keys()].sort()) out.push(await snapshot([], edgesOf(groups.get(g)!)));
      }
      return out;
    },
    async vetoes(casters) {
      // Drafts reachable from the casters through shared casters (a veto by two states ties their drafts), as in the embedded store.
      const seen = new Set<string>();
      let ids: string[] = [];
      for (let todo = casters; todo.length;) {
        todo.forEach((c) => seen.add(c));
        const recs = await read(
          // Two MATCH clauses: within one pattern a draft's only veto could not be both ends.
          'MATCH (s:State)-[:VETOED]->(d:DraftResolution) WHERE s.id IN $todo MATCH (t:State)-[:VETOED]->(d) RETURN DISTINCT d.id AS d, t.id AS t', { todo });
        ids = [...new Set([...ids, ...recs.map((r) => r.get('d') as string)])];
        todo = [...new Set(recs.map((r) => r.get('t') as string))].filter((t) => !seen.has(t));
      }
      ids.sort();
      const nodes = nodesOf(await read('UNWIND $ids AS i MATCH (n:DraftResolution {id: i}) RETURN labels(n) AS l, properties(n) AS p', { ids }));
      const edges = edgesOf(await read(
        `UNWIND $ids AS i MATCH (a)-[r:VETOED|PUT_TO]->(b) WHERE (b:DraftResolution AND b.id = i) OR (a:DraftResolution AND a.id = i) RETURN ${EDGE_RETURN}`,
        { ids },
      ));
      return snapshot(nodes, edges);
    },
    async agreements(parties) {
      const prefixes = parties.map((p) => `agr:${p}:`);
      const nodes = nodesOf(await read('UNWIND $prefixes AS pre MATCH (n:Agreement) WHERE n.id STARTS WITH pre RETURN labels(n) AS l, properties(n) AS p', { prefixes }));
      const ids = nodes.map((n) => n.id);
      const edges = edgesOf(await read(`UNWIND $ids AS i MATCH (a)-[r:PARTY_TO|SIGNED]->(b:Agreement {id: i}) RETURN ${EDGE_RETURN}`, { ids }));
      const out: Snapshot[] = [];
      for (const p of [...parties].sort()) {
        const ns = nodes.filter((n) => n.id.startsWith(`agr:${p}:`));
        if (ns.length) out.push(await snapshot(ns, edges.filter((e) => ns.some((n) => n.id === e.to.id))));
      }
      return out;
    },
    async replace(replacements) {
      if (replacements.length === 0) return;
      const s = session('WRITE');
      try {
        await s.executeWrite(async (tx) => {
          for (const r of replacements) {
            const combos = new Map<string, Record<string, string>[]>();
            for (const e of r.dropEdges) {
              const c = `${e.from.label}|${e.type}|${e.to.label}`;
              (combos.get(c) ?? combos.set(c, []).get(c)!).push({ from: e.from.id, to: e.to.id, key: e.key });
            }
            for (const [c, rows] of combos) {
              // Labels and types come from the model's fixed lists (batch.ts checked them), never from input text.
              const [a, t, b] = c.split('|');
              await tx.run(`UNWIND $rows AS e MATCH (:\`${a}\` {id: e.from})-[r:\`${t}\` {key: e.key}]->(:\`${b}\` {id: e.to}) DELETE r`, { rows });
            }
            for (const l of new Set(r.dropNodes.map((n) => n.label))) {
              const ids = r.dropNodes.filter((n) => n.label === l).map((n) => n.id);
              await tx.run(`UNWIND $ids AS i MATCH (n:\`${l}\` {id: i}) DETACH DELETE n`, { ids });
            }
            // The replaced nodes are new: their votes come from their own sources, as the embedded store's
            // write gives them (model.ts withVotes).
            const nodes = r.batch.nodes.map(recordWithVotes);
            for (const st of [...nodeStatements(nodes), ...edgeStatements(r.batch.edges)]) await tx.run(st.text, { rows: st.rows });
          }
        });
      } catch (err) {
        throw neo4jError(err, store.uri);
      } finally {
        await s.close();
      }
    },
  };
}
