import { addCalendarMonths } from '../../../contracts/dates';
import { sum } from './finance.rules';

/**
 * The envelopes' consumption forecast: what is left to allocate, the yearly pace needed to use the
 * envelope by its end, the year it would run out at the pace so far, and the lapse watch.
 */
export interface ForecastInput {
  amountCents: bigint;
  periodStart: string;
  periodEnd: string;
  allocations: { year: number; amountCents: bigint }[];
  /**
   * The day the forecast is made (a page: today; a review of year Y: 31/12/Y). A year's
   * allocation is voted in its first quarter: once that quarter is over, a year without one is
   * missed, and it no longer counts among the years that remain. Without a date, the forecast is
   * made at the start of the period.
   */
  asOf?: string;
}

export interface Forecast {
  allocatedCents: bigint;
  remainingCents: bigint;
  /** Years of the period whose allocation can still be voted: after the last allocated one and not yet closed. */
  remainingYears: number[];
  /** Years of the period already closed (their first quarter over) without any allocation. */
  missedYears: number[];
  requiredPaceCents: bigint | null;
  currentPaceCents: bigint | null;
  projectedExhaustionYear: number | null;
  onTrack: boolean;
}

/** Integer division rounded half up (cents). */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** The last year whose allocation window (its first quarter) is over on `asOf`. */
export function lastClosedYear(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  return asOf.slice(5) > '03-31' ? year : year - 1;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

export function forecastEnvelope(input: ForecastInput): Forecast {
  const startYear = Number(input.periodStart.slice(0, 4));
  const endYear = Number(input.periodEnd.slice(0, 4));
  const allocatedCents = sum(input.allocations.map((a) => a.amountCents));
  const remainingCents = input.amountCents - allocatedCents;
  const allocatedYears = new Set(input.allocations.map((a) => a.year));
  const lastAllocated = allocatedYears.size > 0 ? Math.max(...allocatedYears) : startYear - 1;
  // The years gone by: every closed year of the period, and any year already allocated.
  const closed = Math.min(endYear, Math.max(startYear - 1, lastClosedYear(input.asOf ?? input.periodStart)));
  const lastElapsed = Math.max(lastAllocated, closed);
  const remainingYears = range(lastElapsed + 1, endYear);
  const missedYears = range(startYear, closed).filter((y) => !allocatedYears.has(y));
  const requiredPaceCents = remainingYears.length > 0 ? divRound(remainingCents, BigInt(remainingYears.length)) : null;
  const yearsElapsed = lastElapsed - startYear + 1;
  const currentPaceCents =
    yearsElapsed > 0 && allocatedCents > 0n ? divRound(allocatedCents, BigInt(yearsElapsed)) : null;
  let projectedExhaustionYear: number | null = null;
  if (remainingCents <= 0n) projectedExhaustionYear = lastAllocated;
  else if (currentPaceCents && currentPaceCents > 0n) {
    const yearsNeeded = (remainingCents + currentPaceCents - 1n) / currentPaceCents;
    projectedExhaustionYear = lastElapsed + Number(yearsNeeded);
  }
  return {
    allocatedCents,
    remainingCents,
    remainingYears,
    missedYears,
    requiredPaceCents,
    currentPaceCents,
    projectedExhaustionYear,
    onTrack: projectedExhaustionYear !== null && projectedExhaustionYear <= endYear,
  };
}

export const LAPSE_MONTHS_WITHOUT_REQUEST = 6;
export const LAPSE_DAYS_WAITING = 30;

export type LapseAlert =
  | { kind: 'allocation_not_committed'; allocationId: string; year: number; uncommittedCents: bigint }
  | { kind: 'agreement_without_request'; agreementId: string; signedOn: string; since: string }
  | { kind: 'request_waiting'; requestId: string; submittedOn: string; days: number };

export interface LapseInput {
  today: string;
  allocations: { id: string; year: number; amountCents: bigint; committedCents: bigint }[];
  agreements: { id: string; signedOn: string | null; requestCount: number }[];
  requests: { id: string; status: string; submittedOn: string | null }[];
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export function lapseWatch(input: LapseInput): LapseAlert[] {
  const currentYear = Number(input.today.slice(0, 4));
  const alerts: LapseAlert[] = [];
  for (const a of input.allocations) {
    if (a.year < currentYear && a.committedCents < a.amountCents) {
      alerts.push({
        kind: 'allocation_not_committed',
        allocationId: a.id,
        year: a.year,
        uncommittedCents: a.amountCents - a.committedCents,
      });
    }
  }
  for (const g of input.agreements) {
    if (g.signedOn && g.requestCount === 0) {
      const since = addCalendarMonths(g.signedOn, LAPSE_MONTHS_WITHOUT_REQUEST);
      // "Depuis plus de 6 mois": on the day exactly 6 months after signing, not yet (like the 30 days below).
      if (since < input.today)
        alerts.push({ kind: 'agreement_without_request', agreementId: g.id, signedOn: g.signedOn, since });
    }
  }
  for (const r of input.requests) {
    if (r.status === 'submitted' && r.submittedOn) {
      const days = daysBetween(r.submittedOn, input.today);
      if (days > LAPSE_DAYS_WAITING)
        alerts.push({ kind: 'request_waiting', requestId: r.id, submittedOn: r.submittedOn, days });
    }
  }
  return alerts;
}
