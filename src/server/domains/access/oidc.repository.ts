import type { Db } from '../../platform/db/connect';
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Db | Transaction<Database>;

/** Roles and organisation of an account, as the identity provider now gives them. */
export function updateUserFromDirectory(
  db: Q,
  userId: string,
  values: { displayName: string; organisationId: string; roles: string[] },
) {
  return db
    .updateTable('users')
    .set({ display_name: values.displayName, organisation_id: values.organisationId, roles: values.roles })
    .where('id', '=', userId)
    .returning(['id', 'email', 'display_name', 'roles', 'organisation_id', 'disabled_at'])
    .executeTakeFirstOrThrow();
}
