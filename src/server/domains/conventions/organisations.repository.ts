import { sql, type Expression, type Transaction } from 'kysely';
import type { Database, OrganisationsTable } from '../../platform/db/schema';

/**
 * An organisation's name and kind, as SQL expressions over a column holding its id: for a caller's
 * own select (the session's user, on every request, stays one query). Null when the id is null.
 */
export const organisationNameOf = (id: Expression<string | null>) =>
  sql<string | null>`(select o.name from organisations o where o.id = ${id})`;

export const organisationKindOf = (id: Expression<string | null>) =>
  sql<OrganisationsTable['kind'] | null>`(select o.kind from organisations o where o.id = ${id})`;

/**
 * Locks an organisation's row until the caller's transaction ends: what serialises the work done
 * for one organisation (a landlord's stock imports merge one at a time).
 */
export async function lockOrganisation(trx: Transaction<Database>, organisationId: string) {
  await sql`select id from organisations where id = ${organisationId} for update`.execute(trx);
}
