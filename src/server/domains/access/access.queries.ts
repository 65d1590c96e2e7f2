/**
 * What the access domain publishes to the others: who users are (display name and e-mail by id,
 * for a set of ids in one query), a user's profile to act as a principal, and the active users of
 * organisations (recipients of reminders). Other domains read the accounts through these alone (the
 * lint rule in eslint.config.js enforces it); they compose the names in their services.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { listUserNames } from './access.repository';

export { findUserProfile, listActiveUsersOf } from './access.repository';

export interface UserName {
  displayName: string;
  email: string;
  organisationId: string | null;
}

/** Display name and e-mail of each user of `ids` (one query), by id; an unknown id is absent. */
export async function userNames(
  db: Kysely<Database> | Transaction<Database>,
  ids: readonly (string | null)[],
): Promise<Map<string, UserName>> {
  const wanted = ids.filter((id): id is string => id !== null);
  const rows = await listUserNames(db, wanted);
  return new Map(
    rows.map((r) => [r.id, { displayName: r.display_name, email: r.email, organisationId: r.organisation_id }]),
  );
}
