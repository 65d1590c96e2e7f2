import type { IndicatorDirection, IndicatorFrequency, TargetStatus } from '../../../contracts/indicators';

/**
 * Pure rules of the indicators: where a value stands against its target given the direction, which
 * periods a value may be entered for, which value stands for a year, and the figures computed from
 * the housing trajectory.
 */

/** On target when the value reaches the target in the right direction (equal counts as reached). */
export function targetStatus(direction: IndicatorDirection, target: string | null, value: string | null): TargetStatus {
  if (value === null) return 'no_value';
  if (target === null) return 'no_target';
  const v = Number(value);
  const t = Number(target);
  return (direction === 'higher' ? v >= t : v <= t) ? 'on_target' : 'off_target';
}

/** The last day of a period: 2024 → 2024-12-31, 2024-S1 → 2024-06-30, 2024-S2 → 2024-12-31. */
export function periodEnd(period: string): string {
  const year = period.slice(0, 4);
  return period.endsWith('-S1') ? `${year}-06-30` : `${year}-12-31`;
}

/** The first day of a period. */
export function periodStart(period: string): string {
  const year = period.slice(0, 4);
  return period.endsWith('-S2') ? `${year}-07-01` : `${year}-01-01`;
}

/**
 * Why a value may not be entered for `period`, or null. The period's shape follows the frequency
 * (a year for yearly indicators, a half-year for half-yearly ones); it lies within the years the
 * indicator is followed (history before the convention included) and has begun by `today`.
 */
export function periodProblem(
  frequency: IndicatorFrequency,
  period: string,
  range: { firstYear: number; lastYear: number; today: string },
): string | null {
  const yearly = /^\d{4}$/.test(period);
  const halfYearly = /^\d{4}-S[12]$/.test(period);
  if (!yearly && !halfYearly) return 'Période invalide : une année (2024) ou un semestre (2024-S1, 2024-S2).';
  if (frequency === 'yearly' && !yearly) return 'Cet indicateur est annuel : indiquez une année (ex. 2024).';
  if (frequency === 'half_yearly' && !halfYearly)
    return 'Cet indicateur est semestriel : indiquez un semestre (ex. 2024-S1).';
  const year = Number(period.slice(0, 4));
  if (year < range.firstYear || year > range.lastYear)
    return `La période ${period} est hors des années suivies (${range.firstYear}–${range.lastYear}).`;
  if (periodStart(period) > range.today)
    return `La période ${period} n'a pas commencé : une valeur ne se saisit pas à l'avance.`;
  return null;
}

/** Entries of one indicator, newest first → the current value of each period (the latest entry). */
export function currentByPeriod<T extends { period: string }>(newestFirst: T[]): Map<string, T> {
  const current = new Map<string, T>();
  for (const entry of newestFirst) if (!current.has(entry.period)) current.set(entry.period, entry);
  return current;
}

/** The value standing for a year: the yearly value, or the year's last half-year that has one. */
export function valueOfYear<T extends { period: string }>(
  current: Map<string, T>,
  frequency: IndicatorFrequency,
  year: number,
): T | null {
  if (frequency === 'yearly') return current.get(String(year)) ?? null;
  return current.get(`${year}-S2`) ?? current.get(`${year}-S1`) ?? null;
}

export interface DeadlineFigures {
  date: string;
  banned: number;
  delivered: number;
  remaining: number;
}

/**
 * Dwellings brought out of a banned class by delivered operations, per class. Each deadline bans
 * one more class and counts everything banned by then (G at the first, F and G at the second, E, F
 * and G at the last), so a class's figure is the difference between consecutive deadlines.
 */
export function renovatedByClass(deadlines: DeadlineFigures[]): {
  byDeadline: { date: string; delivered: number }[];
  total: number;
} {
  const sorted = [...deadlines].sort((a, b) => a.date.localeCompare(b.date));
  let previous = 0;
  const byDeadline = sorted.map((d) => {
    const delivered = Math.max(0, d.delivered - previous);
    previous = Math.max(previous, d.delivered);
    return { date: d.date, delivered };
  });
  return { byDeadline, total: sorted.at(-1)?.delivered ?? 0 };
}

/** Dwellings still banned at the first deadline after `asOf` (none programmed or not yet delivered). */
export function bannedAtNextDeadline(
  deadlines: DeadlineFigures[],
  asOf: string,
): { date: string; remaining: number } | null {
  const next = [...deadlines].sort((a, b) => a.date.localeCompare(b.date)).find((d) => d.date > asOf);
  return next ? { date: next.date, remaining: next.remaining } : null;
}
