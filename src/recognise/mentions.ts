/**
 * Second recognition pass: turns gazetteer chunks into mentions, applying the title patterns
 * (OFFICE [STATE] [HONORIFIC] NAME; NAME، OFFICE STATE), the person patterns (ROLE … NAME; NAME، ROLE),
 * the not-a-person contexts (فرقاطة، صحيفة، مطار + name) and the ambiguity rules (state or city,
 * nisba or name, partial names by the article's date).
 * Input: a Document and its chunks. Output: mentions in text order.
 */
import type { Document, Mention, MentionVia, Token } from '../model.ts';
import { type Analysis, normaliseArabic, tokenAt } from '../normalise/index.ts';
import type { Chunk } from './chunks.ts';
import {
  BARE_TITLES, BODY_BY_ID, SECOND_PORTFOLIOS, CAPITAL_NOUNS, CAPITAL_OF, CITY_BY_ID, CITY_CUES, DELEGATION_CUES, DESCRIPTORS, type Entry, FEMININE_TITLE_WORDS, LEADER_BY_ID, FORMER_WORDS, LAST_NAME_WORDS, LEADER_WORDS, type Leader, NAME_LINKS, type Office, type OfficeTerm, SIDE_CUES, slug, STATE_CUES, STATES, STOPWORDS, SUBORDINATES,
} from './gazetteer.ts';
import { officeHolders, termAt, termsAt } from './lookups.ts';
import { faInitialGiven, givenNameWord, isCommonNoun, isFrequentStem, mentionStart, nameAfter, nameBefore, nameWord, oneNameAfter } from './names.ts';
import { leaderIdOf, listedHolding, variantKey } from './variants.ts';

interface Title { office: string; state: string | null; start: number }
/** Offices of a minister, whose title may name two portfolios. */
const MINISTER_OFFICES = new Set(['minister', 'foreign minister', 'defence minister', 'interior minister', 'finance minister', 'justice minister']);
interface Created { kind: 'Leader' | 'Person'; id: string; state: string | null; office: string | null; role: string | null; name_ar: string }
type Found = { created: Created; a: number; b: number; via: MentionVia };

/**
 * What the passes of buildMentions share about one article. The passes are functions of their own:
 * as one function of 200 lines, V8 recompiled the whole after each deoptimisation on a path first
 * met late (9 compiles of ~150 ms in 3,000 articles, docs/startup.md rounds 6 and 8); apart, a
 * deoptimisation recompiles one pass.
 */
interface Scope {
  doc: Document; tokens: Token[]; text: string; date: string | null; chunks: Chunk[]; alts: Analysis[][];
  /** Words a mention or a name already holds. */
  taken: Uint8Array;
  chunkAt: Map<number, number>;
  chunkEndingAt: Map<number, Chunk>;
  mentions: Mention[];
}

export function buildMentions(doc: Document, chunks: Chunk[], alts: Analysis[][]): Mention[] {
  const { tokens, text } = doc;
  const taken = new Uint8Array(tokens.length);
  const chunkAt = new Map<number, number>();
  const chunkEndingAt = new Map<number, Chunk>();
  chunks.forEach((c, i) => { chunkAt.set(c.start, i); chunkEndingAt.set(c.end, c); for (let t = c.start; t < c.end; t++) taken[t] = 1; });
  const sc: Scope = { doc, tokens, text, date: doc.article.published, chunks, alts, taken, chunkAt, chunkEndingAt, mentions: [] };
  const suppressed = suppressedChunks(sc);
  const { titles, created } = titleMentions(sc, suppressed);
  created.push(...personsByRole(sc));
  const fullLeaders = gazetteerMentions(sc, suppressed, titles);
  createdMentions(sc, created, fullLeaders);
  surnameMentions(sc);
  titledSurnames(sc);
  capitalsByNisba(sc);
  const { mentions } = sc;
  mentions.push(...bareKingdoms(doc, mentions, taken, (a, b) => span(sc, a, b)));
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  fullestArabicNames(mentions);
  return mentions;
}

/** The mention span of words [a, b), its start moved past the prefixes given (by default the first word's). */
function span(sc: Scope, a: number, b: number, prefixes?: string[]): Span {
  const first = tokenAt(sc.tokens, a);
  const start = mentionStart(sc.text, first, prefixes ?? first.prefixes);
  const { end } = tokenAt(sc.tokens, b - 1);
  return { start, end, text: sc.text.slice(start, end), sentence: first.sentence, tokenStart: a, tokenEnd: b };
}

/** A word of Arabic letters (not a mark or a number). */
const isArabicWordToken = (t: Token): boolean => { const c = t.norm.charCodeAt(0); return c >= 0x0620 && c <= 0x06ff; };

/** The chunk starting at word i. */
function chunkFrom(sc: Scope, tokenIndex: number): Chunk | undefined {
  const i = sc.chunkAt.get(tokenIndex);
  return i === undefined ? undefined : sc.chunks[i];
}

/** The word before a chunk, in its sentence. */
function wordBefore(sc: Scope, c: Chunk): Token | undefined {
  const p = sc.tokens[c.start - 1];
  return p && p.sentence === tokenAt(sc.tokens, c.start).sentence ? p : undefined;
}

/** Chunks that name no person or place here: the name after a ship, paper, company, airport… */
function suppressedChunks(sc: Scope): Set<Chunk> {
  const { tokens, chunks, taken } = sc;
  const next = (i: number) => chunkFrom(sc, i);
  const suppressed = new Set<Chunk>();
  for (const c of chunks) {
    if (!c.cues.includes('not-person') || c.names.length) continue;
    // The name may stand in quotes (مكتبة «مدبولي»).
    const n = next(c.end) ?? (tokens[c.end]?.norm === '"' && tokens[c.end + 1]?.sentence === tokens[c.end]?.sentence ? next(c.end + 1) : undefined);
    // جامعة الملك سعود، مطار الملك خالد، مركز الملك سلمان: neither the title nor the name is a person.
    if (n) { if (n.offices.length || n.names.some((e) => e.type === 'leader')) suppressed.add(n); }
    else { const name = nameAfter(tokens, c.end, taken); if (name) for (let t = name[0]; t < name[1]; t++) taken[t] = 1; }
  }
  // An outlet or an agreement named after a place (صحيفة «نيويورك تايمز»، اتفاق فيينا) does not reference it.
  for (const c of chunks) {
    if (!c.cues.includes('named-after-place') || c.names.length) continue;
    const n = next(c.end) ?? (tokens[c.end]?.norm === '"' ? next(c.end + 1) : undefined);
    const city = n?.names.some((e) => e.type === 'city');
    // Outlets may be named after a state too (صحيفة الجزائر); agreements are only named after cities here.
    const outlet = c.cues.includes('not-person');
    if (n && (city || (outlet && n.names.some((e) => e.type === 'state'))) && !n.names.some((e) => e.type === 'nisba')) suppressed.add(n);
  }
  return suppressed;
}

/**
 * The titles (OFFICE [STATE] [HONORIFIC] NAME; NAME، OFFICE STATE): the listed leaders they title, the
 * unknown leaders they name (created), and Office and State mentions.
 */
