import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { factsOf, PATTERN_CAST } from './helpers.ts';

// Sentences written for these tests (issue #14, attendance round): officials abroad because they take
// part in something held there (data/patterns/visits.yaml visit:attend-noun-at,
// visit:attend-gathering-of-place; the fold in src/relate/index.ts).
const visits = (text: string) => factsOf(text).filter((f): f is VisitFact => f.type === 'visit')
  .map((v) => `${v.visitor.id}>${v.to} ${v.date}`).sort();

describe('visits: attendance at an event placed in its clause', () => {
  it('gives each attendee of another state listed after بحضور a visit to the clause\'s place', () => {
    expect(visits('وأقيم في هانوي أمس حفل افتتاح المعرض بحضور الرئيس الروسي فلاديمير بوتين، وأوباما.'))
      .toEqual(['barack-obama>VNM 2024-06-19', 'vladimir-putin>VNM 2024-06-19']);
  });

  it('gives none to the place\'s own leader, to a place further on (a topic), nor from afar', () => {
    expect(visits('وأقيم في هانوي أمس حفل افتتاح المعرض بحضور تو لام.')).toEqual([]);
    expect(visits('وبحث المشاركون أمس مستقبل الاستثمار في فيتنام بحضور بوتين.')).toEqual([]);
    expect(visits('وأقيم في هانوي أمس حفل افتتاح المعرض بحضور بوتين عبر الاتصال المرئي.')).toEqual([]);
  });

  it('gives a leader taking part in a gathering named by a foreign city a visit there, not one at home', () => {
    expect(visits('وشارك أوباما أمس في منتدى هانوي الاقتصادي.')).toEqual(['barack-obama>VNM 2024-06-19']);
    expect(visits('وشارك بوتين أمس في منتدى موسكو الاقتصادي.')).toEqual([]);
  });
});

describe('visits: an attendance during a visit the article reports', () => {
  it('is that visit when the article dates it within days: one record, the visit\'s own date', () => {
    expect(visits('ووصل أوباما أمس إلى هانوي في زيارة رسمية. ويشارك أوباما اليوم في قمة هانوي الاقتصادية.'))
      .toEqual(['barack-obama>VNM 2024-06-19']);
  });

  it('stays its own visit when the one reported is long before', () => {
    expect(visits('وكان أوباما قد زار هانوي في مارس 2016. ويشارك أوباما اليوم في قمة هانوي الاقتصادية.'))
      .toEqual(['barack-obama>VNM 2016-03', 'barack-obama>VNM 2024-06-20']);
  });
});

describe('visits: a companion accompanying a leader on his visit (رافق)', () => {
  const all = (text: string) => factsOf(text, '2024-06-20', PATTERN_CAST).filter((f): f is VisitFact => f.type === 'visit')
    .map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();

  it('gives the companion and the leader the visit', () => {
    expect(all('ورافق وزير الخارجية سيرغي لافروف الرئيس بوتين في زيارته إلى هانوي.'))
      .toEqual(['sergey-lavrov>VNM done', 'vladimir-putin>VNM done']);
  });

  it('gives the companion no done visit when the trip is still to come', () => {
    expect(all('وسيرافق سيرغي لافروف بوتين في زيارته إلى هانوي الشهر المقبل.').filter((v) => v.endsWith('done'))).toEqual([]);
  });
});
