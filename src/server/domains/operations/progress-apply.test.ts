import { describe, expect, it } from 'vitest';
import { operationChangeFromRow, type OperationState } from './progress-apply.rules';

const op: OperationState = {
  status: 'planned',
  percentComplete: 0,
  startActualOn: null,
  deliveryActualOn: null,
  spentCents: null,
  spentOn: null,
};
const row = {
  status: 'in_progress' as const,
  percentComplete: 40,
  startActualOn: '2026-03-02',
  deliveryActualOn: null,
  spentCents: 12_000_00n,
};

describe('an accepted progress row updates its operation', () => {
  it('takes the state at the half-year end, stamped with that day', () => {
    expect(operationChangeFromRow(op, row, '2026-06-30')).toEqual({
      status: 'in_progress',
      percentComplete: 40,
      startActualOn: '2026-03-02',
      spentCents: 12_000_00n,
      spentOn: '2026-06-30',
    });
  });

  it('delivery: status, 100 % and the delivery date', () => {
    const current = { ...op, ...row, spentOn: '2026-06-30' };
    expect(
      operationChangeFromRow(
        current,
        { ...row, status: 'delivered', percentComplete: 100, deliveryActualOn: '2026-11-15' },
        '2026-12-31',
      ),
    ).toEqual({ status: 'delivered', percentComplete: 100, deliveryActualOn: '2026-11-15', spentOn: '2026-12-31' });
  });

  it('a blank cell keeps what the operation holds', () => {
    const current = { ...op, startActualOn: '2026-02-01', spentCents: 5n };
    expect(operationChangeFromRow(current, { ...row, startActualOn: null, spentCents: null }, '2026-06-30')).toEqual({
      status: 'in_progress',
      percentComplete: 40,
      spentOn: '2026-06-30',
    });
  });

  it('an older half-year accepted late never rewinds a newer state', () => {
    expect(operationChangeFromRow({ ...op, spentOn: '2026-12-31' }, row, '2026-06-30')).toBeNull();
  });

  it('the same half-year accepted again applies (a table returned, corrected, accepted)', () => {
    expect(operationChangeFromRow({ ...op, spentOn: '2026-06-30' }, row, '2026-06-30')).toMatchObject({
      percentComplete: 40,
    });
  });

  it('an abandoned operation stays abandoned', () => {
    expect(operationChangeFromRow({ ...op, status: 'cancelled' }, row, '2026-06-30')).toBeNull();
  });

  it('nothing to write when the row states what the operation already holds', () => {
    const current = { ...op, ...row, spentOn: '2026-06-30' };
    expect(operationChangeFromRow(current, row, '2026-06-30')).toBeNull();
  });
});
