import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/relate/dates.ts';

// 2024-06-20 is a Thursday.
const P = '2024-06-20';
const one = (text: string, published: string | null = P) => {
  const found = datesIn(text, published);
  expect(found, text).toHaveLength(1);
  const [d] = found;
  if (!d) throw new Error(`no date in ${text}`);
  return d;
};

describe('date grammar: absolute dates', () => {
  it.each([
    ['وقع الاتفاق في 20 يونيو/حزيران 2024', '2024-06-20'],
    ['في 20 حزيران/يونيو 2024', '2024-06-20'],
    ['في 20 حزيران (يونيو) 2024', '2024-06-20'],
    ['يوم 3 كانون الثاني 2016', '2016-01-03'],
    ['في 1 تشرين الأول 2015', '2015-10-01'],
    ['بتاريخ ٢٠ يونيو ٢٠٢٤', '2024-06-20'],
    ['في 12 من شهر أغسطس عام 2015م', '2015-08-12'],
    ['في 7 آب 2015', '2015-08-07'],
    ['في 5 جويلية 2015', '2015-07-05'],
    ['بتاريخ 20/6/2024', '2024-06-20'],
    ['بتاريخ ٢٠/٦/٢٠٢٤', '2024-06-20'],
    ['بتاريخ 2024-06-20', '2024-06-20'],
    ['بتاريخ 20-06-2024', '2024-06-20'],
  ])('%s → %s', (text, date) => {
    const d = one(text);
    expect(d.date).toBe(date);
    expect(d.precision).toBe('day');
  });

  it('takes the year from the published date, or the year before when the day would be far ahead', () => {
    expect(one('في 15 يونيو').date).toBe('2024-06-15');
    expect(one('في 25 ديسمبر', '2016-01-10').date).toBe('2015-12-25');
  });

  it('reads the Gregorian date of a Hijri/Gregorian pair and never a Hijri date as Gregorian', () => {
    expect(datesIn('يوم الأربعاء 5 شوال 1436هـ الموافق 22 يوليو 2015م', '2015-07-23').map((d) => d.date)).toContain('2015-07-22');
    expect(datesIn('في 5 شوال 1436هـ', '2015-07-23')).toEqual([]);
  });

  it('keeps a month or a year as a range, never a day', () => {
    expect(one('في يونيو 2024')).toMatchObject({ date: null, precision: 'month', range: ['2024-06-01', '2024-06-30'] });
    expect(one('في عام 2015')).toMatchObject({ date: null, precision: 'year' });
  });

  it('does not read month names that are other words, or invalid days', () => {
    expect(datesIn('مارس ضغوطا على الحكومة', P)).toEqual([]);
    expect(datesIn('أحد المسؤولين', P)).toEqual([]);
    expect(datesIn('في 31 فبراير 2024', P).every((d) => d.date !== '2024-02-31')).toBe(true);
  });
});

describe('date grammar: relative dates against the published date', () => {
  it.each([
    ['وصل الأربعاء', '2024-06-19'],
    ['وصل يوم الأربعاء', '2024-06-19'],
    ['وصل الخميس', '2024-06-20'],
    ['وصل الخميس الماضي', '2024-06-13'],
    ['يصل الاثنين المقبل', '2024-06-24'],
    ['وصل أمس', '2024-06-19'],
    ['وصل اليوم', '2024-06-20'],
    ['وصل أول أمس', '2024-06-18'],
    ['يصل غدا', '2024-06-21'],
    ['وصل منذ يومين', '2024-06-18'],
    ['وصل قبل ثلاثة أيام', '2024-06-17'],
  ])('%s → %s', (text, date) => {
    expect(one(text).date).toBe(date);
  });

  it('gives some days ago with no number (قبل أيام) no day, and counted days one', () => {
    expect(one('وصل قبل أيام')).toMatchObject({ date: null, precision: 'range', rule: 'ago' });
    expect(one('وصل قبل 4 أيام')).toMatchObject({ date: '2024-06-16', precision: 'day' });
  });

  it('marks a weekday with no past or next word as bare, for its clause to direct', () => {
    expect(one('يصل الثلاثاء')).toMatchObject({ date: '2024-06-18', bare: true });
    expect(one('وصل الثلاثاء الماضي').bare).toBeUndefined();
    expect(datesIn('قال أمس الثلاثاء', P).find((d) => d.rule === 'weekday')?.bare).toBeUndefined();
  });

  it('gives a period as a range and no day (no date rather than a guessed one)', () => {
    expect(one('الأسبوع الماضي')).toMatchObject({ date: null, precision: 'range', range: ['2024-06-08', '2024-06-14'] });
    expect(one('الشهر الماضي')).toMatchObject({ date: null, range: ['2024-05-01', '2024-05-31'] });
  });

  it('reads an event offset (بعد يوم من) without fixing a day by itself', () => {
    expect(one('بعد يوم من توقيع الاتفاق')).toMatchObject({ rule: 'event-offset', eventOffset: -1, date: null });
  });

  it('resolves nothing relative when the article has no date', () => {
    expect(one('وصل الأربعاء', null).date).toBeNull();
    expect(one('وصل أمس', null).date).toBeNull();
  });
});
