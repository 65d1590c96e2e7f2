import type ExcelJS from 'exceljs';

/**
 * exceljs (≈ 28 MB resident once loaded) is loaded by the first workbook read or written, not at
 * start-up: most processes never touch a spreadsheet (issue #23).
 */
export async function excelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
