import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Issues #21 and #19 (the stock):
 * - a dwelling may be retired from the stock (sold, demolished, merged into another) on a date:
 *   from that date on it leaves the trajectory; seen as of an earlier date it still counts. The
 *   trajectory index carries the retirement date so that the trajectory still reads the index alone;
 * - the trajectories and dashboards stored before counted dwellings took part in them are dropped
 *   (derived data, recomputed on the next read; the dashboard's deadlines now carry the counted part).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table dwellings add column retired_on date;
    alter table dwellings add column retirement_reason text check (retirement_reason in ('sale', 'demolition', 'merge'));
    alter table dwellings add constraint dwellings_retirement_check check ((retired_on is null) = (retirement_reason is null));
    drop index dwellings_trajectory_idx;
    create index dwellings_trajectory_idx on dwellings(organisation_id, territory, effective_class)
      include (commune_code, epci_code, qpv_code, construction_type, retired_on);
    delete from trajectory_cache;
    delete from dashboard_cache;`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `drop index dwellings_trajectory_idx;
    create index dwellings_trajectory_idx on dwellings(organisation_id, territory, effective_class)
      include (commune_code, epci_code, qpv_code, construction_type);
    alter table dwellings drop constraint dwellings_retirement_check;
    alter table dwellings drop column retirement_reason;
    alter table dwellings drop column retired_on;
    delete from trajectory_cache;`,
  );
}
