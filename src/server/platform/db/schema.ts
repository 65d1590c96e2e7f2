import type { ColumnType, DateText, Generated, Json, Timestamp } from './tables/columns';
import type {
  EnvelopesTable,
  EnvelopeRevisionsTable,
  AllocationsTable,
  FundingAgreementsTable,
  ScheduleLinesTable,
  AffectationsTable,
  PaymentRequestsTable,
  PaymentRequestDocumentsTable,
  PaymentRequestEventsTable,
  PaymentsTable,
  ReimbursementsTable,
  LoanGuaranteesTable,
  GuaranteeBalancesTable,
  GuaranteePortfolioTotalsTable,
  GuaranteeRequestsTable,
  GuaranteeRequestDocumentsTable,
} from './tables/finance';
import type {
  LettingBanCalendarsTable,
  LettingBanDeadlinesTable,
  StockImportsTable,
  ImportErrorsTable,
  BuildingsTable,
  DwellingsTable,
  StockImportRowsTable,
  EstablishmentsTable,
} from './tables/housing';
import type {
  GovernanceBodiesTable,
  GovernanceMembersTable,
  GovernanceMemberSpellingsTable,
  GovernanceMandatesTable,
  GovernanceSessionsTable,
  GovernanceAgendaItemsTable,
  GovernanceAttendanceTable,
  GovernanceRecusalsTable,
  GovernanceMemberVotesTable,
  GovernanceDecisionsTable,
  GovernanceDecisionLinksTable,
  GovernanceDecisionCorrectionsTable,
  GovernanceDelegationsTable,
  GovernanceMeetingDecisionsTable,
  GovernanceActionItemsTable,
  GovernanceActionItemUpdatesTable,
  GovernanceStandingMembersTable,
} from './tables/governance';
import type {
  OperationsTable,
  OperationDwellingsTable,
  OperationClassCountsTable,
  OperationPhasesTable,
  OperationFundingLinesTable,
  ProgressTablesTable,
  ProgressTableRowsTable,
  ProgressTableSnapshotsTable,
  VolumeForecastsTable,
  ForecastBaselinesTable,
} from './tables/operations';
import type {
  DutiesTable,
  DutyInstancesTable,
  NotificationsTable,
  CalendarFeedTokensTable,
  CommunicationEventsTable,
  InvitationVersionsTable,
  PublicityProofsTable,
  ControlMissionsTable,
  ReportedEventsTable,
  ReportedEventNotesTable,
  JobsTable,
} from './tables/obligations';
import type { IndicatorsTable, IndicatorTargetsTable, IndicatorValuesTable } from './tables/indicators';

/**
 * The database's row types, as Kysely sees them: the foundation and conventions tables here, the
 * other domains' tables in tables/ (one file each). Types as both engines return them once
 * db/type-parsers.ts is applied (tables/columns.ts).
 */
export type * from './tables/finance';
export type * from './tables/housing';
export type * from './tables/governance';
export type * from './tables/operations';
export type * from './tables/indicators';
export type * from './tables/obligations';

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
  /** Null for an invited person who has not chosen a password yet. */
  password_hash: string | null;
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

export interface AccountLinksTable {
  id: Generated<string>;
  user_id: string;
  purpose: 'invitation' | 'reset';
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
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
  /** Who may read the event (not hashed): its convention, its organisation, or neither (platform). */
  convention_id: ColumnType<string | null, string | null | undefined, string | null>;
  organisation_id: ColumnType<string | null, string | null | undefined, string | null>;
  private_to_organisation: Generated<boolean>;
}

/** A signed checkpoint of the audit chain's head (issue #17): see domains/audit/checkpoints.rules.ts. */
export interface AuditCheckpointsTable {
  id: Generated<bigint>;
  event_count: bigint;
  last_hash: string;
  signed_at: Timestamp;
  public_key: string;
  signature: string;
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

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  account_links: AccountLinksTable;
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  audit_checkpoints: AuditCheckpointsTable;
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
  guarantee_requests: GuaranteeRequestsTable;
  guarantee_request_documents: GuaranteeRequestDocumentsTable;
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
  governance_standing_members: GovernanceStandingMembersTable;
  operations: OperationsTable;
  operation_dwellings: OperationDwellingsTable;
  operation_class_counts: OperationClassCountsTable;
  operation_phases: OperationPhasesTable;
  operation_funding_lines: OperationFundingLinesTable;
  progress_tables: ProgressTablesTable;
  progress_table_rows: ProgressTableRowsTable;
  progress_table_snapshots: ProgressTableSnapshotsTable;
  volume_forecasts: VolumeForecastsTable;
  forecast_baselines: ForecastBaselinesTable;
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  indicator_values: IndicatorValuesTable;
  duties: DutiesTable;
  duty_instances: DutyInstancesTable;
  notifications: NotificationsTable;
  calendar_feed_tokens: CalendarFeedTokensTable;
  communication_events: CommunicationEventsTable;
  invitation_versions: InvitationVersionsTable;
  publicity_proofs: PublicityProofsTable;
  control_missions: ControlMissionsTable;
  reported_events: ReportedEventsTable;
  reported_event_notes: ReportedEventNotesTable;
  jobs: JobsTable;
}
