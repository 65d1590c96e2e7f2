import type { DutyRecurrence } from '../../platform/db/schema';
import { formatDate, frenchMonthNames } from '../../../contracts/format';

/**
 * The window a clause sets for a dated act (issue #19), pure. The windows are not defined here: they
 * are read from the duty's own instance (calendar.rules expandRecurrence), so the duty templates of
 * reference-obligations.ts stay the one place where "au 1er trimestre", "au quatrième trimestre",
 * "semestriellement", "en novembre" and "au 31 juillet / 31 janvier" are written:
 * - a duty owed in a period (a quarter: ALLOCATION, COPIL; a half-year without delay: COTECH): the
 *   period itself;
 * - a duty due by a fixed day (VOLUMES, "au plus tard en novembre" of Y−1): that year, up to the day;
 * - a duty due some months after a half-year (PROGRESS_TABLES): from the day after the half-year's
 *   end to the due date.
 * An act outside its window is still recorded and still proves its duty (evidence.rules): the
 * yearly allocation of year Y whenever it is voted, a COPIL by the year it is held in (a COPIL held
 * in March Y is the COPIL of year Y, out of its window); the warning says so on the act's answer and
 * on the duty in the calendar, never silently.
 */

export interface WindowInstance {
  recurrence: DutyRecurrence;
  monthsAfter: number;
  periodStart: string;
  periodEnd: string;
  nominalDueOn: string;
}

export interface ActWindow {
  from: string;
  to: string;
  /** "au 1er trimestre 2026", "en novembre 2025", … (French, for the warning). */
  label: string;
}

const nextDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/** The window of an instance, or null for a duty owed per event (its own dates, communication-duties.rules). */
export function actWindow(i: WindowInstance): ActWindow | null {
  const year = i.periodStart.slice(0, 4);
  switch (i.recurrence) {
    case 'yearly_quarter': {
      const q = Math.ceil(Number(i.periodEnd.slice(5, 7)) / 3);
      return { from: i.periodStart, to: i.periodEnd, label: `au ${q === 1 ? '1er' : `${q}e`} trimestre ${year}` };
    }
    case 'half_yearly': {
      const half = i.periodEnd.slice(5, 7) === '06' ? '1er' : '2d';
      if (i.monthsAfter === 0) return { from: i.periodStart, to: i.periodEnd, label: `au ${half} semestre ${year}` };
      return {
        from: nextDay(i.periodEnd),
        to: i.nominalDueOn,
        label: `entre le ${formatDate(nextDay(i.periodEnd))} et le ${formatDate(i.nominalDueOn)} (état du ${half} semestre ${year})`,
      };
    }
    case 'yearly_date': {
      // "au plus tard en novembre de l'année précédente": earlier in that year is inside the window.
      const month = Number(i.nominalDueOn.slice(5, 7));
      return {
        from: `${i.nominalDueOn.slice(0, 4)}-01-01`,
        to: i.nominalDueOn,
        label: `au plus tard en ${frenchMonthNames[month - 1]} ${i.nominalDueOn.slice(0, 4)}, le ${formatDate(i.nominalDueOn)}`,
      };
    }
    case 'per_event':
      return null;
  }
}

/** A French warning when the act's date falls outside the window its clause sets; null inside. */
export function windowWarning(act: string, on: string, window: ActWindow | null, article: string): string | null {
  if (!window || (on >= window.from && on <= window.to)) return null;
  return `${act} le ${formatDate(on)}, hors de la période prévue par l'article ${article} de la convention (${window.label}) : l'acte est enregistré, l'échéance le signale.`;
}