function titleMentions(sc: Scope, suppressed: Set<Chunk>): { titles: Map<Chunk, Title>; created: Found[] } {
  const { doc, tokens, chunks, alts, taken, chunkEndingAt, mentions, date } = sc;
  const next = (i: number) => chunkFrom(sc, i);
  const titles = new Map<Chunk, Title>();
  const created: Found[] = [];
  // The state of a title: a nisba agrees with any title (الرئيس الروسي); a state name is a genitive, so
  // only an indefinite title takes one (رئيس فيتنام، وزير خارجية الإمارات, but not وزير الدفاع مصر).
  // A definite title takes a state name after ل when a posting follows (المندوب الدائم لفيجي لدى الأمم المتحدة):
  // the ل is then "of", where alone it may be the destination (المبعوث الأمريكي لسوريا).
  const stateRefAt = (i: number, definite: boolean, abroad = false): { iso: string; end: number; title?: Chunk } | null => {
    // A state's name may follow its kind (سفير جمهورية باكستان، المندوب الدائم لجمهورية جزر فيجي).
    const kind = !next(i) && STATE_CUES().has(tokens[i]?.stem ?? '') && tokens[i + 1]?.sentence === tokens[i]?.sentence ? tokens[i] : undefined;
    const c = next(kind ? i + 1 : i);
    if (!c) return null;
    const owner = !definite || ((kind ?? c).prefixes.includes('ل') && tokens[c.end]?.stem === 'لدي');
    // An indefinite nisba before بن is a given name (الأمير تركي بن عبدالله), as placeReading reads it.
    const givenName = !tokenAt(tokens, c.start).prefixes.includes('ال') && tokens[c.end]?.stem === 'بن';
    // A title that names its own state stands for it (سفير خادم الحرمين الشريفين: the Saudi ambassador).
    const own = abroad && !kind && !c.names.length ? c.offices.find((o) => o.state && o.needs === 'none')?.state : undefined;
    if (own) return { iso: own, end: c.end, title: c };
    const iso = onlyOne([...new Set(c.names.flatMap((e) => (((e.type === 'nisba' && !kind && !givenName) || (e.type === 'state' && owner)) ? [e.iso] : [])))]);
    return iso === null ? null : { iso, end: c.end };
  };
  // Read only for a title that names no state: scanning every article's words for sides cost 3% of extraction.
  let sides: ReturnType<typeof sideStates> | null = null;
  // The side a title speaks for: the last one announced before it in its sentence.
  const sideOf = (c: Chunk): string | null => {
    const sentence = tokenAt(tokens, c.start).sentence;
    sides ??= sideStates(tokens, chunks, alts);
    return sides.filter((x) => x.sentence === sentence && x.end <= c.start).at(-1)?.iso ?? null;
  };
  // A title right after a titled state's posting (… لدى الأمم المتحدة، السفير <name>) is the same person's; with
  // no posting between, the second title is another person's (بوتين، الرئيس الروسي، وزير الخارجية <name>).
  const chained = new Map<Chunk, string>();
  const homeState = DESCRIPTORS().outletState.get(doc.article.outlet ?? '') ?? null;
  // Unless the gazetteer lists the home holder of that office at the date: an unknown name is then someone else's.
  // Nor when its sentence names another state and not the home one (… شوارع بيروت … وزير الشؤون الاجتماعية
  // <name>): the minister may be that state's, and the sentence does not say.
  const foreignNear = (c: Chunk): boolean => {
    const sentence = tokenAt(tokens, c.start).sentence;
    const near = chunks.filter((o) => o !== c && tokenAt(tokens, o.start).sentence === sentence).flatMap((o) => o.names.flatMap(stateOfEntry));
    const home = near.includes(homeState ?? '') || tokens.some((t) => t.sentence === sentence && DESCRIPTORS().kingdomWords.has(t.norm));
    return !home && (near.some((iso) => iso !== homeState) || foreignArticle());
  };
  // An article that names other states and never its outlet's own (a report on Iraq's electricity minister
  // in a Saudi paper) gives no home to a minister it names without a state.
  let foreignOnly: boolean | null = null;
  const foreignArticle = (): boolean => {
    if (foreignOnly === null) {
      const all = chunks.flatMap((o) => o.names.flatMap(stateOfEntry));
      foreignOnly = !all.includes(homeState ?? '') && !tokens.some((t) => DESCRIPTORS().kingdomWords.has(t.norm)) && all.some((iso) => iso !== homeState);
    }
    return foreignOnly;
  };
  const homeOf = (office: Office, c: Chunk): string | null =>
    office.home && homeState && !(date && officeHolders(homeState, office.id, date).length) && !foreignNear(c) ? homeState : null;
  // The last titled name whose title gave its state: a coordinated title right after it (وزير الخارجية
  // الإيطالي <name> ووزيرة التنمية الاقتصادية <name>) with no state of its own is of the same state.
  const coordinate: { last: { end: number; state: string } | null } = { last: null };
  // A listed leader's surname inside an unknown name after a title (الرئيسة الليبيرية إلين جونسون سيرليف) is a
  // word of that name, not the leader: the name is read through it, and the surname alone is not read.
  // Not the surname of a leader holding an office of the title's state at the date (نارندا مودي: a misspelt Modi), and
  // not after a title that names its holder itself (خادم الحرمين الشريفين يهنئ السيسي: a headline's verb).
  const throughSurname = (pos: number, office: Office, state: string | null): [number, number] | null => {
    if (taken[pos] || office.needs === 'none' || !state) return null;
    const loose = taken.slice();
    const freed: Chunk[] = [];
    for (let i = pos + 1; i < pos + 4; i++) {
      const s = next(i);
      if (!s || s.offices.length || !s.names.length || !s.names.every((e) => e.type === 'leader' && e.partial)) continue;
      if (s.names.some((e) => e.type === 'leader' && termsAt(LEADER_BY_ID().get(e.id)!, date).some((t) => t[1] === state))) continue;
      for (let t = s.start; t < s.end; t++) loose[t] = 0;
      freed.push(s);
    }
    if (!freed.length) return null;
    const name = nameAfter(tokens, pos, loose, true);
    if (!name) return null;
    // The name closes there: a mark, a function word, a word with the article, or the sentence's end
    // (not «ليندون جونسون يوقع قانون», where a verb ran into the name).
    const close = tokens[name[1]];
    if (close && close.sentence === tokens[pos]?.sentence && isArabicWordToken(close) && !close.prefixes.includes('ال') && !STOPWORDS().has(close.norm) && !STOPWORDS().has(close.stem)) return null;
    const inside = freed.filter((f) => f.start >= name[0] && f.end <= name[1]);
    if (!inside.length) return null;
    surnamesIn.set(name[0], inside);
    return name;
  };
  const surnamesIn = new Map<number, Chunk[]>();
  // Where the title read before position pos starts.
  const titleAt = new Map<number, number>();
  // A name set off by commas after a title and its state (رئيس الوزراء الماليزي، نجيب عبد الرزاق، …): both commas.
  const setOff = (pos: number, stated: boolean): [number, number] | null => {
    const comma = tokens[pos];
    if (!stated || comma?.norm !== ',' || tokens[pos + 1]?.sentence !== comma.sentence || next(pos + 1)) return null;
    // Only a title that opens its phrase (after a verb of saying, a preposition, a mark): after a noun the
    // title is its genitive (مستشار … في ديوان رئيس الحكومة الإسرائيلية، <name>،: the aide is named).
    const title = titleAt.get(pos);
    const lead = title === undefined ? undefined : tokens[title - 1];
    const leadChunk = title === undefined ? undefined : chunkEndingAt.get(title);
    if (title === undefined || leadChunk?.cues.includes('role')
      || (lead && lead.sentence === comma.sentence && !leadChunk && isArabicWordToken(lead) && !STOPWORDS().has(lead.norm) && !STOPWORDS().has(lead.stem))) return null;
    const name = nameAfter(tokens, pos + 1, taken, true);
    return name && tokens[name[1]]?.norm === ',' && tokens[name[1]]?.sentence === comma.sentence ? name : null;
  };
  // A minister of two portfolios (وزير الموارد المائية والري المصري، وزير التخطيط والتعاون الدولي الأردني): the gazetteer
  // lists the first; a second (name-cues second_portfolios), after و and the article, with at most one adjective,
  // none of them a gazetteer word, stands before the nisba, which is the minister's. Not another party
  // (وزير الخارجية والوفد الأمريكي، والمسؤولين الأمريكيين).
  const secondPortfolio = (at: number, office: Office): ReturnType<typeof stateRefAt> => {
    if (!MINISTER_OFFICES.has(office.id)) return null;
    const sentence = tokens[at]?.sentence;
    const bare = (i: number, clitics: string): boolean => {
      const t = tokens[i];
      return !!t && t.sentence === sentence && !next(i) && t.prefixes.join('+') === clitics;
    };
    // One or two more portfolios (وزير الطاقة والصناعة والثروة المعدنية).
    let p = at;
    for (let n = 0; n < 2 && bare(p, 'و+ال') && SECOND_PORTFOLIOS().has(tokenAt(tokens, p).stem); n++) {
      p++;
      // An adjective of the portfolio (المائية، الدولي), singular: a plural (المسؤولين) is people.
      if (bare(p, 'ال') && !/(ين|ون)$/.test(tokenAt(tokens, p).stem)) p++;
    }
    if (p === at) return null;
    const ref = stateRefAt(p, true);
    if (!ref) return null;
    // The nisba agrees with one minister: singular (الأمريكي، المصرية), not plural (الأمريكيين، الأمريكيون).
    return /(ين|ون)$/.test(tokenAt(tokens, ref.end - 1).stem) ? null : ref;
  };
  // Titles read as the state of the title before them (سفير خادم الحرمين الشريفين).
  const stateTitles = new Set<Chunk>();
  for (const c of chunks) {
    const [office] = c.offices;
    if (!office || suppressed.has(c) || stateTitles.has(c)) continue;
    // نائب وزير المالية: the deputy of the office holder, who holds no office named here.
    const lead = wordBefore(sc, c);
    if (lead && !lead.prefixes.length && SUBORDINATES().has(lead.stem)) continue;
    // رئيسه الكاميروني (its Cameroonian head), written with ه: the noun and a pronoun, not the feminine title رئيسة.
    const last = tokenAt(tokens, c.end - 1);
    if (FEMININE_TITLE_WORDS().has(last.stem) && /ه[\u064b-\u065f]*$/.test(last.text)) continue;
    let pos = c.end;
    const ref = stateRefAt(pos, tokenAt(tokens, c.end - 1).prefixes.includes('ال'), office.abroad) ?? secondPortfolio(pos, office);
    let state: string | null = office.state ?? office.body ?? null;
    if (ref) { state = ref.iso; pos = ref.end; }
    if (ref?.title) {
      stateTitles.add(ref.title);
      const st = STATES().get(ref.iso)!;
      mentions.push({ kind: 'State', id: ref.iso, ...span(sc, ref.title.start, ref.title.end, ref.title.prefixes), via: 'title', name_ar: st.name_ar, name_en: st.name_en });
    }
    const stateEnd = pos;
    // No state of its own: the title it continues, else the side its sentence announced.
    const coordinated = coordinate.last?.end === c.start && c.prefixes[0] === 'و' ? coordinate.last.state : null;
    const implied = !ref && !state ? (chained.get(c) ?? coordinated ?? sideOf(c)) : null;
    if (implied) state = implied;
    const stated = Boolean(ref || implied);
    const sentence = tokenAt(tokens, c.start).sentence;
    // Between the state and the name: an adjective (المؤقت، الدائم) and a posting (لدى الأمم المتحدة،
    // لدى المملكة، للشرق الأوسط، لسوريا).
    // An adjective that makes the holder a former one (السفير الأردني الأسبق <name>) leaves a person who holds no office now.
    let former = false;
    if (stated && !next(pos) && tokens[pos]?.prefixes.join('') === 'ال' && tokens[pos]?.sentence === sentence) { former = FORMER_WORDS().has(tokenAt(tokens, pos).stem); pos++; }
    const at = tokens[pos]?.sentence === sentence ? tokens[pos] : undefined;
    const unposted = pos;
    const posting = stated && (at?.stem === 'لدي' || at?.stem === 'في') ? next(pos + 1) : undefined;
    if (posting?.names.length) {
      pos = posting.end;
      // A posting to several states (سفير … لدى أستراليا ونيوزيلندا): the coordinated states are the posting's too.
      for (let more = next(pos); more?.prefixes[0] === 'و' && !more.offices.length && more.names.some((e) => e.type === 'state' || e.type === 'city'); more = next(pos)) pos = more.end;
    }
    else if (stated && at?.stem === 'لدي' && DESCRIPTORS().kingdomWords.has(tokens[pos + 1]?.norm ?? '')) pos += 2;
    else if (stated && at?.prefixes[0] === 'ل') {
      const to = next(pos);
      if (to?.names.length) pos = to.end;
      else if (at.prefixes.includes('ال') && !to) { pos++; if (tokens[pos]?.prefixes.join('') === 'ال' && !next(pos) && tokens[pos]?.sentence === sentence) pos++; }
    }
    // A title that names its own state (خادم الحرمين الشريفين) references it, with or without a name.
    if (!ref && office.state) { const st = STATES().get(office.state)!; mentions.push({ kind: 'State', id: office.state, ...span(sc, c.start, c.end, c.prefixes), via: 'title', name_ar: st.name_ar, name_en: st.name_en }); }
    const unhonoured = pos;
    for (let h = next(pos); h?.cues.includes('honorific'); h = next(pos)) pos = h.end;
    const after = next(pos);
    const leaderAfter = after?.names.some((e) => e.type === 'leader') ? after : undefined;
    if (leaderAfter) {
      titles.set(leaderAfter, { office: office.id, state, start: c.start });
      coordinate.last = stated && state ? { end: leaderAfter.end, state } : null;
      continue;
    }
    const title = after ?? (tokens[pos]?.norm === ',' ? next(pos + 1) : undefined);
    if (pos > unposted && state && title?.offices.length && !title.names.length && title.prefixes[0] !== 'و' && tokenAt(tokens, title.start).sentence === sentence) chained.set(title, state);
    if (office.needs === 'state' && !stated) continue;
    // A minister named with no state in a national outlet is one of its own government (وزير العمل الدكتور …).
    if (!state) state = homeOf(office, c);
    // After an honorific one word is a name (نظيرته البنغلاديشية الشيخة حسينة، السيد العثماني).
    titleAt.set(pos, c.start);
    const name = !after ? (nameAfter(tokens, pos, taken, Boolean(state || office.body)) ?? throughSurname(pos, office, state) ?? (pos > unhonoured ? oneNameAfter(tokens, pos, taken) : null) ?? setOff(pos, stated)) : null;
    if (name && (state || office.body)) {
      const holder: Created = former ? { kind: 'Person', id: '', state: null, office: null, role: `former ${office.id}`, name_ar: '' } : unknownLeader(office, state, c, chunks, date);
      created.push({ created: holder, a: name[0], b: name[1], via: 'title' });
      for (let t = name[0]; t < name[1]; t++) taken[t] = 1;
      for (const f of surnamesIn.get(name[0]) ?? []) suppressed.add(f);
      coordinate.last = stated && state && !former ? { end: name[1], state } : null;
      continue;
    }
    if (!state || (!ref && !office.state) || implied) continue;
    // NAME، OFFICE STATE: a listed leader or an unknown name just before the title. Not a title after و (…
    // ياسر الرميان، وسفير خادم الحرمين الشريفين …): the next item of a list, another person.
    const listItem = c.prefixes[0] === 'و' && tokens[c.start - 1]?.norm === ',';
    const before = listItem ? undefined : chunkEndingAt.get(c.start) ?? (tokens[c.start - 1]?.norm === ',' ? chunkEndingAt.get(c.start - 1) : undefined);
    if (before?.names.some((e) => e.type === 'leader')) { titles.set(before, { office: office.id, state, start: before.start }); continue; }
    const back = listItem ? null : nameBefore(tokens, c.start, taken);
    // The rest of a listed leader's patronymic (الشيخ تميم بن حمد آل ثاني أمير دولة قطر): the title is his,
    // and the words after the link are no name of their own.
    let link = back ? back[0] : -1;
    while (link > 0 && NAME_LINKS().has(tokenAt(tokens, link - 1).stem) && !tokenAt(tokens, link - 1).prefixes.length) link--;
    const named = back && link < back[0] ? chunkEndingAt.get(link) : undefined;
    if (back && named?.names.some((e) => e.type === 'leader')) {
      titles.set(named, { office: office.id, state, start: named.start });
      for (let t = back[0]; t < back[1]; t++) taken[t] = 1;
      continue;
    }
    if (back) {
      created.push({ created: unknownLeader(office, state, c, chunks, date), a: back[0], b: back[1], via: 'title' });
      for (let t = back[0]; t < back[1]; t++) taken[t] = 1;
      continue;
    }
    if (office.id === 'counterpart') continue;
    // A chain of titles after a listed leader (محمد بن سلمان ولي ولي العهد … وزير الدفاع السعودي) is theirs.
    const holder = chunks.slice(Math.max(0, chunks.indexOf(c) - 4), chunks.indexOf(c)).reverse()
      .find((b) => tokenAt(tokens, b.start).sentence === tokenAt(tokens, c.start).sentence && b.names.some((e) => e.type === 'leader' && holdsAt(e.id, office.id, state, date)));
    if (holder) { titles.set(holder, { office: office.id, state, start: holder.start }); continue; }
    mentions.push({ kind: 'Office', id: `${state}:${office.id}`, ...span(sc, c.start, stateEnd, c.prefixes), via: 'title', state, office: office.id });
  }
  return { titles, created };
}

