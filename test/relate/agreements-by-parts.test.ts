/**
 * A registry agreement described by its parts rather than a fixed phrase: a definite agreement noun
 * whose phrase names the party telling the instrument apart and a cue of its kind (الاتفاق بين إيران
 * والقوى الكبرى حول البرنامج النووي، اتفاق إيران النووي، الاتفاق الذي يحد من برنامج إيران النووي).
 * Issue #19: held-out misses were mostly such references back. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractedAgreements } from './helpers.ts';

const registries = (text: string, published = '2015-07-22'): (string | null | undefined)[] => extractedAgreements(text, published).map((f) => f.registry);

describe('a definite agreement noun with its telling party and kind nearby', () => {
  it('بين with Iran and a nuclear cue after it is the JCPOA', () => {
    expect(registries('وانتقد السيناتور الاتفاق بين إيران والدول الكبرى حول برنامجها النووي.')).toEqual(['jcpoa']);
  });
  it('the head of a construct with Iran, and a relative clause naming Iran, are the JCPOA', () => {
    expect(registries('وتسلم الكونغرس اتفاق إيران النووي أمس.')).toEqual(['jcpoa']);
    expect(registries('ورحب الوزير بالاتفاق الذي يقيد أنشطة طهران النووية لعشر سنوات.')).toEqual(['jcpoa']);
  });
  it('before the JCPOA, the same words name the agreement then in force', () => {
    expect(registries('وانتقد السيناتور الاتفاق بين إيران والدول الكبرى حول برنامجها النووي.', '2014-03-01')).toEqual(['jpoa-2013']);
  });
});

describe('what the parts do not tell', () => {
  it('"it was agreed" and a proposed agreement are no reference', () => {
    expect(registries('وتم الاتفاق مع إيران على تبادل الخبرات في المجال النووي السلمي.')).toEqual([]);
    expect(registries('وبحث الوزيران الاتفاق المقترح مع إيران حول برنامجها النووي.')).toEqual([]);
  });
  it('a state that is no party of the instrument leaves it', () => {
    // The two states named by بين make an agreement of their own (agreement:between-pair), not the JCPOA.
    expect(registries('وأشاد الوزير بالاتفاق بين الهند وإيران حول التعاون النووي السلمي.')).toEqual([undefined]);
  });
  it('a defence agreement of a great power is not its old arms treaty', () => {
    expect(registries('وأشاد الوزير بالاتفاق الذي يعزز التعاون العسكري للولايات المتحدة في المنطقة.')).toEqual([]);
  });
  it('agreements in the plural name no one instrument', () => {
    expect(registries('وانتقد الكاتب الاتفاقات التي تجعل إيران قوة نووية.')).toEqual([]);
  });
});
