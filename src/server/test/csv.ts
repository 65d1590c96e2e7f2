import { parse } from 'csv-parse/sync';

/**
 * Reads CSV text as a spreadsheet or an open-data portal does (csv-parse, RFC 4180: quoted fields,
 * doubled quotes, line breaks inside quotes, a leading BOM ignored), for tests that check what a
 * reader of Copil's CSV files gets.
 */
export function readCsv(text: string, separator: ';' | ',' = ';'): string[][] {
  return parse(text, { delimiter: separator, bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n'] });
}
