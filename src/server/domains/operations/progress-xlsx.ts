import type { Principal } from '../../kernel/principal';
import type ExcelJS from 'exceljs';
import { isIsoDate } from '../../../contracts/dates';
import { parseEuros } from '../../../contracts/money';
import {
  operationKindLabels,
  operationStatuses,
  operationStatusLabels,
  type OperationStatus,
} from '../../../contracts/operations';
import type { Db } from '../../platform/db/connect';
import { AppError, type FieldError } from '../../platform/errors';
import type { ExportFile } from '../../platform/http/files';
import { XLSX_TYPE } from '../../platform/http/files';
import { hasUnstorableText, unstorableTextMessage } from '../../platform/http/text-guard';
import { loadBoundedWorkbook, PROGRESS_XLSX_LIMITS } from '../../platform/xlsx-reader';
import { excelJs } from '../../platform/exceljs';
import { DATE_FORMAT, EUROS_FORMAT, spreadsheetCell, type ColumnKind } from '../../platform/spreadsheets';
import { operationPlace } from './operations.rules';
import * as repo from './progress.repository';
import { halfYearLabel, progressColumns } from './progress.rules';
import { applyRows, assertOfficeMayEdit, getTable, loadTableAccess, type RowUpdate } from './progress.service';
import type { ProgressTableView } from '../../../contracts/operations-progress';

/**
 * The progress table's spreadsheet round trip: download, edit in Excel or LibreOffice, upload.
 * The identifier column and the descriptive columns are locked (sheet protection), the sheet is
 * named after the half-year, and the upload checks both: a file of another half-year, changed
 * columns or edited identifiers are refused with the row and column, and nothing is saved.
 */

const columns = [
  { key: 'id', header: 'Identifiant', width: 38, editable: false, kind: 'text' },
  { key: 'reference', header: 'Référence', width: 11, editable: false, kind: 'text' },
  { key: 'label', header: 'Opération', width: 40, editable: false, kind: 'text' },
  { key: 'kind', header: 'Nature', width: 28, editable: false, kind: 'text' },
  { key: 'commune', header: 'Commune', width: 22, editable: false, kind: 'text' },
  { key: 'status', header: progressColumns.status, width: 14, editable: true, kind: 'text' },
  { key: 'percent', header: progressColumns.percentComplete, width: 15, editable: true, kind: 'integer' },
  { key: 'start', header: progressColumns.startActualOn, width: 18, editable: true, kind: 'date' },
  { key: 'delivery', header: progressColumns.deliveryActualOn, width: 18, editable: true, kind: 'date' },
  { key: 'spent', header: progressColumns.spentCents, width: 18, editable: true, kind: 'euros' },
  { key: 'comment', header: "Commentaire de l'office", width: 40, editable: true, kind: 'text' },
] as const satisfies readonly { key: string; header: string; width: number; editable: boolean; kind: ColumnKind }[];

const COMMENT_HEADER = columns.find((c) => c.key === 'comment')!.header;
const sheetName = (periodEnd: string) => `Avancement ${periodEnd}`;
const statusByLabel = new Map<string, OperationStatus>(
  operationStatuses.flatMap((s) => [[operationStatusLabels[s].toLowerCase(), s] as const, [s, s] as const]),
);

export async function downloadTable(db: Db, principal: Principal, tableId: string): Promise<ExportFile<Buffer>> {
  const { table } = await loadTableAccess(db, principal, tableId);
  const rows = await repo.listRows(db, tableId);
  const workbook = new (await excelJs()).Workbook();
  workbook.creator = 'Copil';
  const sheet = workbook.addWorksheet(sheetName(table.period_end), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    // An empty cell of a date or amount column shows what is typed in it as a date or an amount.
    style: c.kind === 'euros' ? { numFmt: EUROS_FORMAT } : c.kind === 'date' ? { numFmt: DATE_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const values: Record<(typeof columns)[number]['key'], unknown> = {
      id: r.operation_id,
      reference: r.reference,
      // Text as entered: a string cell is never evaluated, so no apostrophe (it came back on upload, issue #20).
      label: r.label,
      kind: operationKindLabels[r.kind],
      commune: operationPlace(r.commune_code),
      status: operationStatusLabels[r.status],
      percent: r.percent_complete,
      start: r.start_actual_on,
      delivery: r.delivery_actual_on,
      spent: r.spent_cents,
      comment: r.office_comment,
    };
    const row = sheet.addRow([]);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      // The cell typed as in every Copil workbook (spreadsheets.ts): numbers, dates, text as entered.
      const typed = spreadsheetCell(c.kind, values[c.key], `${sheet.name}, ligne ${row.number}, ${c.header}`);
      if (typed !== null) cell.value = typed.value;
      const format = typed?.type === 'date' ? DATE_FORMAT : typed?.type === 'number' ? typed.format : null;
      if (format) cell.numFmt = format;
      cell.protection = { locked: !c.editable };
      if (c.key === 'status')
        cell.dataValidation = {
          type: 'list',
          allowBlank: false,
          formulae: [`"${operationStatuses.map((s) => operationStatusLabels[s]).join(',')}"`],
        };
    });
  }
  // Protection without a password: it guards against slips, and the upload checks identifiers anyway.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  const content = Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  return { filename: `tableau-avancement-${table.period_end}.xlsx`, contentType: XLSX_TYPE, content };
}

