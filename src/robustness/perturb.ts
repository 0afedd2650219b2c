/**
 * CheckList-style perturbations (Ribeiro et al. 2020, "Beyond Accuracy") of a seed sentence whose
 * facts are known. Every perturbation finds its place from the seed's own structure, never from a
 * hard-coded sentence: the trigger verb (a perfect form of data/robustness/perturbations.yaml's verb
 * table, in a verb position), the names the real recogniser found (mention spans), and the facts'
 * evidence spans. Its fillers and the verb morphology are data in that file.
 *
 * Input: a seed and the Document extract() made of it. Output: variants, each with its seed, its
 * perturbation id, its test type and what it expects:
 *   invariance  — the variant's facts equal `facts` (the seed's, or the seed's plus what a dual
 *                 subject adds);
 *   directional — none of `targets` (the done facts the trigger verb reported) is done any more
 *                 (GUIDELINES: negated, future, planned, possible and threatened acts are not facts;
 *                 a signing or visit may stay with status `planned`, a veto disappears).
 */
import { fileURLToPath } from 'node:url';
import { OFFICES, STATE_EXTRAS } from '../recognise/gazetteer.ts';
import { z } from 'zod';
import { loadData } from '../data.ts';
import type { Document, Fact, Mention, Sentence, Token } from '../model.ts';
import { defined } from '../errors.ts';
import { normaliseArabic } from '../normalise/arabic.ts';
import { datesIn } from '../relate/dates.ts';
import { argsOf, keyOf, seedFact, type SeedFact } from './facts.ts';

const Words = z.array(z.string().min(1)).min(1);
const Verb = z.object({
  perfect: z.array(z.string().min(1)).length(5),
  imperfect: z.string().min(1),
  jussive: z.string().min(1).optional(),
  noun: z.string().min(1),
  relation: z.enum(['agreement', 'visit', 'meet', 'veto']),
  threat: z.boolean().optional(),
  plural: z.boolean().optional(),
});
export const PerturbationData = z.object({
  verbs: z.array(Verb).min(1),
  time_comma: Words,
  time_bare: Words,
  place: z.object({ agreement: Words, veto: Words }),
  parenthetical: Words,
  office_titles: z.record(z.string(), z.string()),
  arab_states: z.array(z.string().regex(/^[A-Z]{3}$/)),
  counterparts: z.array(z.object({ nisba: z.string(), name: z.string(), id: z.string(), state: z.string() })).min(1),
  directional: z.object({
    negation: z.object({ lead: z.string(), form: z.enum(['jussive', 'imperfect', 'subjunctive']) }),
    future: z.object({ lead: z.string(), form: z.enum(['jussive', 'imperfect', 'subjunctive']), glue: z.boolean().optional() }),
    planned: z.object({ lead: z.string(), form: z.enum(['jussive', 'imperfect', 'subjunctive']) }),
    possibility: z.object({ lead: z.string(), form: z.enum(['jussive', 'imperfect', 'subjunctive']) }),
    threat: z.object({ verb: z.array(z.string()).length(5), lead: z.string(), objects: z.array(z.string().min(1)).min(1) }),
  }),
});
export type PerturbationData = z.infer<typeof PerturbationData>;
type VerbEntry = z.infer<typeof Verb>;

export function loadPerturbationData(path = 'robustness/perturbations.yaml'): PerturbationData {
  return loadData(path, PerturbationData);
}

/** Nisba (without ال) of each state, from the gazetteer. */
function loadNisbas(): Map<string, string> {
  return new Map(STATE_EXTRAS().flatMap((s): [string, string][] => {
    const [nisba] = s.nisba;
    return nisba ? [[s.iso, nisba]] : [];
  }));
}
/** Every word of an office title (الرئيس، وزير، الخارجية …), normalised: words a subject may start with. */
function loadTitleWords(): Set<string> {
  return new Set(OFFICES().flatMap((o) => o.ar.flatMap((a) => a.split(/\s+/))).map(normaliseArabic));
}