/** Persons who are not leaders: ROLE [adjectives] NAME, or NAME، ROLE. */
function personsByRole(sc: Scope): Found[] {
  const { tokens, chunks, taken } = sc;
  const next = (i: number) => chunkFrom(sc, i);
  const created: Found[] = [];
  for (const c of chunks) {
    if (!c.cues.includes('role') || c.names.length || c.offices.length) continue;
    const role = span(sc, c.start, c.end, c.prefixes).text;
    let pos = c.end;
    for (let k = 0; k < 2 && tokens[pos]?.prefixes.includes('ال') && !next(pos)?.names.some((e) => e.type === 'leader'); k++) pos = next(pos)?.end ?? pos + 1;
    const fwd = !next(pos) ? nameAfter(tokens, pos, taken) : null;
    const back = !fwd && tokens[c.start - 1]?.norm === ',' ? nameBefore(tokens, c.start, taken) : null;
    const name = fwd ?? back;
    if (!name) continue;
    created.push({ created: { kind: 'Person', id: '', state: null, office: null, role, name_ar: '' }, a: name[0], b: name[1], via: 'title' });
    for (let t = name[0]; t < name[1]; t++) taken[t] = 1;
  }
  return created;
}

/** The gazetteer's chunks: listed leaders, bodies, states and cities, by the ambiguity rules. */
/** Returns the listed leaders the article names in full (a name fragment may stand for one of them). */
function gazetteerMentions(sc: Scope, suppressed: Set<Chunk>, titles: Map<Chunk, Title>): ReadonlySet<string> {
  const { tokens, chunks, alts, taken, chunkEndingAt, mentions, date } = sc;
  const next = (i: number) => chunkFrom(sc, i);
  const prevToken = (c: Chunk) => wordBefore(sc, c);
  // Document-level evidence for the ambiguity rules.
  const stateCount = new Map<string, number>();
  const fullLeaders = new Set<string>();
  for (const c of chunks) {
    const states = new Set(c.names.flatMap((e) => stateOfEntry(e)));
    if (states.size === 1) for (const s of states) stateCount.set(s, (stateCount.get(s) ?? 0) + 1);
    for (const e of c.names) if (e.type === 'leader' && !e.partial) fullLeaders.add(e.id);
  }


  const unContext = chunks.some((c) => c.names.some((e) => e.type === 'body' && e.kind === 'UNBody' && !e.contextual));
  const otherBearers = new Set<string>();
  for (const c of chunks) {
    if (!c.names.length || c.names.some((e) => e.type === 'body' && e.kind === 'block')) continue;
    const s = span(sc, c.start, c.end, c.prefixes);
    // A partial name is written as listed: with its article (الجبير) or without (جودة, never الجودة).
    const leaders = c.names.filter((e): e is Extract<Entry, { type: 'leader' }> => e.type === 'leader' && (!e.partial || e.article === c.prefixes.includes('ال')));
    const full = leaders.find((e) => !e.partial);
    if (full) {
      if (suppressed.has(c)) continue;
      const m = leaderMention(LEADER_BY_ID().get(full.id)!, date, titles.get(c), s, 'gazetteer');
      if (m) mentions.push(m);
      continue;
    }
    const body = c.names.find((e): e is Extract<Entry, { type: 'body' }> => e.type === 'body');
    if (body?.contextual && !unContext) continue;
    if (body) {
      const b = BODY_BY_ID().get(body.id)!;
      mentions.push({ kind: body.kind === 'UNBody' ? 'UNBody' : 'Organization', id: b.id, ...s, via: 'name', name_ar: b.ar[0], name_en: b.name_en ?? null });
      continue;
    }
    if (suppressed.has(c)) continue;
    const place = placeReading(c, tokens, chunks, next, prevToken, stateCount, chunkEndingAt);
    if (place) { mentions.push(...placeMentions(place, s)); continue; }
    if (leaders.length && !suppressed.has(c) && leaders.every((e) => e.partial)) {
      // A surname after an unknown given name (مهند هادي، خالد الجبير) is someone else's, for the whole article;
      // unless the two words spell the leader's full name another way (سيرغي شويجو: سيرغي شويغو، سيرجي شويجو).
      const before = c.start > 0 ? tokens[c.start - 1] : undefined;
      // After a title, or a title and its state (رئيس الوزراء الهندي نارندا مودي), the given name is the leader's, however spelt.
      const prior = c.start > 1 ? chunkEndingAt.get(c.start - 1) : undefined;
      const titled = prior?.offices.length || (prior?.names.some((e) => e.type === 'nisba' || e.type === 'state') && chunkEndingAt.get(prior.start)?.offices.length);
      // With the article, not after a noun ending in ة (حماقة الأسد: the idafa of a noun and the leader).
      if (!titled && c.prefixes.every((p) => p === 'ال') && !(c.prefixes.length && before?.norm.endsWith('ه')) && before && !taken[c.start - 1] && before.sentence === tokenAt(tokens, c.start).sentence && before.prefixes.length === 0 && givenNameWord(before)) {
        const whole = span(sc, c.start - 1, c.end);
        const spelt = leaders.find((e) => leaderIdOf(whole.text) === e.id);
        if (spelt) {
          const m = leaderMention(LEADER_BY_ID().get(spelt.id)!, date, titles.get(c), whole, 'gazetteer');
          if (m) { mentions.push(m); taken[c.start - 1] = 1; }
          continue;
        }
        for (const e of leaders) otherBearers.add(e.id);
      }
    }
    if (leaders.length && !suppressed.has(c) && (titles.has(c) || !leaders.some((e) => otherBearers.has(e.id) && !fullLeaders.has(e.id)))) {
      // A partial name that is also a common word (جودة "quality") needs the full name in the article.
      const common = c.end - c.start === 1 && !c.prefixes.includes('ال') && isCommonNoun(tokenAt(alts, c.start).find((a) => a.prefixes.length === c.prefixes.length)?.stem ?? '');
      const id = resolvePartial(leaders.map((e) => e.id), fullLeaders, common ? null : date, common, titles.get(c));
      if (id) { const m = leaderMention(LEADER_BY_ID().get(id)!, date, titles.get(c), s, 'partial-name'); if (m) mentions.push(m); }
    }
  }
  return fullLeaders;
}

