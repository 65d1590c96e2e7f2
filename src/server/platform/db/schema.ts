import type { ColumnType, Generated } from 'kysely';

/**
 * Row types as both engines return them once db/type-parsers.ts is applied:
 * int8 → bigint, date → 'YYYY-MM-DD' string, numeric → string, timestamptz → Date.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateText = string; // 'YYYY-MM-DD'
type Json = ColumnType<unknown, string | null, string | null>;

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: 'department' | 'landlord' | 'control_body';
  siret: string;
  address: string | null;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  organisation_id: string | null;
  roles: string[];
  password_hash: string;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginThrottleTable {
  key: string;
  attempts: number;
  window_started_at: Timestamp;
}

export interface AuditEventsTable {
  id: Generated<bigint>;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_label: string;
  entity_type: string;
  entity_id: string;
  action: string;
  before: Json;
  after: Json;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadTable {
  id: number;
  last_hash: string;
  event_count: bigint;
}

export interface ConventionsTable {
  id: Generated<string>;
  title: string;
  period_start: DateText;
  period_end: DateText;
  signature_place: string | null;
  signature_date: DateText | null;
  jurisdiction: string;
  terminated_on: DateText | null;
  created_at: Timestamp;
  preamble: ColumnType<string | null, string | null | undefined, string | null>;
  previous_convention_id: ColumnType<string | null, string | null | undefined, string | null>;
  previous_review_article: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ConventionLegalBasesTable {
  id: Generated<string>;
  convention_id: string;
  position: number;
  text: string;
}

export interface ConventionArticlesTable {
  id: Generated<string>;
  convention_id: string;
  number: string;
  title: string;
  body: string;
  position: number;
}

export interface ObjectivesTable {
  id: Generated<string>;
  convention_id: string;
  code: string;
  title: string;
  article_number: string;
  position: number;
}

export interface AxesTable {
  id: Generated<string>;
  convention_id: string;
  objective_id: string | null;
  code: string;
  title: string;
  article_number: string;
  position: number;
}

export interface CommitmentsTable {
  id: Generated<string>;
  convention_id: string;
  axis_id: string;
  code: string;
  party: 'department' | 'landlord' | 'both';
  text: string;
  article_number: string;
  position: number;
}

export interface DocumentsTable {
  id: Generated<string>;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer | Uint8Array;
  convention_id: string | null;
  organisation_id: string | null;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface CommitmentStatusesTable {
  id: Generated<string>;
  commitment_id: string;
  year: number;
  status: 'not_started' | 'in_progress' | 'achieved' | 'not_achieved' | 'not_applicable';
  comment: string | null;
  evidence_url: string | null;
  evidence_document_id: string | null;
  set_by: string;
  set_by_label: string;
  set_at: Timestamp;
}

export interface AmendmentsTable {
  id: Generated<string>;
  convention_id: string;
  number: number;
  object: string;
  signed_on: DateText;
  effective_on: DateText;
  approvals: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface AmendmentChangesTable {
  id: Generated<string>;
  amendment_id: string;
  position: number;
  change: Json;
  previous: Json;
}

export interface TerminationNoticesTable {
  id: Generated<string>;
  convention_id: string;
  sent_on: DateText;
  sending_organisation_id: string;
  reason: string;
  registered_letter_ref: string;
  earliest_effective_on: DateText;
  withdrawn_on: DateText | null;
  withdrawal_reason: string | null;
  terminated_on: DateText | null;
  created_by: string;
  created_at: Timestamp;
}

export interface ConventionPartiesTable {
  convention_id: string;
  organisation_id: string;
  party_role: 'department' | 'landlord' | 'controller';
  designation: string | null;
  representation: string | null;
  position: number;
}

export interface ConventionSignatoriesTable {
  id: Generated<string>;
  convention_id: string;
  organisation_id: string;
  full_name: string;
  title: string;
  position: number;
}

export interface EnvelopesTable {
  id: Generated<string>;
  convention_id: string;
  kind: 'investment' | 'operating';
  label: string;
  amount_cents: bigint;
  period_start: DateText;
  period_end: DateText;
  deliberation_ref: string;
  deliberation_date: DateText;
  created_at: Timestamp;
}

export interface EnvelopeRevisionsTable {
  id: Generated<string>;
  envelope_id: string;
  effective_on: DateText;
  amount_cents: bigint;
  deliberation_ref: string;
  deliberation_date: DateText;
  reason: string | null;
  amendment_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface AllocationsTable {
  id: Generated<string>;
  envelope_id: string;
  year: number;
  amount_cents: bigint;
  deliberation_body: string;
  deliberation_date: DateText;
  deliberation_number: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface FundingAgreementsTable {
  id: Generated<string>;
  allocation_id: string;
  amount_cents: bigint;
  signed_on: DateText | null;
  purpose: string;
  justification_deadline: DateText | null;
  reimbursement_clause: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface ScheduleLinesTable {
  id: Generated<string>;
  funding_agreement_id: string;
  position: number;
  kind: 'advance' | 'instalment' | 'balance';
  label: string;
  amount_cents: bigint;
  condition: string | null;
  required_documents: ColumnType<string[], string, string>;
}

export interface AffectationsTable {
  id: Generated<string>;
  funding_agreement_id: string;
  operation_label: string;
  operation_id: string | null;
  amount_cents: bigint;
  created_by: string;
  created_at: Timestamp;
}

export interface PaymentRequestsTable {
  id: Generated<string>;
  funding_agreement_id: string;
  schedule_line_id: string;
  amount_cents: bigint;
  status: 'draft' | 'submitted' | 'returned' | 'approved' | 'paid' | 'rejected';
  description: string | null;
  created_by: string;
  created_at: Timestamp;
  submitted_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface PaymentRequestDocumentsTable {
  request_id: string;
  document_id: string;
  requirement: string;
  added_at: Timestamp;
}

export interface PaymentRequestEventsTable {
  id: Generated<string>;
  request_id: string;
  from_status: string | null;
  to_status: string;
  comment: string | null;
  actor_id: string;
  actor_label: string;
  occurred_at: Timestamp;
}

export interface PaymentsTable {
  id: Generated<string>;
  request_id: string;
  funding_agreement_id: string;
  amount_cents: bigint;
  mandate_number: string;
  mandate_date: DateText;
  created_by: string;
  created_at: Timestamp;
}

export interface ReimbursementsTable {
  id: Generated<string>;
  funding_agreement_id: string;
  amount_cents: bigint;
  reason: string;
  revenue_order_number: string;
  issued_on: DateText;
  created_by: string;
  created_at: Timestamp;
}

export interface LoanGuaranteesTable {
  id: Generated<string>;
  convention_id: string;
  lender: string;
  contract_number: string;
  operation_label: string | null;
  loan_amount_cents: bigint;
  guaranteed_share: string;
  rate: string | null;
  term_years: number | null;
  deliberation_ref: string | null;
  deliberation_date: DateText | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GuaranteeBalancesTable {
  id: Generated<string>;
  guarantee_id: string;
  as_of: DateText;
  outstanding_cents: bigint;
}

export interface GuaranteePortfolioTotalsTable {
  id: Generated<string>;
  convention_id: string;
  as_of: DateText;
  office_outstanding_cents: bigint;
  department_total_cents: bigint;
  source: string;
}

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  conventions: ConventionsTable;
  convention_parties: ConventionPartiesTable;
  convention_signatories: ConventionSignatoriesTable;
  convention_legal_bases: ConventionLegalBasesTable;
  convention_articles: ConventionArticlesTable;
  objectives: ObjectivesTable;
  axes: AxesTable;
  commitments: CommitmentsTable;
  documents: DocumentsTable;
  commitment_statuses: CommitmentStatusesTable;
  amendments: AmendmentsTable;
  amendment_changes: AmendmentChangesTable;
  termination_notices: TerminationNoticesTable;
  envelopes: EnvelopesTable;
  envelope_revisions: EnvelopeRevisionsTable;
  allocations: AllocationsTable;
  funding_agreements: FundingAgreementsTable;
  schedule_lines: ScheduleLinesTable;
  affectations: AffectationsTable;
  payment_requests: PaymentRequestsTable;
  payment_request_documents: PaymentRequestDocumentsTable;
  payment_request_events: PaymentRequestEventsTable;
  payments: PaymentsTable;
  reimbursements: ReimbursementsTable;
  loan_guarantees: LoanGuaranteesTable;
  guarantee_balances: GuaranteeBalancesTable;
  guarantee_portfolio_totals: GuaranteePortfolioTotalsTable;
}
