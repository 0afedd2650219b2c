/**
 * Export of a graph in the embedded layout for other tools: GraphML (yEd, Cytoscape, NetworkX,
 * JGraphT, Gephi), GEXF 1.2draft (Gephi, NetworkX) and graphology JSON. Input: a graphology graph.
 * Output: the file's text, in pieces (a big graph is streamed, never one string).
 *
 * The XML is written here rather than with graphology-gexf / graphology-graphml: our attributes
 * include lists and Evidence objects, which both formats only hold as text, so each needs the same
 * JSON-encoding step anyway, and a writer this small is easier to keep right than two packages.
 * Formats: GraphML primer, http://graphml.graphdrawing.org/primer/graphml-primer.html;
 * GEXF 1.2draft, https://gexf.net/1.2draft/gexf-12draft-primer.pdf.
 *
 * What the readers need, and so how the graph is written (README, "Exports"):
 * - XML ids are `n<i>` (and `e<i>` for GEXF edges): GraphML types them NMTOKEN, and our keys hold
 *   urls, `+`, `->`. The graph's own keys stay in the attribute `kg_ref`, so a reader can map back.
 * - `label` is the name a person reads: Gephi captions nodes with it (GEXF's label attribute, and
 *   GraphML's `label` key), and networkx's GEXF reader overwrites any attribute called `label`.
 *   So the model's label (State, Article…) is `kg_label`, its id `kg_id` (Gephi reserves `id`).
 * - An edge's type is `kind` (GEXF's `kind` is what Gephi turns into its edge type, which is what
 *   keeps parallel edges of different types apart); the model's edge `key` is `kg_key`, because
 *   networkx's GEXF reader passes attributes as keyword arguments beside its own `key`.
 * - Lists and objects are JSON text: GraphML has no list type, and evidence lists hold objects,
 *   which no list type of either format can; a GraphML key of such values says so in its <desc>.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { serialiseGraph } from './persist.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportGraph(graph: MultiDirectedGraph, format: ExportFormat): Iterable<string> {
  if (format === 'graphml') return graphml(graph);
  if (format === 'gexf') return gexf(graph);
  return serialiseGraph(graph);
}

/** The description a GraphML key of JSON-encoded values carries. */
export const JSON_DESC = 'JSON';

/** XML 1.0 cannot carry control characters (other than tab, newline, return) nor lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Tab, newline and return as character references: a parser turns them into spaces in an
// attribute value (and a return into a newline anywhere), so written raw they would not come back.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}

type AttrType = 'boolean' | 'integer' | 'double' | 'string' | 'json';

/** The attributes of one node or edge as the export writes them: renamed, display name first. */
type Row = [name: string, value: unknown][];

function nodeRow(key: string, a: Attributes): Row {
  const row: Row = [['label', displayName(a)], ['kg_ref', key]];
  for (const [k, v] of Object.entries(a)) row.push([k === 'label' ? 'kg_label' : k === 'id' ? 'kg_id' : k, v]);
  return row;
}

function edgeRow(key: string, a: Attributes): Row {
  const row: Row = [['kg_ref', key]];
  for (const [k, v] of Object.entries(a)) row.push([k === 'type' ? 'kind' : k === 'key' ? 'kg_key' : k, v]);
  return row;
}

/** What Gephi shows on a node: a name when there is one, else the id. */
function displayName(a: Attributes): string {
  return String(a.name_en ?? a.name_ar ?? a.name ?? a.title ?? a.subject ?? a.id);
}

const typeOf = (v: unknown): AttrType =>
  typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'double') : typeof v === 'string' ? 'string' : 'json';

/** One declared attribute per name: a type when every value has it, numbers widened, else text. */
function attributeTypes(rows: Iterable<Row>): Map<string, AttrType> {
  const types = new Map<string, AttrType>();
  for (const row of rows) {
    for (const [k, v] of row) {
      if (v === null || v === undefined) continue;
      const t = typeOf(v);
      const cur = types.get(k);
      if (cur === undefined) types.set(k, t);
      else if (cur !== t) types.set(k, (cur === 'integer' && t === 'double') || (cur === 'double' && t === 'integer') ? 'double' : cur === 'json' || t === 'json' ? 'json' : 'string');
    }
  }
  return types;
}

/** A value as the text of its declared type (a string in a JSON-typed attribute is JSON too). */
function text(v: unknown, t: AttrType | undefined): string {
  return xmlEscape(t === 'json' || (typeof v === 'object' && v !== null) ? JSON.stringify(v) : String(v));
}

interface Declared {
  types: Map<string, AttrType>;
  ids: Map<string, string>;
}

function declare(rows: Iterable<Row>, prefix: string): Declared {
  const types = attributeTypes(rows);
  return { types, ids: new Map([...types.keys()].map((k, i) => [k, `${prefix}${i}`])) };
}

