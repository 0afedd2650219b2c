import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/export.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { exportGraph, GEXF_MAX_VALUE, xmlEscape } from '../../src/store/export.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { saveGraph } from '../../src/store/persist.ts';
import { evidence, syntheticCorpus } from './helpers/synthetic.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'kg-export-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const NASTY = 'قال "الرئيس" <b>&amp; \'هنا\'\u0007 ]]> 🇸🇦';

function graph() {
  const g = emptyGraph();
  for (const b of syntheticCorpus(30)) applyBatch(g, b);
  applyBatch(g, {
    nodes: [{ label: 'Person', id: 'p<1>&"', props: { name_ar: NASTY, name_en: null, role: null, sources: ['a'] } }],
    edges: [{ type: 'MET', from: { label: 'Person', id: 'p<1>&"' }, to: { label: 'Leader', id: 'vladimir-putin' }, key: '', props: { date: null, place: null, evidence: [evidence('a', 1, 'met', NASTY)], sources: ['a'] } }],
  });
  return g;
}

/** Parse strictly: any warning or error from the XML parser fails the test. */
function parse(xml: string) {
  return new DOMParser({ onError: (level, msg) => { throw new Error(`${level}: ${msg}`); } }).parseFromString(xml, 'text/xml');
}

const els = (root: { getElementsByTagName(n: string): ArrayLike<Element> }, name: string) => Array.from(root.getElementsByTagName(name));

