import { conventionScope, loadConventionAccess } from '../../kernel/convention-scope';
import { findConvention, listParties } from '../../kernel/convention-scope.queries';
import { actorOf, type Principal } from '../../kernel/principal';
import type { ConventionDetail, CreateConventionBody } from '../../../contracts/convention-content';
import type { ConventionSummary, CreateOrganisationBody, Organisation } from '../../../contracts/conventions';
import { todayInParis } from '../../../contracts/dates';
import { normalizeSiret, siretProblem } from '../../../contracts/siret';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden } from '../../platform/errors';
import { amendmentFactsOf, asAmendedOn } from './amendment.rules';
import * as amendmentsRepo from './amendments.repository';
import { conventionYears } from './commitment.rules';
import * as contentRepo from './content.repository';
import {
  canCreateConvention,
  canManageOrganisations,
  canRecordAmendment,
  canSendTerminationNotice,
} from './conventions.policy';
import * as repo from './conventions.repository';
import { conventionStatus } from './conventions.rules';
import * as noticesRepo from './termination.repository';

export async function listOrganisations(db: Db, principal: Principal): Promise<Organisation[]> {
  if (!canManageOrganisations(principal))
    throw forbidden('Seul un administrateur peut consulter la liste des organisations.');
  return repo.listOrganisations(db);
}

export async function createOrganisation(
  db: Db,
  principal: Principal,
  body: CreateOrganisationBody,
): Promise<Organisation> {
  if (!canManageOrganisations(principal)) throw forbidden('Seul un administrateur peut créer une organisation.');
  const problem = siretProblem(body.siret);
  if (problem)
    throw new AppError('VALIDATION_FAILED', problem, { fieldErrors: [{ field: 'siret', message: problem }] });
  const siret = normalizeSiret(body.siret)!;
  return db.transaction().execute(async (trx) => {
    const existing = await repo.findOrganisationBySiret(trx, siret);
    if (existing) {
      const message = `Ce SIRET est déjà celui de « ${existing.name} ».`;
      throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'siret', message }] });
    }
    const created = await repo.insertOrganisation(trx, {
      name: body.name,
      kind: body.kind,
      siret,
      address: body.address ?? null,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'organisation',
      entityId: created.id,
      action: 'create',
      after: created,
    });
    return created;
  });
}

export async function listConventions(db: Db, principal: Principal): Promise<ConventionSummary[]> {
  const rows = await repo.listConventions(db, conventionScope(principal));
  const ids = rows.map((r) => r.id);
  const [parties, amendments] = await Promise.all([listParties(db, ids), amendmentsRepo.listAmendmentsOf(db, ids)]);
  const today = todayInParis();
  return rows.map((c) => {
    const amended = asAmendedOn(
      { periodStart: c.period_start, periodEnd: c.period_end, articles: [], signatories: [] },
      amendmentFactsOf(amendments.filter((a) => a.convention_id === c.id)),
      today,
    );
    return {
      id: c.id,
      title: c.title,
      periodStart: c.period_start,
      periodEnd: amended.periodEnd,
      status: conventionStatus({ ...datesOf(c), periodEnd: amended.periodEnd }, today),
      parties: parties
        .filter((p) => p.convention_id === c.id)
        .map((p) => ({ organisationId: p.id, name: p.name, partyRole: p.party_role })),
    };
  });
}

