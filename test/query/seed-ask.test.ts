// The acceptance check, through the real pipeline: `kg seed` on seed/, then `kg ask` about
// Russia's agreements in English and in Arabic gives the same answer, each agreement with evidence.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/cli/seed.ts';
import { answerQuestion } from '../../src/query/ask.ts';
import type { QueryApi } from '../../src/query/api.ts';
import type { AgreementRow } from '../../src/query/contract.ts';
import { openQueries } from '../../src/query/open.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let api: QueryApi;

beforeAll(async () => {
  const store = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-seed-ask-')), 'graph.json');
  await seed([path.join(ROOT, 'seed')], { store, batch: 500, quiet: true });
  api = await openQueries(store, {});
}, 60_000);
afterAll(() => api?.close());

describe('kg seed && kg ask "which agreements involve Russia"', () => {
  it('answers with the Russia–North Korea treaty and the Russia–Vietnam batch, each with its evidence', async () => {
    const en = await answerQuestion('which agreements involve Russia', api);
    expect(en.route).toMatchObject({ query: 'agreements', params: { state: 'RUS' } });
    const rows = en.rows as AgreementRow[];
    const pairs = rows.map((r) => r.parties.join('+'));
    expect(pairs).toContain('PRK+RUS');
    expect(pairs).toContain('RUS+VNM');
    expect(rows.find((r) => r.parties.join('+') === 'RUS+VNM')!.count).toBe(11);
    rows.forEach((r, i) => {
      expect(en.evidence[i]!.length, `evidence for ${r.id}`).toBeGreaterThan(0);
      for (const e of en.evidence[i]!) expect(e.article).toMatch(/^putin-vietnam-2024/);
    });
  });

  it('gives the same answer to the question in Arabic', async () => {
    const en = await answerQuestion('which agreements involve Russia', api);
    const ar = await answerQuestion('ما الاتفاقيات التي تشمل روسيا؟', api);
    expect(ar.rows).toEqual(en.rows);
    expect(ar.evidence).toEqual(en.evidence);
  });

  it('answers who visited Vietnam with Putin and the sentence that says so', async () => {
    const a = await answerQuestion('من زار فيتنام؟', api);
    expect(a.rows).toEqual([expect.objectContaining({ to: 'VNM', visitor: expect.objectContaining({ name_en: 'Vladimir Putin' }) })]);
    expect(a.evidence[0]!.length).toBeGreaterThan(0);
  });
});
