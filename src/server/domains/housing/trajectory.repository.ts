import { sql, type Kysely, type Transaction } from 'kysely';
import type { EnergyClass, Territory, TrajectoryDimension } from '../../../contracts/housing';
import type { Database } from '../../platform/db/schema';
import type { Deadline } from './calendar.rules';
import { countedSource, treatmentsSource } from '../operations/operations.queries';
import { landlordAccessSql } from '../../kernel/convention-scope.queries';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The trajectory, set-based: one query over the landlord's dwellings, whatever their number.
 *
 * For each deadline date of the calendar version, a dwelling is banned when its class (before any
 * works) is banned on that date in its territory; it then counts as delivered or planned when its
 * latest operation delivered (or planned) before the deadline brings it to a class no longer
 * banned, else as not programmed. The treatments come from the operations domain
 * (treatmentsSource, an SQL fragment it publishes), composed into the same statement.
 */

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
 * Per deadline, breakdown key (null without a breakdown) and (territory, class) counted
 * operations name: the banned dwellings nothing picked brings out, which counted dwellings may.
 */
export interface FreeRow {
  date: string;
  key: string | null;
  territory: Territory;
  class: EnergyClass;
  free: number;
}

/** A group of dwellings an operation counts by class, less those picked since (countedSource). */
export interface CountedRow {
  operation_id: string;
  commune_code: string | null;
  class_before: EnergyClass;
  target_class: EnergyClass;
  delivery_date: string;
  delivered: boolean;
  remaining: number;
}

/** What the trajectory reads from the stock, from one statement (one snapshot). */
export interface TrajectoryData {
  /** The figures of the picked dwellings (delivered and planned by picked operations only). */
  rows: TrajectoryRow[];
  free: FreeRow[];
  counted: CountedRow[];
  /** Dwellings per territory present, and those without a DPE (left out of the trajectory). */
  territories: { territory: string; n: number; without_dpe: number }[];
  /** The stock is (still) the generated demonstration stock. */
  isDemo: boolean;
}

/**
 * The trajectory in one set-based statement that scales with the stock and reads the landlord's
 * dwellings once: a dwelling's first banned deadline depends only on its territory and class, so
 * the stock is first reduced to counts per (territory, class, breakdown key) — one scan, no
 * per-dwelling subquery, and of the columns of dwellings_trajectory_idx only, so that it can read
 * the index alone — from which the figures, the territories present and the dwellings without a
 * DPE all come; the demonstration flag is a probe of dwellings_demo_idx; only the dwellings that
 * operations touch are looked at one by one (their latest treatment before each deadline).
 */
