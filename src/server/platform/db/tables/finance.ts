import type { ColumnType, Generated, Timestamp, DateText } from './columns';

/** Tables of the finance domain (see the migrations). */
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
  /** The operation the request is for (affected to the agreement), when named. */
  operation_id: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** Null when the total is not reported but derived from the reported share (migration 2026-12-07T1510). */
  department_total_cents: bigint | null;
  /** The office's share of the Département's portfolio as reported ("20.00"), when it is. */
  reported_share: string | null;
  source: string;
}

export type GuaranteeRequestStatus = 'submitted' | 'in_examination' | 'granted' | 'refused';
export type DecidingBody = 'commission_permanente' | 'conseil_departemental';

export interface GuaranteeRequestsTable {
  id: Generated<string>;
  convention_id: string;
  reference: number;
  lender: string;
  contract_number: string;
  operation_label: string;
  loan_amount_cents: bigint;
  guaranteed_share: string;
  rate: string | null;
  term_years: number | null;
  status: GuaranteeRequestStatus;
  submitted_on: DateText;
  submitted_by: string | null;
  submitted_by_organisation_id: string | null;
  examination_started_on: DateText | null;
  examination_notes: string | null;
  examined_by: string | null;
  decided_on: DateText | null;
  deciding_body: DecidingBody | null;
  deliberation_ref: string | null;
  decision_notes: string | null;
  decided_by: string | null;
  guarantee_id: string | null;
  created_at: Timestamp;
}

export interface GuaranteeRequestDocumentsTable {
  request_id: string;
  document_id: string;
  label: string;
  added_at: Timestamp;
}
