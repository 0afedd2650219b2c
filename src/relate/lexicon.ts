/**
 * Relate's vocabularies: loads data/lexicon/*.yaml once (data.ts), validates each with zod, and compiles the
 * word lists into phrase tables keyed on normalised words, so triggers are found by Set/Map lookups.
 * Input: the YAML files. Output: typed lexicons and PhraseTable matchers.
 */
import { z } from 'zod';
import { loadData } from '../data.ts';
import { normaliseArabic } from '../normalise/arabic.ts';
import { tokenAt } from '../normalise/token-at.ts';
import { WordShapes } from '../word-shapes.ts';

export { WordShapes };

const Words = z.array(z.string().min(1)).min(1);

export const DatesLexicon = z.object({
  months: z.array(z.object({ month: z.number().int().min(1).max(12), names: Words })).length(12),
  weekdays: z.array(z.object({ day: z.number().int().min(0).max(6), names: Words })).length(7),
  weekday_past: Words,
  weekday_future: Words,
  relative_days: z.array(z.object({ words: Words, offset: z.number().int() })),
  relative_periods: z.array(z.object({ words: Words, unit: z.enum(['week', 'month', 'year']), offset: z.number().int() })),
  event_offsets: z.array(z.object({ words: Words, offset: z.number().int() })),
  after_spans: z.array(z.object({ words: Words, days: z.tuple([z.number().int().min(1), z.number().int().min(1)]) })),
  after_span_not_before: Words,
  before_now: Words,
  span_before_event: z.object({ lead: Words, counts: Words, units: Words }).strict(),
  ordinal_days: z.array(z.object({ day: z.number().int().min(1).max(31), words: Words })),
  month_leads: Words,
  hijri_months: Words,
  hijri_table_from: z.number().int().min(1300).max(1600),
  hijri_month_numbers: z.array(z.object({ month: z.number().int().min(1).max(12), names: Words })).length(12),
  bare_month_leads: Words,
  year_leads: Words,
  month_of_day: z.array(z.object({ words: Words, offset: z.number().int() })),
  month_of_day_leads: Words,
  issue: z.object({ issued: Words, papers: Words }),
  relative_pronouns: Words,
  inner_resumptives: Words,
  since_words: Words,
  when_leads: Words,
  sequel_events: Words,
  day_span: Words,
  month_alternative: Words,
  of: Words,
  month_word: Words,
  year_words: Words,
  hijri_markers: Words,
  ago_lead: Words,
  ago_day: Words,
  ago_two_days: Words,
  ago_some_days: Words,
  numbers: z.array(z.object({ value: z.number().int().positive(), words: Words })),
});
export type DatesLexicon = z.infer<typeof DatesLexicon>;

export const AgreementsLexicon = z.object({
  nouns: z.array(z.object({ words: Words, number: z.enum(['one', 'many']) })),
  adjective_senses: z.object({ words: Words, heads: Words }),
  consensus_followers: Words,
  done: z.object({ verbs: Words, nouns: Words, participles: Words, adjacent_participles: Words, website_after: Words, conclude_verbs: Words }),
  pending: z.object({ verbs: Words, future_only: Words, subjunctive_lead: Words }),
  signing_stems: Words,
  object_skip: Words,
  object_unknown_words: z.number().int().min(0),
  object_walk: z.object({ max_words: z.number().int().min(1), far_words: z.number().int().min(1) }),
  event_subjects: Words,
  kinds: z.array(z.object({ kind: z.string().min(1), group: z.string().min(1), cues: Words })),
  generic_kinds: Words,
  form_kinds: Words,
  general_kind: z.string().min(1),
  batch_kind: z.string().min(1),
  name_words: Words,
  with: Words,
  sides: Words,
  state_groups: Words,
  between: Words,
  talks_before_between: Words,
  between_pair: Words,
  between_other_heads: Words,
  purpose_before: Words,
  second_hand: z.object({ report_verbs: Words, source_nouns: Words, report_window: z.number().int().positive(), report_day_window: z.number().int().min(1).max(6), negotiation_heads: Words }).strict(),
  need_before: Words,
  urged: z.object({ verbs: Words, preps: Words }).strict(),
  content_clause: Words,
  authorise_before: Words,
  non_state_subjects: Words,
  trailing_date_lead: Words,
  years_ago: z.object({ lead: Words, unit: Words }),
  witnessed: z.object({ verbs: Words, events: Words, relatives: Words, resumptives: Words, visits: Words, story_leads: Words, own_story_leads: Words, during_it: Words, story_reach: z.number().int().min(1), event_head_reach: z.number().int().min(1) }),
  distributive: Words,
  adjunct_before: Words,
  relative: z.object({ pronouns: Words, aux: Words, max_noun_before: z.number().int().min(1), verbs: Words, passive: Words, asyndetic: z.object({ max_noun_before: z.number().int().min(1), max_gap: z.number().int().min(0), max_clause: z.number().int().min(1), clause_openers: Words }).strict() }),
  described_by_parts: z.object({ max_words: z.number().int().min(1), max_age_days: z.number().int().min(1), not_after: Words, groups: Words }).strict(),
  passive_subject: z.object({ sides: Words, leads: Words, topic_leads: Words }).strict(),
  signed_declarations: z.object({ words: Words, named_by: Words }).strict(),
  issue: z.object({ verbs: Words, nouns: Words, kind: z.string().min(1), subject_verbs: Words, by: Words }),
  one_party: z.object({ company_words: Words, vague_sides: Words, region_sides: Words }),
  listed: z.object({ counted: Words, lead: Words, partial_lead: Words, open_tail: Words, open_members: Words }),
  other_signer: z.object({ openers: Words, acts: Words, on_behalf: Words }),
  side_signers: z.object({ leads: Words, acts: Words }).strict(),
  attendance: z.object({ nouns: Words, verbs: Words, leads: Words, min_states: z.number().int().min(2) }).strict(),
  between_noun: z.object({ qualifiers: Words, draft_window: z.number().int().min(0).max(6) }),
  own_with: z.object({ nouns: Words, draft_before: Words }),
  nisba_pair: z.object({ joiners: Words, quotes: Words, draft_before: Words, prospect_after: Words, stance_after: Words }),
  private_signers: Words,
  contract_nouns: Words,
  seat_parties: z.array(z.object({ words: Words, party: z.string().regex(/^[A-Z][A-Z0-9_]*$/) })).default([]),
});
export type AgreementsLexicon = z.infer<typeof AgreementsLexicon>;

