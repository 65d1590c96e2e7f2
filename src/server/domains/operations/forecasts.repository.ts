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

/** The allocations voted per year and kind (délibérations d'application). */
export function allocationsByYear(db: Q, conventionId: string) {
  return db
    .selectFrom('allocations as a')
    .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
    .select(['a.year', 'e.kind', 'a.amount_cents'])
    .where('e.convention_id', '=', conventionId)
    .execute();
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

/** Payments (mandates) per year of mandate, on the convention's funding agreements. */
export async function paidByYear(db: Q, conventionId: string) {
  const result = await sql<{ year: number; paid: bigint }>`
    select extract(year from p.mandate_date)::int as year, sum(p.amount_cents)::bigint as paid
    from payments p
    join funding_agreements g on g.id = p.funding_agreement_id
    join allocations a on a.id = g.allocation_id
    join envelopes e on e.id = a.envelope_id
    where e.convention_id = ${conventionId}
    group by 1`.execute(db);
  return result.rows;
}
