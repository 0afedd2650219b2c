/**
 * Test helpers: a Document built with the real normaliser and hand-placed mentions, so relate can be
 * tested on sentences written for the tests without depending on the recogniser's gazetteers.
 */
import { type AgreementFact, ArticleRecord, type Document, type Fact, type Mention, type MentionKind, type MentionVia, type VisitFact } from '../../src/model.ts';
import { normalise, tokenAt } from '../../src/normalise/index.ts';
import { extract } from '../../src/pipeline.ts';
import { relate } from '../../src/relate/index.ts';

export interface MentionSpec {
  /** Surface form as written (without clitics); every occurrence is marked. */
  text: string;
  kind: MentionKind;
  id: string;
  state?: string | null;
  via?: MentionVia;
  office?: string | null;
}

/** A small cast of entities the tests reuse. */
export const CAST: MentionSpec[] = [
  { text: 'الرئيس الروسي فلاديمير بوتين', kind: 'Leader', id: 'vladimir-putin', state: 'RUS', office: 'president' },
  { text: 'بوتين', kind: 'Leader', id: 'vladimir-putin', state: 'RUS', office: 'president' },
  { text: 'كيم جونغ أون', kind: 'Leader', id: 'kim-jong-un', state: 'PRK', office: 'supreme leader' },
  { text: 'تو لام', kind: 'Leader', id: 'to-lam', state: 'VNM', office: 'president' },
  { text: 'شي جين بينغ', kind: 'Leader', id: 'xi-jinping', state: 'CHN', office: 'president' },
  { text: 'الملك سلمان', kind: 'Leader', id: 'salman-of-saudi-arabia', state: 'SAU', office: 'king' },
  { text: 'السفير فرانسوا جوييت', kind: 'Leader', id: 'francois-gouyette', state: 'FRA', office: 'ambassador' },
  { text: 'هولاند', kind: 'Leader', id: 'francois-hollande', state: 'FRA', office: 'president' },
  { text: 'أوباما', kind: 'Leader', id: 'barack-obama', state: 'USA', office: 'president' },
  { text: 'الرئيس الأمريكي', kind: 'Office', id: 'office:USA:president', state: 'USA', office: 'president' },
  { text: 'الأمريكي', kind: 'State', id: 'USA', via: 'nisba' },
  { text: 'روسيا', kind: 'State', id: 'RUS' },
  { text: 'موسكو', kind: 'State', id: 'RUS', via: 'capital' },
  { text: 'الروسي', kind: 'State', id: 'RUS', via: 'nisba' },
  { text: 'كوريا الشمالية', kind: 'State', id: 'PRK' },
  { text: 'بيونغ يانغ', kind: 'State', id: 'PRK', via: 'capital' },
  { text: 'فيتنام', kind: 'State', id: 'VNM' },
  { text: 'هانوي', kind: 'City', id: 'hanoi', state: 'VNM', via: 'city' },
  { text: 'الصين', kind: 'State', id: 'CHN' },
  { text: 'السعودية', kind: 'State', id: 'SAU' },
  { text: 'المملكة', kind: 'State', id: 'SAU', via: 'alias' },
  { text: 'الرياض', kind: 'State', id: 'SAU', via: 'capital' },
  { text: 'فرنسا', kind: 'State', id: 'FRA' },
  { text: 'باريس', kind: 'State', id: 'FRA', via: 'capital' },
  { text: 'الولايات المتحدة', kind: 'State', id: 'USA' },
  { text: 'واشنطن', kind: 'State', id: 'USA', via: 'capital' },
  { text: 'مصر', kind: 'State', id: 'EGY' },
  { text: 'الأردن', kind: 'State', id: 'JOR' },
  { text: 'مجلس الأمن', kind: 'UNBody', id: 'UNSC' },
  { text: 'سوريا', kind: 'State', id: 'SYR' },
];

/** The leaders, offices and states test/relate/visits-precision.test.ts adds to CAST (the seed collector merges them too). */
export const VISIT_CAST: MentionSpec[] = [
  { text: 'تيان تشي', kind: 'Leader', id: 'tian-qi', state: 'CHN', office: null },
  { text: 'سيرغي لافروف', kind: 'Leader', id: 'sergey-lavrov', state: 'RUS', office: 'foreign minister' },
  { text: 'جون كيري', kind: 'Leader', id: 'john-kerry', state: 'USA', office: 'foreign minister' },
  { text: 'وزير خارجية أمريكي', kind: 'Office', id: 'office:USA:foreign minister', state: 'USA', office: 'foreign minister' },
  { text: 'كوبا', kind: 'State', id: 'CUB' },
  { text: 'ملك إسبانيا', kind: 'Office', id: 'office:ESP:king', state: 'ESP', office: 'king' },
  { text: 'مسقط', kind: 'State', id: 'OMN', via: 'capital' },
];

