/**
 * Every pattern's examples (data/patterns/*.yaml) run here: a positive example must be matched by
 * its own pattern with the slots it lists and give a fact carrying the pattern's id as its rule (and
 * the facts it lists); a negative must give no fact of the relation at all.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model.ts';
import { SentenceContext } from '../../src/relate/context.ts';
import { Focus } from '../../src/relate/discourse.ts';
import { relate } from '../../src/relate/index.ts';
import { components } from '../../src/relate/patterns/registry.ts';
import type { Match } from '../../src/relate/patterns/engine.ts';
import { docOf, PATTERN_CAST } from './helpers.ts';

const cast = PATTERN_CAST;

/** Each sentence's matches, after the component has read it (its conditions see what it found). */
function read(text: string, published: string, title: string | null = null) {
  const doc = docOf(text, published, cast, 'test-article', null, title);
  const focus = new Focus(doc);
  const contexts = doc.sentences.map((s) => new SentenceContext(doc, s.index, focus, doc.mentions.filter((m) => m.sentence === s.index)));
  relate(doc);
  return { doc, contexts };
}

const slotText = (ctx: SentenceContext, m: Match, name: string): string | undefined => {
  const s = m.slots.get(name);
  return s?.segments.map(([a, b]) => ctx.doc.text.slice(ctx.words[a]!.start, ctx.words[b - 1]!.end)).join(' ');
};
/** A rule is "<pattern id>[+<where the arguments came from>]|date:<date rule>" (agreement:signing-verb+subject). */
const ruleOf = (f: Fact): string[] => f.evidence.map((e) => e.rule.split('|')[0]!.split('+')[0]!);

const patterned = components().filter((c) => c.patterns);
it('registers the veto, agreement, visit and meeting relations with patterns', () => {
  expect(patterned.map((c) => c.relation)).toEqual(expect.arrayContaining(['veto', 'agreement', 'visit', 'met']));
});

for (const c of patterned) {
  const P = c.patterns!();
  describe(`${c.relation} patterns`, () => {
    for (const p of P.file.patterns) {
      describe(p.id, () => {
        it.each(p.examples.map((e) => [e.text, e] as const))('reads %s', (_text, ex) => {
          const { doc, contexts } = read(ex.text, ex.published ?? '2024-06-20', ex.title ?? null);
          for (const ctx of contexts) c.find(ctx);
          const matches = contexts.flatMap((ctx) => P.run(ctx).filter((m) => m.pattern.id === p.id).map((m) => ({ ctx, m })));
          expect(matches.length, `no match of ${p.id}`).toBeGreaterThan(0);
          const got = matches.map(({ ctx, m }) => Object.fromEntries(Object.keys(ex.slots).map((k) => [k, slotText(ctx, m, k)])));
          expect(got).toContainEqual(ex.slots);
          const facts = doc.facts.filter((f) => f.type === c.relation && ruleOf(f).includes(p.id));
          expect(facts.length, `no ${c.relation} fact with rule ${p.id}`).toBeGreaterThan(0);
          for (const want of ex.facts ?? []) expect(facts).toContainEqual(expect.objectContaining(want));
        });
        it.each(p.negatives)('gives no %s', (text) => {
          const { doc } = read(text, '2024-06-20');
          expect(doc.facts.filter((f) => f.type === c.relation)).toEqual([]);
        });
      });
    }
  });
}
