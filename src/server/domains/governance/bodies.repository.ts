import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;
type Trx = Transaction<Database>;

// Bodies ----------------------------------------------------------------------------------------

export function listBodies(db: Q, conventionId: string) {
  return db
    .selectFrom('governance_bodies')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('created_at')
    .orderBy('code')
    .execute();
}

export function findBody(db: Q, id: string) {
  return db.selectFrom('governance_bodies').selectAll().where('id', '=', id).executeTakeFirst();
}

export type BodyRow = NonNullable<Awaited<ReturnType<typeof findBody>>>;

/** Locks the body: its decisions are numbered one at a time. */
export function lockBody(db: Trx, id: string) {
  return db.selectFrom('governance_bodies').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findBodyByCode(db: Q, conventionId: string, code: string) {
  return db
    .selectFrom('governance_bodies')
    .select(['id', 'name'])
    .where('convention_id', '=', conventionId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function insertBody(db: Q, values: Insertable<Database['governance_bodies']>) {
  return db.insertInto('governance_bodies').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateBody(db: Q, id: string, values: Updateable<Database['governance_bodies']>) {
  return db.updateTable('governance_bodies').set(values).where('id', '=', id).execute();
}

// Members and their spellings ------------------------------------------------------------------------

export function listMembers(db: Q, conventionId: string) {
  return db
    .selectFrom('governance_members')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('last_name')
    .orderBy('first_name')
    .execute();
}

export function findMember(db: Q, id: string) {
  return db.selectFrom('governance_members').selectAll().where('id', '=', id).executeTakeFirst();
}

export type MemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;

export function insertMember(db: Q, values: Insertable<Database['governance_members']>) {
  return db.insertInto('governance_members').values(values).returningAll().executeTakeFirstOrThrow();
}

export function listSpellings(db: Q, conventionId: string) {
  return db.selectFrom('governance_member_spellings').selectAll().where('convention_id', '=', conventionId).execute();
}

export function insertSpellings(db: Q, rows: Insertable<Database['governance_member_spellings']>[]) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insertInto('governance_member_spellings')
    .values(rows)
    .onConflict((oc) => oc.columns(['member_id', 'name_key']).doNothing())
    .execute();
}

// Mandates -----------------------------------------------------------------------------------------

export function listMandates(db: Q, bodyIds: string[]) {
  if (bodyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('governance_mandates')
    .selectAll()
    .where('body_id', 'in', bodyIds)
    .orderBy('created_at')
    .execute();
}

export function listMandatesOfMembers(db: Q, memberIds: string[]) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('governance_mandates')
    .innerJoin('governance_bodies', 'governance_bodies.id', 'governance_mandates.body_id')
    .selectAll('governance_mandates')
    .select('governance_bodies.name as body_name')
    .where('governance_mandates.member_id', 'in', memberIds)
    .execute();
}

export function findMandate(db: Q, id: string) {
  return db.selectFrom('governance_mandates').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertMandate(db: Q, values: Insertable<Database['governance_mandates']>) {
  return db.insertInto('governance_mandates').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateMandate(db: Q, id: string, values: Updateable<Database['governance_mandates']>) {
  return db.updateTable('governance_mandates').set(values).where('id', '=', id).execute();
}

// Delegations ----------------------------------------------------------------------------------------

const delegationColumns = [
  'governance_delegations.id',
  'governance_delegations.decision_id',
  'governance_delegations.from_body_id',
  'governance_delegations.to_body_id',
  'governance_delegations.matter',
  'governance_delegations.from_year',
  'governance_delegations.until_year',
  'governance_delegations.description',
  'governance_decisions.reference as decision_reference',
  'governance_decisions.decided_on as granted_on',
] as const;

/** Every delegation between the convention's bodies, with the date and number of the decision that granted it. */
export function listDelegations(db: Q, conventionId: string) {
  return db
    .selectFrom('governance_delegations')
    .innerJoin('governance_decisions', 'governance_decisions.id', 'governance_delegations.decision_id')
    .innerJoin('governance_bodies', 'governance_bodies.id', 'governance_delegations.from_body_id')
    .select(delegationColumns)
    .where('governance_bodies.convention_id', '=', conventionId)
    .orderBy('governance_decisions.decided_on')
    .execute();
}

export type DelegationRow = Awaited<ReturnType<typeof listDelegations>>[number];

export function insertDelegation(db: Q, values: Insertable<Database['governance_delegations']>) {
  return db.insertInto('governance_delegations').values(values).returning('id').executeTakeFirstOrThrow();
}