/** The cast the pattern-example tests (test/relate/patterns.test.ts) read the examples of data/patterns/*.yaml with; the seed collector reads them with it too. */
export const PATTERN_CAST: MentionSpec[] = [
  ...CAST,
  { text: 'بريطانيا', kind: 'State', id: 'GBR' },
  { text: 'روسي', kind: 'State', id: 'RUS', via: 'nisba' },
  { text: 'صيني', kind: 'State', id: 'CHN', via: 'nisba' },
  { text: 'الصيني', kind: 'State', id: 'CHN', via: 'nisba' },
  { text: 'المصرية', kind: 'State', id: 'EGY', via: 'nisba' },
  { text: 'الأردنية', kind: 'State', id: 'JOR', via: 'nisba' },
  { text: 'الفيتنامية', kind: 'State', id: 'VNM', via: 'nisba' },
  // Officials of a visitor's own state, for his companions (visit:companion).
  { text: 'جون كيري', kind: 'Leader', id: 'john-kerry', state: 'USA', office: 'foreign minister' },
  { text: 'سيرغي لافروف', kind: 'Leader', id: 'sergey-lavrov', state: 'RUS', office: 'foreign minister' },
  { text: 'الأمير محمد بن سلمان', kind: 'Leader', id: 'mohammed-bin-salman', state: 'SAU', office: 'crown prince' },
];

const LETTER = /[\p{L}\p{M}]/u;
const PREFIX = /^(و|ف)?(ب|ل|ك)?(ال)?$/;

/** Build a Document: real tokens and sentences, mentions at every occurrence of each spec. */
export function docOf(
  text: string, published: string | null = '2024-06-20', cast: MentionSpec[] = CAST, id = 'test-article', parent: string | null = null,
  title: string | null = null,
): Document {
  const doc = normalise(ArticleRecord.parse({ id, title, text, published, outlet: null, url: null, parent, origin: { file: 'test' } }));
  text = doc.text;
  const taken: [number, number][] = [];
  // Longest surfaces first, so "الرئيس الروسي فلاديمير بوتين" is one mention, not three.
  for (const spec of [...cast].sort((a, b) => b.text.length - a.text.length)) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(spec.text, from);
      if (at < 0) break;
      from = at + spec.text.length;
      const end = at + spec.text.length;
      if (end < text.length && LETTER.test(text.charAt(end))) continue;
      const tStart = doc.tokens.findIndex((t) => t.start <= at && at < t.end);
      const tEnd = doc.tokens.findIndex((t) => t.start < end && end <= t.end) + 1;
      if (tStart < 0 || tEnd <= 0) continue;
      const first = tokenAt(doc.tokens, tStart);
      const lead = text.slice(first.start, at);
      if (!PREFIX.test(lead)) continue;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      taken.push([at, end]);
      const m: Mention = {
        kind: spec.kind, id: spec.id, start: at, end, text: spec.text, sentence: first.sentence,
        tokenStart: tStart, tokenEnd: tEnd, via: spec.via ?? 'name', state: spec.state ?? (spec.kind === 'State' ? spec.id : null),
        office: spec.office ?? null, name_ar: spec.text,
      };
      doc.mentions.push(m);
    }
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  return doc;
}

/** Relate a text written for a test and return its facts. */
export function factsOf(text: string, published: string | null = '2024-06-20', cast: MentionSpec[] = CAST, title: string | null = null) {
  const doc = docOf(text, published, cast, 'test-article', null, title);
  relate(doc);
  return doc.facts;
}

/** The visits related from a text written for a test, one sorted line each: "visitor destination date status". */
export function visitLines(text: string, cast: MentionSpec[] = CAST): string[] {
  return factsOf(text, '2024-06-20', cast).filter((f): f is VisitFact => f.type === 'visit')
    .map((v) => [v.visitor.id, v.to, v.date, v.status].join(' ')).sort();
}

/** The visits related from a text written for a test, one sorted line each: "visitor>destination:status:date". */
export function tripLines(text: string, published: string | null = '2024-06-20', cast: MentionSpec[] = [...CAST, ...VISIT_CAST]): string[] {
  return factsOf(text, published, cast).filter((f): f is VisitFact => f.type === 'visit')
    .map((v) => `${v.visitor.id}>${v.to}:${v.status}:${v.date ?? '-'}`).sort();
}

/** The facts the whole pipeline (the recogniser included) reads in a text written for a test. */
export function extractedFacts(text: string, published: string, title: string | null = null): Fact[] {
  return extract(ArticleRecord.parse({ id: 't', title, text, published, outlet: null, url: null, parent: null, origin: { file: 'test' } })).doc.facts;
}

/** The agreements the whole pipeline reads in a text written for a test. */
export function extractedAgreements(text: string, published: string, title: string | null = null): AgreementFact[] {
  return extractedFacts(text, published, title).filter((f): f is AgreementFact => f.type === 'agreement');
}
