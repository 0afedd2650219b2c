/**
 * What every relation rule reads about one sentence: its words, the mentions placed on those words,
 * its dates, the discourse focus, and helpers to find arguments (subjects, "with" parties,
 * destinations) and to build evidence and dates. Input: a Document and a sentence index.
 * Output: a SentenceContext.
 */
import { dateSpan, type Document, type EntityRef, type Evidence, type Mention, type Sentence } from '../model.ts';
import { type DateExpr, factDate, findDates, hasBeforeNow, hasMonthName, addDays, yearBefore } from './dates.ts';
import { discourseRefs, Focus, FORMER, holds, inLongerTitle, type LeaderRef, leaderRef, type RefKind, stateOf, titleOffice } from './discourse.ts';
import { datesLexicon, discourseLexicon, PhraseTable, phraseWords, visitsLexicon } from './lexicon.ts';
import { NAME_LINKS, OFFICES, SUBORDINATES } from '../recognise/gazetteer.ts';
import { leaderById, officeHolders, termsAt } from '../recognise/lookups.ts';
import { isHeadline, tokenAt } from '../normalise/index.ts';
import { clauseAround, isBreak, sentenceWords, type Word } from './words.ts';
import { keepShape } from '../shapes.ts';

/** One argument of a relation: a state/body/organisation, and the leader behind it when there is one. */
export interface Arg {
  /** The party: a State, UNBody or Organization ref (null when only a leader without a state is known). */
  party: EntityRef | null;
  leader: LeaderRef | null;
  /** Word index where the argument was found, and how. */
  word: number;
  via: 'mention' | 'office' | RefKind | 'actor' | 'focus';
  mention?: Mention;
}

/** Prepositions that make a following mention a place or an oblique, not a subject. */
const OBLIQUE = new PhraseTable<true>().addAll(discourseLexicon.oblique_preps, true);
/** «كل من»: the من of "each of" is partitive, not an oblique preposition. */
const PARTITIVE = new PhraseTable<true>().addAll(discourseLexicon.partitive_leads, true);
export { FORMER };
const STATE_TITLES = new PhraseTable<true>().addAll(discourseLexicon.state_titles, true);
const PLACE_NOUNS = new PhraseTable<true>().addAll(visitsLexicon.place_nouns, true);
/**
 * Title words (visits.yaml `titles`) and the gazetteer's office phrases (offices.yaml), longest first: a
 * title chain before a name is read phrase by phrase (رئيس مجلس الوزراء، ولي ولي العهد، خادم الحرمين
 * الشريفين), so a word that is only part of an office (مجلس) does not end it. Not a counterpart (نظيره),
 * which names someone else. Every reader of a title chain uses this table and CHAIN_JOINERS.
 */
export const TITLES = new PhraseTable<true>().addAll(visitsLexicon.titles, true)
  .addAll(OFFICES().filter((o) => o.id !== 'counterpart').flatMap((o) => o.ar), true);
/** Words that keep a chain of titles going (visits.yaml title_adjectives): a deputy's rank, a state's official name, a council. */
export const CHAIN_JOINERS = new PhraseTable<true>().addAll(visitsLexicon.title_adjectives, true);
/** How many words a chain of titles before a named party may hold: data/lexicon/discourse.yaml. */
const MAX_TITLE_CHAIN = discourseLexicon.max_title_chain_words;
/**
 * Body sentences that make the lead: the first reports the day's event; the second often still
 * tells it (its place, its talks) after a dateline sentence.
 */
export const LEAD_SENTENCES = 2;
/** Is sentence n of the article's lead: its headline or one of its first LEAD_SENTENCES body sentences? */
export const isLeadSentence = (doc: Document, n: number): boolean => n < LEAD_SENTENCES || isHeadline(doc, n);

/**
 * A dateline's day (نيويورك 1 تشرين الأول (بترا) - …): a date among a sentence's first words with the
 * dash that ends the dateline after it. It dates the filing, not what the sentence tells.
 */
const isDatelineDate = (words: Word[], d: DateExpr): boolean => d.from < 4 && words.slice(d.to, d.to + 5).some((x) => x.norm === '-');

const NEWS_DAY_SPAN = 7;
/** Is `date` in the week up to the published day, where a lead's day may date the day's news? */
export const inNewsWeek = (date: string, published: string): boolean => date <= published && date >= addDays(published, -NEWS_DAY_SPAN);
const newsDays = new WeakMap<Document, string>();
/**
 * The day of the article's news: the first day its lead (first body sentence) gives, past its
 * dateline, when that day lies in the week up to the published date (جرى أمس الأربعاء توقيع…); else
 * the published date. An act of the day's story told undated further down is of that day, which
 * the paper prints the day after (أمس).
 */
export function newsDay(doc: Document, published: string): string {
  const known = newsDays.get(doc);
  if (known) return known;
  let day = published;
  const lead = doc.sentences.find((s) => !isHeadline(doc, s.index));
  if (lead) {
    const words = sentenceWords(doc, lead.index);
    const d = findDates(words, published).find((x) => x.precision === 'day' && x.date && !x.future && !isDatelineDate(words, x));
    if (d?.date && inNewsWeek(d.date, published)) day = d.date;
  }
  newsDays.set(doc, day);
  return day;
}
/** Prepositions of place (في، إلى) that put someone in a state or city named after them. */
const PLACE_PREPS = new Set([...visitsLexicon.at, ...visitsLexicon.to].flatMap(phraseWords).filter((x) => x.length > 1));
const HEADLINE_PLACE_PREPS = new Set([...PLACE_PREPS, ...visitsLexicon.headline_from.flatMap(phraseWords)]);
const KIND_RANK: Record<Mention['kind'], number> = { Leader: 6, Office: 5, UNBody: 4, Organization: 3, State: 2, City: 1, Person: 0 };

