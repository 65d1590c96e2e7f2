import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

export function listAmendments(db: Q, conventionId: string) {
  return db
    .selectFrom('amendments')
    .select([
      'amendments.id',
      'amendments.number',
      'amendments.object',
      'amendments.signed_on',
      'amendments.effective_on',
      'amendments.approvals',
      'amendments.created_at',
      'amendments.created_by',
    ])
    .where('amendments.convention_id', '=', conventionId)
    .orderBy('amendments.number')
    .execute();
}

export function listAmendmentChanges(db: Q, amendmentIds: string[]) {
  if (amendmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('amendment_changes')
    .select(['amendment_id', 'change', 'previous'])
    .where('amendment_id', 'in', amendmentIds)
    .orderBy('amendment_id')
    .orderBy('position')
    .execute();
}

export function insertAmendment(
  db: Q,
  values: {
    conventionId: string;
    number: number;
    object: string;
    signedOn: string;
    effectiveOn: string;
    approvals: string | null;
    createdBy: string;
  },
) {
  return db
    .insertInto('amendments')
    .values({
      convention_id: values.conventionId,
      number: values.number,
      object: values.object,
      signed_on: values.signedOn,
      effective_on: values.effectiveOn,
      approvals: values.approvals,
      created_by: values.createdBy,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function insertAmendmentChange(
  db: Q,
  values: { amendmentId: string; position: number; change: unknown; previous: unknown },
) {
  return db
    .insertInto('amendment_changes')
    .values({
      amendment_id: values.amendmentId,
      position: values.position,
      change: JSON.stringify(values.change),
      previous: values.previous === undefined ? null : JSON.stringify(values.previous),
    })
    .execute();
}

/** Locks the convention row: amendments and terminations of one convention apply one at a time. */
export function lockConvention(db: Transaction<Database>, conventionId: string) {
  return db
    .selectFrom('conventions')
    .select(['id', 'period_end'])
    .where('id', '=', conventionId)
    .forUpdate()
    .executeTakeFirst();
}

/** Amendments of several conventions with their changes, for the "as amended" views. */
export async function listAmendmentsOf(db: Q, conventionIds: string[]) {
  if (conventionIds.length === 0) return [];
  const amendments = await db
    .selectFrom('amendments')
    .select(['id', 'convention_id', 'number', 'object', 'effective_on'])
    .where('convention_id', 'in', conventionIds)
    .orderBy('number')
    .execute();
  const changes = await listAmendmentChanges(
    db,
    amendments.map((a) => a.id),
  );
  return amendments.map((a) => ({
    ...a,
    changes: changes.filter((c) => c.amendment_id === a.id).map((c) => c.change),
  }));
}
