/**
 * The dateline of an Arabic news article: the city that opens its body, before a date, an agency or
 * brackets and a mark (الرياض - واس:، القاهرة – الشرق الأوسط، عمان (رويترز) -، أبوظبي في 4 فبراير / وام /).
 * It says where the reporter filed from, which for agency copy is where the day's event took place.
 */
import type { Document, Mention } from '../model.ts';
import { tokenAt } from '../normalise/index.ts';
import { findDates } from './dates.ts';
import { PhraseTable, phraseWords, visitsLexicon as L } from './lexicon.ts';
import { sentenceWords } from './words.ts';

export interface Dateline { sentence: number; mention: Mention; state: string; city: string | null; /** Words [0, end) of its sentence. */ end: number; /** The filing day it gives (الدوحة في 18 يوليو /قنا/), if any. */ date: string | null }

const agencies = new PhraseTable<true>().addAll(L.dateline.agencies, true);
const marks = new Set(L.dateline.marks.flatMap(phraseWords));
const fillers = new Set(L.dateline.fillers.flatMap(phraseWords));
/** How far the city's mark and a reporter's name may stand: data/lexicon/visits.yaml `dateline`. */
const { max_after_city: MAX_AFTER_CITY, max_byline: MAX_BYLINE } = L.dateline;

const cache = new WeakMap<Document, Dateline | null>();

/** The dateline, else the opening place: where the first sentence puts its act (في قصره بالرياض). */
export function datelineOf(doc: Document): Dateline | null {
  if (cache.has(doc)) return cache.get(doc)!;
  const found = read(doc) ?? opening(doc);
  cache.set(doc, found);
  return found;
}

function read(doc: Document): Dateline | null {
  if (!doc.sentences.length) return null;
  const s = tokenAt(doc.sentences, 0);
  // A body that opens with its title has no dateline of its own here.
  if (doc.headline && doc.headline.sentence === 0) return null;
  const words = sentenceWords(doc, 0);
  const start = cityStart(doc, words, s.tokenStart);
  if (start === null) return null;
  const m = cityAt(doc, s.tokenStart, start)!;
  const state = m.kind === 'City' ? m.state : m.id;
  if (!state) return null;
  const dates = findDates(words, doc.article.published);
  let k = m.tokenEnd - s.tokenStart;
  // Agency first («واس- جدة:»، «فلان- سبق- الرياض:»): the city's own mark closes it.
  let agency = start > 0;
  let date: string | null = null;
  const found = (end: number): Dateline => ({ sentence: 0, mention: m, state, city: m.kind === 'City' ? (m.name_ar ?? m.text) : null, end, date });
  const limit = Math.min(words.length, k + MAX_AFTER_CITY);
  while (k < limit) {
    const w = tokenAt(words, k);
    if (marks.has(w.norm)) {
      // The mark ends the dateline unless an agency follows it (الرياض - واس:).
      const hit = agencies.matchAt(words, k + 1);
      if (!hit) return found(k + 1);
      agency = true;
      k = hit.to;
      continue;
    }
    const d = dates.find((x) => x.from === k);
    if (d) { if (d.precision === 'day') date = d.date; k = d.to; continue; }
    const hit = agencies.matchAt(words, k);
    if (hit) { agency = true; k = hit.to; continue; }
    if (fillers.has(w.norm) || /^\d+$/.test(w.norm)) { k++; continue; }
    break;
  }
  // «القاهرة – الشرق الأوسط» on a line of its own: the agency closes it.
  if (agency && (k >= words.length || marks.has(tokenAt(words, k).norm))) return found(k);
  return null;
}

export const isCity = (x: Mention): boolean => x.kind === 'City' || (x.kind === 'State' && x.via === 'capital');
/** The city (or capital) mention that starts at word k of the first sentence, if any. */
const cityAt = (doc: Document, tokenStart: number, k: number): Mention | undefined =>
  doc.mentions.find((x) => x.sentence === 0 && x.tokenStart === tokenStart + k && isCity(x));

/**
 * Where the dateline's city stands: first (الرياض - واس)، or after the agency and a reporter's name,
 * each closed by a mark (واس- جدة:، عبدالله فلان- سبق- الرياض:). Null when the body opens otherwise.
 */
function cityStart(doc: Document, words: ReturnType<typeof sentenceWords>, tokenStart: number): number | null {
  if (cityAt(doc, tokenStart, 0)) return 0;
  let k = 0;
  // A reporter's name of up to MAX_BYLINE words, an agency, and a mark after each.
  for (let part = 0; part < 3 && k < words.length; part++) {
    const hit = agencies.matchAt(words, k);
    let j = hit ? hit.to : k;
    if (!hit) while (j < words.length && j - k < MAX_BYLINE && !marks.has(tokenAt(words, j).norm) && !doc.mentions.some((x) => x.sentence === 0 && x.tokenStart === tokenStart + j)) j++;
    if (j >= words.length || !marks.has(tokenAt(words, j).norm) || j === k) return null;
    k = j + 1;
    while (k < words.length && marks.has(tokenAt(words, k).norm)) k++;
    const city = cityAt(doc, tokenStart, k);
    if (city) {
      const end = city.tokenEnd - tokenStart;
      // The city's own mark (واس- جدة:): a city that opens the report's first clause is its subject.
      return end < words.length && marks.has(tokenAt(words, end).norm) ? k : null;
    }
  }
  return null;
}

const placePreps = new Set([...L.at, ...L.to].flatMap(phraseWords).filter((w) => w.length > 1));
const placeNouns = new Set(L.place_nouns.flatMap(phraseWords));

/**
 * The place the body's first sentence sets its act in: a city or capital after ب or في (عقد الملك
 * جلسة مباحثات في قصره بالرياض), when every place so introduced there is in one state.
 */
function opening(doc: Document): Dateline | null {
  if (!doc.sentences.length || (doc.headline && doc.headline.sentence === 0)) return null;
  const t = doc.tokens;
  const placed = doc.mentions.filter((m) => m.sentence === 0 && (m.kind === 'City' || (m.kind === 'State' && m.via !== 'nisba')) && (() => {
    const tok = tokenAt(t, m.tokenStart);
    if (tok.prefixes.includes('ب')) return true;
    // Past a nisba between the place noun and the name (في العاصمة البحرينية المنامة).
    const nisba = doc.mentions.find((x) => x.sentence === 0 && x.kind === 'State' && x.via === 'nisba' && x.tokenEnd === m.tokenStart);
    const at = nisba ? nisba.tokenStart : m.tokenStart;
    const p1 = t[at - 1];
    const p2 = t[at - 2];
    return (!!p1 && p1.sentence === 0 && placePreps.has(p1.norm)) || (!!p1 && !!p2 && p2.sentence === 0 && placeNouns.has(p1.norm) && placePreps.has(p2.norm));
  })());
  const states = new Set(placed.map((m) => (m.kind === 'City' ? m.state : m.id)));
  const m = placed.find(isCity);
  if (!m || states.size !== 1 || states.has(null) || states.has(undefined as never)) return null;
  const state = m.kind === 'City' ? m.state! : m.id;
  return { sentence: 0, mention: m, state, city: m.kind === 'City' ? (m.name_ar ?? m.text) : null, end: 0, date: null };
}
