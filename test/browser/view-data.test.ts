import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { view } from '../../src/cli/view.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { saveGraph } from '../../src/store/persist.ts';
import { buildViewData, renderPage, searchIndex, searchKey } from '../../src/view/index.ts';
import { smallBatch } from './fixture.ts';

function smallGraph() {
  const g = emptyGraph();
  applyBatch(g, smallBatch());
  return g;
}

describe('searchKey', () => {
  it('folds alef forms, final ya, ta marbuta, diacritics and tatweel', () => {
    expect(searchKey('إيـرانُ')).toBe(searchKey('ايران'));
    expect(searchKey('آسيا')).toBe('اسيا');
    expect(searchKey('موسى')).toBe(searchKey('موسي'));
    expect(searchKey('كوريا الشمالية')).toBe(searchKey('كوريا الشماليه'));
  });
  it('folds Latin accents, case and hyphens', () => {
    expect(searchKey('Tô Lâm')).toBe('to lam');
    expect(searchKey('Kim Jong-un')).toBe('kim jong un');
  });
});

describe('searchIndex', () => {
  const entries = [
    { node: 0, keys: ['روسيا', 'russia'], weight: 5 },
    { node: 1, keys: ['روسيا البيضاء', 'belarus'], weight: 50 },
    { node: 2, keys: ['مجلس الامن', 'security council'], weight: 1 },
  ];
  it('puts a whole-name match before a longer name that starts with the query, whatever the weight', () => {
    expect(searchIndex(entries, 'روسيا')).toEqual([0, 1]);
  });
  it('matches a word inside a name and English names', () => {
    expect(searchIndex(entries, 'الأمن')).toEqual([2]);
    expect(searchIndex(entries, 'Council')).toEqual([2]);
    expect(searchIndex(entries, '   ')).toEqual([]);
  });
});

