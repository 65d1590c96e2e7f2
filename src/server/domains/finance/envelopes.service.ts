import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { formatCents } from '../../../contracts/format';
import { centsToEuros } from '../../../contracts/money';
import { formatDateFr, todayInParis } from '../../../contracts/dates';
import type { FinanceOverview, LapseAlertView } from '../../../contracts/finance';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { ceilingBreach, envelopeAmountOn, isRequested, sum, type RequestStatus } from './finance.rules';
import { canDraftRequest, canManageFinance, canSetUpFinance } from './finance.policy';
import * as repo from './finance.repository';
import { forecastEnvelope, lapseWatch } from './forecast.rules';
import * as requestsRepo from './requests.repository';

const e = centsToEuros;

/** Everything the envelope dashboard shows: amounts voted → allocated → committed → requested → paid, per year, and the forecast. */
export async function getFinanceOverview(db: Db, principal: Principal, conventionId: string): Promise<FinanceOverview> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  const today = todayInParis();
  const envelopes = await repo.listEnvelopes(db, conventionId);
  const ids = envelopes.map((x) => x.id);
  const [revisions, allocations, agreements] = await Promise.all([
    repo.listRevisions(db, ids),
    repo.listAllocations(db, ids),
    repo.listAgreements(db, conventionId),
  ]);
  const agreementIds = agreements.map((a) => a.id);
  const [requests, payments, reimbursements] = await Promise.all([
    requestsRepo.listRequests(db, agreementIds),
    repo.listPayments(db, agreementIds),
    repo.listReimbursements(db, agreementIds),
  ]);

  const views = envelopes.map((env) => {
    const envRevisions = revisions.filter((r) => r.envelope_id === env.id);
    const amount = envelopeAmountOn(
      env.amount_cents,
      envRevisions.map((r) => ({ effectiveOn: r.effective_on, amountCents: r.amount_cents })),
      today,
    );
    const envAllocations = allocations.filter((a) => a.envelope_id === env.id);
    const envAgreements = agreements.filter((g) => envAllocations.some((a) => a.id === g.allocation_id));
    const agreementOf = (allocationId: string) => envAgreements.find((g) => g.allocation_id === allocationId);
    const requestedOf = (ids: string[]) =>
      sum(
        requests
          .filter((r) => ids.includes(r.funding_agreement_id) && isRequested(r.status as RequestStatus))
          .map((r) => r.amount_cents),
      );
    const paidOf = (ids: string[]) =>
      sum(payments.filter((p) => ids.includes(p.funding_agreement_id)).map((p) => p.amount_cents));
    const reimbursedOf = (ids: string[]) =>
      sum(reimbursements.filter((r) => ids.includes(r.funding_agreement_id)).map((r) => r.amount_cents));
    const allIds = envAgreements.map((g) => g.id);
    const allocated = sum(envAllocations.map((a) => a.amount_cents));
    const forecast = forecastEnvelope({
      amountCents: amount,
      periodStart: env.period_start,
      periodEnd: env.period_end,
      allocations: envAllocations.map((a) => ({ year: a.year, amountCents: a.amount_cents })),
    });
    const startYear = Number(env.period_start.slice(0, 4));
    const endYear = Number(env.period_end.slice(0, 4));
    return {
      id: env.id,
      kind: env.kind,
      label: env.label,
      initialAmount: e(env.amount_cents),
      amount: e(amount),
      periodStart: env.period_start,
      periodEnd: env.period_end,
      deliberationRef: env.deliberation_ref,
      deliberationDate: env.deliberation_date,
      revisions: envRevisions.map((r) => ({
        id: r.id,
        effectiveOn: r.effective_on,
        amount: e(r.amount_cents),
        deliberationRef: r.deliberation_ref,
        deliberationDate: r.deliberation_date,
        reason: r.reason,
      })),
      allocations: envAllocations.map((a) => {
        const g = agreementOf(a.id);
        return {
          id: a.id,
          year: a.year,
          amount: e(a.amount_cents),
          deliberationBody: a.deliberation_body,
          deliberationDate: a.deliberation_date,
          deliberationNumber: a.deliberation_number,
          committed: e(g?.amount_cents ?? 0n),
          fundingAgreementId: g?.id ?? null,
        };
      }),
      totals: {
        allocated: e(allocated),
        committed: e(sum(envAgreements.map((g) => g.amount_cents))),
        requested: e(requestedOf(allIds)),
        paid: e(paidOf(allIds)),
        reimbursed: e(reimbursedOf(allIds)),
        leftToAllocate: e(amount - allocated),
      },
      byYear: Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i).map((year) => {
        const yearAllocations = envAllocations.filter((a) => a.year === year);
        const yearAgreements = envAgreements.filter((g) => g.year === year).map((g) => g.id);
        return {
          year,
          allocated: e(sum(yearAllocations.map((a) => a.amount_cents))),
          committed: e(sum(envAgreements.filter((g) => g.year === year).map((g) => g.amount_cents))),
          requested: e(requestedOf(yearAgreements)),
          paid: e(paidOf(yearAgreements)),
        };
      }),
      forecast: {
        remainingYears: forecast.remainingYears,
        requiredPace: forecast.requiredPaceCents === null ? null : e(forecast.requiredPaceCents),
        currentPace: forecast.currentPaceCents === null ? null : e(forecast.currentPaceCents),
        projectedExhaustionYear: forecast.projectedExhaustionYear,
        onTrack: forecast.onTrack,
      },
    };
  });

  const alerts = lapseWatch({
    today,
    allocations: allocations.map((a) => ({
      id: a.id,
      year: a.year,
      amountCents: a.amount_cents,
      committedCents: agreements.find((g) => g.allocation_id === a.id)?.amount_cents ?? 0n,
    })),
    agreements: agreements.map((g) => ({
      id: g.id,
      signedOn: g.signed_on,
      requestCount: requests.filter((r) => r.funding_agreement_id === g.id && r.status !== 'draft').length,
    })),
    requests: requests.map((r) => ({
      id: r.id,
      status: r.status,
      submittedOn: r.submitted_at ? r.submitted_at.toISOString().slice(0, 10) : null,
    })),
  });
  const lapseAlerts: LapseAlertView[] = alerts.map((a) => {
    switch (a.kind) {
      case 'allocation_not_committed':
        return {
          kind: a.kind,
          message: `Délibération d'application ${a.year} : ${formatCents(a.uncommittedCents)} non engagés par une convention financière au 31/12/${a.year}.`,
          link: `/conventions/${conventionId}/finances/allocations/${a.allocationId}/convention-financiere`,
        };
      case 'agreement_without_request':
        return {
          kind: a.kind,
          message: `Convention financière signée le ${formatDateFr(a.signedOn)} sans demande de versement depuis plus de 6 mois.`,
          link: `/conventions-financieres/${a.agreementId}`,
        };
      case 'request_waiting':
        return {
          kind: a.kind,
          message: `Demande de versement transmise le ${formatDateFr(a.submittedOn)} en attente depuis ${a.days} jours.`,
          link: `/demandes-de-versement/${a.requestId}`,
        };
    }
  });

  return {
    conventionId,
    envelopes: views,
    lapseAlerts,
    can: {
      manage: canManageFinance(principal, side),
      setUp: canSetUpFinance(principal, side),
      request: canDraftRequest(principal, side),
    },
  };
}

