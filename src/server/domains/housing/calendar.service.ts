import { actorOf, type Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { formatDateFr, todayInParis } from '../../../contracts/dates';
import type { CalendarList, CalendarVersionView, CreateCalendarVersionBody } from '../../../contracts/housing';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden } from '../../platform/errors';
import { userNames, type UserName } from '../access/access.queries';
import { checkVersion, versionInForce } from './calendar.rules';
import * as repo from './calendar.repository';
import { betterClass } from './housing.rules';
import { canManageCalendar } from './housing.policy';

/** The legal letting-ban calendar: its dated versions, readable by every user; the administrator adds one. */

function versionView(v: repo.CalendarRow, inForceId: string | null, names: Map<string, UserName>): CalendarVersionView {
  return {
    id: v.id,
    label: v.label,
    legalReference: v.legalReference,
    inForceFrom: v.inForceFrom,
    inForce: v.id === inForceId,
    deadlines: v.deadlines.map((d) => ({ ...d, minimumClass: betterClass(d.bannedClass) ?? 'A' })),
    createdBy: v.createdById === null ? null : (names.get(v.createdById)?.displayName ?? null),
    createdAt: v.createdAt.toISOString(),
  };
}

export async function listCalendars(db: Db, principal: Principal, asOf = todayInParis()): Promise<CalendarList> {
  const versions = await repo.listVersions(db);
  const inForce = versionInForce(versions, asOf);
  const names = await userNames(
    db,
    versions.map((v) => v.createdById),
  );
  return {
    asOf,
    inForceId: inForce?.id ?? null,
    versions: versions.map((v) => versionView(v, inForce?.id ?? null, names)),
    can: { add: canManageCalendar(principal) },
  };
}

/** The error for a date before the calendar's first version: no version is in force then. */
export function noCalendarOn(on: string): AppError {
  return new AppError(
    'VALIDATION_FAILED',
    `Aucune version du calendrier légal n'est en vigueur le ${formatDateFr(on)}.`,
    { fieldErrors: [{ field: 'asOf', message: 'Date antérieure au calendrier.' }] },
  );
}

export async function addCalendarVersion(
  db: Db,
  principal: Principal,
  body: CreateCalendarVersionBody,
): Promise<CalendarVersionView> {
  if (!canManageCalendar(principal)) throw forbidden("Seul l'administrateur ajoute une version du calendrier légal.");
  const problems = checkVersion(body.deadlines);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', `Calendrier incohérent : ${problems[0]!.message}`, {
      fieldErrors: problems,
    });
  return db.transaction().execute(async (trx) => {
    await sql`lock table letting_ban_calendars in share row exclusive mode`.execute(trx);
    if (await repo.findVersionOn(trx, body.inForceFrom)) {
      const message = `Une version du calendrier entre déjà en vigueur le ${formatDateFr(body.inForceFrom)}.`;
      throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'inForceFrom', message }] });
    }
    const id = await repo.insertVersion(trx, { ...body, createdBy: principal.id });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'letting_ban_calendar',
      entityId: id,
      action: 'create',
      after: body,
    });
    const versions = await repo.listVersions(trx);
    const inForce = versionInForce(versions, todayInParis());
    return versionView(
      versions.find((v) => v.id === id)!,
      inForce?.id ?? null,
      await userNames(trx, [principal.id]),
    );
  });
}
