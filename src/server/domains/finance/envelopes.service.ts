import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { formatCents } from '../../../contracts/format';
import { centsToEuros } from '../../../contracts/money';
import { formatDateFr, todayInParis } from '../../../contracts/dates';
import type { FinanceOverview, LapseAlertView } from '../../../contracts/finance';
import { actWindowWarning } from '../obligations/obligations.queries';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { ceilingBreach, envelopeAmountOn, sum } from './finance.rules';
import { figuresOf, loadFinanceRows, positionOf } from './finance.queries';
import { canDraftRequest, canManageFinance, canSetUpFinance } from './finance.policy';
import * as repo from './finance.repository';
import { lapseWatch } from './forecast.rules';

const e = centsToEuros;

/**
 * Everything the envelope page shows: amounts voted → allocated → committed → requested → paid, per
 * year, and the forecast, as of today: the figures are finance.queries' position, the rest is detail.
 */
export async function getFinanceOverview(
  db: Db,
  principal: Principal,
  conventionId: string,
  today = todayInParis(),
): Promise<FinanceOverview> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  const rows = await loadFinanceRows(db, conventionId);
  const { revisions, allocations, agreements, requests } = rows;

  const views = rows.envelopes.map((env) => {
    const position = positionOf(rows, env, today);
    const figures = figuresOf(env, position);
    const envRevisions = revisions.filter((r) => r.envelope_id === env.id);
    const envAllocations = allocations.filter((a) => a.envelope_id === env.id);
    const agreementOf = (allocationId: string) => agreements.find((g) => g.allocation_id === allocationId);
    return {
      id: env.id,
      kind: env.kind,
      label: env.label,
      initialAmount: e(env.amount_cents),
      amount: figures.amount,
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
        allocated: figures.allocated,
        committed: figures.committed,
        requested: e(position.requestedCents),
        paid: figures.paid,
        reimbursed: figures.reimbursed,
        leftToAllocate: figures.leftToAllocate,
        leftToPay: figures.leftToPay,
      },
      byYear: figures.byYear,
      forecast: figures.forecast,
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
): Promise<{ id: string; warning: string | null }> {
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
  const created = await db.transaction().execute(async (trx) => {
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
  // Article 3 sets the vote in the 1st quarter: outside it, recorded all the same, with a warning.
  const warning = await actWindowWarning(db, envelope.convention_id, 'allocation', {
    year: body.year,
    on: body.deliberationDate,
    label: `Délibération d'application ${body.year} votée`,
  });
  return { ...created, warning };
}
