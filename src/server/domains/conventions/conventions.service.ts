import type { ConventionHeader, ConventionSummary, CreateOrganisationBody, Organisation } from '../../../contracts/conventions';
import { todayInParis } from '../../../contracts/dates';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound } from '../../platform/errors';
import type { Principal } from '../access/access.policy';
import { actorOf } from '../access/access.service';
import { canManageOrganisations, canReadConvention, conventionScope } from './conventions.policy';
import * as repo from './conventions.repository';
import { conventionStatus, normalizeSiret, siretProblem } from './conventions.rules';

export async function listOrganisations(db: Db, principal: Principal): Promise<Organisation[]> {
  if (!canManageOrganisations(principal)) throw forbidden('Seul un administrateur peut consulter la liste des organisations.');
  return repo.listOrganisations(db);
}

export async function createOrganisation(db: Db, principal: Principal, body: CreateOrganisationBody): Promise<Organisation> {
  if (!canManageOrganisations(principal)) throw forbidden('Seul un administrateur peut créer une organisation.');
  const problem = siretProblem(body.siret);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, { fieldErrors: [{ field: 'siret', message: problem }] });
  const siret = normalizeSiret(body.siret)!;
  return db.transaction().execute(async (trx) => {
    const existing = await repo.findOrganisationBySiret(trx, siret);
    if (existing) {
      const message = `Ce SIRET est déjà celui de « ${existing.name} ».`;
      throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'siret', message }] });
    }
    const created = await repo.insertOrganisation(trx, { name: body.name, kind: body.kind, siret, address: body.address ?? null });
    await recordAudit(trx, actorOf(principal), { entityType: 'organisation', entityId: created.id, action: 'create', after: created });
    return created;
  });
}

export async function listConventions(db: Db, principal: Principal): Promise<ConventionSummary[]> {
  const rows = await repo.listConventions(db, conventionScope(principal));
  const parties = await repo.listParties(db, rows.map((r) => r.id));
  const today = todayInParis();
  return rows.map((c) => ({
    id: c.id,
    title: c.title,
    periodStart: c.period_start,
    periodEnd: c.period_end,
    status: conventionStatus(datesOf(c), today),
    parties: parties
      .filter((p) => p.convention_id === c.id)
      .map((p) => ({ organisationId: p.id, name: p.name, partyRole: p.party_role })),
  }));
}

export async function getConventionHeader(db: Db, principal: Principal, id: string): Promise<ConventionHeader> {
  const convention = await repo.findConvention(db, id);
  if (!convention) throw notFound('Convention');
  const parties = await repo.listParties(db, [id]);
  // Invisible and missing look the same, so that identifiers reveal nothing.
  if (!canReadConvention(principal, parties.map((p) => p.id))) throw notFound('Convention');
  const signatories = await repo.listSignatories(db, id);
  return {
    id: convention.id,
    title: convention.title,
    periodStart: convention.period_start,
    periodEnd: convention.period_end,
    signaturePlace: convention.signature_place,
    signatureDate: convention.signature_date,
    jurisdiction: convention.jurisdiction,
    terminatedOn: convention.terminated_on,
    status: conventionStatus(datesOf(convention), todayInParis()),
    parties: parties.map((p) => ({
      organisation: { id: p.id, name: p.name, kind: p.kind, siret: p.siret, address: p.address },
      partyRole: p.party_role,
      designation: p.designation,
      representation: p.representation,
      signatories: signatories
        .filter((s) => s.organisation_id === p.id)
        .map((s) => ({ fullName: s.full_name, title: s.title })),
    })),
  };
}

function datesOf(c: { signature_date: string | null; period_start: string; period_end: string; terminated_on: string | null }) {
  return { signatureDate: c.signature_date, periodStart: c.period_start, periodEnd: c.period_end, terminatedOn: c.terminated_on };
}
