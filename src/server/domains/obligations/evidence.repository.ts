import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, EvidenceKind } from '../../platform/db/schema';
import type { EvidenceFact } from './evidence.rules';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Evidence resolvers: what the other domains already record that proves a duty done, read in SQL
 * over their tables for one convention. Each returns facts the pure matcher (evidence.rules) pins
 * to an instance: by the year the duty is for, by the day a meeting was held, or by the end of the
 * half-year a progress table describes. Dates of timestamps are taken in Paris.
 */
const parisDay = (column: string) => sql<string>`to_char(${sql.ref(column)} at time zone 'Europe/Paris', 'YYYY-MM-DD')`;

export async function resolveEvidence(
  db: Q,
  conventionId: string,
  kind: EvidenceKind,
  today: string,
): Promise<EvidenceFact[]> {
  switch (kind) {
    case 'manual':
      return [];
    case 'volume_forecast': {
      // The November forecast of year Y's volumes, submitted by the office.
      const rows = await db
        .selectFrom('volume_forecasts')
        .select(['year', parisDay('submitted_at').as('on')])
        .where('convention_id', '=', conventionId)
        .where('status', '=', 'submitted')
        .where('submitted_at', 'is not', null)
        .execute();
      return rows.map((r) => ({ year: r.year, on: r.on, label: `Prévisionnel ${r.year} transmis le` }));
    }
    case 'allocation': {
      // The annual allocation ("délibération d'application") voted for year Y, on any envelope.
      const rows = await db
        .selectFrom('allocations')
        .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
        .select(['allocations.year', (eb) => eb.fn.min('allocations.deliberation_date').as('on')])
        .where('envelopes.convention_id', '=', conventionId)
        .groupBy('allocations.year')
        .execute();
      return rows.map((r) => ({
        year: r.year,
        on: r.on as string,
        label: `Délibération d'application ${r.year} votée le`,
      }));
    }
    case 'funding_agreements': {
      // Both financial conventions of year Y (investment and operating) signed: done on the later signature.
      const rows = await db
        .selectFrom('funding_agreements')
        .innerJoin('allocations', 'allocations.id', 'funding_agreements.allocation_id')
        .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
        .select(['allocations.year', (eb) => eb.fn.max('funding_agreements.signed_on').as('on')])
        .where('envelopes.convention_id', '=', conventionId)
        .where('funding_agreements.signed_on', 'is not', null)
        .where('funding_agreements.signed_on', '<=', today)
        .groupBy('allocations.year')
        .having(sql<number>`count(distinct envelopes.kind)`, '=', 2)
        .execute();
      return rows.map((r) => ({
        year: r.year,
        on: r.on as string,
        label: `Conventions financières ${r.year} signées le`,
      }));
    }
    case 'copil_meeting':
    case 'cotech_meeting': {
      // A meeting of the body held (its day has come, and not a session without quorum).
      const rows = await db
        .selectFrom('governance_sessions')
        .innerJoin('governance_bodies', 'governance_bodies.id', 'governance_sessions.body_id')
        .select(['governance_sessions.held_on as on', 'governance_bodies.code'])
        .where('governance_bodies.convention_id', '=', conventionId)
        .where('governance_bodies.kind', '=', kind === 'copil_meeting' ? 'steering_committee' : 'technical_committee')
        .where('governance_sessions.held_on', '<=', today)
        .where('governance_sessions.status', '<>', 'no_quorum')
        .orderBy('governance_sessions.held_on')
        .execute();
      return rows.map((r) => ({ within: r.on, on: r.on, label: `Réunion du ${r.code} tenue le` }));
    }
    case 'progress_table': {
      // The half-year progress table accepted by the Département.
      const rows = await db
        .selectFrom('progress_tables')
        .select(['period_end', parisDay('accepted_at').as('on')])
        .where('convention_id', '=', conventionId)
        .where('status', '=', 'accepted')
        .where('accepted_at', 'is not', null)
        .execute();
      return rows.map((r) => ({ periodEnd: r.period_end, on: r.on, label: 'Tableau de suivi accepté le' }));
    }
  }
}