/** Loads an envelope with its convention access checked. */
async function envelopeAccess(db: Db, principal: Principal, envelopeId: string) {
  const envelope = await repo.findEnvelope(db, envelopeId);
  if (!envelope) throw notFound('Enveloppe');
  const access = await loadConventionAccess(db, principal, envelope.convention_id);
  return { envelope, ...access };
}

/**
 * A revision by deliberation changes the envelope's amount from a date; it may not bring the
 * envelope below what is already allocated. The envelope row is locked during the check.
 */
export async function reviseEnvelope(
  db: Db,
  principal: Principal,
  envelopeId: string,
  body: {
    effectiveOn: string;
    amount: bigint;
    deliberationRef: string;
    deliberationDate: string;
    reason?: string | null | undefined;
  },
  amendmentId: string | null = null,
): Promise<{ id: string }> {
  const { side } = await envelopeAccess(db, principal, envelopeId);
  if (!canSetUpFinance(principal, side))
    throw forbidden('Seuls le coordinateur DAT et l’administrateur révisent une enveloppe.');
  return db.transaction().execute(async (trx) => {
    const envelope = (await repo.lockEnvelope(trx, envelopeId))!;
    const allocated = sum((await repo.listAllocations(trx, [envelopeId])).map((a) => a.amount_cents));
    if (body.amount < allocated) {
      const message = `Le nouveau montant (${formatCents(body.amount)}) est inférieur à ce qui est déjà alloué (${formatCents(allocated)}).`;
      throw new AppError('INVARIANT_VIOLATED', message, { fieldErrors: [{ field: 'amount', message }] });
    }
    const { id } = await repo.insertRevision(trx, {
      envelope_id: envelopeId,
      effective_on: body.effectiveOn,
      amount_cents: body.amount,
      deliberation_ref: body.deliberationRef,
      deliberation_date: body.deliberationDate,
      reason: body.reason ?? null,
      amendment_id: amendmentId,
      created_by: principal.id,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'envelope',
      entityId: envelopeId,
      action: 'revise',
      before: { amountCents: envelope.amount_cents },
      after: { ...body, revisionId: id },
    });
    return { id };
  });
}

