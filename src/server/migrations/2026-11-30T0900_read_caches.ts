import { sql, type Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Read caches for the two pages everyone opens: the trajectory of a landlord's stock and the home
 * dashboard of a convention (housing/trajectory.service.ts, reports/dashboard.service.ts).
 *
 * A cached result is stored with the version of the data it was computed from, and served only
 * while that version is current. A version is a count of committed changes: every statement that
 * writes what a cache reads appends a row of weight 1 (triggers, so no write path — API, import,
 * seed, restore, plain SQL — can forget it), and the version is the sum of the weights. A sum grows
 * exactly when a writing transaction commits, and every instance sharing the database reads the
 * same sum: no stale figures after a commit, none served by another instance. Writers only append,
 * so they never wait for each other on a version (an updated counter row would make every writer
 * wait for the previous one's commit, and could deadlock with their other row locks). Readers
 * fold the rows back into one of the same total weight (compaction), so the sum stays cheap.
 *
 * - `stock_changes`: per landlord, the writes to its dwellings and operations (their dwellings,
 *   counts by class and phases). The trajectory depends on nothing else but the legal calendar,
 *   whose versions never change once written (a new one has a new id, part of the cache key).
 *   These triggers run once per statement and read its rows from transition tables: an import of a
 *   million dwellings costs one pass over them, not a million trigger calls.
 * - `data_changes`: one count for everything else the dashboard reads (finance, indicators,
 *   progress tables, obligations, governance, the convention and its parties, the calendar). Its
 *   writes are few and small; the dashboard also keys on the landlord's stock count.
 *
 * All four tables are derived data: the backup leaves them out (cli/archive.ts), and a restore
 * rebuilds the counts as it loads the rows. No foreign keys: the restore truncates the tables they
 * would point at, and a table it does not restore must not point at them.
 */
const STOCK_TABLES = [
  'dwellings',
  'operations',
  'operation_dwellings',
  'operation_class_counts',
  'operation_phases',
] as const;

/** Every table the dashboard reads besides the stock's (checked by reports/dashboard-cache.db.test.ts). */
export const DASHBOARD_TABLES = [
  'organisations',
  'conventions',
  'convention_parties',
  'envelopes',
  'envelope_revisions',
  'allocations',
  'funding_agreements',
  'payment_requests',
  'payments',
  'reimbursements',
  'objectives',
  'axes',
  'indicators',
  'indicator_targets',
  'indicator_values',
  'documents',
  'progress_tables',
  'duties',
  'duty_instances',
  'governance_bodies',
  'governance_sessions',
  'letting_ban_calendars',
  'letting_ban_deadlines',
] as const;

const stockFunction = `
  create function count_stock_changes() returns trigger language plpgsql as $$
  begin
    -- The landlords whose stock or operations the statement wrote: the operation's landlord for an
    -- operation's dwellings, counts and phases.
    if tg_table_name in ('dwellings', 'operations') then
      if tg_op = 'INSERT' then
        insert into stock_changes (organisation_id, weight) select distinct organisation_id, 1 from new_rows;
      elsif tg_op = 'DELETE' then
        insert into stock_changes (organisation_id, weight) select distinct organisation_id, 1 from old_rows;
      else
        insert into stock_changes (organisation_id, weight)
        select organisation_id, 1 from (select organisation_id from new_rows union select organisation_id from old_rows) c;
      end if;
    else
      if tg_op = 'INSERT' then
        insert into stock_changes (organisation_id, weight)
        select distinct o.organisation_id, 1 from operations o where o.id in (select operation_id from new_rows);
      elsif tg_op = 'DELETE' then
        insert into stock_changes (organisation_id, weight)
        select distinct o.organisation_id, 1 from operations o where o.id in (select operation_id from old_rows);
      else
        insert into stock_changes (organisation_id, weight)
        select distinct o.organisation_id, 1 from operations o where o.id in (select operation_id from new_rows union select operation_id from old_rows);
      end if;
    end if;
    return null;
  end
  $$`;

/** A truncate names no rows: every landlord's stock counts as changed. */
const stockTruncateFunction = `
  create function count_all_stock_changes() returns trigger language plpgsql as $$
  begin
    insert into stock_changes (organisation_id, weight) select id, 1 from organisations;
    return null;
  end
  $$`;

const dataFunction = `
  create function count_data_changes() returns trigger language plpgsql as $$
  begin
    insert into data_changes (weight) values (1);
    return null;
  end
  $$`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table stock_changes (
      organisation_id uuid not null,
      weight bigint not null check (weight > 0)
    );
    create index stock_changes_organisation_idx on stock_changes(organisation_id);

    create table data_changes (
      weight bigint not null check (weight > 0)
    );

    create table trajectory_cache (
      organisation_id uuid not null,
      key text not null,
      stock_version bigint not null,
      payload jsonb not null,
      computed_at timestamptz not null,
      primary key (organisation_id, key)
    );

    create table dashboard_cache (
      convention_id uuid not null,
      viewer text not null,
      today date not null,
      data_version bigint not null,
      stock_version bigint not null,
      payload jsonb not null,
      computed_at timestamptz not null,
      primary key (convention_id, viewer)
    );

    -- "Is this still the demonstration stock?" is asked on every page of the stock: a probe of the
    -- few demonstration rows, not a scan of a real stock that has none.
    create index dwellings_demo_idx on dwellings(organisation_id) where is_demo;
    `,
  );
  // Function bodies hold semicolons at line ends: one statement each, not through execScript.
  for (const body of [stockFunction, stockTruncateFunction, dataFunction]) await sql.raw(body).execute(db);
  for (const table of STOCK_TABLES) {
    // One trigger per event: PostgreSQL gives transition tables to single-event triggers only.
    await sql
      .raw(
        `create trigger ${table}_stock_ins after insert on ${table} referencing new table as new_rows for each statement execute function count_stock_changes()`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_stock_upd after update on ${table} referencing old table as old_rows new table as new_rows for each statement execute function count_stock_changes()`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_stock_del after delete on ${table} referencing old table as old_rows for each statement execute function count_stock_changes()`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_stock_trunc after truncate on ${table} for each statement execute function count_all_stock_changes()`,
      )
      .execute(db);
  }
  for (const table of DASHBOARD_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_data_changes after insert or update or delete or truncate on ${table} for each statement execute function count_data_changes()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of STOCK_TABLES) {
    for (const suffix of ['ins', 'upd', 'del', 'trunc'])
      await sql.raw(`drop trigger ${table}_stock_${suffix} on ${table}`).execute(db);
  }
  for (const table of DASHBOARD_TABLES) await sql.raw(`drop trigger ${table}_data_changes on ${table}`).execute(db);
  await execScript(
    db,
    `drop index dwellings_demo_idx;
    drop function count_data_changes();
    drop function count_all_stock_changes();
    drop function count_stock_changes();
    drop table dashboard_cache;
    drop table trajectory_cache;
    drop table data_changes;
    drop table stock_changes;`,
  );
}
