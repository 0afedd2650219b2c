/**
 * Agreement nodes against the error classes of the corpus audit (issue #19): domestic deals, names
 * read across a conjunction, conventions binding member states, references to a registry agreement
 * made into nodes of the states a sentence names, days taken from the article for agreements told in
 * passing, and the present tense of almanac lines. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';

function agreements(text: string, published: string) {
  const { batch } = extract(ArticleRecord.parse({ id: 't', title: null, text, published, outlet: null, url: null, parent: null, origin: { file: 'test' } }));
  return batch.nodes.filter((n) => n.label === 'Agreement').map((n) => ({
    id: n.id,
    date: n.props.date,
    status: n.props.status,
    parties: batch.edges.filter((e) => e.type === 'PARTY_TO' && e.to.id === n.id).map((e) => e.from.id).sort(),
  }));
}

const JCPOA = ['CHN', 'DEU', 'EU', 'FRA', 'GBR', 'IRN', 'RUS', 'USA'];

describe('deals inside one state are no agreements between governments', () => {
  it('a registry deal between factions or parties records nothing, and makes no other node', () => {
    expect(agreements('ودعا الرئيس الفلسطيني الفصائل إلى العودة إلى اتفاق مكة الذي وقعته فتح وحماس.', '2015-07-27')).toEqual([]);
    expect(agreements('وقال النائب اللبناني إن اتفاق الطائف ما زال أساس الحكم في لبنان.', '2015-07-27')).toEqual([]);
  });

  it('an agreement between two governments named beside it still stands', () => {
    const got = agreements('وأشار إلى اتفاق الطائف، وإلى معاهدة وادي عربة بين الأردن وإسرائيل.', '2015-07-27');
    expect(got.map((a) => a.id)).toEqual(['wadi-araba-1994']);
  });
});

describe('a registry name is read only as it is written', () => {
  it('two clubs coordinated by و are no construct name (الاتفاق والرياض)', () => {
    expect(agreements('وتصدر فريق الوحدة الترتيب، وتساوى الاتفاق والرياض في المركز الثالث.', '2015-07-27')).toEqual([]);
  });

  it('the construct name itself is read (اتفاق الرياض)', () => {
    expect(agreements('وقال الوزير الكويتي إن اتفاق الرياض يلزم دول مجلس التعاون.', '2015-07-27').map((a) => a.id)).toEqual(['riyadh-agreement-2013']);
  });
});

describe('a convention of an organisation binds its member states', () => {
  it('the Arab League treaty has the League members as parties, not the League', () => {
    const [got] = agreements('وذكّر بأن معاهدة الدفاع العربي المشترك تلزم الأعضاء بالدفاع عن بعضهم.', '2015-07-27');
    expect(got?.parties).toContain('EGY');
    expect(got?.parties).toContain('SAU');
    expect(got?.parties).not.toContain('ARAB_LEAGUE');
    expect(got?.parties).toHaveLength(22);
  });

  it('the North Atlantic Treaty has the allies as parties, not NATO', () => {
    const [got] = agreements('وتنص معاهدة شمال الأطلسي على الدفاع المشترك.', '2015-07-27');
    expect(got?.parties).toContain('TUR');
    expect(got?.parties).not.toContain('NATO');
  });
});

describe('an agreement told by the party that tells a registry agreement apart, in its weeks', () => {
  it('is that agreement, not one of the states the sentence names beside it', () => {
    for (const text of [
      'ومع ذلك وقعت أمريكا اتفاقا مع إيران رغم أنها تعدها راعية للإرهاب.',
      'وقال الوزير التركي إن الولايات المتحدة أبرمت اتفاقا نوويا مع إيران دون أن تطمئن حلفاءها.',
      'وتوصلت طهران والقوى الكبرى بريطانيا والصين وفرنسا وألمانيا وروسيا والولايات المتحدة إلى الاتفاق في فيينا الثلاثاء.',
    ]) expect(agreements(text, '2015-07-22'), text).toEqual([{ id: 'jcpoa', date: '2015-07-14', status: 'concluded', parties: JCPOA }]);
  });

  it('named only in the sentence, it tells a report of its kind, or a verbal noun of the bare definite noun', () => {
    const nuclear = agreements('وقال الوزير في ختام الحوار الاستراتيجي بين مصر والولايات المتحدة إن التوصل إلى اتفاق يمنع إيران من امتلاك الأسلحة النووية كان ضروريا.', '2015-08-03');
    expect(nuclear).toEqual([{ id: 'jcpoa', date: '2015-07-14', status: 'concluded', parties: JCPOA }]);
    const bare = agreements('وأكد خامنئي عقب التوقيع على الاتفاق دعم إيران لحلفائها في لبنان وسوريا واليمن وتأكيده أن التوقيع على الاتفاق لن يغير سياسة بلاده.', '2015-08-03');
    expect(bare).toEqual([{ id: 'jcpoa', date: '2015-07-14', status: 'concluded', parties: JCPOA }]);
  });

  it('another kind between the entry’s own parties is another agreement of theirs', () => {
    const got = agreements('ووقعت إيران وروسيا أمس اتفاقية للتعاون العسكري.', '2015-08-02');
    expect(got.map((a) => [a.id.startsWith('agr:'), a.parties])).toEqual([[true, ['IRN', 'RUS']]]);
  });

  it('a signing whose own subject or بين names other states stays theirs, Iran named beside it', () => {
    for (const text of [
      'ووقعت السعودية ومصر على الاتفاق، وقال الوزير إن إيران تهدد المنطقة.',
      'وشهد الرئيسان توقيع الاتفاقية بين السعودية ومصر، وقال الوزير إن إيران تهدد المنطقة.',
    ]) expect(agreements(text, '2015-08-03').map((a) => a.parties), text).toEqual([['EGY', 'SAU']]);
  });

  it('dated by day and month to its days, among its parties, it is that agreement whatever kind its words give', () => {
    const got = agreements('ففي الرابع عشر من يوليو الماضي وقعت إيران والقوى الدولية الست صفقة شاملة لتخفيف العقوبات.', '2015-08-20');
    expect(got.map((a) => [a.id, a.parties])).toEqual([['jcpoa', JCPOA]]);
  });

  it('a later year in the sentence is what follows from it, not another agreement', () => {
    const got = agreements('وتوصلت إيران والقوى العالمية الست إلى اتفاق تاريخي أمس الثلاثاء قد ترفع بموجبه العقوبات في بداية 2016.', '2015-07-22');
    expect(got.map((a) => a.id)).toEqual(['jcpoa']);
  });

  it('a planned signing of it, weeks after it was concluded, makes no node', () => {
    expect(agreements('وقال كيري في القاهرة: جلسنا مع إيران لتوقيع اتفاق يمنعها من امتلاك السلاح النووي.', '2015-08-03')).toEqual([]);
  });

  it('an agreement of another year, or of another kind and day, is another agreement', () => {
    const old = agreements('وكان الرئيس المصري قد وقع اتفاقا مع طهران لتسيير رحلات جوية بين البلدين في 2010.', '2015-07-22');
    expect(old.map((a) => a.parties)).toEqual([['EGY', 'IRN']]);
    const other = agreements('ووقعت إيران والعراق أمس اتفاقية للتعاون في مجال الكهرباء.', '2015-07-22');
    expect(other.map((a) => a.parties)).toEqual([['IRN', 'IRQ']]);
  });

  it('before the registry agreement was concluded, an agreement with Iran is no reference to it', () => {
    const got = agreements('وتوصلت إيران والولايات المتحدة إلى اتفاق على تبادل السجناء.', '2015-06-20');
    expect(got.map((a) => a.id)).not.toContain('jcpoa');
  });
});

describe('the day of an agreement told in passing', () => {
  it('a signing in an article whose lead tells a signing takes the article’s day', () => {
    expect(agreements('استقبل الرئيس المصري اليوم وزير الطاقة السعودي. ووقعت السعودية ومصر اتفاقية للتعاون في مجال الطاقة.', '2015-07-27').map((a) => a.date)).toEqual(['2015-07-27']);
    const text = 'وقع البلدان اليوم عدة اتفاقيات. وقال الوزير إن الخطة تسير. وأضاف أن التعاون مستمر. وأكد الجانبان توقيع اتفاقية بين السعودية ومالطا.';
    expect(agreements(text, '2015-08-09').map((a) => a.date)).toEqual(['2015-08-09']);
  });

  it('a participle with no day of its own recalls an agreement: no day', () => {
    const got = agreements('وقعت السعودية اتفاقا مع الهند. وطالب الوزير بتطبيق الاتفاقية الموقعة بين السعودية والفلبين.', '2015-08-09');
    expect(got.find((a) => a.parties.includes('PHL'))?.date).toBeNull();
  });

  it('a past year in the sentence keeps the article’s day off it and dates the treaty by that year', () => {
    const got = agreements('وتعترف إسرائيل التي وقعت معاهدة سلام مع الأردن في 1994 بدور عمّان في القدس.', '2015-07-27');
    expect(got.map((a) => [a.parties, a.date])).toEqual([[['ISR', 'JOR'], '1994']]);
  });

  it('a signing told further down an article whose lead is about something else gets no day', () => {
    const text = 'قال الوزير إن الخطة تسير. وأضاف أن التعاون مستمر. وأشار إلى مشاريع الطاقة. وقال إن السعودية ومصر وقعتا اتفاقية للتعاون في مجال الطاقة.';
    expect(agreements(text, '2015-07-27').map((a) => a.date)).toEqual([null]);
  });
});

describe('the present tense of an almanac line reports the past', () => {
  it('a line opening with a past year and a dash is done, not planned', () => {
    const [got] = agreements('1940 - حكومة بريطانيا تبرم اتفاق تعاون مع حكومة فرنسا.', '2015-08-07');
    expect(got?.status).toBe('concluded');
    expect(got?.parties).toEqual(['FRA', 'GBR']);
    // The line's year dates it: a year, never the article's day.
    expect(got?.date).toBe('1940');
  });

  it('the same present tense in a plain sentence stays planned', () => {
    expect(agreements('حكومة بريطانيا تبرم اتفاق تعاون مع حكومة فرنسا.', '2015-08-07').map((a) => a.status)).toEqual(['planned']);
  });
});

describe('a signing in prospect is planned', () => {
  it('بصدد، في صدد and يقترب من put the signing ahead', () => {
    expect(agreements('وقال الرئيس المصري إنه في صدد إبرام اتفاقية سلام مع إسرائيل.', '2015-07-23').map((a) => a.status)).not.toContain('concluded');
    expect(agreements('واشنطن وطوكيو تقتربان من توقيع اتفاق للتجارة الحرة.', '2015-07-23').map((a) => a.status)).toEqual(['planned']);
  });

  it('the plain past beside them is done', () => {
    expect(agreements('وقال الرئيس المصري إنه أبرم اتفاقية سلام مع إسرائيل.', '2015-07-23').map((a) => a.status)).toEqual(['concluded']);
  });
});
