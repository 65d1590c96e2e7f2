import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Housing: the legal letting-ban calendar (dated versions of deadlines per territory), a
 * landlord's stock (buildings, dwellings, establishments) and its imports (the import record with
 * its progress and counts, the first errors, and a staging table the merge reads from).
 *
 * The calendar's first version is legal reference data, present whatever the seed mode: mainland
 * G banned from 2025, F from 2028, E from 2034; overseas (minimum class F from 2028, E from 2031,
 * i.e.) G banned from 2028, F from 2031.
 *
 * DPE classes are single letters A (best) to G (worst), compared in the "C" collation so that a
 * greater letter is a worse class whatever the database's locale. A dwelling's effective class is
 * generated: the worse of its energy and GHG classes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table letting_ban_calendars (
      id uuid primary key default gen_random_uuid(),
      label text not null,
      legal_reference text not null,
      in_force_from date not null unique,
      created_by uuid references users(id),
      created_at timestamptz not null
    );

    create table letting_ban_deadlines (
      calendar_id uuid not null references letting_ban_calendars(id) on delete cascade,
      territory text not null check (territory in ('mainland', 'overseas')),
      banned_class text not null check (banned_class in ('B', 'C', 'D', 'E', 'F', 'G')),
      effective_from date not null,
      primary key (calendar_id, territory, banned_class)
    );

    create table stock_imports (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      filename text not null,
      format text not null check (format in ('csv', 'xlsx')),
      sha256 text,
      size_bytes bigint,
      bytes_read bigint not null default 0,
      bytes_expected bigint,
      shape text check (shape in ('rpls_recent', 'rpls_legacy', 'rpls_red', 'template')),
      encoding text,
      mode text not null check (mode in ('all_or_nothing', 'valid_rows_only')),
      status text not null check (status in ('running', 'completed', 'rejected', 'failed')),
      rows_read integer not null default 0,
      rows_valid integer not null default 0,
      rows_invalid integer not null default 0,
      error_count integer not null default 0,
      created_count integer,
      updated_count integer,
      unchanged_count integer,
      missing_count integer,
      demo_replaced_count integer,
      missing_sample jsonb not null default '[]',
      ignored_columns jsonb not null default '[]',
      failure_message text,
      created_by uuid references users(id),
      created_at timestamptz not null,
      finished_at timestamptz
    );
    create index stock_imports_organisation_idx on stock_imports(organisation_id, created_at desc);

    create table import_errors (
      import_id uuid not null references stock_imports(id) on delete cascade,
      position integer not null,
      line_number integer,
      column_name text,
      value text,
      message text not null,
      primary key (import_id, position)
    );

    create table buildings (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      code text not null,
      name text,
      commune_code text,
      is_demo boolean not null default false,
      created_at timestamptz not null,
      unique (organisation_id, code)
    );

    create table dwellings (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      dwelling_key text not null,
      ident_rep text,
      ident_int text,
      dpe_reference text,
      building_id uuid references buildings(id) on delete set null,
      address text,
      commune_code text not null,
      epci_code text,
      territory text not null check (territory in ('mainland', 'overseas')),
      qpv_code text,
      construction_type text not null check (construction_type in ('collective', 'individual', 'student')),
      rooms smallint check (rooms between 1 and 30),
      surface numeric(7, 2) check (surface > 0),
      construction_year smallint,
      financing text,
      dpe_date date,
      energy_class text check (energy_class in ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
      ghg_class text check (ghg_class in ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
      effective_class text generated always as (greatest(energy_class collate "C", ghg_class collate "C")) stored,
      is_demo boolean not null default false,
      import_id uuid references stock_imports(id) on delete set null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (organisation_id, dwelling_key),
      check (dwelling_key = case when ident_rep is not null then 'R:' || ident_rep else 'I:' || ident_int end)
    );
    create unique index dwellings_ident_rep_idx on dwellings(organisation_id, ident_rep) where ident_rep is not null;
    create index dwellings_trajectory_idx on dwellings(organisation_id, territory, effective_class)
      include (commune_code, epci_code, qpv_code, construction_type);
    create index dwellings_building_idx on dwellings(building_id);

    create table stock_import_rows (
      import_id uuid not null references stock_imports(id) on delete cascade,
      line_number integer not null,
      dwelling_key text not null,
      ident_rep text,
      ident_int text,
      dpe_reference text,
      building_code text,
      building_name text,
      address text,
      commune_code text not null,
      epci_code text,
      territory text not null,
      qpv_code text,
      construction_type text not null,
      rooms smallint,
      surface numeric(7, 2),
      construction_year smallint,
      financing text,
      dpe_date date,
      energy_class text,
      ghg_class text,
      primary key (import_id, dwelling_key)
    );

    create table establishments (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      kind text not null check (kind in ('autonomy_residence', 'life_home', 'accommodation_home', 'beguinage')),
      name text not null,
      commune_code text not null,
      beds integer check (beds >= 0),
      dwelling_count integer check (dwelling_count >= 0),
      manager_name text,
      is_demo boolean not null default false,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (beds is not null or dwelling_count is not null)
    );
    create index establishments_organisation_idx on establishments(organisation_id);

    insert into letting_ban_calendars (label, legal_reference, in_force_from, created_at) values (
      'Loi Climat et résilience',
      'Loi n° 2021-1104 du 22 août 2021, art. 160 (article 6 de la loi n° 89-462 du 6 juillet 1989) ; décret n° 2023-796 du 18 août 2023 (article 3 bis du décret n° 2002-120 du 30 janvier 2002)',
      '2021-08-25',
      now()
    );

    insert into letting_ban_deadlines (calendar_id, territory, banned_class, effective_from)
    select c.id, d.territory, d.banned_class, d.effective_from::date
    from letting_ban_calendars c,
      (values ('mainland', 'G', '2025-01-01'), ('mainland', 'F', '2028-01-01'), ('mainland', 'E', '2034-01-01'),
              ('overseas', 'G', '2028-01-01'), ('overseas', 'F', '2031-01-01')) as d(territory, banned_class, effective_from)
    where c.in_force_from = '2021-08-25';
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `drop table establishments;
    drop table stock_import_rows;
    drop table dwellings;
    drop table buildings;
    drop table import_errors;
    drop table stock_imports;
    drop table letting_ban_deadlines;
    drop table letting_ban_calendars;`,
  );
}
