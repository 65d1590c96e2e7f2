import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Finance: envelopes (AP/AE) and their revisions, yearly allocations, yearly funding agreements
 * with their payment schedule and affectations, payment requests with their documents and
 * transitions, payments, reimbursements, loan guarantees. Money is bigint cents everywhere.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table envelopes (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      kind text not null check (kind in ('investment', 'operating')),
      label text not null,
      amount_cents bigint not null check (amount_cents > 0),
      period_start date not null,
      period_end date not null,
      deliberation_ref text not null,
      deliberation_date date not null,
      created_at timestamptz not null,
      unique (convention_id, kind),
      check (period_end > period_start)
    );

    create table envelope_revisions (
      id uuid primary key default gen_random_uuid(),
      envelope_id uuid not null references envelopes(id) on delete cascade,
      effective_on date not null,
      amount_cents bigint not null check (amount_cents > 0),
      deliberation_ref text not null,
      deliberation_date date not null,
      reason text,
      amendment_id uuid references amendments(id),
      created_by uuid references users(id),
      created_at timestamptz not null
    );
    create index envelope_revisions_envelope_idx on envelope_revisions(envelope_id, effective_on);

    create table allocations (
      id uuid primary key default gen_random_uuid(),
      envelope_id uuid not null references envelopes(id) on delete cascade,
      year integer not null check (year between 2000 and 2100),
      amount_cents bigint not null check (amount_cents > 0),
      deliberation_body text not null,
      deliberation_date date not null,
      deliberation_number text,
      created_by uuid references users(id),
      created_at timestamptz not null,
      unique (envelope_id, year)
    );

    create table funding_agreements (
      id uuid primary key default gen_random_uuid(),
      allocation_id uuid not null unique references allocations(id),
      amount_cents bigint not null check (amount_cents > 0),
      signed_on date,
      purpose text not null,
      justification_deadline date,
      reimbursement_clause text,
      created_by uuid not null references users(id),
      created_at timestamptz not null
    );

    create table schedule_lines (
      id uuid primary key default gen_random_uuid(),
      funding_agreement_id uuid not null references funding_agreements(id) on delete cascade,
      position integer not null,
      kind text not null check (kind in ('advance', 'instalment', 'balance')),
      label text not null,
      amount_cents bigint not null check (amount_cents > 0),
      condition text,
      required_documents jsonb not null default '[]'
    );
    create index schedule_lines_agreement_idx on schedule_lines(funding_agreement_id);

    create table affectations (
      id uuid primary key default gen_random_uuid(),
      funding_agreement_id uuid not null references funding_agreements(id) on delete cascade,
      operation_label text not null,
      operation_id uuid,
      amount_cents bigint not null check (amount_cents > 0),
      created_by uuid not null references users(id),
      created_at timestamptz not null
    );

    create table payment_requests (
      id uuid primary key default gen_random_uuid(),
      funding_agreement_id uuid not null references funding_agreements(id),
      schedule_line_id uuid not null references schedule_lines(id),
      amount_cents bigint not null check (amount_cents > 0),
      status text not null check (status in ('draft', 'submitted', 'returned', 'approved', 'paid', 'rejected')),
      description text,
      created_by uuid not null references users(id),
      created_at timestamptz not null,
      submitted_at timestamptz,
      updated_at timestamptz not null
    );
    create index payment_requests_agreement_idx on payment_requests(funding_agreement_id);

    create table payment_request_documents (
      request_id uuid not null references payment_requests(id) on delete cascade,
      document_id uuid not null references documents(id),
      requirement text not null,
      added_at timestamptz not null,
      primary key (request_id, document_id)
    );

    create table payment_request_events (
      id uuid primary key default gen_random_uuid(),
      request_id uuid not null references payment_requests(id) on delete cascade,
      from_status text,
      to_status text not null,
      comment text,
      actor_id uuid not null references users(id),
      actor_label text not null,
      occurred_at timestamptz not null
    );
    create index payment_request_events_request_idx on payment_request_events(request_id, occurred_at);

    create table payments (
      id uuid primary key default gen_random_uuid(),
      request_id uuid not null unique references payment_requests(id),
      funding_agreement_id uuid not null references funding_agreements(id),
      amount_cents bigint not null check (amount_cents > 0),
      mandate_number text not null,
      mandate_date date not null,
      created_by uuid not null references users(id),
      created_at timestamptz not null
    );
    create index payments_agreement_idx on payments(funding_agreement_id);

    create table reimbursements (
      id uuid primary key default gen_random_uuid(),
      funding_agreement_id uuid not null references funding_agreements(id),
      amount_cents bigint not null check (amount_cents > 0),
      reason text not null,
      revenue_order_number text not null,
      issued_on date not null,
      created_by uuid not null references users(id),
      created_at timestamptz not null
    );

    create table loan_guarantees (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      lender text not null,
      contract_number text not null,
      operation_label text,
      loan_amount_cents bigint not null check (loan_amount_cents > 0),
      guaranteed_share numeric(5, 2) not null check (guaranteed_share > 0 and guaranteed_share <= 100),
      rate text,
      term_years integer check (term_years > 0),
      deliberation_ref text,
      deliberation_date date,
      created_by uuid references users(id),
      created_at timestamptz not null
    );

    create table guarantee_balances (
      id uuid primary key default gen_random_uuid(),
      guarantee_id uuid not null references loan_guarantees(id) on delete cascade,
      as_of date not null,
      outstanding_cents bigint not null check (outstanding_cents >= 0),
      unique (guarantee_id, as_of)
    );

    -- Reported figures at a date: the office's outstanding guaranteed capital and the
    -- Département's whole social-housing guarantee portfolio, to express a share.
    create table guarantee_portfolio_totals (
      id uuid primary key default gen_random_uuid(),
      convention_id uuid not null references conventions(id) on delete cascade,
      as_of date not null,
      office_outstanding_cents bigint not null check (office_outstanding_cents >= 0),
      department_total_cents bigint not null check (department_total_cents > 0),
      source text not null,
      unique (convention_id, as_of)
    );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `drop table guarantee_portfolio_totals;
    drop table guarantee_balances;
    drop table loan_guarantees;
    drop table reimbursements;
    drop table payments;
    drop table payment_request_events;
    drop table payment_request_documents;
    drop table payment_requests;
    drop table affectations;
    drop table schedule_lines;
    drop table funding_agreements;
    drop table allocations;
    drop table envelope_revisions;
    drop table envelopes;`,
  );
}
