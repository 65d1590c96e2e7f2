import { describe, expect, it } from 'vitest';
import {
  classProblems,
  effectiveClassAt,
  fundingProblems,
  isWorseClass,
  phaseProblems,
  statusProblems,
} from './operations.rules';
import {
  diffRows,
  forecastDueDate,
  forecastIsLate,
  gapToRange,
  halfYearLabel,
  isHalfYearEnd,
  nextTableStatus,
  previousHalfYearEnd,
  rowProblems,
  tableDueDate,
} from './progress.rules';
import { previousConventionOperations, referenceForecastBaseline } from '../../seed/reference-operations';

describe('phase dates', () => {
  it('accepts phases in order, planned and actual', () => {
    expect(
      phaseProblems([
        { phase: 'studies', plannedOn: '2025-01-10', actualOn: '2025-01-15' },
        { phase: 'start_order', plannedOn: '2025-03-01', actualOn: '2025-03-05' },
        { phase: 'delivery', plannedOn: '2026-06-30', actualOn: '2026-06-20' },
      ]),
    ).toEqual([]);
  });

  it('refuses an operation delivered before it started, naming both dates', () => {
    const errors = phaseProblems([
      { phase: 'start_order', plannedOn: null, actualOn: '2025-09-01' },
      { phase: 'delivery', plannedOn: null, actualOn: '2025-06-30' },
    ]);
    expect(errors.map((e) => e.field)).toContain('phases.delivery.actualOn');
    expect(errors[0]!.message).toBe(
      'Livraison le 30/06/2025 avant le début des travaux (ordre de service le 01/09/2025) : impossible.',
    );
  });

  it('refuses a delivery without a start, and planned phases out of order', () => {
    expect(phaseProblems([{ phase: 'delivery', plannedOn: null, actualOn: '2025-06-30' }]).map((e) => e.field)).toEqual(
      ['phases.start_order.actualOn'],
    );
    const errors = phaseProblems([
      { phase: 'tender', plannedOn: '2025-05-01', actualOn: null },
      { phase: 'studies', plannedOn: '2025-06-01', actualOn: null },
    ]);
    expect(errors).toEqual([
      {
        field: 'phases.tender.plannedOn',
        message:
          "Phase « Appel d'offres » prévue le 01/05/2025, avant la phase « Études » (01/06/2025) : les phases se suivent dans l'ordre.",
      },
    ]);
  });

  it('ties the status to the actual delivery date and 100 %', () => {
    expect(statusProblems('delivered', 100, '2025-06-30')).toEqual([]);
    expect(statusProblems('delivered', 100, null)[0]!.field).toBe('phases.delivery.actualOn');
    expect(statusProblems('in_progress', 80, '2025-06-30')[0]!.field).toBe('status');
    expect(statusProblems('delivered', 90, '2025-06-30')[0]!.field).toBe('percentComplete');
  });
});

describe('classes', () => {
  it('orders DPE classes from A (best) to G (worst)', () => {
    expect(isWorseClass('G', 'F')).toBe(true);
    expect(isWorseClass('A', 'B')).toBe(false);
    expect(isWorseClass('C', 'C')).toBe(false);
  });

  it('refuses a renovation aiming at a worse class, or at none', () => {
    const errors = classProblems('thermal_renovation', [
      { field: 'dwellings.0.targetClass', label: 'Logement 1', classBefore: 'E', targetClass: 'F' },
      { field: 'dwellings.1.targetClass', label: 'Logement 2', classBefore: 'G', targetClass: 'C' },
      { field: 'classCounts.0.targetClass', label: 'Groupe', classBefore: 'F', targetClass: null },
    ]);
    expect(errors.map((e) => e.field)).toEqual(['dwellings.0.targetClass', 'classCounts.0.targetClass']);
    expect(errors[0]!.message).toContain('la classe visée F est moins bonne que la classe actuelle E');
  });

  it('leaves classes alone for works that do not renovate', () => {
    expect(classProblems('maintenance', [{ field: 'x', label: 'L', classBefore: 'C', targetClass: 'G' }])).toEqual([]);
  });

  it('gives the target class of the latest operation delivered by the date, else the DPE class', () => {
    const treatments = [
      { deliveredOn: '2025-06-30', targetClass: 'D' as const },
      { deliveredOn: '2027-03-01', targetClass: 'B' as const },
      { deliveredOn: null, targetClass: 'A' as const },
    ];
    expect(effectiveClassAt('G', treatments, '2025-06-29')).toBe('G');
    expect(effectiveClassAt('G', treatments, '2025-06-30')).toBe('D');
    expect(effectiveClassAt('G', treatments, '2030-01-01')).toBe('B');
    expect(effectiveClassAt(null, [], '2030-01-01')).toBeNull();
  });
});

