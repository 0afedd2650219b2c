import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { datesIn } from '../../src/relate/dates.ts';
import { factsOf } from './helpers.ts';

const agreementDates = (text: string, published = '2024-06-20') =>
  factsOf(text, published).filter((f): f is AgreementFact => f.type === 'agreement').map((a) => a.date);

describe('date grammar: ordinal days and years of past acts', () => {
  it('reads an ordinal day before a month', () => {
    expect(datesIn('في العاشر من مارس', '2024-06-20').map((d) => d.date)).toEqual(['2024-03-10']);
    expect(datesIn('في الحادي والعشرين من شهر فبراير 2023', '2024-06-20').map((d) => d.date)).toEqual(['2023-02-21']);
    expect(datesIn('في الثاني من كانون الثاني', '2024-06-20').map((d) => d.date)).toEqual(['2024-01-02']);
    // Not a date without a month.
    expect(datesIn('للمرة الأولى في العاشر', '2024-06-20')).toEqual([]);
  });
  it('dates a done act whose day and month fall after the article in the year before', () => {
    expect(agreementDates('وفي 5 يوليو وقعت مصر والأردن اتفاقية للتجارة.')).toEqual(['2023-07-05']);
    expect(agreementDates('وفي 5 يوليو الماضي وقعت مصر والأردن اتفاقية للتجارة.')).toEqual(['2023-07-05']);
  });
  it('never gives the article date to a clause dated by a month without its year: the month is its date', () => {
    expect(agreementDates('ووقعت مصر والأردن في منتصف مارس اتفاقية للتجارة.')).toEqual(['2024-03']);
  });
});

describe('date grammar: a weekday followed by its written date', () => {
  it('takes the written date', () => {
    expect(datesIn('يوم الاثنين 12 فبراير 2024', '2024-06-20').map((d) => d.date)).toEqual(['2024-02-12']);
  });
});
