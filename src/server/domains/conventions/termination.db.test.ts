import type { Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { CreateNoticeBody } from '../../../contracts/convention-content';
import { AppError } from '../../platform/errors';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { getConventionDetail } from './conventions.service';
import { createNotice, listNotices, terminate, withdrawNotice } from './termination.service';

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Article 9: formal notice, three calendar months, withdrawal, termination and the status that follows. */
describeEachEngine('conventions: termination', (engine) => {
  let admin: Principal;
  let coordinator: Principal;
  let officeManager: Principal;
  let departmentAgent: Principal;
  let conventionId: string;
  let departmentId: string;
  let officeId: string;
  let firstNoticeId: string;

  const notice = (values: Partial<CreateNoticeBody> = {}): CreateNoticeBody => ({
    sentOn: '2025-11-30',
    reason: 'Engagements 1.1.a et 2.2.b non respectés',
    registeredLetterRef: 'RAR 1A 234 567 8901 2',
    ...values,
  });
  const writes = async () =>
    (
      await sql<{ notices: number; events: number; terminated: number }>`select
        (select count(*)::int from termination_notices) as notices,
        (select count(*)::int from audit_events) as events,
        (select count(*)::int from conventions where terminated_on is not null) as terminated`.execute(engine.db)
    ).rows[0]!;
  const eventsOf = (entityId: string) =>
    engine.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action', 'actor_user_id', 'before', 'after'])
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();

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
    admin = await createTestUser(engine.db, { roles: ['admin'] });
    coordinator = await createTestUser(engine.db, {
      roles: ['coordinator'],
      organisationId: departmentId,
      displayName: 'Coordinatrice DAT',
    });
    officeManager = await createTestUser(engine.db, {
      roles: ['office_manager'],
      organisationId: officeId,
      displayName: 'Directeur de l’office',
    });
    departmentAgent = await createTestUser(engine.db, { roles: ['department_agent'], organisationId: departmentId });
  });

  it('records a notice sent on 30/11/2025: termination possible from 28/02/2026, audited', async () => {
    const created = await createNotice(engine.db, coordinator, conventionId, notice());
    expect(created).toMatchObject({
      sentOn: '2025-11-30',
      earliestEffectiveOn: '2026-02-28',
      sendingOrganisationId: departmentId,
      sendingOrganisationName: 'Département du Pas-de-Calais',
      withdrawnOn: null,
      terminatedOn: null,
      createdBy: 'Coordinatrice DAT',
    });
    firstNoticeId = created.id;
    const events = await eventsOf(created.id);
    expect(events).toEqual([
      {
        entity_type: 'termination_notice',
        action: 'create',
        actor_user_id: coordinator.id,
        before: null,
        after: expect.objectContaining({ earliestEffectiveOn: '2026-02-28' }),
      },
    ]);
    const detail = await getConventionDetail(engine.db, coordinator, conventionId, '2026-01-10');
    expect(detail.pendingTermination).toEqual({
      id: created.id,
      sentOn: '2025-11-30',
      earliestEffectiveOn: '2026-02-28',
      sendingOrganisationName: 'Département du Pas-de-Calais',
    });
    expect(detail.can.sendTerminationNotice).toBe(true);
  });

  it('refuses a second open notice with CONFLICT, whoever sends it', async () => {
    const before = await writes();
    for (const principal of [coordinator, officeManager]) {
      const error = await appError(createNotice(engine.db, principal, conventionId, notice({ sentOn: '2026-01-05' })));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain('30/11/2025');
    }
    expect(await writes()).toEqual(before);
  });

  it('refuses a termination before notice + 3 months, naming 28/02/2026', async () => {
    const before = await writes();
    const error = await appError(terminate(engine.db, coordinator, firstNoticeId, '2026-02-27'));
    expect(error.code).toBe('INVARIANT_VIOLATED');
    expect(error.message).toContain('28/02/2026');
    expect(error.fieldErrors[0]?.field).toBe('effectiveOn');
    expect(await writes()).toEqual(before);
  });

  it('withdraws the notice: it stays in the list with its date and reason, and can no longer ground a termination', async () => {
    const withdrawn = await withdrawNotice(engine.db, coordinator, firstNoticeId, {
      withdrawnOn: '2025-12-20',
      reason: 'Plan de rattrapage accepté en COPIL',
    });
    expect(withdrawn).toMatchObject({
      id: firstNoticeId,
      withdrawnOn: '2025-12-20',
      withdrawalReason: 'Plan de rattrapage accepté en COPIL',
      terminatedOn: null,
    });
    const list = await listNotices(engine.db, officeManager, conventionId);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: firstNoticeId,
      sentOn: '2025-11-30',
      withdrawnOn: '2025-12-20',
      withdrawalReason: 'Plan de rattrapage accepté en COPIL',
    });
    expect((await eventsOf(firstNoticeId)).map((e) => e.action)).toEqual(['create', 'withdraw']);

    const before = await writes();
    const error = await appError(terminate(engine.db, coordinator, firstNoticeId, '2026-03-02'));
    expect(error.code).toBe('INVARIANT_VIOLATED');
    expect(error.message).toContain('retirée');
    expect(
      (
        await appError(
          withdrawNotice(engine.db, coordinator, firstNoticeId, { withdrawnOn: '2025-12-21', reason: 'Encore' }),
        )
      ).code,
    ).toBe('CONFLICT');
    expect(await writes()).toEqual(before);
    expect((await getConventionDetail(engine.db, admin, conventionId, '2026-03-02')).pendingTermination).toBeNull();
  });

  it('refuses a notice from a department agent (FORBIDDEN) and a notice dated in the future', async () => {
    const before = await writes();
    expect(
      (await appError(createNotice(engine.db, departmentAgent, conventionId, notice({ sentOn: '2026-01-15' })))).code,
    ).toBe('FORBIDDEN');
    const future = await appError(createNotice(engine.db, coordinator, conventionId, notice({ sentOn: '2099-01-01' })));
    expect(future.code).toBe('VALIDATION_FAILED');
    expect(future.fieldErrors[0]?.field).toBe('sentOn');
    const early = await appError(createNotice(engine.db, coordinator, conventionId, notice({ sentOn: '2023-12-01' })));
    expect(early.code).toBe('VALIDATION_FAILED');
    expect(await writes()).toEqual(before);
    expect((await getConventionDetail(engine.db, departmentAgent, conventionId)).can.sendTerminationNotice).toBe(false);
  });

  it('lets the office manager send a notice for the office only, whatever organisation the body names', async () => {
    const created = await createNotice(
      engine.db,
      officeManager,
      conventionId,
      notice({ sentOn: '2026-01-15', sendingOrganisationId: departmentId }),
    );
    expect(created).toMatchObject({
      sendingOrganisationId: officeId,
      sendingOrganisationName: 'Pas-de-Calais habitat',
      earliestEffectiveOn: '2026-04-15',
    });
    // The Département's coordinator did not send it and may not withdraw it.
    const error = await appError(
      withdrawNotice(engine.db, coordinator, created.id, { withdrawnOn: '2026-01-20', reason: 'Non' }),
    );
    expect(error.code).toBe('FORBIDDEN');
    const list = await listNotices(engine.db, admin, conventionId);
    expect(list.map((n) => n.sentOn)).toEqual(['2026-01-15', '2025-11-30']); // newest first
  });

  it('terminates on the earliest date: terminated from that day, not before; audited', async () => {
    const open = (await listNotices(engine.db, officeManager, conventionId)).find((n) => !n.withdrawnOn)!;
    expect((await appError(terminate(engine.db, officeManager, open.id, '2026-04-14'))).message).toContain(
      '15/04/2026',
    );
    const done = await terminate(engine.db, officeManager, open.id, '2026-04-15');
    expect(done).toMatchObject({ id: open.id, terminatedOn: '2026-04-15', withdrawnOn: null });

    const eve = await getConventionDetail(engine.db, admin, conventionId, '2026-04-14');
    expect(eve.status).not.toBe('terminated');
    expect(eve.terminatedOn).toBeNull();
    for (const asOf of ['2026-04-15', '2027-01-01']) {
      const after = await getConventionDetail(engine.db, admin, conventionId, asOf);
      expect(after).toMatchObject({ status: 'terminated', terminatedOn: '2026-04-15', pendingTermination: null });
    }
    expect((await getConventionDetail(engine.db, coordinator, conventionId)).status).toBe('terminated'); // today is later

    const row = await engine.db
      .selectFrom('conventions')
      .select('terminated_on')
      .where('id', '=', conventionId)
      .executeTakeFirstOrThrow();
    expect(row.terminated_on).toBe('2026-04-15');
    const events = await eventsOf(conventionId);
    expect(events.at(-1)).toEqual({
      entity_type: 'convention',
      action: 'terminate',
      actor_user_id: officeManager.id,
      before: { terminatedOn: null },
      after: { terminatedOn: '2026-04-15', noticeId: open.id },
    });
  });

  it('refuses to terminate twice, and any new notice once terminated', async () => {
    const open = (await listNotices(engine.db, admin, conventionId)).find((n) => n.terminatedOn)!;
    const before = await writes();
    expect((await appError(terminate(engine.db, admin, open.id, '2026-05-01'))).message).toContain('déjà');
    const again = await appError(
      createNotice(
        engine.db,
        admin,
        conventionId,
        notice({ sentOn: '2026-05-01', sendingOrganisationId: departmentId }),
      ),
    );
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('résiliée');
    expect(await writes()).toEqual(before);
  });
});