describe('funding plan', () => {
  const dept = (amountCents: bigint) => ({ source: 'department' as const, amountCents, fundingAgreementId: 'g' });
  it('accepts lines up to the cost, refuses beyond it with both amounts', () => {
    expect(
      fundingProblems(100_000_00n, 120_000_00n, [
        dept(60_000_00n),
        { source: 'eco_loan', amountCents: 60_000_00n, fundingAgreementId: null },
      ]),
    ).toEqual([]);
    const errors = fundingProblems(100_000_00n, 120_000_00n, [
      dept(60_000_00n),
      { source: 'own_funds', amountCents: 60_000_01n, fundingAgreementId: null },
    ]);
    expect(errors).toEqual([
      {
        field: 'fundingLines',
        message:
          'Plan de financement refusé : 120\u202f000,01\u00a0€ de financements pour un coût de 120\u202f000,00\u00a0€.',
      },
    ]);
  });

  it('needs a cost, HT ≤ TTC, and a funding agreement for the Département subsidy only', () => {
    expect(fundingProblems(null, null, [dept(1n)]).map((e) => e.field)).toEqual(['costInclTax']);
    expect(fundingProblems(200n, 100n, []).map((e) => e.field)).toEqual(['costExclTax']);
    // A past convention whose money Copil does not hold: recorded amounts, no financial convention to name.
    expect(
      fundingProblems(
        null,
        null,
        [{ source: 'department', amountCents: 4_000_000_00n, fundingAgreementId: null }],
        false,
      ),
    ).toEqual([]);
    expect(
      fundingProblems(null, 100n, [{ source: 'department', amountCents: 101n, fundingAgreementId: null }], false).map(
        (e) => e.field,
      ),
    ).toEqual(['fundingLines']);
    expect(
      fundingProblems(null, null, [{ source: 'feder', amountCents: 1n, fundingAgreementId: 'g' }], false).map(
        (e) => e.field,
      ),
    ).toEqual(['fundingLines.0.fundingAgreementId']);
    expect(
      fundingProblems(null, 500n, [
        { source: 'department', amountCents: 1n, fundingAgreementId: null },
        { source: 'feder', amountCents: 1n, fundingAgreementId: 'g' },
      ]).map((e) => e.field),
    ).toEqual(['fundingLines.0.fundingAgreementId', 'fundingLines.1.fundingAgreementId']);
  });
});

