import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { operationDwellingCount } from '../operations/operations.repository';

type Q = Kysely<Database> | Transaction<Database>;

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
