import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DATE_FORMAT, EUROS_FORMAT } from '../../platform/spreadsheets';
import { readCsv } from '../../test/csv';
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
import { validateTable } from '../../platform/table-schema';
import { SCDL_COLUMNS, SCDL_SCHEMA } from './scdl.rules';

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];
type Overview = {
  envelopes: { id: string; kind: 'investment' | 'operating'; allocations: { id: string; year: number }[] }[];
};
type Agreement = { id: string; schedule: { id: string; kind: string }[] };

const FORMULA = '=HYPERLINK("http://evil.example","Cliquez")';
const NEUTRALISED = `'${FORMULA}`;

const HEADERS: Record<string, string[]> = {
  Enveloppes: [
    'Type',
    'Libellé',
    'Montant voté',
    'Montant révisé',
    'Début',
    'Fin',
    'Délibération',
    'Date de la délibération',
    'Alloué',
    'Engagé',
    'Demandé',
    'Versé',
    'Reste à allouer',
    'Reste à verser',
  ],
  Délibérations: [
    'Enveloppe',
    'Année',
    'Montant',
    'Instance',
    'Date de la délibération',
    'Numéro',
    'Engagé par convention financière',
  ],
  'Conventions financières': [
    'Année',
    'Enveloppe',
    'Montant',
    "Délibération d'application",
    'Signée le',
    'Objet',
    'Date limite de justification',
    'Clause de reversement',
    'Demandé',
    'Versé',
    'Reversé',
    'Reste à verser',
  ],
  Échéanciers: [
    'Convention financière',
    'N°',
    'Type',
    'Libellé',
    'Montant',
    'Condition',
    'Pièces exigées',
    'Demandé',
    'Versé',
  ],
  'Demandes de versement': [
    'Convention financière',
    "Ligne de l'échéancier",
    'Montant',
    'État',
    'Établie par',
    'Établie le',
    'Transmise le',
  ],
  Garanties: [
    'Prêteur',
    'N° de contrat',
    'Opération',
    'Montant du prêt',
    'Quotité garantie',
    'Taux',
    'Durée (années)',
    'Délibération',
    'Date de la délibération',
    'Capital restant dû',
    'Au',
    'Encours garanti',
  ],
};
const TABLES: Record<string, string> = {
  enveloppes: 'Enveloppes',
  deliberations: 'Délibérations',
  'conventions-financieres': 'Conventions financières',
  echeanciers: 'Échéanciers',
  'demandes-de-versement': 'Demandes de versement',
  garanties: 'Garanties',
};

