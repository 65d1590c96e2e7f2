import { actorOf, type Principal } from '../../../kernel/principal';
import type { Readable } from 'node:stream';
import type { Transaction } from 'kysely';
import { todayInParis } from '../../../../contracts/dates';
import type { ImportErrorPage, ImportMode, RowError, StockImportView } from '../../../../contracts/housing';
import { offsetOf } from '../../../../contracts/pagination';
import { recordAudit } from '../../../platform/audit';
import type { Db } from '../../../platform/db/connect';
import type { Database } from '../../../platform/db/schema';
import { cleanFilename } from '../../../platform/documents';
import { AppError, forbidden, notFound } from '../../../platform/errors';
import { incompleteUpload, isMalformedMultipart } from '../../../platform/http/uploads';
import { toCsv } from '../../../platform/spreadsheets';
import { findCommune } from '../../../kernel/geography';
import { lockOrganisation } from '../../conventions/conventions.queries';
import { canImportStock } from '../housing.policy';
import { loadStockAccess } from '../housing.service';
import { ByteMeter, fileTooLarge, SniffingDecoder } from './encoding';
import { errorOf, importView } from './import-view';
import * as repo from './import.repository';
import { validateRecord, type RowContext, type SourceRecord, type StagedDwelling } from './row';
import { mapHeader, separatorProblem, type HeaderMapping, type HeaderProblem } from './rpls';
import { csvRecords, xlsxRecords } from './sources';

/**
 * Importing a stock file, all or nothing. Phase 1 streams the upload: each line is validated and
 * the valid ones are copied into staging in batches of 5 000 (COPY, the next batch validated
 * while the previous one is copied), with the progress written
 * to the import record after each batch so a page can poll it. Phase 2, only when the file is
 * acceptable (no error, or the user chose to import the valid rows only), merges the staged rows
 * into the stock in ONE transaction with its audit event. A refused file changes nothing in the
 * stock; its errors (line, column, reason) stay with the import record.
 *
 * Later, phase 1 and 2 can run in a background job (pg-boss) fed by a stored upload; the upload
 * request then answers 202 at once. Today the request waits for the end of the import.
 */

export const MAX_STOCK_FILE_BYTES = 100 * 1024 * 1024;
export const BATCH_ROWS = 5000;
/** An import still "running" after this long was cut by a server stop. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export interface Upload {
  filename: string;
  stream: Readable;
  /** The request's Content-Length (bytes of the whole multipart body), for the progress bar. */
  bytesExpected: number | null;
  mode: ImportMode;
}

function formatOf(filename: string): 'csv' | 'xlsx' {
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  const message = `Type de fichier non accepté (.${extension}) : envoyez le fichier RPLS en CSV (séparateur « ; ») ou le modèle xlsx de Copil.`;
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', message, { fieldErrors: [{ field: 'file', message }] });
}

const plural = (n: number, word: string) => `${n.toLocaleString('fr-FR')} ${word}${n > 1 ? 's' : ''}`;

function headerError(line: number, problems: HeaderProblem[]): AppError {
  const detail = `Ligne ${line} (en-tête) : ${problems.map((p) => p.message).join(' ; ')} ; rien n'a été importé.`;
  return new AppError('VALIDATION_FAILED', detail, {
    fieldErrors: problems.map((p) => ({
      field: p.column ? `ligne ${line}, colonne ${p.column}` : `ligne ${line}`,
      message: p.message,
    })),
  });
}

/** The mutable state of one run of phase 1. */
class Run {
  mapping: HeaderMapping | null = null;
  rowsRead = 0;
  rowsValid = 0;
  rowsInvalid = 0;
  errorCount = 0;
  batch: StagedDwelling[] = [];
  errors: RowError[] = [];
  inFlight: Promise<void> = Promise.resolve();
  constructor(
    readonly db: Db,
    readonly importId: string,
    readonly meter: ByteMeter,
    readonly decoder: SniffingDecoder | null,
  ) {}

  get encoding() {
    return this.decoder ? (this.decoder.encoding ?? 'utf-8') : null;
  }

  async header(record: SourceRecord, xlsx: boolean) {
    if (record.formulas && record.formulas.size > 0)
      throw headerError(record.line, [
        { column: null, message: "l'en-tête contient des formules ; écrivez les noms de colonnes en texte" },
      ]);
    const raw = record.values.map((v) => v ?? '');
    const separator = xlsx ? null : separatorProblem(raw);
    if (separator) throw headerError(record.line, [separator]);
    const mapping = mapHeader(raw, { xlsx });
    // The file's shape is recorded even when its header is refused: the report says what the file
    // was, then which columns are missing (the failure is stored as the import's error).
    await repo.updateProgress(this.db, this.importId, {
      ...this.counts(),
      shape: mapping.shape,
      encoding: this.encoding ?? 'xlsx',
      ignoredColumns: mapping.ignored,
    });
    if (mapping.problems.length > 0) throw headerError(record.line, mapping.problems);
    this.mapping = mapping;
  }