/**
 * Created leaders and persons, then their later partial mentions (الخبير كامران غاسانوف … غاسانوف).
 * A name's words are kept whole (كامران is not ك + امران); only a leading conjunction is cut.
 */
function createdMentions(sc: Scope, created: Found[], fullLeaders: ReadonlySet<string>): void {
  const { tokens, alts, taken, mentions, date } = sc;
  const nameSpan = (a: number, b: number) => {
    const [conj] = tokenAt(tokens, a).prefixes;
    // The ف of a given name read as ف + word (فاوري) is the name's own letter.
    const cut = conj === 'و' || (conj === 'ف' && !faInitialGiven(tokens, a));
    return span(sc, a, b, cut ? [conj] : []);
  };
  const laterKeys = new Map<string, Created>();
  for (const { created: found, a, b, via } of created) {
    const s = nameSpan(a, b);
    const e = wholeOfFragment({ ...found, name_ar: s.text }, fullLeaders, date);
    if (!e) continue;
    mentions.push(createdMention(e, s, via));
    const last = tokenAt(tokens, b - 1);
    if (last.norm.length >= 3 && !laterKeys.has(last.norm)) laterKeys.set(last.norm, e);
  }
  if (laterKeys.size) {
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i]) continue;
      for (const a of tokenAt(alts, i)) {
        const later = laterKeys.get(a.stem);
        if (!later) continue;
        mentions.push(createdMention(later, span(sc, i, i + 1, a.prefixes.filter((p) => p !== 'ال')), 'partial-name'));
        break;
      }
    }
  }
}

