import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { LinkPurpose } from './account-links.rules';

type Q = Kysely<Database> | Transaction<Database>;

/** A new single-use link (its token's hash only). */
export function insertLink(
  db: Q,
  values: { userId: string; purpose: LinkPurpose; tokenHash: string; now: Date; expiresAt: Date },
) {
  return db
    .insertInto('account_links')
    .values({
      user_id: values.userId,
      purpose: values.purpose,
      token_hash: values.tokenHash,
      created_at: values.now,
      expires_at: values.expiresAt,
      used_at: null,
      revoked_at: null,
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
}

/** Every link of a person not used nor replaced yet is replaced: only the newest one works. */
export function revokeOpenLinks(db: Q, userId: string, now: Date) {
  return db
    .updateTable('account_links')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The link of a token's hash with its person, locked (its use is checked and recorded in one transaction). */
export function findLinkForUpdate(db: Transaction<Database>, tokenHash: string) {
  return db
    .selectFrom('account_links')
    .innerJoin('users', 'users.id', 'account_links.user_id')
    .select([
      'account_links.id',
      'account_links.purpose',
      'account_links.expires_at',
      'account_links.used_at',
      'account_links.revoked_at',
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.roles',
      'users.organisation_id',
      'users.disabled_at',
      'users.password_hash',
    ])
    .where('account_links.token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
}

export function findLink(db: Q, tokenHash: string) {
  return db
    .selectFrom('account_links')
    .innerJoin('users', 'users.id', 'account_links.user_id')
    .select([
      'account_links.purpose',
      'account_links.expires_at',
      'account_links.used_at',
      'account_links.revoked_at',
      'users.email',
      'users.display_name',
      'users.disabled_at',
    ])
    .where('account_links.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function markLinkUsed(db: Q, linkId: string, now: Date) {
  return db.updateTable('account_links').set({ used_at: now }).where('id', '=', linkId).execute();
}

export function setPasswordHash(db: Q, userId: string, passwordHash: string) {
  return db
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_attempts: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

/** Ends a person's sessions (all, or all but one); returns how many ended. */
export async function deleteSessionsOf(db: Q, userId: string, exceptSessionId: string | null = null) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) query = query.where('id', '<>', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The expiry of a person's newest invitation still open (not used nor replaced), as a subquery on a user id column. */
export const openInvitationExpiry = (userIdColumn: string) =>
  sql<Date | null>`(select max(l.expires_at) from account_links l
    where l.user_id = ${sql.ref(userIdColumn)}
      and l.purpose = 'invitation' and l.used_at is null and l.revoked_at is null)`;