  row(record: SourceRecord, ctx: RowContext) {
    this.rowsRead++;
    const { dwelling, errors } = validateRecord(record, ctx);
    if (dwelling) this.batch.push(dwelling);
    else {
      this.rowsInvalid++;
      this.errors.push(...errors);
    }
    return this.batch.length + this.errors.length >= BATCH_ROWS;
  }

  /**
   * Hands the batch to the database and returns at once: the next batch is read and validated
   * while this one is copied into the staging table. One batch is in flight at a time (the
   * previous one is awaited first), so memory stays at two batches whatever the file size.
   */
  async flush() {
    await this.inFlight;
    const batch = this.batch;
    const errors = this.errors;
    this.batch = [];
    this.errors = [];
    this.rowsValid += batch.length;
    // Every error is stored, whatever their number (issue #20: a file with 4,012 errors was
    // detailed 1,000 at a time), so the error file lists them all in one round of fixes.
    const stored = this.errorCount;
    this.errorCount += errors.length;
    const counts = this.counts();
    this.inFlight = (async () => {
      await repo.stageRows(this.db, this.importId, batch);
      await repo.insertErrors(this.db, this.importId, stored, errors);
      await repo.updateProgress(this.db, this.importId, counts);
    })();
    // Awaited by the next flush or by settle(); an error must not go unhandled meanwhile.
    this.inFlight.catch(() => undefined);
  }

  /** Waits for the batch in flight; its error, if any, is thrown. */
  async settle() {
    const pending = this.inFlight;
    this.inFlight = Promise.resolve();
    await pending;
  }

  /**
   * Once the whole file is staged: a dwelling named twice is kept from its first line; each later
   * line is an error naming the column and the first line.
   */
  async removeDuplicates() {
    await this.settle();
    if (this.rowsValid === 0) return;
    const stored = this.errorCount;
    const { count, removed } = await repo.removeDuplicates(this.db, this.importId);
    if (count === 0) return;
    const headers = this.mapping!.headers;
    const columns = this.mapping!.columns;
    const errors = removed.map((row): RowError => {
      const column = headers[row.identRep !== null ? columns.identRep! : columns.identInt!]!;
      const value = row.identRep ?? row.identInt;
      return {
        line: row.line,
        column,
        value,
        message: `Ligne ${row.line}, colonne ${column} : identifiant « ${value} » déjà utilisé ligne ${row.firstLine} ; un logement ne figure qu'une fois.`,
      };
    });
    await repo.insertErrors(this.db, this.importId, stored, errors);
    this.errorCount += count;
    this.rowsValid -= count;
    this.rowsInvalid += count;
    await repo.updateProgress(this.db, this.importId, this.counts());
  }

  counts() {
    return {
      bytesRead: this.meter.bytes,
      rowsRead: this.rowsRead,
      rowsValid: this.rowsValid,
      rowsInvalid: this.rowsInvalid,
      errorCount: this.errorCount,
    };
  }
}

async function readAndStage(run: Run, format: 'csv' | 'xlsx', stream: Readable) {
  const records = format === 'csv' ? csvRecords(stream, run.meter, run.decoder!) : xlsxRecords(stream, run.meter);
  const maxYear = Number(todayInParis().slice(0, 4)) + 2;
  let ctx: RowContext | null = null;
  for await (const record of records) {
    if (!run.mapping) await run.header(record, format === 'xlsx');
    else if (run.row(record, (ctx ??= { mapping: run.mapping, findCommune, maxYear }))) await run.flush();
  }
  if (!run.mapping) {
    const detail =
      run.meter.bytes === 0
        ? "Le fichier envoyé est vide (0 octet) ; rien n'a été importé."
        : "Ligne 1 : le fichier ne contient aucune ligne d'en-tête (lignes vides seulement) ; rien n'a été importé.";
    throw new AppError('VALIDATION_FAILED', detail, {
      fieldErrors: [{ field: run.meter.bytes === 0 ? 'file' : 'ligne 1', message: detail }],
    });
  }
  await run.flush();
  await run.removeDuplicates();
  if (run.rowsRead === 0) {
    const detail = "Ligne 2 : le fichier ne contient aucun logement (en-tête seul) ; rien n'a été importé.";
    throw new AppError('VALIDATION_FAILED', detail, { fieldErrors: [{ field: 'ligne 2', message: detail }] });
  }
}

