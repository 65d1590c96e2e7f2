import { sql, type Insertable, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;
type Trx = Transaction<Database>;

/**
 * The dwellings an operation concerns, for an operation aliased `o`: identified ones, counted
 * groups per class and those without a known class. One expression for every count of Copil.
 */
export const operationDwellingCount = sql<number>`((select count(*) from operation_dwellings od where od.operation_id = o.id)
  + coalesce((select sum(c.dwelling_count) from operation_class_counts c where c.operation_id = o.id), 0)
  + o.unclassified_dwellings)::int`;

/**
 * The operations that change a dwelling's class: (dwelling_id, delivery_date, delivered,
 * target_class), one row per dwelling of a renovation that is not abandoned and names a target
 * class. Delivered on or before `asOf` (actual delivery date known by then): delivered = true from
 * that date; otherwise it counts as planned at its planned delivery date (migration
 * 2026-11-29T1700_operations). Published to housing, whose trajectory composes it into its one
 * set-based statement.
 */
export function treatmentsSource(organisationId: string, asOf: string): RawBuilder<unknown> {
  return sql`
    select od.dwelling_id,
      case when ph.actual_on <= ${asOf}::date then ph.actual_on else ph.planned_on end as delivery_date,
      coalesce(ph.actual_on <= ${asOf}::date, false) as delivered,
      od.target_class
    from operation_dwellings od
    join operations o on o.id = od.operation_id
    join operation_phases ph on ph.operation_id = o.id and ph.phase = 'delivery'
    where o.organisation_id = ${organisationId}
      and o.kind in ('thermal_renovation', 'vacant_renovation')
      and o.status <> 'cancelled'
      and od.target_class is not null
      and (ph.actual_on <= ${asOf}::date or ph.planned_on is not null)`;
}

/**
 * The dwellings renovations count by class without having picked them yet: (operation_id,
 * commune_code, class_before, target_class, delivery_date, delivered, remaining), one row per
 * counted group of a renovation that is not abandoned and names a target class, with the same
 * delivery rule as treatmentsSource. `remaining` is the count less the dwellings of that class the
 * office has picked for the operation since (they are in treatmentsSource): no dwelling counted
 * twice; a group wholly picked is left out. Published to housing for its trajectory.
 */
export function countedSource(organisationId: string, asOf: string): RawBuilder<unknown> {
  return sql`
    select * from (
      select o.id as operation_id, o.commune_code, c.class_before, c.target_class,
        case when ph.actual_on <= ${asOf}::date then ph.actual_on else ph.planned_on end as delivery_date,
        coalesce(ph.actual_on <= ${asOf}::date, false) as delivered,
        (c.dwelling_count - (select count(*) from operation_dwellings od
          where od.operation_id = o.id and od.class_before = c.class_before))::int as remaining
      from operation_class_counts c
      join operations o on o.id = c.operation_id
      join operation_phases ph on ph.operation_id = o.id and ph.phase = 'delivery'
      where o.organisation_id = ${organisationId}
        and o.kind in ('thermal_renovation', 'vacant_renovation')
        and o.status <> 'cancelled'
        and c.target_class is not null
        and (ph.actual_on <= ${asOf}::date or ph.planned_on is not null)
    ) g where g.remaining > 0`;
}

/** Operations with what their lists show: dwellings counted, delivery dates, the Département's subsidy. */
function summaries(db: Q) {
  return db
    .selectFrom('operations as o')
    .leftJoin('operation_phases as d', (j) => j.onRef('d.operation_id', '=', 'o.id').on('d.phase', '=', 'delivery'))
    .selectAll('o')
    .select([
      'd.planned_on as planned_delivery',
      'd.actual_on as actual_delivery',
      operationDwellingCount.as('dwelling_count'),
      sql<bigint>`coalesce((select sum(f.amount_cents) from operation_funding_lines f where f.operation_id = o.id and f.source = 'department'), 0)::bigint`.as(
        'department_cents',
      ),
      sql<
        string[]
      >`array(select distinct f.funding_agreement_id::text from operation_funding_lines f where f.operation_id = o.id and f.source = 'department' and f.funding_agreement_id is not null order by 1)`.as(
        'subsidy_agreement_ids',
      ),
    ]);
}

export function listOperations(
  db: Q,
  conventionId: string,
  filters: { kind?: string | undefined; status?: string | undefined; year?: number | undefined },
) {
  let q = summaries(db).where('o.convention_id', '=', conventionId);
  if (filters.kind) q = q.where('o.kind', '=', filters.kind as never);
  if (filters.status) q = q.where('o.status', '=', filters.status as never);
  if (filters.year) q = q.where(sql<number>`extract(year from coalesce(d.actual_on, d.planned_on))`, '=', filters.year);
  return q.orderBy('o.reference').execute();
}

export function findOperation(db: Q, id: string) {
  return summaries(db).where('o.id', '=', id).executeTakeFirst();
}

export type OperationRow = NonNullable<Awaited<ReturnType<typeof findOperation>>>;

export function lockOperation(db: Trx, id: string) {
  return db.selectFrom('operations').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The dwellings an operation picked, with their class before and the class aimed at (the stock's columns are housing's). */
export function listOperationDwellings(db: Q, operationId: string) {
  return db
    .selectFrom('operation_dwellings')
    .select(['dwelling_id', 'class_before', 'target_class'])
    .where('operation_id', '=', operationId)
    .execute();
}

export function listClassCounts(db: Q, operationId: string) {
  return db
    .selectFrom('operation_class_counts')
    .selectAll()
    .where('operation_id', '=', operationId)
    .orderBy('class_before', 'desc')
    .execute();
}

export function listPhases(db: Q, operationIds: string[]) {
  if (operationIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('operation_phases').selectAll().where('operation_id', 'in', operationIds).execute();
}

/** An operation's funding plan, in its order (the agreements and their affectations are finance's). */
export function listFundingLines(db: Q, operationId: string) {
  return db
    .selectFrom('operation_funding_lines')
    .select(['id', 'source', 'amount_cents', 'funding_agreement_id'])
    .where('operation_id', '=', operationId)
    .orderBy('position')
    .execute();
}

export function insertOperation(db: Q, values: Insertable<Database['operations']>) {
  return db.insertInto('operations').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateOperation(db: Q, id: string, values: Partial<Insertable<Database['operations']>>) {
  return db.updateTable('operations').set(values).where('id', '=', id).execute();
}

/** Replaces an operation's dwellings, class counts, phases and funding lines with the given ones. */
export async function replaceChildren(
  db: Trx,
  operationId: string,
  children: {
    dwellings: Insertable<Database['operation_dwellings']>[];
    classCounts: Insertable<Database['operation_class_counts']>[];
    phases: Insertable<Database['operation_phases']>[];
    fundingLines: Insertable<Database['operation_funding_lines']>[];
  },
) {
  for (const table of [
    'operation_dwellings',
    'operation_class_counts',
    'operation_phases',
    'operation_funding_lines',
  ] as const) {
    await db.deleteFrom(table).where('operation_id', '=', operationId).execute();
  }
  if (children.dwellings.length > 0) await db.insertInto('operation_dwellings').values(children.dwellings).execute();
  if (children.classCounts.length > 0)
    await db.insertInto('operation_class_counts').values(children.classCounts).execute();
  if (children.phases.length > 0) await db.insertInto('operation_phases').values(children.phases).execute();
  if (children.fundingLines.length > 0)
    await db.insertInto('operation_funding_lines').values(children.fundingLines).execute();
}

/** Dwellings of the list already in another active renovation, with that operation's reference. */
export function activeRenovationsOf(db: Q, dwellingIds: string[], exceptOperationId: string | null) {
  if (dwellingIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('operation_dwellings as od')
    .innerJoin('operations as o', 'o.id', 'od.operation_id')
    .select(['od.dwelling_id', 'o.reference', 'o.label'])
    .where('od.dwelling_id', 'in', dwellingIds)
    .where('o.kind', 'in', ['thermal_renovation', 'vacant_renovation'])
    .where('o.status', 'in', ['planned', 'in_progress']);
  if (exceptOperationId) q = q.where('o.id', '<>', exceptOperationId);
  return q.execute();
}

export async function nextReference(db: Trx, conventionId: string): Promise<string> {
  const row = await db
    .selectFrom('operations')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('convention_id', '=', conventionId)
    .executeTakeFirstOrThrow();
  return `OP-${String(row.n + 1).padStart(4, '0')}`;
}

/** The operations of one dwelling, with their delivery dates and the target class they give it. */
export function operationsOfDwelling(db: Q, dwellingId: string) {
  return db
    .selectFrom('operation_dwellings as od')
    .innerJoin('operations as o', 'o.id', 'od.operation_id')
    .leftJoin('operation_phases as d', (j) => j.onRef('d.operation_id', '=', 'o.id').on('d.phase', '=', 'delivery'))
    .select([
      'o.id',
      'o.reference',
      'o.label',
      'o.kind',
      'o.status',
      'o.convention_id',
      'od.target_class',
      'd.planned_on',
      'd.actual_on',
    ])
    .where('od.dwelling_id', '=', dwellingId)
    .orderBy(sql`coalesce(d.actual_on, d.planned_on)`)
    .execute();
}

/** One operation's convention, reference and label. */
export function findOperationHeader(db: Q, operationId: string) {
  return db
    .selectFrom('operations')
    .select(['id', 'convention_id', 'reference', 'label'])
    .where('id', '=', operationId)
    .executeTakeFirst();
}

/**
 * An operation as an affectation sees it: its convention, and whether its funding plan has a
 * Département subsidy line on the given funding agreement.
 */
export function findOperationForAgreement(db: Q, operationId: string, agreementId: string) {
  return db
    .selectFrom('operations as o')
    .select(['o.id', 'o.convention_id', 'o.reference', 'o.label'])
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('operation_funding_lines as f')
            .select('f.id')
            .whereRef('f.operation_id', '=', 'o.id')
            .where('f.source', '=', 'department')
            .where('f.funding_agreement_id', '=', agreementId),
        )
        .as('has_subsidy_line'),
    ])
    .where('o.id', '=', operationId)
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
