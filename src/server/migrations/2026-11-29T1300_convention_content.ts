import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * The convention in full: legal bases, preamble, articles, the objectives tree and commitments with
 * a status per year, the documents that evidence them, amendments and termination notices.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table conventions add column preamble text;
    alter table conventions add column previous_convention_id uuid references conventions(id);
    alter table conventions add column previous_review_article text;

    create table convention_legal_bases (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      position integer not null,
      text text not null
    );

    create table convention_articles (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      number text not null,
      title text not null,
      body text not null,
      position integer not null,
      unique (convention_id, number)
    );

    create table objectives (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      code text not null,
      title text not null,
      article_number text not null,
      position integer not null,
      unique (convention_id, code)
    );

    create table axes (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      objective_id uuid references objectives(id) on delete cascade,
      code text not null,
      title text not null,
      article_number text not null,
      position integer not null,
      unique (convention_id, code)
    );

    create table commitments (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      axis_id uuid not null references axes(id) on delete cascade,
      code text not null,
      party text not null check (party in ('department', 'landlord', 'both')),
      text text not null,
      article_number text not null,
      position integer not null,
      unique (convention_id, code)
    );
    create index commitments_axis_idx on commitments(axis_id);

    create table documents (
      id uuid primary key default gen_random_uuid(),
      filename text not null,
      content_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null,
      content bytea not null,
      convention_id uuid references conventions(id),
      organisation_id uuid references organisations(id),
      uploaded_by uuid not null references users(id),
      uploaded_at timestamptz not null
    );

    create table commitment_statuses (
      id uuid primary key default gen_random_uuid(),
      commitment_id uuid not null references commitments(id) on delete cascade,
      year integer not null check (year between 2000 and 2100),
      status text not null check (status in ('not_started', 'in_progress', 'achieved', 'not_achieved', 'not_applicable')),
      comment text,
      evidence_url text,
      evidence_document_id uuid references documents(id),
      set_by uuid not null references users(id),
      set_by_label text not null,
      set_at timestamptz not null
    );
    create index commitment_statuses_lookup_idx on commitment_statuses(commitment_id, year, set_at desc);

    create table amendments (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      number integer not null check (number > 0),
      object text not null,
      signed_on date not null,
      effective_on date not null,
      approvals text,
      created_by uuid not null references users(id),
      created_at timestamptz not null,
      unique (convention_id, number),
      check (effective_on >= signed_on)
    );

    create table amendment_changes (
      id uuid primary key default gen_random_uuid(),
      amendment_id uuid not null references amendments(id) on delete cascade,
      position integer not null,
      change jsonb not null,
      previous jsonb
    );

    create table termination_notices (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      sent_on date not null,
      sending_organisation_id uuid not null references organisations(id),
      reason text not null,
      registered_letter_ref text not null,
      earliest_effective_on date not null,
      withdrawn_on date,
      withdrawal_reason text,
      terminated_on date,
      created_by uuid not null references users(id),
      created_at timestamptz not null,
      check (earliest_effective_on > sent_on)
    );
    create index termination_notices_convention_idx on termination_notices(convention_id);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `drop table termination_notices;
    drop table amendment_changes;
    drop table amendments;
    drop table commitment_statuses;
    drop table documents;
    drop table commitments;
    drop table axes;
    drop table objectives;
    drop table convention_articles;
    drop table convention_legal_bases;
    alter table conventions drop column previous_review_article;
    alter table conventions drop column previous_convention_id;
    alter table conventions drop column preamble;`,
  );
}
