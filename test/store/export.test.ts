import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/export.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { exportGraph, xmlEscape } from '../../src/store/export.ts';
import { emptyGraph, saveGraph } from '../../src/store/persist.ts';
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
    expect(xmlEscape('🇸🇦 سلام')).toBe('🇸🇦 سلام');
  });

  it('GraphML: well-formed, every node and edge with its attributes, lists and evidence as JSON text', () => {
    const g = graph();
    const doc = parse([...exportGraph(g, 'graphml')].join(''));
    const keys = new Map(els(doc, 'key').map((k) => [k.getAttribute('id'), k]));
    expect(els(doc, 'node')).toHaveLength(g.order);
    expect(els(doc, 'edge')).toHaveLength(g.size);
    const countKey = [...keys.values()].find((k) => k.getAttribute('attr.name') === 'count' && k.getAttribute('for') === 'edge')!;
    expect(countKey.getAttribute('attr.type')).toBe('long');
    const person = els(doc, 'node').find((n) => n.getAttribute('id') === 'Person:p<1>&"')!;
    const values = Object.fromEntries(els(person, 'data').map((d) => [keys.get(d.getAttribute('key'))!.getAttribute('attr.name'), d.textContent]));
    // name_ar_forms: the votes behind the display name (model.ts), a list like sources.
    expect(values).toEqual({
      label: 'Person', id: 'p<1>&"', name_ar: NASTY.replace('\u0007', ''), sources: '["a"]',
      name_ar_forms: JSON.stringify(g.getNodeAttribute('Person:p<1>&"', 'name_ar_forms')),
    });
    const met = els(doc, 'edge').find((e) => e.getAttribute('source') === 'Person:p<1>&"')!;
    const ev = els(met, 'data').find((d) => keys.get(d.getAttribute('key'))!.getAttribute('attr.name') === 'evidence')!;
    // JSON escapes the control character, so the evidence survives whole, even the byte XML cannot hold.
    expect(JSON.parse(ev.textContent!)).toEqual([evidence('a', 1, 'met', NASTY)]);
  });

  it('GEXF 1.3: well-formed, directed, nodes labelled with a name, edges with their type', () => {
    const g = graph();
    const doc = parse([...exportGraph(g, 'gexf')].join(''));
    expect(doc.documentElement!.getAttribute('version')).toBe('1.3');
    expect(els(doc, 'graph')[0]!.getAttribute('defaultedgetype')).toBe('directed');
    const nodes = els(doc, 'nodes')[0]!;
    expect(els(nodes, 'node')).toHaveLength(g.order);
    expect(els(doc, 'edge')).toHaveLength(g.size);
    const putin = els(nodes, 'node').find((n) => n.getAttribute('id') === 'Leader:vladimir-putin')!;
    expect(putin.getAttribute('label')).toBe('Vladimir Putin');
    const types = new Set(els(doc, 'edge').map((e) => e.getAttribute('label')));
    expect(types).toEqual(new Set(g.mapEdges((_k, a) => a.type)));
    const nodeAttrs = els(els(doc, 'attributes').find((a) => a.getAttribute('class') === 'node')!, 'attribute');
    const titles = nodeAttrs.map((a) => a.getAttribute('title'));
    expect(titles).toEqual(expect.arrayContaining(['label', 'id', 'name_ar', 'sources']));
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
