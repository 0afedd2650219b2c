import { describe, expect, it } from 'vitest';
import { extractedFacts } from './helpers.ts';

// A comma followed by ثم/كما/فيما/بينما opens a new clause with its own act: a reception's guest is not
// looked for past it (ثم عقد الجانبان جلسة مباحثات: «الجانبان» there are not a second guest).
describe('meetings: a reception\'s participants stop at «، ثم»', () => {
  const visits = (text: string) => extractedFacts(text, '2015-08-18').filter((f) => f.type === 'visit').map((f) => [f.visitor.id, f.to]);
  const lead = 'وصل رئيس الوزراء الهندي ناريندرا مودي إلى الإمارات في زيارة رسمية. ';

  it('gives the host no visit to the guest\'s state', () => {
    const v = visits(`${lead}وكان الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، قد استقبل مودي لدى وصوله إلى مطار أبوظبي الأحد، في خروج على البروتوكول، ثم عقد الجانبان جلسة مباحثات أمس.`);
    expect(v).toContainEqual(['narendra-modi', 'ARE']);
    expect(v).not.toContainEqual(['mohamed-bin-zayed-al-nahyan', 'IND']);
  });

  it('still reads a guest named after a comma that opens no clause', () => {
    expect(visits('واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، في قصر السلام بجدة أمس، رئيس الوزراء الهندي ناريندرا مودي.'))
      .toContainEqual(['narendra-modi', 'SAU']);
  });
});
