/**
 * Meetings: whom a meeting takes from context for the visit it implies (issue #19, audit r6: a summit
 * chaired by another gave the leader in focus a visit; a host received by the earlier clause's subject).
 * Each with a sentence it must read and the trap it must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { tripLines } from './helpers.ts';

const trips = tripLines;

describe('meetings: a bare meeting noun ending in ة is no possessive', () => {
  it('does not give the leader in focus a summit held abroad that another leader chairs', () => {
    expect(trips('والتقى أوباما أمس الملك سلمان. وقررت القمة المنعقدة في هانوي برئاسة تو لام تعزيز التعاون.')).toEqual([]);
  });
});

describe('meetings: a reception verb coordinated by و with its host right after it', () => {
  it('takes the leader after the verb as the host, not the earlier clause subject', () => {
    expect(trips('وتحدث أوباما عن الأزمة واستقبل الملك سلمان أمس وزراء خارجية الدول العربية.')).toEqual([]);
    expect(trips('وغادر أوباما واشنطن واستقبل الملك سلمان الرئيس الروسي فلاديمير بوتين أمس.')).toEqual(['vladimir-putin>SAU:done:2024-06-19']);
  });
  it('keeps the dropped subject of a meeting verb (the visitor meeting his host)', () => {
    expect(trips('ووصل أوباما إلى الرياض أمس والتقى الملك سلمان في قصره.')).toEqual(['barack-obama>SAU:done:2024-06-19']);
  });
});
