/**
 * The pattern engine: compiles a relation's pattern file (data/patterns/<relation>.yaml, see
 * schema.ts) into matchers over a SentenceContext's words and mentions, and runs them. A pattern is a
 * sequence of elements around one anchor element: the anchor is looked up first, the elements before
 * it are matched leftwards (nearest first, as a reader looks back from the veto noun to its verb) and
 * those after it rightwards. Between any two elements, and inside gaps, the adjunct classes the file
 * names (time phrases, place phrases, comma- or dash-enclosed insertions, parentheses, title chains)
 * are skipped and never counted toward a gap's size.
 * Input: a PatternFile, the relation's lexicon, its named predicates. Output: Match[] per sentence.
 */
import { lazy, loadData } from '../../data.ts';
import type { MentionKind } from '../../model.ts';
import { tokenAt } from '../../normalise/index.ts';
import type { Arg, SentenceContext } from '../context.ts';
import { PhraseTable, visitsLexicon, WordShapes } from '../lexicon.ts';
import { isBreak } from '../words.ts';
import { AdjunctWords, type Element, type EntityKind, type Pattern, PatternFile, type TokenTest } from './schema.ts';

/** A slot's words: its span, the ordinary words inside it (adjuncts left out) and the alternative that matched. */
export interface Slot { from: number; to: number; segments: [number, number][]; label: string | null; token: boolean }
export interface Match { pattern: Pattern; anchor: number; slots: Map<string, Slot> }

/** A token predicate the component implements (isPresent, purpose ل…), named from the data. */
export type Predicate = (ctx: SentenceContext, i: number) => boolean;
/** A condition on a whole match (modality, the Council in context), named from the data. */
export type Condition = (ctx: SentenceContext, m: Match) => boolean;
/** Supplies a slot's arguments the words do not give (a dropped subject). */
export type Filler = (ctx: SentenceContext, m: Match) => Arg[];

export interface Hooks { predicates?: Record<string, Predicate>; conditions?: Record<string, Condition>; fillers?: Record<string, Filler> }

const KIND: Record<Exclude<EntityKind, 'DATE'>, MentionKind> = { STATE: 'State', LEADER: 'Leader', OFFICE: 'Office', BODY: 'UNBody', ORG: 'Organization', CITY: 'City' };
const PLACE_KINDS = new Set<MentionKind>(['City', 'State', 'UNBody', 'Organization']);
const PARTY_KINDS = new Set<MentionKind>(['Leader', 'Office', 'State', 'UNBody', 'Organization']);
/** The longest phrase a class may hold, so a leftward match can look for the phrase's first word. */
const MAX_PHRASE = 5;

interface CompiledTest { test: TokenTest; table: PhraseTable<true> | null; kinds: Set<MentionKind> | null; date: boolean }
/**
 * `firsts`: when every alternative is a word list, the words one of them may start with; a word with
 * none of these keys matches no alternative, so testAt rejects it with Set lookups alone (most words
 * of a sentence start no anchor, and predicates can cost more than the lookup).
 */
interface CompiledElement { el: Element; alts: CompiledTest[]; firsts: ReadonlySet<string> | null; firstShapes: WordShapes }

export class CompiledPatterns {
  readonly file: PatternFile;
  private readonly compiled = new Map<Pattern | string, CompiledElement[]>();