/** The finance exports through HTTP: the SCDL open-data CSV, the workbook, one table as CSV; access and audit. */
describeEachEngine('finance exports API', (engine) => {
  let built: TestApp;
  let coordinator: LoggedIn;
  let officeManager: LoggedIn;
  let controller: LoggedIn;
  let outsider: LoggedIn;
  let conventionId: string;
  let investmentAgreement: Agreement;
  let operatingAgreementId: string;
  let exportsDone = 0;

  const ok = async (promise: Promise<InjectResponse>, status = 200) => {
    const response = await promise;
    expect(response.statusCode, response.body).toBe(status);
    return response;
  };
  const exported = async (who: LoggedIn, path: string) => {
    const response = await ok(who.inject('GET', `/api/conventions/${conventionId}/exports/${path}`));
    exportsDone += 1;
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('private, no-store');
    return response;
  };
  const workbookOf = async (response: InjectResponse) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as LoadInput);
    return workbook;
  };
  const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
  /** The sheet's data rows as objects keyed by header. */
  const rowsOf = (ws: ExcelJS.Worksheet) => {
    const header = headerOf(ws) as string[];
    const rows: Record<string, ExcelJS.Cell>[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)])));
    });
    return rows;
  };

  beforeAll(async () => {
    built = await buildTestApp(engine);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const other = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office voisin' });
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string | null) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    coordinator = await login(['coordinator'], departmentId);
    officeManager = await login(['office_manager'], officeId);
    // A controller of the Département: reads, never writes.
    controller = await login(['controller'], departmentId);
    outsider = await login(['office_manager', 'office_agent'], other.id);
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;

    const overview = (await ok(coordinator.inject('GET', `/api/conventions/${conventionId}/finance`))).json<Overview>();
    const envelope = (kind: 'investment' | 'operating') => overview.envelopes.find((e) => e.kind === kind)!;
    const allocation2024 = (kind: 'investment' | 'operating') =>
      envelope(kind).allocations.find((a) => a.year === 2024)!.id;

    investmentAgreement = (
      await ok(
        coordinator.inject('POST', `/api/allocations/${allocation2024('investment')}/funding-agreement`, {
          amount: '4000000.00',
          signedOn: '2024-03-15',
          purpose: 'Réhabilitation thermique de 120 logements',
          justificationDeadline: '2025-12-31',
          schedule: [
            { kind: 'advance', label: 'Avance de 30 %', amount: '1200000.00', requiredDocuments: [] },
            {
              kind: 'balance',
              label: 'Solde',
              amount: '2800000.00',
              condition: 'Sur décompte général définitif',
              requiredDocuments: ['Décompte général définitif'],
            },
          ],
        }),
        201,
      )
    ).json<Agreement>();
    operatingAgreementId = (
      await ok(
        coordinator.inject('POST', `/api/allocations/${allocation2024('operating')}/funding-agreement`, {
          amount: '5000000.00',
          signedOn: '2024-04-02',
          purpose: FORMULA,
          schedule: [{ kind: 'balance', label: 'Versement unique', amount: '5000000.00' }],
        }),
        201,
      )
    ).json<Agreement>().id;
    // A 2025 agreement not signed yet: listed in the workbook, not published.
    const { id: allocation2025 } = (
      await ok(
        coordinator.inject('POST', `/api/envelopes/${envelope('investment').id}/allocations`, {
          year: 2025,
          amount: '2000000.00',
          deliberationBody: 'Commission permanente',
          deliberationDate: '2025-01-27',
          deliberationNumber: 'CP-2025-004',
        }),
        201,
      )
    ).json<{ id: string }>();
    await ok(
      coordinator.inject('POST', `/api/allocations/${allocation2025}/funding-agreement`, {
        amount: '2000000.00',
        purpose: 'Réhabilitation 2025',
        schedule: [{ kind: 'balance', label: 'Solde', amount: '2000000.00' }],
      }),
      201,
    );

    // The advance requested by the office, approved and paid.
    const advance = investmentAgreement.schedule.find((l) => l.kind === 'advance')!;
    const { id: requestId } = (
      await ok(
        officeManager.inject('POST', `/api/funding-agreements/${investmentAgreement.id}/payment-requests`, {
          scheduleLineId: advance.id,
          amount: '1200000.00',
        }),
        201,
      )
    ).json<{ id: string }>();
    await ok(officeManager.inject('POST', `/api/payment-requests/${requestId}/transitions`, { action: 'submit' }));
    await ok(coordinator.inject('POST', `/api/payment-requests/${requestId}/transitions`, { action: 'approve' }));
    await ok(
      coordinator.inject('POST', `/api/payment-requests/${requestId}/payment`, {
        mandateNumber: 'M-2024-0042',
        mandateDate: '2024-05-02',
      }),
    );

    const { id: guaranteeId } = (
      await ok(
        coordinator.inject('POST', `/api/conventions/${conventionId}/guarantees`, {
          lender: 'Banque des Territoires',
          contractNumber: '5012345',
          operationLabel: 'Résidence Les Tilleuls',
          loanAmount: '2500000.00',
          guaranteedShare: '50.00',
          rate: 'Livret A + 0,60 %',
          termYears: 40,
          deliberationRef: 'Commission permanente du 4 mars 2024',
          deliberationDate: '2024-03-04',
        }),
        201,
      )
    ).json<{ id: string }>();
    await ok(
      coordinator.inject('PUT', `/api/guarantees/${guaranteeId}/balances`, {
        asOf: '2024-12-31',
        outstanding: '2400000.00',
      }),
      204,
    );
  });
  afterAll(async () => built?.close());

  it('publishes the SCDL subventions CSV: signed agreements over 23 000 €, valid against the schema', async () => {
    const response = await exported(coordinator, 'scdl-subventions.csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="subventions-22620001200012-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(response.body.charCodeAt(0)).not.toBe(0xfeff);
    expect(response.body).toMatch(/\r\n$/);

    const table = readCsv(response.body, ',');
    expect(table[0]).toEqual(SCDL_COLUMNS);
    expect(validateTable(SCDL_SCHEMA, table)).toEqual([]);
    const rows = table.slice(1).map((cells) => Object.fromEntries(SCDL_COLUMNS.map((c, i) => [c, cells[i]])));
    expect(rows.map((r) => r.idSubvention)).toEqual([investmentAgreement.id, operatingAgreementId]);
    expect(rows[0]).toMatchObject({
      nomAttribuant: 'Département du Pas-de-Calais',
      idAttribuant: '22620001200012',
      idServiceInstructeur: '22620001200012',
      nomServiceInstructeur: 'Direction accompagnement des territoires',
      nomBeneficiaire: 'Pas-de-Calais habitat',
      idBeneficiaire: '34407767200022',
      exerciceBudgetaire: '2024',
      dateConvention: '2024-03-15',
      dateDecision: '2024-01-29',
      referenceDecision: 'Conseil départemental, délibération du 29/01/2024',
      dispositif: 'Convention de partenariat 2024-2033',
      objet: 'Réhabilitation thermique de 120 logements',
      nature: 'aide en numéraire',
      montant: '4000000.00',
      conditionsVersement: 'échelonné',
      descriptionConditionsVersement: 'Avance 30 % : 1200000.00 € ; solde : 2800000.00 €',
      datesPeriodeVersement: '2024-03-15/2025-12-31',
      notificationUE: 'non',
      pourcentageSubvention: '1.00',
    });
    expect(rows[1]).toMatchObject({
      // Open data carries the text as entered (issue #20; see openDataCsv).
      objet: FORMULA,
      montant: '5000000.00',
      conditionsVersement: 'unique',
      datesPeriodeVersement: '2024-04-02',
    });
    // As entered, quoted whole: no reader splits it.
    expect(response.body).toContain(`"=HYPERLINK(""http://evil.example"",""Cliquez"")"`);
  });

  it('exports every finance table in one workbook: six sheets, typed cells, text as entered', async () => {
    const response = await exported(coordinator, 'finances.xlsx');
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="finances-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.keys(HEADERS));
    for (const [name, header] of Object.entries(HEADERS)) {
      const ws = workbook.getWorksheet(name)!;
      expect(headerOf(ws), name).toEqual(header);
      expect(ws.getRow(1).getCell(1).font?.bold, name).toBe(true);
      expect(ws.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
    }

    const envelopes = rowsOf(workbook.getWorksheet('Enveloppes')!);
    expect(envelopes.map((r) => r['Montant voté']!.value)).toEqual([100000000, 50000000]);
    expect(envelopes[0]!['Montant voté']!.numFmt).toBe(EUROS_FORMAT);
    expect(envelopes[0]!['Début']!.value).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(envelopes[0]!['Début']!.numFmt).toBe(DATE_FORMAT);
    expect(envelopes.map((r) => r['Alloué']!.value)).toEqual([6000000, 5000000]);

    const deliberations = rowsOf(workbook.getWorksheet('Délibérations')!);
    expect(deliberations.map((r) => [r['Année']!.value, r['Montant']!.value, r['Numéro']!.value])).toEqual([
      [2024, 4000000, null],
      [2025, 2000000, 'CP-2025-004'],
      [2024, 5000000, null],
    ]);

    const agreements = rowsOf(workbook.getWorksheet('Conventions financières')!);
    expect(agreements).toHaveLength(3);
    const formula = agreements.find((r) => r['Montant']!.value === 5000000)!['Objet']!;
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    // A string cell is never evaluated: the text as entered, no apostrophe (issue #20).
    expect(formula.value).toBe(FORMULA);
    expect(formula.formula).toBeUndefined();
    const signed = agreements.find((r) => r['Montant']!.value === 4000000)!;
    expect(signed['Signée le']!.value).toEqual(new Date(Date.UTC(2024, 2, 15)));
    expect(signed['Versé']!.value).toBe(1200000);
    expect(signed['Reste à verser']!.value).toBe(2800000);
    expect(agreements.find((r) => r['Année']!.value === 2025)!['Signée le']!.value).toBeNull();

    const lines = rowsOf(workbook.getWorksheet('Échéanciers')!);
    expect(lines.map((r) => [r['Type']!.value, r['Montant']!.value, r['Demandé']!.value, r['Versé']!.value])).toEqual([
      ['Avance', 1200000, 1200000, 1200000],
      ['Solde', 2800000, 0, 0],
      ['Solde', 5000000, 0, 0],
      ['Solde', 2000000, 0, 0],
    ]);
    expect(lines[1]!['Pièces exigées']!.value).toBe('Décompte général définitif');

    const requests = rowsOf(workbook.getWorksheet('Demandes de versement')!);
    expect(requests.map((r) => [r['Montant']!.value, r['État']!.value])).toEqual([[1200000, 'Payée']]);
    expect(requests[0]!['Transmise le']!.value).toBeInstanceOf(Date);

    const guarantees = rowsOf(workbook.getWorksheet('Garanties')!);
    expect(
      guarantees.map((r) => [
        r['Montant du prêt']!.value,
        r['Quotité garantie']!.value,
        r['Durée (années)']!.value,
        r['Capital restant dû']!.value,
        r['Encours garanti']!.value,
      ]),
    ).toEqual([[2500000, 0.5, 40, 2400000, 1200000]]);
  });

  it('exports one table as CSV for French Excel', async () => {
    for (const [table, sheet] of Object.entries(TABLES)) {
      const response = await exported(coordinator, `finances.csv?table=${table}`);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        new RegExp(`^attachment; filename="finances-${table}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
      );
      expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(readCsv(response.body)[0], table).toEqual(HEADERS[sheet]);
    }
    const agreements = readCsv((await exported(coordinator, 'finances.csv?table=conventions-financieres')).body);
    const operating = agreements.find((r) => r[2] === '5000000,00')!;
    // In CSV, which a spreadsheet parses, the formula stays neutralised.
    expect(operating[5]).toBe(NEUTRALISED);
    expect(operating[4]).toBe('02/04/2024');
    const envelopes = readCsv((await exported(coordinator, 'finances.csv?table=enveloppes')).body);
    expect(envelopes.slice(1).map((r) => r[2])).toEqual(['100000000,00', '50000000,00']);
    expect(envelopes[1]![4]).toBe('01/01/2024');
  });

  it('lets a controller export (a read), refuses an unknown table', async () => {
    await exported(controller, 'finances.xlsx');
    await exported(officeManager, 'scdl-subventions.csv');
    expectProblem(
      await coordinator.inject('GET', `/api/conventions/${conventionId}/exports/finances.csv?table=audit`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await coordinator.inject('GET', `/api/conventions/${conventionId}/exports/finances.csv`),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('hides the convention from another landlord (404) and from anonymous callers (401)', async () => {
    for (const path of ['scdl-subventions.csv', 'finances.xlsx', 'finances.csv?table=enveloppes']) {
      expectProblem(await outsider.inject('GET', `/api/conventions/${conventionId}/exports/${path}`), 404, 'NOT_FOUND');
      expectProblem(
        await built.app.inject({ method: 'GET', url: `/api/conventions/${conventionId}/exports/${path}` }),
        401,
        'UNAUTHENTICATED',
      );
    }
  });

  it('records every export in the audit trail, with who and what', async () => {
    const events = await engine.db
      .selectFrom('audit_events')
      .select(['entity_type', 'entity_id', 'actor_user_id', 'after'])
      .where('action', '=', 'export')
      .orderBy('id')
      .execute();
    expect(events).toHaveLength(exportsDone);
    expect(events.every((e) => e.entity_type === 'convention' && e.entity_id === conventionId)).toBe(true);
    expect(events.filter((e) => e.actor_user_id === coordinator.user.id)).toHaveLength(exportsDone - 2);
    const first = (typeof events[0]!.after === 'string' ? JSON.parse(events[0]!.after) : events[0]!.after) as Record<
      string,
      unknown
    >;
    expect(first).toEqual({
      export: 'scdl-subventions-2.1.1',
      rows: 2,
      fundingAgreementIds: [investmentAgreement.id, operatingAgreementId],
    });
    expect((await ok(controller.inject('GET', '/api/audit/verify'))).json()).toMatchObject({ valid: true });
  });
});
