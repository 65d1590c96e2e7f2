import { describe, expect, it } from 'vitest';
import {
  centsToTyped,
  formatCents,
  formatDate,
  formatEuros,
  formatNumber,
  formatPercent,
  fundingAgreementLabel,
  toApiAmount,
  typedCents,
} from './format';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('French formats, one for the server and the web', () => {
  it('writes euros from the decimal string and from cents alike, exactly', () => {
    expect(formatEuros('4000000.00')).toBe(`4${NNBSP}000${NNBSP}000,00${NBSP}€`);
    expect(formatCents(400_000_000n)).toBe(formatEuros('4000000.00'));
    expect(formatCents(-123_456n)).toBe(`-1${NNBSP}234,56${NBSP}€`);
    expect(formatCents(5n)).toBe(`0,05${NBSP}€`);
    // Beyond a double's exact range, digits are kept.
    expect(formatCents(900_719_925_474_099_312n)).toBe(
      `9${NNBSP}007${NNBSP}199${NNBSP}254${NNBSP}740${NNBSP}993,12${NBSP}€`,
    );
  });

  it('reads what a person types as an amount, and refuses what is not one', () => {
    expect(toApiAmount('4 000 000,50 €')).toBe('4000000.50');
    expect(toApiAmount('1.200.000,00')).toBe('1200000.00');
    expect(typedCents('1 200 000,5')).toBe(120_000_050n);
    expect(typedCents('douze')).toBeNull();
    expect(typedCents('1,234')).toBeNull();
    expect(centsToTyped(120_000_050n)).toBe('1 200 000,50');
  });

  it('writes dates, numbers and the name of a financial convention one way', () => {
    expect(formatDate('2024-01-29')).toBe('29/01/2024');
    expect(formatDate(null)).toBe('non renseignée');
    expect(formatNumber(10245)).toBe(`10${NNBSP}245`);
    expect(formatPercent(33.333)).toBe('33 %');
    expect(formatPercent(12.34, 1)).toBe('12,3 %');
    expect(fundingAgreementLabel(2024, 'investment')).toBe('Convention financière 2024 — investissement');
    expect(fundingAgreementLabel(2025, 'operating')).toBe('Convention financière 2025 — fonctionnement');
  });
});
