// The embedded store's file writer (store/persist.ts): pieces of any size and script come out as
// their concatenation, and staged merges wait for the next save.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncheckedNode } from '../../src/model.ts';
import { EmbeddedStore } from '../../src/store/embedded.ts';
import { writeFileAtomic } from '../../src/store/persist.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'kg-persist-'));

describe('writeFileAtomic', () => {
  it('writes text and byte pieces in order, across its buffer and past its size', async () => {
    const path = join(dir(), 'out.txt');
    // 3-byte characters filling more than the 4 MB buffer, an emoji pair, bytes between texts.
    const big = 'ت'.repeat(3_000_000);
    const pieces = ['{"a":', 'روسيا', big, '😀', Buffer.from('|bytes|'), 'x'.repeat(2_000_000), big, '}'];
    await writeFileAtomic(path, pieces);
    const expected = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    expect(readFileSync(path).equals(expected)).toBe(true);
  });
});

describe('EmbeddedStore.stage', () => {
  it('merges without saving; the next flush saves it', async () => {
    const path = join(dir(), 'graph.json');
    const store = await EmbeddedStore.open(path, { saveEveryWrites: 1 });
    for (const id of ['EGY', 'SAU', 'RUS']) store.stage({ nodes: [uncheckedNode('State', id, {})], edges: [] });
    expect(existsSync(path)).toBe(false);
    expect(store.graph.order).toBe(3);
    await store.close();
    expect(JSON.parse(readFileSync(path, 'utf8')).nodes).toHaveLength(3);
  });
});
