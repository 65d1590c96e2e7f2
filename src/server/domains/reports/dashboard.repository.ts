import { sql, type Kysely, type Transaction } from 'kysely';
import type { DashboardView } from '../../../contracts/reports';
import {
  conventionHeaderJson,
  conventionLandlordSql,
  conventionPartiesJson,
} from '../../kernel/convention-scope.queries';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/** Whose dashboard and when: the cache answers the same viewer, on the same day, from the same data. */
export interface DashboardKey {
  conventionId: string;
  viewer: string;
  today: string;
}

export interface DashboardContext {
  /** The convention, null when there is none. */
  convention: { id: string; title: string; period_start: string; period_end: string } | null;
  /** Its parties, for the access check. */
  parties: { organisationId: string; partyRole: 'department' | 'landlord' | 'controller' }[];
  landlordId: string | null;
  dataVersion: bigint;
  stockVersion: bigint;
  /** The dashboard stored under those versions for this viewer and day, if any. */
  view: DashboardView | null;
}

/**
 * What a dashboard read needs before any computing, in one query: the convention and its parties
 * (who may read it), the versions of what the dashboard reads — every change but the stock's, and
 * the landlord's stock (migration 2026-11-30T0900_read_caches) — and the dashboard stored under
 * them. The versions are read from the database on every request, so every instance sharing it
 * agrees on what is current. The caller checks access before using the rest.
 */
export async function dashboardContext(db: Q, k: DashboardKey): Promise<DashboardContext> {
  const { rows } = await sql<{
    convention: DashboardContext['convention'];
    parties: DashboardContext['parties'];
    landlord_id: string | null;
    data_version: bigint;
    stock_version: bigint;
    payload: DashboardView | null;
  }>`
    with landlord as (
      ${conventionLandlordSql(k.conventionId)}
    )
    select
      ${conventionHeaderJson(k.conventionId)} as convention,
      ${conventionPartiesJson(k.conventionId)} as parties,
      (select organisation_id from landlord) as landlord_id,
      dv.version as data_version, sv.version as stock_version, c.payload
    from (select coalesce(sum(weight), 0)::int8 as version from data_changes) dv
    cross join (select coalesce(sum(weight), 0)::int8 as version from stock_changes where organisation_id = (select organisation_id from landlord)) sv
    left join dashboard_cache c on c.convention_id = ${k.conventionId} and c.viewer = ${k.viewer} and c.today = ${k.today}::date
      and c.data_version = dv.version and c.stock_version = sv.version`.execute(db);
  const row = rows[0]!;
  return {
    convention: row.convention,
    parties: row.parties,
    landlordId: row.landlord_id,
    dataVersion: row.data_version,
    stockVersion: row.stock_version,
    view: row.payload,
  };
}

/**
 * Stores a dashboard computed after reading versions (dataVersion, stockVersion): it is at least
 * that recent, so it may answer for them; one computed from later data is not overwritten. Then
 * folds the change rows into one of the same total weight, so the version stays cheap to read.
 */
export async function storeDashboard(
  db: Q,
  k: DashboardKey,
  versions: { dataVersion: bigint; stockVersion: bigint },
  view: DashboardView,
): Promise<void> {
  await sql`
    insert into dashboard_cache (convention_id, viewer, today, data_version, stock_version, payload, computed_at)
    values (${k.conventionId}, ${k.viewer}, ${k.today}::date, ${versions.dataVersion}, ${versions.stockVersion}, ${JSON.stringify(view)}::jsonb, now())
    on conflict (convention_id, viewer) do update
      set today = excluded.today, data_version = excluded.data_version, stock_version = excluded.stock_version, payload = excluded.payload, computed_at = excluded.computed_at
      where dashboard_cache.data_version <= excluded.data_version and dashboard_cache.stock_version <= excluded.stock_version`.execute(
    db,
  );
  await sql`
    with folded as (delete from data_changes where (select count(*) from data_changes) > 1 returning weight)
    insert into data_changes (weight) select sum(weight) from folded having count(*) > 0`.execute(db);
}
