import { describe, expect, it } from 'vitest';
import { formatSiret, isValidSiret, normalizeSiret, siretProblem } from './siret';

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

describe('formatSiret', () => {
  it('prints the SIREN in threes, then the NIC', () => {
    expect(formatSiret('22620001200012')).toBe('226 200 012 00012');
  });
});
