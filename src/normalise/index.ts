// TEMPORARY (replaced by the normalise/recognise owner): one sentence, no tokens.
import type { Document } from '../document.ts';
import type { ArticleRecord } from '../load/article.ts';
export function normalise(article: ArticleRecord): Document {
  const text = article.text;
  return { article, text, tokens: [], sentences: [{ index: 0, start: 0, end: text.length, text, tokenStart: 0, tokenEnd: 0 }], mentions: [], facts: [] };
}
