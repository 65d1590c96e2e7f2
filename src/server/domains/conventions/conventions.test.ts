import { describe, expect, it } from 'vitest';
import {
  conventionStatus,
  isValidSiret,
  normalizeSiret,
  siretProblem,
  type ConventionDates,
} from './conventions.rules';

describe('normalizeSiret', () => {
  it('keeps the 14 digits of a SIRET typed with spaces, dots or dashes', () => {
    expect(normalizeSiret('226 200 012 00012')).toBe('22620001200012');
    expect(normalizeSiret('344.077.672-00022')).toBe('34407767200022');
    expect(normalizeSiret(' 22620001200012 ')).toBe('22620001200012');
  });

  it('returns null when there are not exactly 14 digits', () => {
    expect(normalizeSiret('2262000120001')).toBeNull();
    expect(normalizeSiret('226200012000120')).toBeNull();
    expect(normalizeSiret('2262000120001A')).toBeNull();
    expect(normalizeSiret('')).toBeNull();
  });
});

describe('isValidSiret', () => {
  it("accepts the seed's parties (Département du Pas-de-Calais, Pas-de-Calais habitat)", () => {
    expect(isValidSiret('22620001200012')).toBe(true);
    expect(isValidSiret('34407767200022')).toBe(true);
  });

  it('refuses a SIRET with one digit changed or two digits swapped', () => {
    expect(isValidSiret('22620001200013')).toBe(false);
    expect(isValidSiret('22620001200002')).toBe(false);
    expect(isValidSiret('34407767200021')).toBe(false);
    expect(isValidSiret('43407767200022')).toBe(false); // first two swapped
  });

  it('refuses anything that is not 14 digits (normalisation comes first)', () => {
    expect(isValidSiret('226 200 012 00012')).toBe(false);
    expect(isValidSiret('2262000120001')).toBe(false);
  });

  it("checks La Poste's head office (35600000000048) by Luhn", () => {
    expect(isValidSiret('35600000000048')).toBe(true);
  });

  it("checks La Poste's other establishments by the sum of digits being a multiple of 5", () => {
    // digit sum 45 → valid although Luhn refuses it
    expect(isValidSiret('35600000049837')).toBe(true);
    // digit sum 25 → valid although Luhn refuses it
    expect(isValidSiret('35600000012341')).toBe(true);
    // Luhn accepts it, but the digit sum is 24: La Poste's rule refuses it
    expect(isValidSiret('35600000012340')).toBe(false);
    expect(isValidSiret('35600000012345')).toBe(false);
  });
});

describe('siretProblem', () => {
  it('explains in French what is wrong', () => {
    expect(siretProblem('226 200 012 00012')).toBeNull();
    expect(siretProblem('12345')).toMatch(/14 chiffres/);
    expect(siretProblem('22620001200013')).toMatch(/clé de contrôle/);
  });
});

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
