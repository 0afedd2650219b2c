/**
 * Visit dates (issue #19, audit r8–r10): late reports across articles, the day after an event named
 * with a day of the report's own, and a trip's later leg. Each rule with the case it must read and the
 * trap it must not fire on. Sentences and reports written for the tests.
 */
import { describe, expect, it } from 'vitest';
import type { MultiDirectedGraph } from 'graphology';
import type { GraphBatch } from '../../src/model.ts';
import { consolidate, embeddedGroups, Touched } from '../../src/store/consolidate.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { visitReport } from '../store/helpers/events.ts';
import { extractedFacts } from './helpers.ts';

/** Write the batches into a fresh embedded graph and run the cross-article pass, as `kg seed` does. */
async function visits(batches: GraphBatch[]): Promise<string[]> {
  const graph: MultiDirectedGraph = emptyGraph();
  const touched = new Touched();
  for (const b of batches) { touched.add(b); applyBatch(graph, b); }
  await consolidate({ kind: 'embedded', graph, write: async () => {}, counts: async () => ({ nodes: {}, edges: {} }), close: async () => {} } as never, touched, embeddedGroups(graph, async (b) => applyBatch(graph, b)));
  return graph.filterEdges((_k, a) => a.type === 'VISITED').map((k) => `${graph.source(k).replace('Leader:', '')}>${graph.target(k).replace('State:', '')}:${graph.getEdgeAttribute(k, 'key')}`).sort();
}

/** The visits the whole pipeline reads in a text: "visitor>destination:status:date". */
const trips = (text: string, published: string): string[] => extractedFacts(text, published)
  .flatMap((f) => (f.type === 'visit' ? [`${f.visitor.id}>${f.to}:${f.status}:${f.date ?? '-'}`] : [])).sort();

describe('across articles: a done visit is dated by its arrival', () => {
  it('takes the earliest day two articles read, though later reports of it outnumber them', async () => {
    expect(await visits([
      visitReport('a1', '2024-03-05', 'john-kerry', 'EGY', '2024-03-04'),
      visitReport('a2', '2024-03-05', 'john-kerry', 'EGY', '2024-03-04'),
      visitReport('a3', '2024-03-06', 'john-kerry', 'EGY', '2024-03-06'),
      visitReport('a4', '2024-03-06', 'john-kerry', 'EGY', '2024-03-06'),
      visitReport('a5', '2024-03-07', 'john-kerry', 'EGY', '2024-03-06'),
    ])).toEqual(['john-kerry>EGY:done:2024-03-04']);
  });
  it('trap: a day only one article reads is outvoted as before (one misread makes no arrival)', async () => {
    expect(await visits([
      visitReport('b1', '2024-03-02', 'john-kerry', 'EGY', '2024-03-02'),
      visitReport('b2', '2024-03-04', 'john-kerry', 'EGY', '2024-03-04'),
      visitReport('b3', '2024-03-05', 'john-kerry', 'EGY', '2024-03-04'),
      visitReport('b4', '2024-03-05', 'john-kerry', 'EGY', '2024-03-05'),
    ])).toEqual(['john-kerry>EGY:done:2024-03-04']);
  });
  it('trap: days only the articles\' publication gives are no arrival', async () => {
    expect(await visits([
      visitReport('c1', '2024-03-03', 'john-kerry', 'EGY', '2024-03-03', { read: false }),
      visitReport('c2', '2024-03-03', 'john-kerry', 'EGY', '2024-03-03', { read: false }),
      visitReport('c3', '2024-03-05', 'john-kerry', 'EGY', '2024-03-05'),
    ])).toEqual(['john-kerry>EGY:done:2024-03-05']);
  });
});

