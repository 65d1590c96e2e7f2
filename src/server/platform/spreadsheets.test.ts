import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  DATE_FORMAT,
  EUROS_FORMAT,
  eurosToNumber,
  neutraliseCell,
  parseCsv,
  percentToNumber,
  sheetToCsv,
  toCsv,
  workbookBuffer,
  type Sheet,
} from './spreadsheets';

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
      for (const row of parseCsv(toCsv([[cell, '=2+2']], { separator }), separator)) {
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
  });

  it('parses back what it writes', () => {
    const rows = [
      ['en-tête', 'b'],
      ['x;y', 'il a dit "oui"'],
      ['deux\r\nlignes', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(parseCsv(toCsv(rows, { separator: ',', bom: false }), ',')).toEqual(rows);
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
    expect(parseCsv(sheetToCsv(sheet))).toEqual([
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
  it('round-trips through exceljs: bold frozen header, euros, dates, neutralised text', async () => {
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
    expect(purpose.value).toBe(`'=HYPERLINK("http://evil.example","clic")`);
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
