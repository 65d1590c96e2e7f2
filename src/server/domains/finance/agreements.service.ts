import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { formatCents } from '../../../contracts/format';
import { centsToEuros } from '../../../contracts/money';
import type { AgreementView } from '../../../contracts/finance';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound } from '../../platform/errors';
import {
  ceilingBreach,
  isRequested,
  scheduleProblems,
  sum,
  type RequestStatus,
  type ScheduleKind,
} from './finance.rules';
import { canManageFinance } from './finance.policy';
import { findOperationForAgreement } from '../operations/operations.queries';
import * as repo from './finance.repository';
import * as requestsRepo from './requests.repository';

const e = centsToEuros;

export async function agreementAccess(db: Db, principal: Principal, agreementId: string) {
  const agreement = await repo.findAgreement(db, agreementId);
  if (!agreement) throw notFound('Convention financière');
  const access = await loadConventionAccess(db, principal, agreement.convention_id);
  return { agreement, ...access };
}

export async function presentAgreement(db: Db, agreement: repo.AgreementRow): Promise<AgreementView> {
  const ids = [agreement.id];
  const [lines, affectations, requests, payments, reimbursements] = await Promise.all([
    repo.listScheduleLines(db, ids),
    repo.listAffectations(db, ids),
    requestsRepo.listRequests(db, ids),
    repo.listPayments(db, ids),
    repo.listReimbursements(db, ids),
  ]);
  const paidTotal = sum(payments.map((p) => p.amount_cents));
  return {
    id: agreement.id,
    conventionId: agreement.convention_id,
    allocationId: agreement.allocation_id,
    envelopeKind: agreement.kind,
    year: agreement.year,
    amount: e(agreement.amount_cents),
    allocationAmount: e(agreement.allocation_amount_cents),
    signedOn: agreement.signed_on,
    purpose: agreement.purpose,
    justificationDeadline: agreement.justification_deadline,
    reimbursementClause: agreement.reimbursement_clause,
    schedule: lines.map((l) => ({
      id: l.id,
      kind: l.kind,
      label: l.label,
      amount: e(l.amount_cents),
      condition: l.condition,
      requiredDocuments: l.required_documents,
      requested: e(
        sum(
          requests
            .filter((r) => r.schedule_line_id === l.id && isRequested(r.status as RequestStatus))
            .map((r) => r.amount_cents),
        ),
      ),
      paid: e(
        sum(
          payments
            .filter((p) => requests.some((r) => r.id === p.request_id && r.schedule_line_id === l.id))
            .map((p) => p.amount_cents),
        ),
      ),
    })),
    affectations: affectations.map((a) => ({
      id: a.id,
      operationLabel: a.operation_label,
      operationId: a.operation_id,
      amount: e(a.amount_cents),
    })),
    totals: {
      requested: e(sum(requests.filter((r) => isRequested(r.status as RequestStatus)).map((r) => r.amount_cents))),
      paid: e(paidTotal),
      reimbursed: e(sum(reimbursements.map((r) => r.amount_cents))),
      left: e(agreement.amount_cents - paidTotal),
    },
    reimbursements: reimbursements.map((r) => ({
      id: r.id,
      amount: e(r.amount_cents),
      reason: r.reason,
      revenueOrderNumber: r.revenue_order_number,
      issuedOn: r.issued_on,
    })),
  };
}

export async function listAgreements(db: Db, principal: Principal, conventionId: string): Promise<AgreementView[]> {
  await loadConventionAccess(db, principal, conventionId);
  const rows = await repo.listAgreements(db, conventionId);
  return Promise.all(rows.map((row) => presentAgreement(db, row)));
}

export async function getAgreement(db: Db, principal: Principal, agreementId: string): Promise<AgreementView> {
  const { agreement } = await agreementAccess(db, principal, agreementId);
  return presentAgreement(db, agreement);
}

export interface CreateAgreement {
  amount: bigint;
  signedOn?: string | null | undefined;
  purpose: string;
  justificationDeadline?: string | null | undefined;
  reimbursementClause?: string | null | undefined;
  schedule: {
    kind: ScheduleKind;
    label: string;
    amount: bigint;
    condition?: string | null | undefined;
    requiredDocuments: string[];
  }[];
}

/**
 * The yearly funding agreement of an allocation (one per year and kind): its amount ≤ the
 * allocation, its schedule summing exactly to its amount. The allocation row is locked.
 */
