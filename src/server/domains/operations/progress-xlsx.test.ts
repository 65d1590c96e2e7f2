import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { honestBomb, lyingBomb, manyEntries } from '../../test/zip-bombs';
import { parseTable } from './progress-xlsx';
import { progressColumns } from './progress.rules';

/** Cells the fuzz tests found to crash the upload (a 500) or slip past the page's limits. */
const PERIOD_END = '2026-06-30';
const ID = '6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f';
const HEADERS = [
  'Identifiant',
  'Référence',
  'Opération',
  'Nature',
  'Commune',
  progressColumns.status,
  progressColumns.percentComplete,
  progressColumns.startActualOn,
  progressColumns.deliveryActualOn,
  progressColumns.spentCents,
  "Commentaire de l'office",
];

async function workbook(edit: (row: ExcelJS.Row) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(`Avancement ${PERIOD_END}`);
  sheet.addRow(HEADERS);
  const row = sheet.addRow([
    ID,
    'OP-0001',
    'Réhabilitation',
    'Réhabilitation thermique',
    'Arras',
    'En cours',
    40,
    null,
    null,
    null,
    null,
  ]);
  row.getCell(8).numFmt = 'dd/mm/yyyy';
  edit(row);
  return Buffer.from((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

async function refusal(bytes: Buffer): Promise<AppError> {
  const error: unknown = await parseTable(bytes, PERIOD_END).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the progress-table spreadsheet parser, on hostile cells', () => {
  it('reads an edited row', async () => {
    const rows = await parseTable(
      await workbook((row) => (row.getCell(11).value = 'Désamiantage terminé')),
      PERIOD_END,
    );
    expect(rows).toMatchObject([
      { operationId: ID, status: 'in_progress', percentComplete: 40, officeComment: 'Désamiantage terminé' },
    ]);
  });

  it('refuses a number too large for a date in a date cell, instead of crashing', async () => {
    const error = await refusal(await workbook((row) => (row.getCell(8).value = 1e20)));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors).toEqual([
      {
        field: `ligne 2, ${progressColumns.startActualOn}`,
        message: `Ligne 2, colonne « ${progressColumns.startActualOn} » : date invalide (JJ/MM/AAAA).`,
      },
    ]);
  });

  it('refuses a comment longer than the page allows', async () => {
    const error = await refusal(await workbook((row) => (row.getCell(11).value = 'x'.repeat(4001))));
    expect(error.fieldErrors.map((e) => e.message)).toEqual([
      "Ligne 2, colonne « Commentaire de l'office » : 4 000 caractères au plus.",
    ]);
  });

  it('refuses text the database cannot store, written with OOXML escapes (_x0000_)', async () => {
    const zip = await JSZip.loadAsync(await workbook((row) => (row.getCell(11).value = 'PLACEHOLDER')));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    zip.file('xl/sharedStrings.xml', strings.replace('PLACEHOLDER', 'avant_x0000_après'));
    const error = await refusal(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(error.fieldErrors.map((e) => e.field)).toEqual(["ligne 2, Commentaire de l'office"]);
    expect(error.fieldErrors[0]!.message).toMatch(/caractère nul ou un caractère Unicode incomplet/);
  });
});

/** Issue #17: a 3.1 MB bomb took the process to 3.74 GB of memory through this upload. */
describe('the progress table upload against decompression bombs', () => {
  it('refuses each bomb quickly, in French, with bounded memory', async () => {
    for (const [bomb, message] of [
      [
        await honestBomb(),
        /^Le classeur xlsx est refusé : l'élément « xl\/worksheets\/sheet1\.xml » se décompresse en 3 Gio \(128 Mio au plus\) ; rien n'a été enregistré\.$/,
      ],
      [
        await lyingBomb(64 * 2 ** 20),
        /ne se décompresse pas en la taille que l'archive annonce \(archive falsifiée\) ; rien n'a été enregistré\.$/,
      ],
      [manyEntries(20_000), /l'archive compte 20\s005 éléments \(1\s000 au plus\)/],
    ] as const) {
      const rss = process.memoryUsage().rss;
      let peak = rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const started = performance.now();
      const error = await parseTable(bomb, PERIOD_END).then(
        () => null,
        (e: unknown) => e,
      );
      clearInterval(sampler);
      const ms = performance.now() - started;
      console.info(
        `progress table: bomb refused in ${ms.toFixed(0)} ms, rss +${((peak - rss) / 2 ** 20).toFixed(0)} MiB`,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('PAYLOAD_TOO_LARGE');
      expect((error as AppError).message).toMatch(message);
      expect(ms).toBeLessThan(10_000);
      expect(peak - rss).toBeLessThan(256 * 2 ** 20);
    }
  });
});
