import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { factsOf } from './helpers.ts';

// Sentences written for these tests: a list of attendees after an attend verb or بحضور, in an article
// the dateline places (data/patterns/visits.yaml visit:attend-dateline*): each leader of another
// state in the list travelled there; the host's own and resident officials did not.
const visitors = (text: string) => factsOf(text).filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to}`).sort();

describe('visits: attendees listed after an attend verb', () => {
  it('gives a visit to every leader of another state in the list, past the host named first', () => {
    expect(visitors('الرياض - واس- حضر الحفل أمس الملك سلمان، والرئيس الروسي فلاديمير بوتين، وأوباما.'))
      .toEqual(['barack-obama>SAU', 'vladimir-putin>SAU']);
  });

  it('reads the list past an office in apposition to a name', () => {
    expect(visitors('باريس: وقعت الحكومة أمس مذكرة تفاهم بحضور أوباما الرئيس الأمريكي، والرئيس الروسي فلاديمير بوتين.'))
      .toEqual(['barack-obama>FRA', 'vladimir-putin>FRA']);
  });

  it('gives none to the host\'s officials, to a list from afar, nor past the list\'s end', () => {
    expect(visitors('الرياض - واس- حضر الحفل أمس الملك سلمان، والسفير فرانسوا جوييت.')).toEqual([]);
    expect(visitors('الرياض - واس- شارك عبر الفيديو في افتتاح المعرض الملك سلمان وبوتين.')).toEqual([]);
    expect(visitors('الرياض - واس- حضر الحفل أمس الملك سلمان، وقال أوباما إن التعاون يتقدم.')).toEqual([]);
  });
});
