import type { Principal } from '../../kernel/principal';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EnergyClass, TrajectoryDimension } from '../../../contracts/housing';
import type { OperationBody } from '../../../contracts/operations';
import type { Db } from '../../platform/db/connect';
import { buildTestApp, describeEachEngine, type TestApp } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { createOperation, updateOperation } from '../operations/operations.service';
import { listCalendars } from './calendar.service';
import type { CountedGroup } from './counted.rules';
import { UNLOCATED } from './counted.rules';
import { getTrajectory } from './trajectory.service';
import { getDwelling, listDwellings, retireDwelling } from './housing.service';
import { projectTrajectory, type StockDwelling } from './trajectory.rules';

const AS_OF = '2026-11-29';

/**
 * The set-based trajectory against the pure reference (trajectory.rules.ts, counted.rules.ts),
 * with dwellings picked one by one and counted by class, partly picked, cancelled, larger than
 * the stock of their class, and retired dwellings; on both engines. The reference reads the
 * tables as they are and recomputes everything one dwelling at a time.
 */
async function reference(db: Db, who: Principal, officeId: string, asOf: string) {
  const calendars = await listCalendars(db, who, asOf);
  const calendar = calendars.versions.find((v) => v.id === calendars.inForceId)!;
  const dwellings = await db
    .selectFrom('dwellings')
    .select(['id', 'territory', 'effective_class', 'retired_on'])
    .where('organisation_id', '=', officeId)
    .execute();
  const ops = await db
    .selectFrom('operations as o')
    .innerJoin('operation_phases as ph', (j) => j.onRef('ph.operation_id', '=', 'o.id').on('ph.phase', '=', 'delivery'))
    .select(['o.id', 'o.kind', 'o.status', 'o.commune_code', 'ph.planned_on', 'ph.actual_on'])
    .where('o.organisation_id', '=', officeId)
    .execute();
  const renovations = new Map(
    ops
      .filter((o) => o.kind === 'thermal_renovation' || o.kind === 'vacant_renovation')
      .map((o) => {
        const delivered = o.actual_on !== null && o.actual_on <= asOf;
        return [o.id, { ...o, delivered, deliveryDate: delivered ? o.actual_on : o.planned_on }];
      }),
  );
  const picked = await db.selectFrom('operation_dwellings').selectAll().execute();
  const counts = await db.selectFrom('operation_class_counts').selectAll().execute();
  const treatments = new Map<string, StockDwelling['treatments']>();
  for (const p of picked) {
    const o = renovations.get(p.operation_id);
    if (!o || o.status === 'cancelled' || !p.target_class || !o.deliveryDate) continue;
    const list = treatments.get(p.dwelling_id) ?? [];
    list.push({ deliveryDate: o.deliveryDate, delivered: o.delivered, targetClass: p.target_class as EnergyClass });
    treatments.set(p.dwelling_id, list);
  }
  const stock: StockDwelling[] = dwellings.map((d) => ({
    territory: d.territory,
    effectiveClass: d.effective_class as EnergyClass | null,
    treatments: treatments.get(d.id) ?? [],
    retiredOn: d.retired_on,
  }));
  const counted: CountedGroup[] = counts.flatMap((c) => {
    const o = renovations.get(c.operation_id);
    if (!o) return [];
    return [
      {
        operationId: o.id,
        communeCode: o.commune_code,
        classBefore: c.class_before as EnergyClass,
        targetClass: c.target_class as EnergyClass | null,
        count: c.dwelling_count,
        deliveryDate: o.deliveryDate,
        delivered: o.delivered,
        cancelled: o.status === 'cancelled',
        pickedClasses: picked
          .filter((p) => p.operation_id === o.id && p.class_before)
          .map((p) => p.class_before as EnergyClass),
      },
    ];
  });
  return projectTrajectory(stock, calendar.deadlines, asOf, counted);
}

