import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { operationDwellingCount } from '../operations/operations.repository';

type Q = Kysely<Database> | Transaction<Database>;

/** The indicators of a convention with their objective and axis, in the seed's order. */
export function listIndicators(db: Q, conventionId: string) {
  return db
    .selectFrom('indicators as i')
    .innerJoin('objectives as o', 'o.id', 'i.objective_id')
    .leftJoin('axes as a', 'a.id', 'i.axis_id')
    .selectAll('i')
    .select([
      'o.code as objective_code',
      'o.title as objective_title',
      'o.position as objective_position',
      'a.code as axis_code',
      'a.title as axis_title',
    ])
    .where('i.convention_id', '=', conventionId)
    .orderBy('o.position')
    .orderBy('i.position')
    .execute();
}
export type IndicatorRow = Awaited<ReturnType<typeof listIndicators>>[number];

export function findIndicator(db: Q, id: string) {
  return db
    .selectFrom('indicators as i')
    .innerJoin('objectives as o', 'o.id', 'i.objective_id')
    .leftJoin('axes as a', 'a.id', 'i.axis_id')
    .selectAll('i')
    .select([
      'o.code as objective_code',
      'o.title as objective_title',
      'o.position as objective_position',
      'a.code as axis_code',
      'a.title as axis_title',
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export function insertIndicator(db: Q, values: Insertable<Database['indicators']>) {
  return db.insertInto('indicators').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertTargets(db: Q, rows: Insertable<Database['indicator_targets']>[]) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insertInto('indicator_targets')
    .values(rows)
    .execute()
    .then(() => undefined);
}

export function listTargets(db: Q, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('indicator_targets')
    .selectAll()
    .where('indicator_id', 'in', indicatorIds)
    .orderBy('year')
    .execute();
}

/** Every entry of the given indicators, newest first (the first per period is the current value). */
export function listValues(db: Q, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('indicator_values as v')
    .leftJoin('documents as d', 'd.id', 'v.evidence_document_id')
    .selectAll('v')
    .select(['d.filename as evidence_filename'])
    .where('v.indicator_id', 'in', indicatorIds)
    .orderBy('v.entered_at', 'desc')
    .orderBy('v.id')
    .execute();
}
export type ValueRow = Awaited<ReturnType<typeof listValues>>[number];

export function insertValue(db: Q, values: Insertable<Database['indicator_values']>) {
  return db.insertInto('indicator_values').values(values).returning('id').executeTakeFirstOrThrow();
}

/** The current (latest) entry of a period, for the audit's "before". */
export function currentValue(db: Q, indicatorId: string, period: string) {
  return db
    .selectFrom('indicator_values')
    .select(['id', 'value', 'comment', 'source'])
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .orderBy('entered_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Dwellings of the convention's operations of one kind delivered per year (actual date of the
 * delivery phase): identified dwellings plus those only counted by class. One grouped query.
 */
export async function deliveredDwellingsByYear(
  db: Q,
  conventionId: string,
  kind: 'adaptation' | 'maintenance',
): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('operations as o')
    .innerJoin('operation_phases as ph', (j) => j.onRef('ph.operation_id', '=', 'o.id').on('ph.phase', '=', 'delivery'))
    .select([
      sql<number>`cast(extract(year from ph.actual_on) as integer)`.as('year'),
      sql<number>`cast(sum(${operationDwellingCount}) as integer)`.as('dwellings'),
    ])
    .where('o.convention_id', '=', conventionId)
    .where('o.kind', '=', kind)
    .where('o.status', '=', 'delivered')
    .where('ph.actual_on', 'is not', null)
    .groupBy(sql`extract(year from ph.actual_on)`)
    .execute();
  return new Map(rows.map((r) => [Number(r.year), Number(r.dwellings)]));
}