export async function createAgreement(
  db: Db,
  principal: Principal,
  allocationId: string,
  body: CreateAgreement,
): Promise<AgreementView> {
  const allocation = await repo.findAllocation(db, allocationId);
  if (!allocation) throw notFound("Délibération d'application");
  const { side } = await loadConventionAccess(db, principal, allocation.convention_id);
  if (!canManageFinance(principal, side))
    throw forbidden('Seul le coordinateur DAT du Département établit les conventions financières.');
  const problems = scheduleProblems(
    body.amount,
    body.schedule.map((l) => ({ kind: l.kind, amountCents: l.amount })),
  );
  if (problems.length > 0) throw new AppError('INVARIANT_VIOLATED', problems[0]!.message, { fieldErrors: problems });
  const id = await db.transaction().execute(async (trx) => {
    const locked = (await repo.lockAllocation(trx, allocationId))!;
    if (body.amount > locked.amount_cents) {
      const message = `Le montant (${formatCents(body.amount)}) dépasse la délibération d'application ${allocation.year} (${formatCents(locked.amount_cents)}).`;
      throw new AppError('INVARIANT_VIOLATED', message, { fieldErrors: [{ field: 'amount', message }] });
    }
    if ((await repo.listAgreements(trx, allocation.convention_id)).some((g) => g.allocation_id === allocationId)) {
      throw new AppError('CONFLICT', `La convention financière ${allocation.year} de cette enveloppe existe déjà.`);
    }
    const { id } = await repo.insertAgreement(trx, {
      allocation_id: allocationId,
      amount_cents: body.amount,
      signed_on: body.signedOn ?? null,
      purpose: body.purpose,
      justification_deadline: body.justificationDeadline ?? null,
      reimbursement_clause: body.reimbursementClause ?? null,
      created_by: principal.id,
      created_at: new Date(),
    });
    for (const [position, line] of body.schedule.entries()) {
      await repo.insertScheduleLine(trx, {
        funding_agreement_id: id,
        position,
        kind: line.kind,
        label: line.label,
        amount_cents: line.amount,
        condition: line.condition ?? null,
        required_documents: JSON.stringify(line.requiredDocuments),
      });
    }
    await recordAudit(trx, actorOf(principal), {
      entityType: 'funding_agreement',
      entityId: id,
      action: 'create',
      after: { allocationId, ...body },
    });
    return id;
  });
  return getAgreement(db, principal, id);
}

/** Affects part of an agreement to an operation; Σ affectations ≤ the agreement. */
export async function addAffectation(
  db: Db,
  principal: Principal,
  agreementId: string,
  body: { operationLabel: string; amount: bigint; operationId?: string | null | undefined },
): Promise<AgreementView> {
  const { agreement, side } = await agreementAccess(db, principal, agreementId);
  if (!canManageFinance(principal, side))
    throw forbidden('Seul le coordinateur DAT affecte les montants aux opérations.');
  if (body.operationId) {
    // Only an operation of this convention whose funding plan counts on this agreement's subsidy.
    const operation = await findOperationForAgreement(db, body.operationId, agreementId);
    if (!operation || operation.convention_id !== agreement.convention_id || !operation.has_subsidy_line) {
      const message = "Cette opération n'a pas de ligne « subvention du Département » sur cette convention financière.";
      throw new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field: 'operationId', message }] });
    }
  }
  await db.transaction().execute(async (trx) => {
    const locked = (await repo.lockAgreement(trx, agreementId))!;
    const used = sum((await repo.listAffectations(trx, [agreementId])).map((a) => a.amount_cents));
    const breach = ceilingBreach(locked.amount_cents, used, body.amount);
    if (breach) {
      const message = `Affectation refusée : la convention est de ${formatCents(breach.ceilingCents)}, dont ${formatCents(breach.usedCents)} déjà affectés ; il reste ${formatCents(breach.availableCents)}.`;
      throw new AppError('INVARIANT_VIOLATED', message, { fieldErrors: [{ field: 'amount', message }] });
    }
    const { id } = await repo.insertAffectation(trx, {
      funding_agreement_id: agreementId,
      operation_label: body.operationLabel,
      operation_id: body.operationId ?? null,
      amount_cents: body.amount,
      created_by: principal.id,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'affectation',
      entityId: id,
      action: 'create',
      after: { agreementId, ...body },
    });
  });
  return getAgreement(db, principal, agreementId);
}

/** A reimbursement (titre de recette) of sums found unjustified: at most what was paid, net of earlier reimbursements. */
export async function addReimbursement(
  db: Db,
  principal: Principal,
  agreementId: string,
  body: { amount: bigint; reason: string; revenueOrderNumber: string; issuedOn: string },
): Promise<AgreementView> {
  const { side } = await agreementAccess(db, principal, agreementId);
  if (!canManageFinance(principal, side)) throw forbidden('Seul le coordinateur DAT émet un titre de recette.');
  await db.transaction().execute(async (trx) => {
    await repo.lockAgreement(trx, agreementId);
    const paid = sum((await repo.listPayments(trx, [agreementId])).map((p) => p.amount_cents));
    const reimbursed = sum((await repo.listReimbursements(trx, [agreementId])).map((r) => r.amount_cents));
    const breach = ceilingBreach(paid, reimbursed, body.amount);
    if (breach) {
      const message = `Reversement refusé : ${formatCents(breach.ceilingCents)} versés, dont ${formatCents(breach.usedCents)} déjà reversés ; au plus ${formatCents(breach.availableCents)}.`;
      throw new AppError('INVARIANT_VIOLATED', message, { fieldErrors: [{ field: 'amount', message }] });
    }
    const { id } = await repo.insertReimbursement(trx, {
      funding_agreement_id: agreementId,
      amount_cents: body.amount,
      reason: body.reason,
      revenue_order_number: body.revenueOrderNumber,
      issued_on: body.issuedOn,
      created_by: principal.id,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'reimbursement',
      entityId: id,
      action: 'create',
      after: { agreementId, ...body },
    });
  });
  return getAgreement(db, principal, agreementId);
}