/**
 * A listed leader named in full is named again by the last word of that name alone (بيدرو سانشيز …
 * السيد سانشيز، سيرغي لافروف … قال لافروف), after it and in the same article. Not a surname: the word
 * after a name link (محمد بن سلمان: سلمان is his father, a king of his own; آل سعود is the whole
 * family), a frequent word of the corpus (العثماني "Ottoman", عباس, الثاني: these need a listed key),
 * a word that ends the names of two leaders the article names in full, or a word of another listed
 * leader's names or keys (الأسد of Bashar and Hafez, شريف of Nawaz and Shehbaz). The word right after
 * another name word is that name's end, not the leader (دينغ شياو بينغ is not شي جين بينغ).
 */
function surnameMentions(sc: Scope): void {
  const { tokens, alts, taken, mentions, date } = sc;
  const bySurname = new Map<string, { id: string; from: number; article: boolean } | null>();
  for (const m of mentions) {
    if (m.kind !== 'Leader' || m.via === 'partial-name' || m.tokenEnd - m.tokenStart < 2) continue;
    const last = tokenAt(tokens, m.tokenEnd - 1);
    const before = tokenAt(tokens, m.tokenEnd - 2);
    const surname = last.stem;
    if (surname.length < 3 || NAME_LINKS().has(before.stem) || isFrequentStem(surname) || isFrequentStem(last.norm) || !LEADER_BY_ID().has(m.id)) continue;
    const seen = bySurname.get(surname);
    if (seen === undefined) bySurname.set(surname, { id: m.id, from: m.tokenEnd, article: last.prefixes.includes('ال') });
    else if (seen && seen.id !== m.id) bySurname.set(surname, null);
  }
  if (!bySurname.size) return;
  for (const [surname, who] of bySurname) if (who && LEADER_WORDS().get((who.article ? 'ال' : '') + surname)?.some((id) => id !== who.id)) bySurname.set(surname, null);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    for (const a of tokenAt(alts, i)) {
      const who = bySurname.get(a.stem);
      // Written as in the full name: with its article (العثماني) or without (سانشيز).
      if (!who || i < who.from || a.prefixes.includes('ال') !== who.article) continue;
      // After a name word it ends someone else's name (دينغ شياو بينغ after شي جين بينغ، لاو دونغ).
      const before = tokens[i - 1];
      if (!a.prefixes.length && before && !taken[i - 1] && before.sentence === tokenAt(tokens, i).sentence && nameWord(before)) break;
      const m = leaderMention(LEADER_BY_ID().get(who.id)!, date, undefined, span(sc, i, i + 1, a.prefixes.filter((p) => p !== 'ال')), 'partial-name');
      if (m) { mentions.push(m); taken[i] = 1; }
      break;
    }
  }
}

/**
 * A title with no state and the family name of a listed leader who holds that office at the article's
 * date (الوزير شكري، وزير الخارجية المعلم) is that leader, though the word alone is a given name or a
 * common word (شكري، المعلم "the teacher") the gazetteer cannot list as a key. A bare title (الوزير، الرئيس)
 * fits every office ending in its word (foreign minister); an office title fits its own office. The
 * word before a further name word is a given name (الرئيس شكري القوتلي), not the family name.
 */
