import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Obligations: the duties a convention creates (who owes what, under which article, how often,
 * with what evidence and which reminder delays), their dated instances for the convention's whole
 * period (hand-marked completion with a document), the in-app notifications sent about them (one
 * per instance, user and kind: the unique key is what makes a reminder never go out twice), the
 * users' calendar feed tokens (stored hashed), and the platform's PostgreSQL job queue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table duties (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      code text not null,
      party text not null check (party in ('department', 'landlord')),
      title text not null,
      description text not null,
      article_number text not null,
      recurrence text not null check (recurrence in ('yearly_date', 'yearly_quarter', 'half_yearly', 'per_event')),
      due_month int check (due_month between 1 and 12),
      due_day int check (due_day between 1 and 31),
      quarter int check (quarter between 1 and 4),
      year_offset int not null default 0,
      months_after int not null default 0 check (months_after between 0 and 6),
      shift_to_working_day boolean not null default true,
      evidence_kind text not null check (evidence_kind in ('manual', 'volume_forecast', 'allocation', 'funding_agreements', 'copil_meeting', 'cotech_meeting', 'progress_table')),
      evidence_description text not null,
      reminder_days int[] not null default '{30,7}',
      active boolean not null default true,
      created_by uuid references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (convention_id, code),
      check (recurrence <> 'yearly_date' or (due_month is not null and due_day is not null)),
      check (recurrence <> 'yearly_quarter' or quarter is not null)
    );

    create table duty_instances (
      id uuid primary key default gen_random_uuid(),
      duty_id uuid not null references duties(id) on delete cascade,
      period_key text not null,
      period_year int not null,
      period_start date not null,
      period_end date not null,
      nominal_due_on date not null,
      due_on date not null,
      done_on date,
      done_by uuid references users(id),
      done_document_id uuid references documents(id),
      done_note text,
      unique (duty_id, period_key),
      check (due_on >= nominal_due_on)
    );
    create index duty_instances_due_idx on duty_instances(due_on);

    create table notifications (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      duty_instance_id uuid not null references duty_instances(id) on delete cascade,
      kind text not null,
      title text not null,
      body text not null,
      created_at timestamptz not null,
      read_at timestamptz,
      emailed_at timestamptz,
      unique (duty_instance_id, user_id, kind)
    );
    create index notifications_user_idx on notifications(user_id, created_at desc);

    create table calendar_feed_tokens (
      user_id uuid primary key references users(id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null
    );

    -- Article 6: a financed operation's or an event's communication duties.
    create table communication_events (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      operation_id uuid references operations(id),
      kind text not null check (kind in ('first_stone', 'inauguration', 'site_visit', 'works', 'other')),
      title text not null,
      event_on date,
      required_supports text[] not null,
      created_by uuid references users(id),
      created_at timestamptz not null
    );

    -- The invitation workflow: each version submitted by the office, reviewed by the Département.
    create table invitation_versions (
      id uuid primary key default gen_random_uuid(),
      event_id uuid not null references communication_events(id) on delete cascade,
      version int not null,
      document_id uuid not null references documents(id),
      submitted_by uuid references users(id),
      submitted_on date not null,
      decision text check (decision in ('changes_requested', 'validated')),
      decision_comment text,
      decided_by uuid references users(id),
      decided_on date,
      unique (event_id, version)
    );

    create table publicity_proofs (
      id uuid primary key default gen_random_uuid(),
      event_id uuid not null references communication_events(id) on delete cascade,
      kind text not null check (kind in ('visual', 'photo', 'article', 'video_link', 'local_actions')),
      description text not null,
      document_id uuid references documents(id),
      url text,
      submitted_by uuid references users(id),
      submitted_on date not null,
      check_status text not null default 'pending' check (check_status in ('pending', 'accepted', 'rejected')),
      check_comment text,
      checked_by uuid references users(id),
      checked_on date,
      check (document_id is not null or url is not null)
    );

    -- Article 5: a control mission of the Département.
    create table control_missions (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      started_on date not null,
      ended_on date,
      controller text not null,
      scope text not null,
      findings text,
      follow_up text,
      document_ids uuid[] not null default '{}',
      created_by uuid references users(id),
      created_at timestamptz not null,
      check (ended_on is null or ended_on >= started_on)
    );

    create table jobs (
      id bigserial primary key,
      name text not null,
      payload jsonb not null default '{}',
      singleton_key text unique,
      status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
      run_at timestamptz not null default now(),
      attempts int not null default 0,
      max_attempts int not null default 3,
      last_error text,
      locked_at timestamptz,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index jobs_pending_idx on jobs(run_at, id) where status = 'pending';
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    'drop table jobs; drop table control_missions; drop table publicity_proofs; drop table invitation_versions; drop table communication_events; drop table calendar_feed_tokens; drop table notifications; drop table duty_instances; drop table duties;',
  );
}
