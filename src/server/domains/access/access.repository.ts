import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { organisationKindOf, organisationNameOf } from '../conventions/conventions.queries';
import { openInvitationExpiry } from './account-links.repository';

type Q = Kysely<Database> | Transaction<Database>;

const userColumns = [
  'users.id',
  'users.email',
  'users.display_name',
  'users.organisation_id',
  'users.roles',
  'users.password_hash',
  'users.failed_attempts',
  'users.locked_until',
  'users.disabled_at',
  'users.created_at',
] as const;

export function findUserByEmail(db: Q, email: string) {
  return db.selectFrom('users').select(userColumns).where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Q, id: string) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

export function findUserByIdForUpdate(db: Transaction<Database>, id: string) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function countUsers(db: Q) {
  return db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<bigint>().as('count'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.count));
}

function summaries(db: Q) {
  return db
    .selectFrom('users')
    .select((eb) => [
      ...userColumns,
      organisationNameOf(eb.ref('users.organisation_id')).as('organisation_name'),
      openInvitationExpiry('users.id').as('invitation_expires_at'),
    ]);
}

/** Every account with its organisation's name and its open invitation's expiry (the Comptes page). */
export function listUsers(db: Q) {
  return summaries(db).orderBy('users.display_name').execute();
}

export function findUserSummary(db: Q, id: string) {
  return summaries(db).where('users.id', '=', id).executeTakeFirst();
}

/** An administrator's change of a person's name, organisation or roles. */
export function updateUser(
  db: Q,
  id: string,
  values: { displayName: string; organisationId: string | null; roles: string[] },
) {
  return db
    .updateTable('users')
    .set({ display_name: values.displayName, organisation_id: values.organisationId, roles: values.roles })
    .where('id', '=', id)
    .execute();
}

export function setDisabled(db: Q, id: string, disabledAt: Date | null) {
  return db.updateTable('users').set({ disabled_at: disabledAt }).where('id', '=', id).execute();
}

export function insertUser(
  db: Q,
  values: {
    email: string;
    displayName: string;
    organisationId: string | null;
    roles: string[];
    /** Null: invited, the person chooses it through an e-mailed link. */
    passwordHash: string | null;
  },
) {
  return db
    .insertInto('users')
    .values({
      email: values.email.toLowerCase(),
      display_name: values.displayName,
      organisation_id: values.organisationId,
      roles: values.roles,
      password_hash: values.passwordHash,
      created_at: new Date(),
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export function updateLockState(db: Q, userId: string, state: { failedAttempts: number; lockedUntil: Date | null }) {
  return db
    .updateTable('users')
    .set({ failed_attempts: state.failedAttempts, locked_until: state.lockedUntil })
    .where('id', '=', userId)
    .execute();
}

export function insertSession(
  db: Q,
  values: { tokenHash: string; userId: string; csrfToken: string; now: Date; expiresAt: Date },
) {
  return db
    .insertInto('sessions')
    .values({
      token_hash: values.tokenHash,
      user_id: values.userId,
      csrf_token: values.csrfToken,
      created_at: values.now,
      last_seen_at: values.now,
      expires_at: values.expiresAt,
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
}

/** The session with its user and the user's organisation, in one query (runs on every request). */
export function findSessionWithUser(db: Q, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select((eb) => [
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.roles',
      'users.organisation_id',
      'users.disabled_at',
      organisationNameOf(eb.ref('users.organisation_id')).as('organisation_name'),
      organisationKindOf(eb.ref('users.organisation_id')).as('organisation_kind'),
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function touchSession(db: Q, sessionId: string, now: Date, expiresAt: Date) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', sessionId)
    .execute();
}

export function deleteSession(db: Q, sessionId: string) {
  return db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export function deleteExpiredSessions(db: Q, now: Date) {
  return db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

/**
 * Counts one login attempt from a client address, in one statement (insert … on conflict do
 * update … returning): concurrent attempts each get their own rank, so none can read a stale count.
 * A window older than `windowStart` starts again at 1.
 */
export async function countAttempt(db: Q, key: string, now: Date, windowStart: Date) {
  const result = await sql<{ attempts: number; window_started_at: Date }>`
    insert into login_throttle as t (key, attempts, window_started_at) values (${key}, 1, ${now})
    on conflict (key) do update set
      attempts = case when t.window_started_at <= ${windowStart} then 1 else t.attempts + 1 end,
      window_started_at = case when t.window_started_at <= ${windowStart} then ${now} else t.window_started_at end
    returning attempts, window_started_at`.execute(db);
  return result.rows[0]!;
}

/** A successful login gives its attempt back: only failures use up an address's allowance. */
export function giveBackAttempt(db: Q, key: string) {
  return db
    .updateTable('login_throttle')
    .set((eb) => ({ attempts: sql<number>`greatest(${eb.ref('attempts')} - 1, 0)` }))
    .where('key', '=', key)
    .execute();
}

export function findThrottle(db: Q, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Display name and e-mail of each user in a set of ids, in one query. */
export function listUserNames(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'email', 'organisation_id'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** A user as a principal is built from it (no secrets), disabled or not. */
export function findUserProfile(db: Q, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'roles', 'organisation_id', 'disabled_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The active (not disabled) users of a set of organisations, with their roles. */
export function listActiveUsersOf(db: Q, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'roles', 'organisation_id'])
    .where('organisation_id', 'in', [...new Set(organisationIds)])
    .where('disabled_at', 'is', null)
    .execute();
}
