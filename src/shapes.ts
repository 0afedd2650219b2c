/**
 * Keeps the latest instance of a per-article class alive, so that V8 keeps the class's hidden
 * class (map) across full collections.
 *
 * Why: a class instance's map is reached from the class only through V8's map transitions, which
 * are weak. The pipeline's per-sentence and per-article objects (SentenceContext, Focus, hashes)
 * are all dead between two articles, so a full collection there (the seed's heap bound collects
 * between chunks; V8 collects when it likes) frees their maps, and every optimised function that
 * checked one is thrown away and compiled again. Over the whole corpus that was ~620 such waves and
 * ~2,500 TurboFan compiles, a quarter of a seed's CPU (docs/startup.md, round 8). One live instance
 * per class (the last one made: it holds at most one article's data) keeps the maps.
 */
const kept = new Map<unknown, object>();

/** Call at the end of a per-article class's constructor (or on a per-article object of a library class). */
export function keepShape<T extends object>(instance: T): T {
  kept.set(instance.constructor, instance);
  return instance;
}
