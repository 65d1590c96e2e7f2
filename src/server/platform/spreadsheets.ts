import { formatDateFr, isIsoDate } from '../../contracts/dates';
import { parseEuros } from '../../contracts/money';
import { xlsxFile, XlsxStyle, type XlsxCell } from './xlsx';

/**
 * Spreadsheet files for people: CSV for French Excel and .xlsx workbooks (platform/xlsx.ts). Cells are
 * typed (issue #20): numbers are numbers with a French number format, dates are date cells shown
 * dd/mm/yyyy, text is text as entered. Amounts stay exact (decimal strings → cents → one division).
 * Formula injection is neutralised where a reader could evaluate a text: in CSV, whose fields
 * spreadsheet software parses (toCsv). An xlsx text cell (an inline or shared string) is never
 * evaluated, whatever it starts with: it is written as entered, without the apostrophe that showed
 * in every such cell and came back on upload.
 */

/**
 * A text cell that spreadsheet software would evaluate (it starts with =, +, -, @, a tab or a
 * carriage return: OWASP "CSV injection") gets a leading single quote, so it is shown as text and
 * never run. Idempotent: a neutralised text starts with a quote and is left alone. Other values
 * pass through unchanged.
 */
export function neutraliseCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface CsvOptions {
  /** ';' for French Excel (default), ',' for the RFC 4180 / Table Schema default dialect. */
  separator?: ';' | ',';
  /** A UTF-8 byte order mark, so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
  /**
   * Text a spreadsheet would evaluate gets a leading quote (default true: files for people). Only
   * open-data publications read by programs against a schema turn it off (see openDataCsv).
   */
  neutralise?: boolean;
}

/**
 * CSV text: every field neutralised, quoted when it holds a quote, a line break or ANY usual
 * separator (`;`, `,`, tab), whatever the file's own separator (quotes doubled, RFC 4180), lines
 * ended by CRLF. By default for French Excel: ';' and a BOM. Issue #17: `X,=cmd|' /C calc'!A0`
 * was written unquoted in the `;` file, so a reader set to `,` split it and ran the second half as
 * a formula. A plain decimal number (`-12,50`) is left unquoted in a `;` file: split, it holds no
 * formula.
 */
