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
 * target_class), one row per dwelling of a renovation that is not abandoned and names a target
 * class. Delivered on or before `asOf` (actual delivery date known by then): delivered = true from
 * that date; otherwise it counts as planned at its planned delivery date (operations domain,
 * migration 2026-11-29T1700_operations).
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

/**
 * The trajectory in one set-based query that scales with the stock: a dwelling's first banned
 * deadline depends only on its territory and class, so the stock is first reduced to counts per
 * (territory, class, breakdown key) — one scan, no per-dwelling subquery — and only the dwellings
 * that operations touch are looked at one by one (their latest treatment before each deadline).
 */
export async function trajectoryRows(db: Q, v: { organisationId: string; calendarId: string; asOf: string; by: TrajectoryDimension | null }): Promise<TrajectoryRow[]> {
  const key = v.by ? sql.ref(dimensionColumn[v.by]) : sql`null::text`;
  const groups = v.by ? sql`grouping sets ((deadline), (deadline, key))` : sql`deadline`;
  const isTotal = v.by ? sql`grouping(key) = 1` : sql`true`;
  const result = await sql<TrajectoryRow>`
    with deadlines as (
      select territory, banned_class, effective_from from letting_ban_deadlines where calendar_id = ${v.calendarId}
    ),
    banned_from as (
      select dl.territory, c.class, min(dl.effective_from) as banned_from
      from deadlines dl
      join (values ('A'), ('B'), ('C'), ('D'), ('E'), ('F'), ('G')) as c(class) on c.class collate "C" >= dl.banned_class collate "C"
      group by dl.territory, c.class
    ),
    stock as (
      select s.territory, s.effective_class, ${key} as key, count(*)::int as n
      from dwellings s
      where s.organisation_id = ${v.organisationId} and s.effective_class is not null
      group by 1, 2, 3
    ),
    treatments as (${treatmentsSource(v.organisationId, v.asOf)}),
    treated as (
      select s.id, s.territory, s.effective_class, ${key} as key
      from dwellings s
      where s.organisation_id = ${v.organisationId} and s.effective_class is not null
        and s.id in (select dwelling_id from treatments)
    ),
    dates as (
      select distinct effective_from as deadline from deadlines
      where territory in (select territory from dwellings where organisation_id = ${v.organisationId})
        or not exists (select 1 from dwellings where organisation_id = ${v.organisationId})
    ),
    figures as (
      -- every deadline appears, even with nothing banned
      select dt.deadline, null::text as key, 0 as banned, 0 as delivered, 0 as planned from dates dt
      union all
      select dt.deadline, st.key, st.n, 0, 0
      from dates dt
      join stock st on true
      join banned_from bf on bf.territory = st.territory and bf.class = st.effective_class and bf.banned_from <= dt.deadline
      union all
      select dt.deadline, tr.key, 0, (t.delivered)::int, (not t.delivered)::int
      from dates dt
      join treated tr on true
      join banned_from bf on bf.territory = tr.territory and bf.class = tr.effective_class and bf.banned_from <= dt.deadline
      join lateral (
        select x.delivered, x.target_class from treatments x
        where x.dwelling_id = tr.id and x.delivery_date < dt.deadline
        order by x.delivery_date desc
        limit 1
      ) t on not exists (
        select 1 from deadlines dl
        where dl.territory = tr.territory and dl.effective_from <= dt.deadline and t.target_class collate "C" >= dl.banned_class collate "C"
      )
    )
    select to_char(deadline, 'YYYY-MM-DD') as date, ${v.by ? sql`key` : sql`null::text`} as key, ${isTotal} as is_total,
      sum(banned)::int as banned, sum(delivered)::int as delivered, sum(planned)::int as planned
    from figures
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