describe('progress tables and forecasts', () => {
  it('knows half-years, their due dates and labels', () => {
    expect([isHalfYearEnd('2025-06-30'), isHalfYearEnd('2025-12-31'), isHalfYearEnd('2025-06-29')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([tableDueDate('2025-06-30'), tableDueDate('2025-12-31')]).toEqual(['2025-07-31', '2026-01-31']);
    expect([halfYearLabel('2025-06-30'), halfYearLabel('2025-12-31')]).toEqual([
      '1er semestre 2025',
      '2d semestre 2025',
    ]);
    expect([previousHalfYearEnd('2025-06-30'), previousHalfYearEnd('2025-12-31')]).toEqual([
      '2024-12-31',
      '2025-06-30',
    ]);
  });

  it('moves a table open → submitted → returned → submitted → accepted, nothing else', () => {
    expect(nextTableStatus('open', 'submit')).toBe('submitted');
    expect(nextTableStatus('submitted', 'return')).toBe('returned');
    expect(nextTableStatus('returned', 'submit')).toBe('submitted');
    expect(nextTableStatus('submitted', 'accept')).toBe('accepted');
    expect(nextTableStatus('open', 'accept')).toBeNull();
    expect(nextTableStatus('accepted', 'submit')).toBeNull();
  });

  it('checks a row against the half-year end', () => {
    const row = {
      status: 'delivered' as const,
      percentComplete: 100,
      startActualOn: '2025-02-01',
      deliveryActualOn: '2025-07-02',
      spentCents: null,
    };
    expect(rowProblems(row, '2025-06-30')).toEqual([
      { column: 'deliveryActualOn', message: 'date du 02/07/2025 postérieure à la fin du semestre (30/06/2025).' },
    ]);
    expect(rowProblems({ ...row, deliveryActualOn: '2025-06-01' }, '2025-06-30')).toEqual([]);
    expect(
      rowProblems({ ...row, status: 'in_progress', deliveryActualOn: null, percentComplete: 40 }, '2025-06-30'),
    ).toEqual([]);
  });

  it('lists what changed between two half-years', () => {
    const a = {
      operationId: 'a',
      status: 'in_progress' as const,
      percentComplete: 40,
      startActualOn: '2025-01-01',
      deliveryActualOn: null,
      spentCents: null,
    };
    const b = { ...a, operationId: 'b' };
    const changes = diffRows(
      [a, b],
      [
        { ...a, percentComplete: 70 },
        { ...a, operationId: 'c' },
      ],
    );
    expect(changes.map((c) => [c.operationId, c.change])).toEqual([
      ['a', 'changed'],
      ['c', 'added'],
      ['b', 'removed'],
    ]);
    expect(changes[0]!.fields).toEqual([{ field: 'percentComplete', before: '40', after: '70' }]);
  });

  it('measures a forecast against the convention baseline range', () => {
    expect(gapToRange(275, 250, 300)).toBe(0);
    expect(gapToRange(250, 250, 300)).toBe(0);
    expect(gapToRange(300, 250, 300)).toBe(0);
    expect(gapToRange(249, 250, 300)).toBe(-1);
    expect(gapToRange(320, 250, 300)).toBe(20);
    expect(gapToRange(2500, 2500, 2500)).toBe(0);
    expect(gapToRange(2350, 2500, 2500)).toBe(-150);
    expect(gapToRange(0, 2500, 2500)).toBe(-2500);
  });

  it('dates the November forecast and flags it late', () => {
    expect(forecastDueDate(2025)).toBe('2024-11-30');
    expect(forecastIsLate(2025, '2024-11-30', '2026-01-01')).toBe(false);
    expect(forecastIsLate(2025, '2024-12-01', '2026-01-01')).toBe(true);
    expect(forecastIsLate(2027, null, '2026-11-29')).toBe(false);
  });
});

describe('reference operations of the 2021–2023 convention', () => {
  it('hold the same rules as an operation the office enters', () => {
    for (const o of previousConventionOperations) {
      const phases = o.phases.map((p) => ({
        phase: p.phase,
        plannedOn: p.plannedOn ?? null,
        actualOn: p.actualOn ?? null,
      }));
      expect(phaseProblems(phases)).toEqual([]);
      expect(
        statusProblems(o.status, o.percentComplete, phases.find((p) => p.phase === 'delivery')?.actualOn ?? null),
      ).toEqual([]);
      expect(classProblems(o.kind, [])).toEqual([]);
      expect(
        fundingProblems(
          null,
          null,
          o.fundingLines.map((l) => ({ source: l.source, amountCents: l.amount, fundingAgreementId: null })),
          false,
        ),
      ).toEqual([]);
    }
    expect(previousConventionOperations.map((o) => [o.unclassifiedDwellings, o.fundingLines[0]!.amount])).toEqual([
      [400, 4_000_000_00n],
      [0, 3_000_000_00n],
    ]);
    expect(referenceForecastBaseline.map((b) => [b.measure, b.low, b.high])).toEqual([
      ['maintenance_dwellings', 2500n, 2500n],
      ['maintenance_spending', 20_000_000_00n, 25_000_000_00n],
      ['adaptations', 250n, 300n],
    ]);
  });
});