export interface Seed { id: string; source: string; text: string; published: string; facts: SeedFact[] }

export type Expectation =
  | { test: 'invariance'; facts: SeedFact[]; ignore?: string[] }
  | { test: 'directional'; targets: SeedFact[] };

export interface Variant { seed: string; perturbation: string; text: string; expect: Expectation }

interface Edit { start: number; end: number; text: string }
const applyEdits = (text: string, edits: Edit[]): string =>
  [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);

/** A trigger verb found in the text: its token, the clitic و/ف glued to it, its person, and a قد before it. */
interface Trigger {
  token: number;
  clitic: string;
  verb: VerbEntry;
  /** 0 3ms, 1 3fs, 2 3md, 3 3fd, 4 3mp (the order of `perfect`). */
  person: number;
  /** Span replaced by a directional construction (a قد before the verb included). */
  start: number;
  end: number;
  /** Where the verb's own letters start (after the clitic). */
  stemStart: number;
}

const PERSON_PREFIX = ['ي', 'ت', 'ي', 'ت', 'ي'];
const IND_SUFFIX = ['', '', 'ان', 'ان', 'ون'];
const SUBJ_SUFFIX = ['', '', 'ا', 'ا', 'وا'];

/** The imperfect verb of `verb` for `person`, in the mood asked. */
export function conjugate(verb: VerbEntry, person: number, form: 'imperfect' | 'subjunctive' | 'jussive'): string | null {
  if (person === 4 && verb.plural === false) return null;
  const p = PERSON_PREFIX[person];
  if (form === 'jussive' && person < 2) return p + (verb.jussive ?? verb.imperfect);
  return p + verb.imperfect + (form === 'imperfect' ? IND_SUFFIX : SUBJ_SUFFIX)[person];
}

/** Token i of the seed's Document: the indices here come from the Document itself. */
const tokenAt = (doc: Document, i: number): Token => defined(doc.tokens[i], `token ${i}`);
const sentenceOf = (doc: Document, tok: Token): Sentence => defined(doc.sentences[tok.sentence], `sentence ${tok.sentence}`);

const NON_CONNECTING = new Set([...'اأإآدذرزوؤةىءـ']);
const LETTER = /\p{L}/u;

/** Insert a tatweel inside the longest word of `s` (between two letters that join), or null. */
function withTatweel(s: string): string | null {
  const words = s.split(' ');
  const w = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const from = w.startsWith('ال') ? 2 : 0;
  for (let i = Math.max(from, Math.floor(w.length / 2) - 1); i < w.length - 1; i++) {
    if (!NON_CONNECTING.has(w.charAt(i)) && LETTER.test(w.charAt(i)) && LETTER.test(w.charAt(i + 1))) {
      const at = words.indexOf(w);
      words[at] = w.slice(0, i + 1) + 'ـ' + w.slice(i + 1);
      return words.join(' ');
    }
  }
  return null;
}

export class Perturber {
  private readonly forms = new Map<string, { verb: VerbEntry; person: number }>();
  private readonly nisbas = loadNisbas();
  private readonly titles = loadTitleWords();

  constructor(private readonly data: PerturbationData = loadPerturbationData()) {
    for (const verb of data.verbs) verb.perfect.forEach((f, person) => this.forms.set(normaliseArabic(f), { verb, person }));
  }

