// An extraction bug met on one article is reported as a failure of that article; the rest load.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/pipeline.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pipeline.ts')>();
  return {
    extract: (a: Parameters<typeof real.extract>[0]) => {
      if (a.id === 'boom') throw new Error('simulated extractor bug');
      return real.extract(a);
    },
  };
});

const { seed } = await import('../../src/cli/seed.ts');

describe('kg seed and a failing extractor', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-robust-'));
  const input = path.join(dir, 'in.jsonl');
  writeFileSync(input, [
    { id: 'ok1', text: 'زار الرئيس الروسي فلاديمير بوتين فيتنام.' },
    { id: 'boom', text: 'نص عربي آخر.' },
    { id: 'ok2', text: 'وصل وزير الخارجية إلى القاهرة.' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');

  it('counts the article as failed with its id and reason, and stores the others', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    try {
      const { summary, counts } = await seed([input], { store: path.join(dir, 'g.json'), batch: 10 });
      expect(summary.loaded).toBe(2);
      expect(summary.failedTotal).toBe(1);
      expect(summary.format()).toMatch(/extract-error/);
      expect(counts.nodes.Article).toBe(2);
      expect(errors.join('')).toMatch(/in\.jsonl, line 2: article boom could not be extracted: simulated extractor bug/);
    } finally {
      spy.mockRestore();
    }
  });

  it('stops with --strict at that article', async () => {
    await expect(seed([input], { store: path.join(dir, 'g2.json'), batch: 10, strict: true, quiet: true }))
      .rejects.toThrow(/stopped \(--strict\): .*article boom/);
  });
});
