import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

describe('unknown names after a title stop before the object', () => {
  it('does not take an accusative noun or adjective (اتفاقا نفطيا) into the name', () => {
    const names = mentionsOf('ووقع وزير النفط العراقي ونظيره الأردني سليم حداد اتفاقا نفطيا جديدا.').filter((m) => m.kind === 'Leader' || m.kind === 'Person');
    expect(names.map((m) => m.text)).toEqual(['سليم حداد']);
  });
  it('keeps a name whose last word merely ends in alef', () => {
    const names = mentionsOf('واستقبل الرئيس الأردني ضيفه رئيس وزراء مالطا جوزيف موسكاتا.').filter((m) => m.kind === 'Leader' || m.kind === 'Person');
    expect(names.map((m) => m.text)).toContain('جوزيف موسكاتا');
  });
});
