// The question file of issue #16: every question of test/query/ask-questions.yaml is routed to its
// expected query with exactly its expected filters, or refused with its expected reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { routeQuestion } from '../../src/query/ask.ts';
import { QUERY_NAMES } from '../../src/query/api.ts';
import { EmbeddedQueries } from '../../src/query/embedded.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { fixtureGraph } from './fixture.ts';

const Question = z.union([
  z.strictObject({ q: z.string().min(1), query: z.enum(QUERY_NAMES as [string, ...string[]]), params: z.record(z.string(), z.string()) }),
  z.strictObject({ q: z.string().min(1), refused: z.string().min(1) }),
]);
const QUESTIONS = z.array(Question).parse(parse(readFileSync(new URL('./ask-questions.yaml', import.meta.url), 'utf8')));

// Two more Saudi leaders named Salman, so "Salman" alone names three people in the store.
const graph = fixtureGraph();
applyBatch(graph, {
  nodes: [
    { label: 'Leader', id: 'salman-of-saudi-arabia', props: { name_en: 'Salman of Saudi Arabia', name_ar: 'سلمان بن عبدالعزيز', state: 'SAU', office: 'king', wikidata: null, aliases_ar: [], sources: [] } },
    { label: 'Leader', id: 'khalid-bin-salman', props: { name_en: 'Khalid bin Salman', name_ar: 'خالد بن سلمان', state: 'SAU', office: 'defence minister', wikidata: null, aliases_ar: [], sources: [] } },
  ],
  edges: [],
});
const api = new EmbeddedQueries(graph);

describe('test/query/ask-questions.yaml', () => {
  it('holds at least 40 questions, in both languages, answered and refused', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
    const arabic = QUESTIONS.filter((x) => /\p{Script=Arabic}/u.test(x.q)).length;
    expect(arabic).toBeGreaterThanOrEqual(15);
    expect(QUESTIONS.length - arabic).toBeGreaterThanOrEqual(15);
    expect(QUESTIONS.filter((x) => 'refused' in x).length).toBeGreaterThanOrEqual(4);
  });
  for (const x of QUESTIONS) {
    it(x.q, async () => {
      const r = await routeQuestion(x.q, api);
      if ('refused' in x) {
        expect(r.ok ? r.route : null, 'routed a question that should be refused').toBeNull();
        if (!r.ok) expect(r.reason).toContain(x.refused);
      } else {
        expect(r.ok ? { query: r.route.query, params: r.route.params } : r.reason).toEqual({ query: x.query, params: x.params });
      }
    });
  }
});
