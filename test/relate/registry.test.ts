/**
 * The registry of named agreements and the links to it: a name or description of a registry
 * agreement becomes that agreement with the registry's parties (never the sentence's other states),
 * only once it exists, only where its context is named; a reported signing that is a registry
 * agreement (parties among its parties, its kind, its days) takes the registry id. Sentences are
 * written for these tests.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';
import { loadRegistry, registry } from '../../src/relate/registry.ts';

function agreements(text: string, published: string) {
  const { batch } = extract(ArticleRecord.parse({ id: 't', title: null, text, published, outlet: null, url: null, parent: null, origin: { file: 'test' } }));
  return batch.nodes.filter((n) => n.label === 'Agreement').map((n) => ({
    id: n.id,
    date: n.props.date,
    parties: batch.edges.filter((e) => e.type === 'PARTY_TO' && e.to.id === n.id).map((e) => e.from.id).sort(),
  }));
}

describe('the registry data', () => {
  it('loads, with groups expanded into the parties (P5+1 and the EU for the JCPOA)', () => {
    const jcpoa = registry().byId.get('jcpoa');
    expect(jcpoa?.partyRefs.map((r) => r.id)).toEqual(['CHN', 'DEU', 'EU', 'FRA', 'GBR', 'IRN', 'RUS', 'USA']);
    expect(jcpoa?.partyRefs.find((r) => r.id === 'EU')?.label).toBe('Organization');
    expect(jcpoa?.date).toBe('2015-07-14');
  });

  it('reports a bad entry in one line naming the file, the entry and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-registry-'));
    const real = new URL('../../data/registry/', import.meta.url);
    writeFileSync(join(dir, 'groups.yaml'), readFileSync(new URL('groups.yaml', real)));
    const broken = readFileSync(new URL('agreements.yaml', real), 'utf8').replace('date: 2015-07-14', 'date: 14 July 2015');
    writeFileSync(join(dir, 'agreements.yaml'), broken);
    expect(() => loadRegistry(pathToFileURL(`${dir}/`))).toThrow(/^\/.*agreements\.yaml: entry \d+, field date: expected YYYY-MM-DD$/);
  });

  it('refuses a party that is neither a state, an organisation, a UN body nor a group', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-registry-'));
    writeFileSync(join(dir, 'groups.yaml'), 'P5: [CHN, FRA, GBR, RUS, USA]\n');
    writeFileSync(join(dir, 'agreements.yaml'), [
      '- {id: x, name_en: X, name_ar: اتفاق إكس, kind: peace, date: 2000-01-01, parties: [EGY, ZZZ],',
      '   status: [{from: 2000-01-01, status: signed}], wikidata: null, sources: [https://example.org/x]}',
    ].join('\n'));
    expect(() => loadRegistry(pathToFileURL(`${dir}/`))).toThrow(/entry 0 \(x\): unknown party ZZZ/);
  });
});

describe('references to named agreements', () => {
  it('a description takes the registry parties, not the states the sentence names', () => {
    const got = agreements('انتقدت إسرائيل الاتفاق النووي مع إيران، وقالت مصر إن الاتفاق النووي خطوة مهمة.', '2015-08-02');
    expect(got).toEqual([{ id: 'jcpoa', date: '2015-07-14', parties: ['CHN', 'DEU', 'EU', 'FRA', 'GBR', 'IRN', 'RUS', 'USA'] }]);
  });

  it('a description needs its context in the article: no Iran, no JCPOA', () => {
    expect(agreements('وتحدث الوزير عن الاتفاق النووي وعن مستقبل الطاقة في اليابان.', '2015-08-02')).toEqual([]);
  });

  it('an agreement not yet made is not referred to (talks before the day are about a future one)', () => {
    expect(agreements('تواصل إيران والدول الكبرى المفاوضات في فيينا أملا في التوصل إلى الاتفاق النووي.', '2015-06-20')).toEqual([]);
  });

  it('among entries sharing a description, the latest made before the article is meant', () => {
    const before = agreements('دعت أوكرانيا إلى احترام اتفاق مينسك.', '2014-11-01');
    const after = agreements('دعت أوكرانيا إلى احترام اتفاق مينسك.', '2015-06-01');
    expect(before.map((a) => a.id)).toEqual(['minsk-1']);
    expect(after.map((a) => a.id)).toEqual(['minsk-2']);
  });

  it('the deal named by its object (the agreement on Iran\'s nuclear file) is the JCPOA once made, and only with Iran named', () => {
    const got = agreements('ورحبت المنظمة بالاتفاق حول ملف إيران النووي، وقال وزير إن الاتفاق على البرنامج النووي لن يغير شيئا.', '2015-07-25');
    expect(got.map((a) => a.id)).toEqual(['jcpoa']);
    expect(agreements('ورحبت المنظمة بالاتفاق حول ملف إيران النووي.', '2015-03-01')).toEqual([]);
    expect(agreements('وقال الخبير إن الاتفاق حول البرنامج النووي لكوريا الشمالية انهار.', '2015-07-25')).toEqual([]);
  });

  it('outright names need no context, and clitics do not hide them', () => {
    const got = agreements('وأكد المسؤول التزام بلاده باتفاقية كامب ديفيد وبمعاهدة وادي عربة.', '2015-08-02');
    expect(got.map((a) => a.id).sort()).toEqual(['camp-david-1978', 'wadi-araba-1994']);
    expect(got.find((a) => a.id === 'camp-david-1978')?.parties).toEqual(['EGY', 'ISR']);
  });

  it('several mentions in one article are one node', () => {
    const got = agreements('رحبت قطر بالاتفاق النووي مع إيران. وقال وزير خارجيتها إن خطة العمل الشاملة المشتركة تخدم المنطقة.', '2015-07-20');
    expect(got.map((a) => a.id)).toEqual(['jcpoa']);
  });
});

describe('an agreement named by its day', () => {
  it('is the one registry agreement of that day whose states the article names', () => {
    const got = agreements('وقال إن الدفعة الأولى المتضمنة في اتفاق 13 تموز بين اليونان ودائنيها يجب أن تقدم.', '2015-07-25');
    expect(got).toEqual([{ id: 'greece-euro-summit-2015', date: '2015-07-13', parties: ['EU', 'GRC'] }]);
  });

  it('tells nothing where two registry agreements of those days bind a named state, or none was made', () => {
    // 14 July 2015: the JCPOA and the IAEA roadmap, both binding Iran.
    const iran = agreements('وقال الوزير الأمريكي إن اتفاق 14 يوليو مع إيران صامد.', '2015-07-25');
    expect(iran.map((a) => a.id)).not.toContain('iaea-iran-roadmap-2015');
    expect(agreements('وأشار إلى اتفاق 3 مارس بين اليونان ومصر.', '2015-07-25')).toEqual([]);
  });

  it('a registry name inside a relative clause keeps the registry parties', () => {
    const got = agreements('ويأتي الاتفاق الجديد استكمالا لمذكرة إنشاء مناطق خفض التصعيد التي وقعتها روسيا وتركيا وإيران في أستانا.', '2018-09-18');
    expect(got.map((a) => [a.id, a.parties])).toEqual([['astana-de-escalation-2017', ['IRN', 'RUS', 'TUR']]]);
  });
});

describe('a reported signing that is a registry agreement', () => {
  it('dated by the text within the registry days, with parties among the registry parties: the registry node', () => {
    const got = agreements('وتوصلت إيران والولايات المتحدة أمس الثلاثاء في فيينا إلى اتفاق نووي بعد مفاوضات طويلة.', '2015-07-15');
    expect(got).toEqual([{ id: 'jcpoa', date: '2015-07-14', parties: ['CHN', 'DEU', 'EU', 'FRA', 'GBR', 'IRN', 'RUS', 'USA'] }]);
  });

  it('an undated report of its kind and parties in the weeks after it recalls it; later, it is another', () => {
    const recalled = agreements('وصل الوزير إلى الرياض اليوم الأربعاء بعد أن أبرمت واشنطن اتفاقا نوويا مع إيران.', '2015-07-22');
    expect(recalled.map((a) => a.id)).toEqual(['jcpoa']);
    const later = agreements('وقال الوزير إن واشنطن أبرمت اتفاقا نوويا مع إيران.', '2016-03-09');
    expect(later.map((a) => a.id)).not.toContain('jcpoa');
  });

  it('an undated agreement with no kind is recalled by the party that tells its entry apart, not by any two of its parties', () => {
    const iran = agreements('وقال الوزير إن الاتفاق الذي أبرمته إيران مع القوى الدولية صامد.', '2015-07-28');
    expect(iran.map((a) => a.id)).toEqual(['jcpoa']);
    const moscow = agreements('وجاء القرار بعد أن أبرمت واشنطن اتفاقا مع موسكو.', '2015-08-08');
    expect(moscow.map((a) => a.id)).not.toContain('jcpoa');
    expect(moscow.map((a) => a.parties)).toEqual([['RUS', 'USA']]);
  });

  it('a signing with no parties whose words give a kind recalls the entry of that kind the article context names', () => {
    const text = 'ورحبت إيران بالزيارة. وقال الوزير إن الأسواق تحسنت بعد توقيع اتفاق تاريخي حول البرنامج النووي.';
    expect(agreements(text, '2015-07-22').map((a) => a.id)).toEqual(['jcpoa']);
    // Months later, another agreement; with no kind, nothing; with no Iran named, nothing.
    expect(agreements(text, '2015-12-01')).toEqual([]);
    expect(agreements('ورحبت إيران بالزيارة. وقال الوزير إن الأسواق تحسنت بعد توقيع اتفاق تاريخي.', '2015-07-22')).toEqual([]);
    expect(agreements('ورحبت اليابان بالزيارة. وقال الوزير إن الأسواق تحسنت بعد توقيع اتفاق تاريخي حول البرنامج النووي.', '2015-07-22')).toEqual([]);
  });

  it('a registry name read as a signing object is the registry node, not the clause\'s one party', () => {
    const got = agreements('ودرس المجلس خطة العمل الشاملة المشتركة التي تم التوصل إليها بين إيران والقوى الكبرى.', '2015-08-10');
    expect(got.map((a) => a.id)).toEqual(['jcpoa']);
  });

  it('another month, or another kind, is another agreement', () => {
    const later = agreements('وتوصلت إيران والولايات المتحدة أمس الثلاثاء إلى اتفاق نووي جديد.', '2016-03-09');
    expect(later.map((a) => a.id)).not.toContain('jcpoa');
    const trade = agreements('ووقعت إيران وروسيا أمس الثلاثاء اتفاقية تجارية في فيينا.', '2015-07-15');
    expect(trade.map((a) => a.id)).not.toContain('jcpoa');
  });
});

describe('a nisba pair recalls a registry agreement only as its parties or its subject', () => {
  it('links the pair that names the party the agreement is about, in either order', () => {
    expect(agreements('وقال المتحدث إن الاتفاق الأمريكي الإيراني سيعزز الاستقرار في المنطقة.', '2015-08-10').map((a) => a.id)).toEqual(['jcpoa']);
    expect(agreements('وقال المتحدث إن الاتفاق الإيراني الأمريكي سيعزز الاستقرار.', '2015-08-10').map((a) => a.id)).toEqual(['jcpoa']);
  });
  it('does not make two of a multilateral agreement\'s parties that agreement', () => {
    const found = agreements('وقال المتحدث إن الاتفاق الروسي الصيني سيعزز التعاون في مجال الطاقة.', '2015-08-10');
    expect(found.map((a) => a.id)).not.toContain('jcpoa');
    expect(found.map((a) => a.parties)).toEqual([['CHN', 'RUS']]);
  });
});