  /** Every variant of one seed; `doc` is extract()'s Document of the seed text (facts and mentions). */
  variants(seed: Seed, doc: Document): Variant[] {
    const out: Variant[] = [];
    const add = (perturbation: string, edits: Edit[], expect: Expectation) => {
      if (!edits.length) return;
      const text = applyEdits(seed.text, edits);
      if (text !== seed.text) out.push({ seed: seed.id, perturbation, text, expect });
    };
    const same: Expectation = { test: 'invariance', facts: seed.facts };
    const triggers = this.triggers(doc);
    const trigger = triggers[0];
    const names = this.names(doc);
    const planned = seed.facts.some((f) => 'status' in f && f.status === 'planned');

    // --- Invariance: insertions at the trigger verb.
    if (trigger) {
      const { end } = trigger;
      const dated = datesIn(seed.text, seed.published).length > 0;
      // A comma-enclosed filler only where no punctuation follows the verb already (no «،،»).
      const open = /^\s/.test(seed.text.slice(end, end + 1));
      if (!dated && !planned) {
        if (open) for (const p of this.data.time_comma) add('time-comma', [{ start: end, end, text: p }], same);
        for (const p of this.data.time_bare) add('time-bare', [{ start: end, end, text: ` ${p}` }], same);
      }
      if (open) for (const p of this.data.parenthetical) add('parenthetical', [{ start: end, end, text: p }], same);
      if (trigger.verb.relation === 'agreement' || trigger.verb.relation === 'veto') {
        const subject = this.subjectAfter(doc, trigger);
        const at = subject ? tokenAt(doc, subject.to - 1).end : end;
        const hasVisit = seed.facts.some((f) => f.type === 'visit' || f.type === 'met');
        if (!hasVisit) {
          for (const p of this.data.place[trigger.verb.relation]) add('place', [{ start: at, end: at, text: ` ${p}` }], same);
        }
      }
      // Spelling of the verb: diacritics, tatweel.
      const surface = seed.text.slice(trigger.stemStart, end);
      const vocalised = [...surface].map((c, i, a) => c + (i === a.length - 1 ? '\u0652' : '\u064e')).join('');
      add('verb-diacritics', [{ start: trigger.stemStart, end, text: vocalised }], same);
      const stretched = withTatweel(surface);
      if (stretched) add('verb-tatweel', [{ start: trigger.stemStart, end, text: stretched }], same);
      this.wordOrder(seed, doc, trigger, add, same);
      this.dualSubject(seed, doc, trigger, add);
    }

    // --- Invariance: spelling variants of the recognised names (all names at once).
    const spell = (id: string, f: (m: Mention) => string | null) =>
      add(id, names.flatMap((m) => { const t = f(m); return t && t !== m.text ? [{ start: m.start, end: m.end, text: t }] : []; }), same);
    spell('name-hamza', (m) => m.text.replace(/[أإآ]/g, 'ا'));
    spell('name-yaa', (m) => m.text.replace(/[ىي](?=\s|$)/g, (c) => (c === 'ى' ? 'ي' : 'ى')));
    spell('name-taa', (m) => m.text.replace(/ة(?=\s|$)/g, 'ه'));
    spell('name-tatweel', (m) => withTatweel(m.text));
    spell('name-gh-j', (m) => {
      const state = m.kind === 'State' ? m.id : m.state;
      return state && !this.data.arab_states.includes(state) ? m.text.replace(/غ/g, 'ج') : null;
    });
    // Only a leader named without a title before him (a second title after one reads as a repeat).
    const untitled = names.filter((m) => m.kind === 'Leader' && m.office && this.data.office_titles[m.office] && m.state && this.nisbas.has(m.state)
      && !(m.tokenStart > 0 && this.isTitleOrNisba(doc, m.tokenStart - 1)));
    const [m] = untitled;
    if (m) {
      const next = seed.text[m.end] ?? '';
      const chain = `، ${this.data.office_titles[m.office!]} ال${this.nisbas.get(m.state!)}`;
      add('title-chain', [{ start: m.end, end: m.end, text: /\s/.test(next) ? `${chain}،` : chain }], same);
    }

    // --- Directional: the first trigger whose evidence holds done facts.
    for (const t of triggers) {
      const targets = this.targets(doc, t, triggers);
      if (!targets.length) continue;
      const dir = { test: 'directional' as const, targets };
      const d = this.data.directional;
      for (const [id, c] of [['negation', d.negation], ['future', d.future], ['planned', d.planned], ['possibility', d.possibility]] as const) {
        const v = conjugate(t.verb, t.person, c.form);
        if (v) add(id, [{ start: t.start, end: t.end, text: t.clitic + c.lead + v }], dir);
      }
      // هدد بـ + verbal noun goes right before the object, never right after the verb: in VSO the
      // subject would become the noun's genitive (هددت باستخدام روسيا حق النقض: "the use of Russia").
      const object = t.verb.threat ? this.objectAfter(doc, t) : null;
      if (object !== null) add('threat', [{ start: t.start, end: t.end, text: `${t.clitic}${d.threat.verb[t.person]}` }, { start: object, end: object, text: `${d.threat.lead}${t.verb.noun} ` }], dir);
      break;
    }
    return out;
  }

