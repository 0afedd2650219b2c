/**
 * A meeting's topic told by a verb of treating a subject (round 15, issue #14: precision of visits):
 * «محادثات … تناولت الأوضاع في سوريا» — the place after such a verb is what was discussed, not where
 * the meeting was held. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2019-02-23') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();

describe('meetings: a place after a verb of treating the talks\' subject is the topic\'s', () => {
  it('trap: «تناولت … في سوريا»، «استعرضا خلالها … في اليمن» do not place the talks', () => {
    expect(visits('وأجرى الرئيس الروسي فلاديمير بوتين محادثات مع الرئيس الصيني شي جين بينغ تناولت العمليات العسكرية الجارية في سوريا.')).toEqual([]);
    expect(visits('والتقى الملك سلمان الرئيس الفرنسي إيمانويل ماكرون، واستعرضا خلالها مسار الحرب في اليمن.')).toEqual([]);
  });
  it('a place before the topic verb still places the talks', () => {
    expect(visits('وأجرى الرئيس الروسي فلاديمير بوتين في بكين محادثات مع الرئيس الصيني شي جين بينغ تناولت العمليات العسكرية في سوريا.'))
      .toEqual(['vladimir-putin>CHN done']);
  });
});
