import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { workbookBuffer } from './spreadsheets';
import { columnLetters, xlsxFile, XlsxStyle, xmlText } from './xlsx';

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

async function readBack(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as LoadInput);
  return workbook;
}

describe('xlsx writer', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes XML and the characters XML cannot hold, and leaves plain text as it is', () => {
    expect(xmlText('Réhabilitation de 12 logements')).toBe('Réhabilitation de 12 logements');
    expect(xmlText('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(xmlText('bip\u0007')).toBe('bip_x0007_');
    expect(xmlText('_x0041_')).toBe('_x005F_x0041_');
  });

  it('reads back every text exactly, formulas included as text, spaces and line breaks kept', async () => {
    const texts = ['\'=HYPERLINK("http://evil.example")', 'a < b & c', ' espace autour ', 'deux\nlignes', 'Ω € ✓'];
    const buffer = await xlsxFile([
      {
        name: 'Textes & co',
        columns: [{ header: 'Texte', width: 20, style: XlsxStyle.plain }],
        rows: [...texts.map((t) => [t]), ['bip\u0007'], ['_x0041_']],
      },
    ]);
    const ws = (await readBack(buffer)).getWorksheet('Textes & co')!;
    expect(texts.map((_, i) => ws.getCell(i + 2, 1).value)).toEqual(texts);
    expect(ws.getCell(2, 1).formula).toBeUndefined();
    const sheetXml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).toContain('<t xml:space="preserve"> espace autour </t>');
    // Written the OOXML way (ST_Xstring), which Excel and LibreOffice decode; exceljs does not.
    expect(sheetXml).toContain('<t>bip_x0007_</t>');
    expect(sheetXml).toContain('<t>_x005F_x0041_</t>');
  });

  it('places cells by column beyond Z and leaves empty cells empty', async () => {
    const columns = Array.from({ length: 30 }, (_, i) => ({ header: `C${i + 1}`, width: 8, style: XlsxStyle.integer }));
    const row = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? i : null));
    const ws = (await readBack(await xlsxFile([{ name: 'Large', columns, rows: [row] }]))).getWorksheet('Large')!;
    expect(ws.getCell('AC2').value).toBe(28);
    expect(ws.getCell('AD2').value).toBeNull();
    expect(ws.getCell('AD1').value).toBe('C30');
  });

  it('writes a sheet of 40,000 rows as a valid zip that exceljs reads back whole', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => ({ id: `L${i}`, n: i, on: '2024-03-15' }));
    const buffer = await workbookBuffer([
      {
        name: 'Logements',
        columns: [
          { header: 'Identifiant', key: 'id', kind: 'text' },
          { header: 'Rang', key: 'n', kind: 'integer' },
          { header: 'Date', key: 'on', kind: 'date' },
        ],
        rows,
      },
    ]);
    const ws = (await readBack(buffer)).getWorksheet('Logements')!;
    expect(ws.rowCount).toBe(40_001);
    expect(ws.getCell('A40001').value).toBe('L39999');
    expect(ws.getCell('B40001').value).toBe(39_999);
    expect((ws.getCell('C40001').value as Date).toISOString()).toBe('2024-03-15T00:00:00.000Z');
  });
});
