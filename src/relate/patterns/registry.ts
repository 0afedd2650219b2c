/**
 * The registry of relation components: each relation registers the words that may anchor it (the
 * relate stage's sentence gate) and its finder, which runs its pattern file through the engine and
 * builds facts. Input: register() calls at import. Output: components() for relate/index.ts and the
 * pattern-example tests.
 */
import type { Document, Fact } from '../../model.ts';
import type { SentenceContext } from '../context.ts';
import type { CompiledPatterns } from './engine.ts';

/** Which sentence of which document: what a component's `ready` check reads. */
export interface SentencePlace { doc: Document; index: number }

export interface RelationComponent {
  relation: string;
  anchors: () => Iterable<string>;
  /** Words that may anchor it in the article's title only (title_only patterns): the gate there. */
  titleAnchors?: () => Iterable<string>;
  find: (ctx: SentenceContext) => Fact[];
  /**
   * False when `find` would find nothing in this sentence whatever its words (visits and meetings
   * before any leader is named): relate then builds no context for it. `find` keeps its own check.
   */
  ready?: (at: SentencePlace) => boolean;
  patterns?: () => CompiledPatterns;
  /**
   * Run by relate/index.ts itself rather than through the generic loop: agreements, whose finder
   * needs the sentence's registry references first. Registered for its patterns' example tests.
   */
  external?: boolean;
  /**
   * Facts of another relation that this one's constructions imply (a meeting abroad is the guest's
   * visit), by the word of the trigger that gave them: that relation's component asks for them and
   * records them in text order with its own (so no import runs from it to this one).
   */
  implied?: (ctx: SentenceContext) => { at: number; facts: Fact[] }[];
}

const registered = new Map<string, RelationComponent>();

export function register(c: RelationComponent): void {
  if (registered.has(c.relation)) throw new Error(`relation ${c.relation} registered twice`);
  registered.set(c.relation, c);
}

export const components = (): RelationComponent[] => [...registered.values()];
export const component = (relation: string): RelationComponent | undefined => registered.get(relation);
