import { defineConfig } from 'vitest/config';

/**
 * Server tests: pure `*.test.ts` and database `*.db.test.ts` (both engines, see
 * src/server/test/engines.ts). Browser journeys live in e2e/ and run with their own config.
 * Each file runs in its own forked process; two at a time for a two-core machine (a PGlite
 * instance and scrypt hashing each keep a core busy).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { LOG_LEVEL: 'silent' },
  },
});
