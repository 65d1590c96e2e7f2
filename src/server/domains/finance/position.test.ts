import { describe, expect, it } from 'vitest';
import { envelopePosition, type PositionRows } from './position.rules';

const M = (millions: number) => BigInt(Math.round(millions * 100)) * 1_000_000n;

/** The investment envelope of the reference convention, an amendment to 110 M€ from 01/07/2025, payments in 2024 and 2025. */
const rows: PositionRows = {
  envelope: { id: 'ap', amount_cents: M(100), period_start: '2024-01-01', period_end: '2033-12-31' },
  revisions: [{ envelope_id: 'ap', effective_on: '2025-07-01', amount_cents: M(110) }],
  allocations: [
    { id: 'a24', envelope_id: 'ap', year: 2024, amount_cents: M(4), deliberation_date: '2024-01-29' },
    { id: 'a25', envelope_id: 'ap', year: 2025, amount_cents: M(6), deliberation_date: '2025-02-10' },
    { id: 'other', envelope_id: 'ae', year: 2024, amount_cents: M(5), deliberation_date: '2024-01-29' },
  ],
  agreements: [
    { id: 'g24', allocation_id: 'a24', year: 2024, amount_cents: M(4), signed_on: '2024-03-15' },
    { id: 'g25', allocation_id: 'a25', year: 2025, amount_cents: M(6), signed_on: null },
  ],
  requests: [{ funding_agreement_id: 'g24', amount_cents: M(2), status: 'paid' }],
  payments: [
    { funding_agreement_id: 'g24', amount_cents: M(1.2), mandate_date: '2024-10-15' },
    { funding_agreement_id: 'g24', amount_cents: M(0.8), mandate_date: '2025-03-10' },
  ],
  reimbursements: [{ funding_agreement_id: 'g24', amount_cents: M(0.1), issued_on: '2025-09-01' }],
};

describe('envelopePosition as of a date', () => {
  it('on 31/12/2024: the amount before the amendment, 2024 only, payments up to that day', () => {
    const p = envelopePosition(rows, '2024-12-31');
    expect(p).toMatchObject({
      amountCents: M(100),
      allocatedCents: M(4),
      committedCents: M(4),
      paidCents: M(1.2),
      reimbursedCents: 0n,
      leftToAllocateCents: M(96),
      leftToPayCents: M(98.8),
    });
    expect(p.byYear.find((y) => y.year === 2024)).toEqual({
      year: 2024,
      allocatedCents: M(4),
      committedCents: M(4),
      requestedCents: M(2),
      paidCents: M(1.2),
    });
  });

  it('on 30/06/2025 the amendment effective 01/07/2025 does not count yet; on 01/07/2025 it does', () => {
    expect(envelopePosition(rows, '2025-06-30').amountCents).toBe(M(100));
    expect(envelopePosition(rows, '2025-07-01')).toMatchObject({
      amountCents: M(110),
      allocatedCents: M(10),
      committedCents: M(10),
      paidCents: M(2),
      leftToPayCents: M(108),
    });
  });

  it('leaves out what was voted, signed, paid or reimbursed after the date', () => {
    const p = envelopePosition(rows, '2024-03-01');
    expect(p).toMatchObject({ allocatedCents: M(4), committedCents: 0n, paidCents: 0n });
    expect(envelopePosition(rows, '2025-12-31').reimbursedCents).toBe(M(0.1));
  });

  it('reads only its own envelope, and makes its forecast on the same date', () => {
    const p = envelopePosition(rows, '2026-12-07');
    expect(p.allocationIds).toEqual(['a24', 'a25']);
    expect(p.forecast).toMatchObject({
      remainingYears: [2027, 2028, 2029, 2030, 2031, 2032, 2033],
      missedYears: [2026],
    });
  });
});
