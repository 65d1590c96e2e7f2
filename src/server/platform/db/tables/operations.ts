import type { ColumnType, DateText, Generated, Timestamp } from './columns';

/** Tables of the operations domain (migration 2026-11-29T1700_operations). */
export type OperationKind =
  | 'thermal_renovation'
  | 'maintenance'
  | 'vacant_renovation'
  | 'adaptation'
  | 'establishment_works'
  | 'demolition_reconstruction'
  | 'other';
export type OperationStatus = 'planned' | 'in_progress' | 'delivered' | 'cancelled';
export type OperationPhase = 'studies' | 'tender' | 'start_order' | 'works' | 'delivery' | 'final_account';
export type FundingSource = 'department' | 'eco_loan' | 'feder' | 'region' | 'cee' | 'own_funds';

export interface OperationsTable {
  id: Generated<string>;
  convention_id: string;
  organisation_id: string;
  reference: string;
  label: string;
  kind: OperationKind;
  programme: 'pmt_2022_2024' | 'pmt_2025_2030';
  /** Null for an operation over the landlord's whole stock. */
  commune_code: string | null;
  residence: string | null;
  status: OperationStatus;
  percent_complete: number;
  /** numeric(7,1) kWh/m²·an → decimal string */
  energy_before: string | null;
  energy_after: string | null;
  cost_excl_tax_cents: bigint | null;
  cost_incl_tax_cents: bigint | null;
  risks: string | null;
  comments: string | null;
  /** Dwellings counted without a known class: in the operation's size, not in the trajectory. */
  unclassified_dwellings: Generated<number>;
  /** Spending to date and the half-year end it was stated for (an accepted progress table, migration T1510). */
  spent_cents: ColumnType<bigint | null, bigint | null | undefined, bigint | null>;
  spent_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** Null for reference operations loaded at first start. */
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OperationDwellingsTable {
  operation_id: string;
  dwelling_id: string;
  class_before: string | null;
  target_class: string | null;
}

export interface OperationClassCountsTable {
  operation_id: string;
  class_before: string;
  target_class: string | null;
  dwelling_count: number;
}

export interface OperationPhasesTable {
  operation_id: string;
  phase: OperationPhase;
  planned_on: DateText | null;
  actual_on: DateText | null;
}

export interface OperationFundingLinesTable {
  id: Generated<string>;
  operation_id: string;
  position: number;
  source: FundingSource;
  amount_cents: bigint;
  funding_agreement_id: string | null;
}

export interface ProgressTablesTable {
  id: Generated<string>;
  convention_id: string;
  organisation_id: string;
  period_end: DateText;
  status: 'open' | 'submitted' | 'returned' | 'accepted';
  opened_by: string;
  opened_at: Timestamp;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  accepted_at: Timestamp | null;
  reviewed_by: string | null;
  review_comment: string | null;
  updated_at: Timestamp;
}

export interface ProgressTableRowsTable {
  progress_table_id: string;
  operation_id: string;
  position: number;
  status: OperationStatus;
  percent_complete: number;
  start_actual_on: DateText | null;
  delivery_actual_on: DateText | null;
  spent_cents: bigint | null;
  office_comment: string | null;
  review_comment: string | null;
}

export interface ProgressTableSnapshotsTable {
  id: Generated<string>;
  progress_table_id: string;
  version: number;
  submitted_at: Timestamp;
  submitted_by: string;
  rows: ColumnType<unknown, string, string>;
}

export interface VolumeForecastsTable {
  id: Generated<string>;
  convention_id: string;
  organisation_id: string;
  year: number;
  status: 'draft' | 'submitted' | 'returned' | 'accepted';
  renovations_by_class: ColumnType<Record<string, number>, string, string>;
  maintenance_dwellings: number;
  adaptations: number;
  investment_requested_cents: bigint;
  operating_requested_cents: bigint;
  comment: string | null;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  reviewed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  reviewed_by: ColumnType<string | null, string | null | undefined, string | null>;
  review_comment: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type BaselineMeasure = 'maintenance_dwellings' | 'maintenance_spending' | 'adaptations';

/** The yearly volumes a convention announces, as a range (migration 2026-11-29T2000). */
export interface ForecastBaselinesTable {
  convention_id: string;
  measure: BaselineMeasure;
  /** Dwellings, or cents for maintenance_spending. */
  low_value: bigint;
  high_value: bigint;
  source: string;
}
