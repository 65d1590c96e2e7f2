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
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  conventions: ConventionsTable;
  convention_parties: ConventionPartiesTable;
  convention_signatories: ConventionSignatoriesTable;
}
