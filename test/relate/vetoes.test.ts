import { describe, expect, it } from 'vitest';
import type { VetoFact } from '../../src/model.ts';
import { factsOf } from './helpers.ts';

const vetoes = (text: string, published: string | null = '2024-06-20') =>
  factsOf(text, published).filter((f): f is VetoFact => f.type === 'veto');

describe('vetoes: a permanent member casting a veto in the Security Council', () => {
  it('reads استخدم حق النقض with the state, body, subject and date', () => {
    const [v, ...rest] = vetoes('واستخدمت روسيا في 28 مارس 2024 حق النقض (الفيتو) في مجلس الأمن ضد مشروع قرار بشأن تمديد عمل لجنة الخبراء.');
    expect(rest).toHaveLength(0);
    expect(v).toMatchObject({ by: 'RUS', body: 'UNSC', date: '2024-03-28', subject: 'تمديد عمل لجنة الخبراء' });
    expect(v?.evidence[0]?.rule).toMatch(/^veto:cast-verb/);
  });

  it('reads a capital standing for its government and a subject introduced by a clitic (قرار بإنشاء)', () => {
    const [v] = vetoes('واستخدمت موسكو مؤخرا حق النقض في مجلس الأمن وعرقلت اتخاذ قرار بإنشاء مجموعة خبراء.');
    expect(v).toMatchObject({ by: 'RUS', subject: 'إنشاء مجموعة خبراء' });
    // مؤخرا puts it before the article's day: no date rather than a guessed one.
    expect(v?.date).toBeNull();
  });

  it('gives one fact per vetoing state when two cast it together', () => {
    expect(vetoes('واستخدمت روسيا والصين الفيتو ضد مشروع قرار في مجلس الأمن حول سوريا أمس.').map((v) => v.by).sort()).toEqual(['CHN', 'RUS']);
  });

  it('reads أسقطت … بالفيتو and the nisba form الفيتو الروسي', () => {
    expect(vetoes('وأسقطت الولايات المتحدة بالفيتو مشروع قرار في مجلس الأمن.').map((v) => v.by)).toEqual(['USA']);
    expect(vetoes('وأسقط الفيتو الروسي مشروع القرار في مجلس الأمن.').map((v) => v.by)).toEqual(['RUS']);
  });

  it('reads the casting verb before a comma-enclosed insertion, taking no caster from inside it', () => {
    expect(vetoes('واستخدمت، صباح اليوم، روسيا حق النقض ضد مشروع قرار بشأن سوريا.').map((v) => v.by)).toEqual(['RUS']);
    expect(vetoes('واستخدمت، بحسب ما أعلنته فرنسا، روسيا حق النقض ضد مشروع قرار بشأن سوريا.').map((v) => v.by)).toEqual(['RUS']);
  });

  it('reads a verb that is a veto by itself (نقضت روسيا مشروع قرار)', () => {
    const [v] = vetoes('ونقضت روسيا أمس السبت مشروع قرار في مجلس الأمن يعتبر الاستفتاء باطلا.', '2014-03-16');
    expect(v).toMatchObject({ by: 'RUS', date: '2014-03-15' });
    expect(v?.evidence[0]?.rule).toBe('veto:annul-verb|date:relative');
  });

  it.each([
    ['وهددت روسيا باستخدام حق النقض في مجلس الأمن ضد مشروع القرار.', 'threat'],
    ['وستستخدم روسيا حق النقض ضد أي مشروع قرار في مجلس الأمن.', 'future'],
    ['ولم تستخدم روسيا حق النقض في مجلس الأمن.', 'negated'],
    ['وإذا استخدمت روسيا حق النقض في مجلس الأمن فلن يصدر القرار.', 'hypothetical'],
    ['وتملك روسيا والصين حق النقض في مجلس الأمن.', 'generic'],
    ['والدول التي تملك حق الفيتو في مجلس الأمن خمس.', 'generic, no state'],
    ['ويطالب كثيرون بحرمان روسيا من حق النقض في مجلس الأمن.', 'deprivation'],
    ['واستخدم أوباما حق النقض ضد مشروع قانون أقره الكونغرس.', 'a law, not a UN draft'],
    ['واستخدمت مصر حق النقض في مجلس الأمن.', 'not a permanent member'],
    ['وقال الشاعر الفيتوري إن مجلس الأمن عاجز.', 'a name containing the letters'],
  ])('is not a veto: %s (%s)', (text) => {
    expect(vetoes(text)).toEqual([]);
  });
});

