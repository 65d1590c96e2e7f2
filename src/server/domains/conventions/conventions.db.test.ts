import type { Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../../contracts/access';
import { AppError } from '../../platform/errors';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestOrganisation, createTestUser, luhnSiret } from '../../test/fixtures';
import { verifyChain } from '../audit/audit.service';
import { createOrganisation, getConventionDetail, listConventions, listOrganisations } from './conventions.service';

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const principal = (roles: Role[], organisationId: string | null): Principal => ({
  id: '00000000-0000-4000-8000-000000000001',
  displayName: 'Lecteur',
  email: 'lecteur@example.test',
  roles,
  organisationId,
});

describeEachEngine('conventions', (engine) => {
  let admin: Principal;
  let departmentId: string;
  let officeId: string;
  let conventionId: string;

  beforeAll(async () => {
    admin = await createTestUser(engine.db, { roles: ['admin'] });
  });

  it('loads the reference convention once; later starts find it present', async () => {
    expect(await runSeed(engine.db, 'none')).toBe('skipped');
    expect(await engine.db.selectFrom('conventions').select('id').execute()).toEqual([]);
    const count = async () =>
      (
        await sql<{ c: number; o: number; e: number }>`select (select count(*)::int from conventions) as c,
        (select count(*)::int from organisations) as o, (select count(*)::int from audit_events) as e`.execute(
          engine.db,
        )
      ).rows[0]!;
    expect(await runSeed(engine.db, 'reference')).toBe('loaded');
    const afterFirst = await count();
    expect(await runSeed(engine.db, 'reference')).toBe('present');
    expect(await count()).toEqual(afterFirst); // nothing duplicated, nothing audited twice
    const reference = await engine.db
      .selectFrom('conventions')
      .select('id')
      .where('period_start', '=', '2024-01-01')
      .where('period_end', '=', '2033-12-31')
      .execute();
    expect(reference).toHaveLength(1);
    conventionId = reference[0]!.id;
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    expect(orgs.map((o) => o.siret)).toEqual(expect.arrayContaining(['22620001200012', '34407767200022']));
    departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const seeded = await engine.db
      .selectFrom('audit_events')
      .select(['entity_type', 'entity_id'])
      .where('action', '=', 'seed')
      .execute();
    expect(seeded.filter((e) => e.entity_type === 'organisation').map((e) => e.entity_id)).toEqual(
      expect.arrayContaining([departmentId, officeId]),
    );
    expect(seeded.filter((e) => e.entity_type === 'convention').map((e) => e.entity_id)).toContain(conventionId);
    expect(await verifyChain(engine.db, admin)).toMatchObject({ valid: true, checkedEvents: seeded.length });
  });

  it("holds the seed's header: period, place, jurisdiction, no invented signature date", async () => {
    const header = await getConventionDetail(engine.db, admin, conventionId);
    expect(header).toMatchObject({
      title: expect.stringMatching(/^Convention de partenariat stratégique 2024-2033/),
      periodStart: '2024-01-01',
      periodEnd: '2033-12-31',
      signaturePlace: 'Arras',
      signatureDate: null,
      jurisdiction: 'Tribunal administratif de Lille',
      terminatedOn: null,
      status: 'draft', // unsigned in the source document
    });
  });

  it('lists the parties in order with their signatories and SIRETs', async () => {
    const { parties } = await getConventionDetail(engine.db, admin, conventionId);
    expect(parties).toHaveLength(2);
    const [department, office] = parties;
    expect(department).toMatchObject({
      partyRole: 'department',
      organisation: {
        id: departmentId,
        name: 'Département du Pas-de-Calais',
        kind: 'department',
        siret: '22620001200012',
      },
      designation: '« le Département »',
      signatories: [{ fullName: 'Daniel MACIEJASZ', title: 'Vice-Président' }],
    });
    expect(department!.representation).toMatch(/délibération du Conseil départemental en date du 29 janvier 2024/);
    expect(office).toMatchObject({
      partyRole: 'landlord',
      organisation: { id: officeId, name: 'Pas-de-Calais habitat', kind: 'landlord', siret: '34407767200022' },
      signatories: [
        { fullName: 'Jean-Louis COTTIGNY', title: 'Président' },
        { fullName: 'Bruno FONTALIRAND', title: 'Directeur général' },
      ],
    });
  });

  it('creates an organisation from a SIRET typed with spaces, with its audit event', async () => {
    const siret = luhnSiret('7750000000001');
    const spaced = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
    const created = await createOrganisation(engine.db, admin, {
      name: 'Bailleur voisin',
      kind: 'landlord',
      siret: spaced,
      address: null,
    });
    expect(created).toMatchObject({ name: 'Bailleur voisin', kind: 'landlord', siret, address: null });
    const event = await engine.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ entity_type: 'organisation', action: 'create', actor_user_id: admin.id });
  });

  it('refuses an invalid SIRET, naming the field', async () => {
    for (const siret of ['22620001200013', '2262000120001', 'abc']) {
      const error = await appError(createOrganisation(engine.db, admin, { name: 'Mauvais', kind: 'landlord', siret }));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.fieldErrors).toEqual([{ field: 'siret', message: error.message }]);
    }
    expect(await engine.db.selectFrom('organisations').select('id').where('name', '=', 'Mauvais').execute()).toEqual(
      [],
    );
  });

  it('refuses a SIRET already used, saying by whom', async () => {
    const error = await appError(
      createOrganisation(engine.db, admin, { name: 'Doublon', kind: 'department', siret: '226 200 012 00012' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.fieldErrors[0]?.field).toBe('siret');
    expect(error.message).toContain('Département du Pas-de-Calais');
  });

  it('lets only administrators create or list organisations', async () => {
    const coordinator = principal(['coordinator'], departmentId);
    expect(
      (await appError(createOrganisation(engine.db, coordinator, { name: 'X', kind: 'landlord', siret: luhnSiret() })))
        .code,
    ).toBe('FORBIDDEN');
    expect((await appError(listOrganisations(engine.db, coordinator))).code).toBe('FORBIDDEN');
    const names = (await listOrganisations(engine.db, admin)).map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(['Bailleur voisin', 'Département du Pas-de-Calais', 'Pas-de-Calais habitat']),
    );
    expect(names.indexOf('Bailleur voisin')).toBeLessThan(names.indexOf('Pas-de-Calais habitat')); // by name
  });

  it("hides the convention from another landlord's users: empty list, and not found rather than forbidden", async () => {
    const other = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Autre office' });
    const outsider = principal(['office_manager'], other.id);
    expect(await listConventions(engine.db, outsider)).toEqual([]);
    const hidden = await appError(getConventionDetail(engine.db, outsider, conventionId));
    const missing = await appError(getConventionDetail(engine.db, outsider, '00000000-0000-4000-8000-00000000abcd'));
    expect(hidden.code).toBe('NOT_FOUND');
    expect(hidden.message).toBe(missing.message);
  });

  it('hides it from a user without organisation and without a global role', async () => {
    const nobody = principal(['elected_member'], null);
    expect(await listConventions(engine.db, nobody)).toEqual([]);
    expect((await appError(getConventionDetail(engine.db, nobody, conventionId))).code).toBe('NOT_FOUND');
  });

  it('shows it to every user of a party organisation, whatever their role', async () => {
    for (const [roles, org] of [
      [['office_agent'], () => officeId],
      [['office_manager'], () => officeId],
      [['department_agent'], () => departmentId],
      [['elected_member'], () => departmentId],
    ] as const) {
      const reader = principal([...roles], org());
      const list = await listConventions(engine.db, reader);
      const reference = list.find((c) => c.id === conventionId);
      expect(reference?.parties).toEqual([
        { organisationId: departmentId, name: 'Département du Pas-de-Calais', partyRole: 'department' },
        { organisationId: officeId, name: 'Pas-de-Calais habitat', partyRole: 'landlord' },
      ]);
      expect((await getConventionDetail(engine.db, reader, conventionId)).id).toBe(conventionId);
    }
  });

  it('shows every convention to the administrator, and to a controller only what they were appointed to control', async () => {
    const controlBody = await createTestOrganisation(engine.db, { kind: 'control_body', name: 'Chambre régionale' });
    // A second convention that neither reference party is in.
    const { id } = await engine.db
      .insertInto('conventions')
      .values({
        title: 'Autre convention',
        period_start: '2021-01-01',
        period_end: '2023-12-31',
        jurisdiction: 'TA de Lille',
        signature_place: null,
        signature_date: '2020-12-15',
        terminated_on: null,
        created_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const all = await engine.db.selectFrom('conventions').select('id').execute();
    const list = await listConventions(engine.db, admin);
    expect(list).toHaveLength(all.length);
    const ids = list.map((c) => c.id);
    expect(ids.indexOf(conventionId)).toBeLessThan(ids.indexOf(id)); // newest period first
    expect(list.find((c) => c.id === id)).toMatchObject({ status: 'expired', parties: [] });

    const controller = principal(['controller'], controlBody.id);
    expect(await listConventions(engine.db, controller)).toEqual([]);
    await expect(getConventionDetail(engine.db, controller, conventionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await engine.db
      .insertInto('convention_parties')
      .values({
        convention_id: conventionId,
        organisation_id: controlBody.id,
        party_role: 'controller',
        designation: null,
        representation: null,
        position: 9,
      })
      .execute();
    expect((await listConventions(engine.db, controller)).map((c) => c.id)).toEqual([conventionId]);
    expect((await getConventionDetail(engine.db, controller, conventionId)).can).toMatchObject({
      recordAmendment: false,
      side: null,
    });

    const officeList = await listConventions(engine.db, principal(['office_manager'], officeId));
    expect(officeList.map((c) => c.id)).toContain(conventionId);
    expect(officeList.map((c) => c.id)).not.toContain(id);
  });
});
