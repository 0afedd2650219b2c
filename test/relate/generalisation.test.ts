/**
 * Regression tests for general defects found by an independent review of the extractor: sentences
 * written for these tests (not from the seed or the dev set), each failing before its fix.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact, VetoFact, VisitFact } from '../../src/document.ts';
import { factsOf } from './helpers.ts';

const visits = (text: string, published = '2024-06-20') => factsOf(text, published).filter((f): f is VisitFact => f.type === 'visit');
const agreements = (text: string, published = '2024-06-20') => factsOf(text, published).filter((f): f is AgreementFact => f.type === 'agreement');
const vetoes = (text: string, published = '2024-06-20') => factsOf(text, published).filter((f): f is VetoFact => f.type === 'veto');
const parties = (f: AgreementFact) => f.parties.map((p) => p.id).sort();

describe('negation and modality cues glued to و/ف', () => {
  it('reads ولن، ولم، فلم as negation', () => {
    expect(visits('ولن يزور الرئيس الروسي فلاديمير بوتين فيتنام هذا العام.')).toEqual([]);
    expect(agreements('ولم توقع روسيا أي اتفاق مع الصين خلال القمة.')).toEqual([]);
    expect(agreements('فلم تبرم مصر والأردن اتفاقية للتجارة.')).toEqual([]);
  });
  it('reads ومن المنتظر as planned', () => {
    expect(visits('ومن المنتظر أن يزور بوتين هانوي.').map((v) => v.status)).toEqual(['planned']);
  });
});

describe('kind cues after a clitic chain', () => {
  it('reads للطاقة and للتعاون as kind cues', () => {
    expect(agreements('ووقعت مصر والأردن اتفاقية للطاقة أمس.').map((a) => a.kind)).toEqual(['energy']);
    expect(agreements('ووقعت مصر والأردن اتفاقية للتعاون أمس.').map((a) => a.kind)).toEqual(['cooperation']);
  });
});
