import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { findCommune } from '../../kernel/geography';
import { ByteMeter, SniffingDecoder } from '../../domains/housing/import/encoding';
import { validateRecord, type StagedDwelling } from '../../domains/housing/import/row';
import {
  encode,
  fixtureRows,
  rplsCsv,
  type FixtureRow,
  type RplsShape,
} from '../../domains/housing/import/rpls.fixtures';
import {
  FIELDS,
  mapHeader,
  separatorProblem,
  TEMPLATE_COLUMNS,
  type HeaderMapping,
} from '../../domains/housing/import/rpls';
import { csvRecords, xlsxRecords } from '../../domains/housing/import/sources';
import type { RowError } from '../../../contracts/housing';
import { hostileString, hostileStringOrHuge, nastyText } from './hostile';

/**
 * Hostile stock files: CSV in the three RPLS shapes and xlsx workbooks, every one of them with at
 * least one defect that must refuse it (a broken row, a broken header, broken bytes), and hostile
 * text scattered in the other cells. `readStockFile` is phase 1 of the import (the same readers
 * and validator import.service.ts streams through) without the database.
 */

const fixtureFields = [
  'identRep',
  'identInt',
  'commune',
  'qpv',
  'type',
  'rooms',
  'surface',
  'year',
  'financing',
  'dpeDate',
  'energy',
  'ghg',
  'street',
] as const;
type FixtureField = (typeof fixtureFields)[number];

/** Values that make a row invalid whatever else it holds (checked by the pure property). */
const breakers: { field: FixtureField; values: string[] }[] = [
  { field: 'commune', values: ['ABCDE', '99999', '97701', '98714', '620410', '', "62041' OR '1'='1"] },
  { field: 'rooms', values: ['0', '31', 'trois', '-1', '3.5', '1e1', 'NaN', ''] },
  { field: 'surface', values: ['-5', '0', '100000', 'cinquante', '54,5,5', '1e3', ''] },
  { field: 'year', values: ['1499', '3000', 'MCMLXXII', '', '19 72'] },
  { field: 'type', values: ['X', '', 'COLLECTIVE', '=1+1'] },
  { field: 'energy', values: ['H', 'AB', 'é', '1', '@A'] },
  { field: 'dpeDate', values: ['2024-02-30', '31/02/2022', '13/2022', '1999-12-31', 'hier', '2022-02-29'] },
  { field: 'qpv', values: ['QP', 'XP062012', 'QP0620120000', '\u202eQP062012'] },
  { field: 'identRep', values: ['x'.repeat(51), '0'.repeat(80)] },
];

export interface RowRecipe {
  base: FixtureRow;
  edits: [FixtureField, string][];
  /** The field whose last edit makes this row invalid, whatever the others hold. */
  breaker?: FixtureField;
}

/** A fixture row (sharing identifiers with the stock already imported), hostile edits on top. */
const hostileRow = (start: fc.Arbitrary<number>) =>
  fc.record({
    index: start,
    edits: fc.array(fc.tuple(fc.constantFrom(...fixtureFields), hostileString), { maxLength: 3 }),
  });

const breakerEdit = fc
  .constantFrom(...breakers)
  .chain((b) => fc.tuple(fc.constant(b.field), fc.constantFrom(...b.values)));

export const brokenRows = fc
  .tuple(fc.array(hostileRow(fc.nat(8)), { minLength: 0, maxLength: 5 }), hostileRow(fc.nat(8)), breakerEdit, fc.nat())
  .map(([others, broken, breaker, at]): RowRecipe[] => {
    const rows: RowRecipe[] = others.map((r) => ({ base: fixtureRows(1, { start: r.index })[0]!, edits: r.edits }));
    // The breaker is applied last, so no hostile edit can undo it.
    rows.splice(at % (rows.length + 1), 0, {
      base: fixtureRows(1, { start: broken.index })[0]!,
      edits: [...broken.edits.filter(([f]) => f !== 'identRep' && f !== 'identInt'), breaker],
      breaker: breaker[0],
    });
    return rows;
  });

export const applyRow = (r: RowRecipe): FixtureRow => {
  const row = { ...r.base };
  for (const [field, value] of r.edits) row[field] = value;
  return row;
};

