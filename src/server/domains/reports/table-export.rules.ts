import type { ColumnKind, Sheet } from '../../platform/spreadsheets';
import type { TableExportBody } from '../../../contracts/reports';

/**
 * Reads back the fr-FR text a page displays ("1 234 567,89 €", "2 500", "12,5 %", "31/12/2024",
 * "−100") into the values the workbook writer types. A column gets a kind only when every one of
 * its non-empty cells reads as that kind; otherwise it stays text, so nothing is ever misread.
 */
const SPACES = /[\s\u00a0\u202f]/g;
const MINUS = /^[−-]/;
/** Digits grouped by thousands with a (narrow) no-break or plain space, or plain digits. */
const NUMBER = String.raw`(-?\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|-?\d{1,15})`;
const EUROS = new RegExp(String.raw`^${NUMBER}(?:,(\d{1,2}))?[\s\u00a0\u202f]*€$`);
const INTEGER = new RegExp(String.raw`^${NUMBER}$`);

const normalised = (text: string) => text.trim().replace(MINUS, '-');

/** "1 234 567,89 €" → "1234567.89"; null when the text is not an amount in euros. */
export function eurosOf(text: string): string | null {
  const m = EUROS.exec(normalised(text));
  return m ? `${m[1]!.replace(SPACES, '')}.${(m[2] ?? '').padEnd(2, '0')}` : null;
}

/** "2 500" → "2500"; null unless whole digits, grouped by thousands or not. */
export function integerOf(text: string): string | null {
  const m = INTEGER.exec(normalised(text));
  const n = m ? m[1]!.replace(SPACES, '') : null;
  // A leading zero marks a code (INSEE, postcode), which a number would lose.
  return n !== null && !/^-?0\d/.test(n) && Number.isSafeInteger(Number(n)) ? n : null;
}

/** "12,5 %" → "12.50" (percentage points, 0 to 999.99); null otherwise. */
export function percentOf(text: string): string | null {
  const m = /^(\d{1,3})(?:,(\d{1,2}))?[\s\u00a0\u202f]*%$/.exec(text.trim());
  return m ? `${m[1]}.${(m[2] ?? '').padEnd(2, '0')}` : null;
}

/** "31/12/2024" → "2024-12-31" when it is a real date; null otherwise. */
export function dateOf(text: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

const readers: [ColumnKind, (text: string) => string | null][] = [
  ['euros', eurosOf],
  ['integer', integerOf],
  ['percent', percentOf],
  ['date', dateOf],
];

/** The kind of a column: the first reader that reads all its non-empty cells, else text. */
export function columnKind(cells: string[]): { kind: ColumnKind; read: (text: string) => string } {
  const filled = cells.filter((c) => c.trim() !== '' && c.trim() !== '—');
  if (filled.length > 0) {
    for (const [kind, read] of readers) {
      if (filled.every((c) => read(c) !== null)) return { kind, read: (c) => read(c) ?? '' };
    }
  }
  return { kind: 'text', read: (c) => c };
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  return (
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31) || 'Tableau'
  );
}

/** An ASCII file name from the title (an HTTP header carries it). */
export function fileNameOf(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${slug || 'tableau'}.xlsx`;
}

/** The displayed table as one typed sheet; rows shorter than the header get empty cells. */
export function sheetOfDisplayedTable(table: TableExportBody): Sheet {
  const width = table.columns.length;
  const rows = table.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const columns = table.columns.map((header, i) => ({
    header: header || `Colonne ${i + 1}`,
    key: `c${i}`,
    ...columnKind(rows.map((r) => r[i]!)),
  }));
  return {
    name: sheetName(table.title),
    columns: columns.map(({ header, key, kind }) => ({ header, key, kind })),
    rows: rows.map((r) =>
      Object.fromEntries(
        columns.map((c, i) => {
          const text = r[i]!.trim();
          return [c.key, text === '' || (c.kind !== 'text' && text === '—') ? null : c.read(r[i]!)];
        }),
      ),
    ),
  };
}
