import { endOfParisDay } from '../../platform/db/paris-day';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { operationDwellingCount } from './operations.repository';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The operations domain's published reads for the reports: operations delivered in a year by
 * kind, the operations with their delivery date (workbook), the latest half-year progress tables
 * (dashboard), the November volume forecast of a year (COPIL pack), the progress tables and their
 * submitted versions as of a day (evidence bundle).
 */

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

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

/** The convention's operations with their actual delivery date. */
export function operationsWithDelivery(db: Q, conventionId: string) {
  return db
    .selectFrom('operations as o')
    .leftJoin('operation_phases as ph', (j) => j.onRef('ph.operation_id', '=', 'o.id').on('ph.phase', '=', 'delivery'))
    .select([
      'o.reference',
      'o.label',
      'o.kind',
      'o.programme',
      'o.commune_code',
      'o.residence',
      'o.status',
      'o.percent_complete',
      'o.cost_incl_tax_cents',
      'ph.planned_on',
      'ph.actual_on',
    ])
    .where('o.convention_id', '=', conventionId)
    .orderBy('o.reference')
    .execute();
}

/** The convention's half-year progress tables, latest first (operations' table). */
export function latestProgressTables(db: Q, conventionId: string, limit: number) {
  return db
    .selectFrom('progress_tables')
    .select(['id', 'period_end', 'status'])
    .where('convention_id', '=', conventionId)
    .orderBy('period_end', 'desc')
    .limit(limit)
    .execute();
}

/** Progress tables opened by the end of the day (Paris), by half-year (the evidence bundle). */
export function progressTablesAsOf(db: Q, conventionId: string, asOf: string) {
  return db
    .selectFrom('progress_tables')
    .select(['id', 'period_end', 'status', 'submitted_at', 'accepted_at', 'review_comment'])
    .where('convention_id', '=', conventionId)
    .where('opened_at', '<', endOfParisDay(asOf))
    .orderBy('period_end')
    .execute();
}

/** The versions of those tables submitted by the end of the day (their snapshots), by table then version. */
export function progressSnapshotsAsOf(db: Q, tableIds: string[], asOf: string) {
  if (tableIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('progress_table_snapshots')
    .select(['progress_table_id', 'version', 'submitted_at', 'rows'])
    .where('progress_table_id', 'in', tableIds)
    .where('submitted_at', '<', endOfParisDay(asOf))
    .orderBy('progress_table_id')
    .orderBy('version')
    .execute();
}

/** A timestamp column's day in Paris (YYYY-MM-DD). */
const parisDay = (column: string) => sql<string>`to_char(${sql.ref(column)} at time zone 'Europe/Paris', 'YYYY-MM-DD')`;

/** The years whose November volume forecast the office submitted, with the day it did (obligations' evidence). */
export function forecastsSubmitted(db: Q, conventionId: string) {
  return (
    db
      .selectFrom('volume_forecasts')
      .select(['year', parisDay('submitted_at').as('on')])
      .where('convention_id', '=', conventionId)
      // Transmitted and not returned: a returned forecast is owed again, done on its new transmission.
      .where('status', 'in', ['submitted', 'accepted'])
      .where('submitted_at', 'is not', null)
      .execute()
  );
}

/** The half-years whose progress table the Département accepted, with the day it did (obligations' evidence). */
export function progressTablesAccepted(db: Q, conventionId: string) {
  return db
    .selectFrom('progress_tables')
    .select(['period_end', parisDay('accepted_at').as('on')])
    .where('convention_id', '=', conventionId)
    .where('status', '=', 'accepted')
    .where('accepted_at', 'is not', null)
    .execute();
}

/**
 * What the operations domain publishes to the others: how many dwellings an operation covers (one
 * SQL expression, picked and counted dwellings alike, over an `operations o` row), and the
 * treatments of a landlord's dwellings and the dwellings its renovations count by class without
 * having picked them (SQL fragments the housing trajectory composes into its one set-based statement).
 */
export { countedSource, operationDwellingCount, treatmentsSource } from './operations.repository';
/** One operation as finance and communication name it; the dwellings delivered per year (indicators). */
export { deliveredDwellingsByYear, findOperationForAgreement, findOperationHeader } from './operations.repository';

/** Every operation of a convention by reference and label (what an event reported under article 3.2 may concern). */
export function operationHeaders(db: Q, conventionId: string) {
  return db
    .selectFrom('operations')
    .select(['id', 'reference', 'label'])
    .where('convention_id', '=', conventionId)
    .orderBy('reference')
    .execute();
}
