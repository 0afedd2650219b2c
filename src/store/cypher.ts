/**
 * Cypher for the Neo4j store: turns folded batch records into parameterised `UNWIND … MERGE`
 * statements whose SET clauses implement model.ts mergeProps in Cypher, so both stores end equal.
 * Input: NodeRecords / EdgeRecords (checked by batch.ts). Output: { text, rows } groups to run.
 *
 * Only names from the model reach the statement text: labels and types from the fixed lists,
 * property keys that are plain identifiers. Every value travels as a parameter.
 */
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { EdgeProps, type EdgeRecord, type Evidence, evidenceKey, NodeProps, type NodeRecord } from '../model.ts';
import { formsKey, VOTE_SEP, VOTED } from './merge.ts';
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

/**
 * Each label's and type's props with their merge kind, read once from the model's zod schemas.
 * Statements list all of them whether a row has them or not, so a label or type always gets the
 * same statement text: Neo4j plans it once (planning a new text costs 50-250 ms, a chunk ~2 ms).
 */
function modelKinds(shape: Record<string, z.ZodType>): Map<string, Kind> {
  const kinds = new Map<string, Kind>();
  for (const [k, schema] of Object.entries(shape)) {
    let inner: z.ZodType = schema;
    while ('innerType' in inner.def) inner = inner.def.innerType as z.ZodType;
    kinds.set(k, k === 'evidence' ? 'e' : inner instanceof z.ZodArray ? 'l' : 's');
  }
  // A voted name's votes are the store's own list (model.ts withVotes), not the pipeline's.
  for (const k of VOTED) if (kinds.has(k)) kinds.set(formsKey(k), 'l');
  return kinds;
}
const NODE_KINDS = new Map(Object.entries(NodeProps).map(([l, s]) => [l, modelKinds(s.shape)]));
const EDGE_KINDS = new Map(Object.entries(EdgeProps).map(([t, s]) => [t, modelKinds(s.shape)]));

