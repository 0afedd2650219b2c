/**
 * Discourse focus: which states and leaders a sentence can refer back to with البلدان، الطرفان،
 * الرئيسان، نظيره, a bare office or a dropped (pronoun) subject. Input: a Document's mentions in text
 * order. Output: a Focus that answers "the last two states/leaders before offset x" and resolves
 * office mentions to the leader last named for that state. Recency as in the centering-style
 * heuristics of Lappin & Leass, "An Algorithm for Pronominal Anaphora Resolution" (1994).
 */
import type { Document, EntityRef, Mention } from '../model.ts';
import { tokenAt } from '../normalise/index.ts';
import { discourseLexicon as L, PhraseTable, phraseWords } from './lexicon.ts';
import { OFFICES, SUBORDINATES } from '../recognise/gazetteer.ts';
import { leaderById, termsAt } from '../recognise/lookups.ts';
import { sentenceWords, type Word } from './words.ts';
import { keepShape } from '../shapes.ts';

export type RefKind = 'pair-states' | 'pair-parties' | 'pair-leaders' | 'counterpart' | 'office';

export const discourseRefs = new PhraseTable<RefKind>();
discourseRefs.addAll(L.pair_states, 'pair-states');
discourseRefs.addAll(L.pair_parties, 'pair-parties');
discourseRefs.addAll(L.pair_leaders, 'pair-leaders');
discourseRefs.addAll(L.counterpart, 'counterpart');
discourseRefs.addAll(L.offices, 'office');

/** Words that make a title a former holder's (السابق، الأسبق): meetings.ts reads them too. */
export const FORMER = new PhraseTable<true>().addAll(L.former, true);
/** Office id (offices.yaml) of each title phrase, normalised word by word (with the article, as written). */
const OFFICE_OF = new Map(OFFICES().flatMap((o) => o.ar.map((t) => [phraseWords(t).join(' '), o.id] as const)));
/** The office a title in words [from, to) names (ولي العهد → crown prince). */
export const titleOffice = (words: Word[], from: number, to: number): string | undefined => OFFICE_OF.get(words.slice(from, to).map((x) => x.norm).join(' '));
/** Is the title in words [from, to) the tail of a longer one (ولي العهد in ولي ولي العهد, the deputy crown prince)? */
export const inLongerTitle = (words: Word[], from: number, to: number): boolean => [1, 2].some((k) => from >= k && !!titleOffice(words, from - k, to));
/** Honorific pronoun stem (سموه) → the stems of the honorific nouns that style its referent (سمو، السمو). */
const HONORIFICS = new Map(Object.entries(L.honorifics).map(([p, nouns]) => [phraseWords(p).join(''), new Set(nouns.flatMap(phraseWords))] as const));
const HONORIFIC_NOUNS = new Set([...HONORIFICS.values()].flatMap((s) => [...s]));
/** How far before a name or title its honorific noun may stand (صاحب السمو الملكي الأمير محمد …). */
const STYLE_SPAN = 5;

/** A leader as relate uses it: the ref and the state it serves. */
export interface LeaderRef {
  ref: EntityRef;
  state: string | null;
  office: string | null;
}

/** The state a mention stands for (a state, a capital, a nisba, an office, a leader's or city's state). */
export function stateOf(m: Mention): string | null {
  if (m.kind === 'State') return m.id;
  if (m.kind === 'Leader' || m.kind === 'Office' || m.kind === 'City') return m.state ?? null;
  return null;
}

/** Does `leader` hold `office` (by the title he was named with, or a term the gazetteer gives him at `date`)? */
export function holds(leader: LeaderRef, office: string, date: string | null): boolean {
  if (!leader.office || leader.office === office) return true;
  const known = leaderById(leader.ref.id);
  return !!known && termsAt(known, date).some((t) => t[0] === office && (!leader.state || t[1] === leader.state));
}

function lastOf<T>(list: T[], ok: (x: T) => boolean): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) { const x = tokenAt(list, k); if (ok(x)) return x; }
  return undefined;
}