/** The ways a whole CSV file can be wrong, with or without broken rows. */
export type CsvDefect =
  | { kind: 'rows'; shape: RplsShape; encoding: 'utf-8' | 'latin1'; bom: boolean; rows: RowRecipe[] }
  | { kind: 'empty' }
  | { kind: 'headerOnly'; shape: RplsShape }
  | { kind: 'blankLines'; count: number }
  | { kind: 'binary'; head: number[]; tail: number[] }
  | { kind: 'utf16'; rows: RowRecipe[] }
  | { kind: 'commaSeparated'; rows: RowRecipe[] }
  | { kind: 'missingColumn'; drop: number; rows: RowRecipe[] }
  | { kind: 'duplicateColumn'; twice: number; rows: RowRecipe[] }
  | { kind: 'unclosedQuote'; rows: RowRecipe[]; junk: string }
  | { kind: 'longLine'; rows: RowRecipe[] }
  | { kind: 'mixedEncoding'; rows: RowRecipe[] }
  | { kind: 'truncatedHeader'; cut: number }
  | { kind: 'extension'; name: string; rows: RowRecipe[] };

const signatures = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x25, 0x50, 0x44, 0x46],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x1f, 0x8b],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0x00],
];

export const csvDefect: fc.Arbitrary<CsvDefect> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('rows' as const),
      shape: fc.constantFrom<RplsShape>('recent', 'legacy', 'red'),
      encoding: fc.constantFrom<'utf-8' | 'latin1'>('utf-8', 'latin1'),
      bom: fc.boolean(),
      rows: brokenRows,
    }),
  },
  fc.constant({ kind: 'empty' as const }),
  fc.record({ kind: fc.constant('headerOnly' as const), shape: fc.constantFrom<RplsShape>('recent', 'legacy', 'red') }),
  fc.record({ kind: fc.constant('blankLines' as const), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('binary' as const),
    head: fc.constantFrom(...signatures),
    tail: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 200 }),
  }),
  fc.record({ kind: fc.constant('utf16' as const), rows: brokenRows }),
  fc.record({ kind: fc.constant('commaSeparated' as const), rows: brokenRows }),
  fc.record({ kind: fc.constant('missingColumn' as const), drop: fc.nat(), rows: brokenRows }),
  fc.record({ kind: fc.constant('duplicateColumn' as const), twice: fc.nat(), rows: brokenRows }),
  fc.record({ kind: fc.constant('unclosedQuote' as const), rows: brokenRows, junk: nastyText }),
  fc.record({ kind: fc.constant('longLine' as const), rows: brokenRows }),
  fc.record({ kind: fc.constant('mixedEncoding' as const), rows: brokenRows }),
  fc.record({ kind: fc.constant('truncatedHeader' as const), cut: fc.integer({ min: 1, max: 60 }) }),
  fc.record({
    kind: fc.constant('extension' as const),
    name: fc.constantFrom('rpls.pdf', 'rpls.xls', 'rpls', 'rpls.csv.exe', 'rpls.ods', '.csv\u0000.pdf'),
    rows: brokenRows,
  }),
);

const REQUIRED_HEADERS = [
  'DEPCOM',
  'TYPECONST_CODE',
  'NBPIECE',
  'SURFHAB',
  'CONSTRUCT',
  'DPEDATE',
  'DPEENERGIE',
  'DPESERRE',
];