describe('export', () => {
  it('escapes XML specials and drops characters XML 1.0 cannot hold', () => {
    expect(xmlEscape('a<b>&"c\'\u0000\u0007d\uD800')).toBe('a&lt;b&gt;&amp;&quot;c&apos;d');
    // Raw in an attribute, a parser would read tab, newline and return back as spaces.
    expect(xmlEscape('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(xmlEscape('🇸🇦 سلام')).toBe('🇸🇦 سلام');
  });

  it('GraphML: NMTOKEN ids, keys kept in kg_ref, the name as label, lists and evidence as JSON text', () => {
    const g = graph();
    const doc = parse([...exportGraph(g, 'graphml')].join(''));
    const keys = new Map(els(doc, 'key').map((k) => [k.getAttribute('id'), k]));
    expect(els(doc, 'node')).toHaveLength(g.order);
    expect(els(doc, 'edge')).toHaveLength(g.size);
    for (const el of [...els(doc, 'node'), ...els(doc, 'key')]) expect(el.getAttribute('id')).toMatch(/^[\w.:-]+$/);
    expect(els(doc, 'edge').every((e) => !e.hasAttribute('id')), 'edges carry no id').toBe(true);
    const countKey = [...keys.values()].find((k) => k.getAttribute('attr.name') === 'count' && k.getAttribute('for') === 'edge')!;
    expect(countKey.getAttribute('attr.type')).toBe('long');
    const sourcesKey = [...keys.values()].find((k) => k.getAttribute('attr.name') === 'sources' && k.getAttribute('for') === 'node')!;
    expect(els(sourcesKey, 'desc')[0]!.textContent).toBe('JSON');
    const dataOf = (el: Element) => Object.fromEntries(els(el, 'data').map((d) => [keys.get(d.getAttribute('key'))!.getAttribute('attr.name'), d.textContent]));
    const person = els(doc, 'node').find((n) => dataOf(n).kg_ref === 'Person:p<1>&"')!;
    // name_ar_forms: the votes behind the display name (model.ts), a list like sources.
    expect(dataOf(person)).toEqual({
      label: NASTY.replace('\u0007', ''), kg_ref: 'Person:p<1>&"', kg_label: 'Person', kg_id: 'p<1>&"', name_ar: NASTY.replace('\u0007', ''), sources: '["a"]',
      name_ar_forms: JSON.stringify(g.getNodeAttribute('Person:p<1>&"', 'name_ar_forms')),
    });
    const met = els(doc, 'edge').find((e) => e.getAttribute('source') === person.getAttribute('id'))!;
    expect(dataOf(met)).toMatchObject({ kind: 'MET', kg_key: '', kg_ref: 'MET:Person:p<1>&"->Leader:vladimir-putin:' });
    // JSON escapes the control character, so the evidence survives whole, even the byte XML cannot hold.
    expect(JSON.parse(dataOf(met).evidence!)).toEqual([evidence('a', 1, 'met', NASTY)]);
  });

  it('GEXF 1.2draft: directed, nodes captioned with a name, type in kg_label, edges with kind and their own ids', () => {
    const g = graph();
    const doc = parse([...exportGraph(g, 'gexf')].join(''));
    expect(doc.documentElement!.getAttribute('version')).toBe('1.2');
    expect(doc.documentElement!.namespaceURI).toBe('http://www.gexf.net/1.2draft');
    expect(els(doc, 'graph')[0]!.getAttribute('defaultedgetype')).toBe('directed');
    const nodes = els(doc, 'nodes')[0]!;
    expect(els(nodes, 'node')).toHaveLength(g.order);
    expect(els(doc, 'edge')).toHaveLength(g.size);
    expect(new Set(els(doc, 'edge').map((e) => e.getAttribute('id'))).size).toBe(g.size);
    const titles = (cls: string) => new Map(els(els(doc, 'attributes').find((a) => a.getAttribute('class') === cls)!, 'attribute').map((a) => [a.getAttribute('id'), a.getAttribute('title')]));
    const nodeTitles = titles('node');
    const edgeTitles = titles('edge');
    // networkx's reader passes these as its own arguments, or overwrites them.
    expect([...nodeTitles.values()]).not.toContain('label');
    expect([...edgeTitles.values()]).not.toEqual(expect.arrayContaining(['key']));
    const attvalues = (el: Element, t: Map<string | null, string | null>) => Object.fromEntries(els(el, 'attvalue').map((v) => [t.get(v.getAttribute('for')), v.getAttribute('value')]));
    const putin = els(nodes, 'node').find((n) => attvalues(n, nodeTitles).kg_ref === 'Leader:vladimir-putin')!;
    expect(putin.getAttribute('label')).toBe('Vladimir Putin');
    expect(attvalues(putin, nodeTitles)).toMatchObject({ kg_label: 'Leader', kg_id: 'vladimir-putin' });
    for (const e of els(doc, 'edge')) {
      expect(e.getAttribute('kind')).toBe(attvalues(e, edgeTitles).kind);
      expect(e.getAttribute('label')).toBe(e.getAttribute('kind'));
    }
    expect(new Set(els(doc, 'edge').map((e) => e.getAttribute('kind')))).toEqual(new Set(g.mapEdges((_k, a) => a.type)));
  });

  it('GEXF: a list too long for one attribute comes in parts, name, name_2…, that join to the list', () => {
    const g = graph();
    const sources = Array.from({ length: 20_000 }, (_, i) => `http://example.com/"${i}"`);
    g.setNodeAttribute('State:SAU', 'sources', sources);
    const doc = parse([...exportGraph(g, 'gexf')].join(''));
    const titles = new Map(els(els(doc, 'attributes').find((a) => a.getAttribute('class') === 'node')!, 'attribute').map((a) => [a.getAttribute('id'), a.getAttribute('title')]));
    const sau = els(doc, 'node').find((n) => n.getAttribute('label') === 'Saudi Arabia')!;
    const values = new Map(els(sau, 'attvalue').map((v) => [titles.get(v.getAttribute('for'))!, v.getAttribute('value')!]));
    const parts = ['sources', 'sources_2', 'sources_3'].filter((k) => values.has(k));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((k) => JSON.parse(values.get(k)!))).toEqual(sources);
    for (const k of parts) expect(xmlEscape(values.get(k)!).length).toBeLessThanOrEqual(GEXF_MAX_VALUE);
  });

  it('JSON is the embedded file format itself', () => {
    const g = graph();
    expect(JSON.parse([...exportGraph(g, 'json')].join(''))).toEqual(g.export());
  });

  it('kg export writes the stored graph to --out, and names a missing store in one line', async () => {
    const g = graph();
    const store = join(dir, 'graph.json');
    await saveGraph(g, store);
    const out = join(dir, 'out.gexf');
    await exportCommand().exitOverride().parseAsync(['--format', 'gexf', '--store', store, '--out', out], { from: 'user' });
    expect(els(parse(await readFile(out, 'utf8')), 'node')).toHaveLength(g.order);
    await expect(exportCommand().exitOverride().parseAsync(['--store', join(dir, 'nope.json')], { from: 'user' }))
      .rejects.toThrow(/^no graph file at .*nope\.json \(run `kg seed` first, or pass --store\)$/);
  });
});
