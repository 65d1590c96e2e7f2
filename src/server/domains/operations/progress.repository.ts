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

/** Pre-fills a new table from the convention's operations that are not abandoned, as they stand. */
export async function prefillRows(db: Trx, tableId: string, conventionId: string) {
  await sql`
    insert into progress_table_rows (progress_table_id, operation_id, position, status, percent_complete, start_actual_on, delivery_actual_on)
    select ${tableId}, o.id, (row_number() over (order by o.reference))::int, o.status, o.percent_complete, s.actual_on, d.actual_on
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
