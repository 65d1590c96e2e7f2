import { defineConfig } from 'vitest/config';

// Browser journeys in Debian's Chromium, one file at a time (two cores: one browser, one server).
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