  /** Where the first threat object (حق النقض, الفيتو) after the trigger in its sentence starts, else null. */
  private objectAfter(doc: Document, t: Trigger): number | null {
    const phrases = this.data.directional.threat.objects.map((o) => o.split(/\s+/).map(normaliseArabic));
    const norm = (i: number) => { const k = doc.tokens[i]; return k && k.sentence === doc.tokens[t.token]!.sentence ? normaliseArabic(doc.text.slice(k.start, k.end)) : null; };
    for (let i = t.token + 1; norm(i) !== null; i++) if (phrases.some((ph) => ph.every((w, k) => norm(i + k) === w))) return doc.tokens[i]!.start;
    return null;
  }

  /** Trigger verbs in verb position: sentence-initial, after a name (SVO), after قد/أن/إن. */
  private triggers(doc: Document): Trigger[] {
    const out: Trigger[] = [];
    const covered = new Set(doc.mentions.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
    doc.tokens.forEach((tok, i) => {
      const surface = doc.text.slice(tok.start, tok.end);
      const norm = normaliseArabic(surface);
      let hit = this.forms.get(norm);
      let clitic = '';
      if (!hit && /^[وف]/.test(norm)) { hit = this.forms.get(norm.slice(1)); clitic = surface.charAt(0); }
      if (!hit) return;
      const before = doc.tokens[i - 1];
      const prev = before?.sentence === tok.sentence ? before : null;
      const prevNorm = prev ? normaliseArabic(doc.text.slice(prev.start, prev.end)) : '';
      const qad = prev && /^[وف]?قد$/.test(prevNorm) ? prev : null;
      if (prev && !covered.has(i - 1) && !qad && !/^[وف]?(ان|اذا|لقد)$/.test(prevNorm) && !/^[,;:]$/.test(prevNorm)) return;
      if (qad && clitic) return;
      const start = qad ? qad.start : tok.start;
      out.push({
        token: i, verb: hit.verb, person: hit.person, start, end: tok.end, stemStart: tok.start + clitic.length,
        clitic: qad ? doc.text.slice(qad.start, qad.end).replace(/قد$/, '') : clitic,
      });
    });
    return out;
  }

  /** Is token i a word of an office title or a nisba (الرئيس، الروسي)? */
  private isTitleOrNisba(doc: Document, i: number): boolean {
    const tok = tokenAt(doc, i);
    return this.titles.has(tok.stem) || doc.mentions.some((m) => m.via === 'nisba' && m.tokenStart <= i && i < m.tokenEnd);
  }

  /** Name mentions (one per span; not the bare offices). */
  private names(doc: Document): Mention[] {
    const seen = new Set<string>();
    return doc.mentions.filter((m) => {
      if (m.kind === 'Office' || seen.has(`${m.start}:${m.end}`)) return false;
      seen.add(`${m.start}:${m.end}`);
      return true;
    });
  }

  /**
   * The subject right after a VSO verb: title words and names, conjuncts joined by و. Returns the
   * token range and the conjuncts (each a token range), or null when a name does not follow at once.
   */
  private subjectAfter(doc: Document, t: Trigger): { from: number; to: number; conjuncts: [number, number][]; mentions: Mention[] } | null {
    const from = t.token + 1;
    const inMention = (i: number) => doc.mentions.find((m) => m.tokenStart <= i && i < m.tokenEnd);
    let i = from;
    const conjuncts: [number, number][] = [];
    let start = from;
    const mentions: Mention[] = [];
    // A conjunct has one head (a leader, a state or capital, a bare office); a second name after the
    // head with no و is not the subject any more (زار بوتين الصين: الصين is the object).
    let head = false;
    const own = tokenAt(doc, t.token).sentence;
    const inSentence = (k: number): Token | undefined => {
      const tok = doc.tokens[k];
      return tok?.sentence === own ? tok : undefined;
    };
    for (let tok = inSentence(i); tok; tok = inSentence(i)) {
      const m = inMention(i);
      const title = this.titles.has(tok.stem) || this.titles.has(normaliseArabic(doc.text.slice(tok.start, tok.end)));
      if (!m && !title) break;
      const joined = i > from && tok.prefixes[0] === 'و' && (!m || m.tokenStart === i);
      if (joined) { conjuncts.push([start, i]); start = i; head = false; }
      if (m) {
        const isHead = m.kind === 'Leader' || m.kind === 'Office' || (m.kind === 'State' && m.via !== 'nisba' && m.via !== 'city');
        if (head && isHead) break;
        if (!isHead && m.via !== 'nisba') break;
        head ||= isHead;
        if (!mentions.includes(m)) mentions.push(m);
        i = Math.max(i + 1, m.tokenEnd);
      } else i++;
      // A comma or other punctuation glued to the token ends the subject.
      if (/[،,.؛:]/.test(doc.text.slice(tok.end, tok.end + 1))) break;
    }
    if (!mentions.length || i === from || !head) return null;
    // A conjunct left open (و + a word that is not a name) means the subject goes on past what we know.
    const next = inSentence(i);
    const last = tokenAt(doc, i - 1);
    if (next && doc.text[next.start] === 'و' && !/[،,.؛:]/.test(doc.text.slice(last.end, last.end + 1))) return null;
    conjuncts.push([start, i]);
    return { from, to: i, conjuncts, mentions };
  }

  /** VSO → SVO (the verb agrees in number with a subject before it) and SVO → VSO (singular verb). */
  private wordOrder(seed: Seed, doc: Document, t: Trigger, add: (id: string, e: Edit[], x: Expectation) => void, same: Expectation) {
    const tok = tokenAt(doc, t.token);
    const sentence = sentenceOf(doc, tok);
    const surfaceOf = (a: number, b: number) => seed.text.slice(tokenAt(doc, a).start, tokenAt(doc, b - 1).end);
    if (t.token === sentence.tokenStart && t.start === tok.start) {
      const s = this.subjectAfter(doc, t);
      if (!s || s.conjuncts.length > 2 || t.person > 1) return;
      const feminine = t.person === 1 && s.mentions.every((m) => m.kind === 'State' && m.via !== 'nisba');
      const person = s.conjuncts.length === 1 ? t.person : feminine ? 3 : 2;
      const verb = t.verb.perfect[person];
      const subject = surfaceOf(s.from, s.to);
      add('svo', [{ start: tok.start, end: tokenAt(doc, s.to - 1).end, text: `${t.clitic}${subject} ${verb}` }], same);
      return;
    }
    // SVO: the sentence starts with the subject, then the verb.
    if (t.start !== tok.start || t.clitic || t.token === sentence.tokenStart) return;
    const first = tokenAt(doc, sentence.tokenStart);
    const lead = doc.mentions.find((m) => m.tokenStart === sentence.tokenStart || m.tokenStart === sentence.tokenStart + 1);
    if (!lead || t.token - sentence.tokenStart > 6) return;
    for (const before of doc.tokens.slice(sentence.tokenStart, t.token)) {
      if (/[،,.؛:]/.test(seed.text.slice(before.end, before.end + 1))) return;
    }
    const clitic = first.prefixes[0] === 'و' || first.prefixes[0] === 'ف' ? seed.text.charAt(first.start) : '';
    const person = t.person === 3 ? 1 : t.person === 1 ? 1 : 0;
    const subject = seed.text.slice(first.start + clitic.length, tokenAt(doc, t.token - 1).end);
    add('vso', [{ start: first.start, end: tok.end, text: `${clitic}${t.verb.perfect[person]} ${subject}` }], same);
  }

  /** «X ونظيره <nisba> <name>» after a single leader subject of a visit or signing verb. */
  private dualSubject(seed: Seed, doc: Document, t: Trigger, add: (id: string, e: Edit[], x: Expectation) => void) {
    if ((t.verb.relation !== 'visit' && t.verb.relation !== 'agreement') || doc.sentences.length > 1) return;
    const s = this.subjectAfter(doc, t);
    if (!s || s.conjuncts.length !== 1) return;
    const leader = s.mentions.find((m) => m.kind === 'Leader');
    if (!leader || !leader.state) return;
    const named = new Set(seed.facts.flatMap((f) => (f.type === 'agreement' ? f.parties : f.type === 'visit' ? [f.to] : f.type === 'veto' ? [f.by] : [])));
    const c = this.data.counterparts.find((x) => x.state !== leader.state && !named.has(x.state));
    if (!c) return;
    // The agreements the leader signed gain the counterpart's state as a party, and his visits a visit
    // by the counterpart. With a travel verb, whether the counterpart also signs what the leader signed
    // (came to sign, or signed the day before) is a guess: no variant then.
    const signed = new Set(doc.facts.flatMap((f) => (f.type === 'agreement' && f.signatories.some((x) => x.id === leader.id) ? [keyOf(seedFact(f))] : [])));
    if (signed.size && t.verb.relation !== 'agreement') return;
    const facts: SeedFact[] = [];
    for (const f of seed.facts) {
      if (f.type === 'visit' && f.visitor === leader.id) facts.push(f, { ...f, visitor: c.id });
      else if (f.type === 'agreement' && signed.has(keyOf(f))) facts.push({ ...f, parties: [...f.parties, c.state].sort() });
      else facts.push(f);
    }
    const uniq = [...new Map(facts.map((f) => [keyOf(f), f])).entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, f]) => f);
    const at = tokenAt(doc, s.to - 1).end;
    // A meeting between the two travellers is not what is measured here: ignored either way.
    add('dual-subject', [{ start: at, end: at, text: ` ونظيره ${c.nisba} ${c.name}` }], { test: 'invariance', facts: uniq, ignore: [`met|`] });
  }

  /** The done facts of the trigger's relation whose evidence holds the trigger verb. */
  private targets(doc: Document, t: Trigger, all: Trigger[]): SeedFact[] {
    const at = tokenAt(doc, t.token).start;
    // A fact whose evidence holds another verb of the same relation may rest on that one: not a target.
    const others = all.filter((o) => o !== t && o.verb.relation === t.verb.relation).map((o) => tokenAt(doc, o.token).start);
    const done = (f: Fact) => f.type === 'veto' || (f.type === 'agreement' && f.status !== 'planned') || (f.type === 'visit' && f.status === 'done');
    // A meeting or reception verb reports the guest's visit; every other verb its own relation.
    const type = t.verb.relation === 'meet' ? 'visit' : t.verb.relation;
    const hits = doc.facts.filter((f) => f.type === type && done(f) && f.evidence.some((e) => e.start <= at && at < e.end)
      && !f.evidence.some((e) => others.some((o) => e.start <= o && o < e.end)));
    // A relation the seed states twice (the day's visit and an earlier one recalled: سبق لبوتين أن زار تركيا)
    // cannot be judged by its parties alone: the other fact rightly stays done when this verb is negated.
    const parties = (f: Fact) => argsOf(seedFact(f));
    const twice = (f: Fact) => doc.facts.filter((g) => g.type === type && done(g) && parties(g) === parties(f)).length > 1;
    return [...new Map(hits.filter((f) => !twice(f)).map((f) => { const s = seedFact(f); return [keyOf(s), s] as const; })).values()];
  }
}
