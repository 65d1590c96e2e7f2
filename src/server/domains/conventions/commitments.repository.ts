import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

export function findCommitment(db: Q, id: string) {
  return db
    .selectFrom('commitments')
    .innerJoin('axes', 'axes.id', 'commitments.axis_id')
    .leftJoin('objectives', 'objectives.id', 'axes.objective_id')
    .innerJoin('conventions', 'conventions.id', 'commitments.convention_id')
    .select([
      'commitments.id',
      'commitments.convention_id',
      'commitments.code',
      'commitments.party',
      'commitments.text',
      'commitments.article_number',
      'axes.code as axis_code',
      'axes.title as axis_title',
      'objectives.code as objective_code',
      'objectives.title as objective_title',
      'conventions.title as convention_title',
    ])
    .where('commitments.id', '=', id)
    .executeTakeFirst();
}

/** Locks the commitment row so that two people setting the same status serialise. */
export function lockCommitment(db: Transaction<Database>, id: string) {
  return db.selectFrom('commitments').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

const statusColumns = [
  'commitment_statuses.id',
  'commitment_statuses.commitment_id',
  'commitment_statuses.year',
  'commitment_statuses.status',
  'commitment_statuses.comment',
  'commitment_statuses.evidence_url',
  'commitment_statuses.evidence_document_id',
  'commitment_statuses.set_by_label',
  'commitment_statuses.set_at',
  'documents.filename as evidence_filename',
  'documents.size_bytes as evidence_size',
] as const;

/** Every status ever set on these commitments, newest first (history is never overwritten). */
export function listStatuses(db: Q, commitmentIds: string[], year?: number) {
  if (commitmentIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('commitment_statuses')
    .leftJoin('documents', 'documents.id', 'commitment_statuses.evidence_document_id')
    .select(statusColumns)
    .where('commitment_statuses.commitment_id', 'in', commitmentIds);
  if (year !== undefined) q = q.where('commitment_statuses.year', '=', year);
  return q.orderBy('commitment_statuses.set_at', 'desc').orderBy('commitment_statuses.id').execute();
}

export type StatusRow = Awaited<ReturnType<typeof listStatuses>>[number];

export function insertStatus(
  db: Q,
  values: {
    commitmentId: string;
    year: number;
    status: Database['commitment_statuses']['status'];
    comment: string | null;
    evidenceUrl: string | null;
    evidenceDocumentId: string | null;
    setBy: string;
    setByLabel: string;
    setAt: Date;
  },
) {
  return db
    .insertInto('commitment_statuses')
    .values({
      commitment_id: values.commitmentId,
      year: values.year,
      status: values.status,
      comment: values.comment,
      evidence_url: values.evidenceUrl,
      evidence_document_id: values.evidenceDocumentId,
      set_by: values.setBy,
      set_by_label: values.setByLabel,
      set_at: values.setAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
