import type { Kysely, Transaction } from 'kysely';
import type { Database, EvidenceKind } from '../../platform/db/schema';
import { agreementsSignedByYear, allocationVotedByYear } from '../finance/finance.queries';
import { meetingsHeld } from '../governance/governance.queries';
import { forecastsSubmitted, progressTablesAccepted } from '../operations/operations.queries';
import type { EvidenceFact } from './evidence.rules';
import { eventPeriodKey } from './communication-duties.rules';
import { firstInvitationSubmissions, firstProofSubmissions } from './communication.repository';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Evidence resolvers: what the other domains already record that proves a duty done, read through
 * their published queries for one convention. Each returns facts the pure matcher (evidence.rules)
 * pins to an instance: by the year the duty is for, by the day a meeting was held, or by the end of
 * the half-year a progress table describes. Dates of timestamps are taken in Paris.
 */
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
      const rows = await forecastsSubmitted(db, conventionId);
      return rows.map((r) => ({ year: r.year, on: r.on, label: `Prévisionnel ${r.year} transmis le` }));
    }
    case 'allocation': {
      // The annual allocation ("délibération d'application") voted for year Y, on any envelope.
      const rows = await allocationVotedByYear(db, conventionId);
      return rows.map((r) => ({ year: r.year, on: r.on, label: `Délibération d'application ${r.year} votée le` }));
    }
    case 'funding_agreements': {
      // Both financial conventions of year Y (investment and operating) signed: done on the later signature.
      const rows = await agreementsSignedByYear(db, conventionId, today);
      return rows.map((r) => ({ year: r.year, on: r.on, label: `Conventions financières ${r.year} signées le` }));
    }
    case 'copil_meeting':
    case 'cotech_meeting': {
      // A meeting of the body held (its day has come, and not a session without quorum).
      const bodyKind = kind === 'copil_meeting' ? 'steering_committee' : 'technical_committee';
      const rows = await meetingsHeld(db, conventionId, bodyKind, today);
      // A COPIL proves the COPIL of the year it is held in, even outside the 4th quarter (the
      // calendar then shows the window's warning, act-windows.rules); a COTECH its half-year.
      return rows.map((r) =>
        kind === 'copil_meeting'
          ? { year: Number(r.on.slice(0, 4)), on: r.on, label: `Réunion du ${r.code} tenue le` }
          : { within: r.on, on: r.on, label: `Réunion du ${r.code} tenue le` },
      );
    }
    case 'invitation': {
      // Article 6: the event's invitation submitted to the Département (its first version).
      const rows = await firstInvitationSubmissions(db, conventionId);
      return rows.map((r) => ({ periodKey: eventPeriodKey(r.event_id), on: r.on, label: 'Invitation soumise le' }));
    }
    case 'publicity_proof': {
      // Article 6: a proof of the partnership's promotion transmitted for the event, not rejected.
      const rows = await firstProofSubmissions(db, conventionId);
      return rows.map((r) => ({ periodKey: eventPeriodKey(r.event_id), on: r.on, label: 'Justificatif transmis le' }));
    }
    case 'progress_table': {
      // The half-year progress table accepted by the Département.
      const rows = await progressTablesAccepted(db, conventionId);
      return rows.map((r) => ({ periodEnd: r.period_end, on: r.on, label: 'Tableau de suivi accepté le' }));
    }
  }
}