/** The whole convention as amended on `asOf` (today by default): header, parties, text, what is in effect. */
export async function getConventionDetail(
  db: Db,
  principal: Principal,
  id: string,
  asOf = todayInParis(),
): Promise<ConventionDetail> {
  const { convention: c, parties, side } = await loadConventionAccess(db, principal, id);
  const [signatories, legalBases, articles, amendments, notices, previous] = await Promise.all([
    repo.listSignatories(db, id),
    contentRepo.listLegalBases(db, id),
    contentRepo.listArticles(db, id),
    amendmentsRepo.listAmendmentsOf(db, [id]),
    noticesRepo.listNotices(db, id),
    c.previous_convention_id ? findConvention(db, c.previous_convention_id) : Promise.resolve(undefined),
  ]);
  const facts = amendmentFactsOf(amendments);
  const amended = asAmendedOn(
    {
      periodStart: c.period_start,
      periodEnd: c.period_end,
      articles,
      signatories: signatories.map((s) => ({
        organisationId: s.organisation_id,
        fullName: s.full_name,
        title: s.title,
      })),
    },
    facts,
    asOf,
  );
  // The termination in effect on asOf; the status is computed for that day too.
  const terminatedOn = c.terminated_on !== null && c.terminated_on <= asOf ? c.terminated_on : null;
  const pending = notices.find((n) => !n.withdrawn_on && !n.terminated_on && n.sent_on <= asOf);
  const inEffect = new Set(facts.filter((f) => f.effectiveOn <= asOf).map((f) => f.number));
  return {
    id: c.id,
    title: c.title,
    asOf,
    periodStart: amended.periodStart,
    periodEnd: amended.periodEnd,
    signaturePlace: c.signature_place,
    signatureDate: c.signature_date,
    jurisdiction: c.jurisdiction,
    terminatedOn,
    status: conventionStatus(
      { signatureDate: c.signature_date, periodStart: amended.periodStart, periodEnd: amended.periodEnd, terminatedOn },
      asOf,
    ),
    parties: parties.map((p) => ({
      organisation: { id: p.id, name: p.name, kind: p.kind, siret: p.siret, address: p.address },
      partyRole: p.party_role,
      designation: p.designation,
      representation: p.representation,
      signatories: amended.signatories
        .filter((s) => s.organisationId === p.id)
        .map((s) => ({ fullName: s.fullName, title: s.title })),
    })),
    preamble: c.preamble,
    legalBases: legalBases.map((l) => l.text),
    articles: amended.articles,
    years: conventionYears(amended.periodStart, amended.periodEnd),
    previousConvention: previous
      ? {
          id: previous.id,
          title: previous.title,
          periodStart: previous.period_start,
          periodEnd: previous.period_end,
          signatureDate: previous.signature_date,
          reviewArticle: c.previous_review_article,
        }
      : null,
    amendmentsInEffect: amendments
      .filter((a) => inEffect.has(a.number))
      .map((a) => ({ id: a.id, number: a.number, effectiveOn: a.effective_on, object: a.object })),
    pendingTermination: pending
      ? {
          id: pending.id,
          sentOn: pending.sent_on,
          earliestEffectiveOn: pending.earliest_effective_on,
          sendingOrganisationName: pending.sending_organisation_name,
        }
      : null,
    can: {
      recordAmendment: canRecordAmendment(principal, side),
      sendTerminationNotice: canSendTerminationNotice(principal, side),
      recordSignature: canRecordAmendment(principal, side),
      side,
    },
  };
}

/** A new convention between a Département and a landlord (the administrator sets it up). */
export async function createConvention(
  db: Db,
  principal: Principal,
  body: CreateConventionBody,
): Promise<{ id: string }> {
  if (!canCreateConvention(principal)) throw forbidden('Seul un administrateur peut créer une convention.');
  if (body.periodEnd <= body.periodStart) {
    throw new AppError('VALIDATION_FAILED', 'La fin de la convention doit être postérieure à son début.', {
      fieldErrors: [{ field: 'periodEnd', message: 'La fin doit être postérieure au début.' }],
    });
  }
  return db.transaction().execute(async (trx) => {
    const department = await repo.findOrganisation(trx, body.departmentId);
    const landlord = await repo.findOrganisation(trx, body.landlordId);
    const fieldErrors = [
      ...(department?.kind === 'department'
        ? []
        : [{ field: 'departmentId', message: 'Choisissez une organisation de type « Département ».' }]),
      ...(landlord?.kind === 'landlord'
        ? []
        : [{ field: 'landlordId', message: 'Choisissez une organisation de type « Bailleur social ».' }]),
    ];
    if (fieldErrors.length > 0) throw new AppError('VALIDATION_FAILED', fieldErrors[0]!.message, { fieldErrors });
    const { id } = await repo.insertConvention(trx, {
      title: body.title,
      period_start: body.periodStart,
      period_end: body.periodEnd,
      signature_place: body.signaturePlace ?? null,
      signature_date: body.signatureDate ?? null,
      jurisdiction: body.jurisdiction,
      terminated_on: null,
    });
    await repo.insertParty(trx, {
      convention_id: id,
      organisation_id: department!.id,
      party_role: 'department',
      designation: null,
      representation: null,
      position: 0,
    });
    await repo.insertParty(trx, {
      convention_id: id,
      organisation_id: landlord!.id,
      party_role: 'landlord',
      designation: null,
      representation: null,
      position: 1,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'convention',
      entityId: id,
      action: 'create',
      after: body,
    });
    return { id };
  });
}

/** Records the signature (date and place): the status follows from it. */
export async function recordSignature(
  db: Db,
  principal: Principal,
  id: string,
  body: { signatureDate: string; signaturePlace: string },
) {
  const { side, convention } = await loadConventionAccess(db, principal, id);
  if (!canRecordAmendment(principal, side))
    throw forbidden('Seuls le coordinateur DAT et l’administrateur enregistrent la signature.');
  if (body.signatureDate > todayInParis()) {
    throw new AppError('VALIDATION_FAILED', 'La date de signature ne peut pas être dans le futur.', {
      fieldErrors: [{ field: 'signatureDate', message: 'Date future.' }],
    });
  }
  await db.transaction().execute(async (trx) => {
    await repo.updateSignature(trx, id, body.signatureDate, body.signaturePlace);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'convention',
      entityId: id,
      action: 'update',
      before: { signatureDate: convention.signature_date, signaturePlace: convention.signature_place },
      after: body,
    });
  });
}

function datesOf(c: {
  signature_date: string | null;
  period_start: string;
  period_end: string;
  terminated_on: string | null;
}) {
  return {
    signatureDate: c.signature_date,
    periodStart: c.period_start,
    periodEnd: c.period_end,
    terminatedOn: c.terminated_on,
  };
}
