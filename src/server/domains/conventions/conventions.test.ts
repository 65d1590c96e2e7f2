import { describe, expect, it } from 'vitest';
import { conventionStatus, type ConventionDates } from './conventions.rules';

describe('conventionStatus', () => {
  const base: ConventionDates = {
    signatureDate: '2024-03-15',
    periodStart: '2024-01-01',
    periodEnd: '2033-12-31',
    terminatedOn: null,
  };

  it('is a draft while unsigned, or signed later than today', () => {
    expect(conventionStatus({ ...base, signatureDate: null }, '2025-06-01')).toBe('draft');
    expect(conventionStatus(base, '2024-03-14')).toBe('draft');
  });

  it('is in force from the signature day when the period has started', () => {
    expect(conventionStatus(base, '2024-03-15')).toBe('in_force');
    expect(conventionStatus(base, '2030-01-01')).toBe('in_force');
  });

  it('is signed, not yet in force, between signature and the start of the period', () => {
    const later = { ...base, signatureDate: '2023-12-20' };
    expect(conventionStatus(later, '2023-12-20')).toBe('signed');
    expect(conventionStatus(later, '2023-12-31')).toBe('signed');
    expect(conventionStatus(later, '2024-01-01')).toBe('in_force');
  });

  it('is still in force on the last day of its period, expired the day after', () => {
    expect(conventionStatus(base, '2033-12-31')).toBe('in_force');
    expect(conventionStatus(base, '2034-01-01')).toBe('expired');
  });

  it('is terminated from the effective date of the termination', () => {
    const ended = { ...base, terminatedOn: '2027-06-30' };
    expect(conventionStatus(ended, '2027-06-29')).toBe('in_force');
    expect(conventionStatus(ended, '2027-06-30')).toBe('terminated');
    expect(conventionStatus(ended, '2040-01-01')).toBe('terminated');
  });

  it('compares calendar days, not text of different lengths', () => {
    // '2024-10-01' > '2024-09-30' as strings because both are zero-padded ISO dates
    expect(conventionStatus({ ...base, periodEnd: '2024-09-30' }, '2024-10-01')).toBe('expired');
  });
});