function titledSurnames(sc: Scope): void {
  const { tokens, alts, taken, mentions, date, chunkEndingAt } = sc;
  if (!date) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokenAt(tokens, i);
    const before = tokenAt(tokens, i - 1);
    if (taken[i] || before.sentence !== t.sentence || t.prefixes.some((p) => p !== 'ال')) continue;
    const office = chunkEndingAt.get(i)?.offices[0];
    // The title with its article, maybe after و or ف (الوزير، والوزير), as the tokenizer split it.
    const definite = before.prefixes.includes('ال') && before.prefixes.every((p) => p === 'ال' || p === 'و' || p === 'ف');
    const bare = definite ? BARE_TITLES().get(before.stem) : undefined;
    const fits = office && !office.state ? (o: string) => o === office.id : bare ? (o: string) => o === bare || o.endsWith(` ${bare}`) : null;
    if (!fits) continue;
    // A further name word or a name after it (الرئيس حسين روحاني) makes it a given name.
    const after = tokens[i + 1];
    if (after && after.sentence === t.sentence && !after.prefixes.length && (taken[i + 1] || nameWord(after))) continue;
    const stem = tokenAt(alts, i).find((a) => a.prefixes.join('') === t.prefixes.join(''))?.stem ?? t.stem;
    // A pronoun (هي, the last word of بارك جيون هي) is no family name; a common word is, after the title.
    if (stem.length < 3) continue;
    const word = (t.prefixes.includes('ال') ? 'ال' : '') + stem;
    const ids = (LAST_NAME_WORDS().get(word) ?? []).filter((id) => termsAt(LEADER_BY_ID().get(id)!, date).some((term) => fits(term[0])));
    const id = onlyOne(ids);
    if (!id) continue;
    const m = leaderMention(LEADER_BY_ID().get(id)!, date, undefined, span(sc, i, i + 1, t.prefixes.filter((p) => p !== 'ال')), 'partial-name');
    if (m) { mentions.push(m); taken[i] = 1; }
  }
}

/**
 * The bare descriptor المملكة (وقعت المملكة، وصل إلى المملكة) as a mention of the kingdom it stands for:
 * the outlet's own country when that is a kingdom (a Saudi paper's المملكة is Saudi Arabia), unless the
 * article names another kingdom and never its own; else the one kingdom the article names. Left alone
 * when the article gives no such kingdom, or before an adjective that makes it a name (المملكة
 * الأردنية، المملكة المتحدة: the gazetteer's names).
 */
function bareKingdoms(doc: Document, mentions: Mention[], taken: Uint8Array, span: (a: number, b: number) => Omit<Mention, 'kind' | 'id' | 'via'>): Mention[] {
  const { kingdomWords, kingdoms, outletState } = DESCRIPTORS();
  const stems = new Set([...kingdomWords].map((w) => w.replace(/^ال/, '')));
  const states = mentions.filter((m) => m.kind === 'State');
  const named = new Set(states.filter((m) => m.via !== 'nisba' && m.via !== 'title').map((m) => m.id));
  const anyway = new Set(states.map((m) => m.id));
  const others = [...kingdoms].filter((k) => named.has(k));
  const outlet = outletState.get(doc.article.outlet ?? '') ?? agencyOfDateline(doc);
  const iso = outlet && kingdoms.has(outlet) && (anyway.has(outlet) || !others.some((k) => k !== outlet)) ? outlet
    : others.length === 1 ? others[0] : undefined;
  if (!iso) return [];
  const st = STATES().get(iso)!;
  const { tokens } = doc;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokenAt(tokens, i);
    if (taken[i] || !stems.has(t.stem) || !t.prefixes.includes('ال')) continue;
    const after = tokens[i + 1];
    if (after && after.sentence === t.sentence && after.prefixes.includes('ال') && /(يه|متحده)$/.test(after.stem)) continue;
    out.push({ kind: 'State', id: iso, ...span(i, i + 1), via: 'alias', name_ar: st.name_ar, name_en: st.name_en });
  }
  return out;
}

/** How many words open the body before the dateline's agency at most (جدة ١٢ مايو ٢٠٢٣ (واس) -). */
const DATELINE_AGENCY_WITHIN = 12;
const DATELINE_MARKS = new Set(['(', ')', '-', '/', ':']);

/**
 * The country of a kingdom's national agency credited in the dateline (الرياض (واس) -، جدة - واس:):
 * the word set off by brackets or marks in the body's opening words (descriptors.yaml `agencies`).
 */
function agencyOfDateline(doc: Document): string | undefined {
  const { agencyState } = DESCRIPTORS();
  const { tokens } = doc;
  const first = doc.headline?.sentence === 0 ? 1 : 0;
  const from = tokens.findIndex((t) => t.sentence === first);
  if (from < 0) return undefined;
  for (let i = from; i < Math.min(tokens.length, from + DATELINE_AGENCY_WITHIN); i++) {
    const t = tokenAt(tokens, i);
    if (t.sentence !== first) break;
    const iso = agencyState.get(t.norm);
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (iso && before && after && DATELINE_MARKS.has(before.norm) && DATELINE_MARKS.has(after.norm)) return iso;
  }
  return undefined;
}

function holdsAt(id: string, office: string, state: string, date: string | null): boolean {
  const l = LEADER_BY_ID().get(id);
  return !!l && termsAt(l, date).some((t) => t[0] === office && t[1] === state);
}

function stateOfEntry(e: Entry): string[] {
  if (e.type === 'state' || e.type === 'nisba') return [e.iso];
  if (e.type === 'city') { const s = CITY_BY_ID().get(e.id)?.state; return s ? [s] : []; }
  return [];
}

type Place = { kind: 'state'; iso: string; via: MentionVia } | { kind: 'city'; id: string };

