/**
 * Load, plain-text pages: splits a scraped Arabic news page into its main article, source line
 * (outlet), keyword block (tags), appended related articles and related-headline list.
 * Input: page text (front matter already removed). Output: PageParts.
 *
 * The page shape is the common one of Arabic news sites (article, "المصدر: …", "كلمات دلالية: …",
 * "إقرأ أيضاً:" + an appended article, "مقالات مشابهة" + headlines). Markers come from
 * data/load/page-markers.yaml and are matched on the first words of a line after folding
 * spelling variants, so the rules hold for any page of this shape, whatever its wording.
 */
import { z } from 'zod';
import { dataProblem, lazy, loadData } from '../data.ts';
import { defined } from '../errors.ts';

const MarkerFile = z
  .object({
    source: z.array(z.string().min(1)),
    keywords: z.array(z.string().min(1)),
    read_also: z.array(z.string().min(1)),
    headlines: z.array(z.string().min(1)),
  })
  .strict();
type MarkerKind = keyof z.infer<typeof MarkerFile>;

const MARKERS_FILE = 'load/page-markers.yaml';

/**
 * Folds the spellings that vary in marker lines: alef forms to ا, ى to ي, ة to ه, harakat, tanween,
 * dagger alef and tatweel removed (the same folding as the gold format's Arabic normalisation,
 * shared/eval/GOLD-FORMAT.md), Latin lower-cased, trailing punctuation dropped.
 */
