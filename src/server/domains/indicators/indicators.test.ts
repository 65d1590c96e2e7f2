import type { Principal } from '../../kernel/principal';
import { describe, expect, it } from 'vitest';
import {
  bannedAtNextDeadline,
  currentByPeriod,
  periodEnd,
  periodProblem,
  renovatedByClass,
  targetStatus,
  valueOfYear,
} from './indicators.rules';
import { canEnterValue } from './indicators.policy';

describe('targetStatus', () => {
  it('reaches a "higher is better" target at or above it', () => {
    expect(targetStatus('higher', '250', '250')).toBe('on_target');
    expect(targetStatus('higher', '250', '300')).toBe('on_target');
    expect(targetStatus('higher', '250', '249')).toBe('off_target');
  });
  it('reaches a "lower is better" target at or below it', () => {
    expect(targetStatus('lower', '0', '0')).toBe('on_target');
    expect(targetStatus('lower', '0', '3')).toBe('off_target');
    expect(targetStatus('lower', '10.5', '10.25')).toBe('on_target');
  });
  it('says when there is no value or no target', () => {
    expect(targetStatus('higher', '250', null)).toBe('no_value');
    expect(targetStatus('higher', null, '12')).toBe('no_target');
  });
});

describe('periodProblem', () => {
  const range = { firstYear: 2019, lastYear: 2033, today: '2026-11-29' };
  it('accepts a year for a yearly indicator and a half-year for a half-yearly one', () => {
    expect(periodProblem('yearly', '2024', range)).toBeNull();
    expect(periodProblem('half_yearly', '2026-S2', range)).toBeNull();
  });
  it('refuses the wrong shape for the frequency', () => {
    expect(periodProblem('yearly', '2024-S1', range)).toMatch(/annuel/);
    expect(periodProblem('half_yearly', '2024', range)).toMatch(/semestriel/);
    expect(periodProblem('yearly', '24', range)).toMatch(/Période invalide/);
  });
  it('refuses years outside those followed and periods not begun', () => {
    expect(periodProblem('yearly', '2018', range)).toMatch(/hors des années suivies \(2019–2033\)/);
    expect(periodProblem('yearly', '2027', range)).toMatch(/n'a pas commencé/);
    expect(periodProblem('half_yearly', '2026-S2', { ...range, today: '2026-06-30' })).toMatch(/n'a pas commencé/);
  });
  it('knows where periods end', () => {
    expect(periodEnd('2024-S1')).toBe('2024-06-30');
    expect(periodEnd('2024-S2')).toBe('2024-12-31');
    expect(periodEnd('2024')).toBe('2024-12-31');
  });
});

describe('current values', () => {
  const entries = [
    { period: '2024', value: '260', at: 3 },
    { period: '2024', value: '240', at: 1 },
    { period: '2025-S1', value: '100', at: 2 },
  ];
  it('keeps the latest entry of each period', () => {
    const current = currentByPeriod(entries);
    expect(current.get('2024')?.value).toBe('260');
    expect(current.size).toBe(2);
  });
  it('takes the yearly value, or the last half-year that has one', () => {
    const current = currentByPeriod(entries);
    expect(valueOfYear(current, 'yearly', 2024)?.value).toBe('260');
    expect(valueOfYear(current, 'half_yearly', 2025)?.value).toBe('100');
    expect(valueOfYear(current, 'half_yearly', 2024)).toBeNull();
  });
});

describe('computed from the trajectory', () => {
  const deadlines = [
    { date: '2028-01-01', banned: 1465, delivered: 300, remaining: 1165 },
    { date: '2025-01-01', banned: 205, delivered: 120, remaining: 85 },
    { date: '2034-01-01', banned: 10245, delivered: 900, remaining: 9345 },
  ];
  it('splits the dwellings renovated by the class each deadline adds', () => {
    expect(renovatedByClass(deadlines)).toEqual({
      byDeadline: [
        { date: '2025-01-01', delivered: 120 },
        { date: '2028-01-01', delivered: 180 },
        { date: '2034-01-01', delivered: 600 },
      ],
      total: 900,
    });
    expect(renovatedByClass([])).toEqual({ byDeadline: [], total: 0 });
  });
  it('counts what is still banned at the next deadline', () => {
    expect(bannedAtNextDeadline(deadlines, '2024-12-31')).toEqual({ date: '2025-01-01', remaining: 85 });
    expect(bannedAtNextDeadline(deadlines, '2025-12-31')).toEqual({ date: '2028-01-01', remaining: 1165 });
    expect(bannedAtNextDeadline(deadlines, '2034-01-01')).toBeNull();
  });
});

describe('canEnterValue', () => {
  const who = (roles: Principal['roles']): Principal => ({
    id: 'u',
    displayName: 'P',
    email: 'p@x',
    roles,
    organisationId: 'o',
  });
  it('lets the responsible party enter, not the other', () => {
    expect(canEnterValue(who(['office_agent']), 'landlord', 'landlord', false)).toBe(true);
    expect(canEnterValue(who(['department_agent']), 'department', 'landlord', false)).toBe(false);
    expect(canEnterValue(who(['department_agent']), 'department', 'department', false)).toBe(true);
  });
  it('never lets a controller or anyone enter a computed indicator', () => {
    expect(canEnterValue(who(['office_agent', 'controller']), 'landlord', 'landlord', false)).toBe(false);
    expect(canEnterValue(who(['office_agent']), 'landlord', 'landlord', true)).toBe(false);
  });
});
