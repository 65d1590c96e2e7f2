import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * What the conventions domain publishes to the others: organisations, the conventions a principal
 * may list, a convention's whole text as amended on a date, its years and the history of its
 * commitments' statuses. Other domains read the
 * conventions' tables through these alone (the lint rule in eslint.config.js enforces it).
 */
export { findOrganisation, findOrganisationBySiret, listConventions } from './conventions.repository';
export { getConventionDetail } from './conventions.service';
export { conventionYears } from './commitment.rules';
export { getObjectivesTree } from './commitments.service';
/** Objectives and axes by id (indicators), an amendment of a convention (governance's links). */
export { amendmentOfConvention, axesByIds, objectivesByIds } from './published.repository';
export { lockOrganisation, organisationKindOf, organisationNameOf } from './organisations.repository';

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

/** Every commitment of a convention by code and text (what an event reported under article 3.2 may concern). */
export function commitmentHeaders(db: Q, conventionId: string) {
  return db
    .selectFrom('commitments')
    .select(['id', 'code', 'text'])
    .where('convention_id', '=', conventionId)
    .orderBy('position')
    .execute();
}
