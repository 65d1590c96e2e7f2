import type { Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import {
  constructionTypeLabels,
  territories,
  type ConstructionType,
  type TrajectoryDimension,
  type TrajectoryView,
} from '../../../contracts/housing';
import type { Db } from '../../platform/db/connect';
import { bannedClassOn } from './calendar.rules';
import { noCalendarOn } from './calendar.service';
import { communeName, epciName, findCommune } from '../../kernel/geography';
import { territoryOfOperation, UNLOCATED, withCounted, type CountedRemaining } from './counted.rules';
import { checkStockAccess, demoNoticeOf } from './housing.service';
import * as repo from './trajectory.repository';
import { trajectoryFigures, yearsLeft } from './trajectory.rules';

/** The compliance trajectory of a landlord's stock under the calendar version in force on `asOf`. */

function labelOf(by: TrajectoryDimension, key: string | null): string {
  if (key === UNLOCATED) return 'Non localisés';
  if (key === null) return by === 'qpv' ? 'Hors QPV' : 'Non renseigné';
  switch (by) {
    case 'commune':
      return communeName(key);
    case 'epci':
      return epciName(key) ?? key;
    case 'qpv':
      return key;
    case 'constructionType':
      return constructionTypeLabels[key as ConstructionType] ?? key;
  }
}

/** The counted groups as the rules take them (the territory from the operation's commune). */
function countedGroups(rows: repo.CountedRow[]): CountedRemaining[] {
  return rows.map((r) => ({
    operationId: r.operation_id,
    communeCode: r.commune_code,
    territory: territoryOfOperation(r.commune_code),
    classBefore: r.class_before,
    targetClass: r.target_class,
    deliveryDate: r.delivery_date,
    delivered: r.delivered,
    remaining: r.remaining,
  }));
}

/**
 * Where a breakdown places an operation's counted dwellings: its commune, or the commune's EPCI;
 * nowhere by QPV or construction type, which an operation counted by class does not tell.
 */
function locator(by: TrajectoryDimension | null): ((communeCode: string) => string | null) | null {
  switch (by) {
    case null:
      return null;
    case 'commune':
      return (code) => findCommune(code)?.code ?? code;
    case 'epci':
      return (code) => findCommune(code)?.epciCode ?? null;
    case 'qpv':
    case 'constructionType':
      return () => null;
  }
}

/**
 * The trajectory of a landlord's stock, computed once per version of it: every write to its
 * dwellings or operations counts as a change in its own transaction (migration
 * 2026-11-30T0900_read_caches), so a read checks who may see the stock, the calendar in force and
 * the version in one query, and recomputes only what the writes made stale — on every instance
 * sharing the database.
 */
export async function getTrajectory(
  db: Db,
  principal: Principal,
  organisationId: string,
  options: { asOf?: string | undefined; by?: TrajectoryDimension | undefined },
): Promise<TrajectoryView> {
  const asOf = options.asOf ?? todayInParis();
  const by = options.by ?? null;
  const context = await repo.trajectoryContext(db, { organisationId, asOf, by });
  checkStockAccess(principal, context.landlord);
  const version = context.calendar;
  if (!version) throw noCalendarOn(asOf);
  let data = context.data;
  if (!data) {
    // Computed after the version was read, so at least as recent as it.
    data = await repo.trajectoryData(db, { organisationId, calendarId: version.id, asOf, by });
    await repo.storeTrajectory(db, organisationId, repo.trajectoryKey(version.id, asOf, by), context.version, data);
  }
  const { territories: present, isDemo } = data;
  const rows = withCounted(data.rows, data.free, countedGroups(data.counted), version.deadlines, locator(by));
  const presentTerritories =
    present.length > 0 ? territories.filter((t) => present.some((p) => p.territory === t)) : [...territories];
  const figures = (r: (typeof rows)[number]) => trajectoryFigures(r, yearsLeft(r.date, asOf));
  return {
    organisationId,
    asOf,
    isDemo,
    demoNotice: demoNoticeOf(isDemo),
    calendar: { id: version.id, label: version.label, inForceFrom: version.inForceFrom },
    dwellings: present.reduce((n, p) => n + p.n, 0),
    withoutDpe: present.reduce((n, p) => n + p.without_dpe, 0),
    deadlines: rows
      .filter((r) => r.is_total)
      .map((r) => ({
        date: r.date,
        yearsLeft: yearsLeft(r.date, asOf),
        passed: r.date <= asOf,
        rules: presentTerritories.flatMap((territory) => {
          const bannedClass = bannedClassOn(version.deadlines, territory, r.date);
          return bannedClass ? [{ territory, bannedClass }] : [];
        }),
        ...figures(r),
      })),
    breakdown: by
      ? {
          by,
          rows: rows
            .filter((r) => !r.is_total && (r.banned > 0 || r.key === UNLOCATED))
            .map((r) => ({ date: r.date, key: r.key, label: labelOf(by, r.key), ...figures(r) })),
        }
      : null,
  };
}
