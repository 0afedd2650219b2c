/**
 * A since-date (round 15, issue #14): «أول زيارة … منذ عام 2012» names when the period began that the
 * visit ends; it is never the visit's day, nor does it stop the sentence's own day from dating it.
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2019-02-23') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status} ${v.date ?? '-'}`).sort();

describe('visits: a since-date after «the first visit» is not the visit\'s', () => {
  it('the visit noun told with the reception is that visit, dated by the sentence\'s day', () => {
    expect(visits('استقبل الرئيس الفيتنامي أمس الجمعة الرئيس الروسي فلاديمير بوتين في هانوي، في أول زيارة يقوم بها بوتين إلى فيتنام منذ عام 2017.'))
      .toEqual(['vladimir-putin>VNM done 2019-02-22']);
    expect(visits('وصل الرئيس الروسي فلاديمير بوتين إلى هانوي أمس، في أول زيارة له إلى فيتنام منذ نوفمبر 2017.'))
      .toEqual(['vladimir-putin>VNM done 2019-02-22']);
  });
  it('trap: a visit dated in its own clause keeps that date, and a past visit stated as fact stays apart', () => {
    expect(visits('وكان الرئيس الروسي فلاديمير بوتين قد زار هانوي آخر مرة في نوفمبر 2017.')).toEqual(['vladimir-putin>VNM done 2017-11']);
  });
});