/**
 * A number too large for a date, in a cell formatted as one, reads as an invalid Date: shown as
 * such (and refused where a value is checked) instead of throwing, which answered a 500.
 */
const INVALID_DATE = 'date invalide';
const isoDay = (d: Date) => (Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10));

function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoDay(value) ?? INVALID_DATE;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  const text = String(value).trim();
  return text === '' ? null : text;
}

function dateOf(value: ExcelJS.CellValue): string | null | undefined {
  if (value instanceof Date) return isoDay(value) ?? undefined;
  const text = cellText(value);
  if (text === null) return null;
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const iso = fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : text;
  return isIsoDate(iso) ? iso : undefined;
}

/** Reads the uploaded workbook into rows, or refuses it with every problem by row and column. */
export type ParsedRow = RowUpdate & { line: number; reference: string | null };

export async function parseTable(bytes: Buffer, periodEnd: string): Promise<ParsedRow[]> {
  let workbook: ExcelJS.Workbook;
  try {
    // Bounded: the central directory is checked and every part inflated under a byte budget
    // before exceljs sees it (a 3.1 MB bomb took the process to 3.74 GB, issue #17).
    workbook = await loadBoundedWorkbook(bytes, PROGRESS_XLSX_LIMITS, {
      subject: 'Le classeur xlsx',
      consequence: "rien n'a été enregistré",
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION_FAILED', "Ce fichier n'est pas un classeur xlsx lisible.", {
      fieldErrors: [{ field: 'file', message: 'Fichier xlsx attendu.' }],
    });
  }
  const sheet = workbook.getWorksheet(sheetName(periodEnd));
  if (!sheet) {
    const other = workbook.worksheets.map((w) => /^Avancement (\d{4}-\d{2}-\d{2})$/.exec(w.name)?.[1]).find(Boolean);
    const message = other
      ? `Ce fichier est le tableau du ${halfYearLabel(other)}, pas celui du ${halfYearLabel(periodEnd)} : téléchargez le tableau de ce semestre.`
      : `Feuille « ${sheetName(periodEnd)} » introuvable : envoyez le fichier téléchargé depuis ce tableau.`;
    throw new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field: 'file', message }] });
  }
  const errors: FieldError[] = [];
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const found = cellText(header.getCell(i + 1).value);
    if (found !== c.header)
      errors.push({
        field: `ligne 1, colonne ${i + 1}`,
        message: `Ligne 1, colonne ${i + 1} : en-tête « ${found ?? ''} » au lieu de « ${c.header} » ; gardez les colonnes du fichier téléchargé.`,
      });
  });
  if (cellText(header.getCell(columns.length + 1).value) !== null)
    errors.push({
      field: `ligne 1, colonne ${columns.length + 1}`,
      message: `Ligne 1 : colonne « ${cellText(header.getCell(columns.length + 1).value)} » en trop.`,
    });
  if (errors.length > 0)
    throw new AppError('VALIDATION_FAILED', `Colonnes modifiées : ${errors[0]!.message}`, { fieldErrors: errors });
  const rows: ParsedRow[] = [];
  const at = (line: number, header: string) => ({
    field: `ligne ${line}, ${header}`,
    prefix: `Ligne ${line}, colonne « ${header} »`,
  });
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const v = (key: (typeof columns)[number]['key']) => row.getCell(columns.findIndex((c) => c.key === key) + 1).value;
    if (columns.every((_, i) => cellText(row.getCell(i + 1).value) === null)) return;
    const problem = (header: string, message: string) =>
      errors.push({ field: at(line, header).field, message: `${at(line, header).prefix} : ${message}` });
    const statusText = cellText(v('status'));
    const status = statusText ? statusByLabel.get(statusText.toLowerCase()) : undefined;
    if (!status)
      problem(
        progressColumns.status,
        `« ${statusText ?? ''} » n'est pas un état (${operationStatuses.map((s) => operationStatusLabels[s]).join(', ')}).`,
      );
    const percentText = cellText(v('percent'));
    const percent = percentText !== null && /^\d{1,3}$/.test(percentText) ? Number(percentText) : NaN;
    if (!(percent >= 0 && percent <= 100))
      problem(progressColumns.percentComplete, `« ${percentText ?? ''} » : entier de 0 à 100 attendu.`);
    const start = dateOf(v('start'));
    if (start === undefined) problem(progressColumns.startActualOn, 'date invalide (JJ/MM/AAAA).');
    const delivery = dateOf(v('delivery'));
    if (delivery === undefined) problem(progressColumns.deliveryActualOn, 'date invalide (JJ/MM/AAAA).');
    const spentValue = v('spent');
    const spentText = typeof spentValue === 'number' ? spentValue.toFixed(2) : cellText(spentValue);
    const spent =
      spentText === null ? null : /^\d{1,13}([.,]\d{1,2})?$/.test(spentText) ? parseEuros(spentText) : undefined;
    if (spent === undefined) problem(progressColumns.spentCents, `« ${spentText} » : montant en euros attendu.`);
    const comment = cellText(v('comment'));
    // The page's limit (progressRowInput) holds for the spreadsheet too.
    if (comment !== null && comment.length > 4000) problem(COMMENT_HEADER, '4 000 caractères au plus.');
    // OOXML's escapes (_x0000_) decode to text PostgreSQL cannot store: refused like the API's.
    columns.forEach((c, i) => {
      const text = cellText(row.getCell(i + 1).value);
      if (text !== null && hasUnstorableText(text)) problem(c.header, `la cellule ${unstorableTextMessage}.`);
    });
    rows.push({
      line,
      reference: cellText(v('reference')),
      operationId: cellText(v('id')) ?? '',
      status: status ?? 'planned',
      percentComplete: Number.isNaN(percent) ? 0 : percent,
      startActualOn: start ?? null,
      deliveryActualOn: delivery ?? null,
      spentCents: spent ?? null,
      officeComment: comment,
    });
  });
  if (errors.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      `Rien n'a été enregistré : ${errors.length} erreur(s). ${errors[0]!.message}`,
      { fieldErrors: errors.slice(0, 200) },
    );
  return rows;
}

