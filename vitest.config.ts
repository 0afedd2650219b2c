import { defineConfig } from 'vitest/config';

// Two projects:
//  - unit:  everything except test/neo4j/, files in parallel (`npm run test:unit`);
//  - neo4j: test/neo4j/** and test/browser/neo4j-*.test.ts, one file at a time — Neo4j Community has
//           a single user database, so tests that use the real server must not run concurrently
//           (see test/support/neo4j.ts);
//  - browser: test/browser/** (real Chromium, see test/browser/chromium.ts), one file at a time.
// `npm test` first runs `node scripts/neo4j.mjs ensure-for-tests`, then both projects.
const inCI = process.env.CI === 'true' || process.env.CI === '1';

export default defineConfig({
  test: {
    // Under CI also write a JSON summary that .ci/run turns into a closing "N passed, N failed" line.
    reporters: inCI ? ['default', 'json'] : ['default'],
    outputFile: inCI ? { json: 'test-artifacts/vitest-results.json' } : undefined,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // CLI tests start real `kg` processes (tsx compiles on start); a machine busy with other
          // work takes seconds per start, and vitest's 5 s default failed them there.
          testTimeout: 60_000,
          include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['test/neo4j/**', 'test/browser/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['test/neo4j/**/*.test.ts', 'test/browser/neo4j-*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          exclude: ['test/browser/neo4j-*.test.ts', '**/node_modules/**'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
