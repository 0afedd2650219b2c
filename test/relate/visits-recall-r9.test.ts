/**
 * Visits: recall constructions of news, round 9 (issue #14), each with a sentence it must read and the
 * trap it must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { tripLines } from './helpers.ts';

const trips = tripLines;

describe('visits: several destinations coordinated by و after the first (زار مصر والأردن وسوريا)', () => {
  it('gives one visit per place listed, after a verb or a visit noun', () => {
    expect(trips('وزار وزير الخارجية الأمريكي جون كيري مصر والأردن وسوريا.'))
      .toEqual(['john-kerry>EGY:done:2024-06-20', 'john-kerry>JOR:done:2024-06', 'john-kerry>SYR:done:2024-06']);
    expect(trips('وانتقد النائب زيارة الرئيس الروسي فلاديمير بوتين لفيتنام وباريس.'))
      .toEqual(['vladimir-putin>FRA:done:-', 'vladimir-putin>VNM:done:-']);
  });
  it('reads "each of" before the list (إلى كل من، كلا من)', () => {
    expect(trips('وانتقد النائب زيارة الرئيس الروسي فلاديمير بوتين إلى كل من فيتنام والصين.'))
      .toEqual(['vladimir-putin>CHN:done:-', 'vladimir-putin>VNM:done:-']);
    expect(trips('وزار وزير الخارجية الأمريكي جون كيري كلا من مصر ومسقط.'))
      .toEqual(['john-kerry>EGY:done:2024-06-20', 'john-kerry>OMN:done:2024-06']);
  });
  it('gives every stop a date coarser than a day, and keeps a planned trip planned', () => {
    expect(trips('وزار الملك سلمان فرنسا والصين في مايو الماضي.'))
      .toEqual(['salman-of-saudi-arabia>CHN:done:2024-05', 'salman-of-saudi-arabia>FRA:done:2024-05']);
    expect(trips('وسيزور الرئيس الروسي فلاديمير بوتين مصر والأردن الشهر المقبل.'))
      .toEqual(['vladimir-putin>EGY:planned:2024-07', 'vladimir-putin>JOR:planned:2024-07']);
  });
  it('stops at a place that opens a clause of its own, a nisba, or a person', () => {
    expect(trips('ووصل الرئيس الأمريكي باراك أوباما إلى الرياض ومصر ترحب بالزيارة.')).toEqual(['barack-obama>SAU:done:2024-06-20']);
    expect(trips('وزار بوتين فيتنام والصين تتابع باهتمام.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    expect(trips('وزار بوتين فيتنام ووفد روسي رفيع.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    expect(trips('ووصل أوباما إلى الرياض والملك سلمان في استقباله.')).toEqual(['barack-obama>SAU:done:2024-06-20']);
  });
});

describe('visits: a reception told by its noun with the host first (كان الملك في استقبال الرئيس)', () => {
  it('gives the guest a visit to the host\'s state', () => {
    expect(trips('وكان الملك سلمان في استقبال الرئيس الروسي فلاديمير بوتين لدى وصوله إلى قصر اليمامة أمس.'))
      .toEqual(['vladimir-putin>SAU:done:2024-06-19']);
    expect(trips('وكان هولاند أمس في استقبال أوباما عند باب القصر.')).toEqual(['barack-obama>FRA:done:2024-06-19']);
  });
  it('gives none with the host after the noun, a resident ambassador, one state, a crowd, or to come', () => {
    expect(trips('وكان في استقبال الرئيس الروسي فلاديمير بوتين لدى وصوله الملك سلمان.')).toEqual([]);
    expect(trips('وكان السفير فرانسوا جوييت في استقبال الملك سلمان لدى وصوله إلى مقر السفارة.')).toEqual([]);
    expect(trips('وكان الملك سلمان في استقبال المهنئين بالعيد.')).toEqual([]);
    expect(trips('وسيكون الملك سلمان في استقبال الرئيس الروسي فلاديمير بوتين غدا.')).toEqual([]);
  });
});

describe('visits: the visitor named after his office and a comma that does not close right after the name', () => {
  it('reads «وصل الرئيس الأمريكي، أوباما إلى …»', () => {
    expect(trips('ووصل الرئيس الأمريكي، أوباما إلى باريس أمس، والتقى هولاند.')).toContain('barack-obama>FRA:done:2024-06-19');
    expect(trips('ووصل الرئيس الأمريكي، أوباما إلى باريس أمس.')).toEqual(['barack-obama>FRA:done:2024-06-19']);
  });
  it('gives none when the name is of another state or coordinated by و', () => {
    expect(trips('ووصل الرئيس الأمريكي، بوتين إلى باريس أمس.')).toEqual([]);
    expect(trips('ووصل الرئيس الأمريكي، وأوباما في باريس أمس.')).toEqual([]);
  });
});

describe('visits: a bare visit noun framed by a day of the visit (في اليوم الأول من زيارة إلى …)', () => {
  it('gives the visit to the sentence\'s subject', () => {
    expect(trips('وقال بوتين في اليوم الأول من زيارة إلى فيتنام إن التعاون يتقدم.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
  it('gives it to the visitor the noun names, and none at home', () => {
    expect(trips('وقال بوتين في اليوم الأول من زيارة كيم جونغ أون إلى فيتنام إن التعاون يتقدم.')).toEqual(['kim-jong-un>VNM:done:2024-06-20']);
    expect(trips('وقال بوتين في اليوم الأول من زيارة إلى موسكو إن التعاون يتقدم.')).toEqual([]);
  });
});

describe('visits: المهندس among the titles before a visitor\'s name', () => {
  it('reads past it', () => {
    expect(trips('وزار المهندس تو لام فرنسا أمس.')).toEqual(['to-lam>FRA:done:2024-06-19']);
  });
  it('gives none when no name follows', () => {
    expect(trips('وزار المهندس المسؤول عن المشروع فرنسا أمس.')).toEqual([]);
  });
});
