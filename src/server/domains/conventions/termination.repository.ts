import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

const columns = [
  'termination_notices.id',
  'termination_notices.convention_id',
  'termination_notices.sent_on',
  'termination_notices.sending_organisation_id',
  'organisations.name as sending_organisation_name',
  'termination_notices.reason',
  'termination_notices.registered_letter_ref',
  'termination_notices.earliest_effective_on',
  'termination_notices.withdrawn_on',
  'termination_notices.withdrawal_reason',
  'termination_notices.terminated_on',
  'termination_notices.created_at',
  'termination_notices.created_by',
] as const;

function base(db: Q) {
  return db
    .selectFrom('termination_notices')
    .innerJoin('organisations', 'organisations.id', 'termination_notices.sending_organisation_id')
    .select(columns);
}

export function listNotices(db: Q, conventionId: string) {
  return base(db)
    .where('termination_notices.convention_id', '=', conventionId)
    .orderBy('termination_notices.sent_on', 'desc')
    .execute();
}

export function findNotice(db: Q, id: string) {
  return base(db).where('termination_notices.id', '=', id).executeTakeFirst();
}

export type NoticeRow = NonNullable<Awaited<ReturnType<typeof findNotice>>>;

export function insertNotice(
  db: Q,
  v: {
    conventionId: string;
    sentOn: string;
    sendingOrganisationId: string;
    reason: string;
    registeredLetterRef: string;
    earliestEffectiveOn: string;
    createdBy: string;
  },
) {
  return db
    .insertInto('termination_notices')
    .values({
      convention_id: v.conventionId,
      sent_on: v.sentOn,
      sending_organisation_id: v.sendingOrganisationId,
      reason: v.reason,
      registered_letter_ref: v.registeredLetterRef,
      earliest_effective_on: v.earliestEffectiveOn,
      created_by: v.createdBy,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function withdrawNotice(db: Q, id: string, withdrawnOn: string, reason: string) {
  return db
    .updateTable('termination_notices')
    .set({ withdrawn_on: withdrawnOn, withdrawal_reason: reason })
    .where('id', '=', id)
    .execute();
}

export async function markTerminated(db: Q, noticeId: string, conventionId: string, effectiveOn: string) {
  await db.updateTable('termination_notices').set({ terminated_on: effectiveOn }).where('id', '=', noticeId).execute();
  await db.updateTable('conventions').set({ terminated_on: effectiveOn }).where('id', '=', conventionId).execute();
}
