import type { Principal } from '../kernel/principal';
import { addArticle3Facts } from './world-article3';
import type { GuaranteeRequestsList } from '../../contracts/guarantee-requests';
import type { ReportedEventsList } from '../../contracts/reported-events';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readCsv } from '../test/csv';
import JSZip from 'jszip';
import { todayInParis } from '../../contracts/dates';
import type { FinanceOverview } from '../../contracts/finance';
import type { SessionView, DecisionView } from '../../contracts/governance-sessions';
import type { IndicatorsOverview } from '../../contracts/indicators';
import type { InstanceView } from '../../contracts/obligations';
import type { TrajectoryView } from '../../contracts/housing';
import type { DashboardView } from '../../contracts/reports';
import { createAmendment } from '../domains/conventions/amendments.service';
import { createOperation } from '../domains/operations/operations.service';
import { datasetProblems } from '../../../bench/lib/dataset-checks';
import { seededWorld } from '../../../bench/lib/fixture';
import { datasetFiles } from '../../../bench/lib/full';
import { runDatasetScript } from '../../../bench/lib/load-script';
import { importStock } from '../domains/housing/import/import.service';
import { buildReviewDocument } from '../domains/reports/review.service';
import { reviewText } from '../domains/reports/review.rules';
import { buildTestApp, loginAs, type LoggedIn, type TestApp, type TestEngine } from '../test/engines';
import { createTestUser } from '../test/fixtures';
import { docxText, normalise, pdfText } from '../test/documents';

/**
 * The world the consistency suite questions: the reference convention, plus what makes "as of"
 * matter — an amendment raising the investment envelope to 110 M€ from 01/07/2025, the 2024
 * investment financial convention signed, and two payments on it (one in 2024, one in 2025). Each
 * surface is fetched once (memoised) and shared by every question.
 */
export const REVIEW_YEAR = 2024;
export const YEAR_END = `${REVIEW_YEAR}-12-31`;

export interface World {
  engine: TestEngine;
  built: TestApp;
  coordinator: LoggedIn;
  principal: Principal;
  conventionId: string;
  today: string;
  /** Each surface, fetched on first use. */
  surface<T>(name: string, fetch: () => Promise<T>): Promise<T>;
}

const M = (millions: number) => BigInt(Math.round(millions * 100)) * 1_000_000n;