export const VetoesLexicon = z.object({
  nouns: Words,
  cast: z.object({ verbs: Words, nouns: Words }),
  means: z.object({ nouns: Words, phrases: Words, participles: Words, openers: Words }).strict(),
  co_casters: Words,
  relative_casts: z.object({ relatives: Words, verbs: Words }).strict(),
  from_caster: Words,
  self_verbs: Words,
  sink_verbs: Words,
  dual_verbs: Words,
  pending: z.object({ verbs: Words }),
  headline_present: Words,
  occasions: Words,
  relatives: Words,
  habitual: Words,
  evaluated: z.object({ copulas: Words, predicates: Words, max_after: z.number().int().min(1).max(8) }).strict(),
  permanent_members: z.array(z.string().regex(/^[A-Z]{3}$/)).length(5),
  domestic_cues: Words,
  draft_words: Words,
  un_draft_words: Words,
  subject_lead: Words,
  unsc_words: Words,
  after_cues: z.object({ words: Words, phrases: Words }),
  council_words: Words,
  forum_preps: Words,
  first_since: z.object({ firsts: Words, verbs: Words, since: Words }).strict(),
  vote_shortfall: Words,
  joined: z.object({ verbs: Words, beside: Words, of_them: Words }),
});
export type VetoesLexicon = z.infer<typeof VetoesLexicon>;

