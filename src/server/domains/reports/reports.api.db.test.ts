import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FinanceOverview } from '../../../contracts/finance';
import type { IndicatorsOverview } from '../../../contracts/indicators';
import type { DashboardView } from '../../../contracts/reports';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { pdfText } from '../../test/documents';

const LIBREOFFICE = '/usr/bin/libreoffice';
// The conversion needs LibreOffice Writer; a Calc-only install (libreoffice-calc-nogui) cannot load a DOCX.
const WRITER = '/usr/lib/libreoffice/program/libswlo.so';
const euros = (amount: string) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(
    amount as unknown as number,
  );

/** The text of a DOCX: its paragraphs (w:p) with their runs' text joined. */
async function docxText(buffer: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
}

/** The dashboard, the annual review and the exports through HTTP, on both engines, from the reference seed. */
describeEachEngine('reports API', (engine) => {
  let built: TestApp;
  let coordinator: LoggedIn;
  let officeAgent: LoggedIn;
  let outsider: LoggedIn;
  let conventionId: string;

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
    officeAgent = await login(['office_agent'], officeId);
    outsider = await login(['office_agent'], other.id);
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await built.close();
  });

  it('shows the convention’s health: envelopes, trajectory, indicators off target, next sessions', async () => {
    const body = await engine.db
      .selectFrom('governance_bodies')
      .select('id')
      .where('convention_id', '=', conventionId)
      .executeTakeFirstOrThrow();
    await engine.db
      .insertInto('governance_sessions')
      .values({ body_id: body.id, held_on: '2099-02-16', place: 'Arras', created_at: new Date() })
      .execute();
    await engine.db
      .insertInto('governance_sessions')
      .values({ body_id: body.id, held_on: '2020-02-16', place: 'Arras', created_at: new Date() })
      .execute();

    const response = await coordinator.inject('GET', `/api/conventions/${conventionId}/dashboard`);
    expect(response.statusCode, response.body).toBe(200);
    const d = response.json<DashboardView>();
    expect(d.title).toMatch(/2024-2033/);
    const investment = d.envelopes.find((e) => e.kind === 'investment')!;
    expect(investment).toMatchObject({
      amount: '100000000.00',
      allocated: '4000000.00',
      paid: '0.00',
      leftToPay: '100000000.00',
      leftToAllocate: '96000000.00',
    });
    expect(d.trajectory?.isDemo).toBe(true);
    expect(d.trajectory?.deadlines.map((x) => x.date)).toContain('2034-01-01');
    expect(d.indicatorsYear).toBe(Number(d.asOf.slice(0, 4)) - 1);
    // No adaptation delivered in the seed: 0 against 250 a year.
    expect(d.offTarget.find((o) => o.code === 'ADAPT')).toMatchObject({ target: '250', value: '0' });
    expect(d.nextMeetings.map((m) => m.heldOn)).toEqual(['2099-02-16']);
    expect(d.nextMeetings[0]).toMatchObject({ place: 'Arras', isMeeting: false });
    expect(d.progress).toEqual([]);
    expect(d.lateDuties.count).toBe(d.lateDuties.items.length > 0 ? d.lateDuties.count : 0);

    const office = (
      await officeAgent.inject('GET', `/api/conventions/${conventionId}/dashboard`)
    ).json<DashboardView>();
    expect(office.envelopes).toEqual(d.envelopes);
    expectProblem(await outsider.inject('GET', `/api/conventions/${conventionId}/dashboard`), 404, 'NOT_FOUND');
  });

  it('produces the 2024 review as PDF and DOCX whose figures are the pages’ figures, including a value entered by the Département', async () => {
    // An indicator under the Département's responsibility, entered by its coordinator.
    const objective = await engine.db
      .selectFrom('objectives')
      .select('id')
      .where('convention_id', '=', conventionId)
      .where('code', '=', '2')
      .executeTakeFirstOrThrow();
    const { id: indicatorId } = await engine.db
      .insertInto('indicators')
      .values({
        convention_id: conventionId,
        objective_id: objective.id,
        axis_id: null,
        code: 'DEP-ASE',
        label: 'Jeunes ASE orientés vers l’office par les MDS',
        unit: 'jeunes',
        direction: 'higher',
        frequency: 'yearly',
        responsible_party: 'department',
        responsible_service: 'Direction de l’enfance',
        measurement: 'Orientations de l’année',
        computation: null,
        position: 99,
        created_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await engine.db
      .insertInto('indicator_targets')
      .values({ indicator_id: indicatorId, year: 2024, target: '40', comment: null })
      .execute();
    const entered = await coordinator.inject('POST', `/api/indicators/${indicatorId}/values`, {
      period: '2024',
      value: '47',
      source: 'Bilan MDS 2024',
    });
    expect(entered.statusCode, entered.body).toBe(201);

    const finance = (
      await coordinator.inject('GET', `/api/conventions/${conventionId}/finance`)
    ).json<FinanceOverview>();
    const indicators = (
      await coordinator.inject('GET', `/api/conventions/${conventionId}/indicators?year=2024`)
    ).json<IndicatorsOverview>();
    const investment = finance.envelopes.find((e) => e.kind === 'investment')!;
    const adapt = indicators.indicators.find((i) => i.code === 'ADAPT')!.years.find((y) => y.year === 2024)!;

    const pdf = await coordinator.inject('GET', `/api/conventions/${conventionId}/annual-review?year=2024&format=pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('bilan-annuel-2024.pdf');
    const docx = await officeAgent.inject(
      'GET',
      `/api/conventions/${conventionId}/annual-review?year=2024&format=docx`,
    );
    expect(docx.statusCode, docx.body).toBe(200);
    const texts = { pdf: pdfText(pdf.rawPayload), docx: await docxText(docx.rawPayload) };
    for (const [format, text] of Object.entries(texts)) {
      const flat = text.replace(/\s+/g, ' ');
      expect(flat, format).toContain('Bilan annuel 2024');
      expect(flat, format).toContain('Département du Pas-de-Calais');
      expect(flat, format).toContain('Pas-de-Calais habitat');
      expect(flat, format).toContain('Sommaire');
      expect(flat, format).toContain(euros(investment.amount).replace(/\s/g, ' '));
      expect(flat, format).toContain(
        euros(investment.byYear.find((y) => y.year === 2024)!.allocated).replace(/\s/g, ' '),
      );
      expect(flat, format).toContain('DEP-ASE — Jeunes ASE orientés vers l’office par les MDS');
      expect(flat, format).toContain('47 jeunes');
      expect(flat, format).toContain(`${adapt.target} logements`);
      expect(flat, format).toContain('1.1.a');
      expect(flat, format).toContain('Conseil d’administration'.replace('’', "'"));
    }
    expect(texts.pdf).toMatch(/page 1 sur \d+/);
    expect(texts.docx).toContain('Réalisation des cibles 2024');

    if (engine.kind === 'embedded' && existsSync(LIBREOFFICE) && existsSync(WRITER)) {
      const dir = mkdtempSync(path.join(tmpdir(), 'copil-review-'));
      try {
        writeFileSync(path.join(dir, 'bilan.docx'), docx.rawPayload);
        await promisify(execFile)(
          LIBREOFFICE,
          [
            '--headless',
            `-env:UserInstallation=file://${dir}/profile`,
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            path.join(dir, 'bilan.docx'),
          ],
          { timeout: 180_000 },
        );
        expect(readFileSync(path.join(dir, 'bilan.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else if (engine.kind === 'embedded') {
      console.warn('LibreOffice Writer absent : la conversion du DOCX en PDF n’est pas vérifiée ici.');
    }
  }, 300_000);

  it('adds the draft of next year’s application to the COPIL pack, and refuses a year outside the convention', async () => {
    const officeId = officeAgent.user.organisation!.id;
    await engine.db
      .insertInto('volume_forecasts')
      .values({
        convention_id: conventionId,
        organisation_id: officeId,
        year: 2025,
        status: 'submitted',
        renovations_by_class: JSON.stringify({ G: 120, F: 310 }),
        maintenance_dwellings: 2500,
        adaptations: 270,
        investment_requested_cents: 6_500_000_00n,
        operating_requested_cents: 5_000_000_00n,
        comment: null,
        submitted_at: new Date(),
        submitted_by: officeAgent.user.id,
        created_by: officeAgent.user.id,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    const pack = await coordinator.inject('GET', `/api/conventions/${conventionId}/copil-pack?year=2024&format=pdf`);
    expect(pack.statusCode, pack.body).toBe(200);
    const text = pdfText(pack.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('Dossier du COPIL 2024');
    expect(text).toContain('Projet de demande 2025');
    expect(text).toMatch(/Réhabilitation de logements classés F\s?310/);
    expect(text).toContain(euros('6500000.00').replace(/\s/g, ' '));
    const problem = expectProblem(
      await coordinator.inject('GET', `/api/conventions/${conventionId}/annual-review?year=2040&format=pdf`),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.[0]?.field).toBe('year');
    expectProblem(
      await outsider.inject('GET', `/api/conventions/${conventionId}/annual-review?year=2024&format=pdf`),
      404,
      'NOT_FOUND',
    );
    const audited = await engine.db
      .selectFrom('audit_events')
      .select('after')
      .where('entity_id', '=', conventionId)
      .where('action', '=', 'export')
      .execute();
    expect(audited.map((a) => (a.after as { export: string }).export)).toEqual(
      expect.arrayContaining(['bilan-annuel-2024.pdf', 'bilan-annuel-2024.docx', 'dossier-copil-2024.pdf']),
    );
  }, 300_000);

  it('exports the whole convention as one workbook, a sheet per domain, and the indicators table, cells typed, text as entered', async () => {
    const formula = '=HYPERLINK("http://evil.example","Cliquez")';
    const j1 = (await officeAgent.inject('GET', `/api/conventions/${conventionId}/indicators`))
      .json<IndicatorsOverview>()
      .indicators.find((i) => i.code === 'J1J1L')!;
    expect(
      (
        await officeAgent.inject('POST', `/api/indicators/${j1.id}/values`, {
          period: '2024',
          value: '41',
          comment: formula,
        })
      ).statusCode,
    ).toBe(201);
    const load = async (url: string) => {
      const response = await coordinator.inject('GET', url);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['cache-control']).toBe('private, no-store');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
      return book;
    };
    const book = await load(`/api/conventions/${conventionId}/exports/convention.xlsx`);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Convention',
      'Engagements',
      'Enveloppes',
      'Délibérations',
      'Conventions financières',
      'Échéanciers',
      'Demandes de versement',
      'Garanties',
      'Trajectoire',
      'Opérations',
      'Gouvernance',
      'Obligations',
      'Indicateurs',
      'Cibles et valeurs',
      'Saisies des indicateurs',
    ]);
    expect(book.getWorksheet('Convention')!.getRow(2).getCell(2).value).toMatch(
      /^Convention de partenariat stratégique 2024-2033/,
    );
    expect(book.getWorksheet('Enveloppes')!.getRow(2).getCell(3).value).toBe(100_000_000);
    expect(book.getWorksheet('Trajectoire')!.rowCount).toBeGreaterThan(1);
    const entries = book.getWorksheet('Saisies des indicateurs')!;
    const comments: unknown[] = [];
    entries.eachRow((row) => comments.push(row.getCell(4).value));
    // Text as entered, in a string cell (never evaluated): no apostrophe (issue #20).
    expect(comments).toContain(formula);
    expect(comments).not.toContain(`'${formula}`);
    // Typed cells: the convention's dates are dates, the indicators' targets and values numbers.
    const convention = book.getWorksheet('Convention')!;
    const field = (name: string) => {
      let found: ExcelJS.Cell | null = null;
      convention.eachRow((row) => {
        if (row.getCell(1).value === name) found = row.getCell(2);
      });
      return found as ExcelJS.Cell | null;
    };
    for (const [name, iso] of [
      ['Début', '2024-01-01'],
      ['Fin', '2033-12-31'],
    ] as const) {
      expect(field(name)!.type, name).toBe(ExcelJS.ValueType.Date);
      expect((field(name)!.value as Date).toISOString().slice(0, 10)).toBe(iso);
      expect(field(name)!.numFmt).toBe('dd/mm/yyyy');
    }
    const targets = book.getWorksheet('Cibles et valeurs')!;
    let numbers = 0;
    targets.eachRow((row, n) => {
      if (n === 1) return;
      for (const cell of [row.getCell(3), row.getCell(4)])
        if (cell.value !== null) {
          expect(cell.type).toBe(ExcelJS.ValueType.Number);
          numbers += 1;
        }
    });
    expect(numbers).toBeGreaterThan(0);

    const indicators = await load(`/api/conventions/${conventionId}/exports/indicateurs.xlsx`);
    expect(indicators.worksheets.map((w) => w.name)).toEqual([
      'Indicateurs',
      'Cibles et valeurs',
      'Saisies des indicateurs',
    ]);
    const codes: unknown[] = [];
    indicators.getWorksheet('Indicateurs')!.eachRow((row, n) => n > 1 && codes.push(row.getCell(1).value));
    expect(codes).toEqual(expect.arrayContaining(['RENOV-EFG', 'ADAPT', 'J1J1L', 'ACCUEIL']));
    expectProblem(
      await outsider.inject('GET', `/api/conventions/${conventionId}/exports/convention.xlsx`),
      404,
      'NOT_FOUND',
    );
  }, 300_000);

  it('writes any table a page shows as xlsx, typed, text as entered, for signed-in users only', async () => {
    const body = {
      title: 'Enveloppes : voté et engagé',
      columns: ['Année', 'Voté', 'Délibération', 'Commentaire'],
      rows: [
        ['2024', '4\u202f000\u202f000,00\u00a0€', '29/01/2024', '=HYPERLINK("http://evil.example")'],
        ['2025', '—', '', 'non voté'],
      ],
    };
    const response = await officeAgent.inject('POST', '/api/exports/table.xlsx', body);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('filename="enveloppes-vote-et-engage.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Enveloppes   voté et engagé'.replace(/\s+/g, ' '));
    expect(sheet.getRow(1).values).toEqual([undefined, 'Année', 'Voté', 'Délibération', 'Commentaire']);
    expect([
      sheet.getCell('A2').value,
      sheet.getCell('B2').value,
      (sheet.getCell('C2').value as Date).toISOString(),
      sheet.getCell('D2').value,
      // A string cell is never evaluated: the text as shown, without an apostrophe (issue #20).
    ]).toEqual([2024, 4_000_000, '2024-01-29T00:00:00.000Z', `=HYPERLINK("http://evil.example")`]);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect([sheet.getCell('B3').value, sheet.getCell('D3').value]).toEqual([null, 'non voté']);

    const refused = expectProblem(
      await officeAgent.inject('POST', '/api/exports/table.xlsx', { ...body, rows: [[1, 2]] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(refused.errors![0]!.field).toBe('rows.0.0');
    expect(refused.errors![0]!.message).toBe('Cellule : texte attendu.');
    expectProblem(
      await built.app.inject({ method: 'POST', url: '/api/exports/table.xlsx', payload: body }),
      401,
      'UNAUTHENTICATED',
    );
  });
});
