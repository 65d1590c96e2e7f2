import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/** Unfinished instances whose due date is close enough for a reminder (a year ahead at most). */
export function listOpenInstances(db: Q, until: string) {
  return db
    .selectFrom('duty_instances')
    .innerJoin('duties', 'duties.id', 'duty_instances.duty_id')
    .selectAll('duty_instances')
    .where('duty_instances.done_on', 'is', null)
    .where('duties.active', '=', true)
    .where('duty_instances.due_on', '<=', until)
    .execute();
}

export function listActiveDuties(db: Q) {
  return db.selectFrom('duties').selectAll().where('active', '=', true).execute();
}

/** Inserts a notification unless this instance/user/kind already has one; true when inserted. */
export async function insertNotification(
  db: Q,
  values: { user_id: string; duty_instance_id: string; kind: string; title: string; body: string },
) {
  const row = await db
    .insertInto('notifications')
    .values({ ...values, created_at: new Date(), read_at: null, emailed_at: null })
    .onConflict((oc) => oc.columns(['duty_instance_id', 'user_id', 'kind']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Notifications still to e-mail (recent ones only: an SMTP server configured late does not send
 * a backlog), locked so that a concurrent runner skips them: each goes out in one digest only.
 */
export function lockUnsentNotifications(trx: Transaction<Database>) {
  return trx
    .selectFrom('notifications')
    .select(['notifications.id', 'notifications.user_id', 'notifications.title', 'notifications.body'])
    .where('notifications.emailed_at', 'is', null)
    .where('notifications.created_at', '>', sql<Date>`now() - interval '7 days'`)
    .orderBy('notifications.created_at')
    .forUpdate('notifications')
    .skipLocked()
    .execute();
}

export function markEmailed(trx: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve();
  return trx
    .updateTable('notifications')
    .set({ emailed_at: new Date() })
    .where('id', 'in', ids)
    .execute()
    .then(() => undefined);
}

export function listNotifications(db: Q, userId: string, limit: number) {
  return db
    .selectFrom('notifications')
    .innerJoin('duty_instances', 'duty_instances.id', 'notifications.duty_instance_id')
    .innerJoin('duties', 'duties.id', 'duty_instances.duty_id')
    .select([
      'notifications.id',
      'notifications.kind',
      'notifications.title',
      'notifications.body',
      'notifications.duty_instance_id',
      'notifications.created_at',
      'notifications.read_at',
      'duties.convention_id',
    ])
    .where('notifications.user_id', '=', userId)
    .orderBy('notifications.created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(db: Q, userId: string) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<bigint>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function markRead(db: Q, userId: string, id: string | null) {
  let q = db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id) q = q.where('id', '=', id);
  return q.executeTakeFirst();
}
