/**
 * Date grammar: finds date expressions in a sentence's words and resolves them against the
 * article's published date. Input: Word[] and the published date. Output: DateExpr[], each a single
 * day when the text fixes one, else a range or nothing (no date rather than a guessed one).
 *
 * Forms: "20 يونيو/حزيران 2024", "20 حزيران (يونيو) 2024", "20 من شهر يونيو", "يونيو 2024",
 * "20/6/2024", "2024-06-20", Arabic-Indic digits (normalised to ASCII upstream), weekdays with
 * الماضي/المقبل, أمس/اليوم/غدا, "منذ يومين", periods (الأسبوع الماضي), years (عام 2015), and event
 * offsets ("بعد يوم من توقيع…"). Month series: see data/lexicon/dates.yaml. Hijri dates (شوال 1436هـ)
 * are never read as Gregorian; a Hijri day given with its Gregorian month and year (16 صفر 1355هـ - مايو
 * 1936م) is converted by the Umm al-Qura calendar and kept when it falls in that month (hijriDay), and a
 * Hijri month named past or next (رمضان الماضي) gives the Gregorian month or year its days fall in.
 * Spans of days (من 4 إلى 6 أغسطس، يومي الثاني والثالث من أغسطس) give their first day; spans counted
 * forward from the article's day (بعد أسبوع) give the days they may mean.
 */
import { tokenAt } from '../normalise/token-at.ts';
import { tokenise } from '../normalise/tokenise.ts';
import { datesLexicon as L, PhraseTable, phraseWords } from './lexicon.ts';
import { isDigits, type Word, wordsOf } from './words.ts';

export type DatePrecision = 'day' | 'month' | 'year' | 'range';
export type DateRule = 'absolute' | 'numeric' | 'weekday' | 'relative' | 'ago' | 'period' | 'month' | 'year' | 'event-offset' | 'after';

export interface DateExpr {
  /** Word range [from, to) in the words given. */
  from: number;
  to: number;
  /** Resolved day (YYYY-MM-DD) when precision is 'day'. */
  date: string | null;
  precision: DatePrecision;
  /** First and last day covered, when known (a month, a week, a year). */
  range: [string, string] | null;
  rule: DateRule;
  /** True when the expression points after the published date (غدا، الخميس المقبل). */
  future: boolean;
  /** For event offsets: the embedded event's date minus the reported event's date, in days. */
  eventOffset?: number;
  /** True when a day and month carried no year and the year was inferred from the published date. */
  yearInferred?: boolean;
  /**
   * For a weekday with no past or next word after it (يزور موسكو الثلاثاء): the tense of its clause decides
   * the direction, so the reader of a future act takes the coming one, `date` being the last one.
   */
  bare?: boolean;
  /**
   * For a week (الأسبوع الماضي): every day some reading of it may cover, whichever day starts the week
   * or when it means the last seven days. The week gives a month only when all of them lie in one.
   */
  within?: [string, string];
}

type Tag =
  | { t: 'month'; month: number }
  | { t: 'weekday'; day: number }
  | { t: 'wpast' } | { t: 'wfuture' }
  | { t: 'rday'; offset: number }
  | { t: 'period'; unit: 'week' | 'month' | 'year'; offset: number }
  | { t: 'event'; offset: number }
  | { t: 'after'; days: [number, number] }
  | { t: 'ago' } | { t: 'agoday' }
  | { t: 'num'; value: number }
  | { t: 'hijri' }
  | { t: 'ordinal'; day: number }
  | { t: 'before-now' };

