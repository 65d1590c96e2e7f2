import type { SeedMode } from '../platform/config';
import { recordAudit, SYSTEM_ACTOR } from '../platform/audit';
import type { Db } from '../platform/db/connect';
import * as conventions from '../domains/conventions/conventions.repository';
import { referenceConvention, referenceOrganisations } from './reference-convention';

/**
 * Loads the reference data on first start (mode `reference`); does nothing in mode `none` or when
 * the reference convention's parties already exist, so restarts never duplicate it.
 */
export async function runSeed(db: Db, mode: SeedMode): Promise<'loaded' | 'present' | 'skipped'> {
  if (mode === 'none') return 'skipped';
  return db.transaction().execute(async (trx) => {
    if (await conventions.findOrganisationBySiret(trx, referenceOrganisations.office.siret)) return 'present';
    const ids: Record<keyof typeof referenceOrganisations, string> = { department: '', office: '' };
    for (const key of Object.keys(referenceOrganisations) as (keyof typeof referenceOrganisations)[]) {
      const org = await conventions.insertOrganisation(trx, referenceOrganisations[key]);
      ids[key] = org.id;
      await recordAudit(trx, SYSTEM_ACTOR, { entityType: 'organisation', entityId: org.id, action: 'seed', after: org });
    }
    const c = referenceConvention;
    const { id } = await conventions.insertConvention(trx, {
      title: c.title,
      period_start: c.periodStart,
      period_end: c.periodEnd,
      signature_place: c.signaturePlace,
      signature_date: c.signatureDate,
      jurisdiction: c.jurisdiction,
      terminated_on: null,
    });
    let signatoryPosition = 0;
    for (const [position, party] of c.parties.entries()) {
      const organisationId = ids[party.organisation];
      await conventions.insertParty(trx, {
        convention_id: id,
        organisation_id: organisationId,
        party_role: party.partyRole,
        designation: party.designation,
        representation: party.representation,
        position,
      });
      for (const s of party.signatories) {
        await conventions.insertSignatory(trx, {
          convention_id: id,
          organisation_id: organisationId,
          full_name: s.fullName,
          title: s.title,
          position: signatoryPosition++,
        });
      }
    }
    await recordAudit(trx, SYSTEM_ACTOR, {
      entityType: 'convention',
      entityId: id,
      action: 'seed',
      after: { title: c.title, periodStart: c.periodStart, periodEnd: c.periodEnd, parties: c.parties.map((p) => p.organisation) },
    });
    return 'loaded';
  });
}
