import { ArticleRecord, type Mention } from '../../src/model.ts';
import { normalise } from '../../src/normalise/index.ts';
import { recognise } from '../../src/recognise/index.ts';

/** Recognise one text as an article published at `date`; returns its mentions. */
export function mentionsOf(text: string, date: string | null = '2015-07-21', extra: Partial<ArticleRecord> = {}): Mention[] {
  const doc = normalise(ArticleRecord.parse({ id: 't', title: null, text, published: date, outlet: null, url: null, origin: { file: 't.txt' }, ...extra }));
  recognise(doc);
  return doc.mentions;
}

/** "Kind:id" of every mention, in order, without repeats. */
export const ids = (ms: Mention[], kinds?: string[]): string[] =>
  [...new Set(ms.filter((m) => !kinds || kinds.includes(m.kind)).map((m) => `${m.kind}:${m.id}`))];
