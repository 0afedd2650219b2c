/**
 * A leader speaking to or meeting the press abroad, round 13 (issue #14: visit recall on the corpus's
 * missed visits). Each construction with sentences it must read and the traps it must not fire on.
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { MetFact, VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2015-08-10') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();
const meetings = (text: string, published = '2015-08-10') => extractedFacts(text, published)
  .filter((f): f is MetFact => f.type === 'met').map((m) => `${m.a.id}|${m.b.id}`).sort();

describe('visits: a speaker telling journalists where he is (visit:said-to-press-at)', () => {
  it('reads the place right after the journalists as where he spoke', () => {
    expect(visits('وقال جون كيري لصحافيين في الدوحة يوم الاثنين إن الخيارات الدبلوماسية مفتوحة.')).toEqual(['john-kerry>QAT done']);
    expect(visits('وأكد سيرغي لافروف للصحفيين في مطار القاهرة أن بلاده تدعم الحل السياسي.')).toEqual(['sergey-lavrov>EGY done']);
  });
  it('gives no visit at home, about a place, from a resident ambassador, still to come, or by video', () => {
    expect(visits('وقال جون كيري للصحافيين في واشنطن إن الخيارات الدبلوماسية مفتوحة.')).toEqual([]);
    expect(visits('وقال جون كيري للصحافيين عن الوضع في سوريا إن الحل سياسي.')).toEqual([]);
    expect(visits('وقال السفير الأمريكي في موسكو للصحفيين في موسكو إن الحوار مستمر.')).toEqual([]);
    expect(visits('وسيقول جون كيري للصحافيين في الدوحة إن الخيارات مفتوحة.')).toEqual([]);
    expect(visits('وقال جون كيري للصحافيين في الدوحة عبر الاتصال المرئي إن الخيارات مفتوحة.')).toEqual([]);
  });
  it('gives no visit for the UN Secretary-General speaking where the UN sits, but one elsewhere', () => {
    expect(visits('وقال بان كي مون للصحفيين في نيويورك إن التنمية ممكنة.')).toEqual([]);
    expect(visits('وقال بان كي مون للصحفيين في القاهرة إن التنمية ممكنة.')).toEqual(['ban-ki-moon>EGY done']);
  });
});

describe('meetings: a joint press conference (met:press-conference)', () => {
  it('reads its givers as met, and the one of another state than its place as visiting', () => {
    const s = 'وقال وزير الخارجية القطري خالد العطية في مؤتمر صحافي مشترك مع جون كيري في الدوحة إن الاتفاق أفضل الخيارات.';
    expect(meetings(s)).toEqual(['john-kerry|khalid-bin-mohammad-al-attiyah']);
    expect(visits(s)).toEqual(['john-kerry>QAT done']);
    expect(visits('وعقد الرئيس الروسي فلاديمير بوتين مؤتمرا صحفيا مشتركا أمس مع الرئيس الأمريكي باراك أوباما في موسكو.'))
      .toEqual(['barack-obama>RUS done']);
  });
  it('gives nothing for one planned, by video, or one alone about a place', () => {
    expect(visits('وسيعقد جون كيري مؤتمرا صحافيا مشتركا مع سيرغي لافروف في موسكو.')).toEqual([]);
    expect(meetings('وقال جون كيري في مؤتمر صحافي مشترك عبر الفيديو مع سيرغي لافروف إن الحوار مستمر.')).toEqual([]);
    expect(visits('وقال جون كيري في مؤتمر صحافي عن الوضع في سوريا إن الحل سياسي.')).toEqual([]);
  });
  it('gives no visit for a place that is a participant\'s post (an ambassador)', () => {
    expect(visits('وقال جون كيري في مؤتمر صحافي مع سفير مصر في موسكو إن الحوار مستمر.')).toEqual([]);
    expect(visits('وقال جون كيري في مؤتمر صحافي مع السفير المصري في موسكو إن الحوار مستمر.')).toEqual([]);
    // …but a minister's title leaves the place the conference's.
    expect(visits('وقال جون كيري في مؤتمر صحافي مع وزير الخارجية الروسي سيرغي لافروف في موسكو إن الحوار مستمر.')).toEqual(['john-kerry>RUS done']);
  });
});

describe('counterparts: نظيره + nisba with no name (the holder of the possessor\'s office there)', () => {
  it('reads the counterpart as the one holder of that office in that state at the article\'s date', () => {
    const s = 'وأوضح عادل الجبير خلال المؤتمر الصحافي الذي عقده مع نظيره المصري في جدة أن المباحثات كانت مثمرة.';
    expect(meetings(s)).toEqual(['adel-al-jubeir|sameh-shoukry']);
    expect(visits(s)).toEqual(['sameh-shoukry>SAU done']);
    expect(visits('وعقد جون كيري مؤتمرا صحفيا مشتركا مع نظيره الروسي في واشنطن.')).toEqual(['sergey-lavrov>USA done']);
  });
  it('keeps the possessor as a side when the counterpart is named after his nisba (لقائه مع نظيره القطري الدكتور فلان)', () => {
    expect(meetings('وأوضح سيرغي لافروف، عقب لقائه مع نظيره القطري الدكتور خالد العطية في الدوحة أمس، أن الحل سياسي.'))
      .toEqual(['khalid-bin-mohammad-al-attiyah|sergey-lavrov']);
  });
  it('reads no counterpart in the possessor\'s own state', () => {
    expect(meetings('وعقد جون كيري مؤتمرا صحفيا مشتركا مع نظيره الأمريكي في واشنطن.')).toEqual([]);
  });
});
