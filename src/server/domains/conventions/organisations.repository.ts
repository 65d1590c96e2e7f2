import { sql, type Expression } from 'kysely';
import type { OrganisationsTable } from '../../platform/db/schema';

/**
 * An organisation's name and kind, as SQL expressions over a column holding its id: for a caller's
 * own select (the session's user, on every request, stays one query). Null when the id is null.
 */
export const organisationNameOf = (id: Expression<string | null>) =>
  sql<string | null>`(select o.name from organisations o where o.id = ${id})`;

export const organisationKindOf = (id: Expression<string | null>) =>
  sql<OrganisationsTable['kind'] | null>`(select o.kind from organisations o where o.id = ${id})`;
