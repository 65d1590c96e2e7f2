import { describe, expect, it } from 'vitest';
import { actWindow, windowWarning } from './act-windows.rules';

const allocation2026 = {
  recurrence: 'yearly_quarter' as const,
  monthsAfter: 0,
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  nominalDueOn: '2026-03-31',
};
const copil2026 = { ...allocation2026, periodStart: '2026-10-01', periodEnd: '2026-12-31', nominalDueOn: '2026-12-31' };

describe('the window a clause sets for a dated act', () => {
  it('the yearly allocation: 1st quarter; July is outside, with a French warning', () => {
    const w = actWindow(allocation2026)!;
    expect(w).toEqual({ from: '2026-01-01', to: '2026-03-31', label: 'au 1er trimestre 2026' });
    expect(windowWarning("Délibération d'application 2026 votée", '2026-03-31', w, '3')).toBeNull();
    expect(windowWarning("Délibération d'application 2026 votée", '2026-07-09', w, '3')).toBe(
      "Délibération d'application 2026 votée le 09/07/2026, hors de la période prévue par l'article 3 de la convention (au 1er trimestre 2026) : l'acte est enregistré, l'échéance le signale.",
    );
  });

  it('the COPIL: 4th quarter; March is outside', () => {
    const w = actWindow(copil2026)!;
    expect(w.label).toBe('au 4e trimestre 2026');
    expect(windowWarning('Réunion du COPIL tenue', '2026-03-12', w, '4')).toContain('au 4e trimestre 2026');
    expect(windowWarning('Réunion du COPIL tenue', '2026-10-01', w, '4')).toBeNull();
  });

  it('the COTECH: its half-year', () => {
    const w = actWindow({
      recurrence: 'half_yearly',
      monthsAfter: 0,
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      nominalDueOn: '2026-12-31',
    })!;
    expect(w).toEqual({ from: '2026-07-01', to: '2026-12-31', label: 'au 2d semestre 2026' });
  });

  it('the half-year progress table: after the half-year, by its due date', () => {
    const w = actWindow({
      recurrence: 'half_yearly',
      monthsAfter: 1,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      nominalDueOn: '2026-07-31',
    })!;
    expect([w.from, w.to]).toEqual(['2026-07-01', '2026-07-31']);
    expect(windowWarning('Tableau de suivi accepté', '2026-08-03', w, '3')).toContain('état du 1er semestre 2026');
  });

  it('the November forecast: "au plus tard en novembre" of the year before — earlier is fine, December is not', () => {
    const w = actWindow({
      recurrence: 'yearly_date',
      monthsAfter: 0,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      nominalDueOn: '2026-11-30',
    })!;
    expect(w.label).toBe('au plus tard en novembre 2026, le 30/11/2026');
    expect(windowWarning('Prévisionnel 2027 transmis', '2026-10-15', w, '3')).toBeNull();
    expect(windowWarning('Prévisionnel 2027 transmis', '2026-12-02', w, '3')).not.toBeNull();
  });

  it('a per-event duty has its own dates, no clause window', () => {
    expect(actWindow({ ...allocation2026, recurrence: 'per_event' })).toBeNull();
    expect(windowWarning('x', '2026-01-01', null, '6')).toBeNull();
  });
});
