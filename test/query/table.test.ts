import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from '../../src/query/table.ts';

describe('formatTable', () => {
  it('counts Arabic letters but not harakat when aligning columns', () => {
    expect(displayWidth('روسيا')).toBe(5);
    expect(displayWidth('رُوسْيَا')).toBe(5);
    expect(displayWidth('Tô Lâm')).toBe(6);
    const text = formatTable('states', [
      { id: 'RUS', name_en: 'Russia', name_ar: 'رُوسْيَا', sources: ['a'] },
      { id: 'PRK', name_en: 'North Korea', name_ar: 'كوريا الشمالية', sources: ['a', 'b', 'c', 'd', 'e'] },
    ]);
    const [head, rule, rus, prk, count] = text.trimEnd().split('\n');
    expect(head).toMatch(/^id\s+name_en\s+name_ar\s+articles$/);
    expect(rule).toMatch(/^─+( +─+)+$/);
    // The articles column starts at the same terminal column on every line.
    const at = (line: string, cell: string) => displayWidth(line.slice(0, line.lastIndexOf(cell)));
    expect(at(rus!, 'a')).toBe(at(head!, 'articles'));
    expect(at(prk!, 'a, b, c +2')).toBe(at(head!, 'articles'));
    expect(prk).toMatch(/a, b, c \+2$/);
    expect(count).toBe('2 rows');
  });
  it('says so when there are no rows', () => {
    expect(formatTable('visits', [])).toBe('(no rows)\n');
  });
});