/** What dateFor needs to refuse the article's day past the lead: the act's tense, its leaders and place. */
export interface LeadCheck { present: boolean; who: string[]; where: string | null }

/** Date rules told from the writer's day (أمس، اليوم، الأحد): they date the report's own clause. */
const DEICTIC: ReadonlySet<string> = new Set(['relative', 'weekday']);
const relatives = new PhraseTable<true>(false).addAll(datesLexicon.relative_pronouns, true);
const innerResumptives = new PhraseTable<true>(false).addAll(datesLexicon.inner_resumptives, true);
const sinceWords = new PhraseTable<true>(false).addAll(datesLexicon.since_words, true);
const whenLeads = new PhraseTable<true>(false).addAll(datesLexicon.when_leads, true);
const sequelEvents = new PhraseTable<true>(false).addAll(datesLexicon.sequel_events, true);
/** Does a relative pronoun open the clause of word k before it (… التي جرت في 11 يوليو)? */
function relativeBefore(words: Word[], k: number): boolean {
  const [a] = clauseAround(words, k);
  for (let j = a; j < k; j++) if (relatives.matchAt(words, j, k)) return true;
  return false;
}

export class SentenceContext {
  readonly words: Word[];
  /** For each word, the preferred mention starting there (Leader over Office over State…). */
  readonly mentionAt: (Mention | null)[];
  /** Words covered by a mention that starts earlier (so a nisba inside a leader's title is not a second argument). */
  readonly covered: boolean[];
  /** The sentence's dates, read on first use: most sentences the gate lets in reach no finder that asks. */
  get dates(): DateExpr[] {
    return (this.datesRead ??= findDates(this.words, this.published));
  }
  private datesRead: DateExpr[] | undefined;
  readonly published: string | null;
  /** Is this sentence the article's title (headline grammar: the present tense reports the past)? */
  readonly headline: boolean;
  /** City mentions by the word they start at (a city may also be tagged as its state). */
  private readonly cities = new Map<number, Mention>();

  constructor(readonly doc: Document, readonly index: number, readonly focus: Focus, sentenceMentions: Mention[]) {
    const s = tokenAt(doc.sentences, index);
    this.words = sentenceWords(doc, index);
    this.published = doc.article.published;
    this.headline = isHeadline(doc, index);
    this.mentionAt = new Array(this.words.length).fill(null);
    this.covered = new Array(this.words.length).fill(false);
    for (const m of sentenceMentions) {
      const w = m.tokenStart - s.tokenStart;
      if (w < 0 || w >= this.words.length) continue;
      if (m.kind === 'City') this.cities.set(w, m);
      const cur = this.mentionAt[w];
      if (!cur || KIND_RANK[m.kind] > KIND_RANK[cur.kind] || (m.kind === cur.kind && m.tokenEnd > cur.tokenEnd)) this.mentionAt[w] = m;
    }
    let coverEnd = -1;
    for (let w = 0; w < this.words.length; w++) {
      if (w < coverEnd) this.covered[w] = true;
      const m = this.mentionAt[w];
      if (m && !this.covered[w]) coverEnd = Math.max(coverEnd, m.tokenEnd - s.tokenStart);
    }
    keepShape(this);
  }

  get sentence(): Sentence { return tokenAt(this.doc.sentences, this.index); }

  /** Is this sentence the headline or among the first LEAD_SENTENCES of the body? */
  get inLead(): boolean { return this.headline || this.index < LEAD_SENTENCES; }

  /**
   * Does one lead sentence name one of these leaders and put someone in the place (في فيتنام، إلى
   * هانوي، بالرياض)? Then the article is about that trip, and an undated act of it further down is
   * the day's (the lead may tell the trip without a visit word: تلقى بوتين التحية في فيتنام). A place
   * merely named beside him (the state he spoke of) is not enough.
   */
  leadNames(who: string[], where: string | null): boolean {
    if (!where || !who.length) return false;
    const t = this.doc.tokens;
    const placed = (m: Mention) => {
      const tok = tokenAt(t, m.tokenStart);
      if (tok.prefixes.includes('ب') || tok.prefixes.includes('ل')) return true;
      // A headline speaks from the place it names (الجبير من موسكو: …).
      const preps = isHeadline(this.doc, m.sentence) ? HEADLINE_PLACE_PREPS : PLACE_PREPS;
      return [1, 2, 3].some((k) => {
        const p = t[m.tokenStart - k];
        return !!p && p.sentence === m.sentence && preps.has(p.norm);
      });
    };
    const lead = this.doc.sentences.filter((s) => isLeadSentence(this.doc, s.index)).map((s) => s.index);
    return lead.some((n) => {
      const ms = this.doc.mentions.filter((m) => m.sentence === n);
      return ms.some((m) => m.kind === 'Leader' && who.includes(m.id))
        && ms.some((m) => ((m.kind === 'State' && m.via !== 'nisba' && m.id === where) || (m.kind === 'City' && m.state === where)) && placed(m));
    });
  }

  clause(i: number): [number, number] { return clauseAround(this.words, i); }

  /** The mention starting at word i, unless it sits inside a longer one. */
  mention(i: number): Mention | null {
    return this.covered[i] ? null : (this.mentionAt[i] ?? null);
  }

  /** The city named at word i, if any (وصل إلى هانوي، غادر جدة), else a capital's name as written. */
  cityName(i: number, m: Mention): string | null {
    const city = m.kind === 'City' ? m : this.cities.get(i);
    if (city) return city.name_ar ?? city.text;
    return m.via === 'capital' ? m.text : null;
  }

  /** Word index just after the mention starting at i (or i + 1). */
  after(i: number): number {
    const m = this.mention(i);
    return m ? m.tokenEnd - this.sentence.tokenStart : i + 1;
  }

