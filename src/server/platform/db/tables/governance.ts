import type { ColumnType, Generated, Timestamp, DateText } from './columns';

/** Tables of the governance domain (see the migrations). */
export interface GovernanceBodiesTable {
  id: Generated<string>;
  convention_id: string;
  kind:
    | 'oph_board'
    | 'oph_bureau'
    | 'department_assembly'
    | 'standing_committee'
    | 'steering_committee'
    | 'technical_committee'
    | 'thematic_meeting';
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
  /** COPIL co-chairs (Article 4 §1), one per party; null elsewhere. */
  department_co_chair_member_id: ColumnType<string | null, string | null | undefined, string | null>;
  landlord_co_chair_member_id: ColumnType<string | null, string | null | undefined, string | null>;
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
  matter: Generated<
    'convention' | 'amendment' | 'allocation' | 'funding_agreement' | 'loan_guarantee' | 'delegation' | 'other'
  >;
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
  outcome:
    | 'unanimity'
    | 'unanimity_of_votes_cast'
    | 'majority'
    | 'casting_vote'
    | 'tie'
    | 'rejected'
    | 'no_votes_cast'
    | 'adopted_unrecorded'
    | null;
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
  target_type: 'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
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

export interface GovernanceStandingMembersTable {
  id: Generated<string>;
  body_id: string;
  member_id: string;
  position: number;
  service: string | null;
  role: string | null;
}
