import type { OperationStatus } from '../../../contracts/operations';
import type { ProgressFacts } from './progress.rules';

/**
 * What an accepted half-year progress table writes back to an operation (issue #19): the table
 * states each operation at the half-year's end, so once the Département accepts it the operation
 * takes that state — status, percentage, actual start order and delivery dates, spending to date —
 * and the next half-year's table is pre-filled from it.
 *
 * Two guards keep an accepted table from rewinding newer facts:
 * - an operation already stated at a later date (its spending is known as of a later half-year)
 *   keeps its state: accepting an old table late never overwrites a newer one;
 * - an operation abandoned since the table was opened stays abandoned;
 * - a blank cell (no date, no spending) leaves what the operation holds: the table never erases
 *   a date entered on the operation itself.
 */

export interface OperationState {
  status: OperationStatus;
  percentComplete: number;
  startActualOn: string | null;
  deliveryActualOn: string | null;
  spentCents: bigint | null;
  /** The day the spending (and the rest of the state) was last stated by an accepted table. */
  spentOn: string | null;
}

export type OperationChange = Partial<OperationState>;

/** The fields of the operation that change, or null when the row leaves it as it is. */
export function operationChangeFromRow(
  current: OperationState,
  row: Omit<ProgressFacts, 'operationId'>,
  periodEnd: string,
): OperationChange | null {
  if (current.status === 'cancelled') return null;
  if (current.spentOn !== null && current.spentOn > periodEnd) return null;
  const next: OperationState = {
    status: row.status,
    percentComplete: row.percentComplete,
    startActualOn: row.startActualOn ?? current.startActualOn,
    deliveryActualOn: row.deliveryActualOn ?? current.deliveryActualOn,
    spentCents: row.spentCents ?? current.spentCents,
    spentOn: periodEnd,
  };
  const change: OperationChange = {};
  for (const key of Object.keys(next) as (keyof OperationState)[]) {
    if (next[key] !== current[key]) (change as Record<string, unknown>)[key] = next[key];
  }
  return Object.keys(change).length > 0 ? change : null;
}
