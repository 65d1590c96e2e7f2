import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

export function listEvents(db: Q, conventionId: string) {
  return db
    .selectFrom('reported_events')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('reference', 'desc')
    .execute();
}

export function findEvent(db: Q, id: string) {
  return db.selectFrom('reported_events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the event: an acknowledgement and a closure never cross. */
export function lockEvent(trx: Transaction<Database>, id: string) {
  return trx.selectFrom('reported_events').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

/** Numbered per convention (EVT-001…); a transaction lock per convention keeps two reports from taking one number. */
export async function nextReference(trx: Transaction<Database>, conventionId: string): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext(${`reported_events:${conventionId}`}))`.execute(trx);
  const row = await trx
    .selectFrom('reported_events')
    .select((eb) => eb.fn.max('reference').as('max'))
    .where('convention_id', '=', conventionId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export function insertEvent(db: Q, values: Insertable<Database['reported_events']>) {
  return db.insertInto('reported_events').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateEvent(db: Q, id: string, values: Updateable<Database['reported_events']>) {
  return db.updateTable('reported_events').set(values).where('id', '=', id).execute();
}

export function insertNote(db: Q, values: Insertable<Database['reported_event_notes']>) {
  return db.insertInto('reported_event_notes').values(values).execute();
}

export function listNotes(db: Q, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('reported_event_notes')
    .selectAll()
    .where('event_id', 'in', eventIds)
    .orderBy('created_at')
    .execute();
}

/** The events reported by a date, with their dates (published through obligations.queries). */
export function eventsReportedBy(db: Q, conventionId: string, asOf: string) {
  return db
    .selectFrom('reported_events')
    .select(['id', 'reference', 'category', 'title', 'reported_on', 'acknowledged_on', 'closed_on'])
    .where('convention_id', '=', conventionId)
    .where('reported_on', '<=', asOf)
    .orderBy('reference')
    .execute();
}
