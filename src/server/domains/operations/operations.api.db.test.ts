import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AgreementView, RequestView } from '../../../contracts/finance';
import type { DwellingPage, TrajectoryView } from '../../../contracts/housing';
import type { DwellingOperations, OperationList, OperationView } from '../../../contracts/operations';
import type { ForecastOverview, ProgressDiff, ProgressTableView } from '../../../contracts/operations-progress';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type InjectResponse,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestUser } from '../../test/fixtures';

const AS_OF = '2026-11-29';

/**
 * The full cycle through HTTP: 3 renovations of G and F dwellings → the trajectory's
 * planned figures → the 1st half-year 2026 table by xlsx round trip → returned then accepted →
 * one operation delivered → effective class and delivered figures → a payment request on the
 * linked funding agreement references it; every bad input refused with nothing saved.
 */
describeEachEngine('operations API', (engine) => {
  let built: TestApp;
  let coordinator: LoggedIn, officeAgent: LoggedIn, officeManager: LoggedIn, controller: LoggedIn;
  let conventionId: string, officeId: string;
  let agreement: AgreementView;
  let g: DwellingPage['items'], f: DwellingPage['items'];
  const ops: OperationView[] = [];
  let table: ProgressTableView;

  const ok = async <T>(promise: Promise<InjectResponse>, status = 200): Promise<T> => {
    const response = await promise;
    expect({ status: response.statusCode, body: response.statusCode === status ? null : response.body }).toEqual({
      status,
      body: null,
    });
    return response.json() as T;
  };
  const problem = async (promise: Promise<InjectResponse>, status: number, code: string) =>
    expectProblem(await promise, status, code);
  const trajectory = async (asOf = AS_OF) =>
    (
      await ok<TrajectoryView>(coordinator.inject('GET', `/api/stocks/${officeId}/trajectory?asOf=${asOf}`))
    ).deadlines.find((d) => d.date === '2028-01-01')!;
  const countOps = async () =>
    (
      await engine.db
        .selectFrom('operations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const renovation = (
    dwellings: { dwellingId: string; targetClass: string | null }[],
    extra: Record<string, unknown> = {},
  ) => ({
    label: 'Réhabilitation thermique',
    kind: 'thermal_renovation',
    programme: 'pmt_2025_2030',
    communeCode: '62041',
    residence: 'Résidence des Tilleuls',
    status: 'planned',
    percentComplete: 0,
    energyBefore: '452.0',
    energyAfter: '180.5',
    costExclTax: '1000000.00',
    costInclTax: '1100000.00',
    dwellings,
    phases: [
      { phase: 'studies', plannedOn: '2026-01-15' },
      { phase: 'start_order', plannedOn: '2026-03-01' },
      { phase: 'delivery', plannedOn: '2027-06-30' },
    ],
    fundingLines: [
      { source: 'department', amount: '300000.00', fundingAgreementId: agreement.id },
      { source: 'eco_loan', amount: '500000.00' },
    ],
    ...extra,
  });
  const upload = (who: LoggedIn, url: string, bytes: Buffer) => {
    const boundary = `----copil${randomBytes(8).toString('hex')}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="tableau.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return who.inject('POST', url, payload, {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  };
  const edited = async (bytes: Buffer, change: (sheet: ExcelJS.Worksheet) => void) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    change(workbook.worksheets[0]!);
    return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  };

  beforeAll(async () => {
    built = await buildTestApp(engine);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    coordinator = await login(['coordinator'], departmentId);
    controller = await login(['controller'], departmentId);
    officeAgent = await login(['office_agent'], officeId);
    officeManager = await login(['office_manager'], officeId);
    conventionId = (
      await ok<{ id: string; periodStart: string }[]>(officeAgent.inject('GET', '/api/conventions'))
    ).find((c) => c.periodStart === '2024-01-01')!.id;
    const finance = await ok<{ envelopes: { allocations: { id: string; year: number }[] }[] }>(
      coordinator.inject('GET', `/api/conventions/${conventionId}/finance`),
    );
    const allocation = finance.envelopes[0]!.allocations.find((a) => a.year === 2024)!.id;
    agreement = await ok<AgreementView>(
      coordinator.inject('POST', `/api/allocations/${allocation}/funding-agreement`, {
        amount: '4000000.00',
        purpose: 'Réhabilitation thermique 2024',
        schedule: [
          { kind: 'advance', label: 'Avance', amount: '1000000.00' },
          { kind: 'balance', label: 'Solde', amount: '3000000.00' },
        ],
      }),
      201,
    );
    g = (
      await ok<DwellingPage>(officeAgent.inject('GET', `/api/stocks/${officeId}/dwellings?effectiveClass=G&pageSize=3`))
    ).items;
    f = (
      await ok<DwellingPage>(officeAgent.inject('GET', `/api/stocks/${officeId}/dwellings?effectiveClass=F&pageSize=2`))
    ).items;
  });
  afterAll(async () => built?.close());

  it('plans 3 renovations of G and F dwellings; the trajectory counts them as planned', async () => {
    const before = await trajectory();
    expect(before.planned).toBe(0);
    const url = `/api/conventions/${conventionId}/operations`;
    ops.push(
      await ok<OperationView>(
        officeAgent.inject(
          'POST',
          url,
          renovation([
            { dwellingId: g[0]!.id, targetClass: 'C' },
            { dwellingId: g[1]!.id, targetClass: 'D' },
          ]),
        ),
        201,
      ),
    );
    ops.push(
      await ok<OperationView>(
        officeAgent.inject('POST', url, renovation([{ dwellingId: f[0]!.id, targetClass: 'C' }])),
        201,
      ),
    );
    ops.push(
      await ok<OperationView>(
        officeManager.inject(
          'POST',
          url,
          renovation([{ dwellingId: g[2]!.id, targetClass: 'B' }], {
            classCounts: [{ classBefore: 'F', targetClass: 'D', count: 12 }],
          }),
        ),
        201,
      ),
    );
    expect(ops.map((o) => [o.reference, o.dwellingCount, o.plannedDelivery, o.departmentSubsidy])).toEqual([
      ['OP-0001', 2, '2027-06-30', '300000.00'],
      ['OP-0002', 1, '2027-06-30', '300000.00'],
      ['OP-0003', 13, '2027-06-30', '300000.00'],
    ]);
    expect(ops[0]!.dwellings.map((d) => [d.classBefore, d.targetClass])).toEqual(
      expect.arrayContaining([
        ['G', 'C'],
        ['G', 'D'],
      ]),
    );
    const after = await trajectory();
    // Four picked dwellings, and OP-0003's twelve F dwellings counted by class (issue #21).
    expect({ banned: after.banned, planned: after.planned, delivered: after.delivered }).toEqual({
      banned: before.banned,
      planned: 16,
      delivered: 0,
    });
    const list = await ok<OperationList>(controller.inject('GET', `${url}?kind=thermal_renovation&year=2027`));
    expect({ n: list.items.length, write: list.can.write, landlord: list.landlordOrganisationId }).toEqual({
      n: 3,
      write: false,
      landlord: officeId,
    });
    expect((await ok<OperationList>(controller.inject('GET', `${url}?status=delivered`))).items).toEqual([]);
    const exported = await controller.inject(
      'GET',
      `/api/conventions/${conventionId}/exports/operations.xlsx?kind=thermal_renovation`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Opérations')!;
    expect([sheet.rowCount, sheet.getCell('A2').value, sheet.getCell('G3').value, sheet.getCell('M2').value]).toEqual([
      4,
      'OP-0001',
      1,
      300000,
    ]);
  });

  it('refuses every bad input with a French message, and saves nothing', async () => {
    const url = `/api/conventions/${conventionId}/operations`;
    const n = await countOps();
    const late = await problem(
      officeAgent.inject(
        'POST',
        url,
        renovation([{ dwellingId: f[1]!.id, targetClass: 'C' }], {
          status: 'delivered',
          percentComplete: 100,
          phases: [
            { phase: 'start_order', actualOn: '2026-05-01' },
            { phase: 'delivery', actualOn: '2026-04-01' },
          ],
        }),
      ),
      400,
      'VALIDATION_FAILED',
    );
    expect(late.errors).toContainEqual({
      field: 'phases.delivery.actualOn',
      message: 'Livraison le 01/04/2026 avant le début des travaux (ordre de service le 01/05/2026) : impossible.',
    });
    const worse = await problem(
      officeAgent.inject('POST', url, renovation([{ dwellingId: f[1]!.id, targetClass: 'G' }])),
      400,
      'VALIDATION_FAILED',
    );
    expect(worse.errors![0]).toEqual({
      field: 'dwellings.0.targetClass',
      message: expect.stringContaining('la classe visée G est moins bonne que la classe actuelle F'),
    });
    const taken = await problem(
      officeAgent.inject(
        'POST',
        url,
        renovation([
          { dwellingId: f[1]!.id, targetClass: 'C' },
          { dwellingId: g[0]!.id, targetClass: 'C' },
        ]),
      ),
      409,
      'CONFLICT',
    );
    expect(taken.errors).toEqual([
      {
        field: 'dwellings.1.dwellingId',
        message: expect.stringContaining('déjà dans la réhabilitation en cours OP-0001'),
      },
    ]);
    const costly = await problem(
      officeAgent.inject(
        'POST',
        url,
        renovation([{ dwellingId: f[1]!.id, targetClass: 'C' }], {
          fundingLines: [{ source: 'own_funds', amount: '1100000.01' }],
        }),
      ),
      400,
      'VALIDATION_FAILED',
    );
    expect(costly.detail).toBe(
      'Plan de financement refusé : 1\u202f100\u202f000,01\u00a0€ de financements pour un coût de 1\u202f100\u202f000,00\u00a0€.',
    );
    await problem(
      officeAgent.inject(
        'POST',
        url,
        renovation([{ dwellingId: '00000000-0000-4000-8000-00000000f00d', targetClass: 'C' }]),
      ),
      400,
      'VALIDATION_FAILED',
    );
    await problem(coordinator.inject('POST', url, renovation([])), 403, 'FORBIDDEN');
    await problem(controller.inject('POST', url, renovation([])), 403, 'FORBIDDEN');
    await problem(
      officeAgent.inject('PUT', `/api/operations/${ops[0]!.id}`, renovation([], { costInclTax: '1.00' })),
      400,
      'VALIDATION_FAILED',
    );
    expect(await countOps()).toBe(n);
    expect((await ok<OperationView>(officeAgent.inject('GET', `/api/operations/${ops[0]!.id}`))).dwellingCount).toBe(2);
  });

  it('runs the 1st half-year table through an xlsx round trip, refusing other half-years and edited identifiers', async () => {
    await problem(
      coordinator.inject('POST', `/api/conventions/${conventionId}/progress-tables`, { periodEnd: '2026-06-30' }),
      403,
      'FORBIDDEN',
    );
    expect(
      (
        await problem(
          officeAgent.inject('POST', `/api/conventions/${conventionId}/progress-tables`, { periodEnd: '2026-06-15' }),
          400,
          'VALIDATION_FAILED',
        )
      ).errors![0]!.field,
    ).toBe('periodEnd');
    table = await ok<ProgressTableView>(
      officeAgent.inject('POST', `/api/conventions/${conventionId}/progress-tables`, { periodEnd: '2026-06-30' }),
      201,
    );
    expect(table.rows.map((r) => [r.reference, r.status, r.percentComplete])).toEqual([
      ['OP-0001', 'planned', 0],
      ['OP-0002', 'planned', 0],
      ['OP-0003', 'planned', 0],
    ]);
    expect({ label: table.label, due: table.dueDate, can: table.can }).toEqual({
      label: '1er semestre 2026',
      due: '2026-07-31',
      can: { edit: true, submit: false, review: false },
    });
    const download = await officeAgent.inject('GET', `/api/progress-tables/${table.id}/xlsx`);
    expect(download.headers['content-type']).toContain('spreadsheetml');
    const original = download.rawPayload;
    const sheetUrl = `/api/progress-tables/${table.id}/xlsx`;

    const good = await edited(original, (sheet) => {
      sheet.getCell('F2').value = 'En cours';
      sheet.getCell('G2').value = 45;
      sheet.getCell('H2').value = new Date(Date.UTC(2026, 2, 2));
      sheet.getCell('J2').value = 250000.5;
      sheet.getCell('K2').value = 'Désamiantage terminé';
    });
    const otherHalf = await edited(good, (sheet) => (sheet.name = 'Avancement 2025-12-31'));
    expect((await problem(upload(officeAgent, sheetUrl, otherHalf), 400, 'VALIDATION_FAILED')).detail).toBe(
      'Ce fichier est le tableau du 2d semestre 2025, pas celui du 1er semestre 2026 : téléchargez le tableau de ce semestre.',
    );
    const unknownId = await edited(
      good,
      (sheet) => (sheet.getCell('A3').value = '00000000-0000-4000-8000-00000000f00d'),
    );
    expect((await problem(upload(officeAgent, sheetUrl, unknownId), 400, 'VALIDATION_FAILED')).errors).toEqual([
      {
        field: 'ligne 3, Identifiant',
        message:
          "Ligne 3, colonne « Identifiant » : identifiant modifié ou inconnu ; cette opération n'est pas dans le tableau.",
      },
    ]);
    const swapped = await edited(good, (sheet) => (sheet.getCell('A3').value = ops[2]!.id));
    expect(
      (await problem(upload(officeAgent, sheetUrl, swapped), 400, 'VALIDATION_FAILED')).errors![0]!.message,
    ).toContain('Ligne 3, colonne « Identifiant » : identifiant modifié');
    const badCells = await edited(good, (sheet) => {
      sheet.getCell('G3').value = 140;
      sheet.getCell('I4').value = new Date(Date.UTC(2026, 6, 14));
    });
    const cells = await problem(upload(officeAgent, sheetUrl, badCells), 400, 'VALIDATION_FAILED');
    expect(cells.errors!.map((e) => e.field)).toEqual(['ligne 3, Avancement (%)']);
    const afterDate = await edited(good, (sheet) => (sheet.getCell('I4').value = new Date(Date.UTC(2026, 6, 14))));
    expect(
      (await problem(upload(officeAgent, sheetUrl, afterDate), 400, 'VALIDATION_FAILED')).errors!.map((e) => e.field),
    ).toContain('ligne 4, Livraison (date réelle)');
    const columns = await edited(good, (sheet) => (sheet.getCell('G1').value = 'Avancement'));
    expect((await problem(upload(officeAgent, sheetUrl, columns), 400, 'VALIDATION_FAILED')).detail).toContain(
      'gardez les colonnes',
    );
    expect(
      (await ok<ProgressTableView>(officeAgent.inject('GET', `/api/progress-tables/${table.id}`))).rows[0]!
        .percentComplete,
    ).toBe(0);

    table = await ok<ProgressTableView>(upload(officeAgent, sheetUrl, good));
    expect(table.rows[0]).toMatchObject({
      status: 'in_progress',
      percentComplete: 45,
      startActualOn: '2026-03-02',
      spent: '250000.50',
      officeComment: 'Désamiantage terminé',
    });
    table = await ok<ProgressTableView>(
      officeAgent.inject('PUT', `/api/progress-tables/${table.id}/rows`, {
        rows: [{ operationId: ops[1]!.id, status: 'in_progress', percentComplete: 20, startActualOn: '2026-04-01' }],
      }),
    );
    expect(table.rows[1]!.percentComplete).toBe(20);
  });

  it('gives back every text byte for byte after a download and an upload with no edit, cells typed (issue #20)', async () => {
    const url = `/api/progress-tables/${table.id}/xlsx`;
    const before = (await ok<ProgressTableView>(officeAgent.inject('GET', `/api/progress-tables/${table.id}`))).rows;
    const asInput = (r: ProgressTableView['rows'][number], officeComment: string | null) => ({
      operationId: r.operationId,
      status: r.status,
      percentComplete: r.percentComplete,
      startActualOn: r.startActualOn,
      deliveryActualOn: r.deliveryActualOn,
      spent: r.spent,
      officeComment,
    });
    // Texts a spreadsheet would evaluate if they were typed in a cell: "- ", "=", "+", "@".
    const comments = [
      "- retard de l'entreprise de désamiantage ; reprise le 2 mars",
      '=SOMME(A1:A3) « pas une formule »\n+ deuxième ligne',
      '@Copil : relancer le bureau de contrôle',
    ];
    await ok(
      officeAgent.inject('PUT', `/api/progress-tables/${table.id}/rows`, {
        rows: before.map((r, i) => asInput(r, comments[i] ?? null)),
      }),
    );
    const download = (await officeAgent.inject('GET', url)).rawPayload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    comments.forEach((comment, i) => {
      const cell = sheet.getCell(`K${i + 2}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(comment); // no apostrophe
    });
    expect(sheet.getCell('G2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('H2').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('J2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('J2').value).toBe(250000.5);

    const after = (await ok<ProgressTableView>(upload(officeAgent, url, download))).rows;
    for (const [i, comment] of comments.entries())
      expect(Buffer.from(after[i]!.officeComment ?? '', 'utf8').equals(Buffer.from(comment, 'utf8')), comment).toBe(
        true,
      );
    expect(after.map((r) => asInput(r, null))).toEqual(before.map((r) => asInput(r, null)));
    await ok(
      officeAgent.inject('PUT', `/api/progress-tables/${table.id}/rows`, {
        rows: before.map((r) => asInput(r, r.officeComment)),
      }),
    );
  });

  it('the Département comments, returns, then accepts; snapshots kept; nobody reviews their own table', async () => {
    const transitions = `/api/progress-tables/${table.id}/transitions`;
    expect((await ok<ProgressTableView>(coordinator.inject('GET', `/api/progress-tables/${table.id}`))).rows).toEqual(
      [],
    );
    // The agents fill the table; the office's manager alone submits it (DESIGN §1).
    expect(
      (await ok<ProgressTableView>(officeAgent.inject('GET', `/api/progress-tables/${table.id}`))).can,
    ).toMatchObject({ edit: true, submit: false });
    await problem(officeAgent.inject('POST', transitions, { action: 'submit' }), 403, 'FORBIDDEN');
    await ok(officeManager.inject('POST', transitions, { action: 'submit' }));
    await problem(officeAgent.inject('POST', transitions, { action: 'accept' }), 403, 'FORBIDDEN');
    await problem(controller.inject('POST', transitions, { action: 'accept' }), 403, 'FORBIDDEN');
    await problem(
      officeAgent.inject('PUT', `/api/progress-tables/${table.id}/rows`, {
        rows: [{ operationId: ops[1]!.id, status: 'planned', percentComplete: 0 }],
      }),
      409,
      'CONFLICT',
    );
    await ok(
      coordinator.inject('PUT', `/api/progress-tables/${table.id}/rows/${ops[0]!.id}/review-comment`, {
        comment: 'Préciser le calendrier du désamiantage.',
      }),
    );
    expect(
      (await problem(coordinator.inject('POST', transitions, { action: 'return' }), 400, 'VALIDATION_FAILED'))
        .errors![0]!.field,
    ).toBe('comment');
    await ok(coordinator.inject('POST', transitions, { action: 'return', comment: 'Compléter OP-0001.' }));
    await ok(
      officeAgent.inject('PUT', `/api/progress-tables/${table.id}/rows`, {
        rows: [
          {
            operationId: ops[0]!.id,
            status: 'in_progress',
            percentComplete: 50,
            startActualOn: '2026-03-02',
            spent: '250000.50',
            officeComment: 'Calendrier précisé.',
          },
        ],
      }),
    );
    await ok(officeManager.inject('POST', transitions, { action: 'submit' }));
    table = await ok<ProgressTableView>(coordinator.inject('POST', transitions, { action: 'accept' }));
    expect({
      status: table.status,
      versions: table.snapshots.map((s) => s.version),
      comment: table.rows[0]!.reviewComment,
    }).toEqual({ status: 'accepted', versions: [1, 2], comment: 'Préciser le calendrier du désamiantage.' });
    await problem(coordinator.inject('POST', transitions, { action: 'return', comment: 'x' }), 409, 'CONFLICT');
    // The accepted table is now the operation's state (issue #19), audited as such.
    const accepted = await ok<OperationView>(officeAgent.inject('GET', `/api/operations/${ops[0]!.id}`));
    expect({
      status: accepted.status,
      percent: accepted.percentComplete,
      start: accepted.phases.find((p) => p.phase === 'start_order')?.actualOn,
      spent: accepted.spent,
      spentOn: accepted.spentOn,
    }).toEqual({ status: 'in_progress', percent: 50, start: '2026-03-02', spent: '250000.50', spentOn: '2026-06-30' });
    const writtenBack = await engine.db
      .selectFrom('audit_events')
      .select('entity_id')
      .where('entity_type', '=', 'operation')
      .where('action', '=', 'progress_accepted')
      .execute();
    expect(writtenBack.map((a) => a.entity_id)).toContain(ops[0]!.id);

    const s2 = await ok<ProgressTableView>(
      officeAgent.inject('POST', `/api/conventions/${conventionId}/progress-tables`, { periodEnd: '2026-12-31' }),
      201,
    );
    // The next half-year starts from the accepted state, not from the stale operation.
    expect(s2.rows.find((r) => r.operationId === ops[0]!.id)).toMatchObject({
      percentComplete: 50,
      startActualOn: '2026-03-02',
      spent: '250000.50',
    });
    // The Département cannot compare with a table the office has not transmitted yet.
    expect((await ok<ProgressTableView>(coordinator.inject('GET', `/api/progress-tables/${table.id}`))).others).toEqual(
      [],
    );
    expect(
      await ok<ProgressDiff>(coordinator.inject('GET', `/api/progress-tables/${table.id}/diff?against=${s2.id}`)),
    ).toMatchObject({
      notice: "Le tableau du 2d semestre 2026 n'a pas encore été transmis : il ne se compare pas encore.",
      changes: [],
    });
    await ok(
      officeAgent.inject('PUT', `/api/progress-tables/${s2.id}/rows`, {
        rows: [
          {
            operationId: ops[0]!.id,
            status: 'in_progress',
            percentComplete: 80,
            startActualOn: '2026-03-02',
            spent: '250000.50',
            officeComment: null,
          },
        ],
      }),
    );
    const diff = await ok<ProgressDiff>(
      officeAgent.inject('GET', `/api/progress-tables/${s2.id}/diff?against=${table.id}`),
    );
    expect(diff.from.label).toBe('1er semestre 2026');
    expect(diff.changes.find((c) => c.reference === 'OP-0001')!.fields).toEqual([
      { field: 'percentComplete', label: 'Avancement (%)', before: '50', after: '80' },
    ]);
    await problem(
      officeAgent.inject('POST', `/api/conventions/${conventionId}/progress-tables`, { periodEnd: '2026-12-31' }),
      409,
      'CONFLICT',
    );
  });

  it('one operation delivered: the effective class and the delivered figures change', async () => {
    const body = renovation(
      [
        { dwellingId: g[0]!.id, targetClass: 'C' },
        { dwellingId: g[1]!.id, targetClass: 'D' },
      ],
      {
        status: 'delivered',
        percentComplete: 100,
        phases: [
          { phase: 'start_order', plannedOn: '2026-03-01', actualOn: '2026-03-02' },
          { phase: 'delivery', plannedOn: '2027-06-30', actualOn: '2026-10-15' },
        ],
      },
    );
    ops[0] = await ok<OperationView>(officeAgent.inject('PUT', `/api/operations/${ops[0]!.id}`, body));
    expect(ops[0].status).toBe('delivered');
    // OP-0003's twelve counted F dwellings stay planned.
    expect(await trajectory()).toMatchObject({ planned: 14, delivered: 2 });
    expect(await trajectory('2026-10-14')).toMatchObject({ planned: 16, delivered: 0 });
    const dwelling = await ok<DwellingOperations>(
      coordinator.inject('GET', `/api/dwellings/${g[0]!.id}/operations?asOf=${AS_OF}`),
    );
    expect({
      dpe: dwelling.dpeClass,
      now: dwelling.effectiveClass,
      by: dwelling.deliveredBy,
      ops: dwelling.operations.map((o) => o.reference),
    }).toEqual({ dpe: 'G', now: 'C', by: ops[0].id, ops: ['OP-0001'] });
    expect(
      (await ok<DwellingOperations>(coordinator.inject('GET', `/api/dwellings/${g[0]!.id}/operations?asOf=2026-10-14`)))
        .effectiveClass,
    ).toBe('G');
    // Delivered, the dwelling is free for a later renovation.
    expect(
      (
        await ok<OperationView>(
          officeAgent.inject(
            'POST',
            `/api/conventions/${conventionId}/operations`,
            renovation([{ dwellingId: g[0]!.id, targetClass: 'B' }]),
          ),
          201,
        )
      ).reference,
    ).toBe('OP-0004');
  });

  it('a payment request on the linked funding agreement references the affected operation, and only such one', async () => {
    const affect = `/api/funding-agreements/${agreement.id}/affectations`;
    await problem(
      officeAgent.inject('POST', affect, { operationLabel: 'OP-0001', amount: '300000.00', operationId: ops[0]!.id }),
      403,
      'FORBIDDEN',
    );
    const noLine = await ok<OperationView>(
      officeAgent.inject('POST', `/api/conventions/${conventionId}/operations`, {
        ...renovation([]),
        kind: 'maintenance',
        fundingLines: [],
      }),
      201,
    );
    expect(
      (
        await problem(
          coordinator.inject('POST', affect, { operationLabel: 'Maintenance', amount: '1.00', operationId: noLine.id }),
          400,
          'VALIDATION_FAILED',
        )
      ).errors![0]!.field,
    ).toBe('operationId');
    const affected = await ok<AgreementView>(
      coordinator.inject('POST', affect, {
        operationLabel: 'OP-0001 Réhabilitation thermique',
        amount: '300000.00',
        operationId: ops[0]!.id,
      }),
      201,
    );
    expect(affected.affectations.map((a) => a.operationId)).toEqual([ops[0]!.id]);
    const url = `/api/funding-agreements/${agreement.id}/payment-requests`;
    const line = agreement.schedule[0]!.id;
    expect(
      (
        await problem(
          officeAgent.inject('POST', url, { scheduleLineId: line, amount: '100000.00', operationId: ops[1]!.id }),
          400,
          'VALIDATION_FAILED',
        )
      ).errors,
    ).toEqual([
      { field: 'operationId', message: expect.stringContaining("n'est pas affectée à cette convention financière") },
    ]);
    const request = await ok<RequestView>(
      officeAgent.inject('POST', url, { scheduleLineId: line, amount: '100000.00', operationId: ops[0]!.id }),
      201,
    );
    expect(request.operation).toEqual({ id: ops[0]!.id, reference: 'OP-0001', label: 'Réhabilitation thermique' });
    const view = await ok<OperationView>(coordinator.inject('GET', `/api/operations/${ops[0]!.id}`));
    expect({ requests: view.paymentRequests.map((r) => r.id), affected: view.fundingLines[0]!.affected }).toEqual({
      requests: [request.id],
      affected: '300000.00',
    });
  });

  it('the 2025 November forecast is entered, submitted (late) and compared with the 2025 allocation', async () => {
    const url = `/api/conventions/${conventionId}/volume-forecasts/2025`;
    const body = {
      renovationsByClass: { G: 80, F: 220 },
      maintenanceDwellings: 2500,
      adaptations: 275,
      investmentRequested: '10000000.00',
      operatingRequested: '5000000.00',
      comment: 'Base : 2 500 logements, 275 adaptations.',
    };
    await problem(coordinator.inject('PUT', url, body), 403, 'FORBIDDEN');
    expect(
      (
        await problem(
          officeAgent.inject('PUT', url, { ...body, investmentRequested: '10 000 000' }),
          400,
          'VALIDATION_FAILED',
        )
      ).errors![0]!.field,
    ).toBe('investmentRequested');
    await ok(officeAgent.inject('PUT', url, body));
    const finance = await ok<{ envelopes: { id: string; kind: string }[] }>(
      coordinator.inject('GET', `/api/conventions/${conventionId}/finance`),
    );
    await ok(
      coordinator.inject(
        'POST',
        `/api/envelopes/${finance.envelopes.find((x) => x.kind === 'investment')!.id}/allocations`,
        { year: 2025, amount: '8000000.00', deliberationBody: 'Commission permanente', deliberationDate: '2025-02-10' },
      ),
      201,
    );
    const overview = await ok<ForecastOverview>(officeManager.inject('POST', `${url}/submit`));
    const y2025 = overview.years.find((y) => y.year === 2025)!;
    expect(y2025).toMatchObject({
      forecast: {
        status: 'submitted',
        dueDate: '2024-11-30',
        late: true,
        renovations: 300,
        maintenanceDwellings: 2500,
        investmentRequested: '10000000.00',
      },
      voted: { investment: '8000000.00', operating: null },
    });
    // Against the convention's baseline (about 2,500 maintenance dwellings, 250 to 300 adaptations).
    expect(y2025.baselineGaps).toEqual({ maintenanceDwellings: 0, adaptations: 0 });
    expect(overview.baseline.map((b) => [b.measure, b.low, b.high])).toEqual([
      ['adaptations', '250', '300'],
      ['maintenance_dwellings', '2500', '2500'],
      ['maintenance_spending', '20000000.00', '25000000.00'],
    ]);
    expect(overview.baseline.every((b) => b.source.startsWith('Convention 2024-2033, article 2'))).toBe(true);
    const y2026 = await ok<ForecastOverview>(
      officeAgent.inject('PUT', `/api/conventions/${conventionId}/volume-forecasts/2026`, {
        ...body,
        maintenanceDwellings: 2300,
        adaptations: 320,
      }),
    );
    expect(y2026.years.find((y) => y.year === 2026)!.baselineGaps).toEqual({
      maintenanceDwellings: -200,
      adaptations: 20,
    });
    expect(overview.years.find((y) => y.year === 2024)!.baselineGaps).toEqual({
      maintenanceDwellings: null,
      adaptations: null,
    });
    expect(overview.years.find((y) => y.year === 2026)!.achieved.renovations).toBe(2);
    expect(overview.years.find((y) => y.year === 2024)!.voted).toEqual({
      investment: '4000000.00',
      operating: '5000000.00',
    });
    await problem(officeAgent.inject('PUT', url, body), 409, 'CONFLICT');

    // The Département returns it with a reason (shown to the office), the office corrects and
    // transmits again, the Département accepts; nobody else decides (issue #19).
    const review = `${url}/review`;
    await problem(officeManager.inject('POST', review, { action: 'accept' }), 403, 'FORBIDDEN');
    await problem(controller.inject('POST', review, { action: 'accept' }), 403, 'FORBIDDEN');
    expect(
      (await problem(coordinator.inject('POST', review, { action: 'return' }), 400, 'VALIDATION_FAILED')).errors![0]!
        .field,
    ).toBe('comment');
    expect(
      (await ok<ForecastOverview>(coordinator.inject('GET', `/api/conventions/${conventionId}/volume-forecasts`))).can
        .review,
    ).toBe(true);
    await ok(coordinator.inject('POST', review, { action: 'return', comment: 'Adaptations à détailler par commune.' }));
    const returned = await ok<ForecastOverview>(
      officeAgent.inject('GET', `/api/conventions/${conventionId}/volume-forecasts`),
    );
    expect(returned.years.find((y) => y.year === 2025)!.forecast).toMatchObject({
      status: 'returned',
      reviewComment: 'Adaptations à détailler par commune.',
    });
    await ok(officeAgent.inject('PUT', url, { ...body, adaptations: 280 }));
    await problem(coordinator.inject('POST', review, { action: 'accept' }), 409, 'CONFLICT');
    await ok(officeManager.inject('POST', `${url}/submit`));
    const accepted = await ok<ForecastOverview>(coordinator.inject('POST', review, { action: 'accept' }));
    expect(accepted.years.find((y) => y.year === 2025)!.forecast).toMatchObject({
      status: 'accepted',
      adaptations: 280,
    });
    await problem(officeAgent.inject('PUT', url, body), 409, 'CONFLICT');
    await problem(officeManager.inject('POST', `${url}/submit`), 409, 'CONFLICT');
    const actions = await engine.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_type', '=', 'volume_forecast')
      .where('action', 'in', ['accept', 'return'])
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['return', 'accept']);
  });

  it('holds the 2021–2023 convention operations of the seed: 400 vacant dwellings (4 M€) and the 3 M€ thermal renovation', async () => {
    const previousId = (
      await ok<{ id: string; periodStart: string }[]>(coordinator.inject('GET', '/api/conventions'))
    ).find((c) => c.periodStart === '2021-01-01')!.id;
    const list = await ok<OperationList>(coordinator.inject('GET', `/api/conventions/${previousId}/operations`));
    expect(
      list.items.map((o) => [
        o.reference,
        o.kind,
        o.status,
        o.dwellingCount,
        o.departmentSubsidy,
        o.plannedDelivery,
        o.communeName,
      ]),
    ).toEqual([
      ['OP-2021-THE', 'thermal_renovation', 'in_progress', 0, '3000000.00', null, 'Tout le patrimoine du bailleur'],
      [
        'OP-2021-VAC',
        'vacant_renovation',
        'in_progress',
        400,
        '4000000.00',
        '2024-12-31',
        'Tout le patrimoine du bailleur',
      ],
    ]);
    const vacant = await ok<OperationView>(coordinator.inject('GET', `/api/operations/${list.items[1]!.id}`));
    expect(vacant).toMatchObject({ unclassifiedDwellings: 400, communeCode: null, classCounts: [], dwellings: [] });
    expect(vacant.comments).toContain('avant la fin de 2024');
    // Counted without a class, they cannot move the trajectory; the office completes the operation.
    const body = {
      label: vacant.label,
      kind: vacant.kind,
      programme: vacant.programme,
      communeCode: null,
      status: 'in_progress',
      percentComplete: 60,
      unclassifiedDwellings: 410,
      phases: [{ phase: 'delivery', plannedOn: '2024-12-31' }],
      fundingLines: [{ source: 'department', amount: '4000000.00' }],
    };
    expect(
      (await ok<OperationView>(officeAgent.inject('PUT', `/api/operations/${vacant.id}`, body))).dwellingCount,
    ).toBe(410);
    expect(
      (
        await problem(
          officeAgent.inject('PUT', `/api/operations/${vacant.id}`, { ...body, unclassifiedDwellings: -1 }),
          400,
          'VALIDATION_FAILED',
        )
      ).errors![0]!.field,
    ).toBe('unclassifiedDwellings');
  });

  it('audits every change', async () => {
    const events = await engine.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action'])
      .where('entity_type', 'in', ['operation', 'progress_table', 'volume_forecast'])
      .execute();
    const count = (type: string, action: string) =>
      events.filter((e) => e.entity_type === type && e.action === action).length;
    // Two imports: the edited table, then the unchanged round trip of issue #20.
    expect([
      count('operation', 'create'),
      count('operation', 'update'),
      count('progress_table', 'import'),
      count('progress_table', 'submit'),
      count('progress_table', 'accept'),
      count('volume_forecast', 'submit'),
      count('volume_forecast', 'return'),
      count('volume_forecast', 'accept'),
    ]).toEqual([5, 2, 2, 2, 1, 2, 1, 1]);
  });
});