  /**
   * Past the rest of a leader's name his mention left out, from word k: a chain of name links and the
   * names they join (الملك سلمان بن عبدالعزيز، الشيخ تميم بن حمد آل ثاني، بن عبد العزيز). A link with a
   * prefix (وبن) or a mention after it ends the name.
   */
  pastName(k: number): number {
    const w = this.words;
    const link = (j: number): boolean => j < w.length && !this.mention(j) && !tokenAt(w, j).prefixes.length && NAME_LINKS().has(tokenAt(w, j).stem);
    for (let j = k; link(j);) {
      while (link(j)) j++;
      const t = j < w.length ? tokenAt(w, j) : null;
      if (!t || this.mention(j) || isBreak(t) || !/\p{L}/u.test(t.norm) || t.prefixes.some((p) => p !== 'ال')) return k;
      k = j = j + 1;
    }
    return k;
  }

  /** True when word i is introduced by a preposition (في روسيا، لبوتين، مع كوريا). */
  isOblique(i: number): boolean {
    const w = tokenAt(this.words, i);
    if (w.prefixes.includes('ب') || w.prefixes.includes('ل') || w.prefixes.includes('ك')) return true;
    // «كل من X»: X stands where كل stands (subject after وقعت كل من، oblique after عن كل من).
    if (i > 1 && PARTITIVE.matchAt(this.words, i - 2, i) !== null) return this.isOblique(i - 2);
    if (i > 0 && OBLIQUE.matchAt(this.words, i - 1) !== null) return true;
    // إلى الأمين العام للأمم المتحدة بان كي مون: the preposition stands before the title the name follows.
    // (Only a preposition word: a ل glued to the title may open an invitee, دعوة لخادم الحرمين الملك سلمان لزيارة.)
    for (let j = i - 1; j >= Math.max(1, i - 6); j--) {
      const title = this.mentionAt[j];
      if (!title || !(title.kind === 'UNBody' || title.kind === 'Office' || title.via === 'title') || title.tokenEnd - this.sentence.tokenStart !== i) continue;
      if (OBLIQUE.matchAt(this.words, j - 1) === null) return false;
      // المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا: a preposition right after a title is the
      // title's own complement (the post "to the UN"), not the name's: the name is oblique when the title is.
      const head = this.titleStart(j - 1);
      return head === null || this.isOblique(head);
    }
    // في مدينة نيويورك، إلى العاصمة روما: a place noun between the preposition and the name.
    return i > 1 && PLACE_NOUNS.matchAt(this.words, i - 1) !== null && OBLIQUE.matchAt(this.words, i - 2) !== null;
  }

  /** Does a former-holder word (السابق، الأسبق) stand right after this mention? */
  formerAfter(m: Mention): boolean {
    const end = m.tokenEnd - this.sentence.tokenStart;
    return end < this.words.length && FORMER.matchAt(this.words, end) !== null;
  }

  /**
   * A bare counterpart (نظيره المصري, no name after it) as a leader: the one listed holder, at the article's
   * date, in the nisba's state of the office of the leader named last before it in its sentence (his office
   * as named, else his gazetteer term then). Null: not a bare counterpart, no such leader, his own state, or
   * none or several holders. A meeting's partner only (meetings.ts): elsewhere the state is what is read.
   */
  counterpartHeld(a: Arg, nameWithin: number): LeaderRef | null {
    // (One counterpart: نظيره، نظيرته; نظرائه الخليجيين are several.)
    if (a.via !== 'counterpart' || a.leader || a.party?.label !== 'State' || !this.published || !/^نظير(ه|ته)$/.test(tokenAt(this.words, a.word).stem)) return null;
    const state = a.party.id;
    const base0 = this.sentence.tokenStart;
    // (A name after his titles, نظيره القطري الدكتور خالد العطية, is read as it stands.)
    if (this.doc.mentions.some((x) => x.sentence === this.index && x.kind === 'Leader' && x.tokenStart - base0 > a.word && x.tokenStart - base0 <= a.word + nameWithin)) return null;
    const own = this.focus.leadersBefore(tokenAt(this.words, a.word).start, 1, this.sentence.start)[0];
    if (!own || !own.state || own.state === state) return null;
    const known = leaderById(own.ref.id);
    const office = own.office ?? (known ? termsAt(known, this.published)[0]?.[0] : undefined);
    const holders = office ? officeHolders(state, office, this.published) : [];
    return holders.length === 1 ? { ref: { label: 'Leader', id: holders[0]!.id }, state, office: office ?? null } : null;
  }

  /** The argument a mention gives: a leader's state, an office's leader in focus, a state, a body. */
  argFromMention(m: Mention, i: number): Arg | null {
    if (m.kind === 'Leader') {
      const l = leaderRef(m);
      return { party: l.state ? { label: 'State', id: l.state } : null, leader: l, word: i, via: 'mention', mention: m };
    }
    if (m.kind === 'Office') {
      const st = m.state ?? null;
      // الرئيس الأمريكي الأسبق: a former holder, not the leader now in office.
      if (this.formerAfter(m)) return { party: st ? { label: 'State', id: st } : null, leader: null, word: i, via: 'office', mention: m };
      // A headline stands after the body here but sums up its lead: its bare office is the first such leader named.
      const l = !st ? null : this.headline ? this.focus.firstLeaderOf(st, m.office) : this.focus.leaderOf(st, m.start, m.office);
      return { party: st ? { label: 'State', id: st } : null, leader: l, word: i, via: 'office', mention: m };
    }
    if (m.kind === 'UNBody') return { party: { label: 'UNBody', id: m.id }, leader: null, word: i, via: 'mention', mention: m };
    if (m.kind === 'Organization') return { party: { label: 'Organization', id: m.id }, leader: null, word: i, via: 'mention', mention: m };
    const st = stateOf(m);
    if (m.kind === 'State' || m.kind === 'City') return st ? { party: { label: 'State', id: st }, leader: null, word: i, via: 'mention', mention: m } : null;
    return null;
  }