/**
 * Echoes: a leader referred back to without his name, by a specific bare title (ولي العهد، رئيس
 * الوزراء) or an honorific pronoun (سموه، فخامته). Arabic news names the visitor once and then
 * calls him «سمو ولي العهد» or «سموه»: the title means the holder of that office named last, the
 * pronoun the leader last styled with its honorific noun (صاحب السمو … محمد بن سلمان). Each echo is
 * a Leader mention on the title's or pronoun's words, so the states in focus (البلدان، الجانبان
 * during a visit: the visitor's and the host's) count the visitor where the text refers to him.
 */
function echoes(doc: Document, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  // Leaders in text order with the honorific nouns that style them; echoes join as they are found.
  const named: { m: Mention; styles: Set<string> }[] = [];
  const stylesBefore = (words: Word[], k: number): Set<string> =>
    new Set(words.slice(Math.max(0, k - STYLE_SPAN), k).map((w) => w.stem).filter((x) => HONORIFIC_NOUNS.has(x)));
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) { const list = bySentence.get(m.sentence); if (list) list.push(m); else bySentence.set(m.sentence, [m]); }
  for (const s of doc.sentences) {
    const ms = bySentence.get(s.index) ?? [];
    // Nothing echoes before the first leader is named: until then a sentence is not read word by word.
    if (!named.length && !ms.some((m) => m.kind === 'Leader')) continue;
    const words = sentenceWords(doc, s.index);
    const covered = (w: Word) => ms.some((m) => m.start <= w.start && w.start < m.end);
    const leaders = new Map<number, Mention>();
    for (const m of ms) if (m.kind === 'Leader' && !leaders.has(m.start)) leaders.set(m.start, m);
    const leaderAt = (w: Word) => leaders.get(w.start);
    const echo = (l: Mention, from: number, to: number): Mention => ({
      ...l, start: tokenAt(words, from).start, end: tokenAt(words, to - 1).end, tokenStart: tokenAt(words, from).token,
      tokenEnd: tokenAt(words, to - 1).token + 1, sentence: s.index, text: words.slice(from, to).map((w) => w.norm).join(' '),
    });
    for (let i = 0; i < words.length; i++) {
      const w = tokenAt(words, i);
      const lm = leaderAt(w);
      if (lm) { named.push({ m: lm, styles: stylesBefore(words, i) }); continue; }
      const nouns = HONORIFICS.get(w.stem);
      if (nouns && !covered(w)) {
        const held = lastOf(named, (x) => [...x.styles].some((n) => nouns.has(n)));
        if (held) { const e = echo(held.m, i, i + 1); out.push(e); named.push({ m: e, styles: held.styles }); }
        continue;
      }
      const hit = discourseRefs.matchAt(words, i);
      if (hit?.payload !== 'office' || hit.to - i < 2 || covered(w)) continue;
      const office = titleOffice(words, i, hit.to);
      // A title followed by a name (ولي العهد الأمير محمد) is that name's; a former or deputy's is not the
      // holder's, nor the tail of a longer title (ولي ولي العهد: the deputy crown prince).
      const person = (x: Word) => ms.some((m) => m.start <= x.start && x.start < m.end && (m.kind === 'Leader' || m.kind === 'Person' || m.kind === 'Office'));
      // A place right after a title without the article is its genitive (ولي عهد أبوظبي): the title's
      // state; after one with it (غادر ولي العهد القاهرة) it is the verb's object.
      const construct = !tokenAt(words, hit.to - 1).prefixes.includes('ال') && hit.to < words.length && covered(tokenAt(words, hit.to));
      if (!office || words.slice(hit.to, hit.to + 3).some(person) || construct || FORMER.matchAt(words, hit.to)
        || (i > 0 && SUBORDINATES().has(tokenAt(words, i - 1).stem)) || inLongerTitle(words, i, hit.to)) continue;
      const held = lastOf(named, (x) => holds(leaderRef(x.m), office, doc.article.published));
      if (held) {
        const e = { ...echo(held.m, i, hit.to), office };
        out.push(e);
        named.push({ m: e, styles: new Set([...held.styles, ...stylesBefore(words, i)]) });
      }
      i = hit.to - 1;
    }
  }
  return out;
}

export class Focus {
  /** Mentions sorted by start offset. */
  private readonly mentions: Mention[];
  /**
   * The same with the echoes of leaders referred back to by title or honorific: the states in focus
   * count them. (The leader in focus does not: a bare title is as often an object, وجّه ولي العهد
   * بـ…, whose holder is then no dropped subject.)
   */
  private readonly echoed: Mention[];
  /** Echoes by start offset. */
  private readonly echoAt = new Map<number, Mention>();

