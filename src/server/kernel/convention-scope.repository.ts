import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The reads behind a convention's scope: its header and its parties. The tables belong to the
 * conventions domain (which writes them); the kernel reads them because every domain must know,
 * before anything else, whether a principal may see a convention and on which side they stand.
 */
export const conventionColumns = [
  'conventions.id',
  'conventions.title',
  'conventions.period_start',
  'conventions.period_end',
  'conventions.signature_place',
  'conventions.signature_date',
  'conventions.jurisdiction',
  'conventions.terminated_on',
  'conventions.preamble',
  'conventions.previous_convention_id',
  'conventions.previous_review_article',
] as const;

export function findConvention(db: Q, id: string) {
  return db.selectFrom('conventions').select(conventionColumns).where('conventions.id', '=', id).executeTakeFirst();
}

export function listParties(db: Q, conventionIds: string[]) {
  if (conventionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('convention_parties')
    .innerJoin('organisations', 'organisations.id', 'convention_parties.organisation_id')
    .select([
      'convention_parties.convention_id',
      'convention_parties.party_role',
      'convention_parties.designation',
      'convention_parties.representation',
      'organisations.id',
      'organisations.name',
      'organisations.kind',
      'organisations.siret',
      'organisations.address',
    ])
    .where('convention_parties.convention_id', 'in', conventionIds)
    .orderBy('convention_parties.position')
    .execute();
}
