import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { operationDwellingCount } from '../operations/operations.repository';

type Q = Kysely<Database> | Transaction<Database>;

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/** Sessions and meetings of the convention's bodies held in the year. */
export function sessionsOfYear(db: Q, conventionId: string, year: number) {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('governance_sessions as s')
    .innerJoin('governance_bodies as b', 'b.id', 's.body_id')
    .select(['s.id', 's.held_on', 's.place', 's.status', 'b.name as body_name', 'b.kind as body_kind'])
    .where('b.convention_id', '=', conventionId)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .orderBy('s.held_on')
    .execute();
}

/** Decisions of the convention's bodies taken in the year. */
export function decisionsOfYear(db: Q, conventionId: string, year: number) {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('governance_decisions as d')
    .innerJoin('governance_bodies as b', 'b.id', 'd.body_id')
    .select(['d.id', 'd.reference', 'd.decided_on', 'd.title', 'b.name as body_name'])
    .where('b.convention_id', '=', conventionId)
    .where('d.decided_on', '>=', from)
    .where('d.decided_on', '<=', to)
    .orderBy('d.decided_on')
    .orderBy('d.reference')
    .execute();
}

/** Decisions recorded at COPIL / COTECH meetings of the year. */
export function meetingDecisionsOfYear(db: Q, conventionId: string, year: number) {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('governance_meeting_decisions as m')
    .innerJoin('governance_sessions as s', 's.id', 'm.session_id')
    .innerJoin('governance_bodies as b', 'b.id', 's.body_id')
    .select(['m.id', 'm.text', 's.held_on', 'b.name as body_name'])
    .where('b.convention_id', '=', conventionId)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .orderBy('s.held_on')
    .orderBy('m.position')
    .execute();
}

/** Action items raised at meetings of the year, with their current state. */
export function actionItemsOfYear(db: Q, conventionId: string, year: number) {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('governance_action_items as a')
    .innerJoin('governance_sessions as s', 's.id', 'a.session_id')
    .innerJoin('governance_bodies as b', 'b.id', 'a.body_id')
    .select(['a.id', 'a.title', 'a.due_on', 'a.status', 's.held_on', 'b.name as body_name'])
    .where('b.convention_id', '=', conventionId)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .orderBy('s.held_on')
    .orderBy('a.created_at')
    .execute();
}

/** Operations delivered in the year (actual delivery date), by kind: how many and their dwellings. */
export function operationsDeliveredInYear(db: Q, conventionId: string, year: number) {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('operations as o')
    .innerJoin('operation_phases as ph', (j) => j.onRef('ph.operation_id', '=', 'o.id').on('ph.phase', '=', 'delivery'))
    .select([
      'o.kind',
      sql<number>`cast(count(*) as integer)`.as('operations'),
      sql<number>`cast(sum(${operationDwellingCount}) as integer)`.as('dwellings'),
    ])
    .where('o.convention_id', '=', conventionId)
    .where('o.status', '=', 'delivered')
    .where('ph.actual_on', '>=', from)
    .where('ph.actual_on', '<=', to)
    .groupBy('o.kind')
    .orderBy('o.kind')
    .execute();
}

/** The November forecast of volumes for a year (the draft of that year's application). */
export function volumeForecast(db: Q, conventionId: string, year: number) {
  return db
    .selectFrom('volume_forecasts')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .where('year', '=', year)
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
}
