import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

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

/** The convention's operations with their actual delivery date. */
export function operations(db: Q, conventionId: string) {
  return db
    .selectFrom('operations as o')
    .leftJoin('operation_phases as ph', (j) => j.onRef('ph.operation_id', '=', 'o.id').on('ph.phase', '=', 'delivery'))
    .select([
      'o.reference',
      'o.label',
      'o.kind',
      'o.programme',
      'o.commune_code',
      'o.residence',
      'o.status',
      'o.percent_complete',
      'o.cost_incl_tax_cents',
      'ph.planned_on',
      'ph.actual_on',
    ])
    .where('o.convention_id', '=', conventionId)
    .orderBy('o.reference')
    .execute();
}
