import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

export function listMeetingDecisions(db: Q, sessionId: string) {
  return db
    .selectFrom('governance_meeting_decisions')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('position')
    .execute();
}

export async function insertMeetingDecision(
  db: Q,
  values: Omit<Insertable<Database['governance_meeting_decisions']>, 'position'>,
) {
  const row = await db
    .selectFrom('governance_meeting_decisions')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('session_id', '=', values.session_id)
    .executeTakeFirst();
  return db
    .insertInto('governance_meeting_decisions')
    .values({ ...values, position: Number(row?.max ?? 0) + 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function listActionItems(db: Q, bodyId: string) {
  return db
    .selectFrom('governance_action_items')
    .innerJoin('governance_sessions', 'governance_sessions.id', 'governance_action_items.session_id')
    .selectAll('governance_action_items')
    .select('governance_sessions.held_on as raised_on')
    .where('governance_action_items.body_id', '=', bodyId)
    .orderBy('governance_sessions.held_on')
    .orderBy('governance_action_items.created_at')
    .execute();
}

export type ActionItemRow = Awaited<ReturnType<typeof listActionItems>>[number];

export function findActionItem(db: Q, id: string) {
  return db.selectFrom('governance_action_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertActionItem(db: Q, values: Insertable<Database['governance_action_items']>) {
  return db.insertInto('governance_action_items').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateActionItem(db: Q, id: string, values: Updateable<Database['governance_action_items']>) {
  return db.updateTable('governance_action_items').set(values).where('id', '=', id).execute();
}

export function listUpdates(db: Q, actionItemIds: string[]) {
  if (actionItemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('governance_action_item_updates')
    .selectAll()
    .where('action_item_id', 'in', actionItemIds)
    .orderBy('occurred_at')
    .execute();
}

export function insertUpdate(db: Q, values: Insertable<Database['governance_action_item_updates']>) {
  return db.insertInto('governance_action_item_updates').values(values).execute();
}