/** Decide what a place chunk refers to: a state (by name, alias or nisba) or a city/seat. */
function placeReading(
  c: Chunk, tokens: Token[], chunks: Chunk[], next: (i: number) => Chunk | undefined,
  prevToken: (c: Chunk) => Token | undefined, stateCount: Map<string, number>, chunkEndingAt: Map<number, Chunk>,
): Place | null {
  // A state written with its article (الكاميرون) is a person's name without it (كاميرون).
  const bare = !c.prefixes.includes('ال') && c.names.some((e) => e.type === 'leader');
  const states = c.names.filter((e): e is Extract<Entry, { type: 'state' }> => e.type === 'state' && !(bare && e.article));
  const nisbas = c.names.filter((e): e is Extract<Entry, { type: 'nisba' }> => e.type === 'nisba');
  // A city news writes without the article is not read in a word that carries one (التالين "the
  // following" is not Tallinn, الفأس "the axe" not Fez), as a state is not (bare above).
  const article = c.prefixes.includes('ال');
  const cities = c.names.filter((e): e is Extract<Entry, { type: 'city' }> => e.type === 'city' && (e.article || !article));
  const [state] = states;
  const [cityName] = cities;
  const prev = prevToken(c);
  if (state && cityName) {
    // A name that is both a state and another state's city (عمان: Oman or Amman).
    const city = CITY_BY_ID().get(cityName.id)!;
    const cityState = city.state ?? '';
    const following = next(c.end);
    const cued = (prev && CITY_CUES().has(prev.stem)) || following?.names.some((e) => e.type === 'nisba' && e.iso === cityState);
    if (cued || (stateCount.get(cityState) ?? 0) > (stateCount.get(state.iso) ?? 0)) return { kind: 'city', id: city.id };
    return { kind: 'state', iso: state.iso, via: state.via };
  }
  if (state) {
    const s = state;
    if (STATES().get(s.iso)?.ambiguous) {
      const capitalNamed = chunks.some((o) => o.names.some((e) => e.type === 'city' && CITY_BY_ID().get(e.id)?.state === s.iso));
      if (!capitalNamed && !(prev && STATE_CUES().has(prev.stem))) return null;
    }
    return { kind: 'state', iso: s.iso, via: s.via };
  }
  if (cityName) {
    // The seat of an older polity (روما) in an article that uses that polity's nisba in its old sense
    // (الإمبراطورية الرومانية) and never names the city's state is that polity: no place of today.
    const city = CITY_BY_ID().get(cityName.id);
    // A name that is also a given name or a word (صوفيا لورين، مليون أكرا "acres") is the city only
    // after a city cue (العاصمة صوفيا) or in an article that names its state otherwise.
    if (city?.ambiguous && !(prev && CITY_CUES().has(prev.stem)) && !chunks.some((o) => o !== c && o.names.some((e) => !(e.type === 'city' && e.id === city.id) && stateOfEntry(e).includes(city.state ?? '')))) return null;
    const old = city?.old_polity_of;
    if (old && oldSense(old, undefined, chunks, prevToken) && !chunks.some((o) => o.names.some((e) => e.type === 'state' && e.iso === city?.state))) return null;
    return { kind: 'city', id: cityName.id };
  }
  const [nisba] = nisbas;
  if (nisba) {
    const t = tokenAt(tokens, c.start);
    // An indefinite nisba after an honorific, or before or after بن, is a given name (الأمير تركي بن …، فيصل بن تركي).
    const afterHonorific = chunkEndingAt.get(c.start)?.cues.includes('honorific') ?? false;
    const beforeBin = tokens[c.end]?.stem === 'بن';
    const afterBin = c.start > 0 && tokenAt(tokens, c.start - 1).stem === 'بن' && !tokenAt(tokens, c.start - 1).prefixes.length;
    if (!t.prefixes.includes('ال') && (afterHonorific || beforeBin || afterBin)) return null;
    // A nisba closing a name introduced by a role or an honorific is a family name (الممثل سامر المصري).
    const introduced = t.prefixes.includes('ال') && c.start >= 2 && !chunkEndingAt.get(c.start) && tokenAt(tokens, c.start - 1).prefixes.length === 0
      && chunkEndingAt.get(c.start - 1)?.cues.some((q) => q === 'role' || q === 'honorific');
    if (introduced) return null;
    if (oldSense(nisba.iso, prev, chunks, prevToken)) return null;
    return { kind: 'state', iso: nisba.iso, via: 'nisba' };
  }
  return null;
}

/**
 * The nisba of `iso` names an older polity (الإمبراطورية الرومانية, not Romania): right after one of the
 * state's old_sense_after nouns, or anywhere in an article that uses it so once and never names the state.
 */
function oldSense(iso: string, prev: Token | undefined, chunks: Chunk[], prevToken: (c: Chunk) => Token | undefined): boolean {
  const heads = STATES().get(iso)?.oldSenseAfter;
  if (!heads?.size) return false;
  if (prev && heads.has(prev.stem)) return true;
  if (chunks.some((o) => o.names.some((e) => e.type === 'state' && e.iso === iso))) return false;
  return chunks.some((o) => o.names.some((e) => e.type === 'nisba' && e.iso === iso) && heads.has(prevToken(o)?.stem ?? ''));
}

type Span = { start: number; end: number; text: string; sentence: number; tokenStart: number; tokenEnd: number };

function placeMentions(p: Place, s: Span): Mention[] {
  if (p.kind === 'state') {
    const st = STATES().get(p.iso)!;
    return [{ kind: 'State', id: p.iso, ...s, via: p.via, name_ar: st.name_ar, name_en: st.name_en }];
  }
  const city = CITY_BY_ID().get(p.id)!;
  const out: Mention[] = [];
  if (city.kind !== 'seat') out.push({ kind: 'City', id: city.id, ...s, via: 'city', state: city.state, name_ar: city.ar[0], name_en: city.name_en });
  if (city.state) {
    const st = STATES().get(city.state)!;
    out.push({ kind: 'State', id: city.state, ...s, via: city.kind === 'seat' ? 'seat' : city.kind === 'capital' ? 'capital' : 'city', name_ar: st.name_ar, name_en: st.name_en });
  }
  return out;
}

/**
 * «العاصمة الإثيوبية» with no name after it is that state's capital: the nisba mention becomes the capital
 * (a City of cities.yaml when it lists one, and the State through it), spanning the noun too. With a
 * name after it (العاصمة الإثيوبية أديس أبابا) the name is the place and the nisba stays a nisba.
 */
function capitalsByNisba(sc: Scope): void {
  const { tokens, mentions } = sc;
  // Mention starts, built only once a nisba after a capital noun is found (most documents have none).
  let startsAt: Set<number> | null = null;
  const out: Mention[] = [];
  let changed = false;
  for (const m of mentions) {
    const noun = tokens[m.tokenStart - 1];
    const next = tokens[m.tokenEnd];
    if (m.kind !== 'State' || m.via !== 'nisba' || !noun || noun.sentence !== m.sentence || !CAPITAL_NOUNS().has(noun.stem)
      || !(noun.prefixes.includes('ال') || noun.prefixes.includes('لل'))
      || (next && next.sentence === m.sentence && (startsAt ??= new Set(mentions.map((x) => x.tokenStart))).has(m.tokenEnd))) {
      out.push(m);
      continue;
    }
    changed = true;
    const s = span(sc, m.tokenStart - 1, m.tokenEnd, noun.prefixes.filter((p) => p !== 'ال'));
    const city = CAPITAL_OF().get(m.id);
    out.push(...(city ? placeMentions({ kind: 'city', id: city.id }, s) : [{ ...m, ...s, via: 'capital' as const }]));
  }
  if (!changed) return;
  sc.mentions.length = 0;
  sc.mentions.push(...out);
}

/** A partial name (بوتين، الملك عبدالله) resolves to a leader named in full in the article, else to the one listed holder in office at the date. */
function resolvePartial(listed: string[], fullLeaders: Set<string>, date: string | null, needsFullName = false, title?: Title): string | null {
  const ids = [...new Set(listed)];
  const named = ids.filter((id) => fullLeaders.has(id));
  if (named.length === 1 || needsFullName) return onlyOne(named);
  const now = ids.filter((id) => termAt(LEADER_BY_ID().get(id)!, date));
  if (now.length || !title) return onlyOne(now);
  // A title and a surname with nobody of that name in office (الرئيس مبارك، الرئيس السادات in 2015):
  // the one listed former holder of that office, looked back on.
  return onlyOne(ids.filter((id) => LEADER_BY_ID().get(id)!.offices.some((o) => o[0] === title.office && (!title.state || o[1] === title.state))));
}

/** The one element of a list of one, else null (none, or several: ambiguous). */
function onlyOne<T>(xs: readonly T[]): T | null {
  return xs.length === 1 ? (xs[0] ?? null) : null;
}

