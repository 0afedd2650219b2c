/**
 * Visits: recall constructions of news, round 8 (issue #14), each with a sentence it must read and the
 * trap it must not fire on. Sentences written for the tests. (The pattern-file constructions of this
 * round, visit:carried-to and visit:signed-at, are tested by their examples in data/patterns/visits.yaml.)
 */
import { describe, expect, it } from 'vitest';
import { tripLines } from './helpers.ts';

const trips = tripLines;

describe('visits: a verb of saying with a dropped subject, framed by a visit (وأضاف خلال زيارة إلى …)', () => {
  it('gives the visit to the speaker in focus', () => {
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارة إلى فيتنام أن الاتفاق قريب.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
    expect(trips('وقال بوتين إن التعاون يتقدم. وأكد خلال زيارة رسمية إلى هانوي أن الاتفاق قريب.')).toEqual(['vladimir-putin>VNM:done:2024-06-20']);
  });
  it('gives none when the visit names its own visitor, a delegation, or the speaker\'s home', () => {
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارة وزير الخارجية إلى فيتنام أن الاتفاق قريب.')).toEqual([]);
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارة وفد روسي إلى فيتنام أن الاتفاق قريب.')).toEqual([]);
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارة إلى موسكو أن الاتفاق قريب.')).toEqual([]);
  });
  it('gives none when the verb has a subject of its own, or the frame is a call', () => {
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف المتحدث خلال زيارة إلى فيتنام أن الاتفاق قريب.')).toEqual([]);
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال اتصال هاتفي مع تو لام أن الاتفاق قريب.')).toEqual([]);
  });
  it('keeps a visit still to come planned', () => {
    expect(trips('وقال بوتين إن التعاون يتقدم. وأضاف خلال زيارته المرتقبة إلى فيتنام أن الاتفاق قريب.')).toEqual(['vladimir-putin>VNM:planned:-']);
  });
});
