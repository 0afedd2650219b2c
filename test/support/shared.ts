// What the tests find of ../shared (the corpus and the reserved list live there, outside the repo):
// a user's clone has none, so tests that need it skip and say why; under CI=true nothing skips, and
// a missing piece fails the test that needs it.
import { existsSync } from 'node:fs';
import { reservedListPath } from '../../src/load/corpus.ts';

export const inCI = process.env.CI === 'true' || process.env.CI === '1';

/** '' when the reserved list is there or CI demands it, else the visible reason to skip. */
export const reservedSkip = existsSync(reservedListPath()) || inCI
  ? ''
  : `skipped: the reserved list ${reservedListPath()} is absent; set KG_RESERVED`;
