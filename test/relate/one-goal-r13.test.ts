import { describe, expect, it } from 'vitest';
import { extractedFacts } from './helpers.ts';

const visits = (text: string) => extractedFacts(text, '2015-07-23').filter((f) => f.type === 'visit')
  .map((f) => [f.visitor.id, f.to, f.status, f.date]);

// One place phrase is the goal of one movement: a visit noun between a travel verb and its place
// (في ختام جولته) does not make a second, done visit of the verb's planned one.
describe('visits: the verb owns the place a noun before it would also read', () => {
  it('keeps a planned onward leg planned', () => {
    expect(visits('ومن المقرر أن يتوجه وزير الدفاع الأمريكي آشتون كارتر في ختام جولته إلى العراق لبحث سير الحملة.'))
      .toEqual([['ash-carter', 'IRQ', 'planned', null]]);
    expect(visits('وسيتوجه وزير الدفاع الأمريكي آشتون كارتر بعد انتهاء زيارته إلى بغداد.'))
      .toEqual([['ash-carter', 'IRQ', 'planned', null]]);
  });

  it('still reads a visit noun with its own place', () => {
    expect(visits('ومن المقرر أن يتوجه وزير الدفاع الأمريكي آشتون كارتر إلى العراق بعد زيارته إلى الأردن.').map((v) => v.slice(0, 3)))
      .toEqual([['ash-carter', 'IRQ', 'planned'], ['ash-carter', 'JOR', 'done']]);
  });
});
