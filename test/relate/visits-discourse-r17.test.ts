/**
 * Round 17 (visits told across sentences, grid data/robustness/grids/visits-discourse.yaml): a clause that
 * opens on its verb continues the previous sentence's subject. Two constructions the grid found unread:
 * a support verb opening its clause with its subject dropped (ويقوم حاليا بزيارة …، وكان قد قام بزيارة …)
 * and a visit verb whose destination is followed by a date with its preposition (ووصل إلى باريس في مارس
 * الماضي), where the date was taken for a noun subject after the destination. Sentences written for these
 * tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2016-05-10') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status} ${v.date ?? '-'}`).sort();
const done = (text: string, published?: string) => visits(text, published).filter((l) => l.includes(' done '));

const SAID = 'وأكد الرئيس التركي رجب طيب اردوغان أن بلاده تدعم الحل السياسي للأزمة.';

describe('a support verb opening its clause with its subject dropped', () => {
  it('takes the leader the text carries on from the sentence before', () => {
    expect(done(`${SAID} ويقوم حاليا بزيارة رسمية إلى العاصمة الصينية بكين تستغرق يومين.`)).toEqual(['recep-tayyip-erdogan>CHN done 2016-05-10']);
    expect(done(`${SAID} وكان قد قام بزيارة رسمية إلى موسكو في مارس الماضي.`)).toEqual(['recep-tayyip-erdogan>RUS done 2016-03']);
    expect(done(`${SAID} وأجرى أمس زيارة قصيرة إلى الرياض.`)).toEqual(['recep-tayyip-erdogan>SAU done 2016-05-09']);
  });
  it('not a planned visit, nor one whose subject is someone else named in its clause', () => {
    expect(done(`${SAID} وسيقوم الأسبوع المقبل بزيارة رسمية إلى موسكو.`)).toEqual([]);
    expect(done(`${SAID} وكان وفد برلماني قد قام بزيارة إلى موسكو أمس.`)).toEqual([]);
    expect(done(`${SAID} ومن المقرر أن يقوم بزيارة إلى موسكو الشهر المقبل.`)).toEqual([]);
  });
  it('the subject carried on is the last sentence\'s: a host back home visits nowhere', () => {
    expect(done(`${SAID} وبحث الرئيس الروسي فلاديمير بوتين مع كبار مساعديه الوضع الإقليمي. وكان قد قام بجولة داخلية في روسيا أمس.`)).toEqual([]);
  });
});

describe('a date with its preposition after the destination', () => {
  it('is no noun subject of the visit verb', () => {
    expect(done(`${SAID} وكان قد وصل إلى موسكو في مارس الماضي.`)).toEqual(['recep-tayyip-erdogan>RUS done 2016-03']);
    expect(done(`${SAID} ووصل إلى الرياض خلال أبريل الماضي في زيارة رسمية.`)).toEqual(['recep-tayyip-erdogan>SAU done 2016-04']);
  });
  it('a noun subject after it is still no leader', () => {
    expect(done(`${SAID} ووصلت إلى موسكو في مارس الماضي طائرة شحن تحمل مساعدات.`)).toEqual([]);
  });
});

describe('a definite visit noun referring back to the trip told before (وتأتي هذه الزيارة لباريس)', () => {
  it('is the visit of the leader of another state named in the last sentence that names one', () => {
    expect(done('والتقى الرئيس التركي رجب طيب اردوغان أمس الرئيس الروسي فلاديمير بوتين وبحثا العلاقات الثنائية. وتأتي هذه الزيارة لموسكو في وقت تشهد فيه المنطقة توترا.'))
      .toContain('recep-tayyip-erdogan>RUS done 2016-05-09');
    expect(done(`${SAID} وتعد الزيارة إلى العاصمة الصينية بكين الأولى منذ سنوات.`)).toEqual(['recep-tayyip-erdogan>CHN done -']);
  });
  it('not a visit to come, nor one an unknown adjective gives to others, nor one a host named since received', () => {
    expect(done(`${SAID} وستتناول الزيارة المقبلة لموسكو التعاون الاقتصادي.`)).toEqual([]);
    expect(done(`${SAID} وتأتي الزيارة المرتقبة لموسكو الأسبوع المقبل في وقت تشهد فيه المنطقة توترا.`)).toEqual([]);
    expect(done(`${SAID} وتأتي الزيارة البرلمانية لموسكو في وقت تشهد فيه المنطقة توترا.`)).toEqual([]);
    expect(done(`${SAID} واستقبل الرئيس الروسي فلاديمير بوتين أمس وفدا تجاريا. وتأتي الزيارة لموسكو في إطار تعزيز التعاون.`)).not.toContain('recep-tayyip-erdogan>RUS done 2016-05-10');
  });
  it('not a leader named two sentences before, nor a visit to his own state', () => {
    expect(done(`${SAID} وقال مسؤولون إن المحادثات ستتناول الأمن الإقليمي. وتأتي الزيارة لموسكو في وقت تشهد فيه المنطقة توترا.`)).toEqual([]);
    expect(done(`${SAID} وتأتي الزيارة لأنقرة بعد جولة خارجية.`)).toEqual([]);
  });
});

describe('the place a leader came from under a dateline (قادما من)', () => {
  const OPEN = 'القاهرة (واس) - افتتح الرئيس المصري عبد الفتاح السيسي أمس أعمال القمة.';
  it('is his origin: the dateline still places what he attended', () => {
    expect(done(`${OPEN} وحضر الرئيس التركي رجب طيب اردوغان الجلسة الافتتاحية قادما من الرياض.`)).toContain('recep-tayyip-erdogan>EGY done 2016-05-09');
    expect(done(`${OPEN} وحضر الرئيس التركي رجب طيب اردوغان الجلسة الافتتاحية قادما من العاصمة الصينية بكين.`)).toContain('recep-tayyip-erdogan>EGY done 2016-05-09');
  });
  it('not a place the act itself is told in, nor an act followed from afar', () => {
    expect(done(`${OPEN} وحضر الرئيس التركي رجب طيب اردوغان حفلا في الرياض.`)).not.toContain('recep-tayyip-erdogan>EGY done 2016-05-09');
    expect(done(`${OPEN} وتابع الرئيس التركي رجب طيب اردوغان الجلسة الافتتاحية عبر الاتصال المرئي من أنقرة.`)).toEqual([]);
  });
});
