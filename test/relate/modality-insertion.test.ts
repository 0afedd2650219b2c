import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

// Sentences written for these tests: a comma-enclosed insertion between a modality cue and the act
// (هددت، صباح اليوم، روسيا باستخدام). The cue still governs the act; an insertion is no clause break.
const types = (text: string) => factsOf(text).map((f) => f.type);

describe('modality past a comma-enclosed insertion', () => {
  it('a threat to veto stays a threat across a time insertion', () => {
    expect(types('وهددت، صباح اليوم، روسيا باستخدام حق النقض في مجلس الأمن ضد مشروع القرار.')).not.toContain('veto');
    expect(types('واستخدمت، صباح اليوم، روسيا حق النقض في مجلس الأمن ضد مشروع القرار.')).toContain('veto');
  });

  it('a negation stays a negation across an insertion', () => {
    expect(types('ولم توقع، بحسب مصادر دبلوماسية، مصر والأردن مذكرة تفاهم للتعاون.')).toEqual([]);
  });

  it('a و-led clause after the second comma is another clause: the negation before it is not its', () => {
    const facts = factsOf('ولم توقع فرنسا الاتفاقية، رغم الضغوط الدولية، ووقعت الأردن ومصر اتفاقية للتعاون.');
    expect(facts.map((f) => (f.type === 'agreement' ? f.parties.map((p) => p.id).sort() : f.type))).toEqual([['EGY', 'JOR']]);
  });
});
