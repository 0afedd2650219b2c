import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { view } from '../../src/cli/view.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { emptyGraph, saveGraph } from '../../src/store/persist.ts';
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
    const party = data.edges.find(([s, t, ty]) => data.types[ty] === 'PARTY_TO' && data.nodes[s].k === 'State:RUS' && data.nodes[t] === ag)!;
    expect((party[3] as { evidence: { text: string }[] }).evidence[0].text).toContain('معاهدة');
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
