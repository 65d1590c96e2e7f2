import type { RequestAuth } from '../../kernel/request-auth';
import { actorOf, type Principal } from '../../kernel/principal';
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { CurrentUser, Role } from '../../../contracts/access';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { generatePassword, hashPassword, UNKNOWN_USER_HASH, verifyPassword } from '../../platform/passwords';
import * as repo from './access.repository';
import {
  extendedExpiry,
  isLocked,
  isSessionExpired,
  lockAfterFailure,
  loggableLoginEmail,
  newSessionExpiry,
  secondsUntil,
  shouldTouch,
  THROTTLE_WINDOW_MS,
  throttleWaitMinutes,
} from './access.rules';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const timeFr = (d: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(d);

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: CurrentUser;
}

/**
 * Logs a person in. Every attempt is first counted against its client address, in one statement,
 * and refused (429) past 20 in 15 minutes; wrong passwords are counted per account under the
 * account's row lock, and from the fifth in a row the account is refused for a growing delay (429
 * with Retry-After). Those counts are committed even though the login is refused.
 */
export async function login(
  db: Db,
  input: { email: string; password: string; clientAddress: string },
  now = new Date(),
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const throttleKey = `ip:${input.clientAddress}`;
  const counted = await repo.countAttempt(db, throttleKey, now, new Date(now.getTime() - THROTTLE_WINDOW_MS));
  const wait = throttleWaitMinutes({ attempts: counted.attempts, windowStartedAt: counted.window_started_at }, now);
  if (wait > 0) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Trop de tentatives de connexion depuis ce poste. Réessayez dans ${wait} minute${wait > 1 ? 's' : ''}.`,
      { extra: { retryAfterMinutes: wait } },
    );
  }

  const found = await repo.findUserByEmail(db, email);
  const passwordOk = await verifyPassword(input.password, found?.password_hash ?? UNKNOWN_USER_HASH);

  const outcome = await db.transaction().execute(async (trx) => {
    const user = found ? await repo.findUserByIdForUpdate(trx, found.id) : undefined;
    if (user && isLocked({ failedAttempts: user.failed_attempts, lockedUntil: user.locked_until }, now)) {
      await recordAudit(trx, SYSTEM_ACTOR, {
        entityType: 'user',
        entityId: user.id,
        action: 'login_failed',
        after: { reason: 'locked' },
      });
      return { kind: 'locked' as const, until: user.locked_until! };
    }
    if (!user || !passwordOk || user.disabled_at) {
      if (!user) {
        const loggable = loggableLoginEmail(input.email);
        await recordAudit(trx, SYSTEM_ACTOR, {
          entityType: 'session',
          entityId: '-',
          action: 'login_failed',
          ...(loggable ? { after: { email: loggable } } : {}),
        });
        return { kind: 'refused' as const };
      }
      if (user.disabled_at) {
        await recordAudit(trx, SYSTEM_ACTOR, {
          entityType: 'user',
          entityId: user.id,
          action: 'login_failed',
          after: { reason: 'disabled' },
        });
        return { kind: 'refused' as const };
      }
      const lock = lockAfterFailure({ failedAttempts: user.failed_attempts, lockedUntil: user.locked_until }, now);
      await repo.updateLockState(trx, user.id, lock);
      await recordAudit(trx, SYSTEM_ACTOR, {
        entityType: 'user',
        entityId: user.id,
        action: lock.justLocked ? 'account_locked' : 'login_failed',
        after: { failedAttempts: lock.failedAttempts, lockedUntil: lock.lockedUntil },
      });
      return lock.justLocked ? { kind: 'locked' as const, until: lock.lockedUntil! } : { kind: 'refused' as const };
    }

    await repo.updateLockState(trx, user.id, { failedAttempts: 0, lockedUntil: null });
    await repo.giveBackAttempt(trx, throttleKey);
    return { kind: 'ok' as const, ...(await openSession(trx, user, now)) };
  });

  if (outcome.kind === 'locked') throw accountDelayed(outcome.until, now);
  if (outcome.kind === 'refused') {
    throw new AppError('INVALID_CREDENTIALS', 'Adresse électronique ou mot de passe incorrect.');
  }
  const authenticated = await authenticate(db, outcome.token, now);
  return { token: outcome.token, csrfToken: outcome.csrfToken, expiresAt: outcome.expiresAt, user: authenticated.user };
}

export function accountDelayed(until: Date, now: Date) {
  return new AppError(
    'ACCOUNT_LOCKED',
    `Trop de mots de passe erronés pour ce compte : il est bloqué jusqu'à ${timeFr(until)}. Réessayez après, ou demandez à un administrateur de le débloquer.`,
    { extra: { lockedUntil: until.toISOString(), retryAfterSeconds: secondsUntil(until, now) } },
  );
}