export function foldWord(w: string): string {
  return w
    .replace(/[\u064b-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .replace(/[:：.…\-–—،,!؟?"«»]+$/u, '');
}

/** Folded marker phrase → kind, built on first use. */
function loadMarkers(): { byPhrase: Map<string, MarkerKind>; maxWords: number } {
  const data = loadData(MARKERS_FILE, MarkerFile);
  const byPhrase = new Map<string, MarkerKind>();
  let maxWords = 1;
  for (const kind of Object.keys(data) as MarkerKind[]) {
    for (const phrase of data[kind]) {
      const words = phrase.split(/\s+/).map(foldWord).filter(Boolean);
      const key = words.join(' ');
      const seen = byPhrase.get(key);
      if (seen && seen !== kind) throw dataProblem(MARKERS_FILE, `"${phrase}" is listed under both ${seen} and ${kind}`);
      byPhrase.set(key, kind);
      maxWords = Math.max(maxWords, words.length);
    }
  }
  return { byPhrase, maxWords };
}

const MARKERS = lazy(loadMarkers);

export interface MarkerMatch {
  kind: MarkerKind;
  /** Text after the marker and its separator (":" "-"), trimmed; '' when the marker is alone. */
  rest: string;
  /** The marker was followed by ":" or a dash. */
  separated: boolean;
}

const SEPARATOR = /^[\s\u00a0]*[:：\-–—][\s\u00a0]*/;

/** Whether a line opens with a marker (longest phrase first); null for an ordinary line. */
export function matchMarker(line: string): MarkerMatch | null {
  const words: { end: number; folded: string }[] = [];
  const re = /[^\s\u00a0]+/g;
  let m: RegExpExecArray | null;
  while (words.length < MARKERS().maxWords && (m = re.exec(line))) {
    words.push({ end: m.index + m[0].length, folded: foldWord(m[0]) });
  }
  for (let k = words.length; k >= 1; k--) {
    const phrase = words.slice(0, k);
    const kind = MARKERS().byPhrase.get(phrase.map((w) => w.folded).join(' '));
    const last = phrase.at(-1);
    if (!kind || !last) continue;
    const wordEnd = last.end;
    // A separator glued to the last marker word ("المصدر:") or standing after it ("المصدر :").
    const glued = /[:：\-–—]$/.test(line.slice(0, wordEnd));
    let rest = line.slice(wordEnd);
    const sep = SEPARATOR.exec(rest);
    if (sep) rest = rest.slice(sep[0].length);
    return { kind, rest: rest.trim(), separated: glued || sep !== null };
  }
  return null;
}

export interface RelatedArticle {
  title: string;
  text: string;
}

export interface PageParts {
  /** The main article's text: no marker line, tag, headline or appended article in it. */
  body: string;
  outlet: string | null;
  tags: string[];
  headlines: string[];
  /** Appended articles, in page order (become `<id>#1`, `<id>#2`, …). */
  related: RelatedArticle[];
}

/** A source line is "المصدر: X", or "المصدر" + a short name: a body sentence starting "المصدر …" is longer. */
function isSourceLine(m: MarkerMatch): boolean {
  if (m.separated || m.rest === '') return true;
  return m.rest.split(/\s+/).length <= 3 && !/[.،؛!؟?]/.test(m.rest);
}

/** Keyword blocks separate tags with commas, bars or bullets when they can; else with spaces. */
export function splitTags(block: string): string[] {
  const parts = /[،,|؛;•#\n]/.test(block) ? block.split(/[،,|؛;•#\n]+/) : block.split(/\s+/);
  return unique(parts.map((t) => t.trim()).filter(Boolean));
}

/** A headline item without its bullet or number ("• …", "- …", "3. …"). */
export function cleanHeadline(line: string): string {
  return line
    .replace(/^[\s\u00a0•·▪◦●○■□►▸*\-–—]+/, '')
    .replace(/^\d{1,2}\s*[.)\-–]\s+/, '')
    .trim();
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

const isBlank = (line: string): boolean => line.trim() === '';

function joinLines(lines: string[]): string {
  return lines.join('\n').replace(/^[\s\u00a0]*\n/, '').trimEnd();
}

/** Splits a page into its parts (see the header). Line endings may be \n, \r\n or \r. */
export function splitPage(text: string): PageParts {
  const lines = text.split(/\r\n|\r|\n/);
  const body: string[] = [];
  const tags: string[] = [];
  const headlines: string[] = [];
  const related: RelatedArticle[] = [];
  let outlet: string | null = null;
  let mode: 'body' | 'related' | 'headlines' = 'body';
  let current: string[] = [];

  const closeRelated = (): void => {
    if (mode !== 'related') return;
    const nonBlank = current.findIndex((l) => !isBlank(l));
    const titleLine = current[nonBlank];
    if (titleLine !== undefined) {
      const title = titleLine.trim();
      const rest = joinLines(current.slice(nonBlank + 1)).trim();
      // Only a title: a linked headline, not an article.
      if (rest === '') headlines.push(cleanHeadline(title));
      else related.push({ title, text: rest });
    }
    current = [];
  };

  const lineAt = (k: number): string => defined(lines[k], `line ${k}`);
  for (let i = 0; i < lines.length; i++) {
    const line = lineAt(i);
    const m = isBlank(line) ? null : matchMarker(line);
    if (m?.kind === 'source' && isSourceLine(m)) {
      let name = m.rest;
      if (name === '') {
        // "المصدر:" alone: the outlet is on the next non-blank line.
        let j = i + 1;
        while (j < lines.length && isBlank(lineAt(j))) j++;
        const next = lines[j];
        if (next !== undefined && !matchMarker(next)) { name = next.trim(); i = j; }
      }
      if (outlet === null && name) outlet = name.replace(/[.。]$/, '');
      continue;
    }
    if (m?.kind === 'keywords' && (m.separated || m.rest === '')) {
      const block = [m.rest];
      for (let next = lines[i + 1]; next !== undefined && !isBlank(next) && !matchMarker(next); next = lines[i + 1]) {
        block.push(next);
        i++;
      }
      tags.push(...splitTags(block.join('\n')));
      continue;
    }
    if (m?.kind === 'read_also' && (m.separated || m.rest === '')) {
      if (m.rest) { headlines.push(cleanHeadline(m.rest)); continue; }
      closeRelated();
      mode = 'related';
      continue;
    }
    if (m?.kind === 'headlines' && (m.separated || m.rest === '')) {
      closeRelated();
      mode = 'headlines';
      if (m.rest) headlines.push(cleanHeadline(m.rest));
      continue;
    }
    if (mode === 'body') body.push(line);
    else if (mode === 'related') current.push(line);
    else if (!isBlank(line)) {
      const h = cleanHeadline(line);
      if (h) headlines.push(h);
    }
  }
  closeRelated();
  return { body: joinLines(body).trim(), outlet, tags: unique(tags), headlines: unique(headlines), related };
}