describeEachEngine('counted dwellings and retired dwellings in the trajectory', (engine) => {
  let built: TestApp;
  let office: Principal;
  let officeId: string, conventionId: string;
  let gDwellings: string[];

  const body = (extra: Partial<OperationBody>): OperationBody => ({
    label: 'Réhabilitation par classe',
    kind: 'thermal_renovation',
    programme: 'pmt_2022_2024',
    communeCode: '62041',
    status: 'delivered',
    percentComplete: 100,
    dwellings: [],
    classCounts: [{ classBefore: 'G', targetClass: 'C', count: 100 }],
    fundingLines: [],
    phases: [
      { phase: 'start_order', actualOn: '2024-01-15' },
      { phase: 'delivery', plannedOn: '2024-12-15', actualOn: '2024-12-15' },
    ],
    ...extra,
  });

  const agrees = async (asOf = AS_OF) => {
    const t = await getTrajectory(engine.db, office, officeId, { asOf });
    expect(t.deadlines).toEqual(await reference(engine.db, office, officeId, asOf));
    for (const by of ['commune', 'epci', 'qpv', 'constructionType'] as TrajectoryDimension[]) {
      const b = (await getTrajectory(engine.db, office, officeId, { asOf, by })).breakdown!;
      for (const d of t.deadlines) {
        const lines = b.rows.filter((r) => r.date === d.date);
        for (const f of [
          'banned',
          'delivered',
          'planned',
          'deliveredCounted',
          'plannedCounted',
          'notProgrammed',
        ] as const)
          expect([by, d.date, f, lines.reduce((n, r) => n + r[f], 0)]).toEqual([by, d.date, f, d[f]]);
      }
    }
    return t;
  };

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
    office = await createTestUser(engine.db, { roles: ['office_manager'], organisationId: officeId });
    gDwellings = (
      await engine.db
        .selectFrom('dwellings')
        .select('id')
        .where('organisation_id', '=', officeId)
        .where('effective_class', '=', 'G')
        .orderBy('dwelling_key')
        .limit(3)
        .execute()
    ).map((d) => d.id);
  });
  afterAll(async () => built?.close());

  it('counts a delivered counted operation, then shrinks it as the office picks its dwellings', async () => {
    const before = await agrees();
    const op = await createOperation(engine.db, office, conventionId, body({}));
    const after = await agrees();
    expect(after.deadlines[0]).toMatchObject({
      banned: before.deadlines[0]!.banned,
      delivered: before.deadlines[0]!.delivered + 100,
      deliveredCounted: before.deadlines[0]!.deliveredCounted + 100,
    });
    // Seen from before its delivery, it is planned (at its planned date).
    expect((await agrees('2024-12-01')).deadlines[0]).toMatchObject({ plannedCounted: 100 });

    // The office picks 3 of its dwellings: 3 picked + 97 counted, the same 100.
    await updateOperation(
      engine.db,
      office,
      op.id,
      body({ dwellings: gDwellings.map((dwellingId) => ({ dwellingId, targetClass: 'C' })) }),
    );
    const picked = await agrees();
    expect(picked.deadlines[0]).toMatchObject({
      delivered: after.deadlines[0]!.delivered,
      deliveredCounted: after.deadlines[0]!.deliveredCounted - 3,
    });

    await updateOperation(
      engine.db,
      office,
      op.id,
      body({ status: 'cancelled', percentComplete: 0, phases: [{ phase: 'delivery', plannedOn: '2024-12-15' }] }),
    );
    expect((await agrees()).deadlines[0]).toMatchObject({ delivered: before.deadlines[0]!.delivered });
  });

  it('never brings out more dwellings than the stock has of the class; plans counted F renovations', async () => {
    await createOperation(
      engine.db,
      office,
      conventionId,
      body({ label: 'Trop grand', classCounts: [{ classBefore: 'G', targetClass: 'B', count: 5000 }] }),
    );
    await createOperation(
      engine.db,
      office,
      conventionId,
      body({
        label: 'Programmée',
        programme: 'pmt_2025_2030',
        status: 'planned',
        percentComplete: 0,
        communeCode: '62193',
        classCounts: [{ classBefore: 'F', targetClass: 'C', count: 40 }],
        phases: [{ phase: 'delivery', plannedOn: '2027-06-30' }],
      }),
    );
    const t = await agrees();
    expect(t.deadlines[0]).toMatchObject({ notProgrammed: 0 });
    expect(t.deadlines[1]!.plannedCounted).toBeGreaterThanOrEqual(40);
    const byQpv = (await getTrajectory(engine.db, office, officeId, { asOf: AS_OF, by: 'qpv' })).breakdown!;
    expect(byQpv.rows.find((r) => r.key === UNLOCATED)).toMatchObject({ label: 'Non localisés' });
  });

  it('retires a dwelling (office only, audited, once): out of the trajectory as of its retirement date', async () => {
    const [one] = gDwellings;
    const before = await agrees();
    const department = await createTestUser(engine.db, {
      roles: ['department_agent'],
      organisationId: (
        await engine.db
          .selectFrom('organisations')
          .select('id')
          .where('siret', '=', '22620001200012')
          .executeTakeFirstOrThrow()
      ).id,
    });
    expect((await getDwelling(engine.db, department, one!)).can.retire).toBe(false);
    await expect(
      retireDwelling(engine.db, department, one!, { reason: 'demolition', on: '2026-06-30' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(retireDwelling(engine.db, office, one!, { reason: 'sale', on: '2999-01-01' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ field: 'on' }],
    });
    expect((await getDwelling(engine.db, office, one!)).can.retire).toBe(true);
    const retired = await retireDwelling(engine.db, office, one!, { reason: 'demolition', on: '2026-06-30' });
    expect(retired).toMatchObject({
      retirement: { on: '2026-06-30', reason: 'demolition', reasonLabel: 'Démolition' },
      can: { retire: false },
    });
    await expect(retireDwelling(engine.db, office, one!, { reason: 'sale', on: '2026-07-01' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const audit = await engine.db
      .selectFrom('audit_events')
      .select(['action', 'organisation_id'])
      .where('entity_type', '=', 'dwelling')
      .where('entity_id', '=', one!)
      .execute();
    expect(audit).toEqual([{ action: 'retire', organisation_id: officeId }]);
    expect((await agrees()).deadlines[0]!.banned).toBe(before.deadlines[0]!.banned - 1);
    expect((await agrees('2026-06-29')).deadlines[0]!.banned).toBe(before.deadlines[0]!.banned);
    const listed = await listDwellings(engine.db, office, officeId, { page: 1, pageSize: 500, effectiveClass: ['G'] });
    expect(listed.items.find((d) => d.id === one)?.retirement?.reasonLabel).toBe('Démolition');
  });
});
