import type { EnergyClass, Territory } from '../../../contracts/housing';
import { bannedClassOn, bannedFrom, deadlineDates, type Deadline } from './calendar.rules';
import { allocateCounted, classKey, countedRemaining, countedTotals, type CountedGroup } from './counted.rules';

/**
 * The compliance trajectory: for each deadline of the calendar in force, the dwellings whose class
 * would then be banned, split into delivered (an operation already brought them out), planned (an
 * operation planned before the deadline will) and not programmed; and the yearly pace needed.
 * The database computes it set-based (trajectory.repository.ts); the rules here state it for one
 * dwelling at a time and serve as the reference the SQL is tested against.
 */

/**
 * Programming years left before a deadline (1 January of its year): the current year counts, the
 * deadline's year does not. 0 once the deadline has passed.
 */
export function yearsLeft(deadline: string, today: string): number {
  if (deadline <= today) return 0;
  return Math.max(1, Number(deadline.slice(0, 4)) - Number(today.slice(0, 4)));
}

/** Deliveries per year needed to have none left at the deadline; null when no year is left. */
export function requiredPace(remaining: number, years: number): number | null {
  return years <= 0 ? null : Math.ceil(remaining / years);
}

export interface TrajectoryCounts {
  banned: number;
  /** Delivered and planned: picked and counted dwellings together. */
  delivered: number;
  planned: number;
  /** …of which dwellings operations count by class without having picked them (counted.rules.ts). */
  deliveredCounted: number;
  plannedCounted: number;
}

export function trajectoryFigures(c: TrajectoryCounts, years: number) {
  const notProgrammed = c.banned - c.delivered - c.planned;
  const remaining = c.planned + notProgrammed;
  return {
    banned: c.banned,
    delivered: c.delivered,
    planned: c.planned,
    deliveredCounted: c.deliveredCounted,
    plannedCounted: c.plannedCounted,
    notProgrammed,
    remaining,
    requiredPacePerYear: requiredPace(remaining, years),
  };
}

/** An operation's effect on a dwelling: its target class from its (planned or actual) delivery date. */
export interface Treatment {
  deliveryDate: string;
  delivered: boolean;
  targetClass: EnergyClass;
}

export interface StockDwelling {
  territory: Territory;
  effectiveClass: EnergyClass | null;
  treatments: Treatment[];
  /** Retired from the stock on that date (sold, demolished, merged): out of the trajectory as of it. */
  retiredOn?: string | null;
}

/** Whether a dwelling is still in the stock as of a day: not retired, or retired after it. */
export function inStockOn(d: { retiredOn?: string | null }, asOf: string): boolean {
  return !d.retiredOn || d.retiredOn > asOf;
}

/**
 * Where one dwelling stands at a deadline: not concerned (its class is not banned then), or banned
 * and delivered / planned / not programmed. The latest operation delivered (or planned) before the
 * deadline counts, if its target class is no longer banned on that date.
 */
export function standingAt(
  d: StockDwelling,
  deadlines: Deadline[],
  date: string,
): 'none' | 'delivered' | 'planned' | 'not_programmed' {
  const from = bannedFrom(deadlines, d.territory, d.effectiveClass);
  if (from === null || from > date) return 'none';
  const latest = d.treatments
    .filter((t) => t.deliveryDate < date)
    .sort((a, b) => b.deliveryDate.localeCompare(a.deliveryDate))[0];
  if (!latest) return 'not_programmed';
  const after = bannedFrom(deadlines, d.territory, latest.targetClass);
  if (after !== null && after <= date) return 'not_programmed';
  return latest.delivered ? 'delivered' : 'planned';
}

/**
 * The deadlines of a stock (dates of the territories it has dwellings in), with their counts: the
 * picked dwellings one by one, then the dwellings operations count by class, within what is left
 * of their class (counted.rules.ts).
 */
export function projectTrajectory(
  stock: StockDwelling[],
  deadlines: Deadline[],
  today: string,
  counted: CountedGroup[] = [],
) {
  stock = stock.filter((d) => inStockOn(d, today));
  const present = [...new Set(stock.map((d) => d.territory))];
  const groups = countedRemaining(counted);
  return deadlineDates(deadlines, present.length > 0 ? present : undefined).map((date) => {
    const counts = { banned: 0, delivered: 0, planned: 0, deliveredCounted: 0, plannedCounted: 0 };
    const free = new Map<string, number>();
    for (const d of stock) {
      const s = standingAt(d, deadlines, date);
      if (s === 'none') continue;
      counts.banned++;
      if (s === 'delivered') counts.delivered++;
      if (s === 'planned') counts.planned++;
      if (s === 'not_programmed') {
        const k = classKey(d.territory, d.effectiveClass!);
        free.set(k, (free.get(k) ?? 0) + 1);
      }
    }
    const fromCounted = countedTotals(allocateCounted(groups, deadlines, date, free));
    counts.deliveredCounted = fromCounted.delivered;
    counts.plannedCounted = fromCounted.planned;
    counts.delivered += fromCounted.delivered;
    counts.planned += fromCounted.planned;
    const years = yearsLeft(date, today);
    return {
      date,
      yearsLeft: years,
      passed: date <= today,
      rules: present.flatMap((territory) => {
        const bannedClass = bannedClassOn(deadlines, territory, date);
        return bannedClass ? [{ territory, bannedClass }] : [];
      }),
      ...trajectoryFigures(counts, years),
    };
  });
}
