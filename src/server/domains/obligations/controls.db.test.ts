import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertDocument } from '../../platform/documents';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { sha256 } from './controls.rules';

const PDF = Buffer.from('%PDF-1.4\n%facture travaux\n');

/** Article 5 evidence bundle through HTTP on both engines: content, manifest, chain check, who may download. */
describeEachEngine('obligations evidence bundle', (engine) => {
  let built: TestApp;
  let controller: LoggedIn, manager: LoggedIn, stranger: LoggedIn, admin: LoggedIn;
  let conventionId: string;
  let requestId: string;
  const url = (asOf: string) => `/api/conventions/${conventionId}/evidence-bundle.zip?asOf=${asOf}`;

  const download = async (who: LoggedIn, asOf: string) => {
    const response = await who.inject('GET', url(asOf));
    expect({ status: response.statusCode, body: response.statusCode === 200 ? null : response.body }).toEqual({
      status: 200,
      body: null,
    });
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain(`dossier-de-preuves-${asOf}.zip`);
    return JSZip.loadAsync(response.rawPayload);
  };
  const text = async (zip: JSZip, path: string) => {
    const file = zip.file(path);
    expect(file, path).not.toBeNull();
    return file!.async('string');
  };

  beforeAll(async () => {
    built = await buildTestApp(engine);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const other = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Autre bailleur' });
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string | null) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    controller = await login(['controller'], departmentId);
    manager = await login(['office_manager'], officeId);
    stranger = await login(['office_manager', 'controller'], other.id);
    admin = await login(['admin'], null);

    // A financial convention with a payment request and its invoice (rows written directly: the bundle only reads them).
    const author = (await engine.db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow()).id;
    const envelope = await engine.db
      .selectFrom('envelopes')
      .select('id')
      .where('convention_id', '=', conventionId)
      .where('kind', '=', 'investment')
      .executeTakeFirstOrThrow();
    const allocation = await engine.db
      .insertInto('allocations')
      .values({
        envelope_id: envelope.id,
        year: 2031,
        amount_cents: 50_000_00n,
        deliberation_body: 'Commission permanente',
        deliberation_date: '2025-03-01',
        created_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const agreement = await engine.db
      .insertInto('funding_agreements')
      .values({
        allocation_id: allocation.id,
        amount_cents: 20_000_00n,
        purpose: 'Réhabilitation thermique',
        signed_on: '2025-04-01',
        created_by: author,
        created_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const line = await engine.db
      .insertInto('schedule_lines')
      .values({
        funding_agreement_id: agreement.id,
        position: 1,
        kind: 'advance',
        label: 'Avance',
        amount_cents: 5_000_00n,
        condition: null,
        required_documents: JSON.stringify(['facture']),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const request = await engine.db
      .insertInto('payment_requests')
      .values({
        funding_agreement_id: agreement.id,
        schedule_line_id: line.id,
        amount_cents: 5_000_00n,
        status: 'submitted',
        description: 'Avance',
        created_by: author,
        created_at: new Date(),
        submitted_at: new Date(),
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    requestId = request.id;
    const invoice = await insertDocument(engine.db, {
      filename: 'facture.pdf',
      contentType: 'application/pdf',
      bytes: PDF,
      conventionId,
      organisationId: officeId,
      uploadedBy: author,
    });
    await engine.db
      .insertInto('payment_request_documents')
      .values({ request_id: request.id, document_id: invoice.id, requirement: 'facture', added_at: new Date() })
      .execute();
  });

  afterAll(async () => {
    await built.close();
  });

  it('hands a controller of the convention the bundle: convention, money with documents, tables, journal, chain check, manifest', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const zip = await download(controller, today);
    const paths = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
    expect(paths).toEqual(
      expect.arrayContaining([
        'manifeste.json',
        'convention-telle-que-modifiee.json',
        'decisions/decisions.json',
        'finances/conventions-financieres.json',
        'finances/demandes-de-paiement.json',
        'tableaux-avancement/tableaux.json',
        'missions-de-controle.json',
        'audit/journal.csv',
        'audit/verification-chaine.json',
        'audit/verification-chaine.txt',
      ]),
    );
    const invoicePath = paths.find((p) => p.startsWith(`finances/pieces/${requestId}/`) && p.endsWith('facture.pdf'));
    expect(invoicePath).toBeDefined();
    expect(Buffer.from(await zip.file(invoicePath!)!.async('nodebuffer'))).toEqual(PDF);
    expect(JSON.parse(await text(zip, 'convention-telle-que-modifiee.json'))).toMatchObject({
      id: conventionId,
      asOf: today,
    });
    expect(JSON.parse(await text(zip, 'finances/demandes-de-paiement.json'))).toMatchObject([
      { id: requestId, amount_cents: '500000', documents: [{ filename: 'facture.pdf' }] },
    ]);
    expect(JSON.parse(await text(zip, 'audit/verification-chaine.json'))).toMatchObject({
      valid: true,
      firstBrokenEventId: null,
    });
    expect(await text(zip, 'audit/journal.csv')).toContain('Empreinte précédente');
    // The reference decisions (seeded) come with their extract, generated as PDF.
    const decisions = JSON.parse(await text(zip, 'decisions/decisions.json')) as { reference: string }[];
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions)
      expect(
        (await zip.file(`decisions/extrait-${d.reference}.pdf`)!.async('nodebuffer')).subarray(0, 5).toString(),
        d.reference,
      ).toBe('%PDF-');

    // The manifest lists every other file with the digest of what the zip really holds.
    const manifest = JSON.parse(await text(zip, 'manifeste.json')) as {
      asOf: string;
      files: { path: string; sha256: string }[];
    };
    expect(manifest.asOf).toBe(today);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(paths.filter((p) => p !== 'manifeste.json').sort());
    for (const f of manifest.files) expect(sha256(await zip.file(f.path)!.async('nodebuffer')), f.path).toBe(f.sha256);

    // The download itself is in the audit trail: who took what, as of when.
    const last = await engine.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'after', 'actor_user_id'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({
      action: 'export',
      entity_id: conventionId,
      after: { export: 'evidence-bundle', asOf: today },
    });
  });

  it('leaves out what came after the chosen day', async () => {
    const zip = await download(admin, '2024-06-30');
    expect(JSON.parse(await text(zip, 'finances/demandes-de-paiement.json'))).toEqual([]);
    expect(Object.keys(zip.files).some((p) => p.startsWith('finances/pieces/'))).toBe(false);
    expect(JSON.parse(await text(zip, 'convention-telle-que-modifiee.json'))).toMatchObject({ asOf: '2024-06-30' });
  });

  it('refuses the office (403), another landlord (404), a future day and a malformed one (400)', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expectProblem(await manager.inject('GET', url(today)), 403, 'FORBIDDEN');
    expectProblem(await stranger.inject('GET', url(today)), 404, 'NOT_FOUND');
    expectProblem(await controller.inject('GET', url('2099-01-01')), 400, 'VALIDATION_FAILED');
    expectProblem(await controller.inject('GET', url('2025-13-01')), 400, 'VALIDATION_FAILED');
  });

  it('reports the first broken link when one audit event was altered in the database', async () => {
    const target = await engine.db
      .selectFrom('audit_events')
      .select('id')
      .orderBy('id')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`update audit_events set actor_label = 'Quelqu''un d''autre' where id = ${target.id}`.execute(engine.db);
    const zip = await download(controller, new Date().toISOString().slice(0, 10));
    expect(JSON.parse(await text(zip, 'audit/verification-chaine.json'))).toMatchObject({
      valid: false,
      firstBrokenEventId: target.id.toString(),
      checkedEvents: 2,
    });
    expect(await text(zip, 'audit/verification-chaine.txt')).toContain(`ROMPUE`);
    expect(await text(zip, 'audit/verification-chaine.txt')).toContain(`événement n° ${target.id.toString()}`);
  });
});
