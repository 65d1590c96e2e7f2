import type { ColumnType, Generated, Timestamp, DateText } from './columns';

/** Tables of the housing domain (see the migrations). */
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
  /** Retired from the stock (sold, demolished, merged) from that date: out of the trajectory from then on. */
  retired_on: Generated<DateText | null>;
  retirement_reason: Generated<'sale' | 'demolition' | 'merge' | null>;
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
