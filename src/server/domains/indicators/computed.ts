import { formatNumber } from '../../../contracts/format';
import { getTrajectory } from '../housing/housing.queries';
import { type Principal } from '../../kernel/principal';
import { formatDateFr } from '../../../contracts/dates';
import { centsToEuros } from '../../../contracts/money';
import type { IndicatorValueView } from '../../../contracts/indicators';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import { paidByYear } from '../finance/finance.queries';
import { deliveredDwellingsByYear } from '../operations/operations.queries';
import { bannedAtNextDeadline, renovatedByClass } from './indicators.rules';

/**
 * Values of computed indicators, derived at read time from Copil's data so the same figure shows
 * on every page: the housing trajectory (reused from the housing service, never re-implemented) as
 * at 31 December of each year (today for the current year), the operations delivered, and the
 * payments of the finance domain (finance.queries, paidByYear).
 */

const COMPUTED_BY = 'Calculé par Copil';

function computedValue(year: number, value: string, comment: string | null, source: string): IndicatorValueView {
  return {
    id: null,
    period: String(year),
    year,
    value,
    comment,
    source,
    evidenceDocument: null,
    enteredBy: COMPUTED_BY,
    enteredAt: null,
  };
}

export interface ComputeScope {
  conventionId: string;
  landlordId: string | null;
  /** Years to compute, each up to its 31 December or `today`. */
  years: number[];
  today: string;
}

/** The computed values per computation, newest year first. */
export async function computeValues(
  db: Db,
  principal: Principal,
  scope: ComputeScope,
  needed: Set<string>,
): Promise<Map<string, IndicatorValueView[]>> {
  const result = new Map<string, IndicatorValueView[]>();
  const years = scope.years.filter((y) => `${y}-01-01` <= scope.today).sort((a, b) => b - a);
  if (needed.has('subsidies_paid')) {
    const paid = await paidByYear(db, scope.conventionId);
    result.set(
      'subsidies_paid',
      years.map((y) =>
        computedValue(y, centsToEuros(paid.get(y) ?? 0n), null, 'Copil : versements mandatés (finances)'),
      ),
    );
  }
  for (const [computation, kind] of [
    ['adaptations_delivered', 'adaptation'],
    ['maintenance_dwellings', 'maintenance'],
  ] as const) {
    if (!needed.has(computation)) continue;
    const delivered = await deliveredDwellingsByYear(db, scope.conventionId, kind);
    result.set(
      computation,
      years.map((y) =>
        computedValue(y, String(delivered.get(y) ?? 0), null, 'Copil : opérations livrées (date de réception)'),
      ),
    );
  }
  if ((needed.has('renovated_dwellings') || needed.has('banned_dwellings')) && scope.landlordId) {
    const renovated: IndicatorValueView[] = [];
    const banned: IndicatorValueView[] = [];
    for (const year of years) {
      const asOf = `${year}-12-31` < scope.today ? `${year}-12-31` : scope.today;
      let trajectory;
      try {
        trajectory = await getTrajectory(db, principal, scope.landlordId, { asOf });
      } catch (error) {
        // A reader of the convention who may not see the landlord's stock gets no housing figures.
        if (error instanceof AppError && error.code === 'NOT_FOUND') return result;
        throw error;
      }
      const source = `Copil : trajectoire du patrimoine au ${formatDateFr(asOf)}${trajectory.isDemo ? ' (données de démonstration)' : ''}`;
      const byClass = renovatedByClass(trajectory.deadlines);
      renovated.push(
        computedValue(
          year,
          String(byClass.total),
          byClass.byDeadline
            .map((d) => `échéance du ${formatDateFr(d.date)} : ${formatNumber(d.delivered)}`)
            .join(' ; ') || null,
          source,
        ),
      );
      const next = bannedAtNextDeadline(trajectory.deadlines, asOf);
      if (next)
        banned.push(computedValue(year, String(next.remaining), `Échéance du ${formatDateFr(next.date)}`, source));
    }
    result.set('renovated_dwellings', renovated);
    result.set('banned_dwellings', banned);
  }
  return result;
}