  /** `source`: the file's name, for errors (visits.yaml). */
  constructor(file: PatternFile, private readonly lexicon: unknown, private readonly hooks: Hooks = {}, private readonly source = 'patterns') {
    this.file = file;
    for (const p of file.patterns) {
      if (p.elements.filter((e) => e.anchor).length !== 1) throw new Error(`pattern ${p.id}: exactly one anchor element`);
      this.compiled.set(p, p.elements.map((e) => this.element(e)));
      p.reject_after.forEach((r, i) => this.compiled.set(`${p.id}#${i}`, r.elements.map((e) => this.element(e))));
      for (const c of p.reject) if (!hooks.conditions?.[c]) throw new Error(`pattern ${p.id}: no condition named ${c}`);
      for (const f of Object.values(p.fill)) if (!hooks.fillers?.[f]) throw new Error(`pattern ${p.id}: no filler named ${f}`);
    }
    for (const [name, els] of Object.entries(file.sequences)) this.compiled.set(`seq:${name}`, els.map((e) => this.element(e)));
    this.indexAnchors();
    for (const p of file.patterns) {
      const els = this.compiled.get(p)!;
      const k = els.findIndex((e) => e.el.anchor);
      this.parts.set(p, { anchor: els[k]!, before: els.slice(0, k), after: els.slice(k + 1) });
    }
    for (const group of new Set(file.patterns.map((p) => p.group))) {
      const patterns = file.patterns.filter((p) => p.group === group);
      const bits = new Int32Array(this.W);
      for (const q of patterns) { const b = this.bitOf.get(q)!; bits[b.w]! |= b.m; }
      this.groups.push({ group, patterns, bits });
    }
  }

  /** Each pattern's anchor element and the elements before and after it, split once. */
  private readonly parts = new Map<Pattern, { anchor: CompiledElement; before: CompiledElement[]; after: CompiledElement[] }>();
  /**
   * The file's groups in file order, each with its patterns (file order) and their bits: a group none
   * of whose bits is set at any word of a sentence has no candidate anchor there.
   */
  private readonly groups: { group: string; patterns: Pattern[]; bits: Int32Array }[] = [];

  /**
   * Anchor first word → bit i for each pattern i whose anchor may start with it; `anyWord`: the bits
   * of patterns whose anchor is no word list (a mention, a date), tried at every word. With these, a
   * sentence's candidate anchors cost one Set probe per key per word, not one per pattern. Bits come
   * in words of 32 (`W` per sentence word): a file of more patterns (visits.yaml has 40) still tries
   * each anchor only where its words stand, not at every word.
   */
  private readonly anchorBits = new Map<string, Int32Array>();
  /** The shapes of anchorBits' words: most words are turned down before the Map (see WordShapes). */
  private readonly anchorShapes = new WordShapes();
  private W = 1;
  private anyWord = new Int32Array(1);
  private readonly candidates = new WeakMap<SentenceContext, Int32Array>();

  /** Each pattern's bit: its word in a row of `W` (index >> 5) and its mask there (1 << index % 32). */
  private readonly bitOf = new Map<Pattern, { w: number; m: number }>();

  private indexAnchors(): void {
    this.W = Math.max(1, Math.ceil(this.file.patterns.length / 32));
    this.anyWord = new Int32Array(this.W);
    this.file.patterns.forEach((p, i) => {
      const bit = { w: i >> 5, m: 1 << (i & 31) };
      this.bitOf.set(p, bit);
      const { firsts } = this.anchorOf(p);
      if (!firsts) { this.anyWord[bit.w]! |= bit.m; return; }
      for (const w of firsts) {
        let row = this.anchorBits.get(w);
        if (!row) this.anchorBits.set(w, (row = new Int32Array(this.W)));
        row[bit.w]! |= bit.m;
        this.anchorShapes.add(w);
      }
    });
  }

  /** For each word of the sentence, the bits of the patterns whose anchor may start there (`W` per word). */
  private candidatesOf(ctx: SentenceContext): Int32Array {
    let c = this.candidates.get(ctx);
    if (c) return c;
    const W = this.W;
    c = new Int32Array(ctx.words.length * W);
    for (let i = 0; i < ctx.words.length; i++) {
      for (let w = 0; w < W; w++) c[i * W + w] = this.anyWord[w]!;
      for (const k of tokenAt(ctx.words, i).keys) {
        if (!this.anchorShapes.may(k)) continue;
        const row = this.anchorBits.get(k);
        if (row) for (let w = 0; w < W; w++) c[i * W + w]! |= row[w]!;
      }
    }
    this.candidates.set(ctx, c);
    return c;
  }

