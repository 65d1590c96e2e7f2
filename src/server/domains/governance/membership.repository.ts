import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/** A body's standing members (governance_standing_members), in their recorded order. */
export function listStandingMembers(db: Q, bodyId: string) {
  return db
    .selectFrom('governance_standing_members')
    .selectAll()
    .where('body_id', '=', bodyId)
    .orderBy('position')
    .execute();
}

export async function replaceStandingMembers(
  db: Q,
  bodyId: string,
  rows: Insertable<Database['governance_standing_members']>[],
) {
  await db.deleteFrom('governance_standing_members').where('body_id', '=', bodyId).execute();
  if (rows.length > 0) await db.insertInto('governance_standing_members').values(rows).execute();
}