function auditFacts(run: Run, filename: string, sha256: string, extra: Record<string, unknown>) {
  return {
    filename,
    sha256,
    sizeBytes: run.meter.bytes,
    shape: run.mapping?.shape ?? null,
    encoding: run.encoding,
    ...run.counts(),
    ...extra,
  };
}

/** Imports a stock file for a landlord; the import as it ended, or an AppError naming what is wrong. */
export async function importStock(
  db: Db,
  principal: Principal,
  organisationId: string,
  upload: Upload,
  maxBytes = MAX_STOCK_FILE_BYTES,
): Promise<StockImportView> {
  const { access } = await loadStockAccess(db, principal, organisationId);
  if (!canImportStock(principal, access))
    throw forbidden("Seuls les agents de l'office et l'administrateur importent le patrimoine.");
  const filename = cleanFilename(upload.filename);
  const format = formatOf(filename);
  if (upload.bytesExpected !== null && upload.bytesExpected > maxBytes + 64 * 1024) throw fileTooLarge(maxBytes);

  await repo.abandonStaleImports(db, organisationId, new Date(Date.now() - STALE_AFTER_MS));
  const { id } = await repo.insertImport(db, {
    organisationId,
    filename,
    format,
    mode: upload.mode,
    bytesExpected: upload.bytesExpected,
    createdBy: principal.id,
  });
  const run = new Run(db, id, new ByteMeter(maxBytes), format === 'csv' ? new SniffingDecoder() : null);
  const actor = actorOf(principal);

  try {
    await readAndStage(run, format, upload.stream);
  } catch (thrown) {
    const error =
      (thrown as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE'
        ? fileTooLarge(maxBytes)
        : isMalformedMultipart(thrown)
          ? incompleteUpload()
          : thrown;
    upload.stream.resume();
    // A batch still being copied must land before the staging rows are dropped.
    await run.settle().catch(() => undefined);
    const message =
      error instanceof AppError
        ? error.message
        : "Erreur interne pendant la lecture du fichier ; rien n'a été importé.";
    if (error instanceof AppError && run.mapping === null) {
      // The file-level failure (a refused header, no header, an unreadable file) is the import's
      // one error: the report and the error file show it, not "0 erreur".
      await repo.insertErrors(db, id, 0, [{ line: null, column: null, value: null, message }]);
      run.errorCount = 1;
    }
    await db.transaction().execute(async (trx) => {
      await repo.dropStagedRows(trx, id);
      await repo.updateProgress(trx, id, run.counts());
      await repo.finishImport(trx, id, {
        status: 'failed',
        sha256: null,
        sizeBytes: run.meter.bytes,
        failureMessage: message,
      });
      await recordAudit(trx, actor, {
        entityType: 'stock_import',
        entityId: id,
        action: 'fail',
        after: { organisationId, filename, reason: message, ...run.counts() },
      });
    });
    if (error instanceof AppError)
      throw new AppError(error.code, error.message, {
        fieldErrors: error.fieldErrors,
        extra: { ...error.extra, importId: id },
      });
    throw error;
  }

  const sha256 = run.meter.digest();
  if (run.errorCount > 0 && (upload.mode === 'all_or_nothing' || run.rowsValid === 0)) {
    await db.transaction().execute(async (trx) => {
      await repo.dropStagedRows(trx, id);
      await repo.updateProgress(trx, id, { ...run.counts(), encoding: run.encoding ?? 'xlsx' });
      await repo.finishImport(trx, id, { status: 'rejected', sha256, sizeBytes: run.meter.bytes });
      await recordAudit(trx, actor, {
        entityType: 'stock_import',
        entityId: id,
        action: 'reject',
        after: { organisationId, ...auditFacts(run, filename, sha256, { mode: upload.mode }) },
      });
    });
    const first = (await repo.listErrors(db, id, 0, 50)).map(errorOf);
    const validOnly = upload.mode === 'valid_rows_only' ? ' aucune ligne valide à importer ;' : '';
    const detail = `${plural(run.errorCount, 'erreur')} sur ${plural(run.rowsInvalid, 'ligne')} :${validOnly} rien n'a été importé. ${first[0]!.message}`;
    throw new AppError('VALIDATION_FAILED', detail, {
      fieldErrors: first.map((e) => ({
        field: `ligne ${e.line}${e.column ? `, colonne ${e.column}` : ''}`,
        message: e.message,
      })),
      extra: {
        importId: id,
        errorCount: run.errorCount,
        rowsInvalid: run.rowsInvalid,
        errorFile: `/api/stock-imports/${id}/errors.csv`,
      },
    });
  }

  await mergeOrFail(db, id, run, async (trx) => {
    await repo.updateProgress(trx, id, { ...run.counts(), encoding: run.encoding ?? 'xlsx' });
    await lockOrganisation(trx, organisationId);
    const counts = await repo.mergeStagedRows(trx, id, organisationId);
    await repo.finishImport(trx, id, { status: 'completed', sha256, sizeBytes: run.meter.bytes, counts });
    const { missingSample: _sample, ...figures } = counts;
    await recordAudit(trx, actor, {
      entityType: 'stock_import',
      entityId: id,
      action: 'import',
      after: { organisationId, ...auditFacts(run, filename, sha256, { mode: upload.mode, ...figures }) },
    });
  });
  return (await importView(db, id))!;
}

/**
 * Phase 2 in its transaction; if it fails (a database error), the import is marked failed and its
 * staging rows dropped, so nothing of it stays behind, before the error goes on.
 */
async function mergeOrFail(db: Db, id: string, run: Run, merge: (trx: Transaction<Database>) => Promise<void>) {
  try {
    await db.transaction().execute(merge);
  } catch (error) {
    await db.transaction().execute(async (trx) => {
      await repo.dropStagedRows(trx, id);
      await repo.finishImport(trx, id, {
        status: 'failed',
        sha256: null,
        sizeBytes: run.meter.bytes,
        failureMessage: "Erreur interne pendant l'enregistrement du patrimoine ; rien n'a été importé.",
      });
    });
    throw error;
  }
}

/**
 * At start-up (main.ts): imports a killed process left behind are failed and their staging rows
 * dropped. The embedded database is held by this process alone (lock), so every running import
 * there is dead; on a PostgreSQL server another instance may be importing, so only imports older
 * than the staleness limit are abandoned (orphan staging rows are dropped on both).
 */
export async function cleanUpInterruptedImports(db: Db, engine: 'embedded' | 'server', now = new Date()) {
  const before = engine === 'embedded' ? now : new Date(now.getTime() - STALE_AFTER_MS);
  return repo.abandonInterruptedImports(db, before);
}

async function importAccess(db: Db, principal: Principal, id: string) {
  const row = await repo.findImport(db, id);
  if (!row) throw notFound('Import');
  await loadStockAccess(db, principal, row.organisation_id);
  return row;
}

export async function getImport(db: Db, principal: Principal, id: string): Promise<StockImportView> {
  await importAccess(db, principal, id);
  return (await importView(db, id))!;
}

export async function listImports(db: Db, principal: Principal, organisationId: string): Promise<StockImportView[]> {
  await loadStockAccess(db, principal, organisationId);
  const rows = await repo.listImports(db, organisationId);
  return Promise.all(rows.map(async (r) => (await importView(db, r.id, 0))!));
}

export async function listImportErrors(
  db: Db,
  principal: Principal,
  id: string,
  query: { page: number; pageSize: number },
): Promise<ImportErrorPage> {
  const row = await importAccess(db, principal, id);
  const items = (await repo.listErrors(db, id, offsetOf(query), query.pageSize)).map(errorOf);
  return { items, total: row.error_count, page: query.page, pageSize: query.pageSize };
}

/** The error file: every error of the import, one line each (CSV for French Excel), whatever their number. */
export async function importErrorFile(
  db: Db,
  principal: Principal,
  id: string,
): Promise<{ filename: string; content: string }> {
  const row = await importAccess(db, principal, id);
  const lines = [['Ligne', 'Colonne', 'Valeur', 'Erreur']];
  // Read by pages of the error positions (0, 1, 2…: contiguous), so a file of a million errors is
  // not one query result held twice.
  for (let from = 0; from < row.error_count; from += ERROR_FILE_PAGE)
    for (const e of (await repo.listErrorsFrom(db, id, from, ERROR_FILE_PAGE)).map(errorOf))
      lines.push([e.line === null ? '' : String(e.line), e.column ?? '', e.value ?? '', e.message]);
  if (lines.length === 1 && row.failure_message) lines.push(['', '', '', row.failure_message]);
  const base = row.filename.replace(/\.[^.]*$/, '');
  return { filename: `erreurs-${base}.csv`, content: toCsv(lines) };
}

const ERROR_FILE_PAGE = 10_000;
