import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors';
import { findCommune } from '../../../kernel/geography';
import { ByteMeter } from './encoding';
import { validateRecord } from './row';
import { mapHeader, TEMPLATE_COLUMNS, FIELDS } from './rpls';
import { columnLetter, xlsxRecords } from './sources';
import { buildImportTemplate } from './template';

async function readWorkbook(bytes: Buffer) {
  const out: { header: ReturnType<typeof mapHeader> | null; rows: ReturnType<typeof validateRecord>[] } = {
    header: null,
    rows: [],
  };
  for await (const record of xlsxRecords(Readable.from([bytes]), new ByteMeter(1e9))) {
    if (!out.header)
      out.header = mapHeader(
        record.values.map((v) => v ?? ''),
        { xlsx: true },
      );
    else out.rows.push(validateRecord(record, { mapping: out.header, findCommune, maxYear: 2028 }));
  }
  return out;
}

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Logements');
  sheet.addRow(TEMPLATE_COLUMNS.map((f) => FIELDS[f].aliases[0]!));
  for (const row of rows) sheet.addRow(row);
  wb.addWorksheet('Notice').addRow(['ignorée']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** identRep, identInt, DEPCOM, QPV, TYPECONST, NBPIECE, SURFHAB, CONSTRUCT, FINAN, DPEDATE, DPEENERGIE, DPESERRE */
const line = (over: Record<number, ExcelJS.CellValue> = {}): ExcelJS.CellValue[] => {
  const base: ExcelJS.CellValue[] = [
    '0620000000042',
    'INT-42',
    62041,
    '',
    'C',
    3,
    64.5,
    1972,
    'PLUS',
    new Date(Date.UTC(2022, 2, 15)),
    'D',
    'E',
  ];
  for (const [i, v] of Object.entries(over)) base[Number(i)] = v;
  return base;
};

describe('the xlsx template', () => {
  it('has the recent RPLS columns and an example line that imports', async () => {
    const { header, rows } = await readWorkbook(await buildImportTemplate());
    expect(header!.shape).toBe('template');
    expect(header!.problems).toEqual([]);
    expect(header!.headers.slice(0, 4)).toEqual(['IDENT_REP', 'IDENT_INT', 'DEPCOM', 'QPV_CODE']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.errors).toEqual([]);
    expect(rows[0]!.dwelling).toMatchObject({
      communeCode: '62041',
      surface: '64.50',
      dpeDate: '2022-03-01',
      energyClass: 'D',
      ghgClass: 'E',
      buildingCode: 'ARR-012',
      buildingName: 'Résidence des Tilleuls',
    });
  });

  it('reads numbers and real dates typed in cells', async () => {
    const { rows } = await readWorkbook(await workbook([line()]));
    expect(rows[0]!.errors).toEqual([]);
    expect(rows[0]!.dwelling).toMatchObject({
      line: 2,
      communeCode: '62041',
      rooms: 3,
      surface: '64.50',
      constructionYear: 1972,
      dpeDate: '2022-03-15',
    });
  });

  it('refuses a cell holding a formula, naming the line, the column and the cell', async () => {
    const { rows } = await readWorkbook(
      await workbook([
        line(),
        line({ 0: '0620000000043', 6: { formula: 'G2*2', result: 129 } as ExcelJS.CellFormulaValue }),
      ]),
    );
    expect(rows[0]!.errors).toEqual([]);
    expect(rows[1]!.dwelling).toBeNull();
    expect(rows[1]!.errors.map((e) => e.message)).toEqual([
      'Ligne 3, colonne SURFHAB (cellule G3) : la cellule contient une formule (=G2*2) ; remplacez-la par sa valeur (copier, collage spécial « valeurs »).',
    ]);
  });

  it('names the cell of a wrong value', async () => {
    const { rows } = await readWorkbook(await workbook([line({ 10: 'H' })]));
    expect(rows[0]!.errors.map((e) => e.message)).toEqual([
      'Ligne 2, colonne DPEENERGIE (cellule K2) : classe « H » inconnue ; attendu une lettre de A à G (ou vide sans DPE).',
    ]);
  });

  it('refuses something that is not a workbook with a 415', async () => {
    const error = await readWorkbook(Buffer.from('PK\u0003\u0004not really a zip', 'latin1')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('writes spreadsheet column letters', () => {
    expect([1, 12, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'L', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