  /** A search distance of the finder, from the file's `windows`, by name; a name it lacks is a bug. */
  window(name: string): number {
    const n = this.file.windows[name];
    if (n === undefined) throw new Error(`${this.source}: no window named ${name}`);
    return n;
  }

  /**
   * Every word a pattern's anchor may start with: the relate stage's sentence gate. `title`: the
   * anchors of the title-only patterns instead, which gate the title alone.
   */
  anchors(title = false): Set<string> {
    const out = new Set<string>();
    for (const p of this.file.patterns) if (p.title_only === title) for (const alt of this.anchorOf(p).alts) if (alt.table) for (const a of alt.table.anchors) out.add(a);
    return out;
  }

  private anchorOf(p: Pattern): CompiledElement {
    const els = this.compiled.get(p)!;
    return els.find((e) => e.el.anchor)!;
  }

  private element(el: Element): CompiledElement {
    const { any, gap, edge, slot, optional, repeat, anchor, ...own } = el;
    const tests = any ?? (gap || edge ? [] : [own]);
    const alts = tests.map((t) => this.test(t));
    const tables = alts.map((a) => a.table);
    const firsts = tables.length && tables.every((t) => t !== null) ? new Set(tables.flatMap((t) => [...t!.firstWords])) : null;
    const firstShapes = new WordShapes();
    for (const w of firsts ?? []) firstShapes.add(w);
    return { el, alts, firsts, firstShapes };
  }

  private test(t: TokenTest): CompiledTest {
    for (const n of [t.is, t.is_not]) if (n && !this.hooks.predicates?.[n]) throw new Error(`no predicate named ${n}`);
    const words = [...(t.words ?? []), ...(t.class ? this.classWords(t.class) : [])];
    const kinds = t.kind?.filter((k): k is Exclude<EntityKind, 'DATE'> => k !== 'DATE').map((k) => KIND[k]);
    return { test: t, table: words.length ? new PhraseTable<true>().addAll(words, true) : null, kinds: kinds?.length ? new Set(kinds) : null, date: !!t.kind?.includes('DATE') };
  }

  private classWords(path: string): string[] {
    let v: unknown = this.lexicon;
    for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    // A list of word groups ({words, number}: agreement nouns by number) is the union of their words.
    if (Array.isArray(v) && v.every((x) => x && typeof x === 'object' && Array.isArray((x as { words?: unknown }).words))) v = v.flatMap((x) => (x as { words: unknown[] }).words);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error(`${this.file.relation}: no word list ${path} in ${this.file.lexicon}`);
    return v;
  }

