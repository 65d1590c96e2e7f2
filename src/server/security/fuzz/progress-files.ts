import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { progressColumns } from '../../domains/operations/progress.rules';
import { hostileString } from './hostile';
import {
  cellValue,
  damageZip,
  ESCAPE_PLACEHOLDER,
  hostileCell,
  zipDamage,
  type CellRecipe,
  type ZipDamage,
} from './stock-files';

/**
 * Hostile progress-table workbooks: the file Copil hands out (or one shaped like it), with cells,
 * identifiers, headers, sheet names and bytes edited. Recipes are plain data, so a failing case
 * prints as something to read, and `applyProgressEdits` turns one into bytes.
 */

export const PROGRESS_HEADERS = [
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

/** Columns the office may edit (1-based, as in the sheet): F to K. */
const EDITABLE = [6, 7, 8, 9, 10, 11] as const;

const plausible: fc.Arbitrary<CellRecipe> = fc.oneof(
  fc
    .constantFrom('Programmée', 'En cours', 'Livrée', 'Abandonnée', 'en cours', 'delivered', 'LIVRÉE')
    .map((v) => ({ t: 's' as const, v })),
  fc.integer({ min: -5, max: 105 }).map((v) => ({ t: 'n' as const, v })),
  fc
    .constantFrom('45', '100', '12/03/2026', '2026-03-12', '30/06/2026', '250000,50', '250000.5', '1 000', '12.345')
    .map((v) => ({ t: 's' as const, v })),
  fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) })
    .map((v) => ({ t: 'd' as const, v: v - (v % 86_400_000) })),
);

export const progressCell = fc.oneof({ weight: 3, arbitrary: hostileCell }, { weight: 2, arbitrary: plausible });

/** An identifier cell: kept, swapped with another row's, made up, hostile or emptied. */
export type IdEdit =
  { kind: 'swap'; with: number } | { kind: 'unknown' } | { kind: 'text'; v: string } | { kind: 'clear' };
export const idEdit: fc.Arbitrary<IdEdit> = fc.oneof(
  fc.record({ kind: fc.constant('swap' as const), with: fc.nat(5) }),
  fc.constant({ kind: 'unknown' as const }),
  fc.record({ kind: fc.constant('text' as const), v: hostileString }),
  fc.constant({ kind: 'clear' as const }),
);

/** What must refuse the upload, applied last and left alone by the hostile edits. */
export type ProgressBreaker =
  | { kind: 'percent'; row: number; v: CellRecipe }
  | { kind: 'date'; row: number; column: 8 | 9; v: CellRecipe }
  | { kind: 'deliveredUndated'; row: number }
  | { kind: 'identifier'; row: number; edit: IdEdit }
  | { kind: 'header'; column: number; v: string }
  | { kind: 'extraColumn'; v: string }
  | { kind: 'sheetName'; v: string }
  | { kind: 'damage'; damage: ZipDamage };

export const progressBreaker: fc.Arbitrary<ProgressBreaker> = fc.oneof(
  fc.record({
    kind: fc.constant('percent' as const),
    row: fc.nat(2),
    v: fc.constantFrom<CellRecipe>(
      { t: 'n', v: 101 },
      { t: 'n', v: -1 },
      { t: 'n', v: 45.5 },
      { t: 's', v: 'quarante' },
      { t: 's', v: '1e2' },
      { t: 's', v: '' },
      { t: 'b', v: true },
    ),
  }),
  fc.record({
    kind: fc.constant('date' as const),
    row: fc.nat(2),
    column: fc.constantFrom(8 as const, 9 as const),
    v: fc.constantFrom<CellRecipe>(
      { t: 's', v: '30/02/2026' },
      { t: 's', v: '2026-02-30' },
      { t: 's', v: 'hier' },
      { t: 'd', v: Date.UTC(2026, 6, 14) },
      { t: 's', v: '31/12/2099' },
      { t: 'n', v: 1e20 },
    ),
  }),
  fc.record({ kind: fc.constant('deliveredUndated' as const), row: fc.nat(2) }),
  fc.record({ kind: fc.constant('identifier' as const), row: fc.nat(2), edit: idEdit }),
  fc.record({
    kind: fc.constant('header' as const),
    column: fc.integer({ min: 1, max: 11 }),
    v: fc.oneof(hostileString, fc.constantFrom('Avancement', 'Etat', 'Identifiant ')),
  }),
  fc.record({ kind: fc.constant('extraColumn' as const), v: fc.constantFrom('Notes', 'x', '=1+1') }),
  fc.record({
    kind: fc.constant('sheetName' as const),
    v: fc.constantFrom('Avancement 2025-12-31', 'Avancement 2026-12-31', 'Feuil1', 'Avancement'),
  }),
  // Damage that always breaks the file (a flipped byte may land in a part no reader checks).
  fc.record({
    kind: fc.constant('damage' as const),
    damage: fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), keep: fc.constantFrom(0, 0.1, 0.5, 0.9, 0.99) }),
      fc.record({
        kind: fc.constant('dropPart' as const),
        part: fc.constantFrom(
          'xl/workbook.xml' as const,
          'xl/worksheets/sheet1.xml' as const,
          'xl/sharedStrings.xml' as const,
        ),
      }),
      fc.record({ kind: fc.constant('sheetXml' as const), text: fc.constantFrom('', '<', 'not xml at all') }),
    ),
  }),
);

