import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/** The conventions domain's published reads for the reports: the history of the commitments' statuses. */

/** Every status ever set on the convention's commitments (history included). */
export function commitmentStatuses(db: Q, conventionId: string) {
  return db
    .selectFrom('commitment_statuses as s')
    .innerJoin('commitments as c', 'c.id', 's.commitment_id')
    .select(['c.code', 's.year', 's.status', 's.comment', 's.evidence_url', 's.set_by_label', 's.set_at'])
    .where('c.convention_id', '=', conventionId)
    .orderBy('c.position')
    .orderBy('s.year')
    .orderBy('s.set_at')
    .execute();
}