describe('vetoes told in passing and across insertions', () => {
  const vetoes = (text: string, published: string | null = '2024-06-20') =>
    factsOf(text, published).filter((f): f is VetoFact => f.type === 'veto');

  it('reads the verb and casters before a comma-enclosed time phrase (استخدمت روسيا، مساء الاثنين، حق النقض)', () => {
    const found = vetoes('واستخدمت روسيا والصين، مساء أمس، حق النقض في مجلس الأمن ضد مشروع قرار بشأن المساعدات.');
    expect(found.map((v) => v.by).sort()).toEqual(['CHN', 'RUS']);
    expect(found[0]?.date).toBe('2024-06-19');
  });

  it('reads past casts counted by an occasion noun as one undated batch, the council named earlier', () => {
    const found = vetoes('وانعقد مجلس الأمن أمس لبحث الوضع في سوريا. وهذه هي المرة الخامسة التي تستخدم فيها موسكو حق النقض لحماية دمشق.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ by: 'RUS', date: null, batch: true });
  });

  it('reads the casters of a verb before two insertions, or before the verb with an insertion after it', () => {
    expect(vetoes('واستخدمت، بحسب مصادر رسمية، روسيا والصين، مساء أمس، حق النقض في مجلس الأمن ضد مشروع قرار.').map((v) => v.by).sort()).toEqual(['CHN', 'RUS']);
    expect(vetoes('وروسيا والصين استخدمتا، مساء أمس، حق النقض في مجلس الأمن ضد مشروع قرار.').map((v) => v.by).sort()).toEqual(['CHN', 'RUS']);
  });

  it('keeps an imperfect with no occasion noun pending, and the council unnamed in the article no veto', () => {
    expect(vetoes('ومن المتوقع أن تستخدم موسكو حق النقض لحماية دمشق.')).toHaveLength(0);
    expect(vetoes('وهذه هي المرة الخامسة التي تستخدم فيها موسكو حق النقض.')).toHaveLength(0);
  });

  it('reads a future verb governing the veto noun as no cast (وسيسقط الفيتو الروسي)', () => {
    expect(vetoes('وسيسقط الفيتو الروسي مشروع القرار في مجلس الأمن.')).toHaveLength(0);
    expect(vetoes('وأسقط الفيتو الروسي مشروع القرار في مجلس الأمن.')).toHaveLength(1);
  });

  it('dates a cast by its own day, not by the dateline', () => {
    const [v] = vetoes('نيويورك 20 حزيران (وكالات) - استخدمت روسيا، مساء أمس الأربعاء، حق النقض في مجلس الأمن ضد مشروع قرار.', '2024-06-20');
    expect(v?.date).toBe('2024-06-19');
  });
});

describe('vetoes: a self-casting verb before an insertion', () => {
  it('reads نقضت past a comma-enclosed insertion, taking no caster from inside it', () => {
    const found = factsOf('ونقضت، بحسب ما أعلنته فرنسا، روسيا أمس مشروع قرار في مجلس الأمن.').filter((f): f is VetoFact => f.type === 'veto');
    expect(found.map((v) => v.by)).toEqual(['RUS']);
  });
});

describe('vetoes: a sinking verb with no veto noun, in a Security Council article', () => {
  const vetoes = (text: string) => factsOf(text).filter((f): f is VetoFact => f.type === 'veto');

  it('reads أسقطت روسيا مشروع القرار where the Council is named', () => {
    expect(vetoes('وأسقطت روسيا مشروع القرار في مجلس الأمن أمس.').map((v) => [v.by, v.date])).toEqual([['RUS', '2024-06-19']]);
  });

  it('takes the two states last named as the dropped subject of a dual verb, and counts the occasion as an undated batch', () => {
    const found = vetoes('وانعقد مجلس الأمن أمس. وهي المرة الثانية التي تلجأ فيها موسكو والصين إلى الفيتو، بعدما أسقطتا الثلاثاء الماضي مشروعا سابقا حول المعابر.');
    expect(found.filter((v) => v.date).map((v) => v.by).sort()).toEqual(['CHN', 'RUS']);
    expect(found.filter((v) => !v.date).map((v) => [v.by, v.batch]).sort()).toEqual([['CHN', true], ['RUS', true]]);
  });

  it('reads no veto where the Council is nowhere, or the Council itself sinks the draft', () => {
    expect(vetoes('وأسقطت الدفاعات الروسية الطائرة أمس.')).toHaveLength(0);
    expect(vetoes('وأسقطت روسيا مشروع القانون في البرلمان.')).toHaveLength(0);
    expect(vetoes('وانعقد مجلس الأمن أمس. وأسقط المجلس مشروع القرار.')).toHaveLength(0);
  });
});
