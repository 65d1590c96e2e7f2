import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The reads of the stock that other domains compose with their own (the operations), published by
 * housing.queries: plain functions over `db` or the caller's transaction.
 */

/** Dwellings by id, as an operation lists them, in the stock's order (dwelling key). */
export function dwellingsByIds(db: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dwellings')
    .select(['id', 'ident_rep', 'ident_int', 'address', 'commune_code'])
    .where('id', 'in', ids)
    .orderBy('dwelling_key')
    .execute();
}

/**
 * The picked dwellings of the landlord, locked in the caller's transaction: two operations
 * claiming the same dwelling at once check one after the other.
 */
export function lockLandlordDwellings(trx: Transaction<Database>, organisationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('dwellings')
    .select(['id', 'effective_class', 'ident_rep', 'ident_int'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
}
