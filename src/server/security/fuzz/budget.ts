import { afterAll, expect } from 'vitest';

/**
 * How many generated cases each property of the hostile-input suite runs (issue 10, point 8: at
 * least 10,000 in all). budget.test.ts asserts the sum and that every property is still in a test
 * file; each file asserts that its properties ran exactly their budget. HTTP properties run on
 * both engines but are counted once.
 *
 * Seeds are fixed so CI is deterministic; FUZZ_SEED=<n> explores another sequence locally. On a
 * failure fast-check prints the seed, the path and the shrunk counterexample to replay.
 */
export const FUZZ_BUDGET = {
  // Pure layers: the same functions the routes call.
  stockRowValidator: 3500,
  stockCsvReader: 2000,
  stockXlsxReader: 400,
  progressSheetParser: 600,
  jsonBodyValidators: 3000,
  queryValidators: 500,
  // Through HTTP with app.inject, on PGlite and on the PostgreSQL server.
  stockUploads: 120,
  progressUploads: 80,
  jsonApiWrites: 600,
} as const;

export type FuzzProperty = keyof typeof FUZZ_BUDGET;
export const FUZZ_MINIMUM_CASES = 10_000;

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);

/**
 * A property's run count and seed, and a counter its predicate bumps; the file's afterAll checks
 * that every property it owns ran its full budget (so the total cannot shrink unnoticed).
 */
export function fuzzRuns(property: FuzzProperty, options: { perEngine?: boolean } = {}) {
  const index = Object.keys(FUZZ_BUDGET).indexOf(property);
  const state = { ran: 0 };
  const expected = FUZZ_BUDGET[property];
  afterAll(() => {
    // Per-engine suites declare their counter once per engine; a skipped engine runs nothing.
    if (options.perEngine && state.ran === 0) return;
    expect(state.ran, `${property}: generated cases run`).toBe(expected);
  });
  return {
    // Through HTTP a failure is reported as found: shrinking would replay hundreds of requests.
    params: { numRuns: expected, seed: BASE_SEED + index * 7919, endOnFailure: options.perEngine === true },
    count() {
      state.ran++;
    },
  };
}
