import { sql, type Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Issue #19, two of the convention's remaining duties:
 * - Article 3.2: « l'office s'engage à informer le Département de tout fait de nature à entraîner le
 *   non-respect des dispositions de la présente convention ». A reported event (obligations) names
 *   what it concerns (an operation, a commitment, or the programme as a whole), is acknowledged by
 *   the Département and followed up (notes, closure).
 * - Article 3.1: « le Département continuera à examiner […] les demandes [de garantie d'emprunt]
 *   déposées par l'office ». A guarantee request (finance) with its documents, its examination and
 *   the decision of the Département's deliberating body; a granted request enters the register.
 * - The Département's whole guarantee portfolio was stored as if reported (890 M€), while the
 *   convention reports 178 M€ and 20 %: the reported share is kept and the total becomes derived.
 */
/** The tables the dashboard reads from this change: their writes make the stored dashboard stale. */
export const ARTICLE3_DASHBOARD_TABLES = ['reported_events', 'guarantee_requests'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `create table reported_events (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      reference int not null,
      category text not null check (category in ('incident', 'delay', 'cost_change', 'funding', 'other')),
      operation_id uuid references operations(id),
      commitment_id uuid references commitments(id),
      title text not null check (length(title) between 1 and 200),
      description text not null check (length(description) between 1 and 5000),
      occurred_on date not null,
      reported_on date not null,
      reported_by uuid references users(id),
      reported_by_organisation_id uuid references organisations(id),
      acknowledged_on date,
      acknowledged_by uuid references users(id),
      closed_on date,
      closed_by uuid references users(id),
      closing_note text,
      created_at timestamptz not null,
      unique (convention_id, reference),
      check (operation_id is null or commitment_id is null),
      check (acknowledged_on is null or acknowledged_on >= reported_on),
      check (closed_on is null or (acknowledged_on is not null and closed_on >= acknowledged_on))
    );
    create index reported_events_convention_idx on reported_events(convention_id, reported_on);

    create table reported_event_notes (
      id uuid primary key default gen_random_uuid(),
      event_id uuid not null references reported_events(id) on delete cascade,
      note text not null check (length(note) between 1 and 5000),
      written_on date not null,
      written_by uuid references users(id),
      written_by_organisation_id uuid references organisations(id),
      created_at timestamptz not null
    );
    create index reported_event_notes_event_idx on reported_event_notes(event_id, created_at);

    create table guarantee_requests (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      reference int not null,
      lender text not null,
      contract_number text not null,
      operation_label text not null,
      loan_amount_cents bigint not null check (loan_amount_cents > 0),
      guaranteed_share numeric(5,2) not null check (guaranteed_share > 0 and guaranteed_share <= 100),
      rate text,
      term_years int check (term_years between 1 and 80),
      status text not null check (status in ('submitted', 'in_examination', 'granted', 'refused')),
      submitted_on date not null,
      submitted_by uuid references users(id),
      submitted_by_organisation_id uuid references organisations(id),
      examination_started_on date,
      examination_notes text,
      examined_by uuid references users(id),
      decided_on date,
      deciding_body text check (deciding_body in ('commission_permanente', 'conseil_departemental')),
      deliberation_ref text,
      decision_notes text,
      decided_by uuid references users(id),
      guarantee_id uuid references loan_guarantees(id),
      created_at timestamptz not null,
      unique (convention_id, reference),
      check ((status in ('granted', 'refused')) = (decided_on is not null and deciding_body is not null and deliberation_ref is not null)),
      check ((status = 'granted') = (guarantee_id is not null))
    );

    create table guarantee_request_documents (
      request_id uuid not null references guarantee_requests(id) on delete cascade,
      document_id uuid not null references documents(id),
      label text not null,
      added_at timestamptz not null,
      primary key (request_id, document_id)
    );

    alter table guarantee_portfolio_totals add column reported_share numeric(5,2) check (reported_share > 0 and reported_share <= 100);
    alter table guarantee_portfolio_totals alter column department_total_cents drop not null;
    alter table guarantee_portfolio_totals add constraint guarantee_portfolio_totals_basis
      check (department_total_cents is not null or reported_share is not null);
    -- The convention's figures (178 M€, « soit 20 % »): keep the share as reported, derive the total.
    update guarantee_portfolio_totals set reported_share = 20.00, department_total_cents = null
      where office_outstanding_cents * 5 = department_total_cents;`,
  );
  for (const table of ARTICLE3_DASHBOARD_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_data_changes after insert or update or delete or truncate on ${table} for each statement execute function count_data_changes()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ARTICLE3_DASHBOARD_TABLES)
    await sql.raw(`drop trigger ${table}_data_changes on ${table}`).execute(db);
  await execScript(
    db,
    `update guarantee_portfolio_totals set department_total_cents = office_outstanding_cents * 100 / reported_share
      where department_total_cents is null;
    alter table guarantee_portfolio_totals drop constraint guarantee_portfolio_totals_basis;
    alter table guarantee_portfolio_totals alter column department_total_cents set not null;
    alter table guarantee_portfolio_totals drop column reported_share;
    drop table guarantee_request_documents;
    drop table guarantee_requests;
    drop table reported_event_notes;
    drop table reported_events;`,
  );
}
