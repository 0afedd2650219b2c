/**
 * Setting out told in the imperfect (round 15, issue #14: precision of visits): in a report's body
 * «يتوجه/ينتقل إلى» tells a leg not yet travelled when the article was written, so the visit is
 * planned; a headline's imperfect is its past, and a clause dated in the past or told as under way
 * keeps the act done. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2019-02-23', title: string | null = null) => extractedFacts(text, published, title)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();

describe('visits: a verb of setting out in the imperfect is a leg still to travel', () => {
  it('today, from the place he is in, or after another leg: planned', () => {
    expect(visits('ويتوجه الرئيس الروسي فلاديمير بوتين اليوم إلى هانوي في زيارة رسمية تستمر يومين.')).toEqual(['vladimir-putin>VNM planned']);
    expect(visits('ومن بيونغ يانغ يتوجه الرئيس الروسي فلاديمير بوتين إلى هانوي للقاء نظيره الفيتنامي.')).toEqual(['vladimir-putin>VNM planned']);
    expect(visits('وتنتقل المستشارة الألمانية أنغيلا ميركل بعدها إلى باريس لبحث ملف الهجرة.')).toEqual(['angela-merkel>FRA planned']);
  });
  it('trap: a headline\'s imperfect is its past, and the perfect is done', () => {
    expect(visits('وصل الرئيس الروسي إلى هانوي أمس.', '2019-02-23', 'بوتين يتوجه إلى هانوي')).toEqual(['vladimir-putin>VNM done']);
    expect(visits('وتوجه الرئيس الروسي فلاديمير بوتين أمس إلى هانوي في زيارة رسمية.')).toEqual(['vladimir-putin>VNM done']);
  });
  it('trap: an act told as under way, or a visit verb that is not setting out, stays done', () => {
    expect(visits('ويتوجه الرئيس الروسي فلاديمير بوتين حاليا إلى هانوي على متن طائرته.')).toEqual(['vladimir-putin>VNM done']);
    expect(visits('والتقى الرئيس الفيتنامي أمس الرئيس الروسي فلاديمير بوتين الذي يزور هانوي حاليا.')).toContain('vladimir-putin>VNM done');
  });
});
