import type { ColumnType, DateText, Generated, Json, Timestamp } from './columns';

/** Tables of the obligations domain and the platform's job queue (migration T1800). */
export type DutyParty = 'department' | 'landlord';
export type DutyRecurrence = 'yearly_date' | 'yearly_quarter' | 'half_yearly' | 'per_event';
export type EvidenceKind =
  | 'manual'
  | 'volume_forecast'
  | 'allocation'
  | 'funding_agreements'
  | 'copil_meeting'
  | 'cotech_meeting'
  | 'progress_table'
  | 'invitation'
  | 'publicity_proof';

export interface DutiesTable {
  id: Generated<string>;
  convention_id: string;
  code: string;
  party: DutyParty;
  title: string;
  description: string;
  article_number: string;
  recurrence: DutyRecurrence;
  due_month: number | null;
  due_day: number | null;
  quarter: number | null;
  year_offset: Generated<number>;
  months_after: Generated<number>;
  shift_to_working_day: Generated<boolean>;
  evidence_kind: EvidenceKind;
  evidence_description: string;
  reminder_days: ColumnType<number[], number[] | undefined, number[]>;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DutyInstancesTable {
  id: Generated<string>;
  duty_id: string;
  period_key: string;
  period_year: number;
  period_start: DateText;
  period_end: DateText;
  nominal_due_on: DateText;
  due_on: DateText;
  done_on: DateText | null;
  done_by: string | null;
  done_document_id: string | null;
  done_note: string | null;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  duty_instance_id: string;
  kind: string;
  title: string;
  body: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
  emailed_at: Timestamp | null;
}

export interface CalendarFeedTokensTable {
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
}

export interface CommunicationEventsTable {
  id: Generated<string>;
  convention_id: string;
  operation_id: string | null;
  kind: 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
  title: string;
  event_on: DateText | null;
  required_supports: string[];
  created_by: string | null;
  created_at: Timestamp;
}

export interface InvitationVersionsTable {
  id: Generated<string>;
  event_id: string;
  version: number;
  document_id: string;
  submitted_by: string | null;
  submitted_on: DateText;
  decision: 'changes_requested' | 'validated' | null;
  decision_comment: string | null;
  decided_by: string | null;
  decided_on: DateText | null;
}

export interface PublicityProofsTable {
  id: Generated<string>;
  event_id: string;
  kind: 'visual' | 'photo' | 'article' | 'video_link' | 'local_actions';
  description: string;
  document_id: string | null;
  url: string | null;
  submitted_by: string | null;
  submitted_on: DateText;
  check_status: Generated<'pending' | 'accepted' | 'rejected'>;
  check_comment: string | null;
  checked_by: string | null;
  checked_on: DateText | null;
}

export interface ControlMissionsTable {
  id: Generated<string>;
  convention_id: string;
  started_on: DateText;
  ended_on: DateText | null;
  controller: string;
  scope: string;
  findings: string | null;
  follow_up: string | null;
  document_ids: ColumnType<string[], string[] | undefined, string[]>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface JobsTable {
  id: Generated<bigint>;
  name: string;
  payload: Json;
  singleton_key: string | null;
  status: Generated<'pending' | 'running' | 'done' | 'failed'>;
  run_at: ColumnType<Date, Date | string | undefined, Date | string>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  locked_at: Timestamp | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  finished_at: Timestamp | null;
}

export type ReportedEventCategory = 'incident' | 'delay' | 'cost_change' | 'funding' | 'other';

export interface ReportedEventsTable {
  id: Generated<string>;
  convention_id: string;
  reference: number;
  category: ReportedEventCategory;
  operation_id: string | null;
  commitment_id: string | null;
  title: string;
  description: string;
  occurred_on: DateText;
  reported_on: DateText;
  reported_by: string | null;
  reported_by_organisation_id: string | null;
  acknowledged_on: DateText | null;
  acknowledged_by: string | null;
  closed_on: DateText | null;
  closed_by: string | null;
  closing_note: string | null;
  created_at: Timestamp;
}

export interface ReportedEventNotesTable {
  id: Generated<string>;
  event_id: string;
  note: string;
  written_on: DateText;
  written_by: string | null;
  written_by_organisation_id: string | null;
  created_at: Timestamp;
}
