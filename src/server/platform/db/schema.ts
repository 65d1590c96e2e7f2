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

export interface LettingBanCalendarsTable {
  id: Generated<string>;
  label: string;
  legal_reference: string;
  in_force_from: DateText;
  created_by: string | null;
  created_at: Timestamp;
}

export interface LettingBanDeadlinesTable {
  calendar_id: string;
  territory: 'mainland' | 'overseas';
  banned_class: string;
  effective_from: DateText;
}

export interface StockImportsTable {
  id: Generated<string>;
  organisation_id: string;
  filename: string;
  format: 'csv' | 'xlsx';
  sha256: string | null;
  size_bytes: bigint | null;
  bytes_read: Generated<bigint>;
  bytes_expected: bigint | null;
  shape: 'rpls_recent' | 'rpls_legacy' | 'rpls_red' | 'template' | null;
  encoding: string | null;
  mode: 'all_or_nothing' | 'valid_rows_only';
  status: 'running' | 'completed' | 'rejected' | 'failed';
  rows_read: Generated<number>;
  rows_valid: Generated<number>;
  rows_invalid: Generated<number>;
  error_count: Generated<number>;
  created_count: number | null;
  updated_count: number | null;
  unchanged_count: number | null;
  missing_count: number | null;
  demo_replaced_count: number | null;
  missing_sample: ColumnType<string[], string | undefined, string>;
  ignored_columns: ColumnType<string[], string | undefined, string>;
  failure_message: string | null;
  created_by: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface ImportErrorsTable {
  import_id: string;
  position: number;
  line_number: number | null;
  column_name: string | null;
  value: string | null;
  message: string;
}

export interface BuildingsTable {
  id: Generated<string>;
  organisation_id: string;
  code: string;
  name: string | null;
  commune_code: string | null;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
}

export interface DwellingsTable {
  id: Generated<string>;
  organisation_id: string;
  dwelling_key: string;
  ident_rep: string | null;
  ident_int: string | null;
  dpe_reference: string | null;
  building_id: string | null;
  address: string | null;
  commune_code: string;
  epci_code: string | null;
  territory: 'mainland' | 'overseas';
  qpv_code: string | null;
  construction_type: 'collective' | 'individual' | 'student';
  rooms: number | null;
  /** numeric(7,2) → decimal string */
  surface: string | null;
  construction_year: number | null;
  financing: string | null;
  dpe_date: DateText | null;
  energy_class: string | null;
  ghg_class: string | null;
  effective_class: ColumnType<string | null, never, never>;
  is_demo: Generated<boolean>;
  import_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StockImportRowsTable {
  import_id: string;
  line_number: number;
  dwelling_key: string;
  ident_rep: string | null;
  ident_int: string | null;
  dpe_reference: string | null;
  building_code: string | null;
  building_name: string | null;
  address: string | null;
  commune_code: string;
  epci_code: string | null;
  territory: string;
  qpv_code: string | null;
  construction_type: string;
  rooms: number | null;
  surface: string | null;
  construction_year: number | null;
  financing: string | null;
  dpe_date: DateText | null;
  energy_class: string | null;
  ghg_class: string | null;
}

export interface EstablishmentsTable {
  id: Generated<string>;
  organisation_id: string;
  kind: 'autonomy_residence' | 'life_home' | 'accommodation_home' | 'beguinage';
  name: string;
  commune_code: string;
  beds: number | null;
  dwelling_count: number | null;
  manager_name: string | null;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GovernanceBodiesTable {
  id: Generated<string>;
  convention_id: string;
  kind: 'oph_board' | 'oph_bureau' | 'department_assembly' | 'standing_committee' | 'steering_committee' | 'technical_committee' | 'thematic_meeting';
  name: string;
  code: string;
  side: 'department' | 'landlord' | 'joint';
  /** jsonb: the body's rules (contracts/governance.ts bodyRules), written as a JSON string. */
  rules: ColumnType<unknown, string, string>;
  signatory_name: string | null;
  signatory_title: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GovernanceMembersTable {
  id: Generated<string>;
  convention_id: string;
  civility: 'M.' | 'Mme' | null;
  first_name: string | null;
  last_name: string;
  organisation_id: string | null;
  function: string | null;
  created_at: Timestamp;
}

export interface GovernanceMemberSpellingsTable {
  member_id: string;
  convention_id: string;
  spelling: string;
  name_key: string;
  canonical: boolean;
}

export interface GovernanceMandatesTable {
  id: Generated<string>;
  body_id: string;
  member_id: string;
  role: 'president' | 'vice_president' | 'member';
  quality: string | null;
  voting: Generated<boolean>;
  start_on: DateText | null;
  end_on: DateText | null;
  created_at: Timestamp;
}

export interface GovernanceSessionsTable {
  id: Generated<string>;
  body_id: string;
  held_on: DateText;
  place: string | null;
  convened_on: DateText | null;
  convocation: Generated<'first' | 'second'>;
  first_session_id: string | null;
  status: Generated<'planned' | 'held' | 'no_quorum'>;
  president_member_id: string | null;
  minutes: string | null;
  minutes_approved_on: DateText | null;
  closed_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GovernanceAgendaItemsTable {
  id: Generated<string>;
  session_id: string;
  position: number;
  title: string;
  rapporteur_member_id: string | null;
  report: string | null;
  draft_decision: string | null;
  matter: Generated<'convention' | 'amendment' | 'allocation' | 'funding_agreement' | 'loan_guarantee' | 'delegation' | 'other'>;
  matter_year: number | null;
  actes_code: string | null;
  status: Generated<'pending' | 'voted' | 'postponed'>;
  carried_from_item_id: string | null;
  vote_mode: 'totals' | 'per_member' | null;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstention: number | null;
  votes_not_taking_part: number | null;
  president_vote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
  outcome: 'unanimity' | 'unanimity_of_votes_cast' | 'majority' | 'casting_vote' | 'tie' | 'rejected' | 'no_votes_cast' | null;
}

export interface GovernanceAttendanceTable {
  session_id: string;
  member_id: string;
  position: number;
  status: 'present' | 'represented' | 'excused' | 'absent';
  proxy_holder_member_id: string | null;
  arrived_at_item_id: string | null;
  left_before_item_id: string | null;
}

export interface GovernanceRecusalsTable {
  agenda_item_id: string;
  member_id: string;
  ground: string;
}

export interface GovernanceMemberVotesTable {
  agenda_item_id: string;
  member_id: string;
  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
  cast_by_member_id: string | null;
}

export interface GovernanceDecisionsTable {
  id: Generated<string>;
  body_id: string;
  agenda_item_id: string;
  year: number;
  sequence: number;
  reference: string;
  decided_on: DateText;
  title: string;
  text: string | null;
  matter: 'convention' | 'amendment' | 'allocation' | 'funding_agreement' | 'loan_guarantee' | 'delegation' | 'other';
  matter_year: number | null;
  actes_code: string | null;
  budget_year: string | null;
  budget_name: string | null;
  url: string | null;
  prefecture_id: string | null;
  transmitted_on: DateText | null;
  delegation_id: string | null;
  created_at: Timestamp;
}

export interface GovernanceDecisionLinksTable {
  decision_id: string;
  target_type: 'convention' | 'amendment' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
  target_id: string;
  relation: 'decides' | 'takes_note';
}

export interface GovernanceDecisionCorrectionsTable {
  id: Generated<string>;
  decision_id: string;
  field: string;
  previous: string | null;
  corrected: string | null;
  reason: string;
  actor_id: string | null;
  actor_label: string;
  corrected_at: Timestamp;
}

export interface GovernanceDelegationsTable {
  id: Generated<string>;
  decision_id: string;
  from_body_id: string;
  to_body_id: string;
  matter: 'convention' | 'amendment' | 'allocation' | 'funding_agreement' | 'loan_guarantee' | 'delegation' | 'other';
  from_year: number | null;
  until_year: number | null;
  description: string;
  created_at: Timestamp;
}

export interface GovernanceMeetingDecisionsTable {
  id: Generated<string>;
  session_id: string;
  agenda_item_id: string | null;
  position: number;
  text: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GovernanceActionItemsTable {
  id: Generated<string>;
  body_id: string;
  session_id: string;
  title: string;
  owner_member_id: string | null;
  owner_organisation_id: string | null;
  due_on: DateText | null;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GovernanceActionItemUpdatesTable {
  id: Generated<string>;
  action_item_id: string;
  session_id: string | null;
  status: string;
  comment: string | null;
  actor_id: string | null;
  actor_label: string;
  occurred_at: Timestamp;
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
  letting_ban_calendars: LettingBanCalendarsTable;
  letting_ban_deadlines: LettingBanDeadlinesTable;
  stock_imports: StockImportsTable;
  import_errors: ImportErrorsTable;
  buildings: BuildingsTable;
  dwellings: DwellingsTable;
  stock_import_rows: StockImportRowsTable;
  establishments: EstablishmentsTable;
  governance_bodies: GovernanceBodiesTable;
  governance_members: GovernanceMembersTable;
  governance_member_spellings: GovernanceMemberSpellingsTable;
  governance_mandates: GovernanceMandatesTable;
  governance_sessions: GovernanceSessionsTable;
  governance_agenda_items: GovernanceAgendaItemsTable;
  governance_attendance: GovernanceAttendanceTable;
  governance_recusals: GovernanceRecusalsTable;
  governance_member_votes: GovernanceMemberVotesTable;
  governance_decisions: GovernanceDecisionsTable;
  governance_decision_links: GovernanceDecisionLinksTable;
  governance_decision_corrections: GovernanceDecisionCorrectionsTable;
  governance_delegations: GovernanceDelegationsTable;
  governance_meeting_decisions: GovernanceMeetingDecisionsTable;
  governance_action_items: GovernanceActionItemsTable;
  governance_action_item_updates: GovernanceActionItemUpdatesTable;
}