  /**
   * The matches in one sentence: for each anchor, the patterns of its group in file order; the first
   * that matches decides it, unless a reject condition voids it (then no pattern reads that anchor).
   */
  run(ctx: SentenceContext, only?: string): Match[] {
    const out: Match[] = [];
    const decided = new Set<string>();
    const lastEnd = new Map<string, number>();
    // Adjunct spans are read only once an anchor is found: most sentences the gate lets in hold none.
    let adjuncts: Adjuncts | null = null;
    const cand = this.candidatesOf(ctx);
    const W = this.W;
    const n = ctx.words.length;
    const present = new Int32Array(W);
    for (let i = 0; i < cand.length; i++) present[i % W]! |= cand[i]!;
    for (const { group, patterns, bits } of this.groups) {
      // `only`: one group's matches (a component that needs one construction at a time).
      if (only !== undefined && group !== only) continue;
      let any = 0;
      for (let w = 0; w < W; w++) any |= present[w]! & bits[w]!;
      if (!any) continue;
      const hits = new Map<number, number>();
      for (const p of patterns) {
        const anchor = this.parts.get(p)!.anchor;
        const { w, m } = this.bitOf.get(p)!;
        if (!(present[w]! & m) || (p.title_only && !ctx.headline)) continue;
        // A word an earlier pattern of the group anchors at keeps that pattern's reading.
        for (let i = 0; i < n; i++) {
          if (!(cand[i * W + w]! & m) || hits.has(i)) continue;
          const to = this.testAt(ctx, anchor, i);
          if (to !== null) hits.set(i, to);
        }
      }
      if (!hits.size) continue;
      const A = (adjuncts ??= adjunctsOf(ctx, this.file.adjuncts));
      for (const [at, to] of [...hits].sort((a, b) => a[0] - b[0])) {
        // A second name of the same thing right after the first (حق النقض "الفيتو") is no new anchor.
        const prev = lastEnd.get(group);
        lastEnd.set(group, to);
        const merge = this.file.merge_anchors_within;
        if (prev !== undefined && merge !== null && at - prev >= 0 && at - prev <= merge) continue;
        const key = `${group}:${at}`;
        for (const p of patterns) {
          if (decided.has(key)) break;
          const m = this.matchAt(ctx, A, p, at);
          if (!m) continue;
          decided.add(key);
          if (p.reject.some((c) => this.hooks.conditions![c]!(ctx, m))) break;
          if (p.reject_after.some((r, i) => { const s = m.slots.get(r.slot); return !!s && this.forward(ctx, A, this.compiled.get(`${p.id}#${i}`)!, 0, s.to, new Map()); })) break;
          out.push(m);
        }
      }
    }
    return out.sort((a, b) => a.anchor - b.anchor);
  }

  /**
   * The first word at or after `p` that no adjunct covers: where a verb's arguments begin once the
   * time phrases, places and insertions after it are passed. An adjunct holding a word `keep` wants
   * (the agreement noun itself) is not skipped.
   */
  pastAdjuncts(ctx: SentenceContext, p: number, keep: (k: number) => boolean = () => false): number {
    const A = adjunctsOf(ctx, this.file.adjuncts);
    for (let q = A.fwd.get(p); q !== undefined; q = A.fwd.get(p)) {
      for (let k = p; k < q; k++) if (keep(k)) return p;
      if (A.party.has(p)) return p;
      p = q;
    }
    return p;
  }

  /** Does the named sequence end right before word `at` (leftwards, nearest first)? */
  sequenceBefore(ctx: SentenceContext, name: string, at: number): boolean {
    const els = this.compiled.get(`seq:${name}`);
    if (!els) throw new Error(`${this.file.relation}: no sequence named ${name}`);
    return this.backward(ctx, adjunctsOf(ctx, this.file.adjuncts), els, els.length - 1, at, new Map());
  }

  /**
   * Arguments in a slot's ordinary words. A gap's obliques and bare nisbas are left out (في روسيا is
   * no subject); a token element asked for its mention kind, so a nisba there is the party (الفيتو الروسي).
   */
  argsOf(ctx: SentenceContext, m: Match, slot: string): Arg[] {
    const s = m.slots.get(slot);
    if (!s) return [];
    const own = s.segments.flatMap(([a, b]) => ctx.argsIn(a, b, { obliques: s.token }));
    if (own.length || !m.pattern.fill[slot]) return own;
    return this.hooks.fillers![m.pattern.fill[slot]!]!(ctx, m);
  }

  private matchAt(ctx: SentenceContext, A: Adjuncts, p: Pattern, at: number): Match | null {
    const { anchor, before, after } = this.parts.get(p)!;
    const to = this.testAt(ctx, anchor, at);
    if (to === null) return null;
    const slots = new Map<string, Slot>();
    if (anchor.el.slot) slots.set(anchor.el.slot, { from: at, to, segments: [[at, to]], label: this.labelAt(ctx, anchor, at), token: true });
    if (!this.backward(ctx, A, before, before.length - 1, at, slots)) return null;
    if (!this.forward(ctx, A, after, 0, to, slots)) return null;
    const m: Match = { pattern: p, anchor: at, slots };
    for (const s of p.needs_args) if (!this.argsOf(ctx, m, s).length) return null;
    return m;
  }

