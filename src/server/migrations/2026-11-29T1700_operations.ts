import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Operations: the works of a convention's landlord (renovations, maintenance, vacant units,
 * adaptations, establishments, demolition-reconstruction) with their dwellings (picked from the
 * stock, or counted by class when not identified), phases with planned and actual dates, costs
 * and funding plan; the half-year progress tables with their rows, per-operation review comments
 * and the snapshot of every submission; the November volume forecasts.
 *
 * Links to finance: an affectation may name its operation, and a payment request may reference an
 * operation affected to its funding agreement (both nullable, as before this migration).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table operations (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      reference text not null,
      label text not null,
      kind text not null check (kind in ('thermal_renovation', 'maintenance', 'vacant_renovation', 'adaptation', 'establishment_works', 'demolition_reconstruction', 'other')),
      programme text not null check (programme in ('pmt_2022_2024', 'pmt_2025_2030')),
      commune_code text not null,
      residence text,
      status text not null check (status in ('planned', 'in_progress', 'delivered', 'cancelled')),
      percent_complete smallint not null default 0 check (percent_complete between 0 and 100),
      energy_before numeric(7, 1) check (energy_before >= 0),
      energy_after numeric(7, 1) check (energy_after >= 0),
      cost_excl_tax_cents bigint check (cost_excl_tax_cents >= 0),
      cost_incl_tax_cents bigint check (cost_incl_tax_cents >= 0),
      risks text,
      comments text,
      created_by uuid not null references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (convention_id, reference)
    );
    create index operations_convention_idx on operations(convention_id, kind, status);
    create index operations_organisation_idx on operations(organisation_id);

    create table operation_dwellings (
      operation_id uuid not null references operations(id) on delete cascade,
      dwelling_id uuid not null references dwellings(id),
      class_before text check (class_before in ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
      target_class text check (target_class in ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
      primary key (operation_id, dwelling_id)
    );
    create index operation_dwellings_dwelling_idx on operation_dwellings(dwelling_id);

    -- Dwellings not identified yet: a count per current class, with their target class.
    create table operation_class_counts (
      operation_id uuid not null references operations(id) on delete cascade,
      class_before text not null check (class_before in ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
      target_class text check (target_class in ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
      dwelling_count integer not null check (dwelling_count > 0),
      primary key (operation_id, class_before)
    );

    create table operation_phases (
      operation_id uuid not null references operations(id) on delete cascade,
      phase text not null check (phase in ('studies', 'tender', 'start_order', 'works', 'delivery', 'final_account')),
      planned_on date,
      actual_on date,
      primary key (operation_id, phase)
    );

    create table operation_funding_lines (
      id uuid primary key default gen_random_uuid(),
      operation_id uuid not null references operations(id) on delete cascade,
      position integer not null,
      source text not null check (source in ('department', 'eco_loan', 'feder', 'region', 'cee', 'own_funds')),
      amount_cents bigint not null check (amount_cents > 0),
      funding_agreement_id uuid references funding_agreements(id),
      check (source = 'department' or funding_agreement_id is null)
    );
    create index operation_funding_lines_agreement_idx on operation_funding_lines(funding_agreement_id);

    alter table affectations add constraint affectations_operation_fk foreign key (operation_id) references operations(id);
    create index affectations_operation_idx on affectations(operation_id);
    alter table payment_requests add column operation_id uuid references operations(id);

    create table progress_tables (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      period_end date not null check ((extract(month from period_end) = 6 and extract(day from period_end) = 30) or (extract(month from period_end) = 12 and extract(day from period_end) = 31)),
      status text not null check (status in ('open', 'submitted', 'returned', 'accepted')),
      opened_by uuid not null references users(id),
      opened_at timestamptz not null,
      submitted_at timestamptz,
      submitted_by uuid references users(id),
      accepted_at timestamptz,
      reviewed_by uuid references users(id),
      review_comment text,
      updated_at timestamptz not null,
      unique (convention_id, period_end)
    );

    create table progress_table_rows (
      progress_table_id uuid not null references progress_tables(id) on delete cascade,
      operation_id uuid not null references operations(id),
      position integer not null,
      status text not null check (status in ('planned', 'in_progress', 'delivered', 'cancelled')),
      percent_complete smallint not null check (percent_complete between 0 and 100),
      start_actual_on date,
      delivery_actual_on date,
      spent_cents bigint check (spent_cents >= 0),
      office_comment text,
      review_comment text,
      primary key (progress_table_id, operation_id)
    );

    -- What the Département received: the rows as submitted, one snapshot per submission.
    create table progress_table_snapshots (
      id uuid primary key default gen_random_uuid(),
      progress_table_id uuid not null references progress_tables(id) on delete cascade,
      version integer not null,
      submitted_at timestamptz not null,
      submitted_by uuid not null references users(id),
      rows jsonb not null,
      unique (progress_table_id, version)
    );

    create table volume_forecasts (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      year integer not null check (year between 2000 and 2100),
      status text not null check (status in ('draft', 'submitted')),
      renovations_by_class jsonb not null default '{}',
      maintenance_dwellings integer not null default 0 check (maintenance_dwellings >= 0),
      adaptations integer not null default 0 check (adaptations >= 0),
      investment_requested_cents bigint not null default 0 check (investment_requested_cents >= 0),
      operating_requested_cents bigint not null default 0 check (operating_requested_cents >= 0),
      comment text,
      submitted_at timestamptz,
      submitted_by uuid references users(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (convention_id, year)
    );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `drop table volume_forecasts;
    drop table progress_table_snapshots;
    drop table progress_table_rows;
    drop table progress_tables;
    alter table payment_requests drop column operation_id;
    drop index affectations_operation_idx;
    alter table affectations drop constraint affectations_operation_fk;
    drop table operation_funding_lines;
    drop table operation_phases;
    drop table operation_class_counts;
    drop table operation_dwellings;
    drop table operations;`,
  );
}
