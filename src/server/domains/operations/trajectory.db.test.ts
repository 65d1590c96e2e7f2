import type { Principal } from '../../kernel/principal';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OperationBody } from '../../../contracts/operations';
import { getTrajectory } from '../housing/trajectory.service';
import { buildTestApp, describeEachEngine, type TestApp } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { createOperation, updateOperation } from './operations.service';

/**
 * The operations feed the housing trajectory (treatmentsSource): a renovation counts as planned at
 * its planned delivery date, as delivered from its actual delivery date; an abandoned one, works
 * that do not renovate, or a delivery after the deadline do not count.
 */
describeEachEngine('operations in the trajectory', (engine) => {
  let built: TestApp;
  let office: Principal;
  let officeId: string, conventionId: string;
  let dwellings: string[];

  const at = async (asOf: string, date: string) =>
    (await getTrajectory(engine.db, office, officeId, { asOf })).deadlines.find((d) => d.date === date)!;
  const body = (dwellingIds: string[], extra: Partial<OperationBody> = {}): OperationBody => ({
    label: 'Réhabilitation',
    kind: 'thermal_renovation',
    programme: 'pmt_2025_2030',
    communeCode: '62041',
    status: 'planned',
    percentComplete: 0,
    dwellings: dwellingIds.map((dwellingId) => ({ dwellingId, targetClass: 'D' })),
    classCounts: [],
    fundingLines: [],
    phases: [
      { phase: 'start_order', plannedOn: '2026-02-01' },
      { phase: 'delivery', plannedOn: '2027-09-30' },
    ],
    ...extra,
  });

  beforeAll(async () => {
    built = await buildTestApp(engine);
    officeId = (
      await engine.db
        .selectFrom('organisations')
        .select('id')
        .where('siret', '=', '34407767200022')
        .executeTakeFirstOrThrow()
    ).id;
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    office = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: officeId });
    dwellings = (
      await engine.db
        .selectFrom('dwellings')
        .select('id')
        .where('organisation_id', '=', officeId)
        .where('effective_class', '=', 'F')
        .orderBy('dwelling_key')
        .limit(4)
        .execute()
    ).map((d) => d.id);
  });
  afterAll(async () => built?.close());

  it('counts planned renovations at their planned delivery date, before the deadline only', async () => {
    const before = await at('2026-11-29', '2028-01-01');
    const planned = await createOperation(engine.db, office, conventionId, body(dwellings.slice(0, 2)));
    await createOperation(
      engine.db,
      office,
      conventionId,
      body([dwellings[2]!], { phases: [{ phase: 'delivery', plannedOn: '2028-03-01' }] }),
    );
    await createOperation(engine.db, office, conventionId, body([dwellings[3]!], { kind: 'maintenance' }));
    expect(await at('2026-11-29', '2028-01-01')).toMatchObject({
      banned: before.banned,
      planned: before.planned + 2,
      delivered: before.delivered,
    });
    // At the 2034 deadline (E banned) the late one counts too; the maintenance never does.
    expect((await at('2026-11-29', '2034-01-01')).planned).toBe(3);

    await updateOperation(
      engine.db,
      office,
      planned.id,
      body(dwellings.slice(0, 2), {
        status: 'delivered',
        percentComplete: 100,
        phases: [
          { phase: 'start_order', actualOn: '2026-02-02' },
          { phase: 'delivery', plannedOn: '2027-09-30', actualOn: '2026-10-01' },
        ],
      }),
    );
    expect(await at('2026-11-29', '2028-01-01')).toMatchObject({
      planned: before.planned,
      delivered: before.delivered + 2,
    });
    // Seen from before the actual delivery, it is still planned (at its planned date).
    expect(await at('2026-09-30', '2028-01-01')).toMatchObject({
      planned: before.planned + 2,
      delivered: before.delivered,
    });

    await updateOperation(engine.db, office, planned.id, body(dwellings.slice(0, 2), { status: 'cancelled' }));
    expect(await at('2026-11-29', '2028-01-01')).toMatchObject({
      planned: before.planned,
      delivered: before.delivered,
    });
  });
});
