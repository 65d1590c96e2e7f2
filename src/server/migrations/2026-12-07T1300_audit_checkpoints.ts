import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Issue #17 (4): checkpoints anchor the audit chain. Each row is the chain's head at a moment
 * (how many events, the last one's hash) signed with an Ed25519 key kept outside the database (a
 * file of the data directory, or AUDIT_SIGNING_KEY): whoever rewrites events and recomputes the
 * later hashes cannot sign a new checkpoint, so the old one no longer matches.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `create table audit_checkpoints (
      id bigint generated always as identity primary key,
      event_count bigint not null check (event_count >= 0),
      last_hash text not null,
      signed_at timestamptz not null,
      public_key text not null,
      signature text not null
    );
    create index audit_checkpoints_count_idx on audit_checkpoints(event_count);`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(db, `drop table audit_checkpoints;`);
}