  /** Match els[k..] starting at word p, rightwards; slots filled on success. */
  private forward(ctx: SentenceContext, A: Adjuncts, els: CompiledElement[], k: number, p: number, slots: Map<string, Slot>): boolean {
    if (k >= els.length) return true;
    const e = els[k]!;
    const next = (q: number) => this.forward(ctx, A, els, k + 1, q, slots);
    if (e.el.gap) return this.gap(ctx, A, e, p, 'fwd', next, slots);
    if (e.el.edge) return atEdge(ctx, p, 'fwd') && next(p);
    for (const start of withSkip(A, 'fwd', p)) {
      const to = this.testAt(ctx, e, start);
      if (to !== null) {
        const ends = [to];
        if (e.el.repeat) for (let t = this.testAt(ctx, e, skipAll(A, ends.at(-1)!)); t !== null; t = this.testAt(ctx, e, skipAll(A, ends.at(-1)!))) ends.push(t);
        for (const end of ends.reverse()) {
          if (next(end)) { if (e.el.slot) slots.set(e.el.slot, { from: start, to: end, segments: [[start, end]], label: this.labelAt(ctx, e, start), token: true }); return true; }
        }
      }
    }
    return e.el.optional && next(p);
  }

  /** Match els[..k] ending right before word p, leftwards and nearest first. */
  private backward(ctx: SentenceContext, A: Adjuncts, els: CompiledElement[], k: number, p: number, slots: Map<string, Slot>): boolean {
    if (k < 0) return true;
    const e = els[k]!;
    const next = (q: number) => this.backward(ctx, A, els, k - 1, q, slots);
    if (e.el.gap) return this.gap(ctx, A, e, p, 'bwd', next, slots);
    if (e.el.edge) return atEdge(ctx, p, 'bwd') && next(p);
    for (const end of withSkip(A, 'bwd', p)) {
      for (let start = end - 1; start >= Math.max(0, end - MAX_PHRASE); start--) {
        if (this.testAt(ctx, e, start) !== end) continue;
        if (next(start)) { if (e.el.slot) slots.set(e.el.slot, { from: start, to: end, segments: [[start, end]], label: this.labelAt(ctx, e, start), token: true }); return true; }
      }
    }
    return e.el.optional && next(p);
  }

  /**
   * A gap from word p, rightwards (fwd) or leftwards (bwd): the rest of the pattern is tried at each
   * stop the walk reaches, nearest first, or, for a greedy gap, farthest first.
   */
  private gap(ctx: SentenceContext, A: Adjuncts, e: CompiledElement, p: number, dir: 'fwd' | 'bwd', next: (q: number) => boolean, slots: Map<string, Slot>): boolean {
    const { max, greedy, parties } = e.el.gap!;
    const walk = gapStops(ctx, A, max, p, dir, parties ? partyWords(ctx) : null);
    for (const stop of greedy ? [...walk].reverse() : walk) {
      if (!next(stop.q)) continue;
      if (e.el.slot) slots.set(e.el.slot, dir === 'fwd' ? { from: p, to: stop.q, segments: stop.seg, label: null, token: false } : { from: stop.q, to: p, segments: stop.seg.reverse(), label: null, token: false });
      return true;
    }
    return false;
  }

  /** Where the element's first matching alternative ends when it starts at word i, else null. */
  private testAt(ctx: SentenceContext, e: CompiledElement, i: number): number | null {
    if (e.firsts && !startsAt(ctx, e, i)) return null;
    for (const alt of e.alts) { const to = this.altAt(ctx, alt, i); if (to !== null) return to; }
    return null;
  }

  private labelAt(ctx: SentenceContext, e: CompiledElement, i: number): string | null {
    return e.alts.find((alt) => this.altAt(ctx, alt, i) !== null)?.test.label ?? null;
  }

