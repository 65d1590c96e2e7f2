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

export function listOperationDwellings(db: Q, operationId: string) {
  return db
    .selectFrom('operation_dwellings as od')
    .innerJoin('dwellings as w', 'w.id', 'od.dwelling_id')
    .select([
      'od.dwelling_id',
      'od.class_before',
      'od.target_class',
      'w.ident_rep',
      'w.ident_int',
      'w.address',
      'w.commune_code',
    ])
    .where('od.operation_id', '=', operationId)
    .orderBy('w.dwelling_key')
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

export function listFundingLines(db: Q, operationId: string) {
  return db
    .selectFrom('operation_funding_lines as f')
    .leftJoin('funding_agreements as g', 'g.id', 'f.funding_agreement_id')
    .leftJoin('allocations as a', 'a.id', 'g.allocation_id')
    .leftJoin('envelopes as e', 'e.id', 'a.envelope_id')
    .select(['f.id', 'f.source', 'f.amount_cents', 'f.funding_agreement_id', 'a.year', 'e.kind as envelope_kind'])
    .select(
      sql<bigint>`coalesce((select sum(x.amount_cents) from affectations x where x.operation_id = f.operation_id and x.funding_agreement_id = f.funding_agreement_id), 0)::bigint`.as(
        'affected_cents',
      ),
    )
    .where('f.operation_id', '=', operationId)
    .orderBy('f.position')
    .execute();
}

export function listOperationRequests(db: Q, operationId: string) {
  return db
    .selectFrom('payment_requests')
    .select(['id', 'amount_cents', 'status'])
    .where('operation_id', '=', operationId)
    .orderBy('created_at')
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

/**
 * The picked dwellings of the landlord, locked: two operations claiming the same dwelling at once
 * check one after the other.
 */
export function lockDwellings(db: Trx, organisationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dwellings')
    .select(['id', 'effective_class', 'ident_rep', 'ident_int'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
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

/** The landlord party of a convention (whose stock the operations draw from). */
export function landlordOf(db: Q, conventionId: string) {
  return db
    .selectFrom('convention_parties')
    .select('organisation_id')
    .where('convention_id', '=', conventionId)
    .where('party_role', '=', 'landlord')
    .executeTakeFirst();
}

/** The convention's funding agreements, for the Département subsidy lines. */
/** Whether Copil holds the convention's money (it has envelopes); a past convention kept for history has none. */
export async function conventionHoldsFinance(db: Q, conventionId: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('envelopes')
      .select('id')
      .where('convention_id', '=', conventionId)
      .limit(1)
      .executeTakeFirst()) !== undefined
  );
}

export function agreementsOfConvention(db: Q, conventionId: string) {
  return db
    .selectFrom('funding_agreements as g')
    .innerJoin('allocations as a', 'a.id', 'g.allocation_id')
    .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
    .select(['g.id', 'a.year', 'e.kind'])
    .where('e.convention_id', '=', conventionId)
    .execute();
}
