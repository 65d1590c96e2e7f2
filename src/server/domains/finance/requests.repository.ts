import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

export function listRequests(db: Q, agreementIds: string[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('payment_requests')
    .innerJoin('schedule_lines', 'schedule_lines.id', 'payment_requests.schedule_line_id')
    .selectAll('payment_requests')
    .select(['schedule_lines.label as line_label'])
    .where('payment_requests.funding_agreement_id', 'in', agreementIds)
    .orderBy('payment_requests.created_at', 'desc')
    .execute();
}

export function findRequest(db: Q, id: string) {
  return db
    .selectFrom('payment_requests')
    .selectAll('payment_requests')
    .where('payment_requests.id', '=', id)
    .executeTakeFirst();
}

export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export function lockRequest(db: Transaction<Database>, id: string) {
  return db.selectFrom('payment_requests').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function insertRequest(db: Q, values: Insertable<Database['payment_requests']>) {
  return db.insertInto('payment_requests').values(values).returning('id').executeTakeFirstOrThrow();
}

export function setRequestStatus(
  db: Q,
  id: string,
  status: Database['payment_requests']['status'],
  now: Date,
  submitted: boolean,
) {
  return db
    .updateTable('payment_requests')
    .set({ status, updated_at: now, ...(submitted ? { submitted_at: now } : {}) })
    .where('id', '=', id)
    .execute();
}

export function insertEvent(db: Q, values: Insertable<Database['payment_request_events']>) {
  return db.insertInto('payment_request_events').values(values).execute();
}

export function listEvents(db: Q, requestId: string) {
  return db
    .selectFrom('payment_request_events')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('occurred_at')
    .execute();
}

export function listRequestDocuments(db: Q, requestId: string) {
  return db
    .selectFrom('payment_request_documents')
    .innerJoin('documents', 'documents.id', 'payment_request_documents.document_id')
    .select(['documents.id', 'documents.filename', 'payment_request_documents.requirement'])
    .where('payment_request_documents.request_id', '=', requestId)
    .orderBy('payment_request_documents.added_at')
    .execute();
}

export function attachDocument(db: Q, values: Insertable<Database['payment_request_documents']>) {
  return db
    .insertInto('payment_request_documents')
    .values(values)
    .onConflict((oc) => oc.columns(['request_id', 'document_id']).doUpdateSet({ requirement: values.requirement }))
    .execute();
}

export function findPaymentOfRequest(db: Q, requestId: string) {
  return db.selectFrom('payments').selectAll().where('request_id', '=', requestId).executeTakeFirst();
}
