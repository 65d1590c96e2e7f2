import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors';
import { findCommune } from '../../../kernel/geography';
import { ByteMeter } from './encoding';
import { validateRecord } from './row';
import { FIELDS, mapHeader, TEMPLATE_COLUMNS } from './rpls';
import { xlsxRecords } from './sources';

/** Workbooks the fuzz tests found to be answered with a program's value instead of a French reason. */
const header = TEMPLATE_COLUMNS.map((f) => FIELDS[f].aliases[0]!);

async function records(bytes: Buffer) {
  const out = [];
  for await (const record of xlsxRecords(Readable.from([bytes]), new ByteMeter(1e9))) out.push(record);
  return out;
}

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Logements');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

describe('stock workbooks the fuzz tests broke', () => {
  it('refuses a workbook whose texts cannot be looked up, instead of reading "[object Object]"', async () => {
    const zip = await JSZip.loadAsync(await workbook([header]));
    zip.remove('xl/sharedStrings.xml');
    const error: unknown = await records(await zip.generateAsync({ type: 'nodebuffer' })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    // exceljs's streaming reader meets the missing part at a moment that depends on the stream's
    // timing: either refusal is the right answer, never a program's value.
    expect((error as AppError).message).toMatch(
      /^Le (classeur xlsx est endommagé|fichier n'est pas un classeur xlsx lisible)/,
    );
    expect((error as AppError).message).not.toContain('[object Object]');
  });

  it('names a formula past the last header column by its number and cell', async () => {
    const [head, row] = await records(
      await workbook([
        header,
        [
          '0620000000042',
          'INT-42',
          '62041',
          '',
          'C',
          '3',
          '64,5',
          '1972',
          'PLUS',
          '03/2022',
          'D',
          'E',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue,
        ],
      ]),
    );
    const { errors } = validateRecord(row!, {
      mapping: mapHeader(
        head!.values.map((v) => v ?? ''),
        { xlsx: true },
      ),
      findCommune,
      maxYear: 2028,
    });
    expect(errors.map((e) => e.message)).toEqual([
      'Ligne 2, colonne n° 20 (cellule T2) : la cellule contient une formule (=1+1) ; remplacez-la par sa valeur (copier, collage spécial « valeurs »).',
    ]);
  });
});
