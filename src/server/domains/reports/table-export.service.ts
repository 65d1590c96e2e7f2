import type { Principal } from '../../kernel/principal';
import type { TableExportBody } from '../../../contracts/reports';
import { XLSX_TYPE, type ExportFile } from '../../platform/http/files';
import { workbookBuffer } from '../../platform/spreadsheets';
import { fileNameOf, sheetOfDisplayedTable } from './table-export.rules';

/**
 * Any table of a page as xlsx: the page sends what it shows (the reader already holds it, so no
 * access check beyond being signed in), Copil writes it with typed cells, formulas neutralised.
 * Reads nothing and changes nothing, so it leaves no audit event.
 */
export async function exportDisplayedTable(_principal: Principal, table: TableExportBody): Promise<ExportFile<Buffer>> {
  return {
    filename: fileNameOf(table.title),
    contentType: XLSX_TYPE,
    content: await workbookBuffer([sheetOfDisplayedTable(table)]),
  };
}
