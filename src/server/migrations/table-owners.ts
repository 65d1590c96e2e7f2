/**
 * Who owns each table: the domain that writes it and publishes its reads (`<domain>.queries.ts`),
 * or the platform (storage every domain uses: documents, the job queue, change counters). Kept
 * next to the migrations so that a new table gets its owner in the same change;
 * src/server/security/table-ownership.test.ts fails when a table has none, or when a domain's
 * SQL names a table another domain owns.
 */
export type TableOwner =
  | 'platform'
  | 'access'
  | 'audit'
  | 'conventions'
  | 'finance'
  | 'governance'
  | 'housing'
  | 'indicators'
  | 'obligations'
  | 'operations'
  | 'reports';

export const tableOwners: Record<string, TableOwner> = {
  // platform: stored files, background jobs, the data versions behind the read caches
  documents: 'platform',
  jobs: 'platform',
  stock_changes: 'platform',
  data_changes: 'platform',
  // access
  users: 'access',
  sessions: 'access',
  login_throttle: 'access',
  account_links: 'access',
  // audit
  audit_events: 'audit',
  audit_chain_head: 'audit',
  audit_checkpoints: 'audit',
  // conventions (the kernel reads the scope: header and parties, see kernelReads)
  organisations: 'conventions',
  conventions: 'conventions',
  convention_parties: 'conventions',
  convention_signatories: 'conventions',
  convention_legal_bases: 'conventions',
  convention_articles: 'conventions',
  objectives: 'conventions',
  axes: 'conventions',
  commitments: 'conventions',
  commitment_statuses: 'conventions',
  amendments: 'conventions',
  amendment_changes: 'conventions',
  termination_notices: 'conventions',
  // finance
  envelopes: 'finance',
  envelope_revisions: 'finance',
  allocations: 'finance',
  funding_agreements: 'finance',
  schedule_lines: 'finance',
  affectations: 'finance',
  payment_requests: 'finance',
  payment_request_documents: 'finance',
  payment_request_events: 'finance',
  payments: 'finance',
  reimbursements: 'finance',
  loan_guarantees: 'finance',
  guarantee_balances: 'finance',
  guarantee_portfolio_totals: 'finance',
  guarantee_requests: 'finance',
  guarantee_request_documents: 'finance',
  // housing
  letting_ban_calendars: 'housing',
  letting_ban_deadlines: 'housing',
  stock_imports: 'housing',
  import_errors: 'housing',
  buildings: 'housing',
  dwellings: 'housing',
  stock_import_rows: 'housing',
  establishments: 'housing',
  trajectory_cache: 'housing',
  // governance
  governance_bodies: 'governance',
  governance_members: 'governance',
  governance_member_spellings: 'governance',
  governance_mandates: 'governance',
  governance_sessions: 'governance',
  governance_agenda_items: 'governance',
  governance_attendance: 'governance',
  governance_recusals: 'governance',
  governance_member_votes: 'governance',
  governance_decisions: 'governance',
  governance_decision_links: 'governance',
  governance_decision_corrections: 'governance',
  governance_delegations: 'governance',
  governance_meeting_decisions: 'governance',
  governance_action_items: 'governance',
  governance_action_item_updates: 'governance',
  governance_standing_members: 'governance',
  // operations
  operations: 'operations',
  operation_dwellings: 'operations',
  operation_class_counts: 'operations',
  operation_phases: 'operations',
  operation_funding_lines: 'operations',
  progress_tables: 'operations',
  progress_table_rows: 'operations',
  progress_table_snapshots: 'operations',
  volume_forecasts: 'operations',
  forecast_baselines: 'operations',
  // obligations
  duties: 'obligations',
  duty_instances: 'obligations',
  notifications: 'obligations',
  calendar_feed_tokens: 'obligations',
  communication_events: 'obligations',
  invitation_versions: 'obligations',
  publicity_proofs: 'obligations',
  control_missions: 'obligations',
  reported_events: 'obligations',
  reported_event_notes: 'obligations',
  // indicators
  indicators: 'indicators',
  indicator_targets: 'indicators',
  indicator_values: 'indicators',
  // reports
  dashboard_cache: 'reports',
};

/**
 * The shared kernel (src/server/kernel) reads a convention's header and parties to answer "may
 * this principal see it, and on which side?" before any domain acts; it writes nothing.
 */
export const kernelReads: readonly string[] = ['conventions', 'convention_parties', 'organisations'];
