import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  COUNT_FORMAT,
  DATE_FORMAT,
  DECIMAL_FORMAT,
  EUROS_FORMAT,
  QUANTITY_FORMAT,
  typed,
  eurosToNumber,
  neutraliseCell,
  percentToNumber,
  sheetToCsv,
  toCsv,
  workbookBuffer,
  type Sheet,
} from './spreadsheets';
import { readCsv } from '../test/csv';

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

async function readBack(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as LoadInput);
  return workbook;
}

describe('neutraliseCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('prefixes a text starting with %j with a single quote', (lead) => {
    expect(neutraliseCell(`${lead}HYPERLINK("http://x")`)).toBe(`'${lead}HYPERLINK("http://x")`);
  });

  it('leaves ordinary text, an already neutralised text and non-text values alone', () => {
    expect(neutraliseCell('Réhabilitation = 12 logements')).toBe('Réhabilitation = 12 logements');
    expect(neutraliseCell("'=1+1")).toBe("'=1+1");
    expect(neutraliseCell(neutraliseCell('=1+1'))).toBe("'=1+1");
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(null)).toBe(null);
  });
});

describe('toCsv', () => {
  it('writes French Excel CSV: BOM, semicolons, CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(text).toBe('\uFEFFa;b\r\n1;2\r\n');
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes fields holding the separator, quotes or line breaks, doubling quotes', () => {
    expect(toCsv([['x;y', 'il a dit "oui"', 'deux\nlignes', 'trois\r\nlignes', 'a,b']])).toBe(
      '\uFEFF"x;y";"il a dit ""oui""";"deux\nlignes";"trois\r\nlignes";"a,b"\r\n',
    );
    expect(toCsv([['a,b', 'x;y']], { separator: ',', bom: false })).toBe('"a,b","x;y"\r\n');
  });

  it('quotes a cell holding another separator, so no reader splits a formula out of it (issue #17)', () => {
    const cell = "X,=cmd|' /C calc'!A0";
    expect(toCsv([[cell, 'b']], { bom: false })).toBe(`"X,=cmd|' /C calc'!A0";b\r\n`);
    expect(toCsv([['X\t=1+1', 'X;=1+1']], { separator: ',', bom: false })).toBe('"X\t=1+1","X;=1+1"\r\n');
    // Read back with either separator, the cell stays one cell and no field starts a formula.
    for (const separator of [';', ','] as const)
      for (const row of readCsv(toCsv([[cell, '=2+2']], { separator }), separator)) {
        expect(row).toEqual([cell, "'=2+2"]);
        expect(row.some((f) => /^[=+\-@]/.test(f))).toBe(false);
      }
    // A French decimal number stays unquoted in the ';' file (split on ',', it holds no formula).
    expect(toCsv([['12,50', '3,5']], { bom: false })).toBe('12,50;3,5\r\n');
  });

  it('neutralises every field, and a quoted formula stays neutralised', () => {
    expect(toCsv([['=1+1', '@SUM(A1)', '-2+3', '+33 1', '\tx', '\rx']], { bom: false })).toBe(
      `'=1+1;'@SUM(A1);'-2+3;'+33 1;"'\tx";"'\rx"\r\n`,
    );
    expect(toCsv([['=HYPERLINK("a;b")']], { bom: false })).toBe(`"'=HYPERLINK(""a;b"")"\r\n`);
    // A negative number is read as that number, never as a formula: it stays a number.
    expect(toCsv([['-12,50', '-3', '-12.50']], { separator: ',', bom: false })).toBe('"-12,50",-3,-12.50\r\n');
  });

  it('parses back what it writes', () => {
    const rows = [
      ['en-tête', 'b'],
      ['x;y', 'il a dit "oui"'],
      ['deux\r\nlignes', ''],
    ];
    expect(readCsv(toCsv(rows))).toEqual(rows);
    expect(readCsv(toCsv(rows, { separator: ',', bom: false }), ',')).toEqual(rows);
  });
});

describe('amount and percentage conversions', () => {
  it('converts decimal strings exactly', () => {
    expect(eurosToNumber('4000000.00')).toBe(4000000);
    expect(eurosToNumber('0.1')).toBe(0.1);
    expect(eurosToNumber('1234567.89')).toBe(1234567.89);
    expect(eurosToNumber('90071992547409.91')).toBe(90071992547409.91);
    expect(eurosToNumber(123n)).toBe(1.23);
    expect(() => eurosToNumber('1,5')).toThrow();
    expect(() => eurosToNumber('1.234')).toThrow();
    expect(() => eurosToNumber(1.5)).toThrow();
    expect(percentToNumber('50.00')).toBe(0.5);
    expect(percentToNumber('33.33')).toBe(0.3333);
    expect(percentToNumber('100')).toBe(1);
  });
});

const sheet: Sheet = {
  name: 'Conventions financières',
  columns: [
    { header: 'Objet', key: 'purpose', kind: 'text', width: 40 },
    { header: 'Montant', key: 'amount', kind: 'euros' },
    { header: 'Signée le', key: 'signedOn', kind: 'date' },
    { header: 'Année', key: 'year', kind: 'integer' },
    { header: 'Quotité', key: 'share', kind: 'percent' },
  ],
  rows: [
    {
      purpose: '=HYPERLINK("http://evil.example","clic")',
      amount: '1234567.89',
      signedOn: '2024-03-15',
      year: 2024,
      share: '50.00',
    },
    { purpose: 'Réhabilitation', amount: '0.10', signedOn: null, year: 2025, share: null },
  ],
};

