/**
 * Normalise stage: Article → Document with tokens (clitics split, normalised) and sentences, all
 * with offsets into the original text. Input: an ArticleRecord. Output: a Document (no mentions yet).
 */
import type { ArticleRecord, Document } from '../model.ts';
import { splitSentences } from './sentences.ts';
import { tokenise } from './tokenise.ts';

export { mapCode, normaliseArabic, normaliseWithOffsets, originalSpan, type NormalisedText } from './arabic.ts';
export { analyses, splitClitics, UNSPLIT, type Analysis } from './clitics.ts';
export { splitSentences } from './sentences.ts';
export { tokenAt } from './token-at.ts';
export { tokenAnalyses, tokenise } from './tokenise.ts';

/** What stands between the body and the title: a line break always ends a sentence. */
const TITLE_BREAK = '\n\n';

export function normalise(article: ArticleRecord): Document {
  // The title goes after the body (never before it): the body's offsets stay those of article.text.
  // A title the body already opens with is read there.
  let title = article.title?.trim() ?? '';
  if (title && article.text.trimStart().startsWith(title)) title = '';
  const text = title ? `${article.text}${TITLE_BREAK}${title}` : article.text;
  const tokens = tokenise(text);
  const sentences = splitSentences(text, tokens);
  const start = article.text.length + TITLE_BREAK.length;
  const first = title ? sentences.findIndex((s) => s.start >= start) : -1;
  // The body may repeat the title (رابط الخبر بصحيفة الوئام: <title>): read in headline style there too.
  const echoes = first >= 0 ? sentences.filter((s) => s.index < first && s.text.trim().endsWith(title)).map((s) => s.index) : [];
  return { article, text, tokens, sentences, mentions: [], facts: [], headline: first >= 0 ? { start, sentence: first, echoes } : null };
}

/** Is sentence `index` the article's title, or a body line repeating it? */
export const isHeadline = (doc: Document, index: number): boolean =>
  !!doc.headline && (index >= doc.headline.sentence || doc.headline.echoes.includes(index));
