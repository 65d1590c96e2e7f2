import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../contracts/dates';
import { findCommune } from '../../kernel/geography';
import { validateRecord, type SourceRecord, type StagedDwelling } from '../../domains/housing/import/row';
import { fixtureRows } from '../../domains/housing/import/rpls.fixtures';
import { FIELDS, mapHeader, TEMPLATE_COLUMNS, type FieldName } from '../../domains/housing/import/rpls';
import { columnLetter } from '../../domains/housing/import/sources';
import { AppError } from '../../platform/errors';
import { hasUnstorableText } from '../../platform/http/text-guard';
import { fuzzRuns } from './budget';
import { frenchProblems, problemLanguageIssues, showsProgramValue } from './french';
import { hostileString, hostileStringOrHuge } from './hostile';
import {
  brokenRows,
  csvDefect,
  csvFile,
  readStockFile,
  xlsxDefect,
  xlsxSheets,
  buildWorkbook,
  applyRow,
  type ReadOutcome,
} from './stock-files';

/**
 * Issue 10, point 8, pure layers of the stock import: the row validator and the CSV and xlsx
 * readers that import.service.ts streams every upload through. Whatever comes in, they answer a
 * dwelling that fits its columns or reasons in French; a file with a defect is always refused.
 */
const MAX_YEAR = 2028;
const mapping = mapHeader(
  TEMPLATE_COLUMNS.map((f) => FIELDS[f].aliases[0]!),
  { xlsx: true },
);
const ctx = { mapping, findCommune, maxYear: MAX_YEAR };

const fixtureToField: Partial<Record<FieldName, keyof ReturnType<typeof fixtureRows>[number]>> = {
  identRep: 'identRep',
  identInt: 'identInt',
  communeCode: 'commune',
  qpvCode: 'qpv',
  constructionType: 'type',
  rooms: 'rooms',
  surface: 'surface',
  constructionYear: 'year',
  financing: 'financing',
  dpeDate: 'dpeDate',
  energyClass: 'energy',
  ghgClass: 'ghg',
  streetName: 'street',
};

