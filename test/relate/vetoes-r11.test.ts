/**
 * Round 11 (issues #14, #19): veto precision on the traps of modern veto news, and a second state
 * joining counted casts. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VetoFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const vetoes = (text: string, title: string | null = null): string[] =>
  extractedFacts(text, '2024-06-20', title).filter((f): f is VetoFact => f.type === 'veto').map((v) => `${v.by}:${v.date ?? '-'}${v.batch ? ':batch' : ''}`);

describe('the traps of veto news give no veto', () => {
  it.each([
    // a veto threatened or promised
    'وهددت الولايات المتحدة باستخدام الفيتو إذا طرح مشروع القرار على التصويت في مجلس الأمن.',
    'وقال المندوب الروسي إن بلاده لن تتردد في استخدام الفيتو في مجلس الأمن.',
    // a US president's veto of a bill
    'واستخدم الرئيس الأمريكي حق النقض ضد مشروع قانون أقره الكونغرس لوقف الدعم العسكري.',
    'عقد مجلس الأمن جلسة أمس حول سوريا. وفي واشنطن، استخدم الرئيس بايدن الفيتو لإسقاط قرار يقيد صلاحياته الحربية.',
    // the veto power in general
    'ودعت الجزائر إلى إصلاح مجلس الأمن وإلغاء حق الفيتو الذي تتمتع به الدول الخمس الدائمة العضوية.',
    'وتطالب الدول الأفريقية بمقعدين دائمين في مجلس الأمن مع حق النقض.',
    // a court of cassation
    'وقضت محكمة النقض المصرية أمس برفض الطعن المقدم من المتهمين.',
    'ونقضت محكمة النقض الحكم وأعادت القضية إلى محكمة الاستئناف في الرباط.',
    // a draft that failed for want of votes
    'وفشل مشروع القرار الروسي في مجلس الأمن في الحصول على الأصوات التسعة اللازمة لاعتماده.',
    'صوت مجلس الأمن أمس على مشروع قرار روسي. وأسقطت الولايات المتحدة وبريطانيا المشروع بالتصويت ضده، فلم يحصل إلا على أربعة أصوات.',
    'صوت مجلس الأمن أمس على مشروع قرار صيني. وأحبطت فرنسا وبريطانيا المشروع لعدم حصوله على الأغلبية المطلوبة.',
    // an abstention, or a veto avoided
    'وامتنعت روسيا والصين عن التصويت على مشروع القرار في مجلس الأمن.',
    'عقد مجلس الأمن جلسة أمس. وتجنبت الصين استخدام حق النقض.',
    'عقد مجلس الأمن جلسة أمس. وتخلت الولايات المتحدة عن استخدام الفيتو.',
    'عقد مجلس الأمن جلسة أمس. وأحجمت بريطانيا عن استخدام حق النقض.',
  ])('%s', (text) => {
    expect(vetoes(text)).toEqual([]);
  });
});

describe('real casts beside those traps are still read', () => {
  it('a sinking verb with the veto named, even where the vote count is told', () => {
    expect(vetoes('صوت مجلس الأمن أمس على مشروع قرار. وأسقطت روسيا المشروع بالفيتو رغم حصوله على الأصوات التسعة اللازمة.')).toEqual(['RUS:2024-06-19']);
  });
  it('a sinking verb with no shortfall told is a cast in a veto story', () => {
    expect(vetoes('وأسقطت روسيا مشروع القرار الغربي في مجلس الأمن أمس.')).toEqual(['RUS:2024-06-19']);
  });
  it('a plain cast with its day is still read', () => {
    expect(vetoes('واستخدمت الولايات المتحدة أمس حق النقض ضد مشروع قرار في مجلس الأمن يطالب بوقف إطلاق النار.')).toEqual(['USA:2024-06-19']);
  });
});

describe('a state joining casts the sentence has counted', () => {
  const counted = 'وارتفع إلى 15 عدد المرات التي استخدمت فيها روسيا الفيتو في مجلس الأمن منذ 2011';
  it('is its own undated batch (وقفت الصين إلى جانبها في عشر منها، انضمت إليها الصين في ثماني منها)', () => {
    expect(vetoes(`${counted}، وقفت الصين إلى جانبها في تسع منها.`).sort()).toEqual(['CHN:-:batch', 'RUS:-:batch']);
    expect(vetoes(`${counted}، وانضمت إليها الصين في ثماني منها.`).sort()).toEqual(['CHN:-:batch', 'RUS:-:batch']);
  });
  it('not when it stood apart, nor with no count before it', () => {
    expect(vetoes(`${counted}، ولم تقف الصين إلى جانبها في أي منها.`)).toEqual(['RUS:-:batch']);
    expect(vetoes('وعقد مجلس الأمن 12 جلسة حول سوريا هذا العام، وقفت الصين إلى جانب روسيا في سبع منها.')).toEqual([]);
  });
});
