import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;
type Trx = Transaction<Database>;

export function listEnvelopes(db: Q, conventionId: string) {
  return db.selectFrom('envelopes').selectAll().where('convention_id', '=', conventionId).orderBy('kind').execute();
}

export function findEnvelope(db: Q, id: string) {
  return db.selectFrom('envelopes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the envelope: its allocations and revisions are checked against each other one at a time. */
export function lockEnvelope(db: Trx, id: string) {
  return db.selectFrom('envelopes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listRevisions(db: Q, envelopeIds: string[]) {
  if (envelopeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('envelope_revisions')
    .selectAll()
    .where('envelope_id', 'in', envelopeIds)
    .orderBy('effective_on')
    .orderBy('created_at')
    .execute();
}

export function listAllocations(db: Q, envelopeIds: string[]) {
  if (envelopeIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('allocations').selectAll().where('envelope_id', 'in', envelopeIds).orderBy('year').execute();
}

export function findAllocation(db: Q, id: string) {
  return db
    .selectFrom('allocations')
    .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
    .select([
      'allocations.id',
      'allocations.year',
      'allocations.amount_cents',
      'allocations.envelope_id',
      'allocations.deliberation_date',
      'envelopes.kind',
      'envelopes.convention_id',
    ])
    .where('allocations.id', '=', id)
    .executeTakeFirst();
}

export function lockAllocation(db: Trx, id: string) {
  return db
    .selectFrom('allocations')
    .select(['id', 'amount_cents'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function insertEnvelope(db: Q, values: Insertable<Database['envelopes']>) {
  return db.insertInto('envelopes').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertRevision(db: Q, values: Insertable<Database['envelope_revisions']>) {
  return db.insertInto('envelope_revisions').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertAllocation(db: Q, values: Insertable<Database['allocations']>) {
  return db.insertInto('allocations').values(values).returning('id').executeTakeFirstOrThrow();
}

const agreementColumns = [
  'funding_agreements.id',
  'funding_agreements.allocation_id',
  'funding_agreements.amount_cents',
  'funding_agreements.signed_on',
  'funding_agreements.purpose',
  'funding_agreements.justification_deadline',
  'funding_agreements.reimbursement_clause',
  'allocations.year',
  'allocations.amount_cents as allocation_amount_cents',
  'envelopes.kind',
  'envelopes.convention_id',
] as const;

function agreements(db: Q) {
  return db
    .selectFrom('funding_agreements')
    .innerJoin('allocations', 'allocations.id', 'funding_agreements.allocation_id')
    .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
    .select(agreementColumns);
}

export function listAgreements(db: Q, conventionId: string) {
  return agreements(db)
    .where('envelopes.convention_id', '=', conventionId)
    .orderBy('allocations.year')
    .orderBy('envelopes.kind')
    .execute();
}

export function findAgreement(db: Q, id: string) {
  return agreements(db).where('funding_agreements.id', '=', id).executeTakeFirst();
}

export type AgreementRow = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;

/** Locks the agreement row: requests, payments and reimbursements on it are checked one at a time. */
export function lockAgreement(db: Trx, id: string) {
  return db
    .selectFrom('funding_agreements')
    .select(['id', 'amount_cents'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function insertAgreement(db: Q, values: Insertable<Database['funding_agreements']>) {
  return db.insertInto('funding_agreements').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertScheduleLine(db: Q, values: Insertable<Database['schedule_lines']>) {
  return db.insertInto('schedule_lines').values(values).execute();
}

export function listScheduleLines(db: Q, agreementIds: string[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('schedule_lines')
    .selectAll()
    .where('funding_agreement_id', 'in', agreementIds)
    .orderBy('position')
    .execute();
}

export function findScheduleLine(db: Q, id: string) {
  return db.selectFrom('schedule_lines').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listAffectations(db: Q, agreementIds: string[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('affectations')
    .selectAll()
    .where('funding_agreement_id', 'in', agreementIds)
    .orderBy('created_at')
    .execute();
}

export function insertAffectation(db: Q, values: Insertable<Database['affectations']>) {
  return db.insertInto('affectations').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Whether part of the agreement is affected to the operation. */
export async function isAffected(db: Q, operationId: string, agreementId: string): Promise<boolean> {
  const row = await db
    .selectFrom('affectations')
    .select('id')
    .where('operation_id', '=', operationId)
    .where('funding_agreement_id', '=', agreementId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function listReimbursements(db: Q, agreementIds: string[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('reimbursements')
    .selectAll()
    .where('funding_agreement_id', 'in', agreementIds)
    .orderBy('issued_on')
    .execute();
}

export function insertReimbursement(db: Q, values: Insertable<Database['reimbursements']>) {
  return db.insertInto('reimbursements').values(values).returning('id').executeTakeFirstOrThrow();
}

export function listPayments(db: Q, agreementIds: string[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('payments').selectAll().where('funding_agreement_id', 'in', agreementIds).execute();
}

export function insertPayment(db: Q, values: Insertable<Database['payments']>) {
  return db.insertInto('payments').values(values).returning('id').executeTakeFirstOrThrow();
}
