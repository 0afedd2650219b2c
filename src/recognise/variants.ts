/**
 * One Leader per person: the spellings of a transliterated name (كينياتا/كنياتا، ريغان/ريجان، عبد
 * الناصر/عبدالناصر) folded to one key, by the rules of data/gazetteer/name-variants.yaml. Input: an
 * Arabic name. Output: its key, and the id of the Leader it names: a listed leader whose full form
 * folds to the same key, else the slug of the key.
 */
import { z } from 'zod';
import { normaliseArabic } from '../normalise/arabic.ts';
import { tokenAt } from '../normalise/token-at.ts';
import { LEADERS, load, NAME_LINKS, slug } from './gazetteer.ts';
import { lazy } from '../data.ts';

const Variants = z.object({
  // [to, from, ...more from]
  letters: z.array(z.tuple([z.string().length(1), z.string().length(1)], z.string().length(1))),
  digraphs: z.record(z.string().min(2), z.string().min(1)),
  drop: z.array(z.string().length(1)),
  join_before_article: z.array(z.string().min(1)),
  medial_vowels: z.array(z.string().length(1)),
  vowel_min_length: z.number().int().min(3),
  keep_vowels: z.array(z.string().min(1)),
});
const V = load('name-variants.yaml', Variants);

const LETTER = new Map<string, string>();
for (const [to, ...from] of V.letters) for (const f of from) LETTER.set(normaliseArabic(f), normaliseArabic(to));
for (const d of V.drop) LETTER.set(d, '');
const DIGRAPHS = Object.entries(V.digraphs).map(([from, to]) => [normaliseArabic(from), normaliseArabic(to)] as const);
const JOIN = new Set(V.join_before_article.map(normaliseArabic));
const VOWELS = new Set(V.medial_vowels.map(normaliseArabic));
const KEEP = new Set(V.keep_vowels.map(normaliseArabic));

/** A name built the Arabic way: a link (بن، آل), a word with the article, or one written joined (عبدالناصر). */
const isArabicBuilt = (words: string[]): boolean =>
  words.some((w) => NAME_LINKS().has(w) || (w.startsWith('ال') && w.length > 3) || [...JOIN].some((j) => w.startsWith(j) && w.length > j.length + 1));

function foldWord(w: string, keepVowels: boolean): string {
  let s = w;
  for (const [from, to] of DIGRAPHS) s = s.split(from).join(to);
  s = [...s].map((c) => LETTER.get(c) ?? c).join('');
  s = s.replace(/(.)\1+/gu, '$1');
  if (keepVowels || s.length < V.vowel_min_length) return s;
  const inner = [...s.slice(1, -1)].filter((c) => !VOWELS.has(c)).join('');
  return s[0] + inner + s[s.length - 1];
}

/** The folded key of a name: names that differ only in transliteration share it. */
export function variantKey(name: string): string {
  const words = normaliseArabic(name).split(/[\s,]+/u).filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = tokenAt(words, i);
    const nx = words[i + 1];
    if (JOIN.has(w) && nx?.startsWith('ال')) { joined.push(w + nx); i++; } else joined.push(w);
  }
  const arabic = isArabicBuilt(words);
  return joined.map((w) => foldWord(w, arabic || KEEP.has(w))).join(' ');
}

/** Listed leaders by the key of each of their full Arabic forms; a key two leaders share names neither. */
const LISTED = new Map<string, string | null>();
for (const l of LEADERS()) {
  for (const form of l.ar) {
    const k = variantKey(form);
    const had = LISTED.get(k);
    LISTED.set(k, had === undefined || had === l.id ? l.id : null);
  }
}

/** The Leader id of a name found by a title pattern: a listed leader it is a spelling of, else its key's slug. */
export function leaderIdOf(name: string): string {
  const key = variantKey(name);
  return LISTED.get(key) ?? slug(key);
}

const PARTIAL_KEYS = new Map(LEADERS().map((l) => [l.id, new Set(l.key.map(normaliseArabic))]));

/**
 * Whether a leader's mention text spells their name (an alias worth keeping): two words or more and
 * not one of their listed partial forms. A surname alone (بوتين، سلمان) is a reference, not a
 * spelling: kept as an alias it would make a shared surname name one person.
 */
export function isSpelling(leaderId: string, text: string): boolean {
  const n = normaliseArabic(text).trim();
  return n.split(/\s+/u).length >= 2 && !PARTIAL_KEYS.get(leaderId)?.has(n);
}

/** Each listed leader's full forms, as the folded keys of their words (a word folds alone the same way wherever it stands). */
const FORM_WORDS = lazy(() => LEADERS().flatMap((l) => l.ar.map((f) => ({ id: l.id, words: normaliseArabic(f).split(/\s+/u).filter(Boolean).map((w) => variantKey(w)) }))));

/** Do `part`'s words stand in `whole` in order, either side by side or from its first word to its last (مولود … أوغلو)? */
function fragmentOf(part: string[], whole: string[]): boolean {
  if (part.length < 2 || part.length >= whole.length) return false;
  for (let s = 0; s + part.length <= whole.length; s++) if (part.every((w, k) => whole[s + k] === w)) return true;
  if (part[0] !== whole[0] || part.at(-1) !== whole.at(-1)) return false;
  let k = 0;
  for (const w of whole) if (w === part[k]) k++;
  return k === part.length;
}

/**
 * The listed leaders one of whose full forms holds an unlisted name as a fragment (عيسى آل خليفة of
 * حمد بن عيسى آل خليفة; مولود أوغلو of مولود جاويش أوغلو): a name of two words or more, its words in the
 * form's order, side by side or spanning the form from its first word to its last.
 */
export function listedHolding(name: string): string[] {
  const part = normaliseArabic(name).split(/[\s,]+/u).filter(Boolean).map((w) => variantKey(w));
  return [...new Set(FORM_WORDS().filter((f) => fragmentOf(part, f.words)).map((f) => f.id))];
}