  /** Another sentence of the same article, read with the same discourse focus. */
  sentenceAt(index: number): SentenceContext {
    return new SentenceContext(this.doc, index, this.focus, this.doc.mentions.filter((m) => m.sentence === index));
  }

  /** Discourse reference at word i (البلدان، الرئيسان، نظيره، a bare office): its arguments and end. */
  refAt(i: number): { args: Arg[]; to: number; kind: RefKind } | null {
    const hit = discourseRefs.matchAt(this.words, i);
    const at = tokenAt(this.words, i).start;
    if (!hit) {
      // An honorific pronoun (توجه سموه، أقيمت لسموه): the leader last styled with its honorific noun.
      const echo = this.headline || this.mention(i) ? null : this.focus.echo(at);
      return echo ? { args: [{ party: echo.leader.state ? { label: 'State', id: echo.leader.state } : null, leader: echo.leader, word: i, via: 'office' }], to: i + 1, kind: 'office' } : null;
    }
    const kind = hit.payload;
    const stateArgs = (states: string[], via: RefKind): Arg[] =>
      states.map((s) => ({ party: { label: 'State', id: s }, leader: this.focus.leaderOf(s, at), word: i, via }));
    const leaderArgs = (ls: LeaderRef[], via: RefKind): Arg[] =>
      ls.map((l) => ({ party: l.state ? { label: 'State', id: l.state } : null, leader: l, word: i, via }));
    if (kind === 'pair-states' || kind === 'pair-parties') {
      // "الجانبان العراقي والكويتي": the two sides named by the nisbas right after.
      const named = this.statesRightAfter(hit.to);
      if (named.states.length === 2) return { args: stateArgs(named.states, kind), to: named.to, kind };
    }
    if (kind === 'pair-states') {
      // البلدان refers back to two states the text has named as a pair (X وY), in this sentence or the
      // one before, rather than to whatever two were named last, when one of those is of the pair and
      // the other a third state named in passing (رحبت السعودية والولايات المتحدة بتوقيع ممثلي القوات
      // السودانية في جدة…). Two other states named since (زار الملك بكين…) are the pair meant.
      const since = this.index > 0 ? tokenAt(this.doc.sentences, this.index - 1).start : this.sentence.start;
      const last = this.focus.statesBefore(at, 2).reverse();
      const pair = this.focus.pairBefore(at, since);
      const shared = pair ? last.filter((st) => pair.includes(st)).length : 0;
      return { args: stateArgs(pair && shared === 1 ? pair : last, kind), to: hit.to, kind };
    }
    if (kind === 'pair-parties') {
      // Two leaders of two states named earlier in this sentence are the parties; else the two states in focus.
      const ls = this.focus.leadersBefore(at, 2, this.sentence.start);
      const [first, second] = ls;
      if (ls.length === 2 && first?.state && second?.state && first.state !== second.state) return { args: leaderArgs(ls.reverse(), kind), to: hit.to, kind };
      // Unlike البلدان, الطرفان may be any two sides (two tribes, a firm and a ministry): it names two
      // states only when they stand near it, in this sentence or the one before, as بينهما does.
      const since = this.index > 0 ? tokenAt(this.doc.sentences, this.index - 1).start : this.sentence.start;
      const near = this.focus.statesBefore(at, 2, since);
      return near.length === 2 ? { args: stateArgs(near.reverse(), kind), to: hit.to, kind } : null;
    }
    if (kind === 'pair-leaders') {
      // "زعيمي روسيا وكوريا الشمالية": the leaders of the states named right after.
      const named = this.statesRightAfter(hit.to);
      if (named.states.length === 2) {
        const args = named.states.map((s) => ({ party: { label: 'State', id: s } as EntityRef, leader: this.focus.leaderOf(s, at), word: i, via: kind }));
        return { args, to: named.to, kind };
      }
      const ls = this.focus.leadersBefore(at, 2);
      return ls.length === 2 ? { args: leaderArgs(ls.reverse(), kind), to: hit.to, kind } : null;
    }
    if (kind === 'counterpart') {
      // نظيره الكوري الشمالي كيم جونغ أون / نظيره الروسي: the named leader, or the leader in focus of that state.
      for (let j = hit.to; j < Math.min(hit.to + 3, this.words.length); j++) {
        const m = this.mention(j);
        if (!m) continue;
        // The nisba is the counterpart's state; his name, when it follows, is the counterpart himself.
        const k = this.after(j);
        const named = m.kind === 'State' && m.via === 'nisba' && k < this.words.length ? this.mention(k) : null;
        if (named?.kind === 'Leader' && named.state === m.id) return { args: [{ ...this.argFromMention(named, i)!, via: kind }], to: this.after(k), kind };
        const arg = this.argFromMention(m, i);
        if (arg) return { args: [{ ...arg, via: kind }], to: k, kind };
      }
      return null;
    }
    // A bare office (الرئيس) with no name and no state: the leader last named. An office followed
    // within three words by a name (وزير الخارجية الأستاذ عادل الجبير) is that name's title.
    if (this.mention(i)) return null;
    // A specific title that echoes a leader named earlier (غادر ولي العهد القاهرة): him.
    const echo = this.headline ? null : this.focus.echo(at);
    if (echo) return { args: leaderArgs([echo.leader], kind), to: hit.to, kind };
    for (let k = hit.to; k < Math.min(this.words.length, hit.to + 3); k++) if (this.mention(k)) return null;
    // Not the office's holder: a former one (الرئيس السابق للائتلاف), a deputy or aide (نائب الرئيس،
    // نائب مستشار الأمن), or a one-word title without its article, which heads a construct naming
    // what it presides over (رئيس حزب القوات، مستشار الأمن الوطني).
    if (FORMER.matchAt(this.words, hit.to) || (i > 0 && SUBORDINATES().has(tokenAt(this.words, i - 1).stem)) || inLongerTitle(this.words, i, hit.to)
      || (hit.to - i === 1 && !tokenAt(this.words, i).prefixes.includes('ال'))) return null;
    // A specific office said is the office held: "ولي العهد" is the crown prince just named, not whoever
    // came last. (A one-word title, الرئيس or الملك, may head any phrase: its office is not read.)
    const office = hit.to - i > 1 ? titleOffice(this.words, i, hit.to) : undefined;
    // A leader holds the office he was titled with or one the gazetteer gives him (محمد بن سلمان titled
    // وزير الدفاع is also ولي العهد); past the three last named, the office's holder named last.
    const l = this.headline ? undefined
      : (office ? this.focus.leadersBefore(at, 3).find((x) => holds(x, office, this.published)) ?? this.focus.echo(at)?.leader : this.focus.leadersBefore(at, 1)[0]);
    return l ? { args: leaderArgs([l], kind), to: hit.to, kind } : null;
  }