/**
 * A new session for a person who proved who they are (password, or single sign-on): a new token
 * at every login, so a session id known before login is never reused (fixation).
 */
export async function openSession(
  trx: Transaction<Database>,
  user: { id: string; display_name: string; email: string; roles: string[]; organisation_id: string | null },
  now: Date,
  via: Record<string, string> | null = null,
) {
  await repo.deleteExpiredSessions(trx, now);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const session = await repo.insertSession(trx, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken,
    now,
    expiresAt: newSessionExpiry(now),
  });
  const principal = {
    id: user.id,
    displayName: user.display_name,
    email: user.email,
    roles: user.roles as Role[],
    organisationId: user.organisation_id,
  };
  await recordAudit(trx, actorOf(principal), {
    entityType: 'session',
    entityId: session.id,
    action: 'login',
    ...(via ? { after: via } : {}),
  });
  return { token, csrfToken, expiresAt: session.expires_at, userId: user.id };
}

/** Resolves a session cookie's token; throws SESSION_EXPIRED for an expired or unknown one. */
export async function authenticate(db: Db, token: string, now = new Date()): Promise<RequestAuth> {
  const row = await repo.findSessionWithUser(db, hashToken(token));
  const times = row && { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
  if (!row || !times || row.disabled_at || isSessionExpired(times, now)) {
    if (row) await repo.deleteSession(db, row.session_id);
    throw new AppError('SESSION_EXPIRED', 'Votre session a expiré. Reconnectez-vous pour continuer.');
  }
  let expiresAt = row.expires_at;
  if (shouldTouch(times, now)) {
    expiresAt = extendedExpiry(times, now);
    await repo.touchSession(db, row.session_id, now, expiresAt);
  }
  const roles = row.roles as Role[];
  const principal: Principal = {
    id: row.user_id,
    displayName: row.display_name,
    email: row.email,
    roles,
    organisationId: row.organisation_id,
  };
  const user: CurrentUser = {
    id: row.user_id,
    email: row.email,
    displayName: row.display_name,
    roles,
    organisation: row.organisation_id
      ? { id: row.organisation_id, name: row.organisation_name!, kind: row.organisation_kind! }
      : null,
  };
  return { sessionId: row.session_id, csrfToken: row.csrf_token, expiresAt, principal, user };
}

export async function logout(db: Db, auth: RequestAuth): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, auth.sessionId);
    await recordAudit(trx, actorOf(auth.principal), {
      entityType: 'session',
      entityId: auth.sessionId,
      action: 'logout',
    });
  });
}

export const ADMIN_EMAIL = 'admin@copil.local';

/**
 * On first start with no account at all, creates the platform administrator with a random
 * password, returned once so the caller prints it. Returns null when accounts already exist.
 */
export async function bootstrapAdministrator(db: Db): Promise<{ email: string; password: string } | null> {
  if ((await repo.countUsers(db)) > 0) return null;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    // Two instances starting together on an empty database: the second waits on the lock, then finds the account.
    await sql`lock table users in share row exclusive mode`.execute(trx);
    if ((await repo.countUsers(trx)) > 0) return null;
    const user = await repo.insertUser(trx, {
      email: ADMIN_EMAIL,
      displayName: 'Administrateur Copil',
      organisationId: null,
      roles: ['admin'],
      passwordHash,
    });
    await recordAudit(trx, SYSTEM_ACTOR, {
      entityType: 'user',
      entityId: user.id,
      action: 'create',
      after: presentUserAudit(user),
    });
    return { email: ADMIN_EMAIL, password };
  });
}

export function presentUserAudit(user: {
  email: string;
  display_name: string;
  roles: string[];
  organisation_id: string | null;
}) {
  return { email: user.email, displayName: user.display_name, roles: user.roles, organisationId: user.organisation_id };
}