  private altAt(ctx: SentenceContext, c: CompiledTest, i: number): number | null {
    if (i < 0 || i >= ctx.words.length) return null;
    const t = c.test;
    const w = tokenAt(ctx.words, i);
    if (t.without_prefix?.some((x) => w.prefixes.includes(x))) return null;
    if (t.with_prefix && !t.with_prefix.some((x) => w.prefixes.includes(x))) return null;
    if (t.is && !this.hooks.predicates![t.is]!(ctx, i)) return null;
    if (t.is_not && this.hooks.predicates![t.is_not]!(ctx, i)) return null;
    let to: number | null = i + 1;
    if (c.table) to = c.table.matchAt(ctx.words, i)?.to ?? null;
    else if (c.kinds || c.date) {
      const m = ctx.mention(i);
      const d = c.date ? ctx.dates.find((x) => x.from === i) : undefined;
      if (m && c.kinds?.has(m.kind) && (!t.via || t.via.includes(m.via))) to = ctx.after(i);
      else to = d ? d.to : null;
    }
    return to;
  }
}

/** Does word i have a key in the element's `firsts` (false past the sentence's ends)? */
function startsAt(ctx: SentenceContext, e: CompiledElement, i: number): boolean {
  const w = ctx.words[i];
  if (!w) return false;
  for (const k of w.keys) if (e.firstShapes.may(k) && e.firsts!.has(k)) return true;
  return false;
}

/** Adjunct spans of one sentence: by first word (to its end) and by end (to its first word). */
interface Adjuncts {
  fwd: Map<number, number>;
  bwd: Map<number, number>;
  /**
   * First words of insertions that enclose a party (التقى أمس الاثنين، وزير الخارجية الروسي سيرغي
   * لافروف، في الدوحة؛ واستخدمت أمس، روسيا والصين، حق النقض): the commas enclose an argument, so a
   * gap reads its words and an argument search starts there.
   */
  party: Set<number>;
}

// Kept, not looked up per call: loadData resolves the data folder's path each time (every sentence with an anchor asks).
export const adjunctWords = lazy((): AdjunctWords => loadData('patterns/adjuncts.yaml', AdjunctWords));
let tables: { time: PhraseTable<true>; leads: PhraseTable<true>; preps: PhraseTable<true>; placeNouns: PhraseTable<true>; titles: PhraseTable<true>; dashes: Set<string>; comitatives: PhraseTable<true>; venues: PhraseTable<true> } | null = null;
const cache = new WeakMap<SentenceContext, Map<string, Adjuncts>>();

/** The adjunct classes' word tables, built once. */
function adjunctTables(): NonNullable<typeof tables> {
  const a = adjunctWords();
  return tables ??= {
    time: new PhraseTable<true>().addAll(a.time_words, true), leads: new PhraseTable<true>().addAll(a.time_leads, true),
    preps: new PhraseTable<true>().addAll(a.place_preps, true), placeNouns: new PhraseTable<true>().addAll(visitsLexicon.place_nouns, true), titles: new PhraseTable<true>().addAll(visitsLexicon.titles, true),
    dashes: new Set(a.dashes), comitatives: new PhraseTable<true>().addAll(a.comitatives, true), venues: new PhraseTable<true>().addAll(a.venue_nouns, true),
  };
}

