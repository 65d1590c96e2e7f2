import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StockImportView } from '../../../contracts/housing';
import { encode, fixtureRows, rplsCsv } from '../../domains/housing/import/rpls.fixtures';
import { buildTestApp, describeEachEngine, loginAs, type LoggedIn, type TestApp } from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { fuzzRuns } from './budget';
import { expectFrenchRefusal } from './french';
import { buildWorkbook, csvDefect, csvFile, xlsxDefect, xlsxSheets } from './stock-files';

/**
 * Issue 10, point 8, the stock importer through HTTP: defective CSV and xlsx files, uploaded by
 * the landlord's manager (some in forms cut short), over a stock that already holds the
 * dwellings they name. Each answer
 * is a 4xx in French, the import is recorded as failed or rejected with nothing left staged, and
 * the stock is exactly as it was: no partial import.
 */
const FILENAMES = [
  'rpls.csv',
  '../../etc/passwd.csv',
  'rpls\u202ecsv.xlsx',
  'Patrimoine 2025 (copie) — été.csv',
  'a'.repeat(300) + '.csv',
  'rpls";x=".csv',
  'rpls\u0000.csv',
  'RPLS.CSV',
];

function multipart(filename: string, bytes: Buffer, mode: string | null) {
  const b = `----copil${randomBytes(8).toString('hex')}`;
  const field = mode === null ? '' : `--${b}\r\nContent-Disposition: form-data; name="mode"\r\n\r\n${mode}\r\n`;
  const head = Buffer.from(
    `${field}--${b}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${b}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${b}` },
  };
}

describeEachEngine('hostile stock uploads', (engine) => {
  let built: TestApp;
  let manager: LoggedIn;
  let landlordId: string;

  /** The landlord's whole stock, row by row, and anything staged by its imports. */
  const snapshot = async () => {
    const stock = await sql<{ n: number; digest: string | null }>`
      select count(*)::int as n, md5(string_agg(d::text, '|' order by d.id)) as digest from dwellings d where d.organisation_id = ${landlordId}`.execute(
      engine.db,
    );
    const staged = await sql<{ n: number }>`
      select count(*)::int as n from stock_import_rows r join stock_imports i on i.id = r.import_id where i.organisation_id = ${landlordId}`.execute(
      engine.db,
    );
    return { ...stock.rows[0]!, staged: staged.rows[0]!.n };
  };

  beforeAll(async () => {
    built = await buildTestApp(engine);
    landlordId = (await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office du fuzz' })).id;
    const user = await createTestUser(engine.db, { roles: ['office_manager'], organisationId: landlordId });
    manager = await loginAs(built.app, user.email, user.password);
    // A stock already in place, holding the identifiers the hostile files reuse.
    const { payload, headers } = multipart('rpls.csv', encode(rplsCsv(fixtureRows(9)), 'utf-8'), null);
    const first = await manager.inject('POST', `/api/stocks/${landlordId}/imports`, payload, { headers });
    expect(first.statusCode, first.body).toBe(201);
  });
  afterAll(async () => {
    await built?.close();
  });

  const runs = fuzzRuns('stockUploads', { perEngine: true });
  it('refuses every defective file in French and leaves the stock exactly as it was', async () => {
    const before = await snapshot();
    expect(before).toMatchObject({ n: 9, staged: 0 });
    const file = fc.oneof(
      { weight: 3, arbitrary: csvDefect.map((d) => ({ kind: 'csv' as const, d })) },
      { weight: 1, arbitrary: xlsxDefect.map((d) => ({ kind: 'xlsx' as const, d })) },
    );
    const upload = fc.record({
      file,
      filename: fc.constantFrom(...FILENAMES),
      // The explicit default, or no mode at all (a hostile mode is refused before any reading).
      mode: fc.constantFrom(null, 'all_or_nothing', 'tout', '\u0000'),
      // One upload in six is cut short: the form's closing boundary never comes.
      cut: fc.oneof(
        { weight: 5, arbitrary: fc.constant(null) },
        {
          weight: 1,
          arbitrary: fc.double({ min: 0, max: 0.999, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
        },
      ),
    });
    await fc.assert(
      fc.asyncProperty(upload, async ({ file: f, filename, mode, cut }) => {
        runs.count();
        const made =
          f.kind === 'csv'
            ? csvFile(f.d)
            : { name: 'rpls.xlsx', bytes: await buildWorkbook(xlsxSheets(f.d), f.d.damage) };
        // The name keeps the file's own extension unless the defect is the extension.
        const name =
          f.kind === 'csv' && f.d.kind === 'extension'
            ? made.name
            : filename.replace(/\.(csv|xlsx|CSV)$/, '') + (f.kind === 'csv' ? '.csv' : '.xlsx');
        const { payload: whole, headers } = multipart(name, made.bytes, mode);
        const payload = cut === null ? whole : whole.subarray(0, Math.floor(whole.length * cut));
        const response = await manager.inject('POST', `/api/stocks/${landlordId}/imports`, payload, { headers });
        const problem = expectFrenchRefusal(
          response,
          `${f.kind} ${JSON.stringify(f.d).slice(0, 300)} as ${JSON.stringify(name)}, cut at ${cut}`,
        );
        expect(await snapshot(), 'the stock changed after a refused file').toEqual(before);
        if (typeof problem.importId === 'string') {
          const view = (
            await manager.inject('GET', `/api/stock-imports/${problem.importId}`)
          ).json() as StockImportView;
          expect(['failed', 'rejected']).toContain(view.status);
        }
      }),
      runs.params,
    );
  }, 600_000);
});
