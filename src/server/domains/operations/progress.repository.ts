import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;
type Trx = Transaction<Database>;

export function listTables(db: Q, conventionId: string) {
  return db
    .selectFrom('progress_tables')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('period_end', 'desc')
    .execute();
}

export function findTable(db: Q, id: string) {
  return db.selectFrom('progress_tables').selectAll().where('id', '=', id).executeTakeFirst();
}

export type TableRow = NonNullable<Awaited<ReturnType<typeof findTable>>>;

export function lockTable(db: Trx, id: string) {
  return db.selectFrom('progress_tables').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findTableOfPeriod(db: Q, conventionId: string, periodEnd: string) {
  return db
    .selectFrom('progress_tables')
    .select('id')
    .where('convention_id', '=', conventionId)
    .where('period_end', '=', periodEnd)
    .executeTakeFirst();
}

export function insertTable(db: Q, values: Insertable<Database['progress_tables']>) {
  return db.insertInto('progress_tables').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateTable(db: Q, id: string, values: Partial<Insertable<Database['progress_tables']>>) {
  return db.updateTable('progress_tables').set(values).where('id', '=', id).execute();
}

/** The rows with their operation's reference, label, kind and commune, in table order. */
export function listRows(db: Q, tableId: string) {
  return db
    .selectFrom('progress_table_rows as r')
    .innerJoin('operations as o', 'o.id', 'r.operation_id')
    .selectAll('r')
    .select(['o.reference', 'o.label', 'o.kind', 'o.commune_code'])
    .where('r.progress_table_id', '=', tableId)
    .orderBy('r.position')
    .execute();
}

export type ProgressRow = Awaited<ReturnType<typeof listRows>>[number];

/**
 * Pre-fills a new table from the convention's operations that are not abandoned, as they stand —
 * which, once the previous half-year's table was accepted, is that table's state (progress-apply.rules).
 */
export async function prefillRows(db: Trx, tableId: string, conventionId: string) {
  await sql`
    insert into progress_table_rows (progress_table_id, operation_id, position, status, percent_complete, start_actual_on, delivery_actual_on, spent_cents)
    select ${tableId}, o.id, (row_number() over (order by o.reference))::int, o.status, o.percent_complete, s.actual_on, d.actual_on, o.spent_cents
    from operations o
    left join operation_phases s on s.operation_id = o.id and s.phase = 'start_order'
    left join operation_phases d on d.operation_id = o.id and d.phase = 'delivery'
    where o.convention_id = ${conventionId} and o.status <> 'cancelled'`.execute(db);
}

export function updateRow(
  db: Q,
  tableId: string,
  operationId: string,
  values: Partial<Insertable<Database['progress_table_rows']>>,
) {
  return db
    .updateTable('progress_table_rows')
    .set(values)
    .where('progress_table_id', '=', tableId)
    .where('operation_id', '=', operationId)
    .execute();
}

export function listSnapshots(db: Q, tableId: string) {
  return db
    .selectFrom('progress_table_snapshots as s')
    .select(['s.version', 's.submitted_at', 's.rows', 's.submitted_by'])
    .where('s.progress_table_id', '=', tableId)
    .orderBy('s.version')
    .execute();
}

export function insertSnapshot(db: Q, values: Insertable<Database['progress_table_snapshots']>) {
  return db.insertInto('progress_table_snapshots').values(values).execute();
}

/** The operations of a table as they stand now: status, percentage, actual dates, spending. */
export async function operationStates(db: Q, operationIds: string[]) {
  if (operationIds.length === 0) return [];
  return db
    .selectFrom('operations as o')
    .leftJoin('operation_phases as s', (j) => j.onRef('s.operation_id', '=', 'o.id').on('s.phase', '=', 'start_order'))
    .leftJoin('operation_phases as d', (j) => j.onRef('d.operation_id', '=', 'o.id').on('d.phase', '=', 'delivery'))
    .select([
      'o.id',
      'o.status',
      'o.percent_complete',
      'o.spent_cents',
      'o.spent_on',
      's.actual_on as start_actual_on',
      'd.actual_on as delivery_actual_on',
    ])
    .where('o.id', 'in', operationIds)
    .forUpdate('o')
    .execute();
}

/** Writes an accepted table's state on an operation (its own columns and two actual phase dates). */
export async function updateOperationState(
  db: Trx,
  operationId: string,
  values: {
    status?: Database['operations']['status'];
    percent_complete?: number;
    spent_cents?: bigint | null;
    spent_on?: string | null;
  },
  phases: { phase: 'start_order' | 'delivery'; actualOn: string | null }[],
  now: Date,
) {
  await db
    .updateTable('operations')
    .set({ ...values, updated_at: now })
    .where('id', '=', operationId)
    .execute();
  for (const p of phases) {
    await db
      .insertInto('operation_phases')
      .values({ operation_id: operationId, phase: p.phase, planned_on: null, actual_on: p.actualOn })
      .onConflict((oc) => oc.columns(['operation_id', 'phase']).doUpdateSet({ actual_on: p.actualOn }))
      .execute();
  }
}
