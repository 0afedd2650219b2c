/**
 * Search keys for the view page's search box: Arabic and English names folded so that a user's
 * spelling finds the node whatever the article's spelling. Runs in the browser and in Node.
 * Input: a name or a query. Output: its key, and a ranked match over an index of keys.
 */

// Arabic folding as in light-stemming IR practice (Larkey, Ballesteros & Connell 2002, "Improving
// stemming for Arabic information retrieval", SIGIR): drop diacritics and tatweel, unify alef forms
// (أ إ آ ٱ → ا), final ya (ى → ي) and ta marbuta (ة → ه).
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ALEFS = /[\u0622\u0623\u0625\u0671]/g;
// Latin: strip accents after canonical decomposition (Tô Lâm → to lam), fold case and punctuation.
const COMBINING = /[\u0300-\u036f]/g;
const PUNCT = /[\s\-_'’`.,:;()«»"]+/g;

export function searchKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(DIACRITICS, '')
    .replace(ALEFS, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(PUNCT, ' ')
    .trim();
}

export interface SearchEntry {
  /** Index of the node in the page's node list. */
  node: number;
  /** Search keys of every name the node has (Arabic, English, id, aliases). */
  keys: string[];
  /** Larger ranks first among equally good matches (the page uses the node's degree). */
  weight: number;
}

/**
 * Rank entries against a query: a whole-name match beats a name that starts with the query, which
 * beats a word inside a name starting with it, which beats a match anywhere; ties go to weight.
 */
export function searchIndex(entries: readonly SearchEntry[], query: string, limit = 20): number[] {
  const q = searchKey(query);
  if (!q) return [];
  const hits: { node: number; score: number; weight: number }[] = [];
  for (const e of entries) {
    let best = 0;
    for (const k of e.keys) {
      const at = k.indexOf(q);
      if (at < 0) continue;
      const score = k === q ? 4 : at === 0 ? 3 : k[at - 1] === ' ' ? 2 : 1;
      if (score > best) best = score;
    }
    if (best) hits.push({ node: e.node, score: best, weight: e.weight });
  }
  hits.sort((a, b) => b.score - a.score || b.weight - a.weight || a.node - b.node);
  return hits.slice(0, limit).map((h) => h.node);
}
