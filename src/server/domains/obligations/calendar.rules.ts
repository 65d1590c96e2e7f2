import getJoursFeries from '@socialgouv/jours-feries';
import type { DutyRecurrence } from '../../platform/db/schema';

/**
 * Pure calendar rules of the obligations: French public holidays (mainland list: the
 * Alsace-Moselle days do not apply in the Pas-de-Calais), working days, how a duty's recurrence
 * unfolds over the convention's period, and an instance's status on a given day.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** The last day of a month (month 1–12). */
export const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const holidayCache = new Map<number, Map<string, string>>();

/** The public holidays of a year, 'YYYY-MM-DD' → French name. */
export function publicHolidays(year: number): Map<string, string> {
  let days = holidayCache.get(year);
  if (!days) {
    // The package builds local-time Dates at midnight: read them back with local getters.
    days = new Map(
      Object.entries(getJoursFeries(year, { alsace: false })).map(([name, d]) => [
        iso(d.getFullYear(), d.getMonth() + 1, d.getDate()),
        name,
      ]),
    );
    holidayCache.set(year, days);
  }
  return days;
}

export function isWorkingDay(date: string): boolean {
  const [y, m, d] = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(y).has(date);
}

/** A deadline falling on a weekend or a public holiday moves to the next working day. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

export interface RecurrenceSpec {
  recurrence: DutyRecurrence;
  dueMonth: number | null;
  dueDay: number | null;
  quarter: number | null;
  /** yearly_date: the due date lies this many years from the year the duty is for (−1: November of Y−1). */
  yearOffset: number;
  /** half_yearly: the due date is the end of the month this many months after the half-year's end. */
  monthsAfter: number;
  shiftToWorkingDay: boolean;
}

export interface InstanceSpec {
  periodKey: string;
  periodYear: number;
  periodStart: string;
  periodEnd: string;
  nominalDueOn: string;
  dueOn: string;
}

/**
 * The instances of a duty for a convention running from `from` to `to` (inclusive): one per year
 * the duty is for (yearly by a date or in a quarter) or per half-year, whose period lies inside the
 * convention and whose deadline is not before its start (the November volumes of the first year
 * were due before the convention existed). Duties owed per event get their instances from the events.
 */
export function expandRecurrence(spec: RecurrenceSpec, from: string, to: string): InstanceSpec[] {
  const firstYear = parts(from)[0];
  const lastYear = parts(to)[0];
  const out: InstanceSpec[] = [];
  const due = (nominal: string) => (spec.shiftToWorkingDay ? nextWorkingDay(nominal) : nominal);
  for (let year = firstYear; year <= lastYear; year++) {
    const candidates: Omit<InstanceSpec, 'dueOn'>[] = [];
    if (spec.recurrence === 'yearly_date') {
      const dueYear = year + spec.yearOffset;
      const day = Math.min(spec.dueDay!, lastDayOf(dueYear, spec.dueMonth!));
      candidates.push({
        periodKey: String(year),
        periodYear: year,
        periodStart: iso(year, 1, 1),
        periodEnd: iso(year, 12, 31),
        nominalDueOn: iso(dueYear, spec.dueMonth!, day),
      });
    } else if (spec.recurrence === 'yearly_quarter') {
      const q = spec.quarter!;
      const endMonth = q * 3;
      const end = iso(year, endMonth, lastDayOf(year, endMonth));
      candidates.push({
        periodKey: `${year}-T${q}`,
        periodYear: year,
        periodStart: iso(year, endMonth - 2, 1),
        periodEnd: end,
        nominalDueOn: end,
      });
    } else if (spec.recurrence === 'half_yearly') {
      for (const half of [1, 2]) {
        const endMonth = half * 6;
        const dueMonthIndex = endMonth + spec.monthsAfter; // may pass December
        const dueYear = year + Math.floor((dueMonthIndex - 1) / 12);
        const dueMonth = ((dueMonthIndex - 1) % 12) + 1;
        candidates.push({
          periodKey: `${year}-S${half}`,
          periodYear: year,
          periodStart: iso(year, endMonth - 5, 1),
          periodEnd: iso(year, endMonth, lastDayOf(year, endMonth)),
          nominalDueOn: iso(dueYear, dueMonth, lastDayOf(dueYear, dueMonth)),
        });
      }
    }
    for (const c of candidates) {
      if (c.periodStart < from || c.periodEnd > to || c.nominalDueOn < from) continue;
      out.push({ ...c, dueOn: due(c.nominalDueOn) });
    }
  }
  return out;
}

export type InstanceStatus = 'upcoming' | 'due_soon' | 'late' | 'done';

/**
 * done when evidence exists or it was marked done; late the day after its due date; due soon
 * within the duty's longest reminder delay; upcoming before.
 */
export function instanceStatus(
  i: { dueOn: string; doneOn: string | null },
  today: string,
  dueSoonDays: number,
): InstanceStatus {
  if (i.doneOn !== null) return 'done';
  if (today > i.dueOn) return 'late';
  if (addDays(i.dueOn, -dueSoonDays) <= today) return 'due_soon';
  return 'upcoming';
}

/** The window of "due soon": the longest reminder delay of the duty, 30 days without any. */
export const dueSoonWindow = (reminderDays: number[]) => (reminderDays.length > 0 ? Math.max(...reminderDays) : 30);

export type ReminderKind = `before:${number}` | 'late';

/**
 * The reminder an unfinished instance calls for today, if any: 'late' once past due, else the
 * shortest delay already reached ('before:7' five days before a duty with delays 30 and 7), so a
 * runner that was down sends one reminder, not every one it missed.
 */
export function reminderDue(
  i: { dueOn: string; doneOn: string | null },
  reminderDays: number[],
  today: string,
): ReminderKind | null {
  if (i.doneOn !== null) return null;
  if (today > i.dueOn) return 'late';
  const reached = reminderDays.filter((d) => addDays(i.dueOn, -d) <= today);
  return reached.length > 0 ? `before:${Math.min(...reached)}` : null;
}

export interface DutyCounts {
  total: number;
  /** Done, on time or after the due date. */
  done: number;
  doneLate: number;
  /** Past due and not done. */
  late: number;
  /** Not yet due (upcoming or due soon). */
  upcoming: number;
}

/** The one way instances are counted, from their computed status. */
export function dutyCounts(instances: { status: InstanceStatus; doneLate: boolean }[]): DutyCounts {
  return {
    total: instances.length,
    done: instances.filter((i) => i.status === 'done').length,
    doneLate: instances.filter((i) => i.status === 'done' && i.doneLate).length,
    late: instances.filter((i) => i.status === 'late').length,
    upcoming: instances.filter((i) => i.status === 'upcoming' || i.status === 'due_soon').length,
  };
}