describe('across articles: a plan printed while the visit is told done is that visit', () => {
  it('joins a dated plan a late article pushes past the visit, and an undated one of those days', async () => {
    expect(await visits([
      visitReport('d1', '2024-03-04', 'barack-obama', 'KEN', '2024-03-03'),
      visitReport('d2', '2024-03-05', 'barack-obama', 'KEN', '2024-03-04'),
      visitReport('d3', '2024-03-06', 'barack-obama', 'KEN', '2024-03-10', { status: 'planned' }),
      visitReport('d4', '2024-03-02', 'barack-obama', 'KEN', null, { status: 'planned' }),
    ])).toEqual(['barack-obama>KEN:done:2024-03-03']);
  });
  it('trap: a plan printed weeks after the visit, or dated weeks after it, stays a planned visit', async () => {
    expect(await visits([
      visitReport('e1', '2024-03-04', 'barack-obama', 'KEN', '2024-03-03'),
      visitReport('e2', '2024-03-05', 'barack-obama', 'KEN', '2024-03-30', { status: 'planned' }),
    ])).toEqual(['barack-obama>KEN:done:2024-03-03', 'barack-obama>KEN:planned:2024-03-30']);
    expect(await visits([
      visitReport('f1', '2024-03-04', 'barack-obama', 'KEN', '2024-03-03'),
      visitReport('f2', '2024-04-20', 'barack-obama', 'KEN', null, { status: 'planned' }),
    ])).toEqual(['barack-obama>KEN:done:2024-03-03', 'barack-obama>KEN:planned:']);
  });
});

describe('the day after an event (غداة) counted from the report\'s own day', () => {
  it('reads أمس after the event phrase as the day of the report, the event the day before', () => {
    expect(trips('وصرح وزير الخارجية الأميركي جون كيري غداة اجتماعه مع نظيره الروسي سيرغي لافروف في ماليزيا أمس بأن المحادثات كانت مثمرة.', '2015-08-07'))
      .toEqual(['john-kerry>MYS:done:2015-08-05', 'sergey-lavrov>MYS:done:2015-08-05']);
  });
  it('trap: a weekday in a relative clause on the event is the event\'s, not the report\'s', () => {
    // بعد يومين من زيارة … الذي أكد خلال زيارته الخميس: the Thursday is the visit's; the offset counts
    // from the article's day.
    expect(trips('وجاء تقدم القوات بعد يومين من زيارة وزير الدفاع الأميركي آشتون كارتر الذي وعد خلال زيارته الخميس لبغداد بدعم إضافي.', '2015-07-27'))
      .not.toContain('ash-carter>IRQ:done:2015-07-21');
  });
});

describe('a trip\'s later leg takes no day from the sentence', () => {
  it('leaves undated a destination reached after another leg (ثم، بعدها)', () => {
    expect(trips('غادر الرئيس الروسي فلاديمير بوتين موسكو صباح الأحد في جولة آسيوية يبدؤها بمحادثات في بكين وينتقل بعدها إلى فيتنام لتوقيع عقود للطاقة.', '2024-06-17'))
      .toContain('vladimir-putin>VNM:done:-');
  });
  it('trap: a destination named first keeps the sentence\'s day', () => {
    expect(trips('وصل وزير الخارجية الأميركي جون كيري مساء الجمعة إلى قطر في جولة يلتقي خلالها نظراءه الخليجيين.', '2015-08-01'))
      .toContain('john-kerry>QAT:done:2015-07-31');
  });
});

describe('a visit whose own possessor is an officer of no state (issue #19, audit r10)', () => {
  it('gives no visit when a title chain after the noun names no leader, whoever else the sentence names', () => {
    expect(trips('وأكد الرئيس الفرنسي فرانسوا هولاند أن باريس ستطرح الملف أثناء زيارة المدير العام للوكالة الدولية للطاقة الذرية إلى طهران الأسبوع المقبل.', '2015-07-30')).toEqual([]);
    expect(trips('ونقلت الوكالة عن الرئيس الفرنسي فرانسوا هولاند قوله إنه لا نية لدى باريس لبحث العقوبات أثناء زيارة الأمين العام لمنظمة أوبك لطهران غدا.', '2015-07-22')).toEqual([]);
  });
  it('trap: a state visit (زيارة الدولة) and a leader named by his office after the noun keep their visitor', () => {
    expect(trips('ويستعد البيت الأبيض لاستقبال الرئيس الصيني شي جين بينغ خلال زيارة الدولة التي سيقوم بها إلى واشنطن في سبتمبر المقبل.', '2015-07-22'))
      .toEqual(['xi-jinping>USA:planned:2015-09']);
    expect(trips('وأكد الرئيس الفرنسي فرانسوا هولاند أن الملف طرح خلال زيارة وزير الخارجية الأميركي جون كيري إلى القاهرة أمس.', '2015-08-03'))
      .toEqual(['john-kerry>EGY:done:2015-08-02']);
  });
});
