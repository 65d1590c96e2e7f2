import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The kernel's published reads behind a convention's scope: its header and its parties. The tables belong to the
 * conventions domain (which writes them); the kernel reads them because every domain must know,
 * before anything else, whether a principal may see a convention and on which side they stand, and
 * which landlords' stock an organisation may see through its conventions.
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

/*
 * A landlord's stock scope: the Département and controller parties of the conventions the landlord
 * is party to read its stock (read by the housing domain, for every stock page).
 */

/**
 * The organisations party (as Département or controller) to a convention the landlord is party to
 * as landlord, as a JSON array: those who may see its stock besides its own users.
 */
export const stockPartnersJson = (landlordId: RawBuilder<unknown>) => sql<string[]>`coalesce((
    select json_agg(distinct other.organisation_id)
    from convention_parties mine
    join convention_parties other on other.convention_id = mine.convention_id
    where mine.organisation_id = ${landlordId} and mine.party_role = 'landlord' and other.party_role in ('department', 'controller')
  ), '[]')`;

/**
 * The query of a landlord and who may see its stock: (id, name, partner_ids), no row for an id
 * that is not a landlord. A fragment, so that a page's one statement can hold it in a CTE.
 */
export const landlordAccessSql = (id: string) => sql<{ id: string; name: string; partner_ids: string[] }>`
    select o.id, o.name, ${stockPartnersJson(sql`o.id`)} as partner_ids
    from organisations o
    where o.id = ${id} and o.kind = 'landlord'`;

/** A landlord and who may see its stock, in one query (every stock page asks). */
export async function findLandlordAccess(
  db: Q,
  id: string,
): Promise<{ id: string; name: string; partner_ids: string[] } | undefined> {
  const { rows } = await landlordAccessSql(id).execute(db);
  return rows[0];
}

/** The landlords whose stock an organisation may see (its own, and those it has a convention with); all for null. */
export function listVisibleLandlords(db: Q, organisationId: string | null, all: boolean) {
  let query = db.selectFrom('organisations as o').select(['o.id', 'o.name']).where('o.kind', '=', 'landlord');
  if (!all) {
    const orgId = organisationId ?? '00000000-0000-0000-0000-000000000000';
    query = query.where((eb) =>
      eb.or([
        eb('o.id', '=', orgId),
        eb.exists(
          eb
            .selectFrom('convention_parties as mine')
            .innerJoin('convention_parties as other', 'other.convention_id', 'mine.convention_id')
            .select(sql.lit(1).as('one'))
            .whereRef('mine.organisation_id', '=', 'o.id')
            .where('mine.party_role', '=', 'landlord')
            .where('other.organisation_id', '=', orgId)
            .where('other.party_role', 'in', ['department', 'controller']),
        ),
      ]),
    );
  }
  return query.orderBy('o.name').execute();
}

/*
 * An organisation's scope through its conventions, as SQL fragments another domain composes into
 * its own statement (the audit trail's reader).
 */

/** The ids of the conventions the organisation is party to, as a parenthesised subquery (for `in`). */
export const conventionsOfOrganisationSql = (organisationId: string) =>
  sql`(select p.convention_id from convention_parties p where p.organisation_id = ${organisationId})`;

/** The ids of the organisations party to a convention the organisation is party to (itself included), for `in`. */
export const organisationsSharingConventionSql = (organisationId: string) =>
  sql`(select p2.organisation_id from convention_parties p2 where p2.convention_id in ${conventionsOfOrganisationSql(organisationId)})`;

/*
 * A convention's header, parties and landlord as SQL fragments, so that a page served in one
 * statement (the dashboard's context) checks access without another round trip.
 */

/** The convention's header (id, title, period_start, period_end) as a JSON object, null when there is none. */
export const conventionHeaderJson = (conventionId: string) =>
  sql<{
    id: string;
    title: string;
    period_start: string;
    period_end: string;
  } | null>`(select row_to_json(c) from (select id, title, period_start, period_end from conventions where id = ${conventionId}) c)`;

/** The convention's parties as a JSON array of { organisationId, partyRole }, for the access check. */
export const conventionPartiesJson = (conventionId: string) =>
  sql<
    { organisationId: string; partyRole: 'department' | 'landlord' | 'controller' }[]
  >`(select coalesce(json_agg(json_build_object('organisationId', p.organisation_id, 'partyRole', p.party_role)), '[]') from convention_parties p where p.convention_id = ${conventionId})`;

/** The query of the convention's landlord: (organisation_id), at most one row (the first by id). */
export const conventionLandlordSql = (conventionId: string) =>
  sql<{
    organisation_id: string;
  }>`select organisation_id from convention_parties where convention_id = ${conventionId} and party_role = 'landlord' order by organisation_id limit 1`;