function adjunctsOf(ctx: SentenceContext, classes: readonly string[]): Adjuncts {
  const key = classes.join(',');
  const hit = cache.get(ctx)?.get(key);
  if (hit) return hit;
  const a = adjunctWords();
  const T = adjunctTables();
  const w = ctx.words;
  const spans: [number, number][] = [];
  const has = (c: string) => classes.includes(c);
  if (has('time')) {
    for (const d of ctx.dates) spans.push([T.leads.matchAt(w, d.from - 1) ? d.from - 1 : d.from, d.to]);
    // (Not a time word that is a name's or inside one: الشيخ صباح الأحمد is no morning.)
    for (const h of T.time.scan(w)) if (!ctx.covered[h.from] && !ctx.mentionAt[h.from]) spans.push([h.from, h.to]);
  }
  if (has('place')) {
    for (let i = 0; i < w.length; i++) {
      const prep = T.preps.matchAt(w, i);
      const noun = prep ? T.placeNouns.matchAt(w, prep.to) : null;
      const at = noun ? noun.to : prep ? prep.to : i;
      const m = ctx.mention(at);
      if (m && PLACE_KINDS.has(m.kind) && (prep || tokenAt(w, at).prefixes.includes('ب')) && m.via !== 'nisba') spans.push([i, ctx.after(at)]);
    }
  }
  const party = new Set<number>();
  const enclosed = (open: (k: number) => boolean, close: (k: number) => boolean) => {
    for (let i = 0; i < w.length; i++) {
      if (!open(i)) continue;
      for (let k = i + 1; k < Math.min(w.length, i + 2 + a.max_insertion); k++) {
        if (close(k)) {
          if (k > i + 1) spans.push([i, k + 1]);
          // The party may follow a comitative (، ومعها الصين،): a second party of the same act.
          const first = T.comitatives.matchAt(w, i + 1)?.to ?? i + 1;
          const m = k > first ? ctx.mention(first) : null;
          if (m && PARTY_KINDS.has(m.kind) && m.via !== 'nisba' && !ctx.isOblique(first)) party.add(i);
          break;
        }
        if (isBreak(tokenAt(w, k))) break;
      }
    }
  };
  if (has('insertion')) enclosed((k) => w[k]?.norm === ',', (k) => w[k]?.norm === ',');
  if (has('dash')) enclosed((k) => T.dashes.has(w[k]?.norm ?? ''), (k) => T.dashes.has(w[k]?.norm ?? ''));
  if (has('parenthesis')) enclosed((k) => w[k]?.norm === '(', (k) => w[k]?.norm === ')');
  if (has('title_chain')) {
    for (let i = 0; i < w.length; i++) {
      const t = ctx.mention(i) ? null : T.titles.matchAt(w, i);
      const m = t ? ctx.mention(t.to) : null;
      if (t && m && (m.kind === 'Leader' || m.kind === 'Office')) spans.push([i, t.to]);
    }
  }
  if (has('venue')) {
    // بقصر الشعب في بكين: في or ب, the venue noun, its name, up to the city's own preposition.
    const placeAt = (k: number): boolean => { const m = ctx.mention(k); return !!m && (m.kind === 'City' || m.kind === 'State') && m.via !== 'nisba'; };
    for (let i = 0; i < w.length; i++) {
      const prep = T.preps.matchAt(w, i);
      const at = prep ? prep.to : i;
      if (!T.venues.matchAt(w, at) || (!prep && !tokenAt(w, at).prefixes.includes('ب'))) continue;
      for (let j = at + 1; j <= Math.min(w.length - 1, at + 1 + a.max_venue_name); j++) {
        if (isBreak(tokenAt(w, j))) break;
        if ((T.preps.matchAt(w, j) && placeAt(j + 1)) || (tokenAt(w, j).prefixes.includes('ب') && placeAt(j))) { spans.push([i, j]); break; }
      }
    }
  }
  const out: Adjuncts = { fwd: new Map(), bwd: new Map(), party };
  for (const [s, e] of spans) {
    if ((out.fwd.get(s) ?? -1) < e) out.fwd.set(s, e);
    if ((out.bwd.get(e) ?? Infinity) > s) out.bwd.set(e, s);
  }
  const byKey = cache.get(ctx) ?? new Map<string, Adjuncts>();
  byKey.set(key, out);
  cache.set(ctx, byKey);
  return out;
}

/** Does a clause break or the sentence's edge stand right after (fwd) or before (bwd) word p? */
const atEdge = (ctx: SentenceContext, p: number, dir: 'fwd' | 'bwd'): boolean =>
  dir === 'fwd' ? p >= ctx.words.length || isBreak(tokenAt(ctx.words, p)) : p <= 0 || isBreak(tokenAt(ctx.words, p - 1));