export const VisitsLexicon = z.object({
  visit: z.object({ verbs: Words, nouns: Words, resumptive_verbs: Words, stop_nouns: Words, stop_copulas: Words, possessive: Words, transitive: Words, imperfect: Words, departure_imperfect: Words, present_cues: Words, undone: Words, past_after: Words, recalled_ordinals: Words, recall_leads: Words, outcome_nouns: Words, similar_after: Words, in_pronouns: Words, begun_before: z.record(z.string().min(1), z.number().int().min(0)), ended_before: Words, lasted_verbs: Words, lasted_days: z.record(z.string().min(1), z.number().int().min(1).max(14)), later_stop_days: z.number().int().min(1).max(14), group_possessors: Words, group_subjects: Words, person_heads: Words, reception_cues: Words, address_verbs: Words, telling_nouns: Words, aims: Words, support_verbs: Words, tour_includes: Words, later_leg: Words,
    agent_relatives: Words, agent_pronouns: Words, noun_adjectives: Words, tour_nouns: Words, tour_in: Words, return_verbs: Words, urged: Words, ordered: Words, invitation_answered: Words, sent_object: Words, route: z.object({ from: Words, to: Words }), route_preps: z.object({ from: Words, to: Words }),
    arrive_at: Words, person_name_titles: Words, guest_as: Words, guest_on: Words, arrive_subject_words: Words, follow_up: Words, departure: Words, gatherings: Words, gathering_leads: Words, gathering_adjectives: Words, gathering_topics: Words, gathering_held: Words, gathering_hosted_by: Words, gathering_proceedings: Words, gathering_parts: Words, speech_before: Words, gathering_named_leads: Words, gathered: Words, gathered_pronoun: Words, gathering_hosts: Words, chair_nouns: Words, attended_pronoun: Words,
    attend_verbs: Words, table_seats: Words, attend_nouns: Words, attendee_list_leads: Words, list_joiners: Words, lead_verbs: Words, delegation_nouns: Words, arrive_to_attend: Words, attend_purposes: Words, remote_cues: Words, companions: Words, accompany_verbs: Words, own_visits: Words, tour_legs: Words, own_tours: Words, tour_leg_preps: Words, said_verbs: Words, press_addressees: Words, carried: Words, carrier_nouns: Words, carry_pronoun: Words, carry_verbs: Words, origin_participles: Words, stop_words: Words, stop_leads: Words, stop_ordinals: Words, signed_verbs: Words, acts_in_person: Words, met_in_person: Words, honorifics_before_name: Words, leader_groups: Words, signing_nouns: Words, sides: Words, led_by: Words, guest_nouns: Words }),
  gender: z.object({ feminine_forms: Words, man_titles: Words, woman_titles: Words }).strict(),
  dateline: z.object({
    agencies: Words, marks: Words, fillers: Words,
    /** Words a date, brackets and an agency may take between the city and its mark. */
    max_after_city: z.number().int().min(1).max(30),
    /** Words of a reporter's name before the agency. */
    max_byline: z.number().int().min(1).max(10),
  }),
  host_offices: Words,
  openers: Words,
  clause_leads: Words,
  experiencer: z.object({ leads: Words, complementisers: Words }).strict(),
  before_office: z.object({ leads: Words, roles: Words }).strict(),
  anaphoric_times: Words,
  subordinate_leads: Words,
  list_continuers: Words,
  first_of_kind: Words,
  during: Words,
  subject_gap: Words,
  said_openers: Words, complementisers: Words, saying_verbs: Words,
  relatives: Words,
  resident_offices: Words,
  body_delegates: Words,
  un_seat: Words,
  posted_offices: Words,
  posted_titles: Words,
  sender_nouns: Words,
  receive: z.object({ verbs: Words, passive_agents: Words, honorific_pronouns: Words, resumptives: Words }),
  meet: z.object({ verbs: Words, nouns: Words, clause_openers: Words, with: Words, ahead: Words, ahead_unless_from: Words, reported: Words, no_subject: Words, held_before: Words, held_rounds: Words, press_conferences: Words, press_adjectives: Words }),
  titles: Words,
  title_adjectives: Words,
  place_nouns: Words,
  region_leads: Words,
  place_idioms: Words,
  to: Words,
  headline_from: Words,
  headline_at: Words,
  at: Words,
  topic_stops: Words,
  appended_date_leads: Words,
  adverbs: Words,
});
export type VisitsLexicon = z.infer<typeof VisitsLexicon>;

export const ModalityLexicon = z.object({
  planned: Words,
  negated: Words,
  threat: Words,
  hypothetical: Words,
  generic: Words,
  not_cues: Words,
  clause_openers: Words,
  local_cues: Words,
  may_particles: Words,
  t_perfects: Words,
  window_before: z.number().int().positive(),
  failure_governors: z.object({ verbs: Words, prepositions: Words, stops: Words }).strict(),
});
export type ModalityLexicon = z.infer<typeof ModalityLexicon>;

export const DiscourseLexicon = z.object({
  pair_states: Words,
  pair_parties: Words,
  pair_leaders: Words,
  counterpart: Words,
  state_titles: Words,
  max_title_chain_words: z.number().int().positive(),
  offices: Words,
  honorifics: z.record(z.string(), Words),
  oblique_preps: Words,
  partitive_leads: Words,
  former: Words,
});
export type DiscourseLexicon = z.infer<typeof DiscourseLexicon>;


/** One lexicon file (data/lexicon/ unless a test gives another folder), through data.ts. */
export function loadLexicon<T extends z.ZodTypeAny>(name: string, schema: T, dir?: URL): z.infer<T> {
  return loadData(dir ? new URL(name, dir) : `lexicon/${name}`, schema);
}

/** Normalised words of a phrase as written in a lexicon. */
export const phraseWords = (phrase: string): string[] => normaliseArabic(phrase).split(/\s+/).filter(Boolean);

/**
 * The keys a token can be looked up by: its normalised form, its stem without proclitics, and its
 * form without a leading conjunction (the tokenizer may keep و on a verb it does not know).
 */
export interface Keyed {
  keys: string[];
}

