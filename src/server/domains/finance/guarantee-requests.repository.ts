import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

export function listRequests(db: Q, conventionId: string) {
  return db
    .selectFrom('guarantee_requests')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('reference', 'desc')
    .execute();
}

export function findRequest(db: Q, id: string) {
  return db.selectFrom('guarantee_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the request: two decisions never both pass the status check. */
export function lockRequest(trx: Transaction<Database>, id: string) {
  return trx.selectFrom('guarantee_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

/** Numbered per convention (GAR-001…); a transaction lock per convention keeps two filings from taking one number. */
export async function nextReference(trx: Transaction<Database>, conventionId: string): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext(${`guarantee_requests:${conventionId}`}))`.execute(trx);
  const row = await trx
    .selectFrom('guarantee_requests')
    .select((eb) => eb.fn.max('reference').as('max'))
    .where('convention_id', '=', conventionId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export function insertRequest(db: Q, values: Insertable<Database['guarantee_requests']>) {
  return db.insertInto('guarantee_requests').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateRequest(db: Q, id: string, values: Updateable<Database['guarantee_requests']>) {
  return db.updateTable('guarantee_requests').set(values).where('id', '=', id).execute();
}

export function insertRequestDocuments(db: Q, rows: Insertable<Database['guarantee_request_documents']>[]) {
  return db.insertInto('guarantee_request_documents').values(rows).execute();
}

export function listRequestDocuments(db: Q, requestIds: string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('guarantee_request_documents as r')
    .innerJoin('documents as d', 'd.id', 'r.document_id')
    .select(['r.request_id', 'r.document_id', 'r.label', 'd.filename'])
    .where('r.request_id', 'in', requestIds)
    .orderBy('r.added_at')
    .execute();
}

export function documentsOf(db: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('documents').select(['id', 'convention_id', 'organisation_id']).where('id', 'in', ids).execute();
}

/**
 * Requests in examination on a date: filed by then and not yet decided (submitted or examined).
 * Published (finance.queries): the guarantees page, the dashboard and the annual review count them.
 */
export function requestsInExaminationAsOf(db: Q, conventionId: string, asOf: string) {
  return db
    .selectFrom('guarantee_requests')
    .select(['id', 'reference', 'lender', 'operation_label', 'loan_amount_cents', 'submitted_on'])
    .where('convention_id', '=', conventionId)
    .where('submitted_on', '<=', asOf)
    .where((eb) => eb.or([eb('decided_on', 'is', null), eb('decided_on', '>', asOf)]))
    .orderBy('reference')
    .execute();
}
