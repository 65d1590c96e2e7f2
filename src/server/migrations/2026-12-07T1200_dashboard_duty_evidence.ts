import { sql, type Kysely } from 'kysely';

/**
 * The dashboard's late duties and meetings due are now the obligations' live statuses
 * (obligations.queries), read from the evidence other domains hold: the November volume forecasts
 * join the tables whose changes make the stored dashboard stale (2026-11-30T0900_read_caches).
 */
export const DASHBOARD_EVIDENCE_TABLES = ['volume_forecasts'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of DASHBOARD_EVIDENCE_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_data_changes after insert or update or delete or truncate on ${table} for each statement execute function count_data_changes()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of DASHBOARD_EVIDENCE_TABLES)
    await sql.raw(`drop trigger ${table}_data_changes on ${table}`).execute(db);
}
