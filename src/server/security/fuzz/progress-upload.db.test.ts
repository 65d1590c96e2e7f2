import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProgressTableView } from '../../../contracts/operations-progress';
import { buildTestApp, describeEachEngine, loginAs, type LoggedIn, type TestApp } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { fuzzRuns } from './budget';
import { expectFrenchRefusal } from './french';
import { applyProgressEdits, progressEdits } from './progress-files';

/**
 * Issue 10, point 8, the progress-table upload through HTTP: the workbook Copil handed out,
 * edited with hostile cells, and always with one defect that must refuse it (a value out of
 * range, an impossible or late date, an edited identifier, changed columns, another half-year,
 * a damaged file). Each answer is a 4xx in French; the table's rows and its audit trail are
 * exactly as they were.
 */
describeEachEngine('hostile progress-table uploads', (engine) => {
  let built: TestApp;
  let officeAgent: LoggedIn;
  let tableId: string;
  let original: Buffer;
  let rowCount: number;

  const upload = (bytes: Buffer, cut: number | null) => {
    const boundary = `----copil${randomBytes(8).toString('hex')}`;
    const whole = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="tableau.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const payload = cut === null ? whole : whole.subarray(0, Math.floor(whole.length * cut));
    return officeAgent.inject('POST', `/api/progress-tables/${tableId}/xlsx`, payload, {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  };
  /** The table's rows and state, and its audit events. */
  const snapshot = async () => {
    const rows = await sql<{ digest: string | null; n: number }>`
      select count(*)::int as n, md5(string_agg(r::text, '|' order by r.operation_id)) as digest from progress_table_rows r where r.progress_table_id = ${tableId}`.execute(
      engine.db,
    );
    const table = await sql<{
      state: string;
    }>`select t::text as state from progress_tables t where t.id = ${tableId}`.execute(engine.db);
    const audit = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_events where entity_type = 'progress_table' and entity_id = ${tableId}`.execute(
      engine.db,
    );
    return { rows: rows.rows[0], table: table.rows[0]!.state, audit: audit.rows[0]!.n };
  };

  beforeAll(async () => {
    built = await buildTestApp(engine);
    const office = await engine.db
      .selectFrom('organisations')
      .select('id')
      .where('siret', '=', '34407767200022')
      .executeTakeFirstOrThrow();
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: office.id });
    officeAgent = await loginAs(built.app, user.email, user.password);
    const conventionId = (await officeAgent.inject('GET', '/api/conventions'))
      .json<{ id: string; periodStart: string }[]>()
      .find((c) => c.periodStart === '2024-01-01')!.id;
    for (const label of [
      'Réhabilitation des Tilleuls',
      'Résidence « Les Acacias » — 2e tranche',
      '=HYPERLINK("https://attaquant.example")',
    ]) {
      const created = await officeAgent.inject('POST', `/api/conventions/${conventionId}/operations`, {
        label,
        kind: 'thermal_renovation',
        programme: 'pmt_2025_2030',
        status: 'planned',
        percentComplete: 0,
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const opened = await officeAgent.inject('POST', `/api/conventions/${conventionId}/progress-tables`, {
      periodEnd: '2026-06-30',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const table = opened.json<ProgressTableView>();
    tableId = table.id;
    rowCount = table.rows.length;
    const download = await officeAgent.inject('GET', `/api/progress-tables/${tableId}/xlsx`);
    expect(download.statusCode).toBe(200);
    original = download.rawPayload;
  });
  afterAll(async () => {
    await built?.close();
  });

  const runs = fuzzRuns('progressUploads', { perEngine: true });
  it('refuses every defective workbook in French and changes nothing in the table', async () => {
    expect(rowCount).toBeGreaterThanOrEqual(3);
    const before = await snapshot();
    await fc.assert(
      // One upload in eight is also cut short: the form's closing boundary never comes.
      fc.asyncProperty(
        progressEdits({ breaker: true }),
        fc.oneof(
          { weight: 7, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.double({ min: 0, max: 0.999, noNaN: true }) },
        ),
        async (edits, cut) => {
          runs.count();
          const bytes = await applyProgressEdits(original, rowCount, edits);
          const response = await upload(bytes, cut);
          expectFrenchRefusal(response, `${JSON.stringify(edits).slice(0, 600)}, cut at ${cut}`);
          expect(await snapshot(), 'the table changed after a refused upload').toEqual(before);
        },
      ),
      runs.params,
    );
  }, 600_000);
});
