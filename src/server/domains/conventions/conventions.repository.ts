import type { Insertable, Kysely, Transaction } from 'kysely';
import type { ConventionsTable, Database, OrganisationsTable } from '../../platform/db/schema';

import { conventionColumns } from '../../kernel/convention-scope.queries';

type Q = Kysely<Database> | Transaction<Database>;

const organisationColumns = ['id', 'name', 'kind', 'siret', 'address'] as const;

export function findOrganisation(db: Q, id: string) {
  return db.selectFrom('organisations').select(organisationColumns).where('id', '=', id).executeTakeFirst();
}

export function findOrganisationBySiret(db: Q, siret: string) {
  return db.selectFrom('organisations').select(organisationColumns).where('siret', '=', siret).executeTakeFirst();
}

export function listOrganisations(db: Q) {
  return db.selectFrom('organisations').select(organisationColumns).orderBy('name').execute();
}

export function insertOrganisation(
  db: Q,
  values: { name: string; kind: OrganisationsTable['kind']; siret: string; address: string | null },
) {
  return db
    .insertInto('organisations')
    .values({ ...values, created_at: new Date() })
    .returning(organisationColumns)
    .executeTakeFirstOrThrow();
}

/** Conventions visible to an organisation (as a party or appointed controller); all when null. */
export function listConventions(db: Q, visibleTo: { organisationId: string | null; all: boolean }) {
  let query = db.selectFrom('conventions').select(conventionColumns).orderBy('conventions.period_start', 'desc');
  if (!visibleTo.all) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('convention_parties')
          .select('convention_parties.convention_id')
          .whereRef('convention_parties.convention_id', '=', 'conventions.id')
          .where(
            'convention_parties.organisation_id',
            '=',
            visibleTo.organisationId ?? '00000000-0000-0000-0000-000000000000',
          ),
      ),
    );
  }
  return query.execute();
}

export function listSignatories(db: Q, conventionId: string) {
  return db
    .selectFrom('convention_signatories')
    .select(['organisation_id', 'full_name', 'title'])
    .where('convention_id', '=', conventionId)
    .orderBy('position')
    .execute();
}

export function insertConvention(db: Q, values: Omit<Insertable<ConventionsTable>, 'id' | 'created_at'>) {
  return db
    .insertInto('conventions')
    .values({ ...values, created_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function insertParty(db: Q, values: Database['convention_parties']) {
  return db.insertInto('convention_parties').values(values).execute();
}

export function insertSignatory(db: Q, values: Omit<Database['convention_signatories'], 'id'>) {
  return db.insertInto('convention_signatories').values(values).execute();
}

export function updateSignature(db: Q, id: string, signatureDate: string, signaturePlace: string) {
  return db
    .updateTable('conventions')
    .set({ signature_date: signatureDate, signature_place: signaturePlace })
    .where('id', '=', id)
    .execute();
}
