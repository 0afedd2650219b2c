import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { factsOf, visitLines } from './helpers.ts';

// Sentences written for these tests: a tour's stops listed after its noun (جولة تشمل، جولة تقوده إلى):
// each stop is a visit, done or planned as the tour is, and dated only where the text dates that stop
// (the tour's own date is its start, at the first stop); a later stop takes that day's month when the few
// days a short tour takes after it stay in the month, as which day it had the text does not tell.
const visits = (text: string) => visitLines(text);
const visitsOn = (text: string, published: string) => factsOf(text, published).filter((f): f is VisitFact => f.type === 'visit')
  .map((v) => [v.visitor.id, v.to, v.date, v.status].join(' ')).sort();

describe('visits: the stops of a tour', () => {
  it('reads every stop after تقوده إلى, the first dated by the tour\'s start, the others by its month', () => {
    expect(visits('وبدأ أوباما أمس جولة آسيوية تقوده إلى فيتنام والصين.'))
      .toEqual(['barack-obama CHN 2024-06 done', 'barack-obama VNM 2024-06-19 done']);
  });

  it('dates the first stop of a tour that تشمل its stops by its day, the later ones by its month', () => {
    expect(visits('وبدأ أوباما أمس جولة تشمل مصر والأردن والسعودية.'))
      .toEqual(['barack-obama EGY 2024-06-19 done', 'barack-obama JOR 2024-06 done', 'barack-obama SAU 2024-06 done']);
  });

  it('gives every stop a tour dated by its month', () => {
    expect(visits('ويبدأ بوتين في سبتمبر المقبل جولة تشمل الصين وفيتنام.')).toEqual(['vladimir-putin CHN 2024-09 planned', 'vladimir-putin VNM 2024-09 planned']);
  });

  it('leaves the later stops undated when the tour may run into the next month', () => {
    expect(visitsOn('وبدأ أوباما أمس جولة تشمل مصر والأردن والسعودية.', '2024-06-30'))
      .toEqual(['barack-obama EGY 2024-06-29 done', 'barack-obama JOR  done', 'barack-obama SAU  done']);
  });

  it('gives a planned tour\'s later stops the month of its start, and a done one\'s when a leg was told that day', () => {
    expect(visits('ويبدأ أوباما غدا جولة تشمل مصر والأردن.'))
      .toEqual(['barack-obama EGY 2024-06-21 planned', 'barack-obama JOR 2024-06 planned']);
    expect(visits('وأشاد أوباما خلال زيارته إلى مصر أمس في جولة تشمل الأردن والسعودية أيضا بالتعاون.'))
      .toEqual(['barack-obama EGY 2024-06-19 done', 'barack-obama JOR 2024-06 done', 'barack-obama SAU 2024-06 done']);
  });

  it('keeps a tour still to come planned, and gives no stop to the visitor\'s own state', () => {
    expect(visits('ويبدأ بوتين غدا جولة تقوده إلى الصين وروسيا.').map((v) => v.split(' ').slice(1, 2).concat(v.split(' ').slice(3)).join(' '))).toEqual(['CHN planned']);
  });

  it('reads no tour in a round of talks, nor a route a thing takes', () => {
    expect(visits('وأطلق أوباما جولة محادثات جديدة مع روسيا والصين.')).toEqual([]);
    expect(visits('وقال أوباما إن السياسة الجديدة تقوده إلى مصر والأردن.')).toEqual([]);
  });
});
