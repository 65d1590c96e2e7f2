import { type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/** The indicators of a convention, in their order (their objectives and axes are the conventions'). */
export function listIndicators(db: Q, conventionId: string) {
  return db
    .selectFrom('indicators')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('position')
    .execute();
}
export type IndicatorRow = Awaited<ReturnType<typeof listIndicators>>[number];

export function findIndicator(db: Q, id: string) {
  return db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
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
