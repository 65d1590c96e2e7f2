import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../../contracts/audit';
import { todayInParis } from '../../../contracts/dates';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestUser } from '../../test/fixtures';

const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describeEachEngine('audit API', (engine) => {
  let built: TestApp;
  let admin: LoggedIn;
  let officeAgent: LoggedIn;
  let coordinator: LoggedIn;
  let controller: LoggedIn;

  const page = async (session: LoggedIn, query: string) => {
    const response = await session.inject('GET', `/api/audit${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as AuditPage;
  };
  const countEvents = async (where = sql`true`) =>
    (await sql<{ n: number }>`select count(*)::int as n from audit_events where ${where}`.execute(engine.db)).rows[0]!
      .n;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'kind']).execute();
    const office = orgs.find((o) => o.kind === 'landlord')!.id;
    const department = orgs.find((o) => o.kind === 'department')!.id;
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string | null) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    officeAgent = await login(['office_manager'], office);
    coordinator = await login(['coordinator'], department);
    controller = await login(['controller'], null);
  });
  afterAll(async () => built?.close());

  it('lists the newest events first, with their hash, for the administrator', async () => {
    const result = await page(admin, '');
    expect(result.total).toBe(await countEvents());
    expect(result.page).toBe(1);
    expect(result.pageSize).toBe(50);
    const ids = result.items.map((e) => BigInt(e.id));
    expect([...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(ids);
    expect(result.items[0]).toMatchObject({
      entityType: 'session',
      action: 'login',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(new Date(result.items[0]!.occurredAt).toISOString()).toBe(result.items[0]!.occurredAt);
  });

  it('filters by entity type, action and entity', async () => {
    const orgs = await page(admin, '?entityType=organisation');
    expect(orgs.total).toBeGreaterThanOrEqual(2); // the seed's two parties
    expect(orgs.total).toBe(await countEvents(sql`entity_type = 'organisation'`));
    expect(orgs.items.every((e) => e.entityType === 'organisation')).toBe(true);

    const seeds = await page(admin, '?action=seed&pageSize=200');
    expect(seeds.total).toBe(await countEvents(sql`action = 'seed'`));
    expect(seeds.items.every((e) => e.action === 'seed')).toBe(true);
    expect(seeds.items.map((e) => e.entityType)).toEqual(
      expect.arrayContaining(['convention', 'organisation', 'organisation']),
    );

    const conventionSeeds = await page(admin, '?entityType=convention&action=seed');
    expect(conventionSeeds.total).toBe(await countEvents(sql`entity_type = 'convention' and action = 'seed'`));
    const reference = await engine.db
      .selectFrom('conventions')
      .select('id')
      .where('period_start', '=', '2024-01-01')
      .executeTakeFirstOrThrow();
    expect(conventionSeeds.items.map((e) => e.entityId)).toContain(reference.id);

    const one = await page(admin, `?entityId=${encodeURIComponent(reference.id)}`);
    expect(one.total).toBe(await countEvents(sql`entity_id = ${reference.id}`));
    expect(one.items.every((e) => e.entityId === reference.id)).toBe(true);
    expect((await page(admin, '?action=delete')).total).toBe(0);
  });

  it('filters by actor, treating % and _ literally', async () => {
    const system = await page(admin, '?actor=syst%C3%A8me%20copil');
    expect(system.total).toBe(await countEvents(sql`actor_label = 'Système Copil'`));
    expect(system.items.every((e) => e.actorUserId === null)).toBe(true);
    expect((await page(admin, '?actor=%25')).total).toBe(0);
    expect((await page(admin, '?actor=_')).total).toBe(0);
  });

  it('filters by Paris calendar days, both bounds included', async () => {
    const today = todayInParis();
    const all = (await page(admin, '')).total;
    expect((await page(admin, `?from=${today}&to=${today}`)).total).toBe(all);
    expect((await page(admin, `?from=${shiftDay(today, 1)}`)).total).toBe(0);
    expect((await page(admin, `?to=${shiftDay(today, -1)}`)).total).toBe(0);
  });

  it('counts an event at 00:30 in Paris (23:30 UTC the day before) in the Paris day', async () => {
    await sql`insert into audit_events (occurred_at, actor_label, entity_type, entity_id, action, prev_hash, hash)
              values ('2024-12-31T23:30:00Z', 'Sonde', 'tz-probe', '1', 'create', 'x', 'tz-probe-hash')`.execute(
      engine.db,
    );
    try {
      expect((await page(admin, '?entityType=tz-probe&from=2025-01-01&to=2025-01-01')).total).toBe(1);
      expect((await page(admin, '?entityType=tz-probe&from=2024-12-31&to=2024-12-31')).total).toBe(0);
      // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Paris.
      await sql`update audit_events set occurred_at = '2024-06-30T22:30:00Z' where entity_type = 'tz-probe'`.execute(
        engine.db,
      );
      expect((await page(admin, '?entityType=tz-probe&from=2024-07-01&to=2024-07-01')).total).toBe(1);
      expect((await page(admin, '?entityType=tz-probe&to=2024-06-30')).total).toBe(0);
    } finally {
      await sql`delete from audit_events where entity_type = 'tz-probe'`.execute(engine.db);
    }
  });

  it('pages through the events', async () => {
    const all = await page(admin, '?pageSize=200');
    const second = await page(admin, '?pageSize=2&page=2');
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    expect(second.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));
    expect((await page(admin, '?page=1000')).items).toEqual([]);
  });

  it('refuses a start date after the end date, and invalid dates or sizes, with 400', async () => {
    const reversed = expectProblem(
      await admin.inject('GET', '/api/audit?from=2024-03-01&to=2024-02-01'),
      400,
      'VALIDATION_FAILED',
    );
    expect(reversed.errors?.[0]?.field).toBe('from');
    expect(reversed.detail).toMatch(/postérieure/);
    for (const query of ['from=2024-02-30', 'to=01/02/2024', 'pageSize=500', 'page=0', 'page=abc']) {
      const problem = expectProblem(await admin.inject('GET', `/api/audit?${query}`), 400, 'VALIDATION_FAILED');
      expect(problem.errors?.[0]?.field).toBe(query.split('=')[0]);
    }
  });

  it('is closed to office users, open to the coordinator and the controller', async () => {
    const forbidden = expectProblem(await officeAgent.inject('GET', '/api/audit'), 403, 'FORBIDDEN');
    expect(forbidden.detail).toMatch(/réservé/);
    expectProblem(await officeAgent.inject('GET', '/api/audit/verify'), 403, 'FORBIDDEN');
    expect((await page(coordinator, '?pageSize=1')).items).toHaveLength(1);
    // A controller whose organisation is party to no convention reads nothing (issue #17).
    expect((await page(controller, '?pageSize=1')).items).toHaveLength(0);
  });

  it('verifies the chain through the API, and reports a tampered event', async () => {
    const ok = await admin.inject('GET', '/api/audit/verify');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      valid: true,
      checkedEvents: await countEvents(),
      firstBrokenEventId: null,
      reason: null,
      checkedCheckpoints: 0,
    });

    const target = (await page(admin, '?entityType=convention&action=seed')).items[0]!;
    await sql`update audit_events set after = jsonb_set(after, '{title}', '"Autre titre"') where id = ${BigInt(target.id)}`.execute(
      engine.db,
    );
    const broken = await controller.inject('GET', '/api/audit/verify');
    expect(broken.json()).toMatchObject({
      valid: false,
      firstBrokenEventId: target.id,
      reason: expect.stringMatching(/modifié/),
    });
  });
});
