import { describe, expect, it } from 'vitest';
import { ArticleRecord, EdgeProps, isNode, type NodeLabel, NodeProps } from '../../src/model.ts';
import { normalise } from '../../src/normalise/index.ts';
import { recognise } from '../../src/recognise/index.ts';
import { entityGraph } from '../../src/resolve/entities.ts';

function graphOf(text: string, date = '2015-07-21') {
  const doc = normalise(ArticleRecord.parse({ id: 'a1', title: null, text, published: date, outlet: null, url: null, origin: { file: 'a1.txt' } }));
  recognise(doc);
  return entityGraph(doc);
}

describe('entityGraph', () => {
  const g = graphOf('أعلن الأمين العام للأمم المتحدة بان كي مون من نيويورك أن روسيا وموسكو والرئيس الروسي رحبوا. وقال الخبير كامران غاسانوف إن بان كي مون محق.');
  const node = <L extends NodeLabel>(label: L, id: string) => g.nodes.filter(isNode(label)).find((n) => n.id === id);

  it('makes one node per distinct entity, valid against the graph model, with the article as source', () => {
    for (const n of g.nodes) expect(() => NodeProps[n.label].parse(n.props), `${n.label}:${n.id}`).not.toThrow();
    expect(g.nodes.filter((n) => n.label === 'State' && n.id === 'RUS')).toHaveLength(1);
    expect(node('State', 'RUS')?.props).toMatchObject({ name_en: 'Russia', name_ar: 'روسيا', sources: ['a1'] });
    expect(node('Leader', 'ban-ki-moon')?.props).toMatchObject({ name_en: 'Ban Ki-moon', state: 'UNSG', office: 'secretary-general', wikidata: 'Q1253' });
    expect(node('Person', 'كامران-غاسانوف')?.props).toMatchObject({ name_ar: 'كامران غاسانوف', role: 'الخبير' });
  });
  it('counts mentions per entity on MENTIONS edges from the article', () => {
    const rus = g.edges.find((e) => e.type === 'MENTIONS' && e.to.id === 'RUS');
    expect(rus).toMatchObject({ from: { label: 'Article', id: 'a1' }, props: { count: 3 } });
    expect(node('State', 'RUS')?.props.aliases).toEqual(['روسيا', 'موسكو', 'الروسي']);
  });
  it('creates no node for a bare office', () => {
    expect(g.nodes.some((n) => n.id.includes(':'))).toBe(false);
  });
  it('ties the leader to the UN body with HOLDS_OFFICE and evidence, and the city to its state', () => {
    const holds = g.edges.filter((e) => e.type === 'HOLDS_OFFICE');
    expect(holds).toHaveLength(1);
    expect(holds[0]).toMatchObject({ from: { label: 'Leader', id: 'ban-ki-moon' }, to: { label: 'UNBody', id: 'UNSG' }, props: { office: 'secretary-general', from: '2007-01-01', to: '2016-12-31', sources: ['a1'] } });
    expect(() => EdgeProps.HOLDS_OFFICE.parse(holds[0]?.props)).not.toThrow();
    // One evidence per article: the sentence whose title states the office beats a bare later mention.
    expect((holds[0]?.props.evidence as Array<{ sentence: number; rule: string }> | undefined)?.map((e) => [e.sentence, e.rule])).toEqual([[0, 'recognise:title']]);
    expect(g.edges.filter((e) => e.type === 'LOCATED_IN').map((e) => `${e.from.id}>${e.to.id}`)).toEqual(['new-york-city>USA', 'moscow>RUS']);
  });
  it('adds the state a leader serves even when the article does not name it, without attributing it', () => {
    const h = graphOf('قال سيرغي لافروف إن');
    expect(h.nodes.filter(isNode('State')).find((n) => n.id === 'RUS')?.props.sources).toEqual([]);
    expect(h.edges.some((e) => e.type === 'MENTIONS' && e.to.id === 'RUS')).toBe(false);
  });
});
