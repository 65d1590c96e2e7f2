import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../../contracts/audit';
import { buildTestApp, describeEachEngine, loginAs, type LoggedIn, type TestApp } from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';

/**
 * Issue #17 (2): the audit journal is scoped like everything else. A coordinator or controller of
 * another Département sees none of this convention's events, a controller party to no convention
 * sees nothing, platform events (accounts, logins) are the administrator's alone, an office's
 * draft payment request stays the office's, and the evidence bundle holds only what its
 * convention's controller may read.
 */
describeEachEngine('audit scope', (engine) => {
  let built: TestApp;
  let admin: LoggedIn, coordinatorA: LoggedIn, controllerA: LoggedIn, officeAgent: LoggedIn, officeManager: LoggedIn;
  let coordinatorB: LoggedIn, controllerB: LoggedIn, lonelyController: LoggedIn;
  let conventionA: string, conventionB: string;
  let draftId: string;

  const all = async (who: LoggedIn, query = '') => {
    const response = await who.inject('GET', `/api/audit?pageSize=200${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as AuditPage;
  };

  beforeAll(async () => {
    built = await buildTestApp(engine);
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentA = orgs.find((o) => o.siret === '22620001200012')!.id;
    const office = orgs.find((o) => o.siret === '34407767200022')!.id;
    const departmentB = (await createTestOrganisation(engine.db, { kind: 'department', name: 'Département voisin' }))
      .id;
    const landlordB = (await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office voisin' })).id;
    const controlBody = (await createTestOrganisation(engine.db, { kind: 'control_body', name: 'Corps de contrôle' }))
      .id;
    conventionA = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    const created = await admin.inject('POST', '/api/conventions', {
      title: 'Convention du Département voisin',
      periodStart: '2024-01-01',
      periodEnd: '2030-12-31',
      jurisdiction: 'Tribunal administratif d’Amiens',
      departmentId: departmentB,
      landlordId: landlordB,
    });
    expect(created.statusCode, created.body).toBe(201);
    conventionB = created.json<{ id: string }>().id;
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string | null) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    coordinatorA = await login(['coordinator'], departmentA);
    controllerA = await login(['controller'], departmentA);
    officeAgent = await login(['office_agent'], office);
    officeManager = await login(['office_manager'], office);
    coordinatorB = await login(['coordinator'], departmentB);
    controllerB = await login(['controller'], departmentB);
    lonelyController = await login(['controller'], controlBody);

    // A financial convention of convention A, and a draft payment request of the office on it.
    const allocation = await engine.db
      .selectFrom('allocations')
      .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
      .select('allocations.id')
      .where('envelopes.convention_id', '=', conventionA)
      .where('envelopes.kind', '=', 'investment')
      .where('allocations.year', '=', 2024)
      .executeTakeFirstOrThrow();
    const agreement = await coordinatorA.inject('POST', `/api/allocations/${allocation.id}/funding-agreement`, {
      amount: '4000000.00',
      signedOn: '2024-06-01',
      purpose: 'Réhabilitation thermique 2024 (périmètre du journal)',
      schedule: [
        { kind: 'advance', label: 'Avance de 30 %', amount: '1200000.00', requiredDocuments: [] },
        { kind: 'balance', label: 'Solde', amount: '2800000.00', requiredDocuments: [] },
      ],
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const { id: agreementId, schedule } = agreement.json<{ id: string; schedule: { id: string }[] }>();
    const draft = await officeAgent.inject('POST', `/api/funding-agreements/${agreementId}/payment-requests`, {
      scheduleLineId: schedule[0]!.id,
      amount: '1.00',
      description: 'Brouillon confidentiel de l’office',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    draftId = draft.json<{ id: string }>().id;
  });
  afterAll(async () => built?.close());

  it('shows a coordinator and a controller of another Département none of this convention’s events', async () => {
    for (const who of [coordinatorB, controllerB]) {
      const page = await all(who);
      expect(page.total).toBeGreaterThan(0); // the creation of their own convention
      expect(page.items.every((e) => e.conventionId === conventionB)).toBe(true);
      expect((await all(who, `&entityId=${conventionA}`)).total).toBe(0);
    }
  });

  it('shows a controller party to no convention nothing at all', async () => {
    expect(await all(lonelyController)).toMatchObject({ total: 0, items: [] });
  });

  it('shows the Département’s coordinator its conventions’ events, never the platform’s nor another Département’s', async () => {
    const page = await all(coordinatorA);
    expect(page.total).toBeGreaterThan(0);
    // Its conventions' events (2024-2033 and 2021-2023), and those of the office it shares them with (its stock).
    expect(page.items.some((e) => e.conventionId === conventionB)).toBe(false);
    expect(page.items.some((e) => e.conventionId === conventionA)).toBe(true);
    expect(page.items.some((e) => ['user', 'session', 'organisation'].includes(e.entityType))).toBe(false);
  });

  it('keeps platform events (accounts, logins) for the administrator', async () => {
    const page = await all(admin);
    expect(page.items.some((e) => e.entityType === 'session' && e.action === 'login')).toBe(true);
    expect((await all(admin, '&entityType=user')).total).toBeGreaterThan(0);
    expect((await all(admin, `&entityId=${conventionB}`)).total).toBeGreaterThan(0);
  });

  it('keeps the office’s draft payment request out of everyone else’s journal and bundle until it is submitted', async () => {
    for (const who of [coordinatorA, controllerA, admin])
      expect((await all(who, `&entityId=${draftId}`)).total).toBe(0);

    const today = new Date().toISOString().slice(0, 10);
    const download = await controllerA.inject(
      'GET',
      `/api/conventions/${conventionA}/evidence-bundle.zip?asOf=${today}`,
    );
    expect(download.statusCode, download.body).toBe(200);
    const zip = await JSZip.loadAsync(download.rawPayload);
    const journal = await zip.file('audit/journal.csv')!.async('string');
    expect(journal).not.toContain(draftId);
    expect(journal).not.toContain(conventionB);
    expect(journal).not.toContain('Échec de connexion');
    expect(await zip.file('finances/demandes-de-paiement.json')!.async('string')).not.toContain(draftId);
    // The journal holds exactly convention A's events that its controller may read.
    const ids = journal
      .split('\n')
      .map((line) => /^(\d+);/.exec(line)?.[1])
      .filter((id): id is string => id !== undefined);
    const expected = await engine.db
      .selectFrom('audit_events')
      .select(['id', 'action'])
      .where('convention_id', '=', conventionA)
      .where('private_to_organisation', '=', false)
      .orderBy('id')
      .execute();
    expect(expected.pop()!.action).toBe('export'); // the download itself, recorded after the bundle was made
    expect(ids).toEqual(expected.map((e) => e.id.toString()));

    const submitted = await officeManager.inject('POST', `/api/payment-requests/${draftId}/transitions`, {
      action: 'submit',
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const seen = await all(coordinatorA, `&entityId=${draftId}`);
    expect(seen.items.map((e) => e.action)).toEqual(['submit']);
  });

  it('resolves the scope of every entity type the services name, without error for an unknown id', async () => {
    const types = [
      'convention',
      'envelope',
      'loan_guarantee',
      'operation',
      'progress_table',
      'volume_forecast',
      'indicator',
      'duty',
      'duty_instance',
      'communication_event',
      'invitation',
      'publicity_proof',
      'control_mission',
      'amendment',
      'termination_notice',
      'commitment',
      'governance_body',
      'governance_member',
      'governance_mandate',
      'governance_session',
      'agenda_item',
      'governance_decision',
      'delegation',
      'action_item',
      'allocation',
      'funding_agreement',
      'affectation',
      'payment_request',
      'payment',
      'reimbursement',
      'document',
      'stock',
      'stock_import',
      'establishment',
      'user',
      'session',
      'organisation',
    ];
    for (const type of types) {
      const { rows } = await sql<{ convention_id: string | null; organisation_id: string | null }>`
        select * from audit_event_scope(${type}, ${'00000000-0000-4000-8000-000000000000'})`.execute(engine.db);
      expect(rows, type).toEqual([{ convention_id: null, organisation_id: null }]);
    }
    // Every event the seed and this suite wrote for an entity of a convention was given its convention.
    const unscoped = await engine.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action'])
      .distinct()
      .where('convention_id', 'is', null)
      .where('organisation_id', 'is', null)
      .where('entity_type', 'not in', ['user', 'session', 'organisation', 'letting_ban_calendar', 'calendar_feed'])
      .execute();
    expect(unscoped).toEqual([]);
  });

  it('records of a failed login only a normalised e-mail address, never what else was typed', async () => {
    const attempt = (email: string) =>
      built.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'Mauvais-mot-de-passe-1' },
        remoteAddress: '203.0.113.77',
      });
    const lastFailure = () =>
      engine.db
        .selectFrom('audit_events')
        .select(['after', 'convention_id', 'organisation_id'])
        .where('action', '=', 'login_failed')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();

    expect((await attempt('  Quelqu.Un@Example.ORG ')).statusCode).toBe(401);
    expect(await lastFailure()).toEqual({
      after: { email: 'quelqu.un@example.org' },
      convention_id: null,
      organisation_id: null,
    });
    expect((await attempt('MonMotDePasse-Secret-2024')).statusCode).toBe(401);
    expect((await lastFailure()).after).toBeNull();
    expect((await attempt('moi@')).statusCode).toBe(401);
    expect((await lastFailure()).after).toBeNull();
    // Failed logins are platform events: the administrator's alone.
    expect((await all(coordinatorA, '&action=login_failed')).total).toBe(0);
    expect((await all(admin, '&action=login_failed')).total).toBeGreaterThanOrEqual(3);
  });
});
