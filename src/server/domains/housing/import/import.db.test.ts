import type { Principal } from '../../../kernel/principal';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { EnergyClass, ImportMode } from '../../../../contracts/housing';
import { AppError } from '../../../platform/errors';
import { runSeed } from '../../../seed';
import { describeEachEngine } from '../../../test/engines';
import { createTestOrganisation, createTestUser } from '../../../test/fixtures';
import { worseClass } from '../housing.rules';
import { getStockSummary } from '../housing.service';
import { getTrajectory } from '../trajectory.service';
import { getImport, importErrorFile, importStock, listImportErrors } from './import.service';
import { encode, fixtureRows, rplsCsv, type FixtureRow, type RplsShape } from './rpls.fixtures';
import { readCsv } from '../../../test/csv';

/** The upload as a socket gives it: chunks arriving on later turns of the event loop. */
const chunks = (bytes: Buffer, size = 64 * 1024) =>
  Readable.from(
    (async function* () {
      for (let i = 0; i < bytes.length; i += size) {
        await new Promise((resolve) => setImmediate(resolve));
        yield bytes.subarray(i, i + size);
      }
    })(),
  );

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Stock imports through the service, on both engines: volume, all-or-nothing, re-import, shapes. */
describeEachEngine('housing: stock imports', (engine) => {
  let officeId: string;
  let officeAgent: Principal;
  let landlordId: string;
  let agent: Principal;
  let departmentAgent: Principal;

  const run = (
    who: Principal,
    org: string,
    bytes: Buffer,
    filename = 'rpls.csv',
    mode: ImportMode = 'all_or_nothing',
  ) => importStock(engine.db, who, org, { filename, stream: chunks(bytes), bytesExpected: bytes.length, mode });
  const dwellingCount = async (org: string) =>
    (
      await sql<{ n: number }>`select count(*)::int as n from dwellings where organisation_id = ${org}`.execute(
        engine.db,
      )
    ).rows[0]!.n;
  const csv = (rows: FixtureRow[], shape: RplsShape = 'recent') => encode(rplsCsv(rows, shape), 'utf-8');

  beforeAll(async () => {
    await runSeed(engine.db, 'reference');
    officeId = (
      await engine.db
        .selectFrom('organisations')
        .select('id')
        .where('siret', '=', '34407767200022')
        .executeTakeFirstOrThrow()
    ).id;
    const departmentId = (
      await engine.db
        .selectFrom('organisations')
        .select('id')
        .where('siret', '=', '22620001200012')
        .executeTakeFirstOrThrow()
    ).id;
    officeAgent = await createTestUser(engine.db, {
      roles: ['office_agent'],
      organisationId: officeId,
      displayName: 'Agent office',
    });
    departmentAgent = await createTestUser(engine.db, { roles: ['coordinator'], organisationId: departmentId });
    landlordId = (await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office d’essai' })).id;
    agent = await createTestUser(engine.db, {
      roles: ['office_manager'],
      organisationId: landlordId,
      displayName: 'Responsable essai',
    });
  });

  it('imports a 40,000-row RPLS file, streaming, with its progress visible while it runs', async () => {
    const bytes = csv(fixtureRows(40_000));
    const baseline = process.memoryUsage();
    let peakHeap = baseline.heapUsed;
    let peakRss = baseline.rss;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }, 10);
    const seen = new Set<number>();
    let importing = true;
    const started = Date.now();
    const done = run(agent, landlordId, bytes, 'rpls-40000.csv').finally(() => (importing = false));
    while (importing) {
      const running = await engine.db
        .selectFrom('stock_imports')
        .select(['rows_read'])
        .where('organisation_id', '=', landlordId)
        .where('status', '=', 'running')
        .executeTakeFirst();
      if (running) seen.add(running.rows_read);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const view = await done;
    clearInterval(sampler);
    const mib = (n: number) => Math.round(n / 1024 / 1024);
    console.info(
      `[${engine.kind}] 40,000-row import (${mib(bytes.length)} MiB): ${Date.now() - started} ms; heap peak +${mib(peakHeap - baseline.heapUsed)} MiB, rss peak +${mib(peakRss - baseline.rss)} MiB`,
    );

    expect(view).toMatchObject({
      status: 'completed',
      shape: 'rpls_recent',
      encoding: 'utf-8',
      filename: 'rpls-40000.csv',
      sizeBytes: bytes.length,
    });
    expect(view.counts).toMatchObject({
      rowsValid: 40_000,
      rowsInvalid: 0,
      errors: 0,
      created: 40_000,
      updated: 0,
      unchanged: 0,
      missing: 0,
      demoReplaced: 0,
    });
    expect(view.progress).toMatchObject({ rowsRead: 40_000, bytesRead: bytes.length, percent: 100 });
    expect([...seen].some((n) => n > 0 && n < 40_000)).toBe(true);
    expect(await dwellingCount(landlordId)).toBe(40_000);
    expect(peakHeap - baseline.heapUsed).toBeLessThan(200 * 1024 * 1024);
    const event = await engine.db
      .selectFrom('audit_events')
      .select(['actor_label', 'action', 'after'])
      .where('entity_type', '=', 'stock_import')
      .where('entity_id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(event.action).toBe('import');
    expect(event.actor_label).toMatch(/^Responsable essai/);
    expect(event.after).toMatchObject({
      filename: 'rpls-40000.csv',
      sha256: view.sha256,
      created: 40_000,
      rowsRead: 40_000,
    });
  });

  it('imports nothing from the same file with one bad row, and reports that row and column', async () => {
    const rows = fixtureRows(40_000);
    rows[31_415] = { ...rows[31_415]!, energy: 'H', identRep: 'NOUVEAU-1' };
    const error = await appError(run(agent, landlordId, csv(rows), 'rpls-40000-bad.csv'));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe(
      "1 erreur sur 1 ligne : rien n'a été importé. Ligne 31417, colonne DPEENERGIE : classe « H » inconnue ; attendu une lettre de A à G (ou vide sans DPE).",
    );
    expect(error.fieldErrors[0]!.field).toBe('ligne 31417, colonne DPEENERGIE');
    const view = await getImport(engine.db, agent, error.extra.importId as string);
    expect(view).toMatchObject({
      status: 'rejected',
      counts: { rowsValid: 39_999, rowsInvalid: 1, errors: 1, created: null },
    });
    expect(view.firstErrors).toEqual([
      {
        line: 31_417,
        column: 'DPEENERGIE',
        value: 'H',
        message: expect.stringMatching(/^Ligne 31417, colonne DPEENERGIE/),
      },
    ]);
    expect(await dwellingCount(landlordId)).toBe(40_000);
    expect(await engine.db.selectFrom('dwellings').select('id').where('ident_rep', '=', 'NOUVEAU-1').execute()).toEqual(
      [],
    );
    expect(
      (await sql<{ n: number }>`select count(*)::int as n from stock_import_rows`.execute(engine.db)).rows[0]!.n,
    ).toBe(0);
    const file = await importErrorFile(engine.db, agent, view.id);
    expect(file.filename).toBe('erreurs-rpls-40000-bad.csv');
    expect(file.content).toContain('31417;DPEENERGIE;H;"Ligne 31417, colonne DPEENERGIE : classe « H » inconnue');
  });

  it('gives every error in the error file, whatever their number, and imports nothing (issue #20)', async () => {
    const org = (await createTestOrganisation(engine.db, { kind: 'landlord' })).id;
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: org });
    // 4,012 bad rows: the error file used to detail the first 1,000 only.
    const rows = fixtureRows(4_100).map((r, i) => (i < 4_012 ? { ...r, energy: 'H' } : r));
    const error = await appError(run(user, org, csv(rows), 'rpls-4012.csv'));
    expect(error.message).toMatch(/^4\s012 erreurs sur 4\s012 lignes : rien n'a été importé\./);
    const view = await getImport(engine.db, user, error.extra.importId as string);
    expect(view.counts).toMatchObject({ errors: 4_012, errorsStored: 4_012, created: null });
    expect(await dwellingCount(org)).toBe(0);
    const page = await listImportErrors(engine.db, user, view.id, { page: 81, pageSize: 50 });
    expect([page.total, page.items.length]).toEqual([4_012, 12]);
    const file = await importErrorFile(engine.db, user, view.id);
    const lines = readCsv(file.content);
    expect(lines[0]).toEqual(['Ligne', 'Colonne', 'Valeur', 'Erreur']);
    expect(lines).toHaveLength(1 + 4_012);
    expect(lines.slice(1).map((l) => Number(l[0]))).toEqual(Array.from({ length: 4_012 }, (_, i) => i + 2));
    expect(lines.at(-1)!.slice(0, 3)).toEqual(['4013', 'DPEENERGIE', 'H']);
  });

  it('names the missing identifier columns of an RPLS file, records its shape and imports nothing (issue #20)', async () => {
    const [header, ...records] = readCsv(rplsCsv(fixtureRows(3), 'recent'));
    const kept = header!.map((h, i) => (h === 'IDENT_REP' || h === 'IDENT_INT' ? -1 : i)).filter((i) => i >= 0);
    expect(kept.length).toBeLessThan(header!.length);
    const text = [header!, ...records].map((r) => kept.map((i) => r[i]).join(';')).join('\r\n') + '\r\n';
    const error = await appError(run(agent, landlordId, Buffer.from(text, 'utf8'), 'rpls-sans-identifiant.csv'));
    expect(error.message).toMatch(
      /^Ligne 1 \(en-tête\) : colonnes obligatoires absentes : IDENT_REP, IDENT_INT \(IDENT_REP ou IDENT_INT : l'une des deux suffit/,
    );
    const view = await getImport(engine.db, agent, error.extra.importId as string);
    expect(view).toMatchObject({ status: 'failed', shape: 'rpls_recent', counts: { errors: 1, errorsStored: 1 } });
    expect(view.firstErrors.map((e) => e.message)).toEqual([error.message]);
    const file = readCsv((await importErrorFile(engine.db, agent, view.id)).content);
    expect(file).toEqual([
      ['Ligne', 'Colonne', 'Valeur', 'Erreur'],
      ['', '', '', error.message],
    ]);
  });

  it('reports created, updated, unchanged and missing dwellings on a re-import, deleting none', async () => {
    const org = (await createTestOrganisation(engine.db, { kind: 'landlord' })).id;
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: org });
    await run(user, org, csv(fixtureRows(1_000)));
    const next = fixtureRows(900).map((r, i) => (i < 50 ? { ...r, energy: 'A', ghg: 'A', dpeDate: '06/2025' } : r));
    const view = await run(user, org, csv([...next, ...fixtureRows(100, { start: 5_000 })]), 'rpls-2025.csv');
    expect(view.counts).toMatchObject({ created: 100, updated: 50, unchanged: 850, missing: 100, demoReplaced: 0 });
    expect(view.missingSample).toHaveLength(100);
    expect(view.missingSample[0]).toBe('0620000000900');
    expect(await dwellingCount(org)).toBe(1_100);
    const changed = await engine.db
      .selectFrom('dwellings')
      .select(['effective_class', 'dpe_date', 'import_id'])
      .where('organisation_id', '=', org)
      .where('ident_rep', '=', '0620000000002')
      .executeTakeFirstOrThrow();
    expect(changed).toEqual({ effective_class: 'A', dpe_date: '2025-06-01', import_id: view.id });
    const again = await run(user, org, csv([...next, ...fixtureRows(100, { start: 5_000 })]), 'rpls-2025.csv');
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1_000, missing: 100 });
  });

  it('imports only the valid rows when asked, and reports the others', async () => {
    const org = (await createTestOrganisation(engine.db, { kind: 'landlord' })).id;
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: org });
    const rows = fixtureRows(300);
    rows[10] = { ...rows[10]!, surface: 'abc' };
    rows[20] = { ...rows[20]!, commune: '62999', dpeDate: '31/02/2020' };
    rows[30] = { ...rows[30]!, identRep: rows[29]!.identRep };
    const view = await run(user, org, csv(rows), 'rpls.csv', 'valid_rows_only');
    expect(view).toMatchObject({
      status: 'completed',
      mode: 'valid_rows_only',
      counts: { rowsValid: 297, rowsInvalid: 3, errors: 4, created: 297 },
    });
    expect(await dwellingCount(org)).toBe(297);
    const errors = await listImportErrors(engine.db, user, view.id, { page: 1, pageSize: 10 });
    expect(errors.items.map((e) => [e.line, e.column])).toEqual([
      [12, 'SURFHAB'],
      [22, 'DEPCOM'],
      [22, 'DPEDATE'],
      [32, 'IDENT_REP'],
    ]);
    expect(errors.items[3]!.message).toBe(
      "Ligne 32, colonne IDENT_REP : identifiant « 0620000000029 » déjà utilisé ligne 31 ; un logement ne figure qu'une fois.",
    );
  });

  it.each([
    ['legacy', 'latin1'],
    ['red', 'utf-8'],
    ['recent', 'latin1'],
  ] as const)('imports the %s shape in %s', async (shape, encoding) => {
    const org = (await createTestOrganisation(engine.db, { kind: 'landlord' })).id;
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: org });
    const view = await run(user, org, encode(rplsCsv(fixtureRows(200), shape), encoding));
    expect(view).toMatchObject({
      status: 'completed',
      shape: `rpls_${shape}`,
      encoding: encoding === 'latin1' ? 'windows-1252' : 'utf-8',
      counts: { created: 200 },
    });
    const d = await engine.db
      .selectFrom('dwellings')
      .selectAll()
      .where('organisation_id', '=', org)
      .where('ident_int', '=', 'INT-7')
      .executeTakeFirstOrThrow();
    expect(d).toMatchObject({
      commune_code: '62765',
      construction_type: 'collective',
      address: 'RUE DES ÉCOLES 7',
      qpv_code: 'QP062012',
      surface: '37.70',
      dpe_date: '2022-08-01',
    });
  });

  it('replaces the demonstration stock with the first real import, then the trajectory follows the file', async () => {
    const view = await run(officeAgent, officeId, csv(fixtureRows(1_000)), 'pdch-rpls-2025.csv');
    expect(view.counts).toMatchObject({ created: 1_000, demoReplaced: 39_658, missing: 0 });
    const summary = await getStockSummary(engine.db, departmentAgent, officeId);
    expect([summary.dwellings, summary.isDemo, summary.demoNotice, summary.establishments.residences]).toEqual([
      1_000,
      false,
      null,
      0,
    ]);
    expect(summary.lastImport?.id).toBe(view.id);
    const t = await getTrajectory(engine.db, departmentAgent, officeId, { asOf: '2026-11-29' });
    const classes = fixtureRows(1_000).flatMap((r, i) =>
      i % 50 === 0 ? [] : [worseClass(r.energy as EnergyClass, r.ghg as EnergyClass)],
    );
    const atLeast = (c: EnergyClass) => classes.filter((x) => x! >= c).length;
    expect(t.deadlines.map((d) => d.banned)).toEqual([atLeast('G'), atLeast('F'), atLeast('E')]);
    expect(t.withoutDpe).toBe(20);
  });

  it.each([
    [
      'wrong separator',
      'DEPCOM,NBPIECE,SURFHAB\r\n62041,3,45\r\n',
      'VALIDATION_FAILED',
      /^Ligne 1 \(en-tête\) : séparateur « , » détecté/,
    ],
    [
      'missing column',
      'IDENT_REP;DEPCOM;TYPECONST;NBPIECE;SURFHAB;CONSTRUCT;DPEDATE;DPEENERGIE\r\n1;62041;C;3;45;1970;01/2022;D\r\n',
      'VALIDATION_FAILED',
      /^Ligne 1 \(en-tête\) : colonne obligatoire absente : DPESERRE ; rien n'a été importé\.$/,
    ],
    [
      'header only',
      rplsCsv([]),
      'VALIDATION_FAILED',
      /^Ligne 2 : le fichier ne contient aucun logement \(en-tête seul\)/,
    ],
    [
      'blank lines only',
      '\r\n\r\n;;;\r\n',
      'VALIDATION_FAILED',
      /^Ligne 1 : le fichier ne contient aucune ligne d'en-tête/,
    ],
    ['0 byte', '', 'VALIDATION_FAILED', /^Le fichier envoyé est vide \(0 octet\)/],
    ['binary', '\u0000\u0001\u0002PK', 'UNSUPPORTED_MEDIA_TYPE', /^Le fichier n'est pas un fichier texte CSV/],
    [
      'unclosed quote',
      'IDENT_REP;DEPCOM\r\n"1;62041\r\n',
      'VALIDATION_FAILED',
      /^Ligne 3 : un guillemet ouvert n’est jamais refermé/,
    ],
  ])('refuses a file with a %s, records the failure and imports nothing', async (_what, content, code, message) => {
    const before = await dwellingCount(landlordId);
    const error = await appError(run(agent, landlordId, Buffer.from(content, 'latin1')));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    const view = await getImport(engine.db, agent, error.extra.importId as string);
    expect(view.status).toBe('failed');
    expect(view.failureMessage).toBe(error.message);
    expect(await dwellingCount(landlordId)).toBe(before);
  });

  it('refuses an import by someone who may not import, and an unknown file type', async () => {
    expect((await appError(run(departmentAgent, officeId, csv(fixtureRows(1))))).code).toBe('FORBIDDEN');
    expect((await appError(run(agent, officeId, csv(fixtureRows(1))))).code).toBe('NOT_FOUND');
    const pdf = await appError(run(agent, landlordId, Buffer.from('%PDF-1.4'), 'rpls.pdf'));
    expect([pdf.code, pdf.message]).toEqual([
      'UNSUPPORTED_MEDIA_TYPE',
      'Type de fichier non accepté (.pdf) : envoyez le fichier RPLS en CSV (séparateur « ; ») ou le modèle xlsx de Copil.',
    ]);
    const tooBig = await appError(
      importStock(
        engine.db,
        agent,
        landlordId,
        { filename: 'gros.csv', stream: chunks(csv(fixtureRows(500))), bytesExpected: null, mode: 'all_or_nothing' },
        20_000,
      ),
    );
    expect([tooBig.code, tooBig.message]).toEqual([
      'PAYLOAD_TOO_LARGE',
      "Le fichier dépasse la taille maximale de 0 Mo pour un import de patrimoine ; rien n'a été importé.",
    ]);
  });
});