/**
 * The stops of a gap's walk from word p, rightwards (fwd) or leftwards (bwd), nearest first, each with
 * the ordinary words passed (nearest segment first): adjuncts are skipped uncounted; the words of an
 * insertion enclosing a party are read and counted, its commas not; the walk ends at a clause break,
 * the sentence's edge, or `max` words.
 */
function* gapStops(ctx: SentenceContext, A: Adjuncts, max: number, p: number, dir: 'fwd' | 'bwd', free: boolean[] | null = null): Generator<{ q: number; seg: [number, number][] }> {
  const fwd = dir === 'fwd';
  const seg: [number, number][] = [];
  const copy = () => seg.map((x) => [x[0], x[1]] as [number, number]);
  let q = p;
  let n = 0;
  yield { q, seg: [] };
  for (;;) {
    const skip = A[dir].get(q);
    if (skip !== undefined && A.party.has(fwd ? q : skip)) {
      const words = Math.abs(skip - q) - 2;
      if (n + words > max) return;
      seg.push(fwd ? [q + 1, skip - 1] : [skip + 1, q - 1]); n += words; q = skip;
    } else if (skip !== undefined) q = skip;
    else {
      if ((n >= max && !free?.[fwd ? q : q - 1]) || atEdge(ctx, q, dir)) return;
      const edge = seg.at(-1);
      if (!free?.[fwd ? q : q - 1]) n++;
      if (fwd) { if (edge && edge[1] === q) edge[1] = q + 1; else seg.push([q, q + 1]); q++; }
      else { if (edge && edge[0] === q) edge[0] = q - 1; else seg.push([q - 1, q]); q--; }
    }
    yield { q, seg: copy() };
  }
}

/**
 * The words a `parties` gap passes uncounted: those of a party mention (a nisba too) and the title words
 * (visits.yaml `titles`) right before one, as a title chain is: a list of named leaders is one unit.
 */
const partyCache = new WeakMap<SentenceContext, boolean[]>();
function partyWords(ctx: SentenceContext): boolean[] {
  let free = partyCache.get(ctx);
  if (free) return free;
  const w = ctx.words;
  const titles = adjunctTables().titles;
  free = new Array<boolean>(w.length).fill(false);
  for (let k = 0; k < w.length; k++) {
    const m = ctx.mentionAt[k];
    if (m && PARTY_KINDS.has(m.kind)) free[k] = true;
    // The rest of a leader's name past his mention (الملك سلمان بن عبدالعزيز آل سعود) is his name too.
    if (m?.kind === 'Leader' && ctx.mention(k) === m) for (let j = ctx.after(k); j < ctx.nameTailEnd(ctx.after(k), w.length); j++) free[j] = true;
  }
  // A title word is free when the words after it, titles and mentions alone, reach a party.
  for (let k = w.length - 1; k >= 0; k--) if (!free[k] && titles.matchAt(w, k) && k + 1 < w.length && free[k + 1]) free[k] = true;
  partyCache.set(ctx, free);
  return free;
}

/**
 * The position itself, then past each adjunct starting (fwd) or ending (bwd) there, up to an
 * insertion enclosing a party: that holds an argument, never skipped.
 */
function withSkip(A: Adjuncts, dir: 'fwd' | 'bwd', p: number): number[] {
  const m = A[dir];
  const out = [p];
  for (let q = m.get(p); q !== undefined && !out.includes(q); q = m.get(q)) {
    if (A.party.has(dir === 'fwd' ? out.at(-1)! : q)) break;
    out.push(q);
  }
  return out;
}
const skipAll = (A: Adjuncts, p: number): number => withSkip(A, 'fwd', p).at(-1)!;

/** A relation's pattern file (data/patterns/<name>), checked and compiled with its lexicon and hooks. */
export function loadPatterns(name: string, lexicon: unknown, hooks: Hooks): CompiledPatterns {
  return new CompiledPatterns(loadData(`patterns/${name}`, PatternFile), lexicon, hooks, name);
}
