import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The reads of the conventions' tables that other domains compose with their own (indicators,
 * governance), published by conventions.queries: plain functions over `db` or a transaction.
 */

/** Objectives by id: code, title and their position in the convention. */
export function objectivesByIds(db: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('objectives').select(['id', 'code', 'title', 'position']).where('id', 'in', ids).execute();
}

/** Axes by id: code and title. */
export function axesByIds(db: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('axes').select(['id', 'code', 'title']).where('id', 'in', ids).execute();
}

/** An amendment of the convention (its number and object), or undefined when it is not one of its. */
export function amendmentOfConvention(db: Q, conventionId: string, amendmentId: string) {
  return db
    .selectFrom('amendments')
    .select(['number', 'object'])
    .where('id', '=', amendmentId)
    .where('convention_id', '=', conventionId)
    .executeTakeFirst();
}
