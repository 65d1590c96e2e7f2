import { UNLOCATED_KEY, type EnergyClass, type Territory } from '../../../contracts/housing';
import { isBannedOn, type Deadline } from './calendar.rules';
import { territoryOf } from './housing.rules';

/**
 * Dwellings an operation counts by class ("100 G dwellings renovated to C") before the office has
 * picked them from the stock. They take part in the trajectory like picked dwellings, with two
 * rules that keep every figure honest:
 * - no dwelling counted twice: the dwellings the office later picks for the operation (of that
 *   class) are taken off its count, whatever the date;
 * - never more than the stock: at a deadline, the counted renovations of a (territory, class)
 *   bring out of the ban at most the dwellings of that class there that nothing picked already
 *   brings out — delivered ones first, then planned ones, earliest delivery first.
 */

/** One group of an operation's dwellings counted by class, as the operations domain records it. */
export interface CountedGroup {
  operationId: string;
  /**
   * The operation's commune (its territory and, for the breakdowns, its location); null when the
   * operation names none: mainland (the convention's territory), and unlocated in the breakdowns.
   */
  communeCode: string | null;
  classBefore: EnergyClass;
  targetClass: EnergyClass | null;
  count: number;
  /** Delivery date (actual once delivered as of the day, else planned); null when none is known. */
  deliveryDate: string | null;
  delivered: boolean;
  cancelled: boolean;
  /** Classes (before works) of the dwellings the office has picked for the operation since. */
  pickedClasses: EnergyClass[];
}

/** A counted group as it takes part in the trajectory: what is left of it once its picked dwellings are taken off. */
export interface CountedRemaining {
  operationId: string;
  communeCode: string | null;
  territory: Territory;
  classBefore: EnergyClass;
  targetClass: EnergyClass;
  deliveryDate: string;
  delivered: boolean;
  remaining: number;
}

/** The territory of an operation: its commune's, mainland when it names none. */
export const territoryOfOperation = (communeCode: string | null): Territory =>
  communeCode === null ? 'mainland' : territoryOf(communeCode);

/** The counted dwellings still to follow: the count less those picked of that class; none for abandoned operations. */
export function countedRemaining(groups: CountedGroup[]): CountedRemaining[] {
  return groups.flatMap((g) => {
    if (g.cancelled || g.targetClass === null || g.deliveryDate === null) return [];
    const remaining = g.count - g.pickedClasses.filter((c) => c === g.classBefore).length;
    if (remaining <= 0) return [];
    return [
      {
        operationId: g.operationId,
        communeCode: g.communeCode,
        territory: territoryOfOperation(g.communeCode),
        classBefore: g.classBefore,
        targetClass: g.targetClass,
        deliveryDate: g.deliveryDate,
        delivered: g.delivered,
        remaining,
      },
    ];
  });
}

/** Whether a counted group brings its dwellings out of the ban at a deadline: banned then, delivered (or planned) before it, to a class no longer banned. */
export function countedApplies(g: CountedRemaining, deadlines: Deadline[], date: string): boolean {
  return (
    isBannedOn(deadlines, g.territory, g.classBefore, date) &&
    g.deliveryDate < date &&
    !isBannedOn(deadlines, g.territory, g.targetClass, date)
  );
}

export const classKey = (territory: Territory, c: EnergyClass) => `${territory}|${c}`;

export interface CountedCredit {
  group: CountedRemaining;
  /** Dwellings of the group counted out of the ban at the deadline (at most its remaining count). */
  credit: number;
}

/**
 * The counted groups' share at a deadline: each applying group takes what is left of the
 * dwellings of its (territory, class) that are banned and not already brought out by a picked
 * operation (`free`, keyed by classKey), delivered groups first, then by delivery date and
 * operation. Groups left with nothing are omitted.
 */