  private statesRightAfter(j: number): { states: string[]; to: number } {
    const states: string[] = [];
    let k = j;
    while (k < this.words.length && states.length < 2) {
      const m = this.mention(k);
      const s = m ? stateOf(m) : null;
      if (!m || !s) break;
      states.push(s);
      k = this.after(k);
    }
    return { states, to: k };
  }

  /**
   * Arguments (mentions and references) in words [from, to), left to right. Obliques (في روسيا) are
   * left out unless asked for, and so are bare nisba adjectives (مدينة نيويورك الأميركية), which
   * qualify a noun rather than name a party.
   */
  argsIn(from: number, to: number, opts: { obliques?: boolean } = {}): Arg[] {
    const out: Arg[] = [];
    for (let i = from; i < to; i++) {
      const ref = this.refAt(i);
      if (ref && (opts.obliques || !this.isOblique(i) || ref.kind.startsWith('pair'))) { out.push(...ref.args); i = ref.to - 1; continue; }
      const m = this.mention(i);
      if (!m) continue;
      if ((!opts.obliques && this.isOblique(i)) || (m.kind === 'State' && m.via === 'nisba' && !opts.obliques && !this.afterTitle(i))) { i = this.after(i) - 1; continue; }
      const a = this.argFromMention(m, i);
      if (a) out.push(a);
      i = this.after(i) - 1;
    }
    return out;
  }

  /**
   * The first word of a title ending right before word k (المندوب الدائم، السفير الأمريكي: title words and
   * a nisba after one), else null.
   */
  private titleStart(k: number): number | null {
    let s = k;
    while (s > 0) {
      const m = this.mentionAt[s - 1];
      if (TITLES.matchAt(this.words, s - 1, s) !== null) s--;
      else if (m?.kind === 'State' && m.via === 'nisba' && this.afterTitle(s - 1)) s--;
      else break;
    }
    return s < k && TITLES.matchAt(this.words, s, s + 1) !== null ? s : null;
  }

  /** Does a title stand one or two words before word i (وزير الطاقة السعودي)? Its nisba names the official's state. */
  private afterTitle(i: number): boolean {
    return (i > 0 && TITLES.matchAt(this.words, i - 1, i) !== null) || (i > 1 && TITLES.matchAt(this.words, i - 2, i - 1) !== null);
  }

  /**
   * Arguments introduced by one of `preps` (مع كوريا الشمالية، بين روسيا والصين) in [from, to), with
   * the mentions coordinated to them by و (partyRun).
   */
  argsAfterPrep(preps: PhraseTable<true>, from: number, to: number, distributive?: PhraseTable<true>, opts: { titled?: boolean; untitledAfter?: PhraseTable<true> } = {}): Arg[] & { distributive?: boolean } {
    const out: Arg[] & { distributive?: boolean } = [];
    for (let i = from; i < to; i++) {
      const p = preps.matchAt(this.words, i, to);
      if (!p) continue;
      let j = p.to;
      const each = distributive && j < to ? distributive.matchAt(this.words, j, to) : null;
      if (each) { j = each.to; out.distributive = true; }
      // `untitledAfter`: a preposition governed by one of these nouns, one or two words back (محادثة
      // هاتفية بين …), names that noun's sides: its titled leaders are not read as parties.
      const governed = !!opts.untitledAfter && [i - 1, i - 2].some((k) => k >= 0 && opts.untitledAfter!.matchAt(this.words, k, k + 1) !== null);
      const run = this.partyRun(j, to, governed ? { ...opts, titled: false } : opts);
      out.push(...run.args);
      i = run.to - 1;
    }
    return out;
  }

  /**
   * The start of the clause a subject before word `ca` (a clause's first word) may be taken from: past
   * a leader's name set off by commas after his title (والمستشارة الألمانية، أنجيلا ميركل، قد وقعتا),
   * which is an apposition inside the subject, not a clause of its own. `ca` when none ends there.
   */
  subjectClauseStart(ca: number): number {
    const w = this.words;
    for (;;) {
      if (ca < 3 || w[ca - 1]?.norm !== ',') return ca;
      // The opening comma, a few words back, with a leader's mention and his name's rest between.
      let open = -1;
      for (let k = ca - 2; k >= Math.max(1, ca - 8); k--) if (w[k]?.norm === ',') { open = k; break; }
      const m = open > 0 ? this.mention(open + 1) : null;
      if (!m || m.kind !== 'Leader' || this.nameTailEnd(this.after(open + 1), ca) !== ca - 1) return ca;
      // The word before it: a nisba or an office, the end of his title (المستشارة الألمانية، وزير الخارجية السعودي).
      const before = this.mentionAt[open - 1];
      if (!before || !((before.kind === 'State' && before.via === 'nisba') || before.kind === 'Office')) return ca;
      ca = this.clause(open - 1)[0];
    }
  }