export interface PhraseHit<P> {
  /** Index (in the caller's word list) of the first and one-past-last word. */
  from: number;
  to: number;
  payload: P;
}

/** A table of multi-word phrases, indexed by their first word: lookups cost one Map get per key. */
export class PhraseTable<P> {
  private readonly byFirst = new Map<string, PhraseEntry<P>[]>();
  /** The shapes of the first words: most keys are turned down before the Map (see WordShapes). */
  private readonly firstShapes = new WordShapes();
  readonly firstWords = new Set<string>();
  /**
   * One word every phrase must contain: its last word (the rarer one in "قام بزيارة", "تم توقيع"),
   * in both its written and bare forms. A sentence holding none of the anchors holds no phrase.
   */
  readonly anchors = new Set<string>();

  /**
   * @param stripArticle also index a first word written with ال under its bare stem (الفيتو → فيتو).
   *   Off for dates: bare الأحد → أحد would read "one of" as Sunday.
   */
  constructor(private readonly stripArticle = true) {}

  add(phrase: string, payload: P): void {
    const words = phraseWords(phrase);
    const [head] = words;
    const last = words.at(-1);
    if (head === undefined || last === undefined) return;
    this.anchors.add(last);
    const bareLast = bareOf(last);
    if (bareLast) this.anchors.add(bareLast);
    for (const first of this.stripArticle ? withoutArticle(head) : [head]) {
      const list = this.byFirst.get(first) ?? [];
      const rest = words.slice(1);
      list.push({ rest, bare: rest.map(bareOf), payload });
      // Longest phrases first, so "مذكرة تفاهم" wins over a bare "مذكرة".
      list.sort((a, b) => b.rest.length - a.rest.length);
      this.byFirst.set(first, list);
      this.firstWords.add(first);
      this.firstShapes.add(first);
    }
  }

  addAll(phrases: string[], payload: P): this {
    for (const p of phrases) this.add(p, payload);
    return this;
  }

  /** The longest phrase starting at word i, or null. */
  matchAt(words: Keyed[], i: number, end = words.length): PhraseHit<P> | null {
    // Callers probe the word after a hit, which may be past the sentence's last word.
    if (i < 0 || i >= Math.min(end, words.length)) return null;
    for (const key of tokenAt(words, i).keys) {
      if (!this.firstShapes.may(key)) continue;
      const list = this.byFirst.get(key);
      if (!list) continue;
      for (const entry of list) {
        const n = entry.rest.length;
        if (i + 1 + n > end) continue;
        let k = 0;
        while (k < n && matchesWord(tokenAt(words, i + 1 + k), entry.rest[k]!, entry.bare[k] ?? null)) k++;
        if (k === n) return { from: i, to: i + 1 + n, payload: entry.payload };
      }
    }
    return null;
  }

  /** Every non-overlapping phrase in words[from, to), left to right. */
  scan(words: Keyed[], from = 0, to = words.length): PhraseHit<P>[] {
    const out: PhraseHit<P>[] = [];
    for (let i = from; i < to; i++) {
      const hit = this.matchAt(words, i, to);
      if (hit) { out.push(hit); i = hit.to - 1; }
    }
    return out;
  }

  /** True when one of the keys could start a phrase. */
  starts(keys: string[]): boolean {
    for (const k of keys) if (this.firstShapes.may(k) && this.firstWords.has(k)) return true;
    return false;
  }
}

/** A phrase's words after its first, each with its bare form (see bareOf), made once at load. */
interface PhraseEntry<P> { rest: string[]; bare: (string | null)[]; payload: P }

/** A lexicon word written with the article (المقرر) also matches the bare stem (مقرر): that stem, else null. */
const bareOf = (lexWord: string): string | null => (lexWord.startsWith('ال') && lexWord.length > 3 ? lexWord.slice(2) : null);

function matchesWord(w: Keyed, lexWord: string, bare: string | null): boolean {
  for (const k of w.keys) if (k === lexWord || k === bare) return true;
  return false;
}

/** The first word as written, and without the article when it has one (so الفيتو indexes فيتو too). */
function withoutArticle(w: string): string[] {
  const bare = bareOf(w);
  return bare ? [w, bare] : [w];
}

export const datesLexicon = loadLexicon('dates.yaml', DatesLexicon);
export const agreementsLexicon = loadLexicon('agreements.yaml', AgreementsLexicon);
export const vetoesLexicon = loadLexicon('vetoes.yaml', VetoesLexicon);
export const visitsLexicon = loadLexicon('visits.yaml', VisitsLexicon);
export const modalityLexicon = loadLexicon('modality.yaml', ModalityLexicon);
export const discourseLexicon = loadLexicon('discourse.yaml', DiscourseLexicon);
