/**
 * Round 14 (issue #14, agreement recall): the sides of an agreement told by reference — «المملكة»
 * in a national agency's copy, «البلدان» after a pair of states and a third state named in passing.
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const lines = (text: string, published = '2024-06-20', title: string | null = null): string[] =>
  extractedAgreements(text, published, title).map((f: AgreementFact) => `${f.parties.map((p) => p.id).sort().join('+')}:${f.status}`).sort();

describe('«المملكة» in the copy of a kingdom\'s national agency', () => {
  const body = 'استقبل الرئيس المصري أمس وزير الخارجية السعودي وسفيري الأردن والبحرين، وأشاد بالاتفاقية التي وقعتها المملكة ومصر الشهر الماضي.';
  it('is the agency\'s country, the agency credited in the dateline\'s brackets or after its mark', () => {
    expect(lines(`القاهرة (واس) - ${body}`)).toEqual(['EGY+SAU:signed']);
    expect(lines(`القاهرة - واس: ${body}`)).toEqual(['EGY+SAU:signed']);
  });
  it('not under another agency, nor when the agency is only cited further on', () => {
    expect(lines(`القاهرة (رويترز) - ${body}`)).toEqual([]);
    expect(lines(`القاهرة - ${body.replace(/\.$/, '')}، وفق ما نقلت واس.`)).toEqual([]);
  });
});
