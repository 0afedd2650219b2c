/**
 * The pluperfect with its conjunction (وكانت … قد وقعت، فكانت …) tells background, before the day's
 * news (issue #14): the tense cue كانت (dates.yaml before_now) reads it now that the clitic reader
 * gives وكانت as و + كانت, not و + ك + انت. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../src/normalise/tokenise.ts';
import { hasBeforeNow } from '../../src/relate/dates.ts';
import { wordsOf } from '../../src/relate/words.ts';
import { extractedAgreements } from './helpers.ts';

const PUBLISHED = '2015-08-06';
const LEAD = 'وصل وزير الطاقة السعودي إلى القاهرة اليوم في زيارة رسمية. ';
const dates = (text: string) => extractedAgreements(`${LEAD}${text}`, PUBLISHED).map((f) => f.date);
const beforeNow = (text: string) => { const t = tokenise(text); return hasBeforeNow(wordsOf(t, 0, t.length)); };

describe('the auxiliary كانت under a conjunction', () => {
  it('is a past-before-now cue with و or ف as without', () => {
    expect(beforeNow('كانت الحكومة قد أعلنت الخطة')).toBe(true);
    expect(beforeNow('وكانت الحكومة قد أعلنت الخطة')).toBe(true);
    expect(beforeNow('فكانت الحكومة قد أعلنت الخطة')).toBe(true);
    expect(beforeNow('والحكومتان كانتا قد أعلنتا الخطة')).toBe(true);
  });
  it('is not read in a preposition before a noun that begins like it (كانتقال)', () => {
    expect(beforeNow('وأعلنت الحكومة الخطة كانتقال إلى مرحلة جديدة')).toBe(false);
  });
  it('leaves a signing told in it undated, even where the lead gives the day', () => {
    expect(dates('وكانت السعودية ومصر قد وقعتا اتفاقية لتوريد الغاز.')).toEqual([null]);
    expect(dates('فكانت السعودية ومصر قد وقعتا اتفاقية لتوريد الغاز.')).toEqual([null]);
  });
  it('but the day\'s signing told in the perfect keeps the day', () => {
    expect(dates('ووقعت السعودية ومصر اتفاقية لتوريد الغاز.')).toEqual([PUBLISHED]);
    expect(dates('فوقعت السعودية ومصر اتفاقية لتوريد الغاز.')).toEqual([PUBLISHED]);
  });
});
