import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/** Foundation: organisations, accounts and sessions, the audit trail, the convention header. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(trim(name)) > 0),
      kind text not null check (kind in ('department', 'landlord', 'control_body')),
      siret char(14) not null unique check (siret ~ '^[0-9]{14}$'),
      address text,
      created_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null unique check (email = lower(email)),
      display_name text not null,
      organisation_id uuid references organisations(id),
      roles text[] not null check (cardinality(roles) > 0),
      password_hash text not null,
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      disabled_at timestamptz,
      created_at timestamptz not null default now()
    );

    create table sessions (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user_idx on sessions(user_id);

    create table login_throttle (
      key text primary key,
      attempts integer not null,
      window_started_at timestamptz not null
    );

    create table audit_events (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null,
      actor_user_id uuid references users(id),
      actor_label text not null,
      entity_type text not null,
      entity_id text not null,
      action text not null,
      before jsonb,
      after jsonb,
      prev_hash text not null,
      hash text not null unique
    );
    create index audit_events_entity_idx on audit_events(entity_type, entity_id);
    create index audit_events_occurred_idx on audit_events(occurred_at);

    -- One row: the head of the hash chain. Writers lock it (update … returning) so events chain
    -- in one order even with several server instances.
    create table audit_chain_head (
      id integer primary key check (id = 1),
      last_hash text not null,
      event_count bigint not null
    );
    insert into audit_chain_head (id, last_hash, event_count) values (1, repeat('0', 64), 0);

    create table conventions (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      period_start date not null,
      period_end date not null,
      signature_place text,
      signature_date date,
      jurisdiction text not null,
      terminated_on date,
      created_at timestamptz not null default now(),
      check (period_end > period_start)
    );

    create table convention_parties (
      convention_id uuid not null references conventions(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      party_role text not null check (party_role in ('department', 'landlord', 'controller')),
      designation text,
      representation text,
      position integer not null,
      primary key (convention_id, organisation_id)
    );
    create index convention_parties_org_idx on convention_parties(organisation_id);

    create table convention_signatories (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      full_name text not null,
      title text not null,
      position integer not null
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `drop table convention_signatories;
    drop table convention_parties;
    drop table conventions;
    drop table audit_chain_head;
    drop table audit_events;
    drop table login_throttle;
    drop table sessions;
    drop table users;
    drop table organisations;`,
  );
}
