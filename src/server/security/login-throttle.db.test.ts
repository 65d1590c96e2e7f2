import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config';
import { buildTestApp, describeEachEngine, expectProblem, loginAs, type TestApp } from '../test/engines';
import { createTestUser } from '../test/fixtures';

/**
 * Issue #17 (3): the login throttle holds under concurrency and cannot be evaded by a rotating
 * X-Forwarded-For; an account is delayed, not locked for good, and an administrator can lift it.
 */
const attempt = (built: TestApp, remoteAddress: string, email: string, headers: Record<string, string> = {}) =>
  built.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    headers,
    payload: { email, password: 'Wrong-Password-1' },
  });

const attemptsOf = async (built: TestApp, address: string) =>
  (
    await built.database.db
      .selectFrom('login_throttle')
      .select('attempts')
      .where('key', '=', `ip:${address}`)
      .executeTakeFirst()
  )?.attempts;

describeEachEngine(
  'login throttle under concurrency',
  (engine) => {
    let built: TestApp;
    beforeAll(async () => {
      built = await buildTestApp(engine);
    });
    afterAll(async () => built?.close());

    it('answers some of 60 concurrent bad logins from one address with 429, and counts all 60', async () => {
      const address = '192.0.2.60';
      const responses = await Promise.all(
        Array.from({ length: 60 }, (_, i) => attempt(built, address, `concurrent-${i}@example.test`)),
      );
      const counts = { 401: 0, 429: 0, other: 0 };
      for (const r of responses) {
        if (r.statusCode === 401 || r.statusCode === 429) counts[r.statusCode] += 1;
        else counts.other += 1;
      }
      console.info(`60 concurrent bad logins: ${counts[401]} × 401, ${counts[429]} × 429, ${counts.other} other`);
      expect(counts).toEqual({ 401: 20, 429: 40, other: 0 });
      expect(await attemptsOf(built, address)).toBe(60);
    });
  },
  { serverOnly: true },
);

describeEachEngine('login throttle and account delay', (engine) => {
  let built: TestApp;
  let proxied: TestApp;
  beforeAll(async () => {
    built = await buildTestApp(engine);
    proxied = await buildTestApp(engine, { TRUST_PROXY: '10.9.9.9' });
  });
  afterAll(async () => {
    await proxied?.close();
    await built?.close();
  });

  it('does not let a rotating X-Forwarded-For evade the throttle when no proxy is declared', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push(
        (await attempt(built, '192.0.2.25', `rotate-${i}@example.test`, { 'x-forwarded-for': `203.0.113.${i + 1}` }))
          .statusCode,
      );
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
  });

  it('believes X-Forwarded-For only from a declared proxy', async () => {
    // A client that is not the declared proxy: its header is ignored, it is counted as itself.
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++)
      statuses.push(
        (await attempt(proxied, '192.0.2.26', `spoof-${i}@example.test`, { 'x-forwarded-for': `198.18.0.${i + 1}` }))
          .statusCode,
      );
    expect(statuses.slice(20)).toEqual([429, 429]);
    // The declared proxy: each forwarded client is counted apart.
    const viaProxy = await attempt(proxied, '10.9.9.9', 'forwarded@example.test', { 'x-forwarded-for': '198.18.1.1' });
    expect(viaProxy.statusCode).toBe(401);
    expect(await attemptsOf(proxied, '198.18.1.1')).toBe(1);
    expect(await attemptsOf(proxied, '10.9.9.9')).toBeUndefined();
  });

  it('delays an account (429, Retry-After, French message) after five wrong passwords, and the administrator unlocks it', async () => {
    const user = await createTestUser(engine.db, { roles: ['admin'] });
    const admin = await loginAs(built.app, built.initialAdmin?.email ?? '', built.initialAdmin?.password ?? '', {
      remoteAddress: '192.0.2.100',
    }).catch(async () => {
      const other = await createTestUser(engine.db, { roles: ['admin'] });
      return loginAs(built.app, other.email, other.password, { remoteAddress: '192.0.2.100' });
    });
    const tryAs = (password: string) =>
      built.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '192.0.2.101',
        payload: { email: user.email, password },
      });
    for (let i = 0; i < 4; i++) expectProblem(await tryAs(`Wrong-Password-${i}`), 401, 'INVALID_CREDENTIALS');
    const delayed = await tryAs('Wrong-Password-4');
    const problem = expectProblem(delayed, 429, 'ACCOUNT_LOCKED');
    expect(problem.detail).toMatch(/bloqué jusqu'à \d\d:\d\d/);
    expect(Number(delayed.headers['retry-after'])).toBeGreaterThan(0);
    expectProblem(await tryAs(user.password), 429, 'ACCOUNT_LOCKED');

    const listed = (await admin.inject('GET', '/api/users')).json<{ id: string; lockedUntil: string | null }[]>();
    expect(listed.find((u) => u.id === user.id)?.lockedUntil).not.toBeNull();

    const unlocked = await admin.inject('POST', `/api/users/${user.id}/unlock`);
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json()).toMatchObject({ id: user.id, lockedUntil: null });
    expect((await tryAs(user.password)).statusCode).toBe(200);
    const event = await engine.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'after'])
      .where('entity_id', '=', user.id)
      .where('action', '=', 'unlock')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({
      action: 'unlock',
      actor_user_id: admin.user.id,
      after: { failedAttempts: 0, lockedUntil: null },
    });

    // Nobody else may unlock; an unknown account is a 404.
    const other = await createTestUser(engine.db, { roles: ['coordinator'] });
    const coordinator = await loginAs(built.app, other.email, other.password, { remoteAddress: '192.0.2.102' });
    expectProblem(await coordinator.inject('POST', `/api/users/${user.id}/unlock`), 403, 'FORBIDDEN');
    expectProblem(
      await admin.inject('POST', '/api/users/00000000-0000-4000-8000-000000000000/unlock'),
      404,
      'NOT_FOUND',
    );
  });
});

describe('TRUST_PROXY', () => {
  it('refuses `true` (any X-Forwarded-For believed) with a message naming what to give instead', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY.*adresses de vos relais/s);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1,10.0.0.2' }).trustProxy).toBe('10.0.0.1,10.0.0.2');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({}).trustProxy).toBe(false);
  });
});
