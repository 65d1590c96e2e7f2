import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { InstanceSpec } from './calendar.rules';

type Q = Kysely<Database> | Transaction<Database>;

export function listDuties(db: Q, conventionIds: string[]) {
  if (conventionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('duties')
    .selectAll()
    .where('convention_id', 'in', conventionIds)
    .orderBy('article_number')
    .orderBy('code')
    .execute();
}
export type DutyRow = Awaited<ReturnType<typeof listDuties>>[number];

export function findDuty(db: Q, id: string) {
  return db.selectFrom('duties').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findDutyByCode(db: Q, conventionId: string, code: string) {
  return db
    .selectFrom('duties')
    .select('id')
    .where('convention_id', '=', conventionId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function insertDuty(db: Q, values: Insertable<Database['duties']>) {
  return db.insertInto('duties').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateDuty(db: Q, id: string, values: Updateable<Database['duties']>) {
  return db.updateTable('duties').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/**
 * Brings a duty's instances in line with its recurrence: new periods are added, dates of pending
 * ones follow a change, and pending instances of periods no longer owed are removed. Instances
 * already done are kept as they are: they are history.
 */
export async function syncInstances(db: Q, dutyId: string, specs: InstanceSpec[]) {
  for (const s of specs) {
    await db
      .insertInto('duty_instances')
      .values({
        duty_id: dutyId,
        period_key: s.periodKey,
        period_year: s.periodYear,
        period_start: s.periodStart,
        period_end: s.periodEnd,
        nominal_due_on: s.nominalDueOn,
        due_on: s.dueOn,
      })
      .onConflict((oc) =>
        oc
          .columns(['duty_id', 'period_key'])
          .doUpdateSet({
            period_start: s.periodStart,
            period_end: s.periodEnd,
            nominal_due_on: s.nominalDueOn,
            due_on: s.dueOn,
          })
          .where('duty_instances.done_on', 'is', null),
      )
      .execute();
  }
  let stale = db.deleteFrom('duty_instances').where('duty_id', '=', dutyId).where('done_on', 'is', null);
  if (specs.length > 0)
    stale = stale.where(
      'period_key',
      'not in',
      specs.map((s) => s.periodKey),
    );
  await stale.execute();
}

const instanceColumns = [
  'duty_instances.id',
  'duty_instances.duty_id',
  'duty_instances.period_key',
  'duty_instances.period_year',
  'duty_instances.period_start',
  'duty_instances.period_end',
  'duty_instances.nominal_due_on',
  'duty_instances.due_on',
  'duty_instances.done_on',
  'duty_instances.done_by',
  'duty_instances.done_document_id',
  'duty_instances.done_note',
] as const;

export function listInstances(
  db: Q,
  dutyIds: string[],
  range: { from?: string | undefined; to?: string | undefined } = {},
) {
  if (dutyIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('duty_instances').select(instanceColumns).where('duty_id', 'in', dutyIds);
  if (range.from) q = q.where('due_on', '>=', range.from);
  if (range.to) q = q.where('due_on', '<=', range.to);
  return q.orderBy('due_on').orderBy('period_key').execute();
}
export type InstanceRow = Awaited<ReturnType<typeof listInstances>>[number];

export function findInstance(db: Q, id: string) {
  return db.selectFrom('duty_instances').select(instanceColumns).where('id', '=', id).executeTakeFirst();
}

export function markInstanceDone(
  db: Q,
  id: string,
  values: { done_on: string; done_by: string; done_document_id: string; done_note: string | null },
) {
  return db.updateTable('duty_instances').set(values).where('id', '=', id).execute();
}

export function countInstances(db: Q, dutyIds: string[]) {
  if (dutyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('duty_instances')
    .select(['duty_id', (eb) => eb.fn.countAll<bigint>().as('n')])
    .where('duty_id', 'in', dutyIds)
    .groupBy('duty_id')
    .execute();
}
