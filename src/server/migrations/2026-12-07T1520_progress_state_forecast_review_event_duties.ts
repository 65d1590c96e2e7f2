import { sql, type Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Issue #19: the convention's remaining duties.
 * - An operation keeps its spending to date and the half-year it was stated for (the accepted
 *   progress table writes it back, and the next table starts from it).
 * - The November forecast is accepted or returned (with a reason) by the Département.
 * - Article 6's per-event duties prove themselves: the invitation duty by an invitation submitted
 *   for the event, the proof duty by a proof transmitted for it (communication-duties.rules).
 */
/** The dashboard's duty statuses now read the communication events' evidence: their changes count. */
export const COMMUNICATION_DASHBOARD_TABLES = [
  'communication_events',
  'invitation_versions',
  'publicity_proofs',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of COMMUNICATION_DASHBOARD_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_data_changes after insert or update or delete or truncate on ${table} for each statement execute function count_data_changes()`,
      )
      .execute(db);
  }
  await execScript(
    db,
    `alter table operations
      add column spent_cents bigint check (spent_cents >= 0),
      add column spent_on date;
    alter table volume_forecasts drop constraint volume_forecasts_status_check;
    alter table volume_forecasts
      add constraint volume_forecasts_status_check check (status in ('draft', 'submitted', 'returned', 'accepted')),
      add column reviewed_at timestamptz,
      add column reviewed_by uuid references users(id),
      add column review_comment text;
    alter table duties drop constraint duties_evidence_kind_check;
    alter table duties add constraint duties_evidence_kind_check check (evidence_kind in ('manual', 'volume_forecast',
      'allocation', 'funding_agreements', 'copil_meeting', 'cotech_meeting', 'progress_table', 'invitation', 'publicity_proof'));
    update duties set evidence_kind = 'invitation' where code = 'INVITATIONS' and evidence_kind = 'manual';
    update duties set evidence_kind = 'publicity_proof' where code = 'PUBLICITY_PROOFS' and evidence_kind = 'manual';`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of COMMUNICATION_DASHBOARD_TABLES)
    await sql.raw(`drop trigger ${table}_data_changes on ${table}`).execute(db);
  await execScript(
    db,
    `update duties set evidence_kind = 'manual' where evidence_kind in ('invitation', 'publicity_proof');
    alter table duties drop constraint duties_evidence_kind_check;
    alter table duties add constraint duties_evidence_kind_check check (evidence_kind in ('manual', 'volume_forecast',
      'allocation', 'funding_agreements', 'copil_meeting', 'cotech_meeting', 'progress_table'));
    alter table volume_forecasts
      drop column review_comment, drop column reviewed_by, drop column reviewed_at,
      drop constraint volume_forecasts_status_check;
    update volume_forecasts set status = 'submitted' where status in ('returned', 'accepted');
    alter table volume_forecasts add constraint volume_forecasts_status_check check (status in ('draft', 'submitted'));
    alter table operations drop column spent_on, drop column spent_cents;`,
  );
}
