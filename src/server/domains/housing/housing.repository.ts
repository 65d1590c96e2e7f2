import { sql, type Kysely, type Transaction } from 'kysely';
import type { DwellingsFilters, DwellingsQuery } from '../../../contracts/housing';
import { offsetOf } from '../../../contracts/pagination';
import type { Database, EstablishmentsTable } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/** The stock: who may see a landlord's, its figures, its dwellings, its establishments. */

/**
 * Who may see a landlord's stock is a matter of convention scope: the kernel reads it (the
 * landlord, its partners, the landlords an organisation may see). Re-exported for the trajectory.
 */
export { stockPartnersJson } from '../../kernel/convention-scope.queries';

export async function countDwellings(db: Q, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('dwellings')
    .select(['organisation_id', sql<number>`count(*)::int`.as('n'), sql<boolean>`bool_or(is_demo)`.as('demo')])
    .where('organisation_id', 'in', organisationIds)
    .groupBy('organisation_id')
    .execute();
}

/** True when the landlord's stock is (still) the generated demonstration stock. */
export async function hasDemoStock(db: Q, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('dwellings')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('is_demo', '=', true)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

const classColumns = (column: 'effective_class' | 'energy_class' | 'ghg_class') =>
  ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) =>
    sql<number>`count(*) filter (where ${sql.ref(column)} = ${c})::int`.as(`${column}_${c}`),
  );

/** Every figure of the stock summary, in one pass over the landlord's dwellings. */
export async function stockFigures(db: Q, organisationId: string) {
  return db
    .selectFrom('dwellings')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where is_demo)::int`.as('demo'),
      sql<number>`count(*) filter (where construction_type = 'collective')::int`.as('collective'),
      sql<number>`count(*) filter (where construction_type = 'individual')::int`.as('individual'),
      sql<number>`count(*) filter (where construction_type = 'student')::int`.as('student'),
      sql<number>`count(*) filter (where effective_class is null)::int`.as('without_dpe'),
      sql<number>`count(*) filter (where territory = 'mainland')::int`.as('mainland'),
      sql<number>`count(*) filter (where territory = 'overseas')::int`.as('overseas'),
      sql<number>`count(distinct commune_code)::int`.as('communes'),
      sql<number>`count(distinct epci_code)::int`.as('epcis'),
      sql<number>`count(*) filter (where qpv_code is not null)::int`.as('in_qpv'),
      sql<number>`count(distinct building_id)::int`.as('buildings'),
      ...classColumns('effective_class'),
      ...classColumns('energy_class'),
      ...classColumns('ghg_class'),
    ])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

/** Dwellings per EPCI, most first (set-based: one group by). */
export function dwellingsByEpci(db: Q, organisationId: string) {
  return db
    .selectFrom('dwellings')
    .select(['epci_code', sql<number>`count(*)::int`.as('n')])
    .where('organisation_id', '=', organisationId)
    .groupBy('epci_code')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('epci_code')
    .execute();
}

export function establishmentFigures(db: Q, organisationId: string) {
  return db
    .selectFrom('establishments')
    .select([
      sql<number>`count(*) filter (where kind <> 'beguinage')::int`.as('residences'),
      sql<number>`coalesce(sum(beds) filter (where kind <> 'beguinage'), 0)::int`.as('beds'),
      sql<number>`count(*) filter (where kind = 'beguinage')::int`.as('beguinages'),
      sql<number>`coalesce(sum(dwelling_count) filter (where kind = 'beguinage'), 0)::int`.as('beguinage_dwellings'),
      sql<boolean>`coalesce(bool_or(is_demo), false)`.as('demo'),
    ])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

function filtered(db: Q, organisationId: string, q: DwellingsFilters) {
  let query = db.selectFrom('dwellings as d').where('d.organisation_id', '=', organisationId);
  if (q.communeCode) query = query.where('d.commune_code', '=', q.communeCode);
  if (q.epciCode) query = query.where('d.epci_code', '=', q.epciCode);
  if (q.qpv === 'in') query = query.where('d.qpv_code', 'is not', null);
  if (q.qpv === 'out') query = query.where('d.qpv_code', 'is', null);
  if (q.effectiveClass && q.effectiveClass.length > 0) query = query.where('d.effective_class', 'in', q.effectiveClass);
  if (q.constructionType) query = query.where('d.construction_type', '=', q.constructionType);
  if (q.search) {
    const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('d.ident_rep', 'ilike', like), eb('d.ident_int', 'ilike', like), eb('d.address', 'ilike', like)]),
    );
  }
  return query;
}

export async function listDwellings(db: Q, organisationId: string, q: DwellingsQuery) {
  const [{ n }, rows] = await Promise.all([
    filtered(db, organisationId, q)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
    filtered(db, organisationId, q)
      .leftJoin('buildings as b', 'b.id', 'd.building_id')
      .selectAll('d')
      .select(['b.code as building_code', 'b.name as building_name'])
      .orderBy('d.commune_code')
      .orderBy('d.dwelling_key')
      .offset(offsetOf(q))
      .limit(q.pageSize)
      .execute(),
  ]);
  return { total: n, rows };
}
export type DwellingRow = Awaited<ReturnType<typeof listDwellings>>['rows'][number];

/** Every dwelling matching the filters, unpaged, in the list's order (exports). */
export function allDwellings(db: Q, organisationId: string, q: DwellingsFilters) {
  return filtered(db, organisationId, q)
    .select([
      'd.ident_rep',
      'd.ident_int',
      'd.commune_code',
      'd.epci_code',
      'd.qpv_code',
      'd.construction_type',
      'd.rooms',
      'd.surface',
      'd.construction_year',
      'd.financing',
      'd.dpe_date',
      'd.energy_class',
      'd.ghg_class',
      'd.effective_class',
      'd.is_demo',
    ])
    .orderBy('d.commune_code')
    .orderBy('d.dwelling_key')
    .execute();
}

export function findDwelling(db: Q, id: string, options: { forUpdate?: boolean } = {}) {
  const q = db
    .selectFrom('dwellings as d')
    .leftJoin('buildings as b', 'b.id', 'd.building_id')
    .selectAll('d')
    .select(['b.code as building_code', 'b.name as building_name'])
    .where('d.id', '=', id);
  return (options.forUpdate ? q.forUpdate('d') : q).executeTakeFirst();
}

/** Marks a dwelling retired from the stock from a date (see housing.service retireDwelling). */
export async function retireDwelling(
  db: Q,
  id: string,
  v: { on: string; reason: 'sale' | 'demolition' | 'merge' },
): Promise<void> {
  await db
    .updateTable('dwellings')
    .set({ retired_on: v.on, retirement_reason: v.reason, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function listEstablishments(db: Q, organisationId: string) {
  return db
    .selectFrom('establishments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export function findEstablishment(db: Q, id: string) {
  return db.selectFrom('establishments').selectAll().where('id', '=', id).executeTakeFirst();
}

type EstablishmentValues = Pick<
  EstablishmentsTable,
  'kind' | 'name' | 'commune_code' | 'beds' | 'dwelling_count' | 'manager_name'
>;

export function insertEstablishment(db: Q, organisationId: string, v: EstablishmentValues) {
  const now = new Date();
  return db
    .insertInto('establishments')
    .values({ ...v, organisation_id: organisationId, is_demo: false, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateEstablishment(db: Q, id: string, v: EstablishmentValues) {
  return db
    .updateTable('establishments')
    .set({ ...v, is_demo: false, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteEstablishment(db: Q, id: string) {
  await db.deleteFrom('establishments').where('id', '=', id).execute();
}
