/**
 * Cypher for the Neo4j store: turns folded batch records into parameterised `UNWIND … MERGE`
 * statements whose SET clauses implement model.ts mergeProps in Cypher, so both stores end equal.
 * Input: NodeRecords / EdgeRecords (checked by batch.ts). Output: { text, rows } groups to run.
 *
 * Only names from the model reach the statement text: labels and types from the fixed lists,
 * property keys that are plain identifiers. Every value travels as a parameter.
 */
import neo4j from 'neo4j-driver';
import type { EdgeRecord, Evidence, NodeRecord } from './model.ts';
import { StoreError } from './store.ts';

/** How a property is merged: first non-null value wins, list union, or evidence union by identity. */
type Kind = 's' | 'l' | 'e';

export interface Statement {
  text: string;
  rows: Record<string, unknown>[];
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Keys the stores own: a prop of this name would rename the node or the edge. */
const NODE_RESERVED = new Set(['id', 'label']);
const EDGE_RESERVED = new Set(['key', 'type']);

/** Statements that merge nodes, grouped by label and by which props the rows carry. */
export function nodeStatements(nodes: NodeRecord[], chunk = 2000): Statement[] {
  const groups = new Map<string, { label: string; props: [string, Kind][]; rows: Record<string, unknown>[] }>();
  for (const n of nodes) {
    const { shape, p } = toParams(n.props, NODE_RESERVED);
    const gk = `${n.label}|${shape.map(([k, kind]) => `${k}:${kind}`).join(',')}`;
    let g = groups.get(gk);
    if (!g) groups.set(gk, (g = { label: n.label, props: shape, rows: [] }));
    g.rows.push({ id: n.id, p });
  }
  const out: Statement[] = [];
  for (const g of groups.values()) {
    const text = `UNWIND $rows AS row\nMERGE (n:${quote(g.label)} {id: row.id})${setClause('n', g.props)}`;
    for (let i = 0; i < g.rows.length; i += chunk) out.push({ text, rows: g.rows.slice(i, i + chunk) });
  }
  return out;
}

/** Statements that merge edges (and bare end nodes, as the embedded store does), grouped likewise. */
export function edgeStatements(edges: EdgeRecord[], chunk = 2000): Statement[] {
  const groups = new Map<string, { e: EdgeRecord; props: [string, Kind][]; rows: Record<string, unknown>[] }>();
  for (const e of edges) {
    const { shape, p } = toParams(e.props, EDGE_RESERVED);
    const gk = `${e.type}|${e.from.label}|${e.to.label}|${shape.map(([k, kind]) => `${k}:${kind}`).join(',')}`;
    let g = groups.get(gk);
    if (!g) groups.set(gk, (g = { e, props: shape, rows: [] }));
    g.rows.push({ from: e.from.id, to: e.to.id, key: e.key, p });
  }
  const out: Statement[] = [];
  for (const { e, props, rows } of groups.values()) {
    const text = 'UNWIND $rows AS row\n'
      + `MERGE (a:${quote(e.from.label)} {id: row.from})\n`
      + `MERGE (b:${quote(e.to.label)} {id: row.to})\n`
      + `MERGE (a)-[r:${quote(e.type)} {key: row.key}]->(b)${setClause('r', props)}`;
    for (let i = 0; i < rows.length; i += chunk) out.push({ text, rows: rows.slice(i, i + chunk) });
  }
  return out;
}

/**
 * mergeProps in Cypher. Scalars: coalesce keeps a stored value. Lists: a missing list takes the
 * incoming one as is, else the incoming items not yet present are appended in order. Evidence:
 * the same, with identity = the JSON text before `,"text":` (article, sentence, start, end, rule;
 * see evidenceJson: a JSON string value cannot contain an unescaped `"`, so the cut is exact).
 */
function setClause(v: string, props: [string, Kind][]): string {
  if (props.length === 0) return '';
  const items = props.map(([k, kind]) => {
    const cur = `${v}.${quote(k)}`;
    const inc = `row.p.${quote(k)}`;
    if (kind === 's') return `${cur} = coalesce(${cur}, ${inc})`;
    const id = (x: string) => (kind === 'e' ? `split(${x}, ',"text":')[0]` : x);
    const present = kind === 'e' ? `${id('x')} IN [y IN acc | ${id('y')}]` : 'x IN acc';
    return `${cur} = CASE WHEN ${cur} IS NULL THEN ${inc} ELSE reduce(acc = ${cur}, x IN ${inc} | CASE WHEN ${present} THEN acc ELSE acc + [x] END) END`;
  });
  return `\nSET ${items.join(',\n    ')}`;
}

/** Backtick-quote a name for Cypher text; only model names and plain identifiers get here. */
export function quote(name: string): string {
  if (!IDENT.test(name)) throw new StoreError(`property or label name ${JSON.stringify(name)} is not a plain identifier; it cannot be stored in Neo4j`);
  return `\`${name}\``;
}

/** Props as Neo4j parameter values, and their merge shape (sorted keys with kinds). Nulls are not stored. */
function toParams(props: Record<string, unknown>, reserved: Set<string>): { shape: [string, Kind][]; p: Record<string, unknown> } {
  const shape: [string, Kind][] = [];
  const p: Record<string, unknown> = {};
  for (const k of Object.keys(props).sort()) {
    const v = props[k];
    if (v === null || v === undefined || reserved.has(k)) continue;
    if (k === 'evidence' && Array.isArray(v)) {
      shape.push([k, 'e']);
      p[k] = v.map((e) => evidenceJson(e as Evidence));
    } else if (Array.isArray(v)) {
      shape.push([k, 'l']);
      p[k] = v.map(listItem);
    } else {
      shape.push([k, 's']);
      p[k] = scalar(v);
    }
  }
  return { shape, p };
}

/** Whole numbers go as Neo4j integers (count, dates' parts), so Cypher compares them as INTEGER. */
function scalar(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  // Neo4j stores no maps: a nested object is kept as its JSON text.
  return JSON.stringify(v);
}

function listItem(v: unknown): unknown {
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : scalar(v);
}

/** One Evidence object as JSON with its identity fields first, in a fixed order (see setClause). */
export function evidenceJson(e: Evidence): string {
  const { article, sentence, start, end, rule, text, confidence, ...rest } = e;
  return JSON.stringify({ article, sentence, start, end, rule, text, confidence, ...rest });
}