async function addPayments(w: Omit<World, 'surface'>): Promise<void> {
  const db = w.engine.db;
  const allocation = await db
    .selectFrom('allocations')
    .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
    .select(['allocations.id'])
    .where('envelopes.convention_id', '=', w.conventionId)
    .where('envelopes.kind', '=', 'investment')
    .where('allocations.year', '=', REVIEW_YEAR)
    .executeTakeFirstOrThrow();
  const now = new Date();
  const agreement = await db
    .insertInto('funding_agreements')
    .values({
      allocation_id: allocation.id,
      amount_cents: M(4),
      signed_on: '2024-03-15',
      purpose: 'Réhabilitation thermique 2024',
      justification_deadline: null,
      reimbursement_clause: null,
      created_by: w.principal.id,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const line = await db
    .insertInto('schedule_lines')
    .values({
      funding_agreement_id: agreement.id,
      position: 1,
      kind: 'balance',
      label: 'Solde',
      amount_cents: M(4),
      condition: null,
      required_documents: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [cents, on, n] of [
    [M(1.2), '2024-10-15', 'M-2024-001'],
    [M(0.8), '2025-03-10', 'M-2025-001'],
  ] as const) {
    const request = await db
      .insertInto('payment_requests')
      .values({
        funding_agreement_id: agreement.id,
        schedule_line_id: line.id,
        amount_cents: cents,
        status: 'paid',
        description: null,
        created_by: w.principal.id,
        created_at: now,
        submitted_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('payments')
      .values({
        request_id: request.id,
        funding_agreement_id: agreement.id,
        amount_cents: cents,
        mandate_number: n,
        mandate_date: on,
        created_by: w.principal.id,
        created_at: now,
      })
      .execute();
  }
}

/**
 * The office plans by class before it knows the addresses: 100 G dwellings renovated to C,
 * delivered 15/12/2024, and 40 F dwellings to renovate to C by 30/06/2027, counted not picked —
 * so every surface must agree with the trajectory on counted dwellings too (issue #21).
 */
async function addCountedOperations(w: Omit<World, 'surface'>): Promise<void> {
  const office = await w.engine.db
    .selectFrom('organisations')
    .select('id')
    .where('siret', '=', '34407767200022')
    .executeTakeFirstOrThrow();
  const agent = await createTestUser(w.engine.db, { roles: ['office_manager'], organisationId: office.id });
  const base = {
    kind: 'thermal_renovation' as const,
    communeCode: '62041',
    dwellings: [],
    fundingLines: [],
  };
  await createOperation(w.engine.db, agent, w.conventionId, {
    ...base,
    label: 'Réhabilitation de 100 logements G (adresses à préciser)',
    programme: 'pmt_2022_2024',
    status: 'delivered',
    percentComplete: 100,
    classCounts: [{ classBefore: 'G', targetClass: 'C', count: 100 }],
    phases: [
      { phase: 'start_order', actualOn: '2024-02-01' },
      { phase: 'delivery', plannedOn: '2024-12-15', actualOn: '2024-12-15' },
    ],
  });
  await createOperation(w.engine.db, agent, w.conventionId, {
    ...base,
    label: 'Réhabilitation de 40 logements F (adresses à préciser)',
    programme: 'pmt_2025_2030',
    status: 'planned',
    percentComplete: 0,
    classCounts: [{ classBefore: 'F', targetClass: 'C', count: 40 }],
    phases: [{ phase: 'delivery', plannedOn: '2027-06-30' }],
  });
}

/** The coordinator (department) who reads every surface, and the reference convention. */
async function baseWorld(engine: TestEngine, built: TestApp): Promise<Omit<World, 'surface'>> {
  const department = await engine.db
    .selectFrom('organisations')
    .select('id')
    .where('siret', '=', '22620001200012')
    .executeTakeFirstOrThrow();
  const user = await createTestUser(engine.db, { roles: ['coordinator'], organisationId: department.id });
  const conventionId = (
    await engine.db
      .selectFrom('conventions')
      .select('id')
      .where('period_start', '=', '2024-01-01')
      .executeTakeFirstOrThrow()
  ).id;
  return {
    engine,
    built,
    coordinator: await loginAs(built.app, user.email, user.password),
    principal: user,
    conventionId,
    today: todayInParis(),
  };
}

function memoised(base: Omit<World, 'surface'>): World {
  const cache = new Map<string, Promise<unknown>>();
  return {
    ...base,
    surface: <T>(name: string, fetch: () => Promise<T>) => {
      if (!cache.has(name)) cache.set(name, fetch());
      return cache.get(name) as Promise<T>;
    },
  };
}

export async function buildWorld(engine: TestEngine): Promise<World> {
  const built = await buildTestApp(engine);
  const base = await baseWorld(engine, built);
  await createAmendment(engine.db, base.principal, base.conventionId, {
    number: 1,
    object: "Relèvement de l'autorisation de programme",
    signedOn: '2025-06-20',
    effectiveOn: '2025-07-01',
    approvals: 'Délibération du Conseil départemental du 16 juin 2025',
    changes: [{ field: 'envelope_amount', envelopeKind: 'investment', amount: '110000000.00' }],
  });
  await addPayments(base);
  await addArticle3Facts(engine.db, base.conventionId, REVIEW_YEAR, base.today);
  await addCountedOperations(base);
  return memoised(base);
}

/**
 * The bench world: the reference data plus the bench's full dataset (bench/dataset) at a small
 * size — the RPLS stock of BENCH_DWELLINGS dwellings imported through the stock import service,
 * then the generated script (accounts, allocations 2025–2033, funding agreements, requests and
 * payments, operations, progress tables, forecasts, indicator values, governance) in one
 * transaction, as bench/child/load-full.ts loads it, and the same checks. The dataset is written
 * for the generator's fixed date (DEFAULT_AS_OF) and seed. "Today" stays the clock's day: the
 * dashboard, the finance page and the workbook answer only for it, and the truths are asked for
 * the same day (the data ends at DEFAULT_AS_OF; what falls due after it is late or to come).
 */
export const BENCH_DWELLINGS = 2_000;

export async function buildBenchWorld(engine: TestEngine): Promise<World & { loadMs: number }> {
  const started = Date.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-consistency-bench-'));
  try {
    const files = await datasetFiles(dataDir, BENCH_DWELLINGS);
    const built = await buildTestApp(engine);
    const reference = await seededWorld(engine.db);
    await engine.db.transaction().execute(async (trx) => {
      for (const table of ['dwellings', 'buildings', 'establishments'] as const)
        await trx
          .deleteFrom(table)
          .where('organisation_id', '=', reference.officeId)
          .where('is_demo', '=', true)
          .execute();
    });
    const imported = await importStock(
      engine.db,
      reference.admin,
      reference.officeId,
      {
        filename: path.basename(files.csv),
        stream: createReadStream(files.csv),
        bytesExpected: statSync(files.csv).size,
        mode: 'all_or_nothing',
      },
      Number.MAX_SAFE_INTEGER,
    );
    if (imported.status !== 'completed') throw new Error(`bench stock import: ${imported.status}`);
    await runDatasetScript(engine.db, files.sql);
    const problems = await datasetProblems(engine.db, reference.conventionId);
    if (problems.length > 0) throw new Error(`bench dataset: ${problems.join(' ; ')}`);
    const base = await baseWorld(engine, built);
    return { ...memoised(base), loadMs: Date.now() - started };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function get<T>(w: World, url: string): Promise<T> {
  const response = await w.coordinator.inject('GET', url);
  if (response.statusCode !== 200) throw new Error(`GET ${url} → ${response.statusCode} ${response.body}`);
  return response.json<T>();
}

async function download(w: World, url: string): Promise<Buffer> {
  const response = await w.coordinator.inject('GET', url);
  if (response.statusCode !== 200) throw new Error(`GET ${url} → ${response.statusCode} ${response.body}`);
  return response.rawPayload;
}

/** Rows of a worksheet as objects keyed by the header row's text. */
function sheetRows(book: ExcelJS.Workbook, name: string): Record<string, unknown>[] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null]).filter(([h]) => h !== '')));
  });
  return rows;
}