export function allocateCounted(
  groups: CountedRemaining[],
  deadlines: Deadline[],
  date: string,
  free: ReadonlyMap<string, number>,
): CountedCredit[] {
  const left = new Map(free);
  const ordered = groups
    .filter((g) => countedApplies(g, deadlines, date))
    .sort(
      (a, b) =>
        Number(b.delivered) - Number(a.delivered) ||
        a.deliveryDate.localeCompare(b.deliveryDate) ||
        a.operationId.localeCompare(b.operationId) ||
        a.classBefore.localeCompare(b.classBefore),
    );
  const credits: CountedCredit[] = [];
  for (const group of ordered) {
    const k = classKey(group.territory, group.classBefore);
    const credit = Math.min(group.remaining, left.get(k) ?? 0);
    if (credit <= 0) continue;
    left.set(k, (left.get(k) ?? 0) - credit);
    credits.push({ group, credit });
  }
  return credits;
}

/** Delivered and planned dwellings that counted groups bring out of the ban. */
export function countedTotals(credits: CountedCredit[]): { delivered: number; planned: number } {
  let delivered = 0;
  let planned = 0;
  for (const c of credits) {
    if (c.group.delivered) delivered += c.credit;
    else planned += c.credit;
  }
  return { delivered, planned };
}

/** A figure row of the trajectory: a deadline, its breakdown key (null for the total) and its counts. */
export interface CountedFigureRow {
  date: string;
  key: string | null;
  is_total: boolean;
  banned: number;
  delivered: number;
  planned: number;
}

/** The key of the breakdown line gathering counted dwellings that have no location in the breakdown. */
export const UNLOCATED = UNLOCATED_KEY;

/**
 * Adds the counted dwellings to the picked ones' figures (rows from the database, `free` per
 * date, breakdown key and class): the total of each deadline takes the credits allocateCounted
 * gives; a breakdown line takes the credits of the operations it locates (`locate`: the line of
 * an operation's commune, null when the breakdown cannot place it), within what is free on that
 * line, and the rest goes to the "unlocated" line, so that the lines still add up to the total.
 */
export function withCounted<R extends CountedFigureRow>(
  rows: R[],
  free: { date: string; key: string | null; territory: Territory; class: EnergyClass; free: number }[],
  groups: CountedRemaining[],
  deadlines: Deadline[],
  locate: ((communeCode: string) => string | null) | null,
): (R & { deliveredCounted: number; plannedCounted: number })[] {
  const out = rows.map((r) => ({ ...r, deliveredCounted: 0, plannedCounted: 0 }));
  if (groups.length === 0) return out;
  for (const total of out.filter((r) => r.is_total)) {
    const freeAt = free.filter((f) => f.date === total.date);
    const byClass = new Map<string, number>();
    for (const f of freeAt)
      byClass.set(classKey(f.territory, f.class), (byClass.get(classKey(f.territory, f.class)) ?? 0) + f.free);
    const credits = allocateCounted(groups, deadlines, total.date, byClass);
    const add = (r: (typeof out)[number], delivered: boolean, n: number) => {
      if (delivered) {
        r.delivered += n;
        r.deliveredCounted += n;
      } else {
        r.planned += n;
        r.plannedCounted += n;
      }
    };
    for (const c of credits) add(total, c.group.delivered, c.credit);
    if (!locate) continue;
    const left = new Map(freeAt.map((f) => [`${f.key ?? ''}#${classKey(f.territory, f.class)}`, f.free]));
    for (const c of credits) {
      const key = c.group.communeCode === null ? null : locate(c.group.communeCode);
      const k = `${key ?? ''}#${classKey(c.group.territory, c.group.classBefore)}`;
      const located = key === null ? 0 : Math.min(c.credit, left.get(k) ?? 0);
      const line = located > 0 ? out.find((r) => !r.is_total && r.date === total.date && r.key === key) : undefined;
      if (line) {
        left.set(k, (left.get(k) ?? 0) - located);
        add(line, c.group.delivered, located);
      }
      const rest = c.credit - (line ? located : 0);
      if (rest === 0) continue;
      let unlocated = out.find((r) => !r.is_total && r.date === total.date && r.key === UNLOCATED);
      if (!unlocated) {
        unlocated = {
          ...total,
          key: UNLOCATED,
          is_total: false,
          banned: 0,
          delivered: 0,
          planned: 0,
          deliveredCounted: 0,
          plannedCounted: 0,
        };
        out.push(unlocated);
      }
      add(unlocated, c.group.delivered, rest);
    }
  }
  return out;
}