describe('buildViewData', () => {
  it('keeps every node and edge with captions, colours per label and a finite layout', () => {
    const g = smallGraph();
    const data = buildViewData(g);
    expect(data.nodes).toHaveLength(g.order);
    expect(data.edges).toHaveLength(g.size);
    const rus = data.nodes.find((n) => n.k === 'State:RUS')!;
    expect([rus.ar, rus.en]).toEqual(['روسيا', 'Russia']);
    expect(rus.s).toContain('روسيه'); // the alias, folded
    const ag = data.nodes.find((n) => n.k === 'Agreement:ag-test')!;
    expect(ag.en).toBe('defense agreement 2024-06-19');
    expect(data.colours[ag.l]).not.toBe(data.colours[rus.l]);
    for (const n of data.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    // Seeded random start then ForceAtlas2: no two nodes share a place.
    const xs = data.nodes.map((n) => n.x);
    expect(new Set(xs).size).toBe(data.nodes.length);
    const party = data.edges.find(([s, t, ty]) => data.types[ty] === 'PARTY_TO' && data.nodes[s]?.k === 'State:RUS' && data.nodes[t] === ag)!;
    expect((party[3] as { evidence: { text: string }[] }).evidence[0]?.text).toContain('معاهدة');
  });

  it('trims long lists and says how much it cut', () => {
    const g = smallGraph();
    g.setNodeAttribute('State:RUS', 'sources', Array.from({ length: 60 }, (_, i) => `a${i}`));
    const rus = buildViewData(g, { maxList: 10 }).nodes.find((n) => n.k === 'State:RUS')!;
    expect(rus.p.sources).toHaveLength(10);
    expect(rus.more).toEqual({ sources: 50 });
  });

  it('rejects a label outside the model, naming the node', () => {
    const g = smallGraph();
    g.addNode('Planet:X', { label: 'Planet', id: 'X' });
    expect(() => buildViewData(g)).toThrow(/"Planet:X" has label "Planet"/);
  });
});

describe('renderPage', () => {
  it('writes one self-contained page where no text from the graph can close a script element', async () => {
    const html = await renderPage(buildViewData(smallGraph()));
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/[^"'\s]*\.(js|css)/);
    const json = html.slice(html.indexOf('<script id="kg-data" type="application/json">') + 45, html.indexOf('</script>'));
    expect(JSON.parse(json).nodes.find((n: { k: string }) => n.k === 'Article:a1').ar).toBe('عنوان المقال </script><b>x</b>');
  });
});

describe('view (kg view)', () => {
  it('writes the page for a store file and says what it drew', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-view-cli-'));
    try {
      await saveGraph(smallGraph(), join(dir, 'g.json'));
      const res = await view({ store: join(dir, 'g.json'), out: join(dir, 'sub', 'page.html') });
      expect(res).toMatchObject({ out: join(dir, 'sub', 'page.html'), nodes: 8, edges: 8 });
      expect(await readFile(res.out, 'utf8')).toContain('"k":"State:RUS"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a missing file and a Neo4j URI with one line naming the target', async () => {
    await expect(view({ store: '/nonexistent/graph.json' })).rejects.toThrow(/^no graph file at \/nonexistent\/graph.json \(run "kg seed/);
    await expect(view({ store: 'bolt://localhost:7687' })).rejects.toThrow(/draws the embedded store, not bolt:\/\/localhost:7687; for Neo4j open Neo4j Browser/);
    await expect(view({ store: '/nonexistent/graph.json' })).rejects.toMatchObject({ name: 'UserError' });
  });
});

describe('map data', () => {
  it('gives each state its ISO numeric code and each fact between states an arc with its edges', () => {
    const g = smallGraph();
    applyBatch(g, {
      nodes: [{ label: 'DraftResolution', id: 'dr-1', props: { subject: 'غزة', date: '2023-12-08', symbol: null, sources: ['a1'] } }],
      edges: [
        { type: 'VISITED', from: { label: 'Leader', id: 'vladimir-putin' }, to: { label: 'State', id: 'PRK' }, key: '2024-06-18', props: { date: '2024-06-18', city: null, status: 'done', host: null, evidence: [], sources: ['a1'] } },
        { type: 'VISITED', from: { label: 'Leader', id: 'vladimir-putin' }, to: { label: 'State', id: 'RUS' }, key: '', props: { date: null, city: null, status: 'done', host: null, evidence: [], sources: ['a1'] } },
        { type: 'VETOED', from: { label: 'State', id: 'RUS' }, to: { label: 'DraftResolution', id: 'dr-1' }, key: '', props: { date: null, evidence: [], sources: ['a1'] } },
      ],
    });
    const data = buildViewData(g);
    const at = (k: string) => data.nodes.findIndex((n) => n.k === k);
    expect(data.map.states).toEqual(expect.arrayContaining([[at('State:RUS'), '643'], [at('State:PRK'), '408'], [at('State:TUR'), '792']]));
    const arcs = data.map.arcs.map((a) => ({ k: a.k, a: data.nodes[a.a]?.k, b: a.b < 0 ? 'UN' : data.nodes[a.b]?.k, d: a.d, n: data.nodes[a.n]?.k, types: a.e.map((e) => data.edges[e]).map((edge) => edge && data.types[edge[2]]) }));
    // A visit home is no arc; the veto takes the draft's date when the edge has none.
    expect(arcs).toEqual(expect.arrayContaining([
      { k: 0, a: 'State:RUS', b: 'State:PRK', d: '2024-06-19', n: 'Agreement:ag-test', types: ['PARTY_TO', 'PARTY_TO'] },
      { k: 1, a: 'State:RUS', b: 'State:PRK', d: '2024-06-18', n: 'Leader:vladimir-putin', types: ['VISITED'] },
      { k: 2, a: 'State:RUS', b: 'UN', d: '2023-12-08', n: 'DraftResolution:dr-1', types: ['VETOED'] },
    ]));
    expect(arcs).toHaveLength(3);
  });
});
