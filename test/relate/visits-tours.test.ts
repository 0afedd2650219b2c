import { describe, expect, it } from 'vitest';
import { visitLines } from './helpers.ts';

// Sentences written for these tests: a tour's stops listed after its noun (جولة تشمل، جولة تقوده إلى):
// each stop is a visit, done or planned as the tour is, and dated only where the text dates that stop
// (the tour's own date is its start, at the first stop).
const visits = (text: string) => visitLines(text);

describe('visits: the stops of a tour', () => {
  it('reads every stop after تقوده إلى, the first dated by the tour\'s start, the others undated', () => {
    expect(visits('وبدأ أوباما أمس جولة آسيوية تقوده إلى فيتنام والصين.'))
      .toEqual(['barack-obama CHN  done', 'barack-obama VNM 2024-06-19 done']);
  });

  it('dates only the first stop of a tour that تشمل its stops', () => {
    expect(visits('وبدأ أوباما أمس جولة تشمل مصر والأردن والسعودية.'))
      .toEqual(['barack-obama EGY 2024-06-19 done', 'barack-obama JOR  done', 'barack-obama SAU  done']);
  });

  it('keeps a tour still to come planned, and gives no stop to the visitor\'s own state', () => {
    expect(visits('ويبدأ بوتين غدا جولة تقوده إلى الصين وروسيا.').map((v) => v.split(' ').slice(1, 2).concat(v.split(' ').slice(3)).join(' '))).toEqual(['CHN planned']);
  });

  it('reads no tour in a round of talks, nor a route a thing takes', () => {
    expect(visits('وأطلق أوباما جولة محادثات جديدة مع روسيا والصين.')).toEqual([]);
    expect(visits('وقال أوباما إن السياسة الجديدة تقوده إلى مصر والأردن.')).toEqual([]);
  });
});
