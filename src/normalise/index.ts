/**
 * Normalise stage: Article → Document with tokens (clitics split, normalised) and sentences, all
 * with offsets into the original text. Input: an ArticleRecord. Output: a Document (no mentions yet).
 */
import type { Document } from '../document.ts';
import type { ArticleRecord } from '../load/article.ts';
import { splitSentences } from './sentences.ts';
import { tokenise } from './tokenise.ts';

export { mapCode, normaliseArabic, normaliseWithOffsets, originalSpan, type NormalisedText } from './arabic.ts';
export { analyses, splitClitics, UNSPLIT, type Analysis } from './clitics.ts';
export { splitSentences } from './sentences.ts';
export { tokenAnalyses, tokenise } from './tokenise.ts';

export function normalise(article: ArticleRecord): Document {
  const text = article.text;
  const tokens = tokenise(text);
  const sentences = splitSentences(text, tokens);
  return { article, text, tokens, sentences, mentions: [], facts: [] };
}
