import type { Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { CreateAmendmentBody } from '../../../contracts/convention-content';
import { AppError } from '../../platform/errors';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { createAmendment, listAmendments } from './amendments.service';
import { getConventionDetail } from './conventions.service';

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const extension: CreateAmendmentBody = {
  number: 1,
  object: 'Prolongation de la convention jusqu’au 31 décembre 2035',
  signedOn: '2026-05-15',
  effectiveOn: '2026-06-01',
  approvals: 'Délibération du Conseil départemental du 4 mai 2026',
  changes: [{ field: 'period_end', date: '2035-12-31' }],
};

/** Amendments (Article 8): the convention as amended on a date, and the invariants that refuse a change. */
describeEachEngine('conventions: amendments', (engine) => {
  let admin: Principal;
  let coordinator: Principal;
  let officeManager: Principal;
  let controller: Principal;
  let conventionId: string;
  let departmentId: string;
  let officeId: string;
  let originalArticle7: { number: string; title: string; body: string };

  const counts = async () =>
    (
      await sql<{ amendments: number; changes: number; events: number }>`select
        (select count(*)::int from amendments) as amendments,
        (select count(*)::int from amendment_changes) as changes,
        (select count(*)::int from audit_events) as events`.execute(engine.db)
    ).rows[0]!;

  /** Expects the amendment to be refused with `code`, writing nothing; returns the error. */
  const refused = async (principal: Principal, body: CreateAmendmentBody, code: string) => {
    const before = await counts();
    const error = await appError(createAmendment(engine.db, principal, conventionId, body));
    expect(error.code).toBe(code);
    expect(await counts()).toEqual(before);
    return error;
  };

  beforeAll(async () => {
    await runSeed(engine.db, 'reference');
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    admin = await createTestUser(engine.db, { roles: ['admin'], displayName: 'Administratrice' });
    coordinator = await createTestUser(engine.db, {
      roles: ['coordinator'],
      organisationId: departmentId,
      displayName: 'Coordinatrice DAT',
    });
    officeManager = await createTestUser(engine.db, { roles: ['office_manager'], organisationId: officeId });
    const controlBody = await createTestOrganisation(engine.db, {
      kind: 'control_body',
      name: 'Chambre régionale des comptes',
    });
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
    controller = await createTestUser(engine.db, { roles: ['controller'], organisationId: controlBody.id });
    originalArticle7 = (await getConventionDetail(engine.db, admin, conventionId, '2025-01-01')).articles.find(
      (a) => a.number === '7',
    )!;
  });

  it('records an extension to 31/12/2035 effective 01/06/2026, with its audit event', async () => {
    const before = await counts();
    const { id } = await createAmendment(engine.db, admin, conventionId, extension);
    expect(await counts()).toEqual({
      amendments: before.amendments + 1,
      changes: before.changes + 1,
      events: before.events + 1,
    });
    const event = await engine.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ entity_type: 'amendment', action: 'create', actor_user_id: admin.id });
    expect(event.after).toMatchObject({
      conventionId,
      number: 1,
      effectiveOn: '2026-06-01',
      changes: [{ field: 'period_end', date: '2035-12-31' }],
    });
  });

  it('changes the end and the years only from the effective date', async () => {
    const eve = await getConventionDetail(engine.db, admin, conventionId, '2026-05-31');
    expect(eve).toMatchObject({
      asOf: '2026-05-31',
      periodStart: '2024-01-01',
      periodEnd: '2033-12-31',
      amendmentsInEffect: [],
    });
    expect(eve.years.at(-1)).toBe(2033);
    expect(eve.years).toHaveLength(10);
    const day = await getConventionDetail(engine.db, admin, conventionId, '2026-06-01');
    expect(day).toMatchObject({ periodStart: '2024-01-01', periodEnd: '2035-12-31' });
    expect(day.years[0]).toBe(2024);
    expect(day.years.at(-1)).toBe(2035);
    expect(day.years).toHaveLength(12);
    expect(day.amendmentsInEffect).toEqual([
      { id: expect.any(String), number: 1, effectiveOn: '2026-06-01', object: extension.object },
    ]);
  });

  it('lists the amendment with its change and the value it replaced', async () => {
    const list = await listAmendments(engine.db, coordinator, conventionId);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      number: 1,
      object: extension.object,
      signedOn: '2026-05-15',
      effectiveOn: '2026-06-01',
      approvals: extension.approvals,
      createdBy: 'Administratrice',
      changes: [{ change: { field: 'period_end', date: '2035-12-31' }, previous: { date: '2033-12-31' } }],
    });
    expect(Number.isNaN(Date.parse(list[0]!.createdAt))).toBe(false);
  });

  it("lets the Département's coordinator replace article 7's text, from its effective date only", async () => {
    const body = 'La présente convention est conclue du 1er janvier 2024 au 31 décembre 2035.';
    await createAmendment(engine.db, coordinator, conventionId, {
      number: 2,
      object: 'Article 7 mis à jour',
      signedOn: '2026-08-20',
      effectiveOn: '2026-09-01',
      changes: [{ field: 'article_text', articleNumber: '7', body }],
    });
    const before = await getConventionDetail(engine.db, coordinator, conventionId, '2026-08-31');
    const after = await getConventionDetail(engine.db, coordinator, conventionId, '2026-09-01');
    expect(before.articles.find((a) => a.number === '7')).toEqual(originalArticle7);
    expect(after.articles.find((a) => a.number === '7')).toEqual({ number: '7', title: originalArticle7.title, body });
    expect(after.articles.filter((a) => a.number !== '7')).toEqual(before.articles.filter((a) => a.number !== '7'));
    expect(after.amendmentsInEffect.map((a) => a.number)).toEqual([1, 2]);
    const listed = (await listAmendments(engine.db, admin, conventionId)).find((a) => a.number === 2)!;
    expect(listed.createdBy).toBe('Coordinatrice DAT');
    expect(listed.changes).toEqual([
      { change: { field: 'article_text', articleNumber: '7', body }, previous: originalArticle7 },
    ]);
  });

  it("replaces the Département's signatory and leaves the office's", async () => {
    await createAmendment(engine.db, coordinator, conventionId, {
      number: 3,
      object: 'Nouveau signataire pour le Département',
      signedOn: '2026-09-15',
      effectiveOn: '2026-10-01',
      changes: [
        {
          field: 'signatory',
          organisationId: departmentId,
          signatories: [{ fullName: 'Claire DUPONT', title: 'Vice-Présidente' }],
        },
      ],
    });
    const signatories = async (asOf: string) =>
      (await getConventionDetail(engine.db, admin, conventionId, asOf)).parties.map((p) => [
        p.partyRole,
        p.signatories.map((s) => s.fullName),
      ]);
    expect(await signatories('2026-09-30')).toEqual([
      ['department', ['Daniel MACIEJASZ']],
      ['landlord', ['Jean-Louis COTTIGNY', 'Bruno FONTALIRAND']],
      ['controller', []],
    ]);
    expect(await signatories('2026-10-01')).toEqual([
      ['department', ['Claire DUPONT']],
      ['landlord', ['Jean-Louis COTTIGNY', 'Bruno FONTALIRAND']],
      ['controller', []],
    ]);
    const listed = (await listAmendments(engine.db, admin, conventionId)).find((a) => a.number === 3)!;
    expect(listed.changes[0]!.previous).toEqual({
      signatories: [{ fullName: 'Daniel MACIEJASZ', title: 'Vice-Président' }],
    });
  });

  it('refuses an end date before the start, naming the change, and writes nothing', async () => {
    const error = await refused(
      admin,
      { ...extension, number: 10, changes: [{ field: 'period_end', date: '2023-06-30' }] },
      'INVARIANT_VIOLATED',
    );
    expect(error.message).toMatch(/postérieure au début de la convention \(01\/01\/2024\)/);
    expect(error.fieldErrors).toEqual([{ field: 'changes.0', message: error.message }]);
  });

  it('refuses an article the convention does not have', async () => {
    const error = await refused(
      admin,
      {
        ...extension,
        number: 10,
        changes: [
          { field: 'period_end', date: '2036-12-31' },
          { field: 'article_text', articleNumber: '42', body: 'Texte' },
        ],
      },
      'INVARIANT_VIOLATED',
    );
    expect(error.message).toContain("pas d'article 42");
    expect(error.fieldErrors.map((f) => f.field)).toEqual(['changes.1']);
  });

  it('refuses a signatory for an organisation that is not a party (nor the appointed controller)', async () => {
    const stranger = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office voisin' });
    const controlBody = await engine.db
      .selectFrom('convention_parties')
      .select('organisation_id')
      .where('party_role', '=', 'controller')
      .executeTakeFirstOrThrow();
    for (const organisationId of [stranger.id, controlBody.organisation_id]) {
      const error = await refused(
        coordinator,
        {
          ...extension,
          number: 10,
          changes: [{ field: 'signatory', organisationId, signatories: [{ fullName: 'X Y', title: 'Directeur' }] }],
        },
        'INVARIANT_VIOLATED',
      );
      expect(error.message).toMatch(/partie à la convention/);
    }
  });

  it('refuses an earlier amendment whose end date would end the convention before a later one takes effect', async () => {
    const error = await refused(
      admin,
      {
        number: 10,
        object: 'Fin anticipée',
        signedOn: '2026-02-15',
        effectiveOn: '2026-03-01',
        changes: [{ field: 'period_end', date: '2026-04-30' }],
      },
      'INVARIANT_VIOLATED',
    );
    expect(error.message).toMatch(/avenant n° 1/);
    // The view is unchanged: still extended from 01/06/2026.
    expect((await getConventionDetail(engine.db, admin, conventionId, '2026-05-01')).periodEnd).toBe('2033-12-31');
    expect((await getConventionDetail(engine.db, admin, conventionId, '2026-07-01')).periodEnd).toBe('2035-12-31');
  });

  it('refuses an amendment that would take effect after the convention has ended', async () => {
    const error = await refused(
      admin,
      {
        number: 10,
        object: 'Trop tard',
        signedOn: '2036-01-10',
        effectiveOn: '2036-02-01',
        changes: [{ field: 'article_text', articleNumber: '6', body: 'Texte' }],
      },
      'INVARIANT_VIOLATED',
    );
    expect(error.fieldErrors.map((f) => f.field)).toContain('effectiveOn');
  });

  it('refuses a number already used with CONFLICT on the number', async () => {
    const error = await refused(
      coordinator,
      { ...extension, number: 2, changes: [{ field: 'period_end', date: '2036-12-31' }] },
      'CONFLICT',
    );
    expect(error.message).toContain('n° 2');
    expect(error.fieldErrors[0]?.field).toBe('number');
  });

  it('refuses an effective date before the signature', async () => {
    const error = await refused(
      admin,
      { ...extension, number: 10, signedOn: '2026-06-15', effectiveOn: '2026-06-01' },
      'INVARIANT_VIOLATED',
    );
    expect(error.fieldErrors[0]).toEqual({ field: 'effectiveOn', message: expect.stringMatching(/date de signature/) });
  });

  it('lets neither the office manager nor a controller record an amendment', async () => {
    for (const principal of [officeManager, controller]) {
      const error = await refused(principal, { ...extension, number: 10 }, 'FORBIDDEN');
      expect(error.message).toMatch(/coordinateur DAT/);
    }
    const detail = await getConventionDetail(engine.db, officeManager, conventionId);
    expect(detail.can).toMatchObject({ recordAmendment: false, side: 'landlord' });
    expect((await getConventionDetail(engine.db, coordinator, conventionId)).can).toMatchObject({
      recordAmendment: true,
      side: 'department',
    });
  });

  it('refuses to bring an envelope below what is allocated, writing nothing', async () => {
    const error = await refused(
      coordinator,
      {
        ...extension,
        number: 10,
        changes: [{ field: 'envelope_amount', envelopeKind: 'investment', amount: '3999999.99' }],
      },
      'INVARIANT_VIOLATED',
    );
    expect(error.fieldErrors[0]).toEqual({
      field: 'changes.0',
      message: expect.stringMatching(/4\u202f000\u202f000,00\u00a0€ sont déjà alloués/),
    });
    expect(await engine.db.selectFrom('envelope_revisions').select('id').execute()).toEqual([]);
  });

  it('kept exactly the three accepted amendments, each with one audit event', async () => {
    const rows = await engine.db.selectFrom('amendments').select(['id', 'number']).orderBy('number').execute();
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3]);
    const events = await engine.db
      .selectFrom('audit_events')
      .select('entity_id')
      .where('entity_type', '=', 'amendment')
      .where('action', '=', 'create')
      .execute();
    expect(events.map((e) => e.entity_id).sort()).toEqual(rows.map((r) => r.id).sort());
  });
});
