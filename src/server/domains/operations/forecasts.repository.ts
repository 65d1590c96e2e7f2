import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { operationDwellingCount } from './operations.repository';

type Q = Kysely<Database> | Transaction<Database>;

export function listForecasts(db: Q, conventionId: string) {
  return db
    .selectFrom('volume_forecasts')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('year')
    .execute();
}

export function lockForecast(db: Transaction<Database>, conventionId: string, year: number) {
  return db
    .selectFrom('volume_forecasts')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirst();
}

export function insertForecast(db: Q, values: Insertable<Database['volume_forecasts']>) {
  return db.insertInto('volume_forecasts').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateForecast(db: Q, id: string, values: Partial<Insertable<Database['volume_forecasts']>>) {
  return db.updateTable('volume_forecasts').set(values).where('id', '=', id).execute();
}

/** The yearly volumes the convention announces (forecast baseline), one range per measure. */
export function listBaselines(db: Q, conventionId: string) {
  return db
    .selectFrom('forecast_baselines')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('measure')
    .execute();
}

export function insertBaseline(db: Q, values: Insertable<Database['forecast_baselines']>) {
  return db.insertInto('forecast_baselines').values(values).execute();
}

/** Dwellings of the operations delivered each year, per kind (identified dwellings and counted groups). */
export async function deliveredByYear(db: Q, conventionId: string) {
  const result = await sql<{ year: number; kind: string; dwellings: number }>`
    select extract(year from d.actual_on)::int as year, o.kind,
      sum(${operationDwellingCount})::int as dwellings
    from operations o
    join operation_phases d on d.operation_id = o.id and d.phase = 'delivery' and d.actual_on is not null
    where o.convention_id = ${conventionId} and o.status = 'delivered'
    group by 1, 2`.execute(db);
  return result.rows;
}
