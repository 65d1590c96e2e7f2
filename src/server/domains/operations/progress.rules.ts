import type { OperationStatus } from '../../../contracts/operations';

/**
 * Pure rules of the half-year progress tables and the November forecast: which dates close a
 * half-year and when its table is due, how a table moves from open to accepted, what changed
 * between two half-years, when a forecast is due.
 */

export type TableStatus = 'open' | 'submitted' | 'returned' | 'accepted';
export type TableAction = 'submit' | 'return' | 'accept';

/** A half-year closes on 30 June or 31 December. */
export const isHalfYearEnd = (iso: string) => /^\d{4}-(06-30|12-31)$/.test(iso);

/** The state at 30 June is due by 31 July; the state at 31 December by 31 January of the next year. */
export function tableDueDate(periodEnd: string): string {
  const year = Number(periodEnd.slice(0, 4));
  return periodEnd.endsWith('06-30') ? `${year}-07-31` : `${year + 1}-01-31`;
}

/** "1er semestre 2025" / "2d semestre 2025" */
export function halfYearLabel(periodEnd: string): string {
  return `${periodEnd.endsWith('06-30') ? '1er' : '2d'} semestre ${periodEnd.slice(0, 4)}`;
}

/** The previous half-year's end, to compare a table with. */
export function previousHalfYearEnd(periodEnd: string): string {
  const year = Number(periodEnd.slice(0, 4));
  return periodEnd.endsWith('06-30') ? `${year - 1}-12-31` : `${year}-06-30`;
}

const transitions: Record<TableAction, { from: TableStatus[]; to: TableStatus }> = {
  submit: { from: ['open', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  accept: { from: ['submitted'], to: 'accepted' },
};

export function nextTableStatus(from: TableStatus, action: TableAction): TableStatus | null {
  return transitions[action].from.includes(from) ? transitions[action].to : null;
}

/** The office edits its table while it is open or returned to it. */
export const isEditable = (status: TableStatus) => status === 'open' || status === 'returned';

export interface ProgressFacts {
  operationId: string;
  status: OperationStatus;
  percentComplete: number;
  startActualOn: string | null;
  deliveryActualOn: string | null;
  spentCents: bigint | null;
}

export interface RowChange {
  operationId: string;
  change: 'added' | 'removed' | 'changed';
  fields: { field: keyof Omit<ProgressFacts, 'operationId'>; before: string | null; after: string | null }[];
}

const shown = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** What moved from one half-year's rows to the next: operations added, removed, and changed fields. */
export function diffRows(before: ProgressFacts[], after: ProgressFacts[]): RowChange[] {
  const fields = ['status', 'percentComplete', 'startActualOn', 'deliveryActualOn', 'spentCents'] as const;
  const old = new Map(before.map((r) => [r.operationId, r]));
  const changes: RowChange[] = [];
  for (const row of after) {
    const prev = old.get(row.operationId);
    if (!prev) {
      changes.push({
        operationId: row.operationId,
        change: 'added',
        fields: fields.map((f) => ({ field: f, before: null, after: shown(row[f]) })),
      });
      continue;
    }
    const moved = fields
      .filter((f) => shown(prev[f]) !== shown(row[f]))
      .map((f) => ({ field: f, before: shown(prev[f]), after: shown(row[f]) }));
    if (moved.length > 0) changes.push({ operationId: row.operationId, change: 'changed', fields: moved });
  }
  const now = new Set(after.map((r) => r.operationId));
  for (const row of before)
    if (!now.has(row.operationId)) changes.push({ operationId: row.operationId, change: 'removed', fields: [] });
  return changes;
}

/** The volumes for year Y are sent by 30 November of Y−1. */
export const forecastDueDate = (year: number) => `${year - 1}-11-30`;

export type ForecastStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export type ForecastAction = 'submit' | 'accept' | 'return';

const forecastTransitions: Record<ForecastAction, { from: ForecastStatus[]; to: ForecastStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
};

/**
 * The forecast's life: the office drafts and transmits it; the Département accepts it or returns
 * it with a reason; a returned forecast is edited and transmitted again; an accepted one is final.
 */
export function nextForecastStatus(from: ForecastStatus, action: ForecastAction): ForecastStatus | null {
  return forecastTransitions[action].from.includes(from) ? forecastTransitions[action].to : null;
}

/** The office changes its forecast while it is a draft or returned to it. */
export const forecastEditable = (status: ForecastStatus) => status === 'draft' || status === 'returned';

/**
 * The years the forecast page lists: those with any data, the current year (its forecast may be
 * missing, and it is the year being executed) and the next one (the forecast due this November),
 * each only inside the convention's period.
 */
export function forecastYears(withData: Iterable<number>, today: string, first: number, last: number): number[] {
  const current = Number(today.slice(0, 4));
  const years = new Set(withData);
  for (const y of [current, current + 1]) if (y >= first && y <= last) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** Late when submitted (Paris date) after the due date, or not submitted once it has passed. */
export function forecastIsLate(year: number, submittedOn: string | null, today: string): boolean {
  const due = forecastDueDate(year);
  return submittedOn ? submittedOn > due : today > due;
}

/**
 * How far a forecast volume is from the convention's announced range: 0 inside [low, high], else
 * the signed distance to the nearest bound (negative below, positive above). A point baseline
 * ("about 2,500") is a range whose bounds are equal.
 */
export function gapToRange(value: number, low: number, high: number): number {
  if (value < low) return value - low;
  if (value > high) return value - high;
  return 0;
}

export const progressColumns = {
  status: 'État',
  percentComplete: 'Avancement (%)',
  startActualOn: 'Ordre de service (date réelle)',
  deliveryActualOn: 'Livraison (date réelle)',
  spentCents: 'Dépenses à date (€)',
} as const;

/**
 * A row states the operation at the half-year's end: no date after it, delivered exactly when a
 * delivery date is given (then at 100 %), never delivered before it started.
 */
export function rowProblems(
  row: Omit<ProgressFacts, 'operationId'>,
  periodEnd: string,
): { column: keyof typeof progressColumns; message: string }[] {
  const problems: { column: keyof typeof progressColumns; message: string }[] = [];
  const fr = (iso: string) => iso.split('-').reverse().join('/');
  for (const column of ['startActualOn', 'deliveryActualOn'] as const) {
    const date = row[column];
    if (date && date > periodEnd)
      problems.push({ column, message: `date du ${fr(date)} postérieure à la fin du semestre (${fr(periodEnd)}).` });
  }
  if (row.deliveryActualOn && row.startActualOn && row.deliveryActualOn < row.startActualOn) {
    problems.push({
      column: 'deliveryActualOn',
      message: `livraison le ${fr(row.deliveryActualOn)} avant l'ordre de service du ${fr(row.startActualOn)}.`,
    });
  }
  if (row.deliveryActualOn && !row.startActualOn)
    problems.push({
      column: 'startActualOn',
      message: "une opération livrée a commencé : indiquez la date de l'ordre de service.",
    });
  if (row.status === 'delivered' && !row.deliveryActualOn)
    problems.push({ column: 'deliveryActualOn', message: 'une opération livrée a une date de livraison.' });
  if (row.status !== 'delivered' && row.deliveryActualOn)
    problems.push({ column: 'status', message: 'une date de livraison est donnée : l’état doit être « Livrée ».' });
  if (row.status === 'delivered' && row.percentComplete !== 100)
    problems.push({ column: 'percentComplete', message: 'une opération livrée est avancée à 100 %.' });
  return problems;
}