export async function trajectoryData(
  db: Q,
  v: { organisationId: string; calendarId: string; asOf: string; by: TrajectoryDimension | null },
): Promise<TrajectoryData> {
  const key = v.by ? sql.ref(dimensionColumn[v.by]) : sql`null::text`;
  const groups = v.by ? sql`grouping sets ((deadline), (deadline, key))` : sql`deadline`;
  const isTotal = v.by ? sql`grouping(key) = 1` : sql`true`;
  const result = await sql<TrajectoryData>`
    with deadlines as (
      select territory, banned_class, effective_from from letting_ban_deadlines where calendar_id = ${v.calendarId}
    ),
    banned_from as (
      select dl.territory, c.class, min(dl.effective_from) as banned_from
      from deadlines dl
      join (values ('A'), ('B'), ('C'), ('D'), ('E'), ('F'), ('G')) as c(class) on c.class collate "C" >= dl.banned_class collate "C"
      group by dl.territory, c.class
    ),
    stock as materialized (
      select s.territory, s.effective_class, ${key} as key, count(*)::int as n
      from dwellings s
      where s.organisation_id = ${v.organisationId} and (s.retired_on is null or s.retired_on > ${v.asOf}::date)
      group by 1, 2, 3
    ),
    treatments as (${treatmentsSource(v.organisationId, v.asOf)}),
    counted as materialized (${countedSource(v.organisationId, v.asOf)}),
    treated as (
      select s.id, s.territory, s.effective_class, ${key} as key
      from dwellings s
      where s.organisation_id = ${v.organisationId} and s.effective_class is not null
        and (s.retired_on is null or s.retired_on > ${v.asOf}::date)
        and s.id in (select dwelling_id from treatments)
    ),
    dates as (
      select distinct effective_from as deadline from deadlines
      where territory in (select territory from stock) or not exists (select 1 from stock)
    ),
    figures as (
      -- every deadline appears, even with nothing banned
      select dt.deadline, null::text as key, null::text as territory, null::text as class,
        0 as banned, 0 as delivered, 0 as planned
      from dates dt
      union all
      select dt.deadline, st.key, st.territory, st.effective_class, st.n, 0, 0
      from dates dt
      join stock st on true
      join banned_from bf on bf.territory = st.territory and bf.class = st.effective_class and bf.banned_from <= dt.deadline
      union all
      -- each treated dwelling's latest treatment before each deadline: one hash join on the
      -- dwelling and a sort, not a scan of every treatment per (dwelling, deadline)
      select t.deadline, t.key, t.territory, t.effective_class, 0, (t.delivered)::int, (not t.delivered)::int
      from (
        select distinct on (tr.id, dt.deadline) dt.deadline, tr.territory, tr.effective_class, tr.key, x.delivered, x.target_class
        from dates dt
        join treated tr on true
        join banned_from bf on bf.territory = tr.territory and bf.class = tr.effective_class and bf.banned_from <= dt.deadline
        join treatments x on x.dwelling_id = tr.id and x.delivery_date < dt.deadline
        order by tr.id, dt.deadline, x.delivery_date desc
      ) t
      where not exists (
        select 1 from deadlines dl
        where dl.territory = t.territory and dl.effective_from <= t.deadline and t.target_class collate "C" >= dl.banned_class collate "C"
      )
    ),
    totals as (
      select to_char(deadline, 'YYYY-MM-DD') as date, ${v.by ? sql`key` : sql`null::text`} as key, ${isTotal} as is_total,
        sum(banned)::int as banned, sum(delivered)::int as delivered, sum(planned)::int as planned
      from figures
      group by ${groups}
    ),
    -- what counted dwellings may still bring out of the ban, for the classes they name only
    free as (
      select to_char(deadline, 'YYYY-MM-DD') as date, key, territory, class, sum(banned - delivered - planned)::int as free
      from figures
      where class in (select class_before from counted)
      group by deadline, key, territory, class
      having sum(banned - delivered - planned) > 0
    )
    select
      (select coalesce(json_agg(t order by t.date, t.is_total desc, t.key), '[]') from totals t) as rows,
      (select coalesce(json_agg(p order by p.territory), '[]') from (
        select territory, sum(n)::int as n, coalesce(sum(n) filter (where effective_class is null), 0)::int as without_dpe
        from stock group by territory
      ) p) as territories,
      (select coalesce(json_agg(f order by f.date, f.key, f.territory, f.class), '[]') from free f) as free,
      (select coalesce(json_agg(json_build_object(
        'operation_id', c.operation_id, 'commune_code', c.commune_code, 'class_before', c.class_before,
        'target_class', c.target_class, 'delivery_date', to_char(c.delivery_date, 'YYYY-MM-DD'),
        'delivered', c.delivered, 'remaining', c.remaining) order by c.operation_id, c.class_before), '[]') from counted c) as counted,
      exists (select 1 from dwellings where organisation_id = ${v.organisationId} and is_demo) as "isDemo"`.execute(db);
  return result.rows[0]!;
}

/** The key of a trajectory in the cache: a calendar version never changes once written. */
export const trajectoryKey = (calendarId: string, asOf: string, by: TrajectoryDimension | null) =>
  `${calendarId}|${asOf}|${by ?? ''}`;

export interface TrajectoryContext {
  /** The landlord and who may see its stock; null when there is no such landlord. */
  landlord: { id: string; partner_ids: string[] } | null;
  /** The calendar version in force on `asOf`; null before the first one. */
  calendar: { id: string; label: string; inForceFrom: string; deadlines: Deadline[] } | null;
  /** The landlord's stock version, 0 before its first write. */
  version: bigint;
  /** The trajectory stored under that version, if any. */
  data: TrajectoryData | null;
}

