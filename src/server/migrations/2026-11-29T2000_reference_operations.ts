import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * What the previous convention's operations and the forecast baseline need (issue 6, point 5):
 * - an operation may cover the landlord's whole stock (no commune), as the 2021–2023 programmes
 *   did (400 vacant dwellings across the department);
 * - it may count dwellings whose class is not known (`unclassified_dwellings`): they count in the
 *   operation's size but cannot move the trajectory, which works by class;
 * - reference operations are loaded at first start, before any user exists (`created_by` null,
 *   the audit trail names the system);
 * - the convention's forecast baseline: the yearly volumes the convention announces (maintenance
 *   of about 2,500 dwellings for 20 to 25 M€, 250 to 300 adaptations), a range per measure.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table operations alter column commune_code drop not null;
    alter table operations alter column created_by drop not null;
    alter table operations add column unclassified_dwellings integer not null default 0 check (unclassified_dwellings >= 0);

    create table forecast_baselines (
      convention_id uuid not null references conventions(id) on delete cascade,
      measure text not null check (measure in ('maintenance_dwellings', 'maintenance_spending', 'adaptations')),
      low_value bigint not null check (low_value >= 0),
      high_value bigint not null,
      source text not null,
      primary key (convention_id, measure),
      check (high_value >= low_value)
    );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    drop table forecast_baselines;
    alter table operations drop column unclassified_dwellings;
    `,
  );
}