const table = new PhraseTable<Tag>(false);
for (const m of L.months) table.addAll(m.names, { t: 'month', month: m.month });
for (const d of L.weekdays) table.addAll(d.names, { t: 'weekday', day: d.day });
table.addAll(L.weekday_past, { t: 'wpast' });
table.addAll(L.weekday_future, { t: 'wfuture' });
for (const r of L.relative_days) table.addAll(r.words, { t: 'rday', offset: r.offset });
for (const p of L.relative_periods) table.addAll(p.words, { t: 'period', unit: p.unit, offset: p.offset });
for (const e of L.event_offsets) table.addAll(e.words, { t: 'event', offset: e.offset });
for (const a of L.after_spans) table.addAll(a.words, { t: 'after', days: a.days });
table.addAll(L.ago_lead, { t: 'ago' });
table.addAll(L.ago_day, { t: 'agoday' });
for (const n of L.numbers) table.addAll(n.words, { t: 'num', value: n.value });
table.addAll(L.hijri_markers, { t: 'hijri' });
const hijriMonthNumbers = new PhraseTable<number>(false);
for (const m of L.hijri_month_numbers) hijriMonthNumbers.addAll(m.names, m.month);
for (const o of L.ordinal_days) table.addAll(o.words, { t: 'ordinal', day: o.day });
const words = (list: string[]): string[] => list.flatMap(phraseWords);
/** One-word ordinal days by their written form, for the second day of a span (والثالث). */
const ORDINAL_WORD = new Map(L.ordinal_days.flatMap((o) => o.words.map(phraseWords).filter((p) => p.length === 1).map((p) => [p[0]!, o.day] as const)));
const OF = words(L.of);
const AFTER_SPAN_NOT_BEFORE = words(L.after_span_not_before);
const MONTH_WORD = words(L.month_word);
const YEAR_WORDS = words(L.year_words);
const YEAR_SET = new Set(YEAR_WORDS);
const DAY_SPAN = words(L.day_span);
const MONTH_OR = words(L.month_alternative);
const AGO_DAYS = words(L.ago_day);
const TWO_DAYS = words(L.ago_two_days);
const SOME_DAYS = words(L.ago_some_days);

const SPAN_LEAD = words(L.span_before_event.lead);
const SPAN_COUNTS = words(L.span_before_event.counts);
const SPAN_UNITS = words(L.span_before_event.units);
const beforeNow = new PhraseTable<true>(false).addAll(L.before_now, true);
const bareMonthLeads = new PhraseTable<true>(false).addAll(L.bare_month_leads, true);
const yearLeads = new PhraseTable<true>(false).addAll(L.year_leads, true);
const monthOfDay = new PhraseTable<number>(false);
for (const m of L.month_of_day) monthOfDay.addAll(m.words, m.offset);
const monthOfDayLeads = new PhraseTable<true>(false).addAll(L.month_of_day_leads, true);
const ISSUED = words(L.issue.issued);
const PAPERS = words(L.issue.papers);
/** Is word i right after "issued" said of a paper (الصحف السعودية الصادرة اليوم)? Then a date there is the issue's. */
const paperIssue = (words: Word[], i: number): boolean =>
  i > 0 && is(words[i - 1], ...ISSUED) && words.slice(Math.max(0, i - 5), i - 1).some((w) => is(w, ...PAPERS));

const DAY = 86_400_000;
const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (isoDate: string, n: number): string => iso(new Date(toDate(isoDate).getTime() + n * DAY));

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 ? iso(dt) : null;
}

const monthRange = (y: number, m: number): [string, string] =>
  [iso(new Date(Date.UTC(y, m - 1, 1))), iso(new Date(Date.UTC(y, m, 0)))];