/** Uploads the edited workbook: all rows applied, or none. */
export async function uploadTable(
  db: Db,
  principal: Principal,
  tableId: string,
  bytes: Buffer,
): Promise<ProgressTableView> {
  await assertOfficeMayEdit(db, principal, tableId);
  const table = (await repo.findTable(db, tableId))!;
  const parsed = await parseTable(bytes, table.period_end);
  // An identifier that names another operation of the table than the reference beside it was edited.
  const references = new Map((await repo.listRows(db, tableId)).map((r) => [r.operation_id, r.reference]));
  const swapped = parsed.filter((r) => references.has(r.operationId) && references.get(r.operationId) !== r.reference);
  if (swapped.length > 0) {
    const fieldErrors = swapped.map((r) => ({
      field: `ligne ${r.line}, Identifiant`,
      message: `Ligne ${r.line}, colonne « Identifiant » : identifiant modifié ; il ne correspond pas à la référence ${r.reference ?? '(vide)'}.`,
    }));
    throw new AppError('VALIDATION_FAILED', `Rien n'a été enregistré : ${fieldErrors[0]!.message}`, { fieldErrors });
  }
  const rows: RowUpdate[] = parsed.map(({ line: _line, reference: _reference, ...row }) => row);
  await db.transaction().execute((trx) =>
    applyRows(
      trx,
      principal,
      tableId,
      rows,
      (i, column) => ({
        field: `ligne ${parsed[i]!.line}, ${column}`,
        prefix: `Ligne ${parsed[i]!.line}, colonne « ${column} »`,
      }),
      'xlsx',
    ),
  );
  return getTable(db, principal, tableId);
}
