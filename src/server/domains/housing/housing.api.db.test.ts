import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StockImportView, StockSummary, TrajectoryView } from '../../../contracts/housing';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type InjectResponse,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { honestBomb, lyingBomb } from '../../test/zip-bombs';
import { encode, fixtureRows, rplsCsv, type FixtureRow } from './import/rpls.fixtures';

const boundary = () => `----copil${randomBytes(8).toString('hex')}`;

/** A multipart/form-data body with one "file" part. */
function multipart(filename: string, bytes: Buffer) {
  const b = boundary();
  const head = Buffer.from(
    `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${b}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${b}` },
  };
}

/** The same, streamed without a Content-Length: a header line then `megabytes` of empty lines. */
function streamedMultipart(filename: string, megabytes: number) {
  const b = boundary();
  const mib = Buffer.alloc(1024 * 1024, '\r\n');
  const parts = (function* () {
    yield Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n${rplsCsv([])}`,
    );
    for (let i = 0; i < megabytes; i++) yield mib;
    yield Buffer.from(`\r\n--${b}--\r\n`);
  })();
  return { payload: Readable.from(parts), headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

/** The stock API through HTTP: figures, trajectory, calendar, and uploads with every bad input. */
describeEachEngine('housing API', (engine) => {
  let built: TestApp;
  let admin: LoggedIn;
  let coordinator: LoggedIn;
  let manager: LoggedIn;
  let outsider: LoggedIn;
  let officeId: string;
  let landlordId: string;
  const seen: InjectResponse[] = [];

  const call = async (promise: Promise<InjectResponse>) => {
    const response = await promise;
    seen.push(response);
    return response;
  };
  const upload = (who: LoggedIn, filename: string, bytes: Buffer, query = '', options: { csrf?: boolean } = {}) => {
    const { payload, headers } = multipart(filename, bytes);
    return call(who.inject('POST', `/api/stocks/${landlordId}/imports${query}`, payload, { headers, ...options }));
  };
  const count = async () =>
    (
      await sql<{ n: number }>`select count(*)::int as n from dwellings where organisation_id = ${landlordId}`.execute(
        engine.db,
      )
    ).rows[0]!.n;
  const csv = (rows: FixtureRow[]) => encode(rplsCsv(rows), 'utf-8');
  const withRow = (patch: Partial<FixtureRow>) =>
    csv([...fixtureRows(3), { ...fixtureRows(1, { start: 3 })[0]!, ...patch }]);

  beforeAll(async () => {
    built = await buildTestApp(engine);
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    landlordId = (await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office d’essai' })).id;
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    coordinator = await login(['coordinator'], departmentId);
    manager = await login(['office_manager'], landlordId);
    outsider = await login(['office_manager'], (await createTestOrganisation(engine.db, { kind: 'landlord' })).id);
  });
  afterAll(async () => {
    expect(seen.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
    await built?.close();
  });

  it('shows the demonstration stock and its trajectory to the Département', async () => {
    const summary = (await call(coordinator.inject('GET', `/api/stocks/${officeId}`))).json() as StockSummary;
    expect([
      summary.dwellings,
      summary.byEffectiveClass.G,
      summary.byEffectiveClass.F,
      summary.byEffectiveClass.E,
      summary.isDemo,
    ]).toEqual([39_658, 205, 1_260, 8_780, true]);
    const response = await call(
      coordinator.inject('GET', `/api/stocks/${officeId}/trajectory?asOf=2026-11-29&by=epci`),
    );
    expect(response.statusCode).toBe(200);
    const t = response.json() as TrajectoryView;
    expect(t.deadlines.map((d) => [d.date, d.banned, d.notProgrammed])).toEqual([
      ['2025-01-01', 205, 205],
      ['2028-01-01', 1_465, 1_465],
      ['2034-01-01', 10_245, 10_245],
    ]);
    expect(t.demoNotice).toMatch(/^Données de démonstration/);
    const page = await call(
      coordinator.inject('GET', `/api/stocks/${officeId}/dwellings?effectiveClass=F,G&pageSize=5`),
    );
    expect((page.json() as { total: number }).total).toBe(1_465);
    expect(
      expectProblem(
        await call(coordinator.inject('GET', `/api/stocks/${officeId}/dwellings?effectiveClass=H`)),
        400,
        'VALIDATION_FAILED',
      ).detail,
    ).toMatch(/Classe : valeur inconnue/);
  });

  it('hides a stock from another landlord’s users', async () => {
    expectProblem(await call(outsider.inject('GET', `/api/stocks/${officeId}`)), 404, 'NOT_FOUND');
    expectProblem(await call(outsider.inject('GET', `/api/stocks/${officeId}/trajectory`)), 404, 'NOT_FOUND');
    const list = (await call(outsider.inject('GET', '/api/stocks'))).json() as { organisationId: string }[];
    expect(list.map((s) => s.organisationId)).not.toContain(officeId);
  });

  it('imports an uploaded RPLS file and reports it', async () => {
    const response = await upload(manager, 'rpls 2025.csv', csv(fixtureRows(50)));
    expect(response.statusCode).toBe(201);
    const view = response.json() as StockImportView;
    expect(view).toMatchObject({
      status: 'completed',
      filename: 'rpls 2025.csv',
      counts: { created: 50 },
      progress: { rowsRead: 50, percent: 100 },
    });
    expect(view.progress.bytesExpected).toBeGreaterThan(view.progress.bytesRead);
    const again = await call(manager.inject('GET', view.links.self));
    expect((again.json() as StockImportView).sha256).toBe(view.sha256);
    const list = (await call(manager.inject('GET', `/api/stocks/${landlordId}/imports`))).json() as StockImportView[];
    expect(list[0]!.id).toBe(view.id);
    expect(await count()).toBe(50);
  });

  it('needs the CSRF token and a landlord writer', async () => {
    expectProblem(
      await upload(manager, 'rpls.csv', csv(fixtureRows(1)), '', { csrf: false }),
      403,
      'CSRF_TOKEN_INVALID',
    );
    expectProblem(await upload(coordinator, 'rpls.csv', csv(fixtureRows(1))), 404, 'NOT_FOUND');
    const { payload, headers } = multipart('rpls.csv', csv(fixtureRows(1)));
    expectProblem(
      await call(coordinator.inject('POST', `/api/stocks/${officeId}/imports`, payload, { headers })),
      403,
      'FORBIDDEN',
    );
  });

  const formulaWorkbook = async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Logements');
    sheet.addRow([
      'IDENT_REP',
      'DEPCOM',
      'TYPECONST_CODE',
      'NBPIECE',
      'SURFHAB',
      'CONSTRUCT',
      'DPEDATE',
      'DPEENERGIE',
      'DPESERRE',
    ]);
    sheet.addRow(['1', '62041', 'C', 3, { formula: 'SUM(1,2)*20', result: 60 }, 1970, '01/2022', 'D', 'D']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it.each([
    [
      'a wrong separator',
      'rpls.csv',
      () => Buffer.from('IDENT_REP,DEPCOM,NBPIECE\r\n1,62041,3\r\n'),
      400,
      'VALIDATION_FAILED',
      'Ligne 1 (en-tête) : séparateur « , » détecté',
    ],
    [
      'a missing required column',
      'rpls.csv',
      () => Buffer.from(rplsCsv(fixtureRows(2)).replace('DPESERRE', 'AUTRE')),
      400,
      'VALIDATION_FAILED',
      'Ligne 1 (en-tête) : colonne obligatoire absente : DPESERRE',
    ],
    [
      'no identifier column (issue #20: answered « forme non reconnue » with no column named)',
      'rpls.csv',
      () => Buffer.from(rplsCsv(fixtureRows(2)).replace('IDENT_REP', 'AUTRE_A').replace('IDENT_INT', 'AUTRE_B')),
      400,
      'VALIDATION_FAILED',
      'Ligne 1 (en-tête) : colonnes obligatoires absentes : IDENT_REP, IDENT_INT',
    ],
    [
      'an unknown commune code',
      'rpls.csv',
      () => withRow({ commune: '62999' }),
      400,
      'VALIDATION_FAILED',
      'Ligne 5, colonne DEPCOM : code commune « 62999 » inconnu',
    ],
    [
      'a class "H"',
      'rpls.csv',
      () => withRow({ energy: 'H' }),
      400,
      'VALIDATION_FAILED',
      'Ligne 5, colonne DPEENERGIE : classe « H » inconnue',
    ],
    [
      'a surface "abc"',
      'rpls.csv',
      () => withRow({ surface: 'abc' }),
      400,
      'VALIDATION_FAILED',
      'Ligne 5, colonne SURFHAB : surface « abc » invalide',
    ],
    [
      'a date "31/02/2020"',
      'rpls.csv',
      () => withRow({ dpeDate: '31/02/2020' }),
      400,
      'VALIDATION_FAILED',
      'Ligne 5, colonne DPEDATE : date « 31/02/2020 » inexistante',
    ],
    [
      'an empty file',
      'rpls.csv',
      () => Buffer.from(rplsCsv([])),
      400,
      'VALIDATION_FAILED',
      'Ligne 2 : le fichier ne contient aucun logement',
    ],
    [
      'a 0-byte upload',
      'rpls.csv',
      () => Buffer.alloc(0),
      400,
      'VALIDATION_FAILED',
      'Le fichier envoyé est vide (0 octet)',
    ],
    [
      'a binary file renamed .csv',
      'rpls.csv',
      () => randomBytes(4096).fill(0, 10, 12),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      "Le fichier n'est pas un fichier texte CSV",
    ],
    [
      'a spreadsheet with formulas',
      'patrimoine.xlsx',
      formulaWorkbook,
      400,
      'VALIDATION_FAILED',
      'Ligne 2, colonne SURFHAB (cellule E2) : la cellule contient une formule (=SUM(1,2)*20)',
    ],
    [
      'a PDF',
      'rpls.pdf',
      () => Buffer.from('%PDF-1.4\n'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Type de fichier non accepté (.pdf)',
    ],
    [
      'an xlsx decompression bomb (a 3 MB workbook whose sheet inflates to 3 GiB, issue #17)',
      'patrimoine.xlsx',
      () => honestBomb(),
      413,
      'PAYLOAD_TOO_LARGE',
      "Le classeur xlsx est refusé : l'élément « xl/worksheets/sheet1.xml » se décompresse en 3 Gio",
    ],
    [
      'an xlsx whose central directory lies about its 3 GiB sheet (issue #17)',
      'patrimoine.xlsx',
      () => lyingBomb(64 * 2 ** 20),
      413,
      'PAYLOAD_TOO_LARGE',
      "ne se décompresse pas en la taille que l'archive annonce (archive falsifiée) ; rien n'a été importé.",
    ],
    [
      'an HTML page named .csv (issue #17)',
      'rpls.csv',
      () => Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      "Le fichier n'est pas un fichier texte CSV : c'est une page HTML",
    ],
    [
      'a 200 MB file',
      'rpls.csv',
      () => Buffer.alloc(200 * 1024 * 1024, '\n'),
      413,
      'PAYLOAD_TOO_LARGE',
      'Le fichier dépasse la taille maximale de 100 Mo',
    ],
  ])(
    'refuses %s with a French message naming the line and column, importing nothing',
    async (_what, filename, bytes, status, code, detail) => {
      const before = await count();
      const body = expectProblem(await upload(manager, filename, await bytes()), status, code);
      expect(body.detail).toContain(detail);
      expect(body.detail).toMatch(/rien n'a été importé|Type de fichier non accepté/);
      expect(await count()).toBe(before);
      expect((await call(built.app.inject({ method: 'GET', url: '/api/health' }))).statusCode).toBe(200);
    },
  );

  it('refuses a 200 MB upload streamed without a length once 100 MB have been read', async () => {
    const before = await count();
    const { payload, headers } = streamedMultipart('gros.csv', 200);
    const body = expectProblem(
      await call(manager.inject('POST', `/api/stocks/${landlordId}/imports`, payload, { headers })),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expect(body.detail).toBe(
      "Le fichier dépasse la taille maximale de 100 Mo pour un import de patrimoine ; rien n'a été importé.",
    );
    expect(await count()).toBe(before);
    const failed = await engine.db
      .selectFrom('stock_imports')
      .select(['status', 'bytes_read'])
      .where('id', '=', body.importId as string)
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
  });

  it('refuses a request that is not multipart', async () => {
    expectProblem(
      await call(manager.inject('POST', `/api/stocks/${landlordId}/imports`, { file: 'x' })),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('keeps the errors of a refused file for the page and as a downloadable file', async () => {
    const rows = fixtureRows(10);
    rows[4] = { ...rows[4]!, energy: 'H' };
    rows[6] = { ...rows[6]!, surface: 'abc' };
    const body = expectProblem(await upload(manager, 'rpls-erreurs.csv', csv(rows)), 400, 'VALIDATION_FAILED');
    expect(body.errors!.map((e) => e.field)).toEqual(['ligne 6, colonne DPEENERGIE', 'ligne 8, colonne SURFHAB']);
    expect(body.errorCount).toBe(2);
    const errors = await call(manager.inject('GET', `/api/stock-imports/${body.importId}/errors?page=2&pageSize=1`));
    expect(errors.json()).toMatchObject({
      total: 2,
      page: 2,
      pageSize: 1,
      items: [{ line: 8, column: 'SURFHAB', value: 'abc' }],
    });
    const file = await call(manager.inject('GET', body.errorFile as string));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toContain('erreurs-rpls-erreurs.csv');
    expect(file.body.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFLigne;Colonne;Valeur;Erreur',
      expect.stringMatching(/^6;DPEENERGIE;H;/),
      expect.stringMatching(/^8;SURFHAB;abc;/),
    ]);
    const partial = await upload(manager, 'rpls-erreurs.csv', csv(rows), '?mode=valid_rows_only');
    expect(partial.statusCode).toBe(201);
    expect((partial.json() as StockImportView).counts).toMatchObject({ rowsValid: 8, rowsInvalid: 2 });
    expectProblem(await upload(manager, 'rpls.csv', csv(rows), '?mode=tout'), 400, 'VALIDATION_FAILED');
    const b = boundary();
    const form = Buffer.concat([
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="mode"\r\n\r\nvalid_rows_only\r\n`),
      Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="file"; filename="rpls.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      csv(rows),
      Buffer.from(`\r\n--${b}--\r\n`),
    ]);
    const viaField = await call(
      manager.inject('POST', `/api/stocks/${landlordId}/imports`, form, {
        headers: { 'content-type': `multipart/form-data; boundary=${b}` },
      }),
    );
    expect([viaField.statusCode, (viaField.json() as StockImportView).mode]).toEqual([201, 'valid_rows_only']);
  });

  it('offers the xlsx template and imports it back', async () => {
    const template = await call(manager.inject('GET', '/api/stock-imports/template.xlsx'));
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(template.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const response = await upload(manager, 'modele.xlsx', template.rawPayload);
    expect(response.statusCode).toBe(201);
    expect(response.json() as StockImportView).toMatchObject({
      format: 'xlsx',
      shape: 'template',
      sizeBytes: template.rawPayload.length,
      counts: { rowsValid: 1 },
    });
  });

  it('keeps the calendar for the administrator to extend', async () => {
    const list = await call(manager.inject('GET', '/api/letting-ban-calendars'));
    expect((list.json() as { versions: { deadlines: unknown[] }[] }).versions[0]!.deadlines).toContainEqual({
      territory: 'overseas',
      bannedClass: 'G',
      minimumClass: 'F',
      effectiveFrom: '2028-01-01',
    });
    const body = {
      label: 'Version de test',
      legalReference: 'Texte de test',
      inForceFrom: '2099-01-01',
      deadlines: [
        { territory: 'mainland', bannedClass: 'G', effectiveFrom: '2099-01-01' },
        { territory: 'overseas', bannedClass: 'G', effectiveFrom: '2099-01-01' },
      ],
    };
    expectProblem(await call(manager.inject('POST', '/api/letting-ban-calendars', body)), 403, 'FORBIDDEN');
    expectProblem(
      await call(
        admin.inject('POST', '/api/letting-ban-calendars', {
          ...body,
          deadlines: [{ territory: 'mars', bannedClass: 'H', effectiveFrom: 'demain' }],
        }),
      ),
      400,
      'VALIDATION_FAILED',
    );
    const created = await call(admin.inject('POST', '/api/letting-ban-calendars', body));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ inForce: false, inForceFrom: '2099-01-01' });
  });

  it('manages establishments through the API', async () => {
    const created = await call(
      manager.inject('POST', `/api/stocks/${landlordId}/establishments`, {
        kind: 'autonomy_residence',
        name: 'Les Glycines',
        communeCode: '62193',
        beds: 40,
        managerName: 'CCAS de Calais',
      }),
    );
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: string }).id;
    expectProblem(
      await call(
        manager.inject('POST', `/api/stocks/${landlordId}/establishments`, {
          kind: 'beguinage',
          name: 'Sans taille',
          communeCode: '62193',
        }),
      ),
      400,
      'VALIDATION_FAILED',
    );
    const updated = await call(
      manager.inject('PUT', `/api/establishments/${id}`, {
        kind: 'autonomy_residence',
        name: 'Les Glycines',
        communeCode: '62193',
        beds: 42,
        managerName: 'CCAS de Calais',
      }),
    );
    expect(updated.json()).toMatchObject({ beds: 42, communeName: 'Calais' });
    expect((await call(manager.inject('DELETE', `/api/establishments/${id}`))).statusCode).toBe(204);
  });

  it('documents the housing API in OpenAPI', async () => {
    const doc = (await call(built.app.inject({ method: 'GET', url: '/api/docs/json' }))).json() as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/api/stocks',
      '/api/stocks/{id}',
      '/api/stocks/{id}/dwellings',
      '/api/stocks/{id}/trajectory',
      '/api/stocks/{id}/imports',
      '/api/stock-imports/{id}',
      '/api/stock-imports/{id}/errors.csv',
      '/api/stock-imports/template.xlsx',
      '/api/letting-ban-calendars',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});
