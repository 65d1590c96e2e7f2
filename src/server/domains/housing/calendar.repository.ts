import type { Kysely, Transaction } from 'kysely';
import type { EnergyClass } from '../../../contracts/housing';
import type { Database } from '../../platform/db/schema';
import type { CalendarVersion, Deadline } from './calendar.rules';

type Q = Kysely<Database> | Transaction<Database>;

export interface CalendarRow extends CalendarVersion {
  label: string;
  legalReference: string;
  /** The id of the user who added the version (null for the seeded ones). */
  createdById: string | null;
  createdAt: Date;
}

/** Every version of the letting-ban calendar with its deadlines, oldest first. */
export async function listVersions(db: Q): Promise<CalendarRow[]> {
  const [versions, deadlines] = await Promise.all([
    db
      .selectFrom('letting_ban_calendars as c')
      .select(['c.id', 'c.label', 'c.legal_reference', 'c.in_force_from', 'c.created_at', 'c.created_by'])
      .orderBy('c.in_force_from')
      .execute(),
    db.selectFrom('letting_ban_deadlines').selectAll().orderBy('effective_from').orderBy('territory').execute(),
  ]);
  return versions.map((v) => ({
    id: v.id,
    label: v.label,
    legalReference: v.legal_reference,
    inForceFrom: v.in_force_from,
    createdById: v.created_by,
    createdAt: v.created_at,
    deadlines: deadlines
      .filter((d) => d.calendar_id === v.id)
      .map((d): Deadline => ({
        territory: d.territory,
        bannedClass: d.banned_class as EnergyClass,
        effectiveFrom: d.effective_from,
      })),
  }));
}

export function findVersionOn(db: Q, inForceFrom: string) {
  return db
    .selectFrom('letting_ban_calendars')
    .select('id')
    .where('in_force_from', '=', inForceFrom)
    .executeTakeFirst();
}

export async function insertVersion(
  db: Q,
  v: { label: string; legalReference: string; inForceFrom: string; createdBy: string; deadlines: Deadline[] },
) {
  const { id } = await db
    .insertInto('letting_ban_calendars')
    .values({
      label: v.label,
      legal_reference: v.legalReference,
      in_force_from: v.inForceFrom,
      created_by: v.createdBy,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('letting_ban_deadlines')
    .values(
      v.deadlines.map((d) => ({
        calendar_id: id,
        territory: d.territory,
        banned_class: d.bannedClass,
        effective_from: d.effectiveFrom,
      })),
    )
    .execute();
  return id;
}