/** The model's props for a group, plus any other prop its rows carry (kind from the first value). */
function groupKinds(model: Map<string, Kind> | undefined, props: Record<string, unknown>[], reserved: Set<string>): [string, Kind][] {
  const kinds = new Map(model);
  for (const p of props) {
    for (const [k, v] of Object.entries(p)) {
      if (v === null || v === undefined || kinds.has(k) || reserved.has(k)) continue;
      kinds.set(k, Array.isArray(v) ? (k === 'evidence' ? 'e' : 'l') : 's');
    }
  }
  for (const k of reserved) kinds.delete(k);
  return [...kinds].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * Every statement seeks its nodes through the per-label uniqueness constraint, whatever the data,
 * so the first plan stays right: `replan=skip` keeps Neo4j from replanning each statement while a
 * seed makes the counts grow (a replan costs 50-300 ms; a 2,000-row chunk about 20 ms).
 */
const PREFIX = 'CYPHER replan=skip\n';

/** Statements that merge nodes, one text per label, in chunks of rows. */
export function nodeStatements(nodes: NodeRecord[], chunk = 2000): Statement[] {
  const groups = new Map<string, NodeRecord[]>();
  for (const n of nodes) {
    const g = groups.get(n.label);
    if (g) g.push(n);
    else groups.set(n.label, [n]);
  }
  const out: Statement[] = [];
  for (const [label, recs] of groups) {
    const kinds = groupKinds(NODE_KINDS.get(label), recs.map((r) => r.props), NODE_RESERVED);
    const text = `${PREFIX}UNWIND $rows AS row\nMERGE (n:${quote(label)} {id: row.id})${setClause('n', kinds)}`;
    const rows = recs.map((r) => ({ id: r.id, ...toParams(r.props, kinds) }));
    for (let i = 0; i < rows.length; i += chunk) out.push({ text, rows: rows.slice(i, i + chunk) });
  }
  return out;
}

/** Statements that merge edges (and bare end nodes, as the embedded store does), one text per type and end labels. */
export function edgeStatements(edges: EdgeRecord[], chunk = 2000): Statement[] {
  const groups = new Map<string, EdgeRecord[]>();
  for (const e of edges) {
    const gk = `${e.type}|${e.from.label}|${e.to.label}`;
    const g = groups.get(gk);
    if (g) g.push(e);
    else groups.set(gk, [e]);
  }
  const out: Statement[] = [];
  for (const recs of groups.values()) {
    const e = recs[0]!;
    const kinds = groupKinds(EDGE_KINDS.get(e.type), recs.map((r) => r.props), EDGE_RESERVED);
    const text = `${PREFIX}UNWIND $rows AS row\n`
      + `MERGE (a:${quote(e.from.label)} {id: row.from})\n`
      + `MERGE (b:${quote(e.to.label)} {id: row.to})\n`
      + `MERGE (a)-[r:${quote(e.type)} {key: row.key}]->(b)${setClause('r', kinds)}`;
    const rows = recs.map((r) => ({ from: r.from.id, to: r.to.id, key: r.key, ...toParams(r.props, kinds) }));
    for (let i = 0; i < rows.length; i += chunk) out.push({ text, rows: rows.slice(i, i + chunk) });
  }
  return out;
}

/**
 * mergeProps in Cypher. Scalars: coalesce keeps a stored value (a row without the prop sends null,
 * which changes nothing). Lists: a missing list takes the incoming one as is, else the incoming
 * items not yet present are appended in order. Evidence: the same, with identity = the JSON text
 * before `,"text":` (article, sentence, start, end, rule; see evidenceJson: a JSON string value
 * cannot contain an unescaped `"`, so the cut is exact).
 *
 * The stored lists (and the stored evidence's identities) are read once per row (WITH) and the new
 * items, already without repeats (row.u), appended once: re-reading, re-cutting or copying a stored
 * list of thousands (State:SAU's sources, a king's HOLDS_OFFICE evidence) per new item, or testing
 * each new item against a list that grows, made seeding quadratic.
 */
function setClause(v: string, props: [string, Kind][]): string {
  if (props.length === 0) return '';
  const cut = (x: string) => `split(${x}, ',"text":')[0]`;
  // What is stored is read once per row (a property read inside a comprehension is a store read per
  // item), and `x IN held` against that one list lets Neo4j test membership through a hash set.
  const held = new Map(props.filter(([, kind]) => kind !== 's').map(([k], i) => [k, `held${i}`]));
  const items = props.map(([k, kind]) => {
    const cur = `${v}.${quote(k)}`;
    const inc = `row.p.${quote(k)}`;
    // The first of the two in the fixed order (model.ts firstInOrder): Cypher orders strings by
    // code point and false before true, as the embedded store does.
    if (kind === 's') return `${cur} = CASE WHEN ${inc} IS NULL THEN ${cur} WHEN ${cur} IS NULL OR ${inc} < ${cur} THEN ${inc} ELSE ${cur} END`;
    const once = `coalesce(row.u.${quote(k)}, ${inc})`;
    const fresh = kind === 'l'
      ? `[x IN ${once} WHERE NOT x IN ${held.get(k)}]`
      : `[x IN ${once} WHERE NOT ${cut('x')} IN ${held.get(k)}]`;
    return `${cur} = CASE WHEN ${inc} IS NULL THEN ${cur} WHEN ${cur} IS NULL THEN ${inc} ELSE ${cur} + ${fresh} END`;
  });
  const bind = held.size
    ? `\nWITH ${v}, row, ${props.filter(([k]) => held.has(k)).map(([k, kind]) => `${kind === 'e' ? `[y IN coalesce(${v}.${quote(k)}, []) | ${cut('y')}]` : `coalesce(${v}.${quote(k)}, [])`} AS ${held.get(k)}`).join(', ')}`
    : '';
  return `${bind}\nSET ${items.join(',\n    ')}${voteClause(v, props)}`;
}

/**
 * model.ts winner in Cypher: once the vote lists are merged, each voted name becomes the form with
 * the most votes, ties to the first in code-point order; with no votes the name stays as set above.
 * Counting goes through the distinct forms (a handful), not the votes (one per article) squared.
 */
function voteClause(v: string, props: [string, Kind][]): string {
  const keys = new Set(props.map(([k]) => k));
  let out = '';
  VOTED.filter((k) => keys.has(formsKey(k))).forEach((k, i) => {
    const sep = `'\\u${VOTE_SEP.charCodeAt(0).toString(16).padStart(4, '0')}'`;
    out += `\nWITH ${v}, row, [x IN coalesce(${v}.${quote(formsKey(k))}, []) | split(x, ${sep})[0]] AS votes${i}`
      + `\nWITH ${v}, row, votes${i}, reduce(acc = [], f IN votes${i} | CASE WHEN f IN acc THEN acc ELSE acc + f END) AS forms${i}`
      + `\nWITH ${v}, row, [f IN forms${i} | {f: f, n: size([y IN votes${i} WHERE y = f])}] AS tally${i}`
      + `\nSET ${v}.${quote(k)} = CASE WHEN size(tally${i}) = 0 THEN ${v}.${quote(k)}`
      + ` ELSE reduce(b = tally${i}[0], t IN tally${i} | CASE WHEN t.n > b.n OR (t.n = b.n AND t.f < b.f) THEN t ELSE b END).f END`;
  });
  return out;
}

/** Backtick-quote a name for Cypher text; only model names and plain identifiers get here. */
export function quote(name: string): string {
  if (!IDENT.test(name)) throw new StoreError(`property or label name ${JSON.stringify(name)} is not a plain identifier; it cannot be stored in Neo4j`);
  return `\`${name}\``;
}

/** A record's props as Neo4j parameter values for the group's kinds; nulls are left out (not stored). */
function toParams(props: Record<string, unknown>, kinds: [string, Kind][]): { p: Record<string, unknown>; u?: Record<string, unknown> } {
  const p: Record<string, unknown> = {};
  let u: Record<string, unknown> | undefined;
  for (const [k, kind] of kinds) {
    const v = props[k];
    if (v === null || v === undefined) continue;
    if (kind === 's') {
      p[k] = scalar(v);
      continue;
    }
    // A list prop sent as a single value merges as a one-item list, as the list it should have been.
    const list = Array.isArray(v) ? v : [v];
    p[k] = kind === 'e' ? list.map((e) => evidenceJson(e as Evidence)) : list.map(listItem);
    // Repeats inside one list are kept when the list is stored first and dropped when it is merged
    // into a stored one (mergeProps); the rare list with repeats also goes without them, as u.
    const ids = kind === 'e' ? list.map((e) => evidenceKey(e as Evidence)) : (p[k] as unknown[]);
    const seen = new Set<unknown>();
    const firsts: number[] = [];
    ids.forEach((id, i) => { if (!seen.has(id)) { seen.add(id); firsts.push(i); } });
    if (firsts.length < ids.length) (u ??= {})[k] = firsts.map((i) => (p[k] as unknown[])[i]);
  }
  return u ? { p, u } : { p };
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
