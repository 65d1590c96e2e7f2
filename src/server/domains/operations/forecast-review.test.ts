import { describe, expect, it } from 'vitest';
import { forecastEditable, forecastYears, nextForecastStatus } from './progress.rules';

describe('the November forecast: transmitted, then accepted or returned', () => {
  it('moves draft → submitted → returned → submitted → accepted', () => {
    expect(nextForecastStatus('draft', 'submit')).toBe('submitted');
    expect(nextForecastStatus('submitted', 'return')).toBe('returned');
    expect(nextForecastStatus('returned', 'submit')).toBe('submitted');
    expect(nextForecastStatus('submitted', 'accept')).toBe('accepted');
  });

  it('refuses decisions on a draft, a returned or an accepted forecast, and a second transmission', () => {
    expect(nextForecastStatus('draft', 'accept')).toBeNull();
    expect(nextForecastStatus('returned', 'accept')).toBeNull();
    expect(nextForecastStatus('accepted', 'return')).toBeNull();
    expect(nextForecastStatus('submitted', 'submit')).toBeNull();
    expect(nextForecastStatus('accepted', 'submit')).toBeNull();
  });

  it('the office edits a draft or a returned forecast only', () => {
    expect(['draft', 'submitted', 'returned', 'accepted'].filter((s) => forecastEditable(s as never))).toEqual([
      'draft',
      'returned',
    ]);
  });
});

describe('the years the forecast page lists', () => {
  it('always the current year and the next, even without data', () => {
    expect(forecastYears([], '2026-12-07', 2024, 2033)).toEqual([2026, 2027]);
  });
  it('with the years holding data, sorted, once each', () => {
    expect(forecastYears([2025, 2024, 2025], '2026-03-01', 2024, 2033)).toEqual([2024, 2025, 2026, 2027]);
  });
  it('never outside the convention: its last year has no next one', () => {
    expect(forecastYears([], '2033-11-02', 2024, 2033)).toEqual([2033]);
    expect(forecastYears([], '2034-01-02', 2024, 2033)).toEqual([]);
  });
});
