import { describe, expect, it } from 'vitest';
import type { VetoFact } from '../../src/model.ts';
import { modalityAt } from '../../src/relate/modality.ts';
import { sentenceWords } from '../../src/relate/words.ts';
import { CAST, docOf, factsOf, type MentionSpec } from './helpers.ts';

// Sentences written for these tests (not taken from any corpus): the GUIDELINES' traps around the
// veto (generic power, hypothetical and future vetoes) next to real casts in varied wordings.
const cast: MentionSpec[] = [
  ...CAST,
  { text: 'بريطانيا', kind: 'State', id: 'GBR' },
  { text: 'روسي', kind: 'State', id: 'RUS', via: 'nisba' },
  { text: 'صيني', kind: 'State', id: 'CHN', via: 'nisba' },
];
const vetoes = (text: string, published: string | null = '2016-10-09') =>
  factsOf(text, published, cast).filter((f): f is VetoFact => f.type === 'veto');

describe('vetoes: the veto power in general is not a cast', () => {
  it.each([
    'وطالبت الدول صاحبة حق الفيتو في مجلس الأمن بتحمل مسؤولياتها.',
    'والصين التي تتمتع بحق النقض في مجلس الأمن استخدمته مرات قليلة في تاريخها.',
    'ويرى مراقبون أن امتلاك روسيا حق النقض في مجلس الأمن يمنحها نفوذا كبيرا.',
    'وتستطيع الولايات المتحدة بفضل امتلاكها حق الفيتو في مجلس الأمن أن تعطل أي مشروع قرار.',
    // النقض of حق النقض before a second name (الفيتو) is a noun with the article, never the verb نقض.
    'وعيب المنظمة في الدول الخمس الدائمة في مجلس الأمن "روسيا والصين وبريطانيا" المزودة بحق النقض "الفيتو".',
  ])('%s', (text) => {
    expect(vetoes(text)).toEqual([]);
  });

  it('a cast named twice (حق النقض "الفيتو") is still read from its verb', () => {
    expect(vetoes('واستخدمت بريطانيا أمس حق النقض "الفيتو" ضد مشروع قرار في مجلس الأمن.').map((v) => [v.by, v.date])).toEqual([['GBR', '2016-10-08']]);
  });
});

describe('vetoes: a possible, conditional or future veto is not a cast', () => {
  it.each([
    'وقد تستخدم روسيا حق النقض ضد مشروع القرار في مجلس الأمن.',
    'وربما تلجأ الصين إلى الفيتو في مجلس الأمن لإسقاط مشروع القرار.',
    'ويخشى الدبلوماسيون من تصعيد ما قد يقود إلى استخدام روسيا حق النقض في مجلس الأمن.',
    'وإذا استخدمت الصين حق الفيتو في مجلس الأمن فإن المشروع سيسقط.',
    'وأكدت موسكو أنها لن تتردد في استخدام حق النقض في مجلس الأمن.',
    'ومن المحتمل أن تلجأ روسيا إلى استخدام حق النقض في مجلس الأمن.',
    'ويمكن أن تستخدم فرنسا الفيتو ضد مشروع القرار في مجلس الأمن.',
    'وقد يؤدي ذلك في المستقبل إلى استخدام الصين حق الفيتو في مجلس الأمن.',
    'والتصعيد يقود إلى استخدام روسيا وربما الصين أيضا حق النقض في مجلس الأمن.',
    'وأوضح أن أي تحرك سيصطدم باستخدام روسيا حق النقض ضد أي مشروع قرار في مجلس الأمن.',
    'ويتوقع الدبلوماسيون فيتو روسيا محتملا في مجلس الأمن على مشروع القرار.',
    'ولوحت واشنطن بالفيتو ضد مشروع القرار في مجلس الأمن.',
  ])('%s', (text) => {
    expect(vetoes(text)).toEqual([]);
  });
});

describe('vetoes: real casts in varied wordings', () => {
  it.each([
    ['واستخدمت روسيا أمس حق النقض ضد مشروع قرار في مجلس الأمن يدين الغارات على حلب.', 'RUS', '2016-10-08'],
    ['وأسقطت الصين بالفيتو مشروع قرار في مجلس الأمن بشأن ميانمار.', 'CHN', '2016-10-09'],
    ['فيتو روسي يسقط مشروع قرار في مجلس الأمن حول سوريا.', 'RUS', '2016-10-09'],
    ['وعرقلت موسكو بالفيتو مشروع قرار في مجلس الأمن يطالب بوقف إطلاق النار.', 'RUS', '2016-10-09'],
    ['وقد استخدمت الولايات المتحدة حق النقض في مجلس الأمن ضد مشروع قرار بشأن الاستيطان.', 'USA', '2016-10-09'],
    ['واستخدمت بريطانيا الفيتو في مجلس الأمن ضد مشروع قرار حول روديسيا في 1970.', 'GBR', null],
  ])('%s', (text, by, date) => {
    const got = vetoes(text);
    expect(got.map((v) => v.by)).toEqual([by]);
    expect(got[0]?.body).toBe('UNSC');
    if (date) expect(got[0]?.date).toBe(date);
  });
});

describe('vetoes: cues that stop a cast stay in their place', () => {
  it('an expected vote on the draft does not make the cast hypothetical', () => {
    expect(vetoes('واستخدمت روسيا حق النقض ضد مشروع القرار المرتقب في مجلس الأمن.').map((v) => v.by)).toEqual(['RUS']);
  });
  it('قد before a perfect verb is "has", not "may"', () => {
    expect(vetoes('وقد تمكنت الصين من استخدام حق النقض ضد مشروع القرار في مجلس الأمن.').map((v) => v.by)).toEqual(['CHN']);
    expect(vetoes('وقد استخدمت الصين حق النقض ضد مشروع القرار في مجلس الأمن.').map((v) => v.by)).toEqual(['CHN']);
  });
  it('a possible veto named by its nisba is not a cast', () => {
    expect(vetoes('ويخشى الغرب الفيتو الروسي المحتمل على مشروع القرار في مجلس الأمن.')).toEqual([]);
  });
});

describe('modality: قد is "may" only before an imperfect verb', () => {
  const words = (text: string) => sentenceWords(docOf(text, '2016-10-09', cast), 0);
  it.each([
    ['وقال إن روسيا قد تستخدم حق النقض', 'hypothetical'],
    ['وقال إن التصعيد قد يقود إلى استخدام حق النقض', 'hypothetical'],
    ['وكانت روسيا قد استخدمت حق النقض', 'fact'],
    ['ويفترض أن يكون الوزير قد توجه إلى بروكسل', 'fact'],
  ])('%s → %s', (text, modality) => {
    const w = words(text);
    expect(modalityAt(w, w.length - 3).modality).toBe(modality);
  });
});
