import type { ConventionStatus } from '../../../contracts/conventions';

export interface ConventionDates {
  signatureDate: string | null;
  periodStart: string;
  periodEnd: string;
  terminatedOn: string | null;
}

/**
 * The status is computed, never typed: terminated from the termination's effective date,
 * expired after the period, in force once signed and started, signed before the start, else a
 * draft. Dates are 'YYYY-MM-DD' strings, which compare in calendar order.
 */
export function conventionStatus(c: ConventionDates, today: string): ConventionStatus {
  if (c.terminatedOn !== null && c.terminatedOn <= today) return 'terminated';
  if (c.periodEnd < today) return 'expired';
  if (c.signatureDate === null || c.signatureDate > today) return 'draft';
  return c.periodStart <= today ? 'in_force' : 'signed';
}
