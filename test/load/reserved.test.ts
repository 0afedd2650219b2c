// The development corpus reader: reserved urls are always dropped, and never silently read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reservedUrls } from '../../src/load/corpus.ts';
import { reservedSkip } from '../support/shared.ts';

describe('corpus reader', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuses to run without the list of reserved articles', () => {
    vi.stubEnv('KG_RESERVED', '/nonexistent/RESERVED.txt');
    expect(() => reservedUrls()).toThrow(/reserved articles .*RESERVED\.txt is missing/);
  });

  // The list lives in ../shared beside the project (or KG_RESERVED); a user's clone has none (CI always does).
  it.skipIf(reservedSkip)(`reads the list, comments and blank lines aside${reservedSkip ? ` (${reservedSkip})` : ''}`, () => {
    const urls = reservedUrls();
    if (urls.size === 0) expect.fail('RESERVED.txt gave no urls');
    for (const u of urls) expect(u).toMatch(/^https?:\/\//);
  });
});