/**
 * What a trajectory read needs before any computing, in one indexed query: who may see the
 * landlord's stock, the calendar version in force on `asOf`, the landlord's stock version and the
 * figures stored under it. The version is read from the database on every request, so every
 * instance sharing it agrees on what is current. The caller checks access before using the rest.
 */
export async function trajectoryContext(
  db: Q,
  v: { organisationId: string; asOf: string; by: TrajectoryDimension | null },
): Promise<TrajectoryContext> {
  const { rows } = await sql<{
    landlord_id: string | null;
    partner_ids: string[] | null;
    id: string | null;
    label: string;
    in_force_from: string;
    deadlines: Deadline[] | null;
    version: bigint;
    payload: TrajectoryData | null;
  }>`
    with landlord as (
      ${landlordAccessSql(v.organisationId)}
    ),
    calendar as (
      select id, label, in_force_from from letting_ban_calendars where in_force_from <= ${v.asOf}::date order by in_force_from desc limit 1
    )
    select l.id as landlord_id, l.partner_ids, cal.id, cal.label, cal.in_force_from,
      (select json_agg(json_build_object('territory', d.territory, 'bannedClass', d.banned_class, 'effectiveFrom', d.effective_from) order by d.effective_from, d.territory)
        from letting_ban_deadlines d where d.calendar_id = cal.id) as deadlines,
      sv.version, c.payload
    from (select coalesce(sum(weight), 0)::int8 as version from stock_changes where organisation_id = ${v.organisationId}) sv
    left join landlord l on true
    left join calendar cal on true
    left join trajectory_cache c on c.organisation_id = ${v.organisationId}
      and c.key = cal.id::text || ${trajectoryKey('', v.asOf, v.by)}::text and c.stock_version = sv.version`.execute(
    db,
  );
  const row = rows[0]!;
  return {
    landlord: row.landlord_id ? { id: row.landlord_id, partner_ids: row.partner_ids ?? [] } : null,
    calendar: row.id
      ? { id: row.id, label: row.label, inForceFrom: row.in_force_from, deadlines: row.deadlines ?? [] }
      : null,
    version: row.version,
    data: row.payload,
  };
}

/**
 * Stores a trajectory computed after reading stock version `version`: it is at least that recent,
 * so it may answer for that version. An entry stored for a later version is never overwritten,
 * and the landlord's entries for earlier versions, which can no longer be read, are dropped.
 */
export async function storeTrajectory(
  db: Q,
  organisationId: string,
  key: string,
  version: bigint,
  data: TrajectoryData,
): Promise<void> {
  await sql`
    with stale as (delete from trajectory_cache where organisation_id = ${organisationId} and stock_version < ${version} and key <> ${key})
    insert into trajectory_cache (organisation_id, key, stock_version, payload, computed_at)
    values (${organisationId}, ${key}, ${version}, ${JSON.stringify(data)}::jsonb, now())
    on conflict (organisation_id, key) do update set stock_version = excluded.stock_version, payload = excluded.payload, computed_at = excluded.computed_at
    where trajectory_cache.stock_version < excluded.stock_version`.execute(db);
  await compactStockChanges(db, organisationId);
}

/**
 * Folds a landlord's change rows into one of the same total weight, so its version (their sum)
 * stays a probe of a row or two. The sum, hence the version, does not move: the rows it deletes
 * and the row it adds commit together, and rows appended meanwhile are left for the next time.
 */
export async function compactStockChanges(db: Q, organisationId: string): Promise<void> {
  await sql`
    with folded as (
      delete from stock_changes
      where organisation_id = ${organisationId} and (select count(*) from stock_changes where organisation_id = ${organisationId}) > 1
      returning weight
    )
    insert into stock_changes (organisation_id, weight) select ${organisationId}, sum(weight) from folded having count(*) > 0`.execute(
    db,
  );
}
