/**
 * Round 16 (capability grid data/robustness/grids/vetoes.yaml): the general causes of the grid's failing
 * rows. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VetoFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const casters = (text: string, published = '2018-04-12'): string[] =>
  extractedFacts(text, published).filter((f): f is VetoFact => f.type === 'veto').map((v) => v.by).sort();

describe('an envoy whose title names his post (المندوب … لدى الأمم المتحدة) before his name', () => {
  it('is the subject, not an oblique of لدى, in both genders', () => {
    expect(casters('واستخدمت المندوبة الأمريكية لدى الأمم المتحدة نيكي هايلي حق النقض في مجلس الأمن أمس ضد مشروع قرار حول القدس.')).toEqual(['USA']);
    expect(casters('واستخدم المندوب الروسي الدائم لدى الأمم المتحدة فاسيلي نيبينزيا الفيتو في مجلس الأمن ضد مشروع القرار البريطاني.')).toEqual(['RUS']);
  });
  it('but a name after a preposition before the title stays oblique', () => {
    expect(casters('وسلمت فرنسا إلى المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا نص مشروع القرار قبل التصويت عليه في مجلس الأمن.')).toEqual([]);
  });
});

describe('verbs whose root opens with a clitic letter (ولجأت، فشلت)', () => {
  it('are read whole after و: لجأت is a casting verb', () => {
    expect(casters('ولجأت الصين أمس إلى حق النقض في مجلس الأمن لإسقاط مشروع القرار الغربي.')).toEqual(['CHN']);
  });
  it('فشلت is "failed", not ف + شلت "paralysed"', () => {
    expect(casters('فشلت فرنسا أمس في إقناع روسيا بعدم استخدام الفيتو في مجلس الأمن.')).toEqual([]);
  });
});

describe('a cast told as the means of its clause verb (باستخدام الفيتو، مستخدمة حق النقض)', () => {
  it('is cast by that verb subject, however long the clause', () => {
    expect(casters('وعطلت روسيا أمس صدور بيان رئاسي ومشروع قرار يطالب بوقف إطلاق النار في المجلس باستخدام الفيتو.')).toEqual(['RUS']);
    expect(casters('واعترضت الولايات المتحدة على مشروع القرار المصري حول القدس في المجلس مستخدمة حق النقض.')).toEqual(['USA']);
    expect(casters('وأحبطت روسيا والصين أمس في مجلس الأمن باستخدامهما حق النقض مشروع قرار أوروبيا.')).toEqual(['CHN', 'RUS']);
  });
  it('after a complementiser, the subject of its own clause', () => {
    expect(casters('وقالت فرنسا إن روسيا منعت صدور القرار في مجلس الأمن عن طريق استخدام حق النقض.')).toEqual(['RUS']);
  });
  it('not when that verb is a threat, a refusal, a future or an ability, however long the subject', () => {
    expect(casters('ولوح المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا أمس باستخدام الفيتو ضد مشروع القرار في مجلس الأمن.')).toEqual([]);
    expect(casters('ورفض المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا استخدام الفيتو ضد مشروع القرار في مجلس الأمن.')).toEqual([]);
    expect(casters('وستصوت روسيا ضد مشروع القرار الغربي في مجلس الأمن مستخدمة حق النقض.')).toEqual([]);
    expect(casters('وتستطيع الصين استخدام حق النقض في مجلس الأمن لإسقاط مشروع القرار.')).toEqual([]);
  });
});

describe('a second caster with مع between the casting verb and the veto', () => {
  it('casts too, with the subject, or with the subject dropped', () => {
    expect(casters('واستخدمت روسيا مع الصين حق النقض في مجلس الأمن ضد مشروع قرار حول حلب.')).toEqual(['CHN', 'RUS']);
    expect(casters('وتعد روسيا أكبر داعم للنظام، وقد استخدمت مع الصين الفيتو في مجلس الأمن ست مرات.')).toEqual(['CHN', 'RUS']);
  });
  it('not a state with مع elsewhere in the sentence', () => {
    expect(casters('واستخدمت روسيا حق النقض في مجلس الأمن ضد مشروع قرار أعدته فرنسا بالتنسيق مع الولايات المتحدة.')).toEqual(['RUS']);
  });
});

describe('a veto named with the relative clause of its cast, or "from" its caster', () => {
  it('الفيتو الذي استخدمته X; فيتو من X', () => {
    expect(casters('وأسف الأمين العام للأمم المتحدة للفيتو الذي استخدمته الصين في مجلس الأمن ضد مشروع القرار.')).toEqual(['CHN']);
    expect(casters('وسقط مشروع القرار الفرنسي في مجلس الأمن أمس بفيتو من روسيا.')).toEqual(['RUS']);
  });
  it('not a veto that may be or was not cast', () => {
    expect(casters('وحذر الأمين العام للأمم المتحدة من الفيتو الذي قد تستخدمه الصين في مجلس الأمن.')).toEqual([]);
    expect(casters('ولا يستبعد الدبلوماسيون في مجلس الأمن فيتو من روسيا على مشروع القرار.')).toEqual([]);
  });
});

describe('a long subject between the annulling verb and the draft', () => {
  it('its title, nisba and name count as one party', () => {
    expect(casters('ونقض المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا في المجلس أمس مشروع قرار بريطانيا حول سوريا.')).toEqual(['RUS']);
  });
});