/** A listed leader's mention; a listed person out of office at the article's date is a Person. */
function leaderMention(l: Leader, date: string | null, title: Title | undefined, s: Span, via: MentionVia): Mention | null {
  const terms = termsAt(l, date);
  let term: OfficeTerm | undefined = terms.find((t) => t[0] === title?.office) ?? terms[0];
  // With no date, a listed leader is taken to hold their latest office.
  if (!term && !date) term = l.offices.at(-1);
  const base = { id: l.id, ...s, via: title ? 'title' as const : via, name_ar: s.text, name_en: l.en, wikidata: l.wd ?? null };
  if (!term) {
    // A bare surname of someone out of office is no one we can tell; after a title of his, he is the former holder.
    if (via === 'partial-name' && !title) return null;
    // The gazetteer lists every leader with at least one office.
    const last = l.offices.at(-1);
    if (!last) return null;
    return { kind: 'Person', ...base, state: STATES().has(last[1]) ? last[1] : null, role: `former ${last[0]}` };
  }
  return { kind: 'Leader', ...base, state: term[1], office: term[0], from: term[2], to: term[3] };
}

/**
 * States a sentence announces as the side of the officials named after them: من الجانب الباكستاني،
 * من جانب ناميبيا (side cues before the state), وفد سعودي يرأسه (a delegation of the state, headed by).
 */
function sideStates(tokens: Token[], chunks: Chunk[], alts: Analysis[][]): Array<{ sentence: number; end: number; iso: string | null }> {
  const out: Array<{ sentence: number; end: number; iso: string | null }> = [];
  const { delegation, headed } = DELEGATION_CUES();
  const sentence = (i: number) => tokenAt(tokens, i).sentence;
  const has = (i: number, keys: ReadonlySet<string>) => tokenAt(alts, i).some((a) => keys.has(a.stem));
  for (const c of chunks) {
    const iso = onlyOne([...new Set(c.names.flatMap((e) => (e.type === 'nisba' || e.type === 'state' ? [e.iso] : [])))]);
    if (!iso) continue;
    const s = sentence(c.start);
    const cued = SIDE_CUES().some((keys) => c.start >= keys.length
      && keys.every((k, n) => { const i = c.start - keys.length + n; return sentence(i) === s && tokenAt(alts, i).some((a) => a.stem === k); }));
    const led = c.start > 0 && sentence(c.start - 1) === s && has(c.start - 1, delegation)
      && c.end < tokens.length && sentence(c.end) === s && has(c.end, headed);
    if (cued || led) out.push({ sentence: s, end: c.end, iso });
  }
  // A delegation headed with no state named after it (وتشارك مصر بوفد يرأسه …) ends the side before it.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (sentence(i) === sentence(i + 1) && has(i, delegation) && has(i + 1, headed)) out.push({ sentence: sentence(i), end: i + 1, iso: null });
  }
  return out.sort((a, b) => a.end - b.end);
}

/** A leader named by a title but not listed: office and state from the title. */
function unknownLeader(office: Office, state: string | null, c: Chunk, chunks: Chunk[], date: string | null): Created {
  let officeId = office.id;
  if (officeId === 'counterpart') {
    // "his counterpart": the office of the last listed leader named before the title.
    const before = chunks.filter((o) => o.end <= c.start && o.names.some((e) => e.type === 'leader')).pop();
    const listed = before?.names.find((e) => e.type === 'leader');
    const l = listed ? LEADER_BY_ID().get(listed.id) : undefined;
    officeId = (l && termAt(l, date)?.[0]) ?? 'leader';
    // With no listed leader before it, the counterpart of a person named by a role (المدير الفني … ونظيره
    // الفرنسي <name>) is a person of the same trade.
    const prior = chunks.filter((o) => o.end <= c.start && (o.offices.length || o.cues.includes('role'))).at(-1);
    if (!l && prior && !prior.offices.length && prior.cues.includes('role')) return { kind: 'Person', id: '', state: null, office: null, role: 'counterpart', name_ar: '' };
  }
  return { kind: 'Leader', id: '', state, office: officeId, role: null, name_ar: '' };
}

/**
 * A titled name the gazetteer does not list that is a fragment of a listed leader's name, of a leader
 * of the title's state (عيسى آل خليفة of حمد بن عيسى آل خليفة; مولود أوغلو of مولود جاويش أوغلو), is no
 * second person: it is that leader when the article names him in full or the title gives his office
 * at the article's date, else no one we can tell (null: no mention).
 */
function wholeOfFragment(e: Created, fullLeaders: ReadonlySet<string>, date: string | null): Created | null {
  if (e.kind !== 'Leader' || !e.state || LEADER_BY_ID().has(leaderIdOf(e.name_ar))) return e;
  const ids = listedHolding(e.name_ar).filter((id) => LEADER_BY_ID().get(id)!.offices.some((t) => t[1] === e.state));
  if (!ids.length) return misspeltHolder(e, date);
  const titled = ids.filter((id) => termsAt(LEADER_BY_ID().get(id)!, date).some((t) => t[0] === e.office && t[1] === e.state));
  const id = onlyOne(ids.filter((x) => fullLeaders.has(x))) ?? onlyOne(titled);
  return id ? { ...e, id } : null;
}

/**
 * A titled name that is the one listed holder of the title's office and state at the date, written another
 * way than the gazetteer folds (ماتيو رانتشي for ماتيو رينزي): the same given name, and a family name one
 * letter off once folded. Anyone else keeps their own name (a former holder the gazetteer does not list).
 */
function misspeltHolder(e: Created, date: string | null): Created {
  if (!date || !e.state || !e.office) return e;
  const [holder, other] = officeHolders(e.state, e.office, date);
  if (!holder || other) return e;
  const words = variantKey(e.name_ar).split(' ');
  const same = holder.ar.some((form) => {
    const f = variantKey(form).split(' ');
    return f.length === words.length && f.length >= 2 && f.slice(0, -1).join(' ') === words.slice(0, -1).join(' ') && oneEditApart(f.at(-1)!, words.at(-1)!);
  });
  return same ? { ...e, id: holder.id } : e;
}

/** Whether two words (of 4 letters or more) differ by one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return a === b;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + (x.length === y.length ? 1 : 0));
  return a.length >= b.length ? tail(a, b) : tail(b, a);
}

/**
 * Mention of a leader or person found by a pattern. A person's id is the slug of its (normalised)
 * Arabic name; a leader's is the listed leader it is a spelling of, else the slug of its folded
 * spelling (variants.ts), so the spellings of one unlisted leader are one node.
 */
function createdMention(e: Created, s: Span, via: MentionVia): Mention {
  if (!e.id) e = { ...e, id: e.kind === 'Leader' ? leaderIdOf(e.name_ar) : slug(normaliseArabic(e.name_ar)) };
  if (e.kind === 'Person') return { kind: 'Person', id: e.id, ...s, via, name_ar: e.name_ar, name_en: null, role: e.role };
  const listed = LEADER_BY_ID().get(e.id);
  return {
    kind: 'Leader', id: e.id, ...s, via, name_ar: e.name_ar, name_en: listed?.en ?? null, state: e.state, office: e.office,
    wikidata: listed?.wd ?? null, from: null, to: null,
  };
}

/** Every mention of a leader or person carries the fullest Arabic form the article uses. */
function fullestArabicNames(mentions: Mention[]): void {
  const best = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'Leader' && m.kind !== 'Person') continue;
    const k = `${m.kind}:${m.id}`;
    const cur = best.get(k);
    if (!cur || m.text.length > cur.length) best.set(k, m.text);
  }
  for (const m of mentions) if (m.kind === 'Leader' || m.kind === 'Person') m.name_ar = best.get(`${m.kind}:${m.id}`) ?? m.name_ar;
}
