import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { BoundedArchive, createUploadDirectory } from '../../../platform/archive';
import { AppError } from '../../../platform/errors';
import { STOCK_XLSX_LIMITS, xlsxWorksheets } from '../../../platform/xlsx-reader';
import type { ByteMeter, SniffingDecoder } from './encoding';
import type { SourceRecord } from './row';

/**
 * Streaming readers of a stock file, one record at a time: the first record is the header. CSV
 * goes bytes → meter → decoder → csv-parse (';'); xlsx goes bytes → meter → a private temporary
 * file → the bounded archive reader → exceljs's parsers (first worksheet). Nothing holds the whole
 * file in memory.
 */

/** Longest accepted CSV line: a wider record is a broken file, not a dwelling. */
export const MAX_RECORD_BYTES = 64 * 1024;

function fileError(message: string, line: number | null): AppError {
  const text = line === null ? message : `Ligne ${line} : ${message}`;
  return new AppError('VALIDATION_FAILED', `${text} ; rien n'a été importé.`, {
    fieldErrors: [{ field: line === null ? 'file' : `ligne ${line}`, message: text }],
  });
}

function csvError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const e = error as { code?: string; lines?: number; message?: string };
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return fileError(
        'un guillemet ouvert n’est jamais refermé (le fichier se termine dans un champ entre guillemets)',
        e.lines ?? null,
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return fileError('un guillemet fermant est suivi d’autres caractères que « ; »', e.lines ?? null);
    case 'CSV_MAX_RECORD_SIZE':
      return fileError(
        `ligne trop longue (plus de ${MAX_RECORD_BYTES / 1024} Ko) : ce n’est pas une ligne de logement`,
        e.lines ?? null,
      );
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return fileError('ligne mal formée', e.lines ?? null);
  }
  return error;
}

export async function* csvRecords(
  raw: Readable,
  meter: ByteMeter,
  decoder: SniffingDecoder,
): AsyncGenerator<SourceRecord> {
  const parser = parse({
    delimiter: ';',
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  pipeline(raw, meter, decoder, parser, () => undefined);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, values: record };
    }
  } catch (error) {
    throw csvError(error);
  }
}

/** 1 → A, 27 → AA */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A cell's value as the text a CSV would hold; formulas are reported, not evaluated. */
function cellText(value: ExcelJS.CellValue): { text: string | null; formula?: string; error?: string } {
  if (value === null || value === undefined) return { text: null };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number')
    return { text: Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100) };
  if (typeof value === 'boolean') return { text: value ? 'VRAI' : 'FAUX' };
  if (value instanceof Date) return { text: isoDay(value) };
  const v = value as unknown as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v)
    return { text: null, formula: String(v.formula ?? v.sharedFormula ?? '') };
  if ('error' in v) return { text: null, error: String(v.error) };
  if ('richText' in v) return { text: (v.richText as { text: string }[]).map((r) => r.text).join('') };
  // A text the streaming reader could not look up: the workbook lacks its shared-strings part or
  // the link to it (a damaged file). Shown as "[object Object]" before the fuzz tests caught it.
  if ('sharedString' in v) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      "Le classeur xlsx est endommagé : le texte de ses cellules est introuvable (partie « sharedStrings » absente ou non reliée) ; rien n'a été importé.",
      {
        fieldErrors: [{ field: 'file', message: 'Classeur xlsx endommagé.' }],
      },
    );
  }
  if ('text' in v) return { text: String(v.text) };
  return { text: String(value) };
}

const XLSX_WORDING = { subject: 'Le classeur xlsx', consequence: "rien n'a été importé" };

/**
 * The upload is spooled into a private per-request directory (the central directory of a zip is at
 * its end), then read through the bounded archive reader; the directory is removed whatever happens.
 */
export async function* xlsxRecords(raw: Readable, meter: ByteMeter): AsyncGenerator<SourceRecord> {
  const directory = await createUploadDirectory();
  let archive: BoundedArchive | null = null;
  try {
    const file = path.join(directory.path, 'upload.xlsx');
    await pipelineAsync(raw, meter, createWriteStream(file, { mode: 0o600 }));
    archive = await BoundedArchive.open({ file }, STOCK_XLSX_LIMITS, XLSX_WORDING);
    yield* worksheetRecords(archive);
  } finally {
    archive?.close();
    await directory.remove();
  }
}

async function* worksheetRecords(archive: BoundedArchive): AsyncGenerator<SourceRecord> {
  const reader = xlsxWorksheets(archive, { sharedStrings: 'cache', styles: 'cache' });
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets++;
      for await (const row of worksheet) {
        if (sheets > 1) continue; // later sheets (the notice) are read through, not imported
        const values: (string | null)[] = [];
        const formulas = new Map<number, string>();
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const { text, formula, error } = cellText(cell.value);
          if (formula !== undefined) formulas.set(col - 1, formula);
          values[col - 1] = error !== undefined ? `#ERREUR ${error}` : text;
        });
        for (let i = 0; i < values.length; i++) values[i] ??= null;
        yield { line: row.number, values, formulas, cellName: (index) => columnLetter(index + 1) };
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      "Le fichier n'est pas un classeur xlsx lisible (archive endommagée ou autre format renommé en .xlsx) ; rien n'a été importé.",
      {
        fieldErrors: [{ field: 'file', message: 'Classeur xlsx illisible.' }],
        cause: error,
      },
    );
  }
  if (sheets === 0)
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      "Le fichier n'est pas un classeur xlsx lisible : il ne contient aucune feuille ; rien n'a été importé.",
      { fieldErrors: [{ field: 'file', message: 'Aucune feuille.' }] },
    );
}