  /** Where the rest of a leader's name from word j ends (pastName), within [j, to]. */
  nameTailEnd(j: number, to: number): number {
    return Math.min(to, this.pastName(j));
  }

  /**
   * The parties coordinated by و from word j within [j, to) (روسيا والصين، و جمهورية النيجر): their
   * arguments and the word after the last. With `titled`, a party may be named with its title chain
   * (والرئيس الفرنسي فرانسوا هولاند), an apposition set off by commas (وزير الخارجية السعودي، عادل
   * الجبير،), whose commas do not end the run, or the rest of a ruler's name (بن عبدالعزيز آل سعود).
   */
  partyRun(j: number, to: number, opts: { titled?: boolean } = {}): { args: Arg[]; to: number } {
    const out: Arg[] = [];
    for (let n = 0; j < to && n < 6; n++) {
      // "جمهورية النيجر" where only النيجر is the mention.
      if (!this.mention(j)) { const t = STATE_TITLES.matchAt(this.words, j, to); if (t && t.to < to && this.mention(t.to)) j = t.to; }
      // A leader's title chain (ورئيس مجلس الوزراء العراقي حيدر العبادي): read at the mention it leads to.
      const titled = this.mention(j) || !opts.titled ? -1 : this.titleChainEnd(j, to);
      if (titled >= 0) j = titled;
      const ref = titled >= 0 ? null : this.refAt(j);
      if (ref) { out.push(...ref.args); j = ref.to; }
      else {
        const m = this.mention(j);
        if (!m) break;
        let a = this.argFromMention(m, j);
        j = this.after(j);
        // The state a title names: a nisba (عن الجانب السعودي وزير المالية <name>, the side's signer past
        // his title), and with `titled` a title's own state (خادم الحرمين الشريفين، رئيس جمهورية مصر
        // العربية) or an office (وزير الخارجية السعودي): the leader named after it is the party.
        const titleState = m.kind === 'State' && (m.via === 'nisba' || (opts.titled && (m.via === 'title' || titled >= 0))) ? m.id
          : m.kind === 'Office' && opts.titled ? m.state ?? null : null;
        const apposed = opts.titled && titleState !== null && this.words[j]?.norm === ',' && this.mention(j + 1)?.kind === 'Leader' ? this.leaderOfStateAfter(j + 1, j + 2, titleState) : null;
        const closed = !!apposed && this.words[apposed.to]?.norm === ',';
        const signer = closed ? { ...apposed, to: apposed.to + 1 } : titleState !== null ? this.leaderOfStateAfter(j, Math.min(to, j + 5), titleState) : null;
        if (signer) { a = signer.arg; j = signer.to; }
        if (closed && j < this.words.length) to = Math.max(to, clauseAround(this.words, j)[1]);
        if (opts.titled && (m.kind === 'Leader' || signer)) j = this.nameTailEnd(j, to);
        if (a) out.push(a);
      }
      // Coordination: و glued to the next word, or written apart (و جمهورية النيجر).
      if (j < to - 1 && tokenAt(this.words, j).norm === 'و') j++;
      else if (j >= to || !tokenAt(this.words, j).prefixes.includes('و')) break;
    }
    return { args: out, to: j };
  }


  /**
   * Where a chain of titles from word j (TITLES joined by CHAIN_JOINERS) reaches a named leader within [j, to): his mention's word, or that of his
   * state's nisba or name before his name; else -1 (a bare office, الرئيس الأمريكي, is no leader).
   * Only a title may open the chain, and only titles and joiners may stand in it.
   */
  private titleChainEnd(j: number, to: number): number {
    if (!TITLES.matchAt(this.words, j, to)) return -1;
    for (let k = j; k < to && k - j <= MAX_TITLE_CHAIN;) {
      const m = this.mention(k);
      // The chain titles a named leader: his mention, or his state's (by nisba or name) with his name after it.
      if (!m) { const t = TITLES.matchAt(this.words, k, to) ?? CHAIN_JOINERS.matchAt(this.words, k, to); if (!t) return -1; k = t.to; continue; }
      if (m.kind === 'Leader') return k;
      // His name may follow as an apposition set off by a comma (المستشارة الألمانية، أنجيلا ميركل).
      const e = this.after(k);
      const named = m.kind === 'State' && (this.leaderOfStateAfter(e, Math.min(to, e + 5), m.id)
        || (this.words[e]?.norm === ',' && this.mention(e + 1)?.kind === 'Leader' && this.leaderOfStateAfter(e + 1, e + 2, m.id)));
      return named ? k : -1;
    }
    return -1;
  }

  /** A leader of `state` named in words [from, to) before any other mention. */
  private leaderOfStateAfter(from: number, to: number, state: string): { arg: Arg; to: number } | null {
    for (let k = from; k < to; k++) {
      const m = this.mention(k);
      if (!m) continue;
      if (m.kind !== 'Leader' || m.state !== state) return null;
      const arg = this.argFromMention(m, k);
      return arg ? { arg, to: this.after(k) } : null;
    }
    return null;
  }

  /** The sentence's actor: the first subject-like leader (or state, unless leadersOnly) outside [skipFrom, skipTo). */
  actor(skipFrom: number, skipTo: number, leadersOnly = false): Arg | null {
    for (let i = 0; i < this.words.length; i++) {
      if (i >= skipFrom && i < skipTo) { i = skipTo - 1; continue; }
      const m = this.mention(i);
      if (!m || this.isOblique(i)) continue;
      if (m.kind !== 'Leader' && m.kind !== 'Office' && (leadersOnly || !(m.kind === 'State' && m.via !== 'nisba'))) continue;
      const a = this.argFromMention(m, i);
      if (a) return { ...a, via: 'actor' };
    }
    return null;
  }