/**
 * The yearly allocation (délibération d'application). Σ allocations ≤ the envelope as revised at
 * the deliberation's date and today; checked under the envelope's row lock so two concurrent votes
 * cannot together exceed it.
 */
export async function createAllocation(
  db: Db,
  principal: Principal,
  envelopeId: string,
  body: {
    year: number;
    amount: bigint;
    deliberationBody: string;
    deliberationDate: string;
    deliberationNumber?: string | null | undefined;
  },
): Promise<{ id: string }> {
  const { side, envelope } = await envelopeAccess(db, principal, envelopeId);
  if (!canSetUpFinance(principal, side))
    throw forbidden('Seuls le coordinateur DAT et l’administrateur enregistrent une délibération d’application.');
  const startYear = Number(envelope.period_start.slice(0, 4));
  const endYear = Number(envelope.period_end.slice(0, 4));
  if (body.year < startYear || body.year > endYear) {
    throw new AppError(
      'VALIDATION_FAILED',
      `L'année ${body.year} est hors de la période de l'enveloppe (${startYear}–${endYear}).`,
      { fieldErrors: [{ field: 'year', message: 'Année hors période.' }] },
    );
  }
  return db.transaction().execute(async (trx) => {
    await repo.lockEnvelope(trx, envelopeId);
    const existing = await repo.listAllocations(trx, [envelopeId]);
    if (existing.some((a) => a.year === body.year)) {
      throw new AppError('CONFLICT', `Une délibération d'application ${body.year} existe déjà pour cette enveloppe.`, {
        fieldErrors: [{ field: 'year', message: 'Année déjà allouée.' }],
      });
    }
    const revisions = (await repo.listRevisions(trx, [envelopeId])).map((r) => ({
      effectiveOn: r.effective_on,
      amountCents: r.amount_cents,
    }));
    const ceiling = [body.deliberationDate, todayInParis()]
      .map((d) => envelopeAmountOn(envelope.amount_cents, revisions, d))
      .reduce((a, b) => (a < b ? a : b));
    const breach = ceilingBreach(ceiling, sum(existing.map((a) => a.amount_cents)), body.amount);
    if (breach) {
      const message = `Montant refusé : l'enveloppe est de ${formatCents(breach.ceilingCents)}, dont ${formatCents(breach.usedCents)} déjà alloués ; il reste ${formatCents(breach.availableCents)}.`;
      throw new AppError('INVARIANT_VIOLATED', message, { fieldErrors: [{ field: 'amount', message }] });
    }
    const { id } = await repo.insertAllocation(trx, {
      envelope_id: envelopeId,
      year: body.year,
      amount_cents: body.amount,
      deliberation_body: body.deliberationBody,
      deliberation_date: body.deliberationDate,
      deliberation_number: body.deliberationNumber ?? null,
      created_by: principal.id,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'allocation',
      entityId: id,
      action: 'create',
      after: { envelopeId, ...body },
    });
    return { id };
  });
}