  /** Starts of mentions whose first word carries the conjunction و (the second of a pair). */
  private readonly joined = new Set<number>();

  constructor(doc: Document) {
    this.mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
    for (const m of this.mentions) if (doc.tokens[m.tokenStart]?.prefixes.includes('و')) this.joined.add(m.start);
    const found = echoes(doc, this.mentions);
    for (const e of found) this.echoAt.set(e.start, e);
    this.echoed = [...this.mentions, ...found].sort((a, b) => a.start - b.start);
    keepShape(this);
  }

  /** The leader a bare title or honorific pronoun starting at `offset` refers back to, and where it ends. */
  echo(offset: number): { leader: LeaderRef; end: number } | null {
    const e = this.echoAt.get(offset);
    return e ? { leader: leaderRef(e), end: e.end } : null;
  }

  /** Distinct states referenced before `offset`, most recent first (at most `n`). */
  statesBefore(offset: number, n: number, minOffset = 0): string[] {
    const out: string[] = [];
    for (let i = this.lastIndexBefore(offset, this.echoed); i >= 0 && out.length < n; i--) {
      const m = tokenAt(this.echoed, i);
      if (m.start < minOffset) break;
      const s = stateOf(m);
      if (s && (m.kind !== 'City' || m.via === 'capital') && !out.includes(s)) out.push(s);
    }
    return out;
  }

  /**
   * The two states last named as a pair, joined by و with nothing between (رحبت السعودية والولايات
   * المتحدة، بين الرئيس الأميركي والسوداني), at or after `minOffset` and before `offset`, in text order.
   * A nisba of a people or a thing (القوات السودانية) names no side of such a pair.
   */
  pairBefore(offset: number, minOffset: number): [string, string] | null {
    const sides = this.mentions.filter((m) => m.start >= minOffset && m.start < offset
      && ((m.kind === 'State' && m.via !== 'nisba') || m.kind === 'Leader' || m.kind === 'Office'));
    for (let i = sides.length - 1; i > 0; i--) {
      const b = tokenAt(sides, i);
      if (!this.joined.has(b.start)) continue;
      // The side just before b: the mention ending on the word before it.
      const a = sides.slice(0, i).reverse().find((m) => m.tokenEnd === b.tokenStart);
      const [sa, sb] = [a && stateOf(a), stateOf(b)];
      if (sa && sb && sa !== sb) return [sa, sb];
    }
    return null;
  }

  /** Distinct leaders named before `offset`, most recent first (at most `n`). */
  leadersBefore(offset: number, n: number, minOffset = 0): LeaderRef[] {
    const out: LeaderRef[] = [];
    for (let i = this.lastIndexBefore(offset); i >= 0 && out.length < n; i--) {
      const m = tokenAt(this.mentions, i);
      if (m.start < minOffset) break;
      if (m.kind === 'Leader' && !out.some((l) => l.ref.id === m.id)) out.push(leaderRef(m));
    }
    return out;
  }

  /** The leader last named before `offset` who serves `state` (and holds `office`, when given). */
  leaderOf(state: string, offset: number, office?: string | null): LeaderRef | null {
    for (let i = this.lastIndexBefore(offset); i >= 0; i--) {
      const m = tokenAt(this.mentions, i);
      if (m.kind !== 'Leader' || m.state !== state) continue;
      if (!office || !m.office || m.office === office) return leaderRef(m);
    }
    return null;
  }

  /** The first leader named in the article who serves `state` (and holds `office`): whom a headline's bare office means. */
  firstLeaderOf(state: string, office?: string | null): LeaderRef | null {
    for (const m of this.mentions) {
      if (m.kind !== 'Leader' || m.state !== state) continue;
      if (!office || !m.office || m.office === office) return leaderRef(m);
    }
    return null;
  }

  private lastIndexBefore(offset: number, list: Mention[] = this.mentions): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokenAt(list, mid).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

export const leaderRef = (m: Mention): LeaderRef => ({ ref: { label: 'Leader', id: m.id }, state: m.state ?? null, office: m.office ?? null });
