import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrations } from './migrations';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type InjectResponse,
  type LoggedIn,
  type TestApp,
} from './test/engines';
import { createTestUser, luhnSiret, STRONG_PASSWORD } from './test/fixtures';

/** The API's own pipeline through inject(): authentication, CSRF, errors as problem details. */
describeEachEngine('API', (engine) => {
  let built: TestApp;
  let admin: LoggedIn;
  const seen: InjectResponse[] = [];
  let address = 0;

  const call = async (promise: Promise<InjectResponse>) => {
    const response = await promise;
    seen.push(response);
    return response;
  };
  const anonymous = (
    method: 'GET' | 'POST',
    url: string,
    payload?: object | string,
    headers: Record<string, string> = {},
  ) =>
    call(
      built.app.inject({
        method,
        url,
        headers,
        remoteAddress: `192.0.2.${++address}`,
        ...(payload === undefined ? {} : { payload }),
      }),
    );

  beforeAll(async () => {
    built = await buildTestApp(engine);
    expect(built.initialAdmin).not.toBeNull();
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
  });
  afterAll(async () => built?.close());

  it('reports its health publicly without any version; versions to the administrator only', async () => {
    const response = await anonymous('GET', '/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', engine: engine.kind });
    expect(response.body).not.toMatch(/\d+\.\d+|migration|version/i);
    const detailed = await admin.inject('GET', '/api/health');
    expect(detailed.json()).toEqual({
      status: 'ok',
      engine: engine.kind,
      databaseVersion: expect.stringMatching(/^\d+(\.\d+)?/),
      migrations: Object.keys(migrations),
    });
  });

  it('answers its liveness probe without a session and without the database', async () => {
    const response = await anonymous('GET', '/api/health/live');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('publishes its OpenAPI 3 description without a session', async () => {
    const response = await anonymous('GET', '/api/docs/json');
    expect(response.statusCode).toBe(200);
    const doc = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/conventions', '/api/conventions/{id}', '/api/auth/login', '/api/audit', '/api/health']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('answers a wrong login with 401 problem details in French', async () => {
    const response = await anonymous('POST', '/api/auth/login', {
      email: built.initialAdmin!.email,
      password: 'Not-The-Password-1',
    });
    const body = expectProblem(response, 401, 'INVALID_CREDENTIALS');
    expect(body.detail).toBe('Adresse électronique ou mot de passe incorrect.');
    expect(body.title).toBe('Identifiants incorrects');
    expect(body.instance).toBe('/api/auth/login');
    expect(response.cookies.find((c) => c.name === 'copil_session')).toBeUndefined();
  });

  it('logs in with an HttpOnly, SameSite session cookie and gives the CSRF token', async () => {
    const response = await anonymous('POST', '/api/auth/login', {
      email: built.initialAdmin!.email,
      password: built.initialAdmin!.password,
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'copil_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy(); // http://localhost
    const body = response.json() as { csrfToken: string; user: { email: string }; expiresAt: string };
    expect(body.user.email).toBe(built.initialAdmin!.email);
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const session = await admin.inject('GET', '/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ csrfToken: admin.csrf, user: { roles: ['admin'] } });
  });

  it('refuses private routes without a session, or with a forged cookie', async () => {
    expectProblem(await anonymous('GET', '/api/conventions'), 401, 'UNAUTHENTICATED');
    const forged = await anonymous('GET', '/api/conventions', undefined, { cookie: `${admin.cookie.slice(0, -3)}abc` });
    expectProblem(forged, 401, 'SESSION_EXPIRED');
  });

  it('answers an expired session with 401 SESSION_EXPIRED and clears the cookie', async () => {
    const user = await createTestUser(engine.db, { roles: ['admin'] });
    const session = await loginAs(built.app, user.email, user.password);
    await sql`update sessions set expires_at = now() - interval '1 minute' where user_id = ${user.id}`.execute(
      engine.db,
    );
    const response = await call(session.inject('GET', '/api/auth/session'));
    const body = expectProblem(response, 401, 'SESSION_EXPIRED');
    expect(body.detail).toMatch(/session a expiré/);
    const cleared = response.cookies.find((c) => c.name === 'copil_session');
    expect(cleared?.value).toBe('');
    expect(await engine.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const body = { name: 'Bailleur CSRF', kind: 'landlord', siret: luhnSiret() };
    expectProblem(
      await call(admin.inject('POST', '/api/organisations', body, { csrf: false })),
      403,
      'CSRF_TOKEN_INVALID',
    );
    expectProblem(
      await call(
        admin.inject('POST', '/api/organisations', body, {
          csrf: false,
          headers: { 'x-csrf-token': 'x'.repeat(admin.csrf.length) },
        }),
      ),
      403,
      'CSRF_TOKEN_INVALID',
    );
    expect(
      await engine.db.selectFrom('organisations').select('id').where('name', '=', 'Bailleur CSRF').execute(),
    ).toEqual([]);
    const created = await call(admin.inject('POST', '/api/organisations', body));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Bailleur CSRF', siret: body.siret });
  });

  it('answers malformed JSON with 400 MALFORMED_REQUEST', async () => {
    const headers = { 'content-type': 'application/json' };
    expectProblem(await anonymous('POST', '/api/auth/login', '{"email": "a@b.c", ', headers), 400, 'MALFORMED_REQUEST');
    const authed = await call(admin.inject('POST', '/api/organisations', '{not json', { headers }));
    expectProblem(authed, 400, 'MALFORMED_REQUEST');
  });

  it('answers an unknown address with 404 problem details, with or without a session', async () => {
    const body = expectProblem(await anonymous('GET', '/api/nothing-here'), 404, 'NOT_FOUND');
    expect(body.detail).toContain('/api/nothing-here');
    expectProblem(await call(admin.inject('GET', '/api/nothing-here')), 404, 'NOT_FOUND');
    expectProblem(await anonymous('GET', '/no-web-app-built'), 404, 'NOT_FOUND');
  });

  it('answers invalid input with 400 and one entry per field', async () => {
    const response = await call(admin.inject('POST', '/api/organisations', { name: '', kind: 'bank', siret: 12 }));
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body.errors!.map((e) => e.field).sort()).toEqual(['kind', 'name', 'siret']);
    expect(body.errors!.find((e) => e.field === 'name')!.message).toBe('Le nom est obligatoire.');
    expect(body.errors!.find((e) => e.field === 'kind')!.message).toMatch(/^Type inconnu/);

    const checksum = await call(
      admin.inject('POST', '/api/organisations', { name: 'Clé fausse', kind: 'landlord', siret: '22620001200013' }),
    );
    expect(expectProblem(checksum, 400, 'VALIDATION_FAILED').errors).toEqual([
      { field: 'siret', message: expect.stringMatching(/clé de contrôle/) },
    ]);

    const badId = await call(admin.inject('GET', '/api/conventions/not-a-uuid'));
    expect(expectProblem(badId, 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe('id');
  });

  it('answers a duplicate with 409 naming the field', async () => {
    const response = await call(
      admin.inject('POST', '/api/organisations', { name: 'Doublon', kind: 'department', siret: '22620001200012' }),
    );
    expect(expectProblem(response, 409, 'CONFLICT').errors?.[0]?.field).toBe('siret');
  });

  it('accepts only JSON bodies: a form-encoded login is 415', async () => {
    const response = await anonymous('POST', '/api/auth/login', 'email=a%40b.c&password=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('creates an account through the API and lets that person in', async () => {
    const created = await call(
      admin.inject('POST', '/api/users', {
        email: 'API.Agent@Example.test',
        displayName: 'Agent API',
        organisationId: null,
        roles: ['admin'],
        password: STRONG_PASSWORD,
      }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'api.agent@example.test', roles: ['admin'] });
    const weak = await call(
      admin.inject('POST', '/api/users', {
        email: 'weak@example.test',
        displayName: 'W',
        organisationId: null,
        roles: ['admin'],
        password: 'weak',
      }),
    );
    expect(expectProblem(weak, 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe('password');
    const session = await loginAs(built.app, 'api.agent@example.test', STRONG_PASSWORD);
    expect(session.user.email).toBe('api.agent@example.test');
    const list = await call(admin.inject('GET', '/api/users'));
    expect((list.json() as { email: string }[]).map((u) => u.email)).toContain('api.agent@example.test');
    expect(JSON.stringify(list.json())).not.toMatch(/scrypt|password/i);
  });

  it('logs out: the cookie no longer opens anything, and logging out needs the CSRF token', async () => {
    const user = await createTestUser(engine.db, { roles: ['admin'] });
    const session = await loginAs(built.app, user.email, user.password);
    expectProblem(
      await call(session.inject('POST', '/api/auth/logout', undefined, { csrf: false })),
      403,
      'CSRF_TOKEN_INVALID',
    );
    const out = await call(session.inject('POST', '/api/auth/logout'));
    expect(out.statusCode).toBe(204);
    expectProblem(await call(session.inject('GET', '/api/conventions')), 401, 'SESSION_EXPIRED');
    expectProblem(await call(session.inject('POST', '/api/auth/logout')), 401, 'SESSION_EXPIRED');
  });

  it('tells a locked account when the lock ends, and a throttled address when to retry', async () => {
    const user = await createTestUser(engine.db, { roles: ['admin'] });
    const remoteAddress = '198.51.100.7';
    const attempt = (email: string, password: string) =>
      call(built.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } }));
    for (let i = 0; i < 4; i++)
      expectProblem(await attempt(user.email, `Wrong-Password-${i}`), 401, 'INVALID_CREDENTIALS');
    const lockedResponse = await attempt(user.email, 'Wrong-Password-4');
    const locked = expectProblem(lockedResponse, 429, 'ACCOUNT_LOCKED');
    expect(Date.parse(locked.lockedUntil as string) - Date.now()).toBeGreaterThan(50_000);
    expect(Number(lockedResponse.headers['retry-after'])).toBeGreaterThan(50);
    expect(Number(lockedResponse.headers['retry-after'])).toBeLessThanOrEqual(60);
    for (let i = 0; i < 15; i++) await attempt(`nobody-${i}@example.test`, 'Wrong-Password-x');
    const throttled = await attempt(user.email, user.password);
    expect(expectProblem(throttled, 429, 'TOO_MANY_REQUESTS').retryAfterMinutes).toBe(15);
    expect(throttled.headers['retry-after']).toBe('900');
  });

  it('logs in again over an expired cookie, and refuses a login posted as text/plain', async () => {
    const user = await createTestUser(engine.db, { roles: ['admin'] });
    const old = await loginAs(built.app, user.email, user.password);
    await sql`delete from sessions where user_id = ${user.id}`.execute(engine.db);
    const again = await call(
      built.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { cookie: old.cookie },
        payload: { email: user.email, password: user.password },
      }),
    );
    expect(again.statusCode).toBe(200);
    const cookies = again.cookies.filter((c) => c.name === 'copil_session');
    expect(cookies).toHaveLength(1);
    expect(cookies[0]!.value).not.toBe('');
    const plain = await anonymous(
      'POST',
      '/api/auth/login',
      JSON.stringify({ email: user.email, password: user.password }),
      { 'content-type': 'text/plain' },
    );
    expect(plain.statusCode).toBeGreaterThanOrEqual(400);
    expect(plain.statusCode).toBeLessThan(500);
    expect(plain.cookies.find((c) => c.name === 'copil_session')).toBeUndefined();
  });

  it('shows the reference convention to its parties only', async () => {
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const office = orgs.find((o) => o.siret === '34407767200022')!.id;
    const stranger = await createTestUser(engine.db, {
      roles: ['office_manager'],
      organisationId: (
        await call(
          admin.inject('POST', '/api/organisations', { name: 'Office étranger', kind: 'landlord', siret: luhnSiret() }),
        )
      ).json<{ id: string }>().id,
    });
    const member = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: office });
    const mine = await loginAs(built.app, member.email, member.password);
    const theirs = await loginAs(built.app, stranger.email, stranger.password);
    const list = (await call(mine.inject('GET', '/api/conventions'))).json<{ id: string; periodStart: string }[]>();
    const reference = list.find((c) => c.periodStart === '2024-01-01')!;
    expect(reference).toBeDefined();
    const header = await call(mine.inject('GET', `/api/conventions/${reference.id}`));
    expect(header.json()).toMatchObject({
      periodStart: '2024-01-01',
      parties: [{ partyRole: 'department' }, { partyRole: 'landlord' }],
    });
    expect((await call(theirs.inject('GET', '/api/conventions'))).json()).toEqual([]);
    expectProblem(await call(theirs.inject('GET', `/api/conventions/${reference.id}`)), 404, 'NOT_FOUND');
    expectProblem(await call(mine.inject('GET', '/api/organisations')), 403, 'FORBIDDEN');
  });

  it('answered none of these requests with a 500', () => {
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
  });
});
