/**
 * Export of a graph in the embedded layout for other tools: GraphML (yEd, Cytoscape, NetworkX),
 * GEXF 1.3 (Gephi) and graphology JSON. Input: a graphology graph. Output: the file's text, in
 * pieces (a big graph is streamed, never one string).
 *
 * The XML is written here rather than with graphology-gexf / graphology-graphml: our attributes
 * include lists and Evidence objects, which both formats only hold as text, so each needs the same
 * JSON-encoding step anyway, and a writer this small is easier to keep right than two packages.
 * Formats: GraphML primer, http://graphml.graphdrawing.org/primer/graphml-primer.html;
 * GEXF 1.3, https://gexf.net/schema.html.
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

/** XML 1.0 cannot carry control characters (other than tab, newline, return) nor lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type AttrType = 'boolean' | 'integer' | 'double' | 'string';

/** One declared attribute per name: numbers stay numbers when every value is one, all else is text. */
function attributeTypes(items: Iterable<Attributes>): Map<string, AttrType> {
  const types = new Map<string, AttrType>();
  for (const attrs of items) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined) continue;
      const t: AttrType = typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'double') : 'string';
      const cur = types.get(k);
      if (cur === undefined) types.set(k, t);
      else if (cur !== t) types.set(k, (cur === 'integer' && t === 'double') || (cur === 'double' && t === 'integer') ? 'double' : 'string');
    }
  }
  return types;
}

function text(v: unknown): string {
  return xmlEscape(typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));
}

/** What Gephi shows on a node: a name when there is one, else the id. */
function displayName(a: Attributes): string {
  return String(a.name_en ?? a.name_ar ?? a.name ?? a.title ?? a.subject ?? a.id);
}

function* graphml(graph: MultiDirectedGraph): Generator<string> {
  const nodeTypes = attributeTypes(graph.mapNodes((_k, a) => a));
  const edgeTypes = attributeTypes(graph.mapEdges((_k, a) => a));
  const gmlType = (t: AttrType) => (t === 'integer' ? 'long' : t);
  const nodeIds = new Map([...nodeTypes.keys()].map((k, i) => [k, `n${i}`]));
  const edgeIds = new Map([...edgeTypes.keys()].map((k, i) => [k, `e${i}`]));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [k, t] of nodeTypes) yield `  <key id="${nodeIds.get(k)}" for="node" attr.name="${xmlEscape(k)}" attr.type="${gmlType(t)}"/>\n`;
  for (const [k, t] of edgeTypes) yield `  <key id="${edgeIds.get(k)}" for="edge" attr.name="${xmlEscape(k)}" attr.type="${gmlType(t)}"/>\n`;
  yield '  <graph id="kg" edgedefault="directed">\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${xmlEscape(node)}">${data(attributes, nodeIds)}</node>\n`;
  }
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    yield `    <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">${data(attributes, edgeIds)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function data(attrs: Attributes, ids: Map<string, string>): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) out += `<data key="${ids.get(k)}">${text(v)}</data>`;
  return out;
}

function* gexf(graph: MultiDirectedGraph): Generator<string> {
  const nodeTypes = attributeTypes(graph.mapNodes((_k, a) => a));
  const edgeTypes = attributeTypes(graph.mapEdges((_k, a) => a));
  const nodeIds = new Map([...nodeTypes.keys()].map((k, i) => [k, String(i)]));
  const edgeIds = new Map([...edgeTypes.keys()].map((k, i) => [k, String(i)]));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield '  <meta><creator>arabic-geo-kg</creator><description>states, leaders, agreements, vetoes and visits from news</description></meta>\n';
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield* declarations('node', nodeTypes, nodeIds);
  yield* declarations('edge', edgeTypes, edgeIds);
  yield '    <nodes>\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `      <node id="${xmlEscape(node)}" label="${xmlEscape(displayName(attributes))}">${attvalues(attributes, nodeIds)}</node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    yield `      <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${xmlEscape(String(attributes.type))}">${attvalues(attributes, edgeIds)}</edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function* declarations(cls: 'node' | 'edge', types: Map<string, AttrType>, ids: Map<string, string>): Generator<string> {
  if (types.size === 0) return;
  yield `    <attributes class="${cls}">\n`;
  for (const [k, t] of types) yield `      <attribute id="${ids.get(k)}" title="${xmlEscape(k)}" type="${t === 'integer' ? 'long' : t}"/>\n`;
  yield '    </attributes>\n';
}

function attvalues(attrs: Attributes, ids: Map<string, string>): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) out += `<attvalue for="${ids.get(k)}" value="${text(v)}"/>`;
  return out ? `<attvalues>${out}</attvalues>` : '';
}
