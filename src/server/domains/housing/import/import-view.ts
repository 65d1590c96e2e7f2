import {
  importStatusLabels,
  type ImportShape,
  type RowError,
  type StockImportView,
} from '../../../../contracts/housing';
import type { Db } from '../../../platform/db/connect';
import { userNames } from '../../access/access.queries';
import * as repo from './import.repository';

/** How an import is shown: progress for the bar, counts, the first errors and where the rest are. */

export const errorOf = (e: {
  line_number: number | null;
  column_name: string | null;
  value: string | null;
  message: string;
}): RowError => ({
  line: e.line_number,
  column: e.column_name,
  value: e.value,
  message: e.message,
});

export function toImportView(row: repo.ImportRow, firstErrors: RowError[], createdBy: string | null): StockImportView {
  const bytesRead = Number(row.bytes_read);
  const bytesExpected = row.bytes_expected === null ? null : Number(row.bytes_expected);
  const finished = row.status !== 'running';
  const percent = finished ? 100 : bytesExpected ? Math.min(99, Math.floor((bytesRead * 100) / bytesExpected)) : null;
  const base = `/api/stock-imports/${row.id}`;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    filename: row.filename,
    format: row.format,
    sha256: row.sha256,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    shape: row.shape as ImportShape | null,
    encoding: row.encoding,
    mode: row.mode,
    status: row.status,
    statusLabel: importStatusLabels[row.status],
    progress: { bytesRead, bytesExpected, percent, rowsRead: row.rows_read },
    counts: {
      rowsValid: row.rows_valid,
      rowsInvalid: row.rows_invalid,
      errors: row.error_count,
      // Every error is stored (the error file lists them all); kept in the view for its readers.
      errorsStored: row.error_count,
      created: row.created_count,
      updated: row.updated_count,
      unchanged: row.unchanged_count,
      missing: row.missing_count,
      demoReplaced: row.demo_replaced_count,
    },
    missingSample: row.missing_sample ?? [],
    ignoredColumns: row.ignored_columns ?? [],
    failureMessage: row.failure_message,
    firstErrors,
    createdBy,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    links: { self: base, errors: `${base}/errors`, errorFile: `${base}/errors.csv` },
  };
}

export async function importView(db: Db, id: string, errorCount = 20): Promise<StockImportView | null> {
  const row = await repo.findImport(db, id);
  if (!row) return null;
  const [errors, names] = await Promise.all([
    errorCount > 0 && row.error_count > 0 ? repo.listErrors(db, id, 0, errorCount) : Promise.resolve([]),
    userNames(db, [row.created_by]),
  ]);
  return toImportView(
    row,
    errors.map(errorOf),
    row.created_by === null ? null : (names.get(row.created_by)?.displayName ?? null),
  );
}

export async function latestImportView(db: Db, organisationId: string): Promise<StockImportView | null> {
  const [latest] = await repo.listImports(db, organisationId, 1);
  return latest ? importView(db, latest.id) : null;
}
