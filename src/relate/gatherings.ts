/**
 * Gatherings an article places (issue #14, attendance): a summit, conference, forum or workshop named by
 * its city (قمة الرياض، مؤتمر برلين) or told as held there (القمة التي عقدت في الرياض، المنعقدة بالعاصمة
 * الرواندية، التي استضافتها الرياض). A later «شارك في القمة فلان» refers back to the gathering of that
 * noun placed last, so its attendees were there. So does a gathering told as opening or closing its
 * proceedings there (اختتمت القمة العربية أعمالها في مدينة شرم الشيخ), and one held at a venue of a city
 * (التي عقدت في قصر الدرعية بالرياض). Words: data/lexicon/visits.yaml `gatherings`, `gathering_held`,
 * `gathering_proceedings`; how far the place may stand: `gathering_place` and `venue_city` in
 * data/patterns/visits.yaml windows.
 */
import type { Document, Mention } from '../model.ts';
import { tokenAt } from '../normalise/index.ts';
import { PhraseTable, datesLexicon, visitsLexicon as L } from './lexicon.ts';
import { isCity } from './dateline.ts';
import { sentenceWords } from './words.ts';

/**
 * A gathering's placement: its noun's key, sentence and word, the word its own clause hangs on (the held
 * verb, or the verb of a relative clause on it: مؤتمر برلين، الذي استضافته ميركل أمس), and the state and
 * city it was held in.
 */
export interface PlacedGathering { key: string; sentence: number; word: number; act: number; state: string; city: string | null }

const gatherings = new PhraseTable<true>().addAll(L.visit.gatherings, true);
const held = new PhraseTable<true>().addAll(L.visit.gathering_held, true);
const hosts = new PhraseTable<true>().addAll(L.visit.gathering_hosts, true);
const proceedings = new PhraseTable<true>().addAll(L.visit.gathering_proceedings, true);
const placeNouns = new PhraseTable<true>().addAll(L.place_nouns, true);
const atPreps = new PhraseTable<true>().addAll(L.at, true);
const relatives = new PhraseTable<true>(false).addAll(datesLexicon.relative_pronouns, true);

/** The verb of a relative clause on the gathering noun at k, within `window` words (قمة الرياض التي عقدت أمس), else k. */
const ownClause = (w: ReturnType<typeof sentenceWords>, k: number, window: number): number => {
  for (let j = k + 1; j < Math.min(w.length, k + 1 + window); j++) {
    if (w[j]!.norm === '.' || gatherings.matchAt(w, j)) break;
    const r = relatives.matchAt(w, j);
    if (r) return r.to;
  }
  return k;
};

const cache = new WeakMap<Document, PlacedGathering[]>();

/**
 * A gathering's place told before its noun (عقدت في هانوي أمس قمة؛ افتتحت بالرياض أمس أعمال المؤتمر؛
 * استضافت الرياض أمس مؤتمرا): the held verb right before في or a ب-prefixed place, or a hosting verb right
 * before a bare city; the place's noun and nisba (في العاصمة الصينية بكين، في مدينة شرم الشيخ المصرية);
 * then up to `window` words that name nothing (أمس، مساء اليوم) and the proceedings word (أعمال).
 */
function placedBefore(doc: Document, s: number, k: number, window: number): Omit<PlacedGathering, 'key'> | null {
  const w = sentenceWords(doc, s);
  const base = tokenAt(doc.sentences, s).tokenStart;
  const inSentence = doc.mentions.filter((m) => m.sentence === s);
  const mentionOver = (j: number): Mention | undefined => inSentence.find((m) => m.tokenStart <= base + j && base + j < m.tokenEnd);
  let j = k - 1;
  if (j >= 0 && proceedings.matchAt(w, j)?.to === k) j--;
  for (let n = 0; j >= 0 && n < window && !mentionOver(j) && w[j]!.norm !== ',' && w[j]!.norm !== '.' && !gatherings.matchAt(w, j); n++) j--;
  // في مدينة شرم الشيخ المصرية: the state's nisba after the city.
  const nisba = j >= 0 ? mentionOver(j) : undefined;
  if (nisba?.kind === 'State' && nisba.via === 'nisba') j = nisba.tokenStart - base - 1;
  const m = j >= 0 ? mentionOver(j) : undefined;
  if (!m || !isCity(m) || m.tokenEnd !== base + j + 1) return null;
  const state = m.kind === 'City' ? m.state ?? null : m.id;
  if (!state) return null;
  let a = m.tokenStart - base;
  // العاصمة الصينية، مدينة: the place noun and its nisba before the city.
  const pn = inSentence.find((x) => x.tokenEnd === base + a && x.kind === 'State' && x.via === 'nisba');
  if (pn) a = pn.tokenStart - base;
  for (let q = a - 1; q >= Math.max(0, a - 2); q--) if (placeNouns.matchAt(w, q)?.to === a) { a = q; break; }
  const prefixed = tokenAt(w, a).prefixes.includes('ب');
  const prep = !prefixed && a > 0 && atPreps.matchAt(w, a - 1)?.to === a ? a - 1 : a;
  const city = m.kind === 'City' ? (m.name_ar ?? m.text) : null;
  for (let v = Math.max(0, prep - 3); v < prep; v++) {
    if (prep < a || prefixed) { if (held.matchAt(w, v)?.to === prep) return { sentence: s, word: k, act: v, state, city }; }
    else if (hosts.matchAt(w, v)?.to === a) return { sentence: s, word: k, act: v, state, city };
  }
  return null;
}