const CSV_NEEDS_QUOTES = /[;,\t"\r\n]/;
const CSV_PLAIN_NUMBER = /^-?\d+(,\d+)?$/;
/** A negative number ("-3,25", "-12.50") is read as that number, never as a formula: it stays a number. */
const CSV_NEGATIVE_NUMBER = /^-\d+([.,]\d+)?$/;

export function toCsv(rows: string[][], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const neutralise = options.neutralise ?? true;
  const field = (raw: string) => {
    const text = !neutralise || CSV_NEGATIVE_NUMBER.test(raw) ? raw : neutraliseCell(raw);
    return CSV_NEEDS_QUOTES.test(text) && (separator === ',' || !CSV_PLAIN_NUMBER.test(raw))
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  };
  const body = rows.map((row) => row.map(field).join(separator) + '\r\n').join('');
  return ((options.bom ?? true) ? '\uFEFF' : '') + body;
}

/**
 * An open-data publication (SCDL): the Table Schema dialect (',' separator, no BOM, RFC 4180
 * quoting) and the text as entered, NOT neutralised. Why not: the file is a publication of record,
 * read by programs (the schema validators, data.gouv.fr, aggregators) for which a leading quote is
 * part of the value — it turned "=Garantie d'emprunt…" into "'=Garantie…" for every reader of the
 * open data (issue #20 asks that the fields carry the text as entered). The values come from the
 * parties' authenticated agents, not from the public, and every other publisher's SCDL files are
 * unprotected alike: a person who opens open data in a spreadsheet relies on its protected view.
 * Quoting still keeps each field whole, so no separator or line break splits a formula out of it.
 */
export function openDataCsv(rows: string[][]): string {
  return toCsv(rows, { separator: ',', bom: false, neutralise: false });
}

export type ColumnKind = 'text' | 'euros' | 'date' | 'integer' | 'percent' | 'decimal' | 'number';

/**
 * A value with its own kind, for a column whose rows hold values of several kinds (a "Rubrique /
 * Valeur" sheet: a title, then dates): `typed('date', '2024-01-01')` is a date cell in a text column.
 */
export class TypedValue {
  constructor(
    readonly kind: ColumnKind,
    readonly value: unknown,
  ) {}
}
export const typed = (kind: ColumnKind, value: unknown) => new TypedValue(kind, value);

export interface SheetColumn {
  header: string;
  key: string;
  width?: number;
  /**
   * text: any value, shown as text (as entered in xlsx, neutralised in CSV); euros: a decimal string
   * of euros ("4000000.00"); date: 'YYYY-MM-DD'; integer: a safe integer (a year, a rank: no
   * thousands separator); percent: a decimal string of percentage points ("50.00" is 50 %);
   * decimal: a measure with two decimals ("25.00" m², shown 25,00); number: a figure of any scale
   * ("262", "12.5": 262 and 12,5, thousands separated). null or undefined leaves the cell empty; a
   * TypedValue overrides the column's kind for its cell.
   */
  kind: ColumnKind;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Record<string, unknown>[];
}

export const EUROS_FORMAT = '#,##0.00 €';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const PERCENT_FORMAT = '0.00 %';
/** Number formats are written in the file's neutral notation; French Excel and LibreOffice show "1 234,50". */
export const DECIMAL_FORMAT = '#,##0.00';
export const COUNT_FORMAT = '#,##0';
export const QUANTITY_FORMAT = '#,##0.####';

const PERCENT = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

const EUROS_TEXT = /^-?\d{1,15}(\.\d{1,2})?$/;

/** Exact cents of an API amount: a decimal string with a dot ("4000000.00") or bigint cents. */
function centsOf(value: unknown, where: string): bigint {
  const cents =
    typeof value === 'bigint' ? value : typeof value === 'string' && EUROS_TEXT.test(value) ? parseEuros(value) : null;
  if (cents === null) throw new Error(`${where} : montant invalide (${String(value)}).`);
  if (cents > BigInt(Number.MAX_SAFE_INTEGER) || cents < -BigInt(Number.MAX_SAFE_INTEGER))
    throw new Error(`${where} : montant hors de la précision d'un tableur.`);
  return cents;
}

/** "4000000.00" → 4000000: the exact cents, then one division, the nearest double to the amount. */
export function eurosToNumber(value: unknown, where = 'Montant'): number {
  return Number(centsOf(value, where)) / 100;
}

/** "50.00" (percentage points) → 0.5, from the exact hundredths of a point. */
export function percentToNumber(value: unknown, where = 'Pourcentage'): number {
  const match = typeof value === 'string' ? PERCENT.exec(value.trim()) : null;
  if (!match) throw new Error(`${where} : pourcentage invalide (${String(value)}).`);
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0') || '0');
  return hundredths / 10000;
}

/** 'YYYY-MM-DD' → midnight UTC that day. */
export function isoToUtcDate(value: unknown, where = 'Date'): Date {
  if (typeof value !== 'string' || !isIsoDate(value)) throw new Error(`${where} : date invalide (${String(value)}).`);
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function integerOf(value: unknown, where: string): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n))
    throw new Error(`${where} : entier invalide (${String(value)}).`);
  return n;
}

const empty = (value: unknown) => value === null || value === undefined || value === '';

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

const DECIMAL_TEXT = /^-?\d{1,15}(\.\d{1,4})?$/;

/** A decimal string ("25.00", "12.5", "-3") or a finite number, as the nearest double. */
function decimalOf(value: unknown, where: string): number {
  const n = typeof value === 'string' && DECIMAL_TEXT.test(value.trim()) ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`${where} : nombre invalide (${String(value)}).`);
  return n;
}

/**
 * A cell's value decided once for every xlsx writer (platform/xlsx.ts and exceljs): a number with
 * its number format, a date (midnight UTC, and its Excel serial), or a text as entered. Formats are
 * the usual French ones; a text is never prefixed (an xlsx string cell is never evaluated).
 */
export type SpreadsheetCell =
  | { type: 'number'; value: number; format: string | null }
  | { type: 'date'; value: Date; serial: number }
  | { type: 'text'; value: string }
  | null;

export function spreadsheetCell(kind: ColumnKind, raw: unknown, where: string): SpreadsheetCell {
  if (raw instanceof TypedValue) return spreadsheetCell(raw.kind, raw.value, where);
  if (empty(raw)) return null;
  switch (kind) {
    case 'euros':
      return { type: 'number', value: eurosToNumber(raw, where), format: EUROS_FORMAT };
    case 'date': {
      const value = isoToUtcDate(raw, where);
      return { type: 'date', value, serial: value.getTime() / 86_400_000 + 25_569 };
    }
    case 'integer':
      return { type: 'number', value: integerOf(raw, where), format: null };
    case 'percent':
      return { type: 'number', value: percentToNumber(raw, where), format: PERCENT_FORMAT };
    case 'decimal':
      return { type: 'number', value: decimalOf(raw, where), format: DECIMAL_FORMAT };
    case 'number': {
      const value = decimalOf(raw, where);
      return { type: 'number', value, format: Number.isInteger(value) ? COUNT_FORMAT : QUANTITY_FORMAT };
    }
    case 'text':
      return { type: 'text', value: textOf(raw) };
  }
}

