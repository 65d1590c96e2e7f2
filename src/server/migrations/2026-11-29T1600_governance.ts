import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Governance: bodies of a convention with their rules (jsonb, validated by the contract), members
 * as identities with every spelling met (and its normalised key), mandates, sessions (and COPIL /
 * COTECH meetings) with their agenda, attendance and proxies, recusals, votes; decisions numbered
 * per body and year, their links to what they decide, corrections, delegations; meeting decisions
 * and action items with their follow-up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table governance_bodies (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      kind text not null check (kind in ('oph_board', 'oph_bureau', 'department_assembly', 'standing_committee', 'steering_committee', 'technical_committee', 'thematic_meeting')),
      name text not null,
      code text not null,
      side text not null check (side in ('department', 'landlord', 'joint')),
      rules jsonb not null,
      signatory_name text,
      signatory_title text,
      created_by uuid references users(id),
      created_at timestamptz not null,
      unique (convention_id, code)
    );

    create table governance_members (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      civility text check (civility in ('M.', 'Mme')),
      first_name text,
      last_name text not null,
      organisation_id uuid references organisations(id),
      function text,
      created_at timestamptz not null
    );

    -- Every spelling of a person met in a source, and the normalised keys it stands for.
    create table governance_member_spellings (
      member_id uuid not null references governance_members(id) on delete cascade,
      convention_id uuid not null references conventions(id) on delete cascade,
      spelling text not null,
      name_key text not null,
      canonical boolean not null,
      primary key (member_id, name_key)
    );
    create index governance_member_spellings_key_idx on governance_member_spellings(convention_id, name_key);

    create table governance_mandates (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references governance_bodies(id) on delete cascade,
      member_id uuid not null references governance_members(id),
      role text not null check (role in ('president', 'vice_president', 'member')),
      quality text,
      voting boolean not null default true,
      start_on date,
      end_on date,
      created_at timestamptz not null,
      check (start_on is null or end_on is null or end_on >= start_on)
    );
    create index governance_mandates_body_idx on governance_mandates(body_id);

    create table governance_sessions (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references governance_bodies(id) on delete cascade,
      held_on date not null,
      place text,
      convened_on date,
      convocation text not null default 'first' check (convocation in ('first', 'second')),
      first_session_id uuid references governance_sessions(id),
      status text not null default 'planned' check (status in ('planned', 'held', 'no_quorum')),
      president_member_id uuid references governance_members(id),
      minutes text,
      minutes_approved_on date,
      closed_at timestamptz,
      created_by uuid references users(id),
      created_at timestamptz not null
    );
    create index governance_sessions_body_idx on governance_sessions(body_id, held_on);

    create table governance_agenda_items (
      id uuid primary key default gen_random_uuid(),
      session_id uuid not null references governance_sessions(id) on delete cascade,
      position integer not null check (position > 0),
      title text not null,
      rapporteur_member_id uuid references governance_members(id),
      report text,
      draft_decision text,
      matter text not null default 'other' check (matter in ('convention', 'amendment', 'allocation', 'funding_agreement', 'loan_guarantee', 'delegation', 'other')),
      matter_year integer,
      actes_code text,
      status text not null default 'pending' check (status in ('pending', 'voted', 'postponed')),
      carried_from_item_id uuid references governance_agenda_items(id),
      vote_mode text check (vote_mode in ('totals', 'per_member')),
      votes_for integer check (votes_for >= 0),
      votes_against integer check (votes_against >= 0),
      votes_abstention integer check (votes_abstention >= 0),
      votes_not_taking_part integer check (votes_not_taking_part >= 0),
      president_vote text check (president_vote in ('for', 'against', 'abstention', 'not_taking_part')),
      outcome text check (outcome in ('unanimity', 'unanimity_of_votes_cast', 'majority', 'casting_vote', 'tie', 'rejected', 'no_votes_cast')),
      unique (session_id, position)
    );

    create table governance_attendance (
      session_id uuid not null references governance_sessions(id) on delete cascade,
      member_id uuid not null references governance_members(id),
      position integer not null,
      status text not null check (status in ('present', 'represented', 'excused', 'absent')),
      proxy_holder_member_id uuid references governance_members(id),
      arrived_at_item_id uuid references governance_agenda_items(id) on delete set null,
      left_before_item_id uuid references governance_agenda_items(id) on delete set null,
      primary key (session_id, member_id),
      check ((status = 'represented') = (proxy_holder_member_id is not null))
    );

    create table governance_recusals (
      agenda_item_id uuid not null references governance_agenda_items(id) on delete cascade,
      member_id uuid not null references governance_members(id),
      ground text not null,
      primary key (agenda_item_id, member_id)
    );

    create table governance_member_votes (
      agenda_item_id uuid not null references governance_agenda_items(id) on delete cascade,
      member_id uuid not null references governance_members(id),
      choice text not null check (choice in ('for', 'against', 'abstention', 'not_taking_part')),
      cast_by_member_id uuid references governance_members(id),
      primary key (agenda_item_id, member_id)
    );

    create table governance_decisions (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references governance_bodies(id) on delete cascade,
      agenda_item_id uuid not null unique references governance_agenda_items(id),
      year integer not null,
      sequence integer not null check (sequence > 0),
      reference text not null,
      decided_on date not null,
      title text not null,
      text text,
      matter text not null,
      matter_year integer,
      actes_code text,
      budget_year text,
      budget_name text,
      url text,
      prefecture_id text,
      transmitted_on date,
      created_at timestamptz not null,
      unique (body_id, year, sequence),
      check (transmitted_on is null or transmitted_on >= decided_on)
    );

    create table governance_decision_links (
      decision_id uuid not null references governance_decisions(id) on delete cascade,
      target_type text not null check (target_type in ('convention', 'amendment', 'allocation', 'funding_agreement', 'loan_guarantee')),
      target_id uuid not null,
      relation text not null check (relation in ('decides', 'takes_note')),
      primary key (decision_id, target_type, target_id)
    );

    create table governance_decision_corrections (
      id uuid primary key default gen_random_uuid(),
      decision_id uuid not null references governance_decisions(id) on delete cascade,
      field text not null,
      previous text,
      corrected text,
      reason text not null,
      actor_id uuid references users(id),
      actor_label text not null,
      corrected_at timestamptz not null
    );

    create table governance_delegations (
      id uuid primary key default gen_random_uuid(),
      decision_id uuid not null references governance_decisions(id) on delete cascade,
      from_body_id uuid not null references governance_bodies(id) on delete cascade,
      to_body_id uuid not null references governance_bodies(id) on delete cascade,
      matter text not null,
      from_year integer,
      until_year integer,
      description text not null,
      created_at timestamptz not null,
      check (from_body_id <> to_body_id),
      check (from_year is null or until_year is null or until_year >= from_year)
    );

    alter table governance_decisions add column delegation_id uuid references governance_delegations(id);

    create table governance_meeting_decisions (
      id uuid primary key default gen_random_uuid(),
      session_id uuid not null references governance_sessions(id) on delete cascade,
      agenda_item_id uuid references governance_agenda_items(id) on delete set null,
      position integer not null,
      text text not null,
      created_by uuid references users(id),
      created_at timestamptz not null
    );

    create table governance_action_items (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references governance_bodies(id) on delete cascade,
      session_id uuid not null references governance_sessions(id) on delete cascade,
      title text not null,
      owner_member_id uuid references governance_members(id),
      owner_organisation_id uuid references organisations(id),
      due_on date,
      status text not null check (status in ('open', 'in_progress', 'done', 'dropped')),
      created_by uuid references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index governance_action_items_body_idx on governance_action_items(body_id, status);

    create table governance_action_item_updates (
      id uuid primary key default gen_random_uuid(),
      action_item_id uuid not null references governance_action_items(id) on delete cascade,
      session_id uuid references governance_sessions(id) on delete set null,
      status text not null,
      comment text,
      actor_id uuid references users(id),
      actor_label text not null,
      occurred_at timestamptz not null
    );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `drop table governance_action_item_updates;
    drop table governance_action_items;
    drop table governance_meeting_decisions;
    alter table governance_decisions drop column delegation_id;
    drop table governance_delegations;
    drop table governance_decision_corrections;
    drop table governance_decision_links;
    drop table governance_decisions;
    drop table governance_member_votes;
    drop table governance_recusals;
    drop table governance_attendance;
    drop table governance_agenda_items;
    drop table governance_sessions;
    drop table governance_mandates;
    drop table governance_member_spellings;
    drop table governance_members;
    drop table governance_bodies;`,
  );
}