/** A year token: 4 digits, maybe with the Gregorian mark م glued on (2015م). */
function yearOf(w: Word | undefined): number | null {
  if (!w) return null;
  const m = /^(\d{4})م?$/.exec(w.norm);
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** Most recent given weekday on or before `ref` (or first on or after it, looking forward). */
export function weekdayNear(ref: string, day: number, forward: boolean): string {
  const r = toDate(ref);
  const diff = forward ? (day - r.getUTCDay() + 7) % 7 : -((r.getUTCDay() - day + 7) % 7);
  return iso(new Date(r.getTime() + diff * DAY));
}

/** The given weekday nearest `ref` (at most three days away). */
function nearestWeekday(ref: string, day: number): string {
  const diff = ((day - toDate(ref).getUTCDay() + 7) % 7);
  return addDays(ref, diff > 3 ? diff - 7 : diff);
}

/** A day and month with no year: the published year, or the one before when that lands > 31 days ahead. */
function inferYear(published: string | null, m: number, d: number): string | null {
  if (!published) return null;
  const y = Number(published.slice(0, 4));
  const cand = validDay(y, m, d);
  if (!cand) return null;
  return toDate(cand).getTime() - toDate(published).getTime() > 31 * DAY ? validDay(y - 1, m, d) : cand;
}

/** The first such day and month on or after the published date. */
function nextDay(published: string, m: number, d: number): string | null {
  const y = Number(published.slice(0, 4));
  const cand = validDay(y, m, d);
  return cand && cand >= published ? cand : validDay(y + 1, m, d);
}

function periodRange(published: string, unit: 'week' | 'month' | 'year', offset: number): [string, string] {
  const p = toDate(published);
  if (unit === 'year') { const y = p.getUTCFullYear() + offset; return [`${y}-01-01`, `${y}-12-31`]; }
  if (unit === 'month') {
    const d = new Date(Date.UTC(p.getUTCFullYear(), p.getUTCMonth() + offset, 1));
    return monthRange(d.getUTCFullYear(), d.getUTCMonth() + 1);
  }
  // Weeks start on Saturday, as Arab calendars print them.
  const start = new Date(p.getTime() - ((p.getUTCDay() + 1) % 7) * DAY + offset * 7 * DAY);
  return [iso(start), iso(new Date(start.getTime() + 6 * DAY))];
}

const tagAt = (words: Word[], i: number) => table.matchAt(words, i);
/** Is the character at k of s an ASCII digit (false past either end)? */
const digitAt = (s: string, k: number): boolean => { const c = s.charCodeAt(k); return c >= 0x30 && c <= 0x39; };
/** A day number written with the article (الـ22 مايو، في الـ5 من يونيو), else null. */
const articleDay = (w: Word): number | null => {
  // findDates asks this of every word: one that does not end in a digit is turned down without the regex.
  if (!digitAt(w.norm, w.norm.length - 1)) return null;
  const m = /^[وف]?[بل]?ال(\d{1,2})$/.exec(w.norm);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
};
const GLUED_YEAR_LEADS = new Set([...words(L.year_leads), ...YEAR_WORDS]);
/** A year written glued to its lead (في2007، عام2011م), a dropped space: the year, else null. */
const gluedYear = (w: Word): number | null => {
  // findDates asks this of every word: only one ending in a digit (or a digit and م) reaches the regex.
  const n = w.norm;
  if (!digitAt(n, n.length - 1) && !(n.endsWith('م') && digitAt(n, n.length - 2))) return null;
  const m = /^(\D+?)(\d{4})م?$/.exec(n);
  const lead = m?.[1] ?? '';
  return m && (GLUED_YEAR_LEADS.has(lead) || (/^[وف]/.test(lead) && GLUED_YEAR_LEADS.has(lead.slice(1)))) ? yearOf({ ...w, norm: m[2]! }) : null;
};
const num = (w: Word | undefined): number | null => (w && isDigits(w.norm) ? Number(w.norm) : null);
const is = (w: Word | undefined, ...forms: string[]): boolean => !!w && forms.some((f) => w.keys.includes(f));

/** Every date expression in the words, left to right. */
export function findDates(words: Word[], published: string | null): DateExpr[] {
  const out: DateExpr[] = [];
  let issueEnd = -1;
  for (let i = 0; i < words.length; i++) {
    // Cheap test first: most words are neither a number nor the start of a date phrase.
    const w = tokenAt(words, i);
    const c = w.norm.charCodeAt(0);
    if (!(c >= 0x30 && c <= 0x39) && !table.starts(w.keys) && !YEAR_SET.has(w.norm) && !articleDay(w) && gluedYear(w) === null && !hijriMonthNumbers.starts(w.keys)) continue;
    // The reading is a function of its own: apart from this scan, its rarely met paths do not
    // deoptimise and recompile the scan (see findAgreements).
    const e = dateFrom(words, i, published, out);
    // (and the weekday that names that day: الصادرة اليوم الثلاثاء).
    if (e && (paperIssue(words, i) || i === issueEnd)) { issueEnd = e.to; i = e.to - 1; continue; }
    if (e) { out.push(e); i = e.to - 1; }
  }
  return out;
}

/** The date starting at word i (findDates), read with the one found before it, which it may correct in `out`. */
function dateFrom(words: Word[], i: number, published: string | null, out: DateExpr[]): DateExpr | null {
  let e = dateAt(words, i, published);
  // "السبت 17 يونيو 2023": the written date, not the weekday's nearest day, dates the act.
  const written = e?.rule === 'weekday' && e.to < words.length ? dateAt(words, e.to, published) : null;
  if (e && written && (written.rule === 'absolute' || written.rule === 'numeric') && written.date) e = { ...written, from: e.from };
  // "أمس الأربعاء": a day word before the weekday has already given its direction.
  const prev = out[out.length - 1];
  if (e?.bare && prev?.rule === 'relative' && prev.to === e.from) { const { bare: _, ...marked } = e; e = marked; }
  // "اليوم الأربعاء" in a paper printed on Thursday: the weekday says which day the writer's اليوم,
  // أمس or غدا was (news is written the day before it is printed), so both take the day of that
  // weekday nearest the relative one.
  if (e?.rule === 'weekday' && e.date && prev?.rule === 'relative' && prev.date && prev.to === e.from) {
    const day = nearestWeekday(prev.date, toDate(e.date).getUTCDay());
    if (day !== prev.date) {
      out[out.length - 1] = { ...prev, date: day, range: [day, day], future: !!published && day > published };
      e = { ...e, date: day, range: [day, day], future: !!published && day > published };
    }
  }
  return e;
}

function dateAt(words: Word[], i: number, published: string | null): DateExpr | null {
  const w = tokenAt(words, i);
  const n = num(w) ?? articleDay(w);
  const base = { from: i, future: false } as const;
  const glued = gluedYear(w);
  if (glued !== null && !hijriAfter(words, i + 1)) return { ...base, to: i + 1, date: null, precision: 'year', range: [`${glued}-01-01`, `${glued}-12-31`], rule: 'year' };

  if (n !== null) {
    // Numeric: 20/6/2024, 20-6-2024, 2024/06/20.
    const sep = words[i + 1]?.norm;
    if ((sep === '/' || sep === '-') && words[i + 3]?.norm === sep) {
      const b = num(words[i + 2]);
      const c = num(words[i + 4]);
      if (b !== null && c !== null) {
        const date = w.norm.length === 4 ? validDay(n, b, c) : validDay(c, b, n);
        if (date) return { ...base, to: i + 5, date, precision: 'day', range: [date, date], rule: 'numeric' };
      }
    }
    // A span of days (من 4 إلى 6 أغسطس، بين 4 و6 أغسطس): the act starts on the first.
    // و glued to the last day (بين 4 و6 أغسطس) is one token.
    const glued = /^و(\d{1,2})$/.exec(words[i + 1]?.norm ?? '');
    const [m, at] = glued ? [Number(glued[1]), i + 1] : [num(words[i + 2]), i + 2];
    if (n >= 1 && n <= 31 && m !== null && m > n && m <= 31 && (glued || is(words[i + 1], ...DAY_SPAN))) {
      const last = dayOfMonth(words, at, at + 1, m, published);
      const date = last?.date ? validDay(Number(last.date.slice(0, 4)), Number(last.date.slice(5, 7)), n) : null;
      if (last && date) return { ...last, from: i, date, range: [date, date] };
    }
    // Day + month name (+ second series) (+ year).
    if (n >= 1 && n <= 30) { const h = hijriDay(words, i, n); if (h) return h; }
    if (n >= 1 && n <= 31) return dayOfMonth(words, i, i + 1, n, published);
    // A bare year put in time (في 1994، خلال 2015), or opening a history line (1954 - توقيع …).
    const y = yearOf(w);
    if (y !== null && !hijriAfter(words, i + 1) && ((i > 0 && yearLeads.matchAt(words, i - 1, i)) || (i === 0 && words[1]?.norm === '-'))) {
      return { ...base, to: i + 1, date: null, precision: 'year', range: [`${y}-01-01`, `${y}-12-31`], rule: 'year' };
    }
    return null;
  }

  const hit = tagAt(words, i);
  if (!hit) {
    const hm = published ? hijriMonthNumbers.matchAt(words, i) : null;
    if (hm && published) return hijriRelative(words, i, hm.to, hm.payload, published);
    // A year alone: عام 2015، سنة 2015.
    const y = YEAR_SET.has(w.norm) ? yearOf(words[i + 1]) : null;
    if (y !== null && !hijriAfter(words, i + 2)) {
      return { ...base, to: i + 2, date: null, precision: 'year', range: [`${y}-01-01`, `${y}-12-31`], rule: 'year' };
    }
    return null;
  }
  const tag = hit.payload;
  switch (tag.t) {
    case 'month': {
      // Month + year without a day: a range, never a day.
      const j = skipSecondMonth(words, hit.to);
      // "سبتمبر أو أكتوبر المقبلين": either month, so none.
      const alt = is(words[j], ...MONTH_OR) && j + 1 < words.length ? tagAt(words, j + 1) : null;
      if (alt?.payload.t === 'month') {
        let k = skipSecondMonth(words, alt.to);
        const after = k < words.length ? tagAt(words, k) : null;
        if (after?.payload.t === 'wpast' || after?.payload.t === 'wfuture') k = after.to;
        else if (yearOf(words[k]) !== null) k++;
        return { ...base, to: k, date: null, precision: 'range', range: null, rule: 'month', future: after?.payload.t === 'wfuture' };
      }
      const y = yearOf(words[j]);
      // "مايو الماضي"، "سبتمبر المقبل": the month nearest the article in that direction.
      const mod = j < words.length ? tagAt(words, j) : null;
      if (y === null && published && (mod?.payload.t === 'wpast' || mod?.payload.t === 'wfuture')) {
        const py = Number(published.slice(0, 4));
        const pm = Number(published.slice(5, 7));
        const ahead = mod.payload.t === 'wfuture';
        const year = ahead ? (tag.month > pm ? py : py + 1) : (tag.month < pm ? py : py - 1);
        return { ...base, to: mod.to, date: null, precision: 'month', range: monthRange(year, tag.month), rule: 'month', future: ahead };
      }
      // "في يونيو"، "مطلع حزيران": the month of the article's year, or of the year before when it is
      // still ahead; a reader of a planned act moves it to the coming one (factDate).
      if (y === null && published && i > 0 && bareMonthLeads.matchAt(words, i - 1, i)) {
        const py = Number(published.slice(0, 4));
        const year = tag.month <= Number(published.slice(5, 7)) ? py : py - 1;
        return { ...base, to: j, date: null, precision: 'month', range: monthRange(year, tag.month), rule: 'month', yearInferred: true };
      }
      if (y === null || hijriAfter(words, j + 1)) return null;
      return { ...base, to: j + 1, date: null, precision: 'month', range: monthRange(y, tag.month), rule: 'month' };
    }
    case 'weekday': {
      if (!published) return { ...base, to: hit.to, date: null, precision: 'range', range: null, rule: 'weekday' };
      const mod = hit.to < words.length ? tagAt(words, hit.to) : null;
      const forward = mod?.payload.t === 'wfuture';
      const to = mod && (mod.payload.t === 'wfuture' || mod.payload.t === 'wpast') ? mod.to : hit.to;
      let date = weekdayNear(published, tag.day, forward);
      // "الأربعاء الماضي" on a Wednesday means a week ago; "المقبل" on that day means next week.
      if (mod?.payload.t === 'wpast' && date === published) date = addDays(date, -7);
      if (forward && date === published) date = addDays(date, 7);
      return { ...base, to, date, precision: 'day', range: [date, date], rule: 'weekday', future: forward, ...(mod && to !== hit.to ? {} : { bare: true }) };
    }
    case 'rday': {
      // اليوم الثاني من الزيارة: a count of days of some event, not the article's day.
      if (hit.to < words.length && tagAt(words, hit.to)?.payload.t === 'ordinal') return null;
      if (!published) return { ...base, to: hit.to, date: null, precision: 'range', range: null, rule: 'relative' };
      const date = addDays(published, tag.offset);
      return { ...base, to: hit.to, date, precision: 'day', range: [date, date], rule: 'relative', future: tag.offset > 0 };
    }
    case 'period': {
      const range = published ? periodRange(published, tag.unit, tag.offset) : null;
      const within: [string, string] | null = published && tag.unit === 'week'
        ? [addDays(published, 7 * tag.offset - 6), addDays(published, 7 * tag.offset + 6)] : null;
      return { ...base, to: hit.to, date: null, precision: 'range', range, rule: 'period', future: tag.offset > 0, ...(within ? { within } : {}) };
    }
    case 'ordinal': {
      // A span of ordinal days (يومي الثاني والثالث من أغسطس، من الثاني إلى الرابع من): the act starts on the first.
      const link = is(words[hit.to], ...DAY_SPAN) ? hit.to + 1 : hit.to;
      const next = words[link];
      const last = next ? ORDINAL_WORD.get(next.norm) ?? (link === hit.to && next.prefixes[0] === 'و' ? ORDINAL_WORD.get(next.norm.slice(1)) : undefined) : undefined;
      if (last !== undefined && last > tag.day && (link > hit.to || next!.prefixes[0] === 'و')) {
        const end = dayOfMonth(words, link, link + 1, last, published);
        const date = end?.date ? validDay(Number(end.date.slice(0, 4)), Number(end.date.slice(5, 7)), tag.day) : null;
        if (end && date) return { ...end, from: i, date, range: [date, date] };
      }
      // في العاشر من مارس: an ordinal day, only when a month follows.
      return dayOfMonth(words, i, hit.to, tag.day, published);
    }
    case 'event':
      return { ...base, to: hit.to, date: null, precision: 'range', range: null, rule: 'event-offset', eventOffset: tag.offset };
    case 'after': {
      if (is(words[hit.to], ...AFTER_SPAN_NOT_BEFORE)) return null;
      if (!published) return { ...base, to: hit.to, date: null, precision: 'range', range: null, rule: 'after', future: true };
      const [first, last] = [addDays(published, tag.days[0]), addDays(published, tag.days[1])];
      if (first === last) return { ...base, to: hit.to, date: first, precision: 'day', range: [first, last], rule: 'after', future: true };
      return { ...base, to: hit.to, date: null, precision: 'range', range: [first, last], rule: 'after', future: true, within: [first, last] };
    }
    case 'ago': {
      // منذ/قبل + (N) يوم/يومين/أيام, not followed by من (قبل يومين من = an event offset).
      let j = hit.to;
      let count = 1;
      const d = num(words[j]);
      const word = j < words.length ? tagAt(words, j) : null;
      if (d !== null) { count = d; j++; } else if (word?.payload.t === 'num') { count = word.payload.value; j = word.to; }
      if (!is(words[j], ...AGO_DAYS)) return null;
      if (is(words[j], ...TWO_DAYS)) count = 2;
      if (is(words[j + 1], ...OF)) return null;
      const counted = j > hit.to;
      if (!published || (!counted && is(words[j], ...SOME_DAYS))) return { ...base, to: j + 1, date: null, precision: 'range', range: null, rule: 'ago' };
      const date = addDays(published, -count);
      return { ...base, to: j + 1, date, precision: 'day', range: [date, date], rule: 'ago' };
    }
    default:
      return null;
  }
}

/**
 * A day number n (ending before word j) followed by a month name (+ second series) (+ year); null
 * when no month follows. Without a year the year is inferred (see inferYear), and `yearInferred` says so.
 */
function dayOfMonth(words: Word[], i: number, j: number, n: number, published: string | null): DateExpr | null {
  const base = { from: i, future: false } as const;
  const numberEnd = j;
  if (is(words[j], ...OF)) j++;
  if (is(words[j], ...MONTH_WORD)) j++;
  const mHit = j < words.length ? tagAt(words, j) : null;
  if (!mHit || mHit.payload.t !== 'month') return dayOfNamedMonth(words, i, numberEnd, n, published);
  const month = mHit.payload.month;
  const monthEnd = skipSecondMonth(words, mHit.to);
  j = monthEnd;
  if (is(words[j], ...OF)) j++;
  if (is(words[j], ...YEAR_WORDS)) j++;
  const y = yearOf(words[j]);
  if (y !== null && !hijriAfter(words, j + 1)) {
    const date = validDay(y, month, n);
    if (date) return { ...base, to: j + 1, date, precision: 'day', range: [date, date], rule: 'absolute' };
  }
  // "17 أيلول المقبل" is ahead of the article, "24 مايو الماضي" behind it.
  let mod = j < words.length ? tagAt(words, j) : null;
  // Neither a year nor a modifier after من (17 فبراير من باكستان): the preposition opens the next
  // phrase, not the date's.
  if (!(mod?.payload.t === 'wfuture' || mod?.payload.t === 'wpast')) { j = monthEnd; mod = j < words.length ? tagAt(words, j) : null; }
  const ahead = mod?.payload.t === 'wfuture';
  const behind = mod?.payload.t === 'wpast';
  if (mod && (ahead || behind)) j = mod.to;
  let date = ahead && published ? nextDay(published, month, n) : inferYear(published, month, n);
  if (behind && date && published && date > published) date = validDay(Number(date.slice(0, 4)) - 1, month, n);
  return {
    ...base, to: j, date, precision: date ? 'day' : 'range', range: date ? [date, date] : null, rule: 'absolute',
    future: !!(date && published && date > published), yearInferred: !ahead && !behind,
  };
}

/**
 * A day number n (ending before word j) whose month is named relative to the article's (في 29 الحالي،
 * يوم 5 من الشهر الجاري): that day of the article's month moved by the words' offset. Only after a
 * word that puts the number in time, or with من before the month words (27 شخصا الشهر الجاري counts).
 */
function dayOfNamedMonth(words: Word[], i: number, j: number, n: number, published: string | null): DateExpr | null {
  if (!published) return null;
  const of = is(words[j], ...OF);
  const hit = monthOfDay.matchAt(words, of ? j + 1 : j);
  if (!hit || !(of || articleDay(tokenAt(words, i)) !== null || (i > 0 && monthOfDayLeads.matchAt(words, i - 1, i)))) return null;
  const month = new Date(Date.UTC(Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 1 + hit.payload, 1));
  const date = validDay(month.getUTCFullYear(), month.getUTCMonth() + 1, n);
  if (!date) return null;
  return { from: i, to: hit.to, date, precision: 'day', range: [date, date], rule: 'absolute', future: date > published };
}

/**
 * Saudi papers date by the Umm al-Qura calendar, whose months follow the Saudi sighting table, not
 * the arithmetic rule (1 Shawwal 1436, Eid al-Fitr, was 17 July 2015; the arithmetic calendar says
 * 18 July). ICU holds that table (1300–1600 AH; outside it ICU falls back to the arithmetic one).
 */
const UMM_AL_QURA = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
const hijriKey = (t: number): string => {
  const p = Object.fromEntries(UMM_AL_QURA.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
};

/** Day d of Hijri month m of year y, as a Gregorian day: the Umm al-Qura day near the arithmetic one. */
export function hijriToGregorian(y: number, m: number, d: number): string {
  const jdn = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1_948_439;
  const tabular = (jdn - 2_440_588) * DAY;
  // The two calendars differ by a day or two at most; a day the table lacks (a 30th in a 29-day month) keeps the arithmetic one.
  const t = [0, -1, 1, -2, 2].map((k) => tabular + k * DAY).find((x) => hijriKey(x) === `${y}-${m}-${d}`);
  return iso(new Date(t ?? tabular));
}

/**
 * "في رمضان الماضي"، "ذو الحجة المقبل": the Hijri month nearest the article in that direction (the
 * article's own month is neither). Its days as Gregorian ones give the month when they lie in one,
 * else the year when they lie in one (Ramadan 1436: 18 June – 16 July 2015 gives 2015), else nothing.
 * Without a past or next word its year is not told: nothing.
 */
function hijriRelative(words: Word[], i: number, j: number, month: number, published: string): DateExpr | null {
  const mod = j < words.length ? tagAt(words, j) : null;
  if (mod?.payload.t !== 'wpast' && mod?.payload.t !== 'wfuture') return null;
  const [py, pm] = hijriKey(toDate(published).getTime()).split('-').map(Number) as [number, number];
  const ahead = mod.payload.t === 'wfuture';
  const year = ahead ? (month > pm ? py : py + 1) : (month < pm ? py : py - 1);
  const first = hijriToGregorian(year, month, 1);
  const last = addDays(month === 12 ? hijriToGregorian(year + 1, 1, 1) : hijriToGregorian(year, month + 1, 1), -1);
  const base = { from: i, to: mod.to, date: null, future: ahead } as const;
  if (first.slice(0, 7) === last.slice(0, 7)) return { ...base, precision: 'month', range: monthRange(Number(first.slice(0, 4)), Number(first.slice(5, 7))), rule: 'month' };
  const y = first.slice(0, 4);
  return y === last.slice(0, 4) ? { ...base, precision: 'year', range: [`${y}-01-01`, `${y}-12-31`], rule: 'year' } : null;
}

const HIJRI_YEAR = /^(1[34]\d\d)(ه)?$/;
/**
 * "16 صفر سنة 1355هـ - مايو 1936م": a Hijri day whose Gregorian month and year follow it. The
 * calendar can miss the day a month was sighted (outside Umm al-Qura's table, or where a writer
 * followed another sighting) by one or two, so the day is kept only
 * when it falls in the Gregorian month the writer gives, else that month is the date; and only
 * from the year the computed rule became the printed calendar (dates.yaml hijri_table_from): an
 * older day was a sighted one, and only its Gregorian month is sure. Without the
 * Gregorian month nothing is read here (a Hijri date alone is never read as Gregorian).
 */
function hijriDay(words: Word[], i: number, n: number): DateExpr | null {
  let j = i + 1;
  if (is(words[j], ...OF)) j++;
  if (is(words[j], ...MONTH_WORD)) j++;
  const hm = j < words.length ? hijriMonthNumbers.matchAt(words, j) : null;
  if (!hm) return null;
  j = hm.to;
  if (is(words[j], ...OF)) j++;
  if (is(words[j], ...YEAR_WORDS)) j++;
  const hy = HIJRI_YEAR.exec(words[j]?.norm ?? '');
  if (!hy) return null;
  j++;
  if (!hy[2]) { if (!hijriAfter(words, j)) return null; j = tagAt(words, j)!.to; }
  // The Gregorian equivalent: "- مايو 1936م"، "(مايو 1936)"، "/ 7 مايو 1936م".
  if (['-', '/', '(', '،', ','].includes(words[j]?.norm ?? '')) j++;
  if (num(words[j]) !== null) return null;
  const gm = j < words.length ? tagAt(words, j) : null;
  if (gm?.payload.t !== 'month') return null;
  const k = skipSecondMonth(words, gm.to);
  const gy = yearOf(words[k]);
  if (gy === null) return null;
  const to = words[k + 1]?.norm === ')' ? k + 2 : k + 1;
  const day = hijriToGregorian(Number(hy[1]), hm.payload, n);
  const base = { from: i, to, future: false } as const;
  if (Number(hy[1]) >= L.hijri_table_from && day.slice(0, 7) === `${gy}-${String(gm.payload.month).padStart(2, '0')}`) return { ...base, date: day, precision: 'day', range: [day, day], rule: 'absolute' };
  return { ...base, date: null, precision: 'month', range: monthRange(gy, gm.payload.month), rule: 'month' };
}

/** The same day a year earlier: for a past act dated by a day and month that fall after the article. */
export function yearBefore(d: DateExpr): string | null {
  if (!d.date || !d.yearInferred) return null;
  return validDay(Number(d.date.slice(0, 4)) - 1, Number(d.date.slice(5, 7)), Number(d.date.slice(8, 10)));
}

/**
 * Is there a month name (Gregorian or Hijri) among words [from, to), after a word that introduces a
 * time (في مارس، مطلع يونيو، في رمضان الماضي)? Some month names are also other words (مارس "practised",
 * آب): alone they say nothing.
 */
export function hasMonthName(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (k > 0 && (tagAt(words, k)?.payload.t === 'month' || hijriMonths.matchAt(words, k, to)) && monthLeads.matchAt(words, k - 1, k)) return true;
  }
  return false;
}
const monthLeads = new PhraseTable<true>(false).addAll(L.month_leads, true);
const hijriMonths = new PhraseTable<true>(false).addAll(L.hijri_months, true);

/**
 * The date a fact takes from an expression, at the expression's precision: a day, else the month or
 * year its range is; null for any other range (a week: "this week" read on a Saturday reaches into a
 * month the event may not be in, so it would make a second event beside the dated one). `forward`: the act is still to come, so a month named without its year that already
 * passed this year is next year's (سيزور باريس في نوفمبر).
 */
export function factDate(d: DateExpr, forward: boolean, published: string | null): string | null {
  if (d.precision === 'day') return d.date;
  if (d.within) return d.within[0].slice(0, 7) === d.within[1].slice(0, 7) ? d.within[0].slice(0, 7) : null;
  if (!d.range) return null;
  let [a, b] = d.range;
  if (forward && d.yearInferred && published && b < published) {
    const next = monthRange(Number(a.slice(0, 4)) + 1, Number(a.slice(5, 7)));
    [a, b] = next;
  }
  if (a === b) return a;
  const [m0, m1] = monthRange(Number(a.slice(0, 4)), Number(a.slice(5, 7)));
  if (a === m0 && b === m1) return a.slice(0, 7);
  if (a.endsWith('-01-01') && b === `${a.slice(0, 4)}-12-31`) return a.slice(0, 4);
  return null;
}

/** Skip "/حزيران", "(حزيران)" or "- حزيران" after a month name: the second series repeats the month. */
function skipSecondMonth(words: Word[], j: number): number {
  let k = j;
  if (words[k]?.norm === '/' || words[k]?.norm === '(' || words[k]?.norm === '-') k++;
  else return j;
  const m = k < words.length ? tagAt(words, k) : null;
  if (!m || m.payload.t !== 'month') return j;
  k = m.to;
  if (words[k]?.norm === ')') k++;
  return k;
}

function hijriAfter(words: Word[], j: number): boolean {
  const h = j < words.length ? tagAt(words, j) : null;
  return h?.payload.t === 'hijri';
}

/**
 * Where "قبل [N] unit من" ending right before word i starts (قبل ثلاثة أشهر من زيارة، قبل أسابيع من
 * القمة), else -1: the event at i comes that span after the act the sentence reports.
 */
export function spanBeforeEvent(words: Word[], i: number): number {
  if (i < 3 || !is(words[i - 1], ...OF) || !is(words[i - 2], ...SPAN_UNITS)) return -1;
  if (is(words[i - 3], ...SPAN_LEAD)) return i - 3;
  const counted = num(words[i - 3]) !== null || is(words[i - 3], ...SPAN_COUNTS) || tagAt(words, i - 3)?.payload.t === 'num';
  return counted && i >= 4 && is(words[i - 4], ...SPAN_LEAD) ? i - 4 : -1;
}

/** True when the words carry a marker that puts a past event before the article's day (مؤخرا، كان + verb). */
export function hasBeforeNow(words: Word[], from = 0, to = words.length): boolean {
  for (let i = from; i < to; i++) {
    if (beforeNow.matchAt(words, i, to)) return true;
  }
  return false;
}

/** Parse a plain string (tests, tools): tokenise it and find its dates. */
export function datesIn(text: string, published: string | null): DateExpr[] {
  const tokens = tokenise(text);
  return findDates(wordsOf(tokens, 0, tokens.length), published);
}