export function csvFile(defect: CsvDefect): { name: string; bytes: Buffer } {
  const text = (rows: RowRecipe[], shape: RplsShape = 'recent') => rplsCsv(rows.map(applyRow), shape);
  switch (defect.kind) {
    case 'rows':
      return { name: 'rpls.csv', bytes: encode(text(defect.rows, defect.shape), defect.encoding, defect.bom) };
    case 'empty':
      return { name: 'rpls.csv', bytes: Buffer.alloc(0) };
    case 'headerOnly':
      return { name: 'rpls.csv', bytes: Buffer.from(rplsCsv([], defect.shape)) };
    case 'blankLines':
      return { name: 'rpls.csv', bytes: Buffer.from('\r\n'.repeat(defect.count)) };
    case 'binary':
      return { name: 'rpls.csv', bytes: Buffer.from([...defect.head, ...defect.tail, 0]) };
    case 'utf16':
      return {
        name: 'rpls.csv',
        bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(defect.rows), 'utf16le')]),
      };
    case 'commaSeparated':
      return { name: 'rpls.csv', bytes: Buffer.from(text(defect.rows).replace(/;/g, ',')) };
    case 'missingColumn': {
      const missing = REQUIRED_HEADERS[defect.drop % REQUIRED_HEADERS.length]!;
      const [header, ...lines] = text(defect.rows).split('\r\n');
      return {
        name: 'rpls.csv',
        bytes: Buffer.from(
          [
            header!
              .split(';')
              .map((h) => (h === missing ? 'COLONNE_RENOMMEE' : h))
              .join(';'),
            ...lines,
          ].join('\r\n'),
        ),
      };
    }
    case 'duplicateColumn': {
      const twice = REQUIRED_HEADERS[defect.twice % REQUIRED_HEADERS.length]!;
      const [header, ...lines] = text(defect.rows).split('\r\n');
      return {
        name: 'rpls.csv',
        bytes: Buffer.from([`${header};${twice}`, ...lines.map((l) => (l === '' ? l : `${l};x`))].join('\r\n')),
      };
    }
    case 'unclosedQuote':
      return { name: 'rpls.csv', bytes: Buffer.from(`${text(defect.rows)}"${defect.junk.replace(/"/g, '')}`) };
    case 'longLine':
      return { name: 'rpls.csv', bytes: Buffer.from(`${text(defect.rows)}${'x;'.repeat(40_000)}\r\n`) };
    case 'mixedEncoding':
      // UTF-8 first (a whole chunk of it), then a Latin-1 "é" further on.
      return {
        name: 'rpls.csv',
        bytes: Buffer.concat([
          Buffer.from(text(defect.rows) + 'é'.repeat(40_000)),
          Buffer.from([0x0d, 0x0a, 0xe9, 0x3b]),
        ]),
      };
    case 'truncatedHeader':
      return { name: 'rpls.csv', bytes: Buffer.from(rplsCsv([]).slice(0, defect.cut)) };
    case 'extension':
      return { name: defect.name, bytes: Buffer.from(text(defect.rows)) };
  }
}

/** A cell of a generated workbook, as plain data (printed as is in a counterexample). */
export type CellRecipe =
  | { t: 's'; v: string }
  | { t: 'n'; v: number }
  | { t: 'd'; v: number }
  | { t: 'b'; v: boolean }
  | { t: 'f'; v: string }
  | { t: 'e'; v: '#N/A' | '#REF!' | '#DIV/0!' | '#VALUE!' }
  | { t: 'r'; v: string[] }
  | { t: 'h'; v: string }
  | null;

export const hostileCell: fc.Arbitrary<CellRecipe> = fc.oneof(
  { weight: 5, arbitrary: hostileStringOrHuge.map((v) => ({ t: 's' as const, v })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.double(), fc.constantFrom(1e20, -1e20, 2_958_466, -1, 0.5, 1e308))
      .map((v) => ({ t: 'n' as const, v })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }),
        fc.constantFrom(0, -2_209_075_200_000, 253_402_300_799_999),
      )
      .map((v) => ({ t: 'd' as const, v })),
  },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ t: 'b' as const, v })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('SUM(A1:A2)', "cmd|' /C calc'!A0", 'HYPERLINK("https://attaquant.example")', '1/0')
      .map((v) => ({ t: 'f' as const, v })),
  },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!').map((v) => ({ t: 'e' as const, v })) },
  {
    weight: 1,
    arbitrary: fc.array(hostileString, { minLength: 1, maxLength: 3 }).map((v) => ({ t: 'r' as const, v })),
  },
  { weight: 1, arbitrary: hostileString.map((v) => ({ t: 'h' as const, v })) },
  { weight: 1, arbitrary: fc.constant(null) },
);

export function cellValue(cell: CellRecipe | undefined): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  switch (cell.t) {
    case 's':
    case 'n':
    case 'b':
      return cell.v;
    case 'd':
      return new Date(cell.v);
    case 'f':
      return { formula: cell.v, result: 1, date1904: false } as ExcelJS.CellFormulaValue;
    case 'e':
      return { error: cell.v } as ExcelJS.CellErrorValue;
    case 'r':
      return { richText: cell.v.map((text) => ({ text })) };
    case 'h':
      return { text: cell.v, hyperlink: 'https://attaquant.example/' };
  }
}

