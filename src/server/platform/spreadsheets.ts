import { formatDateFr, isIsoDate } from '../../contracts/dates';
import { parseEuros } from '../../contracts/money';
import { xlsxFile, XlsxStyle, type XlsxCell } from './xlsx';

/**
 * Spreadsheet files for people: CSV for French Excel and .xlsx workbooks (platform/xlsx.ts). Every text cell
 * is neutralised against formula injection; amounts stay exact (decimal strings → cents → one
 * division), dates are real dates.
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

export function toCsv(rows: string[][], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const field = (raw: string) => {
    const text = neutraliseCell(raw);
    return CSV_NEEDS_QUOTES.test(text) && (separator === ',' || !CSV_PLAIN_NUMBER.test(raw))
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  };
  const body = rows.map((row) => row.map(field).join(separator) + '\r\n').join('');
  return ((options.bom ?? true) ? '\uFEFF' : '') + body;
}

/** Reads RFC 4180 CSV text (a leading BOM is ignored) into rows of fields; the inverse of toCsv. */
export function parseCsv(text: string, separator: ';' | ',' = ';'): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
    i += 1;
  }
  if (quoted) throw new Error('CSV: guillemet non fermé.');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export type ColumnKind = 'text' | 'euros' | 'date' | 'integer' | 'percent';

export interface SheetColumn {
  header: string;
  key: string;
  width?: number;
  /**
   * text: any value, shown as text (neutralised); euros: a decimal string of euros ("4000000.00");
   * date: 'YYYY-MM-DD'; integer: a safe integer; percent: a decimal string of percentage points
   * ("50.00" is 50 %). null or undefined leaves the cell empty.
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

const styleOf: Record<ColumnKind, XlsxStyle> = {
  text: XlsxStyle.plain,
  euros: XlsxStyle.euros,
  date: XlsxStyle.date,
  integer: XlsxStyle.integer,
  percent: XlsxStyle.percent,
};

/** Days since 30 December 1899, Excel's date serial, of a 'YYYY-MM-DD' date. */
function excelSerial(value: unknown, where: string): number {
  return isoToUtcDate(value, where).getTime() / 86_400_000 + 25_569;
}

/**
 * A workbook with one worksheet per sheet: bold frozen header, typed and formatted cells. The
 * values are decided here (exact amounts, real dates, neutralised text) and laid out by the
 * xlsx writer of platform/xlsx.ts, which writes the sheet XML directly: the 40,000-dwelling export
 * in well under the 2 s of issue 11 (see BENCHMARKS.md), where exceljs took several seconds.
 */
export async function workbookBuffer(sheets: Sheet[]): Promise<Buffer> {
  return xlsxFile(
    sheets.map((sheet) => ({
      name: sheet.name,
      columns: sheet.columns.map((c) => ({
        header: c.header,
        width: c.width ?? Math.max(12, Math.min(60, c.header.length + 2)),
        style: styleOf[c.kind],
      })),
      rows: cellsOf(sheet),
    })),
  );
}

/** A typed cell of a column; `where` names the cell in the error when the value does not fit. */
function cellOf(kind: ColumnKind, value: unknown, where: string): XlsxCell {
  switch (kind) {
    case 'euros':
      return eurosToNumber(value, where);
    case 'date':
      return excelSerial(value, where);
    case 'integer':
      return integerOf(value, where);
    case 'percent':
      return percentToNumber(value, where);
    case 'text':
      return neutraliseCell(textOf(value));
  }
}

/** The rows' cells, one row at a time; plain loops, as this runs for every cell of large exports. */
function* cellsOf(sheet: Sheet): Generator<XlsxCell[]> {
  const columns = sheet.columns;
  for (let index = 0; index < sheet.rows.length; index++) {
    const row = sheet.rows[index]!;
    const cells: XlsxCell[] = new Array<XlsxCell>(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      const value = row[c.key];
      cells[i] = empty(value)
        ? null
        : c.kind === 'text'
          ? neutraliseCell(textOf(value))
          : cellOf(c.kind, value, `${sheet.name}, ligne ${index + 2}, ${c.header}`);
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
 * them (amounts "4000000,00", dates "31/12/2024", percentages "50,00"), text neutralised.
 */
export function sheetToCsv(sheet: Sheet): string {
  const cell = (c: SheetColumn, value: unknown, where: string): string => {
    if (empty(value)) return '';
    switch (c.kind) {
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
      case 'text':
        return textOf(value);
    }
  };
  return toCsv([
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((row, i) =>
      sheet.columns.map((c) => cell(c, row[c.key], `${sheet.name}, ligne ${i + 2}, ${c.header}`)),
    ),
  ]);
}