/** A record in the template's columns: a real dwelling with hostile cells, or hostile cells only. */
const record: fc.Arbitrary<{ record: SourceRecord; mustRefuse: boolean }> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.nat(10_000),
        fc.array(fc.tuple(fc.constantFrom(...TEMPLATE_COLUMNS), fc.option(hostileStringOrHuge)), { maxLength: 4 }),
        fc.integer({ min: 2, max: 1_000_000 }),
      )
      .map(([index, edits, line]) => {
        const row = fixtureRows(1, { start: index })[0]!;
        const values = TEMPLATE_COLUMNS.map((f): string | null => {
          const key = fixtureToField[f];
          return key ? row[key] : null;
        });
        for (const [field, value] of edits) values[TEMPLATE_COLUMNS.indexOf(field)] = value;
        return { record: { line, values }, mustRefuse: false };
      }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(brokenRows, fc.integer({ min: 2, max: 1_000_000 })).map(([rows, line]) => {
      const row = applyRow(rows.find((r) => r.breaker !== undefined)!);
      const values = TEMPLATE_COLUMNS.map((f): string | null => {
        const key = fixtureToField[f];
        return key ? row[key] : null;
      });
      return { record: { line, values }, mustRefuse: true };
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.array(fc.option(hostileString), { maxLength: 30 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.tuple(fc.nat(25), hostileString), { maxLength: 2 }),
        fc.boolean(),
      )
      .map(([values, line, formulas, xlsx]) => ({
        record: {
          line,
          values,
          ...(xlsx ? { formulas: new Map(formulas), cellName: (i: number) => columnLetter(i + 1) } : {}),
        },
        mustRefuse: formulas.length > 0 && xlsx,
      })),
  },
);

const storable = (d: StagedDwelling) => Object.values(d).every((v) => typeof v !== 'string' || !hasUnstorableText(v));

/** What a staged dwelling must be, whatever the file said: what its columns can hold. */
function dwellingProblems(d: StagedDwelling, maxYear = MAX_YEAR): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${what}: ${JSON.stringify(d).slice(0, 400)}`);
  };
  check(Number.isInteger(d.rooms) && d.rooms >= 1 && d.rooms <= 30, 'rooms');
  check(/^\d{1,5}\.\d{2}$/.test(d.surface) && Number(d.surface) > 0, 'surface');
  check(
    Number.isInteger(d.constructionYear) && d.constructionYear >= 1500 && d.constructionYear <= maxYear,
    'constructionYear',
  );
  check(/^\d[\dAB]\d{3}$/.test(d.communeCode), 'communeCode');
  check(d.identRep !== null || d.identInt !== null, 'identifier');
  check(
    (d.identRep ?? '').length <= 50 && (d.identInt ?? '').length <= 50 && (d.dpeReference ?? '').length <= 50,
    'identifier length',
  );
  check(
    (d.buildingName ?? '').length <= 300 &&
      (d.address ?? '').length <= 300 &&
      (d.buildingCode ?? '').length <= 100 &&
      (d.financing ?? '').length <= 60,
    'text length',
  );
  check(d.energyClass === null || /^[A-G]$/.test(d.energyClass), 'energyClass');
  check(d.ghgClass === null || /^[A-G]$/.test(d.ghgClass), 'ghgClass');
  check(d.dpeDate === null || (isIsoDate(d.dpeDate) && d.dpeDate >= '2000-01-01'), 'dpeDate');
  check(d.qpvCode === null || /^Q[A-Z0-9]{5,9}$/.test(d.qpvCode), 'qpvCode');
  check(['collective', 'individual', 'student'].includes(d.constructionType), 'constructionType');
  return problems;
}

/** The file's verdict: refused (how, in French) or the dwellings it would stage. */
async function verdict(
  read: () => Promise<ReadOutcome>,
): Promise<{ refused: boolean; language: string[]; dwellings: StagedDwelling[] }> {
  try {
    const out = await read();
    const messages = [...(out.mapping?.problems ?? []).map((p) => p.message), ...out.errors.map((e) => e.message)];
    const refused =
      out.mapping === null || out.mapping.problems.length > 0 || out.rowsRead === 0 || out.errors.length > 0;
    // Header names are shown as written in the file (but a reader's "[object Object]" is Copil's).
    const echoed = (out.mapping?.headers ?? []).filter((h) => !showsProgramValue(h));
    return {
      refused,
      language: messages.map((m) => frenchProblems(m, echoed)).filter((m): m is string => m !== null),
      dwellings: out.dwellings,
    };
  } catch (error) {
    // Anything but an AppError would be a 500 in import.service.ts.
    if (!(error instanceof AppError)) throw new Error(`not an AppError: ${String(error)}`, { cause: error });
    return {
      refused: true,
      language: problemLanguageIssues({ detail: error.message, errors: error.fieldErrors }),
      dwellings: [],
    };
  }
}

describe('hostile stock rows and files (pure layers)', () => {
  const rowRuns = fuzzRuns('stockRowValidator');
  it('validates any record into a dwelling its columns can hold, or French reasons naming the line', () => {
    fc.assert(
      fc.property(record, ({ record: r, mustRefuse }) => {
        rowRuns.count();
        const { dwelling, errors } = validateRecord(r, ctx);
        if (dwelling) {
          expect(errors).toEqual([]);
          expect(mustRefuse, 'a broken record was accepted').toBe(false);
          expect(dwellingProblems(dwelling)).toEqual([]);
          expect(dwelling.line).toBe(r.line);
          return;
        }
        expect(errors.length).toBeGreaterThan(0);
        for (const e of errors) {
          expect(e.line).toBe(r.line);
          expect(e.message.startsWith(`Ligne ${r.line}`), e.message).toBe(true);
          // A formula is shown unquoted, in parentheses: its words are the file's, not Copil's.
          const formulas = [...(r.formulas?.values() ?? [])].flatMap((f) => [f, f.slice(0, 40)]);
          expect(frenchProblems(e.message, formulas)).toBeNull();
        }
      }),
      rowRuns.params,
    );
  });

  const csvRuns = fuzzRuns('stockCsvReader');
  it('refuses every defective CSV file in French, and never fails otherwise than with an AppError', async () => {
    const anyBytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }).map((b) => ({ bytes: Buffer.from(b), mustRefuse: false })),
      fc
        .tuple(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.constantFrom('utf8', 'latin1') as fc.Arbitrary<BufferEncoding>,
        )
        .map(([s, e]) => ({ bytes: Buffer.from(s, e), mustRefuse: false })),
    );
    const file = fc.oneof(
      { weight: 5, arbitrary: csvDefect.map((d) => ({ bytes: csvFile(d).bytes, mustRefuse: true })) },
      { weight: 1, arbitrary: anyBytes },
    );
    await fc.assert(
      fc.asyncProperty(file, async ({ bytes, mustRefuse }) => {
        csvRuns.count();
        const result = await verdict(() => readStockFile(bytes, 'csv'));
        if (mustRefuse) expect(result.refused, 'a defective file was accepted').toBe(true);
        expect(result.language).toEqual([]);
        for (const d of result.dwellings) {
          expect(dwellingProblems(d)).toEqual([]);
          expect(storable(d), JSON.stringify(d)).toBe(true);
        }
      }),
      csvRuns.params,
    );
  });

  const xlsxRuns = fuzzRuns('stockXlsxReader');
  it('refuses every defective workbook in French, and never fails otherwise than with an AppError', async () => {
    await fc.assert(
      fc.asyncProperty(xlsxDefect, async (defect) => {
        xlsxRuns.count();
        const bytes = await buildWorkbook(xlsxSheets(defect), defect.damage);
        const result = await verdict(() => readStockFile(bytes, 'xlsx'));
        expect(result.refused, 'a defective workbook was accepted').toBe(true);
        expect(result.language).toEqual([]);
        for (const d of result.dwellings) {
          expect(dwellingProblems(d)).toEqual([]);
          expect(storable(d), JSON.stringify(d)).toBe(true);
        }
      }),
      xlsxRuns.params,
    );
  });
});
