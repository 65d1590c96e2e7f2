import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { BoundedArchive, type ArchiveLimits, type ArchiveWording } from './archive';
import { excelJs } from './exceljs';

/**
 * Reading uploaded xlsx workbooks through the bounded archive reader (archive.ts), never through
 * exceljs's own unzipping: exceljs's stream reader inflates with no limit and, when a worksheet
 * comes before the workbook's relationships or shared strings in the zip (as in every workbook its
 * own streaming writer makes), copies the whole sheet into a temporary file in /tmp (`tmp`) that
 * stayed behind. Here the parts are read from the central directory in the order the parser needs
 * (relationships, workbook, shared strings, styles, then the sheets), each through the byte
 * budget, so no temporary file is ever written.
 */

/** Limits of the stock import's workbook (the largest legitimate upload; see SECURITY.md). */
export const STOCK_XLSX_LIMITS: ArchiveLimits = {
  // A workbook has a dozen parts; a few hundred allows images, comments, many sheets.
  maxEntries: 1_000,
  // A 1,000,000-row RPLS workbook (bench/dataset/stock.ts, exceljs streaming writer, inline
  // strings), measured: a 92.3 MB file whose sheet XML is 671.8 MB (641 MiB, compressed 7.3×),
  // checked on its directory in 11 ms and inflated through the budget in 12.5 s. 1.5 GiB leaves
  // 2.4 times that (the 100 MB upload limit binds first).
  maxEntryBytes: 1536 * 1024 * 1024,
  maxTotalBytes: 1536 * 1024 * 1024,
  // That sheet compresses 7.3×; repetitive legitimate XML reaches 10–30×; a bomb of repeated
  // bytes reaches ~1,000×.
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

/** Limits of the progress table's workbook (read whole in memory by exceljs: kept smaller). */
export const PROGRESS_XLSX_LIMITS: ArchiveLimits = {
  maxEntries: 1_000,
  // A 25,000-operation table is ≈ 15 MB of sheet XML; 128 MiB keeps exceljs's in-memory model
  // well under a gigabyte.
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

interface ReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<unknown>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * The worksheets of a workbook, in the archive's order, each a stream of rows (exceljs's
 * WorksheetReader) fed by a bounded entry stream. Parts are parsed with exceljs's own parsers.
 */
export async function* xlsxWorksheets(
  archive: BoundedArchive,
  options: { sharedStrings: 'cache' | 'ignore'; styles: 'cache' | 'ignore' },
): AsyncGenerator<ExcelJS.stream.xlsx.WorksheetReader> {
  const Excel = await excelJs();
  const reader = new Excel.stream.xlsx.WorkbookReader('', {
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
    ...options,
  }) as unknown as ReaderInternals;
  const parts: [string, (s: Readable) => Promise<void>][] = [
    ['xl/_rels/workbook.xml.rels', (s) => reader._parseRels(s)],
    ['xl/workbook.xml', (s) => reader._parseWorkbook(s)],
    [
      'xl/sharedStrings.xml',
      async (s) => {
        for await (const _ of reader._parseSharedStrings(s));
      },
    ],
    ['xl/styles.xml', (s) => reader._parseStyles(s)],
  ];
  for (const [name, parse] of parts) {
    if (!archive.has(name)) continue;
    const stream = await archive.openEntry(name);
    try {
      await parse(stream);
    } finally {
      stream.destroy();
    }
  }
  for (const { name } of archive.entries) {
    const sheetNo = SHEET.exec(name)?.[1];
    if (sheetNo === undefined) continue;
    const stream = await archive.openEntry(name);
    try {
      for (const { eventType, value } of reader._parseWorksheet(stream, sheetNo))
        if (eventType === 'worksheet') yield value;
    } finally {
      stream.destroy();
    }
  }
}

/**
 * A whole workbook in memory (exceljs's Workbook), for small uploads: every part is inflated
 * through the bounded reader first, then handed to exceljs as a stored (uncompressed) zip it
 * cannot inflate any further.
 */
export async function loadBoundedWorkbook(
  bytes: Buffer,
  limits: ArchiveLimits,
  wording: ArchiveWording,
): Promise<ExcelJS.Workbook> {
  const archive = await BoundedArchive.open({ buffer: bytes }, limits, wording);
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  try {
    for (const { name } of archive.entries) {
      if (name.endsWith('/')) continue;
      zip.file(name, await archive.readEntry(name));
    }
  } finally {
    archive.close();
  }
  const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const workbook = new (await excelJs()).Workbook();
  await workbook.xlsx.load(stored as unknown as ArrayBuffer);
  return workbook;
}
