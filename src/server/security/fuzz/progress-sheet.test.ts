import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../contracts/dates';
import { operationStatuses } from '../../../contracts/operations';
import { parseTable, type ParsedRow } from '../../domains/operations/progress-xlsx';
import { AppError } from '../../platform/errors';
import { hasUnstorableText } from '../../platform/http/text-guard';
import { fuzzRuns } from './budget';
import { problemLanguageIssues } from './french';
import { applyProgressEdits, progressEdits, progressWorkbook } from './progress-files';

/**
 * Issue 10, point 8, pure layer of the progress-table upload: the parser progress-xlsx.ts runs on
 * every uploaded workbook before anything is written. Whatever the file, it answers rows the
 * table's columns can hold, or refuses it with French reasons, never with another error (a 500).
 */
const PERIOD_END = '2026-06-30';

function rowProblems(row: ParsedRow): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok)
      problems.push(`${what}: ${JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`);
  };
  check((operationStatuses as readonly string[]).includes(row.status), 'status');
  check(
    Number.isInteger(row.percentComplete) && row.percentComplete >= 0 && row.percentComplete <= 100,
    'percentComplete',
  );
  for (const date of [row.startActualOn, row.deliveryActualOn]) check(date === null || isIsoDate(date), 'date');
  check(
    row.spentCents === null ||
      (typeof row.spentCents === 'bigint' && row.spentCents >= 0n && row.spentCents < 10n ** 15n),
    'spentCents',
  );
  // What the page accepts (contracts/operations-progress.ts), the spreadsheet accepts too, no more.
  check(row.officeComment === null || row.officeComment.length <= 4000, 'officeComment length');
  for (const text of [row.operationId, row.reference, row.officeComment])
    check(text === null || !hasUnstorableText(text), 'storable text');
  return problems;
}

describe('hostile progress-table workbooks (pure layer)', () => {
  const runs = fuzzRuns('progressSheetParser');
  it('parses any workbook into rows the table can hold, or refuses it in French', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const base = await progressWorkbook(PERIOD_END, ids);
    await fc.assert(
      fc.asyncProperty(progressEdits({ breaker: false }), async (edits) => {
        runs.count();
        const bytes = await applyProgressEdits(base, ids.length, edits);
        let rows: ParsedRow[];
        try {
          rows = await parseTable(bytes, PERIOD_END);
        } catch (error) {
          if (!(error instanceof AppError))
            throw new Error(`not an AppError (a 500 at the route): ${String(error)}`, { cause: error });
          expect(problemLanguageIssues({ detail: error.message, errors: error.fieldErrors })).toEqual([]);
          return;
        }
        // Identifiers and the consistency of a row are checked against the table, after parsing.
        if (edits.breaker && ['percent', 'header', 'extraColumn', 'sheetName', 'damage'].includes(edits.breaker.kind))
          expect.fail(`a ${edits.breaker.kind} defect was accepted`);
        for (const row of rows) expect(rowProblems(row)).toEqual([]);
      }),
      runs.params,
    );
  });
});