/** The platform writer's style of each number format (styles.xml of platform/xlsx.ts). */
const styleOfFormat = new Map<string | null, XlsxStyle>([
  [null, XlsxStyle.integer],
  [EUROS_FORMAT, XlsxStyle.euros],
  [PERCENT_FORMAT, XlsxStyle.percent],
  [DECIMAL_FORMAT, XlsxStyle.decimal],
  [COUNT_FORMAT, XlsxStyle.count],
  [QUANTITY_FORMAT, XlsxStyle.quantity],
]);

const columnStyle: Record<ColumnKind, XlsxStyle> = {
  text: XlsxStyle.plain,
  euros: XlsxStyle.euros,
  date: XlsxStyle.date,
  integer: XlsxStyle.integer,
  percent: XlsxStyle.percent,
  decimal: XlsxStyle.decimal,
  number: XlsxStyle.count,
};

/**
 * A workbook with one worksheet per sheet: bold frozen header, typed and formatted cells. The
 * values are decided by spreadsheetCell and laid out by the xlsx writer of platform/xlsx.ts, which
 * writes the sheet XML directly: the 40,000-dwelling export in well under the 2 s of issue 11 (see
 * BENCHMARKS.md), where exceljs took several seconds.
 */
export async function workbookBuffer(sheets: Sheet[]): Promise<Buffer> {
  return xlsxFile(
    sheets.map((sheet) => ({
      name: sheet.name,
      columns: sheet.columns.map((c) => ({
        header: c.header,
        width: c.width ?? Math.max(12, Math.min(60, c.header.length + 2)),
        style: columnStyle[c.kind],
      })),
      rows: cellsOf(sheet),
    })),
  );
}

/** The platform writer's cell: the column's style applies unless the cell's format differs. */
function xlsxCellOf(cell: SpreadsheetCell, columnStyleOf: XlsxStyle): XlsxCell {
  if (cell === null) return null;
  if (cell.type === 'text') return cell.value;
  const style = cell.type === 'date' ? XlsxStyle.date : styleOfFormat.get(cell.format)!;
  const value = cell.type === 'date' ? cell.serial : cell.value;
  return style === columnStyleOf ? value : { value, style };
}

/** The rows' cells, one row at a time; plain loops, as this runs for every cell of large exports. */
function* cellsOf(sheet: Sheet): Generator<XlsxCell[]> {
  const columns = sheet.columns;
  const styles = columns.map((c) => columnStyle[c.kind]);
  for (let index = 0; index < sheet.rows.length; index++) {
    const row = sheet.rows[index]!;
    const cells: XlsxCell[] = new Array<XlsxCell>(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      const value = row[c.key];
      cells[i] = empty(value)
        ? null
        : c.kind === 'text' && !(value instanceof TypedValue)
          ? textOf(value)
          : xlsxCellOf(spreadsheetCell(c.kind, value, `${sheet.name}, ligne ${index + 2}, ${c.header}`), styles[i]!);
    }
    yield cells;
  }
}

/** A French decimal for CSV: "4000000.00" → "4000000,00" (no thousands separator: Excel reads it as a number). */
function frenchDecimal(text: string): string {
  return text.replace('.', ',');
}

/**
 * One sheet as CSV for French Excel: the header, then the cells written as French Excel reads
 * them (amounts "4000000,00", dates "31/12/2024", percentages "50,00", decimals "25,00"), text
 * neutralised (toCsv).
 */
export function sheetToCsv(sheet: Sheet): string {
  const cell = (kind: ColumnKind, value: unknown, where: string): string => {
    if (value instanceof TypedValue) return cell(value.kind, value.value, where);
    if (empty(value)) return '';
    switch (kind) {
      case 'euros': {
        const cents = centsOf(value, where);
        const abs = cents < 0n ? -cents : cents;
        return `${cents < 0n ? '-' : ''}${abs / 100n},${(abs % 100n).toString().padStart(2, '0')}`;
      }
      case 'date':
        isoToUtcDate(value, where);
        return formatDateFr(value as string);
      case 'integer':
        return String(integerOf(value, where));
      case 'percent':
        percentToNumber(value, where);
        return frenchDecimal((value as string).trim());
      case 'decimal':
      case 'number':
        decimalOf(value, where);
        return frenchDecimal(String(value).trim());
      case 'text':
        return textOf(value);
    }
  };
  return toCsv([
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((row, i) =>
      sheet.columns.map((c) => cell(c.kind, row[c.key], `${sheet.name}, ligne ${i + 2}, ${c.header}`)),
    ),
  ]);
}
