import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IndicatorDetail, IndicatorsOverview } from '../../../contracts/indicators';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';

/** Indicators through HTTP on both engines: the seed's history, entry by the responsible party, audit, computed figures. */
describeEachEngine('indicators API', (engine) => {
  let built: TestApp;
  let officeAgent: LoggedIn;
  let departmentAgent: LoggedIn;
  let controller: LoggedIn;
  let outsider: LoggedIn;
  let conventionId: string;
  let overview: IndicatorsOverview;
  const byCode = (code: string) => overview.indicators.find((i) => i.code === code)!;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const other = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office voisin' });
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string | null) => {
      const user = await createTestUser(engine.db, { roles, organisationId, displayName: `Agent ${roles.join('+')}` });
      return loginAs(built.app, user.email, user.password);
    };
    officeAgent = await login(['office_agent'], officeId);
    departmentAgent = await login(['department_agent'], departmentId);
    controller = await login(['controller'], departmentId);
    outsider = await login(['office_agent'], other.id);
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    const response = await departmentAgent.inject('GET', `/api/conventions/${conventionId}/indicators`);
    expect(response.statusCode, response.body).toBe(200);
    overview = response.json<IndicatorsOverview>();
  });
  afterAll(async () => {
    await built.close();
  });

  it('loads the indicators of the seed with their history, sources and targets', () => {
    const young = byCode('J1J1L');
    expect(young.objective.code).toBe('2');
    expect(young.axis?.code).toBe('2.2');
    expect(young.values.map((v) => [v.period, v.value, v.source])).toEqual([
      ['2022', '37', 'Convention 2024-2033, article 1 (bilan des partenariats 2021-2023)'],
      ['2021', '35', 'Convention 2024-2033, article 1 (bilan des partenariats 2021-2023)'],
    ]);
    expect(young.years.find((y) => y.year === 2021)).toMatchObject({ value: '35', status: 'no_target' });
    expect(byCode('ASE').values[0]).toMatchObject({ period: '2023', value: '82' });
    expect(byCode('VIF-FORM').values[0]?.value).toBe('120');
    expect(byCode('ACCUEIL').values[0]).toMatchObject({
      value: '73',
      comment: expect.stringContaining('31 agences, 10 points de contact et 32 permanences'),
    });
    expect(byCode('SENIORS').values[0]).toMatchObject({ period: '2022', value: '9708' });
    expect(byCode('ADAPT').years.find((y) => y.year === 2024)).toMatchObject({
      target: '250',
      targetComment: 'Chaque année 250 à 300 logements',
      value: '0',
      status: 'off_target',
    });
    expect(byCode('MAINT-LOG').years.find((y) => y.year === 2030)?.target).toBe('2500');
    expect(byCode('MAINT-EUR').years.find((y) => y.year === 2024)?.target).toBe('20000000');
    expect(byCode('RENOV-EFG').years.find((y) => y.year === 2033)?.target).toBe('10245');
    expect(byCode('RENOV-EFG').years.find((y) => y.year === 2027)?.target).toBe('1465');
  });

  it('computes the housing and money indicators from Copil’s data', () => {
    const renovated = byCode('RENOV-EFG');
    expect(renovated.computation).toBe('renovated_dwellings');
    expect(renovated.canEnter).toBe(false);
    expect(renovated.values.find((v) => v.period === '2024')).toMatchObject({
      enteredBy: 'Calculé par Copil',
      source: expect.stringContaining('trajectoire du patrimoine au 31/12/2024'),
    });
    const banned = byCode('INTERDITS').values.find((v) => v.period === '2024')!;
    expect(banned.comment).toBe('Échéance du 01/01/2025');
    expect(Number(banned.value)).toBeGreaterThanOrEqual(0);
    expect(byCode('SUBV-VERSEES').values.find((v) => v.period === '2024')?.value).toBe('0.00');
  });

  it('counts the dwellings of adaptation operations delivered in the year', async () => {
    const officeId = officeAgent.user.organisation!.id;
    const insertOperation = async (
      reference: string,
      status: 'delivered' | 'in_progress',
      deliveredOn: string | null,
      count: number,
    ) => {
      const { id } = await engine.db
        .insertInto('operations')
        .values({
          convention_id: conventionId,
          organisation_id: officeId,
          reference,
          label: `Adaptation ${reference}`,
          kind: 'adaptation',
          programme: 'pmt_2022_2024',
          commune_code: '62041',
          residence: null,
          status,
          percent_complete: 100,
          energy_before: null,
          energy_after: null,
          cost_excl_tax_cents: null,
          cost_incl_tax_cents: null,
          risks: null,
          comments: null,
          created_by: officeAgent.user.id,
          created_at: new Date(),
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await engine.db
        .insertInto('operation_class_counts')
        .values({ operation_id: id, class_before: 'D', target_class: 'D', dwelling_count: count })
        .execute();
      await engine.db
        .insertInto('operation_phases')
        .values({ operation_id: id, phase: 'delivery', planned_on: '2024-06-30', actual_on: deliveredOn })
        .execute();
    };
    await insertOperation('ADA-1', 'delivered', '2024-05-15', 140);
    await insertOperation('ADA-2', 'delivered', '2024-11-02', 120);
    await insertOperation('ADA-3', 'in_progress', null, 50);
    await insertOperation('ADA-4', 'delivered', '2025-02-01', 7);
    const detail = (
      await departmentAgent.inject('GET', `/api/indicators/${byCode('ADAPT').id}`)
    ).json<IndicatorDetail>();
    expect(detail.years.find((y) => y.year === 2024)).toMatchObject({
      value: '260',
      target: '250',
      status: 'on_target',
    });
    expect(detail.years.find((y) => y.year === 2025)).toMatchObject({ value: '7', status: 'off_target' });
    expect(detail.canEnter).toBe(false);
  });

  it('lets the responsible party enter a value, audited, kept in the history', async () => {
    const adapt = byCode('MAINT-EUR');
    const other = await departmentAgent.inject('GET', `/api/indicators/${adapt.id}`);
    expect(other.json<IndicatorDetail>().canEnter).toBe(false);
    const first = await officeAgent.inject('POST', `/api/indicators/${adapt.id}/values`, {
      period: '2024',
      value: '19500000',
      comment: 'Bilan provisoire',
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await officeAgent.inject('POST', `/api/indicators/${adapt.id}/values`, {
      period: '2024',
      value: '21400000,50',
      source: 'Tableau de suivi 2024',
      comment: null,
    });
    const detail = second.json<IndicatorDetail>();
    expect(detail.years.find((y) => y.year === 2024)).toMatchObject({ value: '21400000.50', status: 'on_target' });
    expect(detail.history.map((h) => h.value)).toEqual(['21400000.50', '19500000']);
    expect(detail.history[0]?.enteredBy).toBe('Agent office_agent');
    const events = await engine.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('entity_id', '=', adapt.id)
      .where('action', '=', 'enter_value')
      .execute();
    expect(events).toHaveLength(2);
    expect(events.map((e) => (e.before as { value?: string } | null)?.value ?? null).sort()).toEqual(
      ['19500000', null].sort(),
    );
  });

  it('refuses the other party, a controller, a computed indicator and outsiders', async () => {
    const adapt = byCode('MAINT-EUR');
    expectProblem(
      await departmentAgent.inject('POST', `/api/indicators/${adapt.id}/values`, { period: '2024', value: '1' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await controller.inject('POST', `/api/indicators/${adapt.id}/values`, { period: '2024', value: '1' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await officeAgent.inject('POST', `/api/indicators/${byCode('RENOV-EFG').id}/values`, {
        period: '2024',
        value: '1',
      }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await outsider.inject('GET', `/api/indicators/${adapt.id}`), 404, 'NOT_FOUND');
    expectProblem(await outsider.inject('GET', `/api/conventions/${conventionId}/indicators`), 404, 'NOT_FOUND');
  });

  it('names the field when a period or a value is wrong', async () => {
    const adapt = byCode('J1J1L');
    const future = expectProblem(
      await officeAgent.inject('POST', `/api/indicators/${adapt.id}/values`, { period: '2031', value: '10' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(future.errors?.[0]).toMatchObject({ field: 'period', message: expect.stringContaining("n'a pas commencé") });
    const half = expectProblem(
      await officeAgent.inject('POST', `/api/indicators/${adapt.id}/values`, { period: '2024-S1', value: '10' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(half.errors?.[0]?.message).toMatch(/annuel/);
    const bad = expectProblem(
      await officeAgent.inject('POST', `/api/indicators/${adapt.id}/values`, { period: '2024', value: 'beaucoup' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.[0]?.field).toBe('value');
    expectProblem(
      await officeAgent.inject(
        'POST',
        `/api/indicators/${adapt.id}/values`,
        { period: '2024', value: '1' },
        { csrf: false },
      ),
      403,
      'CSRF_TOKEN_INVALID',
    );
  });
});