/** Raw damage done to a workbook's zip after it is written. */
export type ZipDamage =
  | { kind: 'none' }
  | { kind: 'truncate'; keep: number }
  | { kind: 'flipBytes'; at: number[] }
  | {
      kind: 'dropPart';
      part:
        | 'xl/workbook.xml'
        | 'xl/worksheets/sheet1.xml'
        | 'xl/sharedStrings.xml'
        | '[Content_Types].xml'
        | 'xl/_rels/workbook.xml.rels';
    }
  | { kind: 'sheetXml'; text: string }
  | { kind: 'escape'; text: string };

export const zipDamage: fc.Arbitrary<ZipDamage> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({
    kind: fc.constant('truncate' as const),
    keep: fc.double({ min: 0, max: 0.99, noNaN: true }).map((x) => Math.round(x * 100) / 100),
  }),
  fc.record({
    kind: fc.constant('flipBytes' as const),
    at: fc.array(
      fc.double({ min: 0, max: 0.99, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  fc.record({
    kind: fc.constant('dropPart' as const),
    part: fc.constantFrom(
      'xl/workbook.xml' as const,
      'xl/worksheets/sheet1.xml' as const,
      'xl/sharedStrings.xml' as const,
      '[Content_Types].xml' as const,
      'xl/_rels/workbook.xml.rels' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('sheetXml' as const),
    text: fc.constantFrom(
      '',
      '<',
      '<?xml version="1.0"?><worksheet>',
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><worksheet>&b;</worksheet>',
      'not xml at all',
    ),
  }),
  // OOXML's own escapes (_x0000_) and XML character references that some readers decode.
  fc.record({
    kind: fc.constant('escape' as const),
    text: fc.constantFrom(
      '_x0000_',
      '_xD800_',
      '_x0001_',
      '&#0;',
      '&#xD800;',
      '&#x1F600;',
      '_xDFFF__xD800_',
      '&#65;_x0041_',
    ),
  }),
);

/** Text a cell holds until `escape` damage swaps it, in the shared strings, for the escape. */
export const ESCAPE_PLACEHOLDER = 'PLACEHOLDER_ESCAPE';

/** Writes the sheets, then damages the zip. */
export async function buildWorkbook(
  sheets: { name: string; rows: CellRecipe[][] }[],
  damage: ZipDamage,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name);
    s.rows.forEach((row, r) => (row ?? []).forEach((cell, c) => (sheet.getCell(r + 1, c + 1).value = cellValue(cell))));
    if (damage.kind === 'escape' && sheets[0] === s) sheet.getCell(s.rows.length + 1, 1).value = ESCAPE_PLACEHOLDER;
  }
  return damageZip(Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer), damage);
}

export async function damageZip(bytes: Buffer, damage: ZipDamage): Promise<Buffer> {
  switch (damage.kind) {
    case 'none':
      return bytes;
    case 'truncate':
      return bytes.subarray(0, Math.floor(bytes.length * damage.keep));
    case 'flipBytes': {
      const copy = Buffer.from(bytes);
      for (const at of damage.at) copy[Math.floor(copy.length * at)] = copy[Math.floor(copy.length * at)]! ^ 0xff;
      return copy;
    }
  }
  const zip = await JSZip.loadAsync(bytes);
  if (damage.kind === 'dropPart') zip.remove(damage.part);
  else if (damage.kind === 'sheetXml') zip.file('xl/worksheets/sheet1.xml', damage.text);
  else {
    const part = zip.file('xl/sharedStrings.xml');
    if (part) zip.file('xl/sharedStrings.xml', (await part.async('string')).replace(ESCAPE_PLACEHOLDER, damage.text));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

const TEMPLATE_FIELDS: FixtureField[] = [
  'identRep',
  'identInt',
  'commune',
  'qpv',
  'type',
  'rooms',
  'surface',
  'year',
  'financing',
  'dpeDate',
  'energy',
  'ghg',
];
const TEMPLATE_HEADER: CellRecipe[] = TEMPLATE_COLUMNS.map((f) => ({ t: 's', v: FIELDS[f].aliases[0]! }));
const templateRow = (row: FixtureRow): CellRecipe[] =>
  TEMPLATE_FIELDS.map((f) => (row[f] === '' ? null : { t: 's', v: row[f] }));

/** Stock workbooks, each refused for a reason of its own (broken rows, sheets or bytes). */
export type XlsxDefect = {
  kind: 'rows' | 'formula' | 'wrongSheetFirst' | 'headerOnly' | 'emptySheet' | 'shiftedHeader';
  rows: RowRecipe[];
  cells: [number, number, CellRecipe][];
  damage: ZipDamage;
};

export const xlsxDefect: fc.Arbitrary<XlsxDefect> = fc.record({
  kind: fc.constantFrom('rows', 'rows', 'formula', 'wrongSheetFirst', 'headerOnly', 'emptySheet', 'shiftedHeader'),
  rows: brokenRows,
  cells: fc.array(fc.tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 20 }), hostileCell), {
    maxLength: 4,
  }),
  damage: zipDamage,
});

export function xlsxSheets(d: XlsxDefect): { name: string; rows: CellRecipe[][] }[] {
  const rows = [TEMPLATE_HEADER, ...d.rows.map((r) => templateRow(applyRow(r)))];
  for (const [r, c, cell] of d.cells) {
    // Hostile cells land anywhere but on the breaker's cell (which must stay broken).
    const breaker = d.rows[r - 2]?.breaker;
    if (breaker !== undefined && TEMPLATE_FIELDS.indexOf(breaker) === c - 1) continue;
    rows[r - 1] ??= [];
    rows[r - 1]![c - 1] = cell;
  }
  const notice: CellRecipe[][] = [[{ t: 's', v: 'Colonne' }], [{ t: 's', v: 'Notice' }]];
  switch (d.kind) {
    case 'rows':
      return [
        { name: 'Logements', rows },
        { name: 'Notice', rows: notice },
      ];
    case 'formula':
      rows[1] = [...(rows[1] ?? [])];
      rows[1][6] = { t: 'f', v: 'G2*2' };
      return [{ name: 'Logements', rows }];
    case 'wrongSheetFirst':
      return [
        { name: 'Notice', rows: notice },
        { name: 'Logements', rows },
      ];
    case 'headerOnly':
      return [{ name: 'Logements', rows: [TEMPLATE_HEADER] }];
    case 'emptySheet':
      return [{ name: 'Logements', rows: [] }];
    case 'shiftedHeader':
      return [{ name: 'Logements', rows: [[null], ...rows.slice(1)] }];
  }
}

export interface ReadOutcome {
  mapping: HeaderMapping | null;
  /** Records read after the header (the service refuses a file with none). */
  rowsRead: number;
  dwellings: StagedDwelling[];
  errors: RowError[];
}

/**
 * Phase 1 of import.service.ts without its database: header (with the same checks), then each
 * record through the row validator. Throws what the service would throw for the file itself.
 */
export async function readStockFile(bytes: Buffer, format: 'csv' | 'xlsx', maxYear = 2028): Promise<ReadOutcome> {
  const meter = new ByteMeter(100 * 1024 * 1024);
  const records =
    format === 'csv'
      ? csvRecords(Readable.from([bytes]), meter, new SniffingDecoder())
      : xlsxRecords(Readable.from([bytes]), meter);
  const out: ReadOutcome = { mapping: null, rowsRead: 0, dwellings: [], errors: [] };
  for await (const record of records) {
    if (!out.mapping) {
      const raw = record.values.map((v) => v ?? '');
      const problems = [
        ...(record.formulas && record.formulas.size > 0
          ? [{ column: null, message: "l'en-tête contient des formules" }]
          : []),
      ];
      const separator = format === 'xlsx' ? null : separatorProblem(raw);
      out.mapping = mapHeader(raw, { xlsx: format === 'xlsx' });
      out.mapping.problems.unshift(...problems, ...(separator ? [separator] : []));
      if (out.mapping.problems.length > 0) return out;
      continue;
    }
    out.rowsRead++;
    const { dwelling, errors } = validateRecord(record, { mapping: out.mapping, findCommune, maxYear });
    if (dwelling) out.dwellings.push(dwelling);
    out.errors.push(...errors);
  }
  return out;
}
