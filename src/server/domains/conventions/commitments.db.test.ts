import type { Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { SetStatusBody } from '../../../contracts/convention-content';
import { AppError } from '../../platform/errors';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { getCommitment, getObjectivesTree, setCommitmentStatus } from './commitments.service';
import { getConventionDetail } from './conventions.service';

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Statuses set in the same millisecond would tie on set_at: keep them apart. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Commitments' yearly statuses: who sets which, justification, history, confidentiality. */
describeEachEngine('conventions: commitments', (engine) => {
  let officeAgent: Principal;
  let departmentAgent: Principal;
  let controllers: Principal[];
  let electedMember: Principal;
  let outsider: Principal;
  let conventionId: string;
  /** Commitment ids by code: 1.1.a is the office's, 1.1.c joint, 1.3.c the Département's. */
  const ids: Record<string, string> = {};

  const statusCount = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from commitment_statuses`.execute(engine.db)).rows[0]!.n;
  const eventCount = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from audit_events`.execute(engine.db)).rows[0]!.n;
  const nodes = async (principal: Principal, year: number) => {
    const tree = await getObjectivesTree(engine.db, principal, conventionId, year);
    return [...tree.objectives.flatMap((o) => o.axes), ...tree.partnerCommitments].flatMap((a) => a.commitments);
  };
  /** Expects the status to be refused with `code`, writing nothing. */
  const refused = async (principal: Principal, code: string, body: SetStatusBody, commitment: string) => {
    const [statuses, events] = [await statusCount(), await eventCount()];
    const error = await appError(setCommitmentStatus(engine.db, principal, ids[commitment] ?? commitment, body));
    expect(error.code).toBe(code);
    expect([await statusCount(), await eventCount()]).toEqual([statuses, events]);
    return error;
  };

  beforeAll(async () => {
    await runSeed(engine.db, 'reference');
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    for (const c of await engine.db
      .selectFrom('commitments')
      .select(['id', 'code'])
      .where('convention_id', '=', conventionId)
      .execute())
      ids[c.code] = c.id;
    officeAgent = await createTestUser(engine.db, {
      roles: ['office_agent'],
      organisationId: officeId,
      displayName: 'Agent office',
    });
    departmentAgent = await createTestUser(engine.db, {
      roles: ['department_agent'],
      organisationId: departmentId,
      displayName: 'Agent Département',
    });
    electedMember = await createTestUser(engine.db, { roles: ['elected_member'], organisationId: departmentId });
    const controlBody = await createTestOrganisation(engine.db, { kind: 'control_body' });
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
    controllers = [
      await createTestUser(engine.db, { roles: ['controller'], organisationId: controlBody.id }),
      // A controller never writes, even inside a party organisation or with another role.
      await createTestUser(engine.db, { roles: ['controller', 'department_agent'], organisationId: departmentId }),
    ];
    const otherLandlord = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office d’à côté' });
    outsider = await createTestUser(engine.db, {
      roles: ['office_manager', 'office_agent'],
      organisationId: otherLandlord.id,
    });
  });

  it('finds the three kinds of commitment used below', async () => {
    const byCode = new Map((await nodes(officeAgent, 2025)).map((n) => [n.code, n]));
    expect([byCode.get('1.1.a')?.party, byCode.get('1.1.c')?.party, byCode.get('1.3.c')?.party]).toEqual([
      'landlord',
      'both',
      'department',
    ]);
    expect([byCode.get('1.1.a')?.canSet, byCode.get('1.1.c')?.canSet, byCode.get('1.3.c')?.canSet]).toEqual([
      true,
      true,
      false,
    ]);
    const forDepartment = new Map((await nodes(departmentAgent, 2025)).map((n) => [n.code, n.canSet]));
    expect([forDepartment.get('1.1.a'), forDepartment.get('1.1.c'), forDepartment.get('1.3.c')]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it("lets an office agent set the office's and the joint commitments, not the Département's", async () => {
    const own = await setCommitmentStatus(engine.db, officeAgent, ids['1.1.a']!, { year: 2025, status: 'in_progress' });
    expect(own).toMatchObject({
      year: 2025,
      status: 'in_progress',
      comment: null,
      evidenceUrl: null,
      evidenceDocument: null,
      setBy: 'Agent office',
    });
    await tick();
    const joint = await setCommitmentStatus(engine.db, officeAgent, ids['1.1.c']!, {
      year: 2025,
      status: 'not_started',
      comment: 'Réunion prévue',
    });
    expect(joint).toMatchObject({ status: 'not_started', comment: 'Réunion prévue' });
    const error = await refused(officeAgent, 'FORBIDDEN', { year: 2025, status: 'in_progress' }, '1.3.c');
    expect(error.message).toBe("Cet engagement relève du Département : seuls ses agents en renseignent l'état.");
  });

  it("lets a Département agent set the Département's and the joint commitments, not the office's", async () => {
    await tick();
    expect(
      await setCommitmentStatus(engine.db, departmentAgent, ids['1.3.c']!, { year: 2025, status: 'in_progress' }),
    ).toMatchObject({ setBy: 'Agent Département' });
    await tick();
    expect(
      await setCommitmentStatus(engine.db, departmentAgent, ids['1.1.c']!, {
        year: 2025,
        status: 'in_progress',
        comment: 'Lancé',
      }),
    ).toMatchObject({ status: 'in_progress' });
    const error = await refused(departmentAgent, 'FORBIDDEN', { year: 2025, status: 'in_progress' }, '1.1.a');
    expect(error.message).toBe("Cet engagement relève de l'office : seuls ses agents en renseignent l'état.");
    // Article 3: A3.1 is the Département's, A3.2 the office's.
    await tick();
    await setCommitmentStatus(engine.db, departmentAgent, ids['A3.1.a']!, { year: 2025, status: 'not_applicable' });
    await refused(departmentAgent, 'FORBIDDEN', { year: 2025, status: 'in_progress' }, 'A3.2.a');
  });

  it('lets neither a controller nor an elected member set anything', async () => {
    for (const principal of [...controllers, electedMember]) {
      for (const code of ['1.1.a', '1.1.c', '1.3.c']) {
        const error = await refused(principal, 'FORBIDDEN', { year: 2025, status: 'in_progress' }, code);
        expect(error.message).toMatch(/seuls/i);
      }
      expect((await nodes(principal, 2025)).some((n) => n.canSet)).toBe(false);
      expect((await getCommitment(engine.db, principal, ids['1.1.c']!)).canSet).toBe(false);
    }
  });

  it('refuses "achieved" or "not achieved" without a comment or evidence', async () => {
    for (const body of [
      { year: 2025, status: 'achieved' },
      { year: 2025, status: 'achieved', comment: '   ', evidenceUrl: null },
      { year: 2025, status: 'not_achieved', comment: null },
    ] as SetStatusBody[]) {
      const error = await refused(officeAgent, 'VALIDATION_FAILED', body, '1.1.a');
      expect(error.message).toMatch(/justifié/);
      expect(error.fieldErrors[0]?.field).toBe('comment');
    }
    await tick();
    const withLink = await setCommitmentStatus(engine.db, officeAgent, ids['1.2.b']!, {
      year: 2025,
      status: 'not_achieved',
      evidenceUrl: 'https://example.test/bilan-2025.pdf',
    });
    expect(withLink).toMatchObject({
      status: 'not_achieved',
      comment: null,
      evidenceUrl: 'https://example.test/bilan-2025.pdf',
    });
  });

  it('appends statuses: the history keeps both, newest first; the tree shows the latest of that year only', async () => {
    await tick();
    const achieved = await setCommitmentStatus(engine.db, officeAgent, ids['1.1.a']!, {
      year: 2025,
      status: 'achieved',
      comment: '120 logements livrés',
    });
    await tick();
    const other = await setCommitmentStatus(engine.db, officeAgent, ids['1.1.a']!, {
      year: 2026,
      status: 'in_progress',
    });

    const detail = await getCommitment(engine.db, officeAgent, ids['1.1.a']!);
    expect(detail).toMatchObject({
      code: '1.1.a',
      party: 'landlord',
      conventionId,
      objective: { code: '1' },
      axis: { code: '1.1' },
      canSet: true,
    });
    expect(detail.history.map((h) => [h.year, h.status])).toEqual([
      [2026, 'in_progress'],
      [2025, 'achieved'],
      [2025, 'in_progress'],
    ]);
    expect(detail.history[0]!.id).toBe(other.id);
    expect(detail.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033]);
    expect(detail.years.find((y) => y.year === 2025)!.current).toEqual(achieved);
    expect(detail.years.find((y) => y.year === 2024)!.current).toBeNull();

    const tree2025 = new Map((await nodes(departmentAgent, 2025)).map((n) => [n.code, n.status]));
    expect(tree2025.get('1.1.a')).toMatchObject({
      id: achieved.id,
      status: 'achieved',
      comment: '120 logements livrés',
    });
    expect(tree2025.get('1.1.c')).toMatchObject({
      status: 'in_progress',
      comment: 'Lancé',
      setBy: 'Agent Département',
    });
    expect(tree2025.get('1.1.b')).toBeNull();
    const tree2026 = await nodes(departmentAgent, 2026);
    expect(tree2026.filter((n) => n.status !== null).map((n) => [n.code, n.status!.status])).toEqual([
      ['1.1.a', 'in_progress'],
    ]);
    expect((await nodes(departmentAgent, 2024)).every((n) => n.status === null)).toBe(true);
  });

  it('refuses a year outside the period', async () => {
    for (const year of [2023, 2034]) {
      const error = await refused(officeAgent, 'VALIDATION_FAILED', { year, status: 'in_progress' }, '1.1.a');
      expect(error.fieldErrors).toEqual([{ field: 'year', message: expect.any(String) }]);
      expect(error.message).toContain('2024–2033');
    }
  });

  it("hides everything from another landlord's user: NOT_FOUND, like a missing commitment", async () => {
    expect((await appError(getConventionDetail(engine.db, outsider, conventionId))).code).toBe('NOT_FOUND');
    expect((await appError(getObjectivesTree(engine.db, outsider, conventionId, 2025))).code).toBe('NOT_FOUND');
    const hidden = await appError(getCommitment(engine.db, outsider, ids['1.1.a']!));
    const missing = await appError(getCommitment(engine.db, outsider, '00000000-0000-4000-8000-00000000abcd'));
    expect(hidden.code).toBe('NOT_FOUND');
    expect(missing.code).toBe('NOT_FOUND');
    await refused(outsider, 'NOT_FOUND', { year: 2025, status: 'in_progress' }, '1.1.a');
    await refused(outsider, 'NOT_FOUND', { year: 2025, status: 'in_progress' }, '00000000-0000-4000-8000-00000000abcd');
  });

  it('audits each status with the value before and after', async () => {
    const events = await engine.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action', 'actor_user_id', 'before', 'after'])
      .where('entity_id', '=', ids['1.1.a']!)
      .orderBy('id')
      .execute();
    expect(
      events.every(
        (e) => e.entity_type === 'commitment' && e.action === 'update' && e.actor_user_id === officeAgent.id,
      ),
    ).toBe(true);
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [
        null,
        {
          code: '1.1.a',
          year: 2025,
          status: 'in_progress',
          comment: null,
          evidenceUrl: null,
          evidenceDocumentId: null,
        },
      ],
      [
        { year: 2025, status: 'in_progress', comment: null },
        {
          code: '1.1.a',
          year: 2025,
          status: 'achieved',
          comment: '120 logements livrés',
          evidenceUrl: null,
          evidenceDocumentId: null,
        },
      ],
      [
        null,
        {
          code: '1.1.a',
          year: 2026,
          status: 'in_progress',
          comment: null,
          evidenceUrl: null,
          evidenceDocumentId: null,
        },
      ],
    ]);
    const total = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_events where entity_type = 'commitment'`.execute(engine.db);
    expect(total.rows[0]!.n).toBe(await statusCount());
  });
});
