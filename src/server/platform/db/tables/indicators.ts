import type { Generated, Timestamp } from './columns';

/** Tables of the indicators domain (see migration 2026-11-29T1900_indicators). numeric → string. */
export interface IndicatorsTable {
  id: Generated<string>;
  convention_id: string;
  objective_id: string;
  axis_id: string | null;
  code: string;
  label: string;
  unit: string;
  direction: 'higher' | 'lower';
  frequency: 'yearly' | 'half_yearly';
  responsible_party: 'department' | 'landlord';
  responsible_service: string | null;
  measurement: string;
  computation:
    | 'renovated_dwellings'
    | 'banned_dwellings'
    | 'adaptations_delivered'
    | 'maintenance_dwellings'
    | 'subsidies_paid'
    | null;
  position: number;
  created_at: Timestamp;
}

export interface IndicatorTargetsTable {
  indicator_id: string;
  year: number;
  target: string;
  comment: string | null;
}

export interface IndicatorValuesTable {
  id: Generated<string>;
  indicator_id: string;
  period: string;
  year: number;
  value: string;
  comment: string | null;
  source: string | null;
  evidence_document_id: string | null;
  entered_by: string | null;
  entered_by_label: string;
  entered_at: Timestamp;
}