describe('sheetToCsv', () => {
  it('writes amounts, dates and percentages as French Excel reads them', () => {
    expect(readCsv(sheetToCsv(sheet))).toEqual([
      ['Objet', 'Montant', 'Signée le', 'Année', 'Quotité'],
      [`'=HYPERLINK("http://evil.example","clic")`, '1234567,89', '15/03/2024', '2024', '50,00'],
      ['Réhabilitation', '0,10', '', '2025', ''],
    ]);
  });

  it('refuses a malformed amount or date instead of writing it', () => {
    expect(() => sheetToCsv({ ...sheet, rows: [{ amount: '12,5' }] })).toThrow(/montant invalide/);
    expect(() => sheetToCsv({ ...sheet, rows: [{ signedOn: '2024-02-30' }] })).toThrow(/date invalide/);
  });
});

describe('workbookBuffer', () => {
  it('round-trips through exceljs: bold frozen header, euros, dates, text as entered (issue #20)', async () => {
    const workbook = await readBack(
      await workbookBuffer([sheet, { name: 'Vide', columns: [{ header: 'A', key: 'a', kind: 'text' }], rows: [] }]),
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Conventions financières', 'Vide']);
    const ws = workbook.getWorksheet('Conventions financières')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Objet', 'Montant', 'Signée le', 'Année', 'Quotité']);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const purpose = ws.getCell('A2');
    expect(purpose.type).toBe(ExcelJS.ValueType.String);
    // A string cell is never evaluated: the text is written as entered, without an apostrophe.
    expect(purpose.value).toBe(`=HYPERLINK("http://evil.example","clic")`);
    expect(purpose.formula).toBeUndefined();

    const amount = ws.getCell('B2');
    expect(amount.type).toBe(ExcelJS.ValueType.Number);
    expect(amount.value).toBe(1234567.89);
    expect(amount.numFmt).toBe(EUROS_FORMAT);
    expect(ws.getCell('B3').value).toBe(0.1);

    const date = ws.getCell('C2');
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect((date.value as Date).toISOString()).toBe('2024-03-15T00:00:00.000Z');
    expect(date.numFmt).toBe(DATE_FORMAT);
    expect(ws.getCell('C3').value).toBeNull();

    expect(ws.getCell('D2').value).toBe(2024);
    expect(ws.getCell('E2').value).toBe(0.5);
    expect(ws.getColumn(1).width).toBe(40);
  });

  it('fails on a value that does not fit its column instead of writing a wrong number', async () => {
    await expect(workbookBuffer([{ ...sheet, rows: [{ amount: 12.5 }] }])).rejects.toThrow(/montant invalide/);
  });
});

describe('typed cells (issue #20)', () => {
  const typedSheet: Sheet = {
    name: 'Types',
    columns: [
      { header: 'Rubrique', key: 'field', kind: 'text' },
      { header: 'Valeur', key: 'value', kind: 'text' },
      { header: 'Surface (m²)', key: 'surface', kind: 'decimal' },
      { header: 'Valeur mesurée', key: 'figure', kind: 'number' },
    ],
    rows: [
      { field: '- retard', value: typed('date', '2024-01-01'), surface: '25.00', figure: '262' },
      { field: '+33 1 23', value: '@Copil', surface: '1234.5', figure: '12.5' },
      { field: '=1+1', value: 'non signée', surface: null, figure: '-3.25' },
    ],
  };

  it('writes numbers as numbers with a French format, dates as dates, text without an apostrophe', async () => {
    const ws = (await readBack(await workbookBuffer([typedSheet]))).getWorksheet('Types')!;
    const cell = (ref: string) => ws.getCell(ref);
    expect([cell('A2').value, cell('A3').value, cell('A4').value, cell('B3').value]).toEqual([
      '- retard',
      '+33 1 23',
      '=1+1',
      '@Copil',
    ]);
    for (const ref of ['A2', 'A3', 'A4', 'B3', 'B4']) {
      expect(cell(ref).type, ref).toBe(ExcelJS.ValueType.String);
      expect(String(cell(ref).value).startsWith("'"), ref).toBe(false);
    }
    expect(cell('B2').type).toBe(ExcelJS.ValueType.Date);
    expect((cell('B2').value as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(cell('B2').numFmt).toBe(DATE_FORMAT);
    expect([cell('C2').value, cell('C3').value, cell('C4').value]).toEqual([25, 1234.5, null]);
    expect(cell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('C2').numFmt).toBe(DECIMAL_FORMAT);
    expect([cell('D2').value, cell('D3').value, cell('D4').value]).toEqual([262, 12.5, -3.25]);
    expect(cell('D2').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('D2').numFmt).toBe(COUNT_FORMAT);
    expect(cell('D3').numFmt).toBe(QUANTITY_FORMAT);
  });

  it('writes the same values in CSV as French Excel reads them, text neutralised there', () => {
    expect(readCsv(sheetToCsv(typedSheet))).toEqual([
      ['Rubrique', 'Valeur', 'Surface (m²)', 'Valeur mesurée'],
      ["'- retard", '01/01/2024', '25,00', '262'],
      ["'+33 1 23", "'@Copil", '1234,5', '12,5'],
      ["'=1+1", 'non signée', '', '-3,25'],
    ]);
  });

  it('refuses a value that is not a number in a number column', async () => {
    await expect(workbookBuffer([{ ...typedSheet, rows: [{ surface: '25,00' }] }])).rejects.toThrow(/nombre invalide/);
  });
});
