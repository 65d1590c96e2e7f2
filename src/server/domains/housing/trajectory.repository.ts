import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { TrajectoryDimension } from '../../../contracts/housing';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The trajectory, set-based: one query over the landlord's dwellings, whatever their number.
 *
 * For each deadline date of the calendar version, a dwelling is banned when its class (before any
 * works) is banned on that date in its territory; it then counts as delivered or planned when its
 * latest operation delivered (or planned) before the deadline brings it to a class no longer
 * banned, else as not programmed.
 */

/**
 * The operations that change a dwelling's class: (dwelling_id, delivery_date, delivered,
 * target_class). None exist yet, so the source is empty; the operations domain replaces it with its
 * operations' dwellings: the actual delivery date when delivered on or before `asOf` (delivered =
 * true), else the planned delivery date (delivered = false).
 */
export function treatmentsSource(_organisationId: string, _asOf: string): RawBuilder<unknown> {
  return sql`select null::uuid as dwelling_id, null::date as delivery_date, false as delivered, null::text as target_class where false`;
}

const dimensionColumn: Record<TrajectoryDimension, string> = {
  commune: 's.commune_code',
  epci: 's.epci_code',
  qpv: 's.qpv_code',
  constructionType: 's.construction_type',
};

export interface TrajectoryRow {
  date: string;
  key: string | null;
  is_total: boolean;
  banned: number;
  delivered: number;
  planned: number;
}

export async function trajectoryRows(db: Q, v: { organisationId: string; calendarId: string; asOf: string; by: TrajectoryDimension | null }): Promise<TrajectoryRow[]> {
  const key = v.by ? sql.ref(dimensionColumn[v.by]) : sql`null::text`;
  const groups = v.by ? sql`grouping sets ((dt.deadline), (dt.deadline, ${key}))` : sql`dt.deadline`;
  const isTotal = v.by ? sql`grouping(${key}) = 1` : sql`true`;
  const result = await sql<TrajectoryRow>`
    with deadlines as (
      select territory, banned_class, effective_from from letting_ban_deadlines where calendar_id = ${v.calendarId}
    ),
    stock as (
      select d.id, d.territory, d.commune_code, d.epci_code, d.qpv_code, d.construction_type,
        (select min(dl.effective_from) from deadlines dl
          where dl.territory = d.territory and d.effective_class collate "C" >= dl.banned_class collate "C") as banned_from
      from dwellings d
      where d.organisation_id = ${v.organisationId} and d.effective_class is not null
    ),
    treatments as (${treatmentsSource(v.organisationId, v.asOf)}),
    dates as (
      select distinct effective_from as deadline from deadlines
      where territory in (select territory from dwellings where organisation_id = ${v.organisationId})
        or not exists (select 1 from dwellings where organisation_id = ${v.organisationId})
    )
    select to_char(dt.deadline, 'YYYY-MM-DD') as date, ${key} as key, ${isTotal} as is_total,
      count(s.id)::int as banned,
      count(t.dwelling_id) filter (where t.delivered)::int as delivered,
      count(t.dwelling_id) filter (where not t.delivered)::int as planned
    from dates dt
    left join stock s on s.banned_from <= dt.deadline
    left join lateral (
      select tr.dwelling_id, tr.delivered, tr.target_class from treatments tr
      where tr.dwelling_id = s.id and tr.delivery_date < dt.deadline
      order by tr.delivery_date desc
      limit 1
    ) t on not exists (
      select 1 from deadlines dl
      where dl.territory = s.territory and dl.effective_from <= dt.deadline and t.target_class collate "C" >= dl.banned_class collate "C"
    )
    group by ${groups}
    order by 1, 3 desc, 2`.execute(db);
  return result.rows;
}

/** Dwellings per territory, and those without a DPE (left out of the trajectory). */
export async function stockTerritories(db: Q, organisationId: string) {
  return db
    .selectFrom('dwellings')
    .select(['territory', sql<number>`count(*)::int`.as('n'), sql<number>`count(*) filter (where effective_class is null)::int`.as('without_dpe')])
    .where('organisation_id', '=', organisationId)
    .groupBy('territory')
    .execute();
}
