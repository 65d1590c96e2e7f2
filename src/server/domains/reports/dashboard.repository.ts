import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/** Bodies that meet without voting: their sessions are "meetings" (COPIL, COTECH, thematic). */
export const MEETING_KINDS = ['steering_committee', 'technical_committee', 'thematic_meeting'] as const;

/** The convention's half-year progress tables, latest first (operations' table). */
export function listProgressTables(db: Q, conventionId: string, limit: number) {
  return db.selectFrom('progress_tables').select(['id', 'period_end', 'status']).where('convention_id', '=', conventionId).orderBy('period_end', 'desc').limit(limit).execute();
}

/** Duties due before `today` and not done (obligations' tables): the first ones and how many in all. */
export async function lateDuties(db: Q, conventionId: string, today: string, limit: number) {
  const base = db
    .selectFrom('duty_instances as di')
    .innerJoin('duties as d', 'd.id', 'di.duty_id')
    .where('d.convention_id', '=', conventionId)
    .where('d.active', '=', true)
    .where('di.done_on', 'is', null)
    .where('di.due_on', '<', today);
  const [items, count] = await Promise.all([
    base.select(['di.id', 'd.title', 'd.party', 'di.due_on']).orderBy('di.due_on').limit(limit).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, count: Number(count.n) };
}

/** The next sessions and meetings of the convention's bodies, from `today`. */
export function nextSessions(db: Q, conventionId: string, today: string, limit: number) {
  return db
    .selectFrom('governance_sessions as s')
    .innerJoin('governance_bodies as b', 'b.id', 's.body_id')
    .select(['s.id', 's.held_on', 's.place', 'b.name as body_name', 'b.kind as body_kind'])
    .where('b.convention_id', '=', conventionId)
    .where('s.held_on', '>=', today)
    .where('s.status', '=', 'planned')
    .orderBy('s.held_on')
    .limit(limit)
    .execute();
}
