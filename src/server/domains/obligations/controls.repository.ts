import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * What the evidence bundle reads, each as it stood at the end of a Paris calendar day: rows created
 * after that day are left out. Reads across domains (finance, operations, audit) on purpose: the
 * bundle is a read-only snapshot for a controller, not a use case of those domains.
 */
const endOf = (asOf: string) => sql<Date>`(${asOf}::date + 1)::timestamp at time zone 'Europe/Paris'`;

export function listAgreementRows(db: Q, conventionId: string, asOf: string) {
  return db
    .selectFrom('funding_agreements as f')
    .innerJoin('allocations as a', 'a.id', 'f.allocation_id')
    .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
    .select([
      'f.id',
      'e.label as envelope',
      'a.year',
      'f.amount_cents',
      'f.signed_on',
      'f.purpose',
      'f.justification_deadline',
      'f.reimbursement_clause',
      'f.created_at',
    ])
    .where('e.convention_id', '=', conventionId)
    .where('f.created_at', '<', endOf(asOf))
    .orderBy('a.year')
    .orderBy('f.created_at')
    .execute();
}

export function listRequestRows(db: Q, conventionId: string, asOf: string) {
  return (
    db
      .selectFrom('payment_requests as r')
      .innerJoin('funding_agreements as f', 'f.id', 'r.funding_agreement_id')
      .innerJoin('allocations as a', 'a.id', 'f.allocation_id')
      .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
      .select([
        'r.id',
        'r.funding_agreement_id',
        'r.amount_cents',
        'r.status',
        'r.description',
        'r.created_at',
        'r.submitted_at',
      ])
      .where('e.convention_id', '=', conventionId)
      .where('r.created_at', '<', endOf(asOf))
      // A draft is the office's work in progress, hidden from the Département and the controller:
      // a request enters the bundle once it was submitted by that day.
      .where('r.status', '<>', 'draft')
      .where((eb) =>
        eb.or([
          eb('r.submitted_at', '<', endOf(asOf)),
          eb.exists(
            eb
              .selectFrom('payment_request_events as h')
              .select('h.id')
              .whereRef('h.request_id', '=', 'r.id')
              .where('h.to_status', '=', 'submitted')
              .where('h.occurred_at', '<', endOf(asOf)),
          ),
        ]),
      )
      .orderBy('r.created_at')
      .execute()
  );
}

/** The status history of the requests up to the day, so a later approval does not show. */
export function listRequestEventRows(db: Q, requestIds: string[], asOf: string) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('payment_request_events')
    .select(['request_id', 'from_status', 'to_status', 'comment', 'actor_label', 'occurred_at'])
    .where('request_id', 'in', requestIds)
    .where('occurred_at', '<', endOf(asOf))
    .orderBy('occurred_at')
    .execute();
}

export function listRequestDocumentRows(db: Q, requestIds: string[], asOf: string) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('payment_request_documents as p')
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .select(['p.request_id', 'p.requirement', 'd.id', 'd.filename', 'd.sha256', 'd.content'])
    .where('p.request_id', 'in', requestIds)
    .where('p.added_at', '<', endOf(asOf))
    .orderBy('p.added_at')
    .execute();
}

/** Progress tables opened by the day, with the versions submitted by then (the snapshots). */
export function listProgressRows(db: Q, conventionId: string, asOf: string) {
  return db
    .selectFrom('progress_tables')
    .select(['id', 'period_end', 'status', 'submitted_at', 'accepted_at', 'review_comment'])
    .where('convention_id', '=', conventionId)
    .where('opened_at', '<', endOf(asOf))
    .orderBy('period_end')
    .execute();
}

export function listProgressSnapshots(db: Q, tableIds: string[], asOf: string) {
  if (tableIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('progress_table_snapshots')
    .select(['progress_table_id', 'version', 'submitted_at', 'rows'])
    .where('progress_table_id', 'in', tableIds)
    .where('submitted_at', '<', endOf(asOf))
    .orderBy('progress_table_id')
    .orderBy('version')
    .execute();
}

/**
 * Audit events in chain order, a batch at a time, up to the end of the day, each with whether the
 * convention's controller may read it (its convention's, and not an office's private draft): the
 * walk checks the whole chain, the bundle keeps only those.
 */
export function auditEventsUntil(db: Q, conventionId: string, asOf: string, afterId: bigint, limit: number) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .select(
      sql<boolean>`(convention_id is not distinct from ${conventionId}::uuid and not private_to_organisation)`.as(
        'in_bundle',
      ),
    )
    .where('id', '>', afterId)
    .where('occurred_at', '<', endOf(asOf))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The audit chain's signed checkpoints made by the end of the day (issue #17). */
export function checkpointsUntil(db: Q, asOf: string) {
  return db.selectFrom('audit_checkpoints').selectAll().where('signed_at', '<', endOf(asOf)).orderBy('id').execute();
}
