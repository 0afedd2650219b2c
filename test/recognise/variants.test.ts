// One Leader per person: spellings of one transliterated name fold to one key (pairs seen on the
// SaudiNewsNet corpus), names built the Arabic way keep the long vowels that tell them apart, and
// through the pipeline two articles spelling a leader two ways give one node with both spellings.
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';
import { EmbeddedQueries } from '../../src/query/embedded.ts';
import { leaderIdOf, variantKey } from '../../src/recognise/variants.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { emptyGraph } from '../../src/store/graph.ts';

describe('variantKey', () => {
  const same: string[][] = [
    ['جمال عبد الناصر', 'جمال عبدالناصر'],
    ['رونالد ريغان', 'رونالد ريجان', 'رونالد ريغن'],
    ['جون كينيدي', 'جون كيندي'],
    ['كارولين كينيدي', 'كارولاين كينيدي'],
    ['روب نيكلسون', 'روب نيكولسون'],
    ['ميخائيل بوغدانوف', 'ميخائيل بوجدانوف'],
    ['باولو جنتيلوني', 'باولو جنتلوني'],
    ['دويت آيزنهاور', 'دوايت أيزنهاور'],
  ];
  for (const forms of same) {
    it(`folds ${forms.join(' / ')} to one key`, () => {
      expect(new Set(forms.map(variantKey)).size).toBe(1);
    });
  }
  const apart: [string, string][] = [
    ['محمد بن نايف بن عبدالعزيز', 'محمد بن نواف بن عبد العزيز'],
    ['محمد عباس', 'محمود عباس'],
    ['حامد كرزاي', 'حميد كرزاي'],
    ['سعد الحريري', 'سعيد الحريري'],
    ['جون كيري', 'جون كينيدي'],
  ];
  for (const [a, b] of apart) {
    it(`keeps ${a} and ${b} apart`, () => expect(variantKey(a)).not.toBe(variantKey(b)));
  }
});

describe('leaderIdOf', () => {
  it('gives an unlisted spelling of a listed leader the listed id', () => {
    expect(leaderIdOf('انجيلا ميريكل')).toBe('angela-merkel');
    expect(leaderIdOf('شي جين بنغ')).toBe('xi-jinping');
  });
  it('gives the spellings of an unlisted leader one id', () => {
    expect(leaderIdOf('روب نيكلسون')).toBe(leaderIdOf('روب نيكولسون'));
    expect(leaderIdOf('روب نيكلسون')).not.toBe(leaderIdOf('روب نيكسون'));
  });
});

describe('two articles spelling one leader two ways', () => {
  const g = emptyGraph();
  for (const [id, text] of [
    ['a1', 'وقال وزير الخارجية الكندي روب نيكلسون إن بلاده ستدعم الاتفاق.'],
    ['a2', 'وقال وزير الخارجية الكندي روب نيكولسون إن بلاده ستدعم الاتفاق. وأضاف نيكولسون أن الاتفاق مهم.'],
  ]) {
    applyBatch(g, extract(ArticleRecord.parse({ id, title: null, text, published: '2015-07-21', outlet: null, url: null, origin: { file: `${id}.txt` } })).batch);
  }
  const leaders = g.filterNodes((_k, a) => a.label === 'Leader').map((k) => g.getNodeAttributes(k));

  it('are one Leader node, with every spelling as an alias and a surname alone as none', () => {
    expect(leaders).toHaveLength(1);
    expect(leaders[0]).toMatchObject({ state: 'CAN', office: 'foreign minister', sources: ['a1', 'a2'] });
    expect([...(leaders[0]?.aliases_ar ?? [])].sort()).toEqual(['روب نيكلسون', 'روب نيكولسون']);
  });
  it('answer to either spelling in a query', async () => {
    const api = new EmbeddedQueries(g);
    const ids = await Promise.all(['روب نيكلسون', 'روب نيكولسون'].map(async (n) => (await api.nameIndex()).exact(n).map((r) => r.id)));
    expect(ids[0]).toEqual([leaders[0]?.id]);
    expect(ids[1]).toEqual([leaders[0]?.id]);
  });
});