  /** The leader in focus before word i (a dropped subject). */
  focusLeader(i: number): Arg | null {
    // The leader in focus after the whole body is no subject of the headline.
    if (this.headline) return null;
    const [l] = this.focus.leadersBefore(tokenAt(this.words, i).start, 1);
    return l ? { party: l.state ? { label: 'State', id: l.state } : null, leader: l, word: i, via: 'focus' } : null;
  }

  /**
   * The date of an act at word i: an event offset just before it (بعد يوم من توقيع), else the
   * nearest day in its clause, else in its sentence, else the published date when the act is
   * reported as done and nothing puts it earlier (كان، مؤخرا). With `leadOnly`, the published date
   * dates only the lead (the headline and the first body sentences, where news reports the day's
   * event) or an act the caller finds told in the present: further down, an undated act is as often a
   * past one recalled in passing (زيارة بوتين للرياض) as the day's. With `since`, a date after a
   * since-word and its own event (منذ تسلمه مهامه في فبراير) is that event's (visits only: a veto "for
   * the fourth time since" is counted from it). With `ownRelative`, a relative clause right after the act's
   * noun is the act's own. With `until`, a date from that word on is another act's (an onward leg's).
   * Returns the date and the rule.
   */
  dateFor(i: number, done: boolean, leadOnly?: LeadCheck, opts: { since?: boolean; ownRelative?: boolean; until?: number } = {}): { date: string | null; rule: string } {
    const [a, b] = this.clause(i);
    const ev = this.dates.find((d) => d.rule === 'event-offset' && d.to <= i && i - d.to <= 1);
    // A done act dated by a day and month that fall after the article happened a year earlier (an
    // article of 16 March: "وفي 5 أبريل وقع" is 5 April of the year before).
    // A dateline (نيويورك 1 تشرين الأول (بترا) - …) dates the filing, not the act, when the sentence dates the act itself.
    const dateline = (d: DateExpr) => d.precision === 'day' && isDatelineDate(this.words, d);
    const own = this.dates.filter((d) => !dateline(d));
    const days = (own.some((d) => d.precision === 'day' && d.date) ? own : this.dates)
      .filter((d) => d.precision === 'day' && d.date && (done ? !d.future || yearBefore(d) : true))
      .map((d) => (done && d.future ? { ...d, date: yearBefore(d), future: false } : d));
    const near = (list: DateExpr[]) => list.sort((x, y) => Math.abs(x.from - i) - Math.abs(y.from - i))[0];
    if (ev) {
      // The offset counts from the day of the clause the event phrase hangs on: a day outside the
      // event's clause, or a deictic day in it (قال غداة لقائه في ماليزيا أمس: أمس is the saying, told
      // from the writer's day; the event phrase names no day of its own by أمس or a weekday).
      // A relative clause after the event (بعد يومين من زيارة كارتر الذي أكد خلال زيارته الخميس) tells of
      // the event itself: its day is not the report's.
      const deictic = (d: DateExpr) => DEICTIC.has(d.rule) && !(d.from > i && relatives.scan(this.words, i + 1, d.from).length > 0);
      const anchor = near(days.filter((d) => d.from >= b || d.to <= a || deictic(d))) ?? null;
      const base = anchor?.date ?? this.published;
      return base ? { date: addDays(base, ev.eventOffset!), rule: 'event-offset' } : { date: null, rule: 'none' };
    }
    // A date after a relative pronoun that follows the act dates the relative clause (اتفاقات جنيف التي
    // أنهت الحرب التي اندلعت في 19 ديسمبر), not the act.
    // With `ownRelative`, a relative right after the act's noun describes the act itself (المباحثات التي
    // أجراها … أمس): its date is the act's before any other of the clause, unless a further relative
    // opens another clause.
    const own0 = opts.ownRelative && i + 1 < b ? relatives.matchAt(this.words, i + 1, b) : null;
    const from = own0 ? own0.to : i + 1;
    const nested = (d: DateExpr) => d.from > i && ((opts.until !== undefined && d.from >= opts.until) || relatives.scan(this.words, from, d.from).length > 0
      || this.insideAct(i, d) || (!!opts.since && this.sinceEvent(i, d)));
    const inClauseFrom = (start: number) => near(days.filter((d) => d.from >= start && d.to <= b && !nested(d)));
    const inClause = (own0 ? inClauseFrom(own0.to) : null) ?? inClauseFrom(a);
    if (inClause) return { date: inClause.date, rule: inClause.rule };
    // A clause that dates itself by a month or a year (الشهر الماضي، مطلع يونيو، عام 2015) takes that
    // month or year, never a day.
    const vague = this.partialDate(a, b, done, i, nested);
    if (vague) return vague;
    // A date fronted before the clause and set off by a comma or dash (في عام 1999، توصلت …؛ 1954 -
    // توقيع …) is the clause's own, as is the year that opens a history line (1940 - …: … تبرم).
    const fronted = this.dates.find((d) => d.to <= a && this.words.slice(d.to, a).every(isBreak) && d.from - clauseAround(this.words, d.from)[0] <= 2)
      ?? this.dates.find((d) => d.from === 0 && d.rule === 'year' && this.words[1]?.norm === '-');
    const ahead = fronted ? this.ownDate(fronted, done) : null;
    if (ahead) return ahead;
    // A clause a when-word opens right after the comma that closes a date (منذ فبراير 2011، حين أسقطت …)
    // tells what happened at that date.
    const then = a > 0 && whenLeads.matchAt(this.words, a, b) ? this.dates.find((d) => d.to < a && this.words.slice(d.to, a).every(isBreak)) : undefined;
    const when = then ? this.ownDate(then, done) : null;
    if (when) return when;
    // One it dates vaguely past that (قبل أيام), or by a month the grammar did not read, is not dated
    // by another clause nor by the article.
    // (A since-date starts the period the act ends, منذ عام 2012: it says nothing of the act's day.)
    if (own.some((d) => d.from >= a && d.to <= b && !(opts.since && d.from > i && sinceWords.scan(this.words, i + 1, d.from).length > 0)) || (hasMonthName(this.words, a, b) && !this.dates.some((d) => dateline(d) && d.from >= a && d.to <= b))) return { date: null, rule: 'none' };
    // An act a since-word opens (منذ لقاء بوتين وكيري في سوتشي، وأعلنت الحكومة يوم الخميس …) began a
    // period the rest of the sentence goes on in: another clause's day is not its, nor the article's.
    if (sinceWords.scan(this.words, Math.max(a, i - 2), i).some((m) => m.to === i || m.to === i - 1)) return { date: null, rule: 'none' };
    // A day inside another clause's relative clause (العملية التي جرت في 11 يوليو) is that clause's.
    const inSentence = near(days.filter((d) => !relativeBefore(this.words, d.from)));
    if (inSentence) return { date: inSentence.date, rule: inSentence.rule };
    // An appended related article (parent set) has no date of its own: the page's date is only an
    // upper bound, so its undated acts stay undated.
    if (leadOnly && !leadOnly.present && !this.inLead && !this.leadNames(leadOnly.who, leadOnly.where)) return { date: null, rule: 'past-lead' };
    if (done && this.published && !this.doc.article.parent && !hasBeforeNow(this.words) && !this.dates.some((d) => d.precision !== 'day' && d.rule !== 'event-offset')) {
      return { date: newsDay(this.doc, this.published), rule: 'published' };
    }
    return { date: null, rule: 'none' };
  }

