import type { Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { describeEachEngine } from '../../test/engines';
import { createTestOrganisation, createTestUser, STRONG_PASSWORD } from '../../test/fixtures';
import { passwordProblems } from './access.rules';
import { ADMIN_EMAIL, authenticate, bootstrapAdministrator, hashToken, login } from './access.service';
import { createUser } from './accounts.service';

const MIN = 60_000;
const H = 60 * MIN;
const t0 = () => new Date(Math.floor(Date.now() / 1000) * 1000);
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

/** The AppError a promise rejects with (fails the test when it resolves or throws something else). */
async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

let address = 0;
const freshAddress = () => `10.0.${Math.floor(address / 250)}.${(address++ % 250) + 1}`;

describeEachEngine('access', (engine) => {
  let orgId: string;
  let admin: Principal;

  beforeAll(async () => {
    orgId = (await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office de test' })).id;
  });

  it('creates the first administrator once, with a password the policy accepts', async () => {
    const created = await bootstrapAdministrator(engine.db);
    expect(created?.email).toBe(ADMIN_EMAIL);
    expect(passwordProblems(created!.password, ADMIN_EMAIL)).toEqual([]);
    expect(await bootstrapAdministrator(engine.db)).toBeNull();
    const users = await engine.db.selectFrom('users').select(['id', 'email', 'roles']).execute();
    expect(users).toEqual([{ id: expect.any(String), email: ADMIN_EMAIL, roles: ['admin'] }]);
    const result = await login(engine.db, {
      email: ADMIN_EMAIL,
      password: created!.password,
      clientAddress: freshAddress(),
    });
    expect(result.user.roles).toEqual(['admin']);
    admin = {
      id: users[0]!.id,
      displayName: 'Administrateur Copil',
      email: ADMIN_EMAIL,
      roles: ['admin'],
      organisationId: null,
    };
  });

  it('logs in: a session, a CSRF token, a 2 h deadline and an audit event', async () => {
    const user = await createTestUser(engine.db, { roles: ['office_manager'], organisationId: orgId });
    const now = t0();
    const result = await login(
      engine.db,
      { email: user.email.toUpperCase(), password: user.password, clientAddress: freshAddress() },
      now,
    );
    expect(result.expiresAt.getTime()).toBe(now.getTime() + 2 * H);
    expect(result.csrfToken.length).toBeGreaterThanOrEqual(24);
    expect(result.user).toMatchObject({
      id: user.id,
      roles: ['office_manager'],
      organisation: { id: orgId, name: 'Office de test', kind: 'landlord' },
    });
    const session = await engine.db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', hashToken(result.token))
      .executeTakeFirstOrThrow();
    expect(session).toMatchObject({ user_id: user.id, csrf_token: result.csrfToken });
    const event = await engine.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', session.id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ entity_type: 'session', action: 'login', actor_user_id: user.id });
    // The token itself is never stored.
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from sessions where token_hash = ${result.token}`.execute(engine.db);
    expect(rows[0]!.n).toBe(0);
  });

  it('refuses a wrong password or an unknown e-mail alike, and counts the failure', async () => {
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: orgId });
    const clientAddress = freshAddress();
    const wrong = await appError(login(engine.db, { email: user.email, password: 'Wrong-Password-1', clientAddress }));
    const unknown = await appError(
      login(engine.db, { email: 'nobody@example.test', password: 'Wrong-Password-1', clientAddress }),
    );
    expect(wrong.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.message).toBe(wrong.message);
    expect(wrong.message).toBe('Adresse électronique ou mot de passe incorrect.');
    const row = await engine.db
      .selectFrom('users')
      .select(['failed_attempts', 'locked_until'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_attempts: 1, locked_until: null });
    const throttle = await engine.db
      .selectFrom('login_throttle')
      .selectAll()
      .where('key', '=', `ip:${clientAddress}`)
      .executeTakeFirstOrThrow();
    expect(throttle.attempts).toBe(2);
    const failures = await engine.db
      .selectFrom('audit_events')
      .select('after')
      .where('action', '=', 'login_failed')
      .where('entity_id', '=', user.id)
      .execute();
    expect(failures).toHaveLength(1);
  });

  it('delays the account from the fifth failure, even against the right password, for a doubling delay', async () => {
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: orgId });
    const clientAddress = freshAddress();
    const now = t0();
    for (let i = 1; i <= 4; i++) {
      expect(
        (await appError(login(engine.db, { email: user.email, password: `Wrong-${i}-Password`, clientAddress }, now)))
          .code,
      ).toBe('INVALID_CREDENTIALS');
    }
    const locked = await appError(
      login(engine.db, { email: user.email, password: 'Wrong-5-Password', clientAddress }, now),
    );
    expect(locked.code).toBe('ACCOUNT_LOCKED');
    expect(locked.extra).toMatchObject({ lockedUntil: later(now, MIN).toISOString(), retryAfterSeconds: 60 });
    expect(locked.message).toMatch(/bloqué/);

    const during = await appError(
      login(engine.db, { email: user.email, password: user.password, clientAddress }, later(now, 30 * 1000)),
    );
    expect(during.code).toBe('ACCOUNT_LOCKED');
    expect(during.extra.retryAfterSeconds).toBe(30);
    expect(await engine.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);

    // The sixth wrong password, once the first delay is over, doubles it.
    const sixth = await appError(
      login(engine.db, { email: user.email, password: 'Wrong-6-Password', clientAddress }, later(now, MIN)),
    );
    expect(sixth.extra.lockedUntil).toBe(later(now, 3 * MIN).toISOString());

    const after = await login(
      engine.db,
      { email: user.email, password: user.password, clientAddress },
      later(now, 3 * MIN),
    );
    expect(after.user.id).toBe(user.id);
    const row = await engine.db
      .selectFrom('users')
      .select(['failed_attempts', 'locked_until'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_attempts: 0, locked_until: null });
    const actions = await engine.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'login_failed',
      'login_failed',
      'login_failed',
      'login_failed',
      'account_locked',
      'login_failed', // refused during the delay, recorded too
      'account_locked',
    ]);
  });

  it('throttles a client address after 20 failures, whatever the account, for the rest of the window', async () => {
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: orgId });
    const clientAddress = freshAddress();
    const now = t0();
    for (let i = 0; i < 20; i++) {
      expect(
        (
          await appError(
            login(engine.db, { email: `guess-${i}@example.test`, password: 'Guess-Password-1', clientAddress }, now),
          )
        ).code,
      ).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await appError(
      login(engine.db, { email: user.email, password: user.password, clientAddress }, later(now, MIN)),
    );
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.extra.retryAfterMinutes).toBe(14);
    expect(blocked.message).toMatch(/Réessayez dans 14 minutes/);
    // Another address is not affected; the same one is allowed again once the window is over.
    await expect(
      login(engine.db, { email: user.email, password: user.password, clientAddress: freshAddress() }, later(now, MIN)),
    ).resolves.toBeTruthy();
    await expect(
      login(engine.db, { email: user.email, password: user.password, clientAddress }, later(now, 15 * MIN)),
    ).resolves.toBeTruthy();
  });

  it('refuses a disabled account with the same message as a wrong password', async () => {
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: orgId });
    await engine.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', user.id).execute();
    expect(
      (await appError(login(engine.db, { email: user.email, password: user.password, clientAddress: freshAddress() })))
        .code,
    ).toBe('INVALID_CREDENTIALS');
  });

  it('keeps a session alive with activity, ends it after 2 h idle and deletes it', async () => {
    const user = await createTestUser(engine.db, { roles: ['coordinator'], organisationId: orgId });
    const now = t0();
    const { token } = await login(
      engine.db,
      { email: user.email, password: user.password, clientAddress: freshAddress() },
      now,
    );
    const active = await authenticate(engine.db, token, later(now, H));
    expect(active.expiresAt.getTime()).toBe(later(now, 3 * H).getTime()); // idle deadline moved
    expect(active.principal).toMatchObject({ id: user.id, roles: ['coordinator'], organisationId: orgId });

    const expired = await appError(authenticate(engine.db, token, later(now, H + 2 * H)));
    expect(expired.code).toBe('SESSION_EXPIRED');
    expect(
      await engine.db.selectFrom('sessions').select('id').where('token_hash', '=', hashToken(token)).execute(),
    ).toEqual([]);
    expect((await appError(authenticate(engine.db, token, later(now, H)))).code).toBe('SESSION_EXPIRED');
  });

  it('ends a session 12 h after login however active it is', async () => {
    const user = await createTestUser(engine.db, { roles: ['coordinator'], organisationId: orgId });
    const now = t0();
    const { token } = await login(
      engine.db,
      { email: user.email, password: user.password, clientAddress: freshAddress() },
      now,
    );
    for (let h = 1.5; h < 12; h += 1.5) await authenticate(engine.db, token, later(now, h * H));
    expect((await appError(authenticate(engine.db, token, later(now, 12 * H)))).code).toBe('SESSION_EXPIRED');
  });

  it('refuses an unknown token', async () => {
    expect((await appError(authenticate(engine.db, 'not-a-token'))).code).toBe('SESSION_EXPIRED');
  });

  it('creates an account (administrator only) with its audit event', async () => {
    const created = await createUser(engine.db, admin, {
      email: 'nouvelle.agente@example.test',
      displayName: 'Nouvelle Agente',
      organisationId: orgId,
      roles: ['office_agent'],
      password: STRONG_PASSWORD,
    });
    expect(created).toMatchObject({
      email: 'nouvelle.agente@example.test',
      organisationId: orgId,
      organisationName: 'Office de test',
      lockedUntil: null,
    });
    const event = await engine.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', created.id)
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    expect(event.actor_user_id).toBe(admin.id);
    expect(JSON.stringify(event.after)).not.toMatch(/scrypt|password/i);
  });

  it('validates new accounts: weak password, unknown organisation, duplicate e-mail, account without organisation', async () => {
    const body = {
      email: 'valid.person@example.test',
      displayName: 'Valid Person',
      organisationId: orgId,
      roles: ['office_agent' as const],
      password: STRONG_PASSWORD,
    };
    const weak = await appError(createUser(engine.db, admin, { ...body, password: 'short' }));
    expect(weak.code).toBe('VALIDATION_FAILED');
    expect(weak.fieldErrors.map((f) => f.field)).toEqual(['password', 'password']);

    const unknownOrg = await appError(
      createUser(engine.db, admin, { ...body, organisationId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknownOrg).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ field: 'organisationId', message: expect.any(String) }],
    });

    const noOrg = await appError(createUser(engine.db, admin, { ...body, organisationId: null }));
    expect(noOrg.fieldErrors[0]?.field).toBe('organisationId');

    await createUser(engine.db, admin, body);
    const duplicate = await appError(
      createUser(engine.db, admin, { ...body, email: 'Valid.Person@example.test', displayName: 'Other' }),
    );
    expect(duplicate).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: [{ field: 'email', message: expect.any(String) }],
    });
    const count = await engine.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'valid.person@example.test')
      .execute();
    expect(count).toHaveLength(1);
  });

  it('lets no one but an administrator create accounts', async () => {
    for (const roles of [['coordinator'], ['office_manager'], ['controller']] as const) {
      const someone = await createTestUser(engine.db, { roles: [...roles], organisationId: orgId });
      const error = await appError(
        createUser(engine.db, someone, {
          email: `x-${roles[0]}@example.test`,
          displayName: 'X',
          organisationId: orgId,
          roles: ['admin'],
          password: STRONG_PASSWORD,
        }),
      );
      expect(error.code).toBe('FORBIDDEN');
    }
  });

  it('counts concurrent wrong passwords without losing any: the account locks', async () => {
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: orgId });
    const clientAddress = freshAddress();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        appError(login(engine.db, { email: user.email, password: `Parallel-Wrong-${i}`, clientAddress })),
      ),
    );
    const codes = results.map((e) => e.code).sort();
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED').length).toBeGreaterThanOrEqual(1);
    const row = await engine.db
      .selectFrom('users')
      .select('locked_until')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.locked_until).not.toBeNull();
  });
});