/** CSV records as a reader gets them (csv-parse), blank lines left out. */
function parseCsv(text: string, separator: ';' | ','): string[][] {
  return readCsv(text, separator).filter((r) => r.some((v) => v !== ''));
}

/** The convention's landlord: whose stock the trajectory is. */
export const landlordOf = (w: World) =>
  w.surface(
    'landlord',
    async () =>
      (
        await w.engine.db
          .selectFrom('convention_parties')
          .select('organisation_id')
          .where('convention_id', '=', w.conventionId)
          .where('party_role', '=', 'landlord')
          .executeTakeFirstOrThrow()
      ).organisation_id,
  );

/** The surfaces, each read once per world. */
export const surfaces = {
  dashboard: (w: World) =>
    w.surface('dashboard', () => get<DashboardView>(w, `/api/conventions/${w.conventionId}/dashboard`)),
  reportedEvents: (w: World) =>
    w.surface('reported events', () =>
      get<ReportedEventsList>(w, `/api/conventions/${w.conventionId}/reported-events`),
    ),
  guaranteeRequests: (w: World) =>
    w.surface('guarantee requests', () =>
      get<GuaranteeRequestsList>(w, `/api/conventions/${w.conventionId}/guarantee-requests`),
    ),
  finance: (w: World) =>
    w.surface('finance', () => get<FinanceOverview>(w, `/api/conventions/${w.conventionId}/finance`)),
  calendar: (w: World, asOf?: string) =>
    w.surface(`calendar ${asOf ?? 'today'}`, () =>
      get<InstanceView[]>(w, `/api/conventions/${w.conventionId}/calendar${asOf ? `?asOf=${asOf}` : ''}`),
    ),
  indicators: (w: World, year: number) =>
    w.surface(`indicators ${year}`, () =>
      get<IndicatorsOverview>(w, `/api/conventions/${w.conventionId}/indicators?year=${year}`),
    ),
  decision: (w: World, id: string) => w.surface(`decision ${id}`, () => get<DecisionView>(w, `/api/decisions/${id}`)),
  session: (w: World, id: string) => w.surface(`session ${id}`, () => get<SessionView>(w, `/api/sessions/${id}`)),
  /** The review's (or the COPIL pack's) document model, as lines of text. */
  reviewModel: (w: World, pack: boolean) =>
    w.surface(`review model ${pack}`, async () =>
      reviewText(await buildReviewDocument(w.engine.db, w.principal, w.conventionId, REVIEW_YEAR, pack)),
    ),
  reviewPdf: (w: World, pack: boolean) =>
    w.surface(`review pdf ${pack}`, async () =>
      normalise(
        pdfText(
          await download(
            w,
            `/api/conventions/${w.conventionId}/${pack ? 'copil-pack' : 'annual-review'}?year=${REVIEW_YEAR}&format=pdf`,
          ),
        ),
      ),
    ),
  reviewDocx: (w: World, pack: boolean) =>
    w.surface(`review docx ${pack}`, async () =>
      normalise(
        docxText(
          await download(
            w,
            `/api/conventions/${w.conventionId}/${pack ? 'copil-pack' : 'annual-review'}?year=${REVIEW_YEAR}&format=docx`,
          ),
        ),
      ),
    ),
  trajectory: (w: World) =>
    w.surface('trajectory', async () => get<TrajectoryView>(w, `/api/stocks/${await landlordOf(w)}/trajectory`)),
  trajectoryXlsx: (w: World, sheet: string) =>
    w
      .surface('trajectoire.xlsx', async () => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(
          (await download(w, `/api/stocks/${await landlordOf(w)}/exports/trajectory/xlsx`)) as unknown as ArrayBuffer,
        );
        return book;
      })
      .then((book) => sheetRows(book, sheet)),
  trajectoryCsv: (w: World) =>
    w.surface('trajectoire.csv', async () => {
      const text = (await download(w, `/api/stocks/${await landlordOf(w)}/exports/trajectory/csv`))
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const [columns, ...records] = parseCsv(text, ';');
      return records.map((r) => Object.fromEntries(r.map((v, i) => [columns![i]!, v])));
    }),
  workbook: (w: World, sheet: string) =>
    w
      .surface('workbook', async () => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(
          (await download(w, `/api/conventions/${w.conventionId}/exports/convention.xlsx`)) as unknown as ArrayBuffer,
        );
        return book;
      })
      .then((book) => sheetRows(book, sheet)),
  financeXlsx: (w: World, sheet: string) =>
    w
      .surface('finances.xlsx', async () => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(
          (await download(w, `/api/conventions/${w.conventionId}/exports/finances.xlsx`)) as unknown as ArrayBuffer,
        );
        return book;
      })
      .then((book) => sheetRows(book, sheet)),
  scdlDeliberations: (w: World) =>
    w.surface('scdl-deliberations.csv', async () => {
      const text = (await download(w, `/api/conventions/${w.conventionId}/exports/scdl-deliberations.csv`))
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const [columns, ...records] = parseCsv(text, ',');
      return records.map((r) => Object.fromEntries(r.map((v, i) => [columns![i]!, v])));
    }),
  bundle: (w: World, asOf: string) =>
    w.surface(`bundle ${asOf}`, async () =>
      JSZip.loadAsync(await download(w, `/api/conventions/${w.conventionId}/evidence-bundle.zip?asOf=${asOf}`)),
    ),
  bundleJson: async <T>(w: World, asOf: string, path: string): Promise<T> => {
    const zip = await surfaces.bundle(w, asOf);
    const file = zip.file(path);
    if (!file) throw new Error(`no ${path} in the evidence bundle`);
    return JSON.parse(await file.async('string')) as T;
  },
};