export interface ProgressEdits {
  cells: [number, number, CellRecipe][];
  ids: [number, IdEdit][];
  breaker: ProgressBreaker | null;
  damage: ZipDamage;
}

/** Hostile edits over the rows of a table (row 0 is the sheet's line 2). */
export const progressEdits = (options: { breaker: boolean }): fc.Arbitrary<ProgressEdits> =>
  fc.record({
    cells: fc.array(fc.tuple(fc.nat(3), fc.constantFrom(...EDITABLE), progressCell), { maxLength: 8 }),
    ids: fc.array(fc.tuple(fc.nat(3), idEdit), { maxLength: options.breaker ? 0 : 2 }),
    breaker: options.breaker ? progressBreaker : fc.option(progressBreaker, { nil: null }),
    damage: options.breaker ? fc.constant<ZipDamage>({ kind: 'none' }) : zipDamage,
  });

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000f00d';

function setId(sheet: ExcelJS.Worksheet, row: number, edit: IdEdit, rows: number) {
  const cell = sheet.getCell(row + 2, 1);
  if (edit.kind === 'swap')
    cell.value = sheet.getCell(((row + 1 + (edit.with % Math.max(1, rows - 1))) % rows) + 2, 1).value;
  else if (edit.kind === 'unknown') cell.value = UNKNOWN_ID;
  else if (edit.kind === 'text') cell.value = edit.v;
  else cell.value = null;
}

/** The rows whose breaker cells hostile edits must leave alone. */
const breakerRow = (b: ProgressBreaker | null) => (b && 'row' in b ? b.row : null);

/**
 * Applies the edits to a progress workbook (the downloaded file); `rows` is its number of rows.
 * Sheet protection is lifted first, as a user who edits locked cells would.
 */
export async function applyProgressEdits(original: Buffer, rows: number, edits: ProgressEdits): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(original as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const protectedRow = breakerRow(edits.breaker);
  for (const [row, column, cell] of edits.cells) {
    if (row === protectedRow) continue;
    sheet.getCell(row + 2, column).value = cellValue(cell);
  }
  for (const [row, edit] of edits.ids) if (row !== protectedRow) setId(sheet, row, edit, rows);
  const b = edits.breaker;
  let damage = edits.damage;
  if (b) {
    const row = 'row' in b ? b.row % rows : 0;
    switch (b.kind) {
      case 'percent':
        sheet.getCell(row + 2, 7).value = cellValue(b.v);
        break;
      case 'date':
        sheet.getCell(row + 2, b.column).value = cellValue(b.v);
        break;
      case 'deliveredUndated':
        sheet.getCell(row + 2, 6).value = 'Livrée';
        sheet.getCell(row + 2, 9).value = null;
        break;
      case 'identifier':
        // A swap within a one-row table is no edit: make it up instead.
        setId(sheet, row, b.edit.kind === 'swap' && rows < 2 ? { kind: 'unknown' } : b.edit, rows);
        break;
      case 'header':
        // The mark keeps it a change whatever the writer strips (NUL, control characters) or the reader trims.
        sheet.getCell(1, b.column).value = `${b.v} ✱`;
        break;
      case 'extraColumn':
        sheet.getCell(1, 12).value = b.v;
        break;
      case 'sheetName':
        sheet.name = b.v;
        break;
      case 'damage':
        damage = b.damage;
        break;
    }
  }
  // The first row's comment carries the escape, as text pasted from another program would.
  if (damage.kind === 'escape') sheet.getCell(2, 11).value = ESCAPE_PLACEHOLDER;
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  return damageZip(bytes, damage);
}

/** A workbook shaped like the downloaded one, for the parser alone (no database): `ids` label the rows. */
export async function progressWorkbook(periodEnd: string, ids: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Avancement ${periodEnd}`);
  sheet.addRow(PROGRESS_HEADERS);
  ids.forEach((id, i) => {
    const row = sheet.addRow([
      id,
      `OP-${String(i + 1).padStart(4, '0')}`,
      'Réhabilitation',
      'Réhabilitation thermique',
      'Arras',
      'Programmée',
      0,
      null,
      null,
      null,
      null,
    ]);
    row.getCell(8).numFmt = 'dd/mm/yyyy';
    row.getCell(9).numFmt = 'dd/mm/yyyy';
    row.getCell(10).numFmt = '#,##0.00 €';
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}