function* graphml(graph: MultiDirectedGraph): Generator<string> {
  const nodes = declare(graph.mapNodes(nodeRow), 'dn');
  const edges = declare(graph.mapEdges(edgeRow), 'de');
  const gmlType = (t: AttrType) => (t === 'integer' ? 'long' : t === 'json' ? 'string' : t);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [cls, d] of [['node', nodes], ['edge', edges]] as const) {
    for (const [k, t] of d.types) {
      const attrs = `id="${d.ids.get(k)}" for="${cls}" attr.name="${xmlEscape(k)}" attr.type="${gmlType(t)}"`;
      yield t === 'json' ? `  <key ${attrs}><desc>${JSON_DESC}</desc></key>\n` : `  <key ${attrs}/>\n`;
    }
  }
  yield '  <graph id="kg" edgedefault="directed">\n';
  const nodeIds = new Map<string, string>();
  for (const { node, attributes } of graph.nodeEntries()) {
    const id = `n${nodeIds.size}`;
    nodeIds.set(node, id);
    yield `    <node id="${id}">${values(nodeRow(node, attributes), nodes, (k, v) => `<data key="${k}">${v}</data>`)}</node>\n`;
  }
  // Edges without an id (GraphML makes it optional; the key is in kg_ref): the schema declares edge
  // ids unique, and Java's XSD validator checks that by a linear search per edge, which on the
  // whole corpus (145k edges) takes hours; without them JGraphT validates it in under 3 minutes.
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    yield `    <edge source="${nodeIds.get(source)}" target="${nodeIds.get(target)}">${values(edgeRow(edge, attributes), edges, (k, v) => `<data key="${k}">${v}</data>`)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function values(row: Row, d: Declared, element: (id: string, value: string) => string): string {
  let out = '';
  for (const [k, v] of row) if (v !== null && v !== undefined) out += element(d.ids.get(k)!, text(v, d.types.get(k)));
  return out;
}

/** The longest XML text of one GEXF attribute value; Gephi's XML reader refuses values over 512 KiB. */
export const GEXF_MAX_VALUE = 400_000;

/**
 * GEXF holds values in XML attributes, and Gephi's reader stops at the first over 512 KiB (on the
 * corpus: Saudi Arabia's `sources`, King Salman's office `evidence`). A list that long is written
 * in parts, `name`, `name_2`, `name_3`…, each a JSON list: join them in order to get it back.
 */
function splitLong(row: Row): Row {
  const out: Row = [];
  for (const [k, v] of row) {
    if (!Array.isArray(v) || xmlEscape(JSON.stringify(v)).length <= GEXF_MAX_VALUE) {
      out.push([k, v]);
      continue;
    }
    let part: unknown[] = [];
    let size = 2;
    let parts = 0;
    const flush = () => {
      parts++;
      out.push([parts === 1 ? k : `${k}_${parts}`, part]);
      [part, size] = [[], 2];
    };
    for (const item of v) {
      const n = xmlEscape(JSON.stringify(item)).length + 1;
      if (part.length && size + n > GEXF_MAX_VALUE) flush();
      part.push(item);
      size += n;
    }
    flush();
  }
  return out;
}

function* gexf(graph: MultiDirectedGraph): Generator<string> {
  // `label` travels as the element's own label attribute, not as a declared one.
  const gexfNodeRow = (k: string, a: Attributes) => splitLong(nodeRow(k, a));
  const gexfEdgeRow = (k: string, a: Attributes) => splitLong(edgeRow(k, a));
  const nodes = declare(graph.mapNodes((k, a) => gexfNodeRow(k, a).slice(1)), '');
  const edges = declare(graph.mapEdges(gexfEdgeRow), '');
  const attvalue = (k: string, v: string) => `<attvalue for="${k}" value="${v}"/>`;
  // 1.2draft, not 1.3: networkx's reader (2.8 and the newest) knows no 1.3 namespace.
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n';
  yield '  <meta><creator>arabic-geo-kg</creator><description>states, leaders, agreements, vetoes and visits from news</description></meta>\n';
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield* declarations('node', nodes);
  yield* declarations('edge', edges);
  yield '    <nodes>\n';
  const nodeIds = new Map<string, string>();
  for (const { node, attributes } of graph.nodeEntries()) {
    const id = `n${nodeIds.size}`;
    nodeIds.set(node, id);
    // nodeRow puts the display name first, and splitLong leaves a string whole.
    const [first, ...rest] = gexfNodeRow(node, attributes);
    yield `      <node id="${id}" label="${xmlEscape(String(first?.[1]))}"><attvalues>${values(rest, nodes, attvalue)}</attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  let e = 0;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const kind = xmlEscape(String(attributes.type));
    yield `      <edge id="e${e++}" source="${nodeIds.get(source)}" target="${nodeIds.get(target)}" label="${kind}" kind="${kind}"><attvalues>${values(gexfEdgeRow(edge, attributes), edges, attvalue)}</attvalues></edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function* declarations(cls: 'node' | 'edge', d: Declared): Generator<string> {
  if (d.types.size === 0) return;
  yield `    <attributes class="${cls}">\n`;
  for (const [k, t] of d.types) yield `      <attribute id="${d.ids.get(k)}" title="${xmlEscape(k)}" type="${t === 'integer' ? 'long' : t === 'json' ? 'string' : t}"/>\n`;
  yield '    </attributes>\n';
}
