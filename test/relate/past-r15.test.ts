/**
 * The second fact of the same parties (issue #14, r15): an earlier visit or veto told in passing beside
 * the one the article reports must be its own fact, dated by what the text says of it.
 * - «سبق لـX أن زار …»: the leader of the ل-phrase of a verb of past experience is the dropped subject
 *   of the visit verb after أن (lexicon `experiencer`); «لم يسبق لـX أن زار» denies the visit.
 * - «… عندما كان عضوا في مجلس الشيوخ»: a trip told with a role held before office is no leader's visit
 *   (lexicon `before_office`).
 * - «منذ DATE، حين …»: a clause a when-word opens right after the comma closing a date happened at that
 *   date (dates.yaml `when_leads`), so the earlier cast or visit it tells is not undated (and so not
 *   folded into the day's).
 * - «أول فيتو تستخدمه X منذ DATE»: the caster's previous veto, cast at that date (veto:first-since).
 * - An organisation the draft names as its topic (… إلى المحكمة الجنائية الدولية) is no forum of the veto.
 * Sentences written for these tests; the whole pipeline (recogniser included) reads them.
 */
import { describe, expect, it } from 'vitest';
import type { VetoFact, VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2018-06-10'): string[] =>
  extractedFacts(text, published).filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to}:${v.status}:${v.date ?? '-'}`).sort();
const vetoes = (text: string, published = '2018-06-10'): string[] =>
  extractedFacts(text, published).filter((f): f is VetoFact => f.type === 'veto').map((v) => `${v.by}:${v.date ?? '-'}`).sort();

describe('an earlier visit told with «سبق لـX أن»', () => {
  it('reads the leader of the ل-phrase as the visitor, beside the day\'s visit to the same state', () => {
    expect(visits('وصل الرئيس الروسي فلاديمير بوتين أمس إلى أنقرة في زيارة رسمية. وقد سبق للرئيس بوتين أن توجه إلى تركيا في ديسمبر 2016.'))
      .toEqual(['vladimir-putin>TUR:done:2016-12', 'vladimir-putin>TUR:done:2018-06-09']);
  });
  it('reads it after a reception in the same sentence, the guest then the visitor', () => {
    expect(visits('استقبل الملك سلمان أمس في الرياض رئيس الوزراء الهندي ناريندرا مودي، وسبق لمودي أن زار المملكة في أبريل 2016.'))
      .toEqual(['narendra-modi>SAU:done:2016-04', 'narendra-modi>SAU:done:2018-06-09']);
  });
  it('reads a leader named by his title and name, and a year', () => {
    expect(visits('وسبق للأمير محمد بن سلمان أن زار الصين في أغسطس 2016.', '2019-02-22')).toEqual(['mohammed-bin-salman>CHN:done:2016-08']);
    expect(visits('وسبق لماكرون أن زار الجزائر عام 2017.')).toEqual(['emmanuel-macron>DZA:done:2017']);
  });
  it('gives nothing when the experience is denied or no leader is named', () => {
    expect(visits('ولم يسبق للرئيس الفرنسي إيمانويل ماكرون أن زار إيران.')).toEqual([]);
    expect(visits('ولا يسبق لبوتين أن يزور هانوي في الصيف.')).toEqual([]);
    expect(visits('وسبق للوفد السعودي أن زار بكين في مارس 2017.')).toEqual([]);
  });
});

describe('the day\'s visit beside an earlier one recalled by its month', () => {
  it('still takes the day\'s mentions and the attendance under the dateline (relate/index.ts fold)', () => {
    expect(visits('وصل الرئيس الروسي فلاديمير بوتين أمس إلى أنقرة في زيارة رسمية. وسبق لبوتين أن زار تركيا في ديسمبر 2016. وبحث بوتين خلال زيارته إلى تركيا ملف سوريا مع المسؤولين.'))
      .toEqual(['vladimir-putin>TUR:done:2016-12', 'vladimir-putin>TUR:done:2018-06-09']);
    expect(visits('أنقرة - رويترز: شارك الرئيس الروسي فلاديمير بوتين اليوم في القمة الثلاثية. وكان بوتين قد وصل إلى أنقرة أمس. وسبق لبوتين أن زار تركيا في ديسمبر 2016.'))
      .toEqual(['vladimir-putin>TUR:done:2016-12', 'vladimir-putin>TUR:done:2018-06-09']);
  });
});

describe('a trip made before office', () => {
  it('is no leader\'s visit when a when-clause names a role held before it', () => {
    expect(visits('وسبق لماكرون أن زار الجزائر حين كان مرشحا للرئاسة في فبراير 2017.')).toEqual([]);
    expect(visits('وسبق أن زار أوباما كينيا عام 2006 عندما كان عضوا في مجلس الشيوخ.', '2015-07-29')).toEqual([]);
  });
  it('still is one when the role is an office (trap)', () => {
    expect(visits('وسبق لماكرون أن زار الجزائر في ديسمبر 2017 حين كان رئيسا.')).toEqual(['emmanuel-macron>DZA:done:2017-12']);
  });
});

describe('a when-clause after a date happened at that date', () => {
  it('dates an earlier cast told after «منذ DATE،»', () => {
    expect(vetoes('أسقطت روسيا أمس مشروع قرار في مجلس الأمن بالفيتو. وجاء ذلك بعد هدوء دام منذ يوليو 2012، عندما استخدمت الصين حق النقض ضد مشروع قرار بشأن سوريا.'))
      .toEqual(['CHN:2012-07', 'RUS:2018-06-09']);
  });
  it('dates an earlier visit told after a year', () => {
    expect(visits('وتعود العلاقات بين البلدين إلى عام 2009، حين زار الرئيس الروسي فلاديمير بوتين فيتنام والتقى نظيره.')).toEqual(['vladimir-putin>VNM:done:2009']);
  });
  it('leaves a when-clause its own date, and one after no date as before (traps)', () => {
    expect(vetoes('أسقطت روسيا أمس مشروع قرار في مجلس الأمن بالفيتو. وتعود القطيعة إلى عام 2012، حين استخدمت الصين حق النقض ضد مشروع قرار بشأن سوريا في مارس 2012.'))
      .toEqual(['CHN:2012-03', 'RUS:2018-06-09']);
    expect(visits('وقال بوتين إن العلاقات تحسنت، حين وصل الرئيس الروسي فلاديمير بوتين إلى فيتنام.')).toEqual(['vladimir-putin>VNM:done:2018-06-10']);
  });
});

describe('the first veto since a date', () => {
  it('recalls the caster\'s previous veto at that date, beside the day\'s', () => {
    expect(vetoes('استخدمت روسيا أمس الفيتو في مجلس الأمن، وهو أول فيتو تستخدمه موسكو منذ 5 أكتوبر 2016.')).toEqual(['RUS:2016-10-05', 'RUS:2018-06-09']);
    expect(vetoes('أسقطت واشنطن أمس بالفيتو مشروع قرار في مجلس الأمن. ويعد هذا أول فيتو تمارسه الولايات المتحدة منذ فبراير 2011.')).toEqual(['USA:2011-02', 'USA:2018-06-09']);
  });
  it('gives none when it is denied, or since an event with no date (traps)', () => {
    expect(vetoes('استخدمت روسيا أمس الفيتو في مجلس الأمن. ولم يكن هذا أول فيتو تستخدمه موسكو منذ 2011.')).toEqual(['RUS:2018-06-09']);
    expect(vetoes('استخدمت روسيا أمس الفيتو في مجلس الأمن. ويعد هذا أول فيتو تستخدمه موسكو منذ أن بدأت الأزمة.')).toEqual(['RUS:2018-06-09']);
  });
});

describe('an organisation named as the draft\'s topic', () => {
  it('does not make the veto another body\'s', () => {
    expect(vetoes('أسقطت روسيا أمس مشروع قرار في مجلس الأمن بالفيتو. وكانت الصين قد استخدمت حق النقض ضد مشروع قرار لإحالة الملف الكوري إلى المحكمة الجنائية الدولية في مايو 2014.'))
      .toEqual(['CHN:2014-05', 'RUS:2018-06-09']);
  });
  it('still does when the organisation is the place of the veto (trap)', () => {
    expect(vetoes('واستخدمت فرنسا حق النقض في الاتحاد الأوروبي ضد مشروع قرار بشأن الزراعة في مايو 2014.')).toEqual([]);
    expect(vetoes('واستخدمت فرنسا حق النقض ضد مشروع قرار بشأن الزراعة داخل الاتحاد الأوروبي في مايو 2014.')).toEqual([]);
  });
});
