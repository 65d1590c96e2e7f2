import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';

/** Exports of the stock: the dwellings (with the list's filters) and the trajectory, xlsx and CSV for French Excel. */
describeEachEngine('housing exports', (engine) => {
  let built: TestApp;
  let coordinator: LoggedIn;
  let outsider: LoggedIn;
  let officeId: string;

  const workbook = async (payload: Buffer) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(payload as unknown as ArrayBuffer);
    return book;
  };

  beforeAll(async () => {
    built = await buildTestApp(engine);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const user = await createTestUser(engine.db, { roles: ['coordinator'], organisationId: departmentId });
    coordinator = await loginAs(built.app, user.email, user.password);
    const other = await createTestUser(engine.db, {
      roles: ['office_manager'],
      organisationId: (await createTestOrganisation(engine.db, { kind: 'landlord' })).id,
    });
    outsider = await loginAs(built.app, other.email, other.password);
  });
  afterAll(async () => {
    await built?.close();
  });

  it('exports every dwelling as xlsx, labelled as demonstration data, and records the export', async () => {
    const response = await coordinator.inject('GET', `/api/stocks/${officeId}/exports/dwellings/xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/logements-demonstration-\d{4}-\d{2}-\d{2}\.xlsx/);
    const sheet = (await workbook(response.rawPayload)).getWorksheet('Logements')!;
    expect(sheet.rowCount).toBe(1 + 39_658);
    expect(sheet.getRow(1).getCell(1).value).toBe('Données');
    expect(sheet.getRow(2).getCell(1).value).toBe('Démonstration');
    // Typed cells (issue #20): the surface is a number shown "25,00" in French, not the text "25,00".
    const surface = sheet.getRow(1).values as unknown[];
    const column = surface.indexOf('Surface (m²)');
    const cell = sheet.getRow(2).getCell(column);
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(typeof cell.value).toBe('number');
    expect(cell.numFmt).toBe('#,##0.00');
    const events = await engine.db
      .selectFrom('audit_events')
      .select(['after'])
      .where('entity_type', '=', 'stock')
      .where('action', '=', 'export')
      .execute();
    expect(events.map((e) => (e.after as { rows: number }).rows)).toEqual([39_658]);
  });

  it('exports the filtered list (class G) as CSV for French Excel: BOM, semicolons, 205 rows', async () => {
    const response = await coordinator.inject('GET', `/api/stocks/${officeId}/exports/dwellings/csv?effectiveClass=G`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = response.body;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 205);
    expect(lines[0]!.split(';')).toContain('Classe retenue');
    expect(lines.slice(1).every((l) => l.split(';').at(-1) === 'G')).toBe(true);
  });

  it('exports the trajectory: deadlines, then one sheet per breakdown', async () => {
    const response = await coordinator.inject('GET', `/api/stocks/${officeId}/exports/trajectory/xlsx`);
    expect(response.statusCode).toBe(200);
    const book = await workbook(response.rawPayload);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Échéances', 'Par commune', 'Par EPCI', 'Par QPV', 'Par type']);
    const deadlines = book.getWorksheet('Échéances')!;
    expect([2, 3, 4].map((r) => deadlines.getRow(r).getCell(3).value)).toEqual([205, 1_465, 10_245]);
    const csv = await coordinator.inject('GET', `/api/stocks/${officeId}/exports/trajectory/csv`);
    expect(csv.body.slice(1).trim().split('\r\n')).toHaveLength(4);
  });

  it('refuses another landlord’s user and an unknown format, in French, never 500', async () => {
    expectProblem(await outsider.inject('GET', `/api/stocks/${officeId}/exports/dwellings/xlsx`), 404, 'NOT_FOUND');
    const bad = await coordinator.inject('GET', `/api/stocks/${officeId}/exports/dwellings/pdf`);
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.json().detail).toContain('Format');
  });
});
