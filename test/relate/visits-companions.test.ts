import { describe, expect, it } from 'vitest';
import { PATTERN_CAST, visitLines } from './helpers.ts';

// Sentences written for these tests: the officials travelling with a visitor (يرافقه، برفقة، ويضم
// الوفد المرافق له) make his visit; the host's officials and a visit that is none give nothing more.
const visits = (text: string) => visitLines(text, PATTERN_CAST);

describe('visits: a visitor\'s companions', () => {
  it('gives the companion the visitor\'s destination, day and status', () => {
    expect(visits('ووصل أوباما أمس إلى هانوي في زيارة رسمية يرافقه وزير الخارجية جون كيري.'))
      .toEqual(['barack-obama VNM 2024-06-19 done', 'john-kerry VNM 2024-06-19 done']);
  });

  it('reads a list of companions, keeping only the visitor\'s own state\'s', () => {
    expect(visits('وزار بوتين فيتنام أمس ويضم الوفد المرافق له سيرغي لافروف، وأوباما.'))
      .toEqual(['sergey-lavrov VNM 2024-06-19 done', 'vladimir-putin VNM 2024-06-19 done']);
  });

  it('gives nothing to the host\'s official going about with the guest', () => {
    expect(visits('ووصل أوباما أمس إلى هانوي وتجول في المدينة برفقة تو لام.')).toEqual(['barack-obama VNM 2024-06-19 done']);
  });

  it('gives nothing where there is no visit to join: at home, or denied', () => {
    expect(visits('وافتتح الملك سلمان المعرض في الرياض يرافقه الأمير محمد بن سلمان.')).toEqual([]);
    expect(visits('ووصل أوباما أمس إلى واشنطن يرافقه جون كيري.')).toEqual([]);
    expect(visits('ولم يصل أوباما إلى هانوي ولم يرافقه جون كيري.')).toEqual([]);
  });
});
