import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;
type Trx = Transaction<Database>;

export function listSessions(db: Q, bodyId: string) {
  return db
    .selectFrom('governance_sessions')
    .selectAll('governance_sessions')
    .select((eb) =>
      eb
        .selectFrom('governance_agenda_items')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('governance_agenda_items.session_id', '=', 'governance_sessions.id')
        .as('item_count'),
    )
    .where('body_id', '=', bodyId)
    .orderBy('held_on')
    .orderBy('created_at')
    .execute();
}

export function findSession(db: Q, id: string) {
  return db.selectFrom('governance_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** Locks the session: its attendance, votes and closing change one at a time. */
export function lockSession(db: Trx, id: string) {
  return db.selectFrom('governance_sessions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function insertSession(db: Q, values: Insertable<Database['governance_sessions']>) {
  return db.insertInto('governance_sessions').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateSession(db: Q, id: string, values: Updateable<Database['governance_sessions']>) {
  return db.updateTable('governance_sessions').set(values).where('id', '=', id).execute();
}

// Agenda items ---------------------------------------------------------------------------------------

export function listItems(db: Q, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('governance_agenda_items')
    .selectAll()
    .where('session_id', 'in', sessionIds)
    .orderBy('position')
    .execute();
}

export function findItem(db: Q, id: string) {
  return db.selectFrom('governance_agenda_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

export function insertItem(db: Q, values: Insertable<Database['governance_agenda_items']>) {
  return db.insertInto('governance_agenda_items').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateItem(db: Q, id: string, values: Updateable<Database['governance_agenda_items']>) {
  return db.updateTable('governance_agenda_items').set(values).where('id', '=', id).execute();
}

export function updateItemsOfSession(
  db: Q,
  sessionId: string,
  values: Updateable<Database['governance_agenda_items']>,
  whereStatus: 'pending',
) {
  return db
    .updateTable('governance_agenda_items')
    .set(values)
    .where('session_id', '=', sessionId)
    .where('status', '=', whereStatus)
    .execute();
}

// Attendance, recusals, votes ------------------------------------------------------------------------

export function listAttendance(db: Q, sessionId: string) {
  return db
    .selectFrom('governance_attendance')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('position')
    .execute();
}

export async function replaceAttendance(
  db: Q,
  sessionId: string,
  rows: Insertable<Database['governance_attendance']>[],
) {
  await db.deleteFrom('governance_attendance').where('session_id', '=', sessionId).execute();
  if (rows.length > 0) await db.insertInto('governance_attendance').values(rows).execute();
}

export function listRecusals(db: Q, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('governance_recusals').selectAll().where('agenda_item_id', 'in', itemIds).execute();
}

export async function replaceRecusals(db: Q, itemId: string, rows: Insertable<Database['governance_recusals']>[]) {
  await db.deleteFrom('governance_recusals').where('agenda_item_id', '=', itemId).execute();
  if (rows.length > 0) await db.insertInto('governance_recusals').values(rows).execute();
}

export function listMemberVotes(db: Q, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('governance_member_votes').selectAll().where('agenda_item_id', 'in', itemIds).execute();
}

export async function replaceMemberVotes(
  db: Q,
  itemId: string,
  rows: Insertable<Database['governance_member_votes']>[],
) {
  await db.deleteFrom('governance_member_votes').where('agenda_item_id', '=', itemId).execute();
  if (rows.length > 0) await db.insertInto('governance_member_votes').values(rows).execute();
}