  /** Is date d, after the event at word i, an act's told inside it (في زيارة لمصر يشارك خلالها … غدا)? */
  insideAct(i: number, d: DateExpr): boolean {
    return d.from > i && innerResumptives.scan(this.words, i + 1, d.from).length > 0;
  }

  /**
   * Is date d, after the act at word i, the date of an event a since-word opens between them (أول زيارة
   * له منذ تسلمه مهامه في فبراير)? A since-word right before the date (منذ فبراير) opens no event.
   */
  sinceEvent(i: number, d: DateExpr): boolean {
    // A month or year right after it (أول زيارة منذ عام 2012) starts the period the act ends: never its date.
    return sinceWords.scan(this.words, i + 1, d.from).some((m) => m.to < d.from || d.precision !== 'day')
      // بعد لقاء عقده … يوم الإثنين: the date is the other event's, told after its noun.
      || sequelEvents.scan(this.words, i + 1, d.from).length > 0;
  }

  /**
   * The month or year (YYYY-MM, YYYY) a date expression in words [a, b) gives the act at word i, the
   * expression nearest it: a done act takes none ahead of the article, a planned act none behind it.
   */
  partialDate(a: number, b: number, done: boolean, i = a, skip: (d: DateExpr) => boolean = () => false): { date: string; rule: string } | null {
    for (const d of [...this.dates].sort((x, y) => Math.abs(x.from - i) - Math.abs(y.from - i))) {
      if (d.precision === 'day' || d.from < a || d.to > b || skip(d)) continue;
      const own = this.ownDate(d, done);
      if (own) return own;
    }
    return null;
  }

  /**
   * A date set off by a comma right after word `at` (a visit's destination: زيارة لافروف لأديس أبابا، في
   * سبتمبر 2014), maybe past one of `leads` (في، خلال): the date it gives the act, or null. With
   * `comma` false the comma may be missing (ثم السنغال عام 2013).
   */
  appendedDate(at: number, done: boolean, leads: PhraseTable<true>, comma = true): { date: string; rule: string } | null {
    let k = at;
    const set = k < this.words.length && tokenAt(this.words, k).norm === ',';
    if (comma && !set) return null;
    if (set) k++;
    const lead = k < this.words.length ? leads.matchAt(this.words, k) : null;
    if (lead) k = lead.to;
    const d = this.dates.find((x) => x.from === k);
    return d ? this.ownDate(d, done) : null;
  }

  /** The date one expression gives a done or planned act, at its precision; null when it cannot be the act's. */
  private ownDate(d: DateExpr, done: boolean): { date: string; rule: string } | null {
    const pub = this.published;
    // A span still to come (بعد أسبوع) dates only a planned act: a done one counts from its story's time.
    if (d.rule === 'event-offset' || (d.rule === 'after' && done)) return null;
    if (d.precision === 'day') {
      if (!d.date) return null;
      if (!done || !d.future) return { date: d.date, rule: d.rule };
      const before = yearBefore(d);
      return before ? { date: before, rule: d.rule } : null;
    }
    const date = factDate(d, !done, pub);
    if (!date) return null;
    const [first, last] = dateSpan(date);
    if (pub && (done ? first > pub : last < pub)) return null;
    return { date, rule: d.rule };
  }

  /** Evidence for an act found in words [from, to): the span in the original text and the sentence. */
  evidence(from: number, to: number, rule: string, confidence: number): Evidence {
    const a = Math.max(0, from);
    const b = Math.min(this.words.length, Math.max(to, a + 1));
    return {
      article: this.doc.article.id, sentence: this.index, start: tokenAt(this.words, a).start, end: tokenAt(this.words, b - 1).end,
      text: this.sentence.text, rule, confidence,
    };
  }

  isBreakAt(i: number): boolean { return isBreak(tokenAt(this.words, i)); }
}
