import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cleanHeadline, matchMarker, splitPage, splitTags } from '../../src/load/page.ts';
import { splitFrontMatter } from '../../src/load/meta.ts';

const seedPath = new URL('../../seed/putin-vietnam-2024.txt', import.meta.url);
const secondPath = new URL('../fixtures/load/pages/cairo-khartoum-talks.txt', import.meta.url);

describe('splitPage on the seed page', async () => {
  const page = await readFile(seedPath, 'utf8');
  const parts = splitPage(page);

  it('keeps the main article and nothing after its source line in the body', () => {
    expect(parts.body.startsWith('يسعى الرئيس الروسي فلاديمير بوتين')).toBe(true);
    expect(parts.body.endsWith('هي الأولى له منذ 24 عاما.')).toBe(true);
    for (const marker of ['المصدر:', 'كلمات دلالية', 'إقرأ أيضاً', 'مقالات مشابهة', 'تكنولوجيا صحة تفاعلي', 'غاسانوف']) {
      expect(parts.body).not.toContain(marker);
    }
  });

  it('takes the outlet from the source line and the tags from the keyword block', () => {
    expect(parts.outlet).toBe('عربي21');
    expect(parts.tags).toEqual(expect.arrayContaining(['بوتين', 'فيتنام', 'روسيا', 'اتفاقيات']));
    expect(new Set(parts.tags).size).toBe(parts.tags.length);
  });

  it('splits the appended article off with its first line as title', () => {
    expect(parts.related).toHaveLength(1);
    const [sub] = parts.related;
    expect(sub?.title).toBe('روسيا تمارس ضغوطا على أمريكا في أربعة أماكن حول العالم');
    expect(sub?.text.startsWith('نشر موقع "تسار غراد"')).toBe(true);
    expect(sub?.text).toContain('غاسانوف');
    expect(sub?.text).not.toContain('مقالات مشابهة');
    expect(sub?.text).not.toContain('سيئول تتهم بيونغ يانغ');
  });

  it('keeps the related-headline list apart, bullets removed', () => {
    expect(parts.headlines).toHaveLength(10);
    expect(parts.headlines[0]).toBe('سيئول تتهم بيونغ يانغ بإرسال أكثر من 180 بالونا مليئا بالقمامة إلى كوريا الجنوبية');
    expect(parts.headlines.at(-1)).toBe('بوتين: موسكو تتوقع مواصلة العمل المشترك مع فيتنام');
    expect(parts.headlines.some((h) => h.includes('•'))).toBe(false);
  });
});

describe('splitPage on a page of the same shape with other wording', async () => {
  const { block, rest } = splitFrontMatter(await readFile(secondPath, 'utf8'));
  const parts = splitPage(rest);

  it('reads the front matter apart from the text', () => {
    expect(block).toContain('published: 2023-02-14');
    expect(rest.startsWith('وقعت مصر والسودان')).toBe(true);
  });

  it('takes "مصدر الخبر - …" as the source, but not a body sentence opening with المصدر', () => {
    expect(parts.outlet).toBe('الجزيرة نت');
    expect(parts.body).toContain('المصدر الدبلوماسي أضاف أن الجولة المقبلة');
    expect(parts.body).not.toContain('مصدر الخبر');
  });

  it('splits comma-separated tags, keeping multi-word ones whole', () => {
    expect(parts.tags).toEqual(['مصر', 'السودان', 'الربط الكهربائي', 'الطاقة']);
    expect(parts.body).not.toContain('الوسوم');
  });

  it('finds both appended articles under different read-also spellings', () => {
    expect(parts.related.map((r) => r.title)).toEqual([
      'البنك الدولي يمول مشروعا للطاقة الشمسية في شمال أفريقيا',
      'الاتحاد الأفريقي يرحب بالتقارب بين القاهرة والخرطوم',
    ]);
    expect(parts.related[0]?.text).toBe('أعلن البنك الدولي موافقته على تمويل مشروع للطاقة الشمسية في منطقة شمال أفريقيا بقيمة 300 مليون دولار.\n\nويهدف المشروع إلى توفير الكهرباء لنحو مليوني منزل.');
    expect(parts.related[1]?.text.startsWith('رحب رئيس مفوضية')).toBe(true);
  });

  it('turns an inline read-also link and the related list into headlines', () => {
    expect(parts.headlines).toEqual([
      'وزير الري المصري يبحث ملف المياه مع نظيره السوداني',
      'السودان يستورد الكهرباء من إثيوبيا',
      'مصر تفتتح محطة جديدة لتوليد الطاقة',
      'القاهرة تستضيف منتدى الطاقة العربي',
    ]);
    expect(parts.body).not.toContain('وزير الري');
  });

  it('gives the same parts with Windows line endings', () => {
    expect(splitPage(rest.replace(/\n/g, '\r\n'))).toEqual(parts);
  });
});

describe('marker lines', () => {
  it('match across hamza, tanween and tatweel variants, longest phrase first', () => {
    for (const line of ['إقرأ أيضاً:', 'اقرأ ايضا', 'أقرأ أيضًا :', 'اقـرأ أيضا']) expect(matchMarker(line)?.kind).toBe('read_also');
    expect(matchMarker('الكلمات الدلالية: أ ب')).toEqual({ kind: 'keywords', rest: 'أ ب', separated: true });
    expect(matchMarker('مقالات ذات صلة')).toEqual({ kind: 'headlines', rest: '', separated: false });
    expect(matchMarker('وقال المصدر: لا')).toBeNull();
  });

  it('leave a page without markers whole', () => {
    const text = 'فقرة أولى.\n\nفقرة ثانية عن الاقتصاد.';
    expect(splitPage(text)).toEqual({ body: text, outlet: null, tags: [], headlines: [], related: [] });
  });

  it('take an appended article with only a title as a headline', () => {
    const parts = splitPage('نص الخبر.\n\nاقرأ أيضا\n\nعنوان خبر آخر\n');
    expect(parts.related).toEqual([]);
    expect(parts.headlines).toEqual(['عنوان خبر آخر']);
  });

  it('split tags and clean headline bullets', () => {
    expect(splitTags('سياسة اقتصاد سياسة')).toEqual(['سياسة', 'اقتصاد']);
    expect(splitTags('سياسة دولية | اقتصاد')).toEqual(['سياسة دولية', 'اقتصاد']);
    expect(cleanHeadline('  • عنوان')).toBe('عنوان');
    expect(cleanHeadline('3) عنوان')).toBe('عنوان');
  });
});