/** A stem without the alif of the indefinite accusative (مؤتمرا: مؤتمر), so a noun's cases share one key. */
const keyOf = (stem: string): string => (stem.length > 3 && stem.endsWith('ا') ? stem.slice(0, -1) : stem);

/** The gathering noun's key (its stem: قمه for قمة، القمة، والقمة; مؤتمر for مؤتمرا، المؤتمر). */
export const gatheringKey = (doc: Document, sentence: number, k: number): string | null => {
  const w = sentenceWords(doc, sentence);
  return gatherings.matchAt(w, k) ? keyOf(tokenAt(w, k).stem) : null;
};

/** Every placement of a gathering in the article, in text order. */
export function placedGatherings(doc: Document, windows: { place: number; venue: number; before: number }): PlacedGathering[] {
  const windowWords = windows.place;
  const got = cache.get(doc);
  if (got) return got;
  const out: PlacedGathering[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const w = sentenceWords(doc, s);
    const base = tokenAt(doc.sentences, s).tokenStart;
    const mentionAt = (k: number): Mention | undefined => doc.mentions.find((m) => m.tokenStart === base + k);
    const stateOfPlace = (m: Mention): string | null => (m.kind === 'City' ? m.state ?? null : m.id);
    const cityOf = (m: Mention): string | null => (m.kind === 'City' ? (m.name_ar ?? m.text) : null);
    for (let k = 0; k < w.length; k++) {
      if (!gatherings.matchAt(w, k)) continue;
      const key = keyOf(tokenAt(w, k).stem);
      // قمة الرياض: the gathering named by its city (a state's name is often its topic: مؤتمر سوريا).
      const next = mentionAt(k + 1);
      if (next && isCity(next) && !tokenAt(w, k + 1).prefixes.some((p) => p === 'ب' || p === 'ل') && stateOfPlace(next)) {
        out.push({ key, sentence: s, word: k, act: ownClause(w, k, windowWords), state: stateOfPlace(next)!, city: cityOf(next) });
        continue;
      }
      // احتضنت شرم الشيخ مؤتمرا، بعد استضافة الرياض القمة: the hosting city named right before the noun.
      const host = doc.mentions.find((m) => m.sentence === s && m.tokenEnd === base + k && isCity(m));
      const hostAt = host ? host.tokenStart - base - 1 : -1;
      if (host && hostAt >= 0 && hosts.matchAt(w, hostAt)?.to === hostAt + 1 && stateOfPlace(host)) {
        out.push({ key, sentence: s, word: k, act: hostAt, state: stateOfPlace(host)!, city: cityOf(host) });
        continue;
      }
      // عقدت في هانوي أمس قمة، انطلقت في الرياض أمس أعمال المؤتمر، استضافت الرياض أمس مؤتمرا: the held or
      // hosting verb and its place before the noun, with words of time between.
      const front = placedBefore(doc, s, k, windows.before);
      if (front) { out.push({ key, ...front }); continue; }
      // عقدت القمة في هانوي: the held verb before its subject, the place after the noun and its adjectives.
      const before = [k - 1, k - 2].some((j) => j >= 0 && held.matchAt(w, j)?.to === k);
      // …التي عقدت في الرياض، المنعقدة بالعاصمة الرواندية، التي استضافتها الرياض.
      for (let j = k + 1; j < Math.min(w.length, k + 1 + windowWords); j++) {
        if (w[j]!.norm === '.' || (j > k + 1 && gatherings.matchAt(w, j))) break;
        const h = before && (atPreps.matchAt(w, j) || tokenAt(w, j).prefixes.includes('ب')) ? { to: j } : held.matchAt(w, j);
        if (!h) continue;
        let p = h.to;
        // اختتمت القمة التي … أعمالها في: the proceedings the verb opened or closed stand before the place.
        const pr = p < w.length ? proceedings.matchAt(w, p) : null;
        if (pr) p = pr.to;
        if (p < w.length && atPreps.matchAt(w, p)) p++;
        const prep = p > h.to || (p < w.length && tokenAt(w, p).prefixes.includes('ب'));
        // بالعاصمة الرواندية: a place noun and the state's nisba.
        if (prep && placeNouns.matchAt(w, p)) {
          const nisba = mentionAt(p + 1);
          if (nisba?.kind === 'State' && nisba.via === 'nisba') { out.push({ key, sentence: s, word: k, act: before ? k : j, state: nisba.id, city: null }); break; }
          p++;
          // في قصر الدرعية بالرياض: a venue's own name, then the city it stands in with ب.
          if (!mentionAt(p)) {
            for (let v = p + 1; v < Math.min(w.length, p + 1 + windows.venue); v++) {
              const c = mentionAt(v);
              if (w[v]!.norm === ',' || w[v]!.norm === '.') break;
              if (c && isCity(c) && tokenAt(w, v).prefixes.includes('ب')) { p = v; break; }
            }
          }
        }
        const m = mentionAt(p);
        // A bare place only as the subject of a hosting verb (استضافتها الرياض), never a nisba (استضافته المستشارة الألمانية).
        if (m && (isCity(m) || (prep && m.kind === 'State' && m.via !== 'nisba')) && stateOfPlace(m)) out.push({ key, sentence: s, word: k, act: before ? k : j, state: stateOfPlace(m)!, city: cityOf(m) });
        break;
      }
    }
  }
  cache.set(doc, out);
  return out;
}
