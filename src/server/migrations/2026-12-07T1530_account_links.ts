import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Issue #22 (3), accounts upkeep. An account may exist before its password: the administrator
 * invites a person, who chooses it through an e-mailed link (password_hash null until then).
 * `account_links` are those single-use links (invitation, forgotten password): only the SHA-256 of
 * the token is kept, with its expiry, when it was used, and when a newer link replaced it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table users alter column password_hash drop not null;
    create table account_links (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      purpose text not null check (purpose in ('invitation', 'reset')),
      token_hash text not null unique,
      created_at timestamptz not null,
      expires_at timestamptz not null check (expires_at > created_at),
      used_at timestamptz,
      revoked_at timestamptz
    );
    create index account_links_user_idx on account_links(user_id, created_at desc);`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `drop table account_links;
    update users set password_hash = 'unusable' where password_hash is null;
    alter table users alter column password_hash set not null;`,
  );
}
