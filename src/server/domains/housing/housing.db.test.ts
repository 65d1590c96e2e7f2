import type { Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { energyClasses, type EnergyClass } from '../../../contracts/housing';
import { AppError } from '../../platform/errors';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { addCalendarVersion, listCalendars } from './calendar.service';
import { worseClass } from './housing.rules';
import { createEstablishment, getStockSummary, listDwellings, listEstablishments, listStocks } from './housing.service';
import { getTrajectory } from './trajectory.service';
import { projectTrajectory } from './trajectory.rules';
import type { Deadline } from './calendar.rules';

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const TODAY = '2026-11-29';

/** The stock, the demonstration data, the calendar and the trajectory, on both engines. */
describeEachEngine('housing: stock, calendar, trajectory', (engine) => {
  let officeId: string;
  let departmentId: string;
  let admin: Principal;
  let officeManager: Principal;
  let departmentAgent: Principal;
  let controller: Principal;
  let outsider: Principal;
  let otherLandlordId: string;
  const seedTimes: number[] = [];

  beforeAll(async () => {
    const started = Date.now();
    await runSeed(engine.db, 'reference');
    seedTimes.push(Date.now() - started);
    console.info(`[${engine.kind}] reference seed with the demonstration stock: ${seedTimes[0]} ms`);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    admin = await createTestUser(engine.db, { roles: ['admin'] });
    officeManager = await createTestUser(engine.db, { roles: ['office_manager'], organisationId: officeId });
    departmentAgent = await createTestUser(engine.db, { roles: ['department_agent'], organisationId: departmentId });
    controller = await createTestUser(engine.db, { roles: ['controller'], organisationId: departmentId });
    const other = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office voisin' });
    otherLandlordId = other.id;
    outsider = await createTestUser(engine.db, { roles: ['office_manager'], organisationId: other.id });
  });

  it('seeds the demonstration stock with the convention’s figures exactly', async () => {
    const s = await getStockSummary(engine.db, departmentAgent, officeId);
    expect(s.dwellings).toBe(39_658);
    expect(s.byConstructionType).toEqual({ collective: 27_553, individual: 12_105, student: 0 });
    expect([s.byEffectiveClass.G, s.byEffectiveClass.F, s.byEffectiveClass.E]).toEqual([205, 1_260, 8_780]);
    expect(s.byEffectiveClass.A + s.byEffectiveClass.B + s.byEffectiveClass.C + s.byEffectiveClass.D).toBe(29_413);
    expect(s.withoutDpe).toBe(0);
    expect(s.establishments).toEqual({
      residences: 58,
      beds: 1_839,
      beguinages: 60,
      beguinageDwellings: 937,
      isDemo: true,
    });
    expect(s.isDemo).toBe(true);
    expect(s.demoNotice).toMatch(/^Données de démonstration/);
    expect(s.epcis).toBe(20);
    expect(s.byEpci).toHaveLength(20);
    expect(s.byEpci.reduce((n, e) => n + e.dwellings, 0)).toBe(39_658);
    expect(s.byEpci.map((e) => e.dwellings)).toEqual([...s.byEpci.map((e) => e.dwellings)].sort((a, b) => b - a));
    expect(s.byEpci.some((e) => e.name === "CU d'Arras")).toBe(true);
    expect(s.communes).toBe(209); // « une présence effective de proximité dans 209 communes »
    expect(s.inQpv).toBe(13_219); // « un tiers du parc » en quartier prioritaire
    expect(s.can).toEqual({ import: false, manageEstablishments: false });
  });

  it('does not seed it twice', async () => {
    expect(await runSeed(engine.db, 'reference')).toBe('present');
    expect((await getStockSummary(engine.db, admin, officeId)).dwellings).toBe(39_658);
  });

  it('computes the effective class in the database as the rules do, for every pair', async () => {
    const landlord = await createTestOrganisation(engine.db, { kind: 'landlord' });
    const pairs = [...energyClasses, null].flatMap((e) => [...energyClasses, null].map((g) => [e, g] as const));
    await engine.db
      .insertInto('dwellings')
      .values(
        pairs.map(([e, g], i) => ({
          organisation_id: landlord.id,
          dwelling_key: `I:p${i}`,
          ident_int: `p${i}`,
          commune_code: '62041',
          territory: 'mainland' as const,
          construction_type: 'collective' as const,
          energy_class: e,
          ghg_class: g,
          created_at: new Date(),
          updated_at: new Date(),
        })),
      )
      .execute();
    const rows = await engine.db
      .selectFrom('dwellings')
      .select(['ident_int', 'energy_class', 'ghg_class', 'effective_class'])
      .where('organisation_id', '=', landlord.id)
      .execute();
    expect(rows).toHaveLength(64);
    for (const r of rows)
      expect(r.effective_class).toBe(
        worseClass(r.energy_class as EnergyClass | null, r.ghg_class as EnergyClass | null),
      );
  });

  it('shows 205 at the 2025 deadline, 1,465 at 2028 and 10,245 at 2034 when nothing is planned', async () => {
    const t = await getTrajectory(engine.db, departmentAgent, officeId, { asOf: TODAY });
    expect(t.calendar.label).toBe('Loi Climat et résilience');
    expect(t.isDemo).toBe(true);
    expect(
      t.deadlines.map((d) => [
        d.date,
        d.banned,
        d.delivered,
        d.planned,
        d.notProgrammed,
        d.yearsLeft,
        d.requiredPacePerYear,
      ]),
    ).toEqual([
      ['2025-01-01', 205, 0, 0, 205, 0, null],
      ['2028-01-01', 1_465, 0, 0, 1_465, 2, 733],
      ['2034-01-01', 10_245, 0, 0, 10_245, 8, 1_281],
    ]);
    expect(t.deadlines[0]!.passed).toBe(true);
    expect(t.deadlines.map((d) => d.rules)).toEqual([
      [{ territory: 'mainland', bannedClass: 'G' }],
      [{ territory: 'mainland', bannedClass: 'F' }],
      [{ territory: 'mainland', bannedClass: 'E' }],
    ]);
  });

  it('breaks the trajectory down by EPCI, commune, QPV and building type, summing to the totals', async () => {
    for (const by of ['epci', 'commune', 'qpv', 'constructionType'] as const) {
      const t = await getTrajectory(engine.db, admin, officeId, { asOf: TODAY, by });
      for (const d of t.deadlines) {
        const rows = t.breakdown!.rows.filter((r) => r.date === d.date);
        expect(rows.reduce((n, r) => n + r.banned, 0)).toBe(d.banned);
      }
    }
    const byType = await getTrajectory(engine.db, admin, officeId, { asOf: TODAY, by: 'constructionType' });
    expect(
      byType
        .breakdown!.rows.filter((r) => r.date === '2034-01-01')
        .map((r) => r.label)
        .sort(),
    ).toEqual(['Collectif', 'Individuel']);
    const byEpci = await getTrajectory(engine.db, admin, officeId, { asOf: TODAY, by: 'epci' });
    expect(byEpci.breakdown!.rows.some((r) => r.label === "CU d'Arras")).toBe(true);
    const byQpv = await getTrajectory(engine.db, admin, officeId, { asOf: TODAY, by: 'qpv' });
    expect(byQpv.breakdown!.rows.some((r) => r.key === null && r.label === 'Hors QPV')).toBe(true);
  });

  it('applies the overseas calendar to overseas communes, as the rules say', async () => {
    const landlord = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Bailleur mixte' });
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: landlord.id });
    const spec: [string, 'mainland' | 'overseas', EnergyClass, number][] = [
      ['62041', 'mainland', 'G', 2],
      ['62041', 'mainland', 'F', 3],
      ['62041', 'mainland', 'E', 4],
      ['97411', 'overseas', 'G', 10],
      ['97411', 'overseas', 'F', 20],
      ['97411', 'overseas', 'E', 40],
      ['97105', 'overseas', 'C', 5],
    ];
    let i = 0;
    const values = spec.flatMap(([commune, territory, c, n]) =>
      Array.from({ length: n }, () => ({
        organisation_id: landlord.id,
        dwelling_key: `I:o${++i}`,
        ident_int: `o${i}`,
        commune_code: commune,
        territory,
        construction_type: 'collective' as const,
        energy_class: c,
        ghg_class: 'A',
        created_at: new Date(),
        updated_at: new Date(),
      })),
    );
    await engine.db.insertInto('dwellings').values(values).execute();
    const t = await getTrajectory(engine.db, user, landlord.id, { asOf: TODAY });
    expect(t.deadlines.map((d) => [d.date, d.banned])).toEqual([
      ['2025-01-01', 2],
      ['2028-01-01', 15],
      ['2031-01-01', 35],
      ['2034-01-01', 39],
    ]);
    const calendar = (await listCalendars(engine.db, user, TODAY)).versions.find((v) => v.inForce)!;
    const deadlines: Deadline[] = calendar.deadlines.map((d) => ({
      territory: d.territory,
      bannedClass: d.bannedClass,
      effectiveFrom: d.effectiveFrom,
    }));
    const reference = projectTrajectory(
      values.map((v) => ({ territory: v.territory, effectiveClass: v.energy_class, treatments: [] })),
      deadlines,
      TODAY,
    );
    expect(t.deadlines).toEqual(reference);
  });

  it('lets the stock be read by the landlord, its Départements and controllers, and the administrator only', async () => {
    for (const who of [officeManager, departmentAgent, controller, admin])
      expect((await getStockSummary(engine.db, who, officeId)).dwellings).toBe(39_658);
    expect((await appError(getStockSummary(engine.db, outsider, officeId))).code).toBe('NOT_FOUND');
    expect((await appError(getTrajectory(engine.db, outsider, officeId, {}))).code).toBe('NOT_FOUND');
    expect((await appError(listDwellings(engine.db, outsider, officeId, { page: 1, pageSize: 10 }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await appError(getStockSummary(engine.db, departmentAgent, otherLandlordId))).code).toBe('NOT_FOUND');
    expect((await listStocks(engine.db, outsider)).map((s) => s.organisationId)).toEqual([otherLandlordId]);
    expect(
      (await listStocks(engine.db, departmentAgent)).map((s) => [s.name, s.dwellings, s.isDemo, s.canImport]),
    ).toEqual([['Pas-de-Calais habitat', 39_658, true, false]]);
    expect((await listStocks(engine.db, officeManager))[0]!.canImport).toBe(true);
    expect((await listStocks(engine.db, admin)).length).toBeGreaterThanOrEqual(3);
  });

  it('lists and filters dwellings, labelled as demonstration data', async () => {
    const page = await listDwellings(engine.db, officeManager, officeId, {
      page: 2,
      pageSize: 25,
      effectiveClass: ['G'],
    });
    expect([page.total, page.items.length, page.isDemo]).toEqual([205, 25, true]);
    expect(page.items.every((d) => d.effectiveClass === 'G' && d.isDemo)).toBe(true);
    const arras = await listDwellings(engine.db, officeManager, officeId, {
      page: 1,
      pageSize: 1,
      communeCode: '62041',
      constructionType: 'individual',
    });
    expect(arras.items[0]).toMatchObject({
      communeName: 'Arras',
      epciName: "CU d'Arras",
      constructionType: 'individual',
    });
    const qpv = await listDwellings(engine.db, officeManager, officeId, { page: 1, pageSize: 1, qpv: 'in' });
    expect(qpv.total).toBeGreaterThan(0);
  });

  it('keeps establishments: the office adds one, a Département agent may not', async () => {
    const created = await createEstablishment(engine.db, officeManager, officeId, {
      kind: 'beguinage',
      name: 'Béguinage des Tilleuls',
      communeCode: '62041',
      dwellings: 12,
      managerName: 'Pas-de-Calais habitat',
    });
    expect(created).toMatchObject({ communeName: 'Arras', dwellings: 12, isDemo: false });
    const list = await listEstablishments(engine.db, departmentAgent, officeId);
    expect(list.totals).toEqual({ residences: 58, beds: 1_839, beguinages: 61, beguinageDwellings: 949 });
    expect(list.can.manage).toBe(false);
    expect(
      (
        await appError(
          createEstablishment(engine.db, departmentAgent, officeId, {
            kind: 'beguinage',
            name: 'X',
            communeCode: '62041',
            dwellings: 1,
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await appError(
          createEstablishment(engine.db, officeManager, officeId, {
            kind: 'beguinage',
            name: 'X',
            communeCode: '62999',
            dwellings: 1,
          }),
        )
      ).message,
    ).toBe('Code commune « 62999 » inconnu du découpage administratif officiel.');
  });

  it('follows a calendar version added by the administrator from its in-force date', async () => {
    const body = {
      label: 'Report de l’échéance E (exemple de test)',
      legalReference: 'Loi de test',
      inForceFrom: '2026-07-01',
      deadlines: [
        { territory: 'mainland' as const, bannedClass: 'G' as const, effectiveFrom: '2025-01-01' },
        { territory: 'mainland' as const, bannedClass: 'F' as const, effectiveFrom: '2028-01-01' },
        { territory: 'mainland' as const, bannedClass: 'E' as const, effectiveFrom: '2036-01-01' },
        { territory: 'overseas' as const, bannedClass: 'G' as const, effectiveFrom: '2028-01-01' },
        { territory: 'overseas' as const, bannedClass: 'F' as const, effectiveFrom: '2031-01-01' },
      ],
    };
    expect((await appError(addCalendarVersion(engine.db, officeManager, body))).code).toBe('FORBIDDEN');
    const incoherent = {
      ...body,
      deadlines: body.deadlines.map((d) =>
        d.bannedClass === 'G' && d.territory === 'mainland' ? { ...d, effectiveFrom: '2030-01-01' } : d,
      ),
    };
    expect((await appError(addCalendarVersion(engine.db, admin, incoherent))).code).toBe('VALIDATION_FAILED');
    const version = await addCalendarVersion(engine.db, admin, body);
    expect(version.inForce).toBe(true);
    expect((await appError(addCalendarVersion(engine.db, admin, body))).code).toBe('CONFLICT');

    const now = await getTrajectory(engine.db, departmentAgent, officeId, { asOf: TODAY });
    expect(now.calendar.id).toBe(version.id);
    expect(now.deadlines.map((d) => [d.date, d.banned])).toEqual([
      ['2025-01-01', 205],
      ['2028-01-01', 1_465],
      ['2036-01-01', 10_245],
    ]);
    const before = await getTrajectory(engine.db, departmentAgent, officeId, { asOf: '2026-06-30' });
    expect(before.deadlines.map((d) => d.date)).toEqual(['2025-01-01', '2028-01-01', '2034-01-01']);
    const calendars = await listCalendars(engine.db, departmentAgent, TODAY);
    expect(calendars.versions.map((v) => [v.inForceFrom, v.inForce])).toEqual([
      ['2021-08-25', false],
      ['2026-07-01', true],
    ]);
    expect(calendars.can.add).toBe(false);
    const event = await sql<{
      action: string;
    }>`select action from audit_events where entity_type = 'letting_ban_calendar' and entity_id = ${version.id}`.execute(
      engine.db,
    );
    expect(event.rows).toEqual([{ action: 'create' }]);
  });
});
