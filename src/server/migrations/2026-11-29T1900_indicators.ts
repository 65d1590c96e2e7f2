import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Indicators of a convention, attached to an objective (and an axis when the text is that precise):
 * what is measured, by whom, yearly targets, and the values per period. Values are appended, never
 * overwritten: the latest entry for a period is its value, the earlier ones its history. Computed
 * indicators (`computation` set) get their values from Copil's own data at read time; only entered
 * ones have rows in indicator_values.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table indicators (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      objective_id uuid not null references objectives(id) on delete cascade,
      axis_id uuid references axes(id) on delete set null,
      code text not null,
      label text not null,
      unit text not null,
      direction text not null check (direction in ('higher', 'lower')),
      frequency text not null check (frequency in ('yearly', 'half_yearly')),
      responsible_party text not null check (responsible_party in ('department', 'landlord')),
      responsible_service text,
      measurement text not null,
      computation text check (computation in ('renovated_dwellings', 'banned_dwellings', 'adaptations_delivered', 'maintenance_dwellings', 'subsidies_paid')),
      position integer not null,
      created_at timestamptz not null,
      unique (convention_id, code)
    );
    create index indicators_objective_idx on indicators(objective_id);

    create table indicator_targets (
      indicator_id uuid not null references indicators(id) on delete cascade,
      year integer not null,
      target numeric not null,
      comment text,
      primary key (indicator_id, year)
    );

    create table indicator_values (
      id uuid primary key default gen_random_uuid(),
      indicator_id uuid not null references indicators(id) on delete cascade,
      period text not null check (period ~ '^[0-9]{4}(-S[12])?$'),
      year integer not null,
      value numeric not null,
      comment text,
      source text,
      evidence_document_id uuid references documents(id),
      entered_by uuid references users(id),
      entered_by_label text not null,
      entered_at timestamptz not null
    );
    create index indicator_values_indicator_idx on indicator_values(indicator_id, period, entered_at desc);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(db, 'drop table indicator_values; drop table indicator_targets; drop table indicators;');
}
