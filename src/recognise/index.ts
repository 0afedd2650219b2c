/**
 * Recognise stage: finds states, capitals and seats, nisba adjectives, cities, UN bodies and
 * organisations, listed and titled leaders, persons and bare offices. Input: a normalised Document.
 * Output: doc.mentions (kinds State, Leader, Person, UNBody, Organization, City, Office), in text order.
 */
import type { Document } from '../model.ts';
import { tokenAnalyses } from '../normalise/index.ts';
import { chunk } from './chunks.ts';
import { buildMentions } from './mentions.ts';

export { slug, UN_BODIES } from './gazetteer.ts';
export { isSpelling } from './variants.ts';
export { bodyName, cityState, isCapital, isPermanentUNSCMember, isUNBody, leaderById, officeHolders, stateName, termAt, termsAt } from './lookups.ts';

export function recognise(doc: Document): void {
  // Every clitic analysis of every token, computed once by the tokenizer (tries and patterns share them).
  const alts = tokenAnalyses(doc.tokens);
  doc.mentions.push(...buildMentions(doc, chunk(doc.tokens, alts), alts));
}
