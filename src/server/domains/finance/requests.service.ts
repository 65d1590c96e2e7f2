import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { formatCents } from '../../../contracts/format';
import { formatDateFr } from '../../../contracts/dates';
import { centsToEuros } from '../../../contracts/money';
import { requestStatusLabels, type RequestSummary, type RequestView } from '../../../contracts/finance';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { findDocument } from '../../platform/documents';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { userNames } from '../access/access.queries';
import { agreementAccess } from './agreements.service';
import {
  actionSide,
  ceilingBreach,
  countsAgainstLine,
  missingDocuments,
  nextStatus,
  sum,
  type RequestAction,
  type RequestStatus,
} from './finance.rules';
import { canDraftRequest, canReviewRequest, canSeeRequest, canSubmitRequest } from './finance.policy';
import { findOperationHeader } from '../operations/operations.queries';
import * as repo from './finance.repository';
import * as requestsRepo from './requests.repository';
import { fundingAgreementLabel } from '../../../contracts/format';

const e = centsToEuros;

async function requestAccess(db: Db, principal: Principal, requestId: string) {
  const row = await requestsRepo.findRequest(db, requestId);
  if (!row) throw notFound('Demande de versement');
  const access = await agreementAccess(db, principal, row.funding_agreement_id);
  // Its author's name and organisation (whose side reviews it), read through the access domain.
  const author = (await userNames(db, [row.created_by])).get(row.created_by);
  const request = {
    ...row,
    created_by_name: author?.displayName ?? '',
    created_by_organisation_id: author?.organisationId ?? null,
  };
  return { request, ...access };
}

export async function getRequest(db: Db, principal: Principal, requestId: string): Promise<RequestView> {
  const { request, agreement, side } = await requestAccess(db, principal, requestId);
  // A draft the principal may not see (as in the list) answers like a missing request.
  if (!canSeeRequest(side, request.status)) throw notFound('Demande de versement');
  const [line, documents, events, payment, operation] = await Promise.all([
    repo.findScheduleLine(db, request.schedule_line_id),
    requestsRepo.listRequestDocuments(db, requestId),
    requestsRepo.listEvents(db, requestId),
    requestsRepo.findPaymentOfRequest(db, requestId),
    request.operation_id ? findOperationHeader(db, request.operation_id) : undefined,
  ]);
  const status = request.status as RequestStatus;
  const reviewer = canReviewRequest(principal, side, request.created_by_organisation_id);
  const actions: RequestAction[] = [];
  if (canSubmitRequest(principal, side) && nextStatus(status, 'submit')) actions.push('submit');
  if (reviewer) for (const a of ['return', 'approve', 'reject'] as const) if (nextStatus(status, a)) actions.push(a);
  return {
    id: request.id,
    conventionId: agreement.convention_id,
    fundingAgreementId: agreement.id,
    agreementLabel: fundingAgreementLabel(agreement.year, agreement.kind),
    scheduleLine: {
      id: line!.id,
      kind: line!.kind,
      label: line!.label,
      amount: e(line!.amount_cents),
      requiredDocuments: line!.required_documents,
    },
    amount: e(request.amount_cents),
    status,
    description: request.description,
    operation: operation ? { id: operation.id, reference: operation.reference, label: operation.label } : null,
    createdBy: request.created_by_name,
    createdAt: request.created_at.toISOString(),
    submittedAt: request.submitted_at?.toISOString() ?? null,
    documents: documents.map((d) => ({ id: d.id, filename: d.filename, requirement: d.requirement })),
    missingDocuments: missingDocuments(
      line!.required_documents,
      documents.map((d) => d.requirement),
    ),
    timeline: events.map((ev) => ({
      fromStatus: ev.from_status,
      toStatus: ev.to_status,
      comment: ev.comment,
      actor: ev.actor_label,
      at: ev.occurred_at.toISOString(),
    })),
    payment: payment
      ? { mandateNumber: payment.mandate_number, mandateDate: payment.mandate_date, amount: e(payment.amount_cents) }
      : null,
    can: {
      edit: canDraftRequest(principal, side) && (status === 'draft' || status === 'returned'),
      actions,
      pay: reviewer && status === 'approved',
    },
  };
}

/** The review queue and the office's list: the requests of a convention, optionally by status. */
export async function listRequests(
  db: Db,
  principal: Principal,
  conventionId: string,
  status?: RequestStatus,
): Promise<RequestSummary[]> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  const agreements = await repo.listAgreements(db, conventionId);
  const rows = await requestsRepo.listRequests(
    db,
    agreements.map((g) => g.id),
  );
  const authors = await userNames(
    db,
    rows.map((r) => r.created_by),
  );
  return rows
    .filter((r) => (!status || r.status === status) && canSeeRequest(side, r.status))
    .map((r) => {
      const g = agreements.find((x) => x.id === r.funding_agreement_id)!;
      return {
        id: r.id,
        fundingAgreementId: r.funding_agreement_id,
        agreementLabel: fundingAgreementLabel(g.year, g.kind),
        lineLabel: r.line_label,
        amount: e(r.amount_cents),
        status: r.status as RequestStatus,
        createdBy: authors.get(r.created_by)?.displayName ?? '',
        createdAt: r.created_at.toISOString(),
        submittedAt: r.submitted_at?.toISOString() ?? null,
      };
    });
}

/**
 * The office drafts a request against a schedule line. Σ non-rejected requests on the line ≤ the
 * line's amount, checked under the agreement's row lock (concurrent requests serialise there).
 */
export async function createRequest(
  db: Db,
  principal: Principal,
  agreementId: string,
  body: {
    scheduleLineId: string;
    amount: bigint;
    description?: string | null | undefined;
    operationId?: string | null | undefined;
  },
): Promise<RequestView> {
  const { side } = await agreementAccess(db, principal, agreementId);
  if (!canDraftRequest(principal, side))
    throw forbidden("Seuls le responsable et les agents de l'office établissent une demande de versement.");
  const line = await repo.findScheduleLine(db, body.scheduleLineId);
  if (!line || line.funding_agreement_id !== agreementId) {
    throw new AppError(
      'VALIDATION_FAILED',
      "Cette ligne n'appartient pas à l'échéancier de la convention financière.",
      { fieldErrors: [{ field: 'scheduleLineId', message: 'Ligne inconnue.' }] },
    );
  }
  if (body.operationId && !(await repo.isAffected(db, body.operationId, agreementId))) {
    const message =
      "Cette opération n'est pas affectée à cette convention financière : une demande ne porte que sur une opération affectée.";
    throw new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field: 'operationId', message }] });
  }
  const id = await db.transaction().execute(async (trx) => {
    await repo.lockAgreement(trx, agreementId);
    const onLine = (await requestsRepo.listRequests(trx, [agreementId])).filter(
      (r) => r.schedule_line_id === line.id && countsAgainstLine(r.status as RequestStatus),
    );
    const breach = ceilingBreach(line.amount_cents, sum(onLine.map((r) => r.amount_cents)), body.amount);
    if (breach) {
      const message = `Montant refusé : la ligne « ${line.label} » est de ${formatCents(breach.ceilingCents)}, dont ${formatCents(breach.usedCents)} déjà demandés ; il reste ${formatCents(breach.availableCents)}.`;
      throw new AppError('INVARIANT_VIOLATED', message, { fieldErrors: [{ field: 'amount', message }] });
    }
    const now = new Date();
    const { id } = await requestsRepo.insertRequest(trx, {
      funding_agreement_id: agreementId,
      schedule_line_id: line.id,
      amount_cents: body.amount,
      status: 'draft',
      description: body.description ?? null,
      operation_id: body.operationId ?? null,
      created_by: principal.id,
      created_at: now,
      submitted_at: null,
      updated_at: now,
    });
    await requestsRepo.insertEvent(trx, {
      request_id: id,
      from_status: null,
      to_status: 'draft',
      comment: null,
      actor_id: principal.id,
      actor_label: principal.displayName,
      occurred_at: now,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'payment_request',
      entityId: id,
      action: 'create',
      after: { agreementId, ...body },
    });
    return id;
  });
  return getRequest(db, principal, id);
}

/** Attaches an uploaded document to a draft or returned request, as the evidence of one required document. */
export async function attachDocument(
  db: Db,
  principal: Principal,
  requestId: string,
  body: { documentId: string; requirement: string },
): Promise<RequestView> {
  const { request, agreement, side } = await requestAccess(db, principal, requestId);
  if (!canDraftRequest(principal, side))
    throw forbidden("Seuls le responsable et les agents de l'office complètent une demande.");
  if (request.status !== 'draft' && request.status !== 'returned') {
    throw new AppError('CONFLICT', 'Une demande transmise ne se modifie plus ; attendez un renvoi pour complément.');
  }
  const document = await findDocument(db, body.documentId);
  if (!document || document.convention_id !== agreement.convention_id) {
    throw new AppError('VALIDATION_FAILED', "La pièce n'existe pas pour cette convention.", {
      fieldErrors: [{ field: 'documentId', message: 'Pièce introuvable.' }],
    });
  }
  // The office justifies its own request: only a document its organisation uploaded.
  if (document.organisation_id !== request.created_by_organisation_id) {
    throw new AppError(
      'VALIDATION_FAILED',
      "Cette pièce n'a pas été déposée par l'organisation qui demande le versement.",
      { fieldErrors: [{ field: 'documentId', message: 'Pièce d’une autre organisation.' }] },
    );
  }
  await db.transaction().execute(async (trx) => {
    await requestsRepo.attachDocument(trx, {
      request_id: requestId,
      document_id: body.documentId,
      requirement: body.requirement,
      added_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'payment_request',
      entityId: requestId,
      action: 'attach_document',
      after: body,
    });
  });
  return getRequest(db, principal, requestId);
}

/**
 * Moves a request through its workflow. Each transition is dated and attributed; approval needs
 * every required document of the schedule line, and never by someone of the requesting organisation.
 */
export async function transition(
  db: Db,
  principal: Principal,
  requestId: string,
  action: Exclude<RequestAction, 'pay'>,
  comment: string | null,
): Promise<RequestView> {
  const { request, side } = await requestAccess(db, principal, requestId);
  const allowed =
    actionSide[action] === 'landlord'
      ? canSubmitRequest(principal, side)
      : canReviewRequest(principal, side, request.created_by_organisation_id);
  if (!allowed) {
    throw forbidden(
      actionSide[action] === 'landlord'
        ? "Seul le responsable de l'office transmet ses demandes."
        : "Seul le coordinateur DAT du Département instruit les demandes, jamais l'organisation qui les a déposées.",
    );
  }
  if ((action === 'return' || action === 'reject') && !comment?.trim()) {
    throw new AppError('VALIDATION_FAILED', 'Indiquez le motif du renvoi ou du rejet.', {
      fieldErrors: [{ field: 'comment', message: 'Motif obligatoire.' }],
    });
  }
  await db.transaction().execute(async (trx) => {
    await repo.lockAgreement(trx, request.funding_agreement_id);
    const locked = (await requestsRepo.lockRequest(trx, requestId))!;
    const from = locked.status as RequestStatus;
    const to = nextStatus(from, action);
    if (!to) throw new AppError('CONFLICT', `Action impossible : la demande est « ${requestStatusLabels[from]} ».`);
    if (action === 'approve') {
      const line = (await repo.findScheduleLine(trx, request.schedule_line_id))!;
      const provided = (await requestsRepo.listRequestDocuments(trx, requestId)).map((d) => d.requirement);
      const missing = missingDocuments(line.required_documents, provided);
      if (missing.length > 0) {
        throw new AppError(
          'INVARIANT_VIOLATED',
          `Validation impossible : pièces exigées manquantes (${missing.join(', ')}).`,
          { extra: { missingDocuments: missing } },
        );
      }
    }
    const now = new Date();
    await requestsRepo.setRequestStatus(trx, requestId, to, now, action === 'submit');
    await requestsRepo.insertEvent(trx, {
      request_id: requestId,
      from_status: from,
      to_status: to,
      comment: comment ?? null,
      actor_id: principal.id,
      actor_label: principal.displayName,
      occurred_at: now,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'payment_request',
      entityId: requestId,
      action,
      before: { status: from },
      after: { status: to, comment },
    });
  });
  return getRequest(db, principal, requestId);
}

/**
 * Records the payment (mandatement) of an approved request. Σ payments on the agreement ≤ its
 * amount, checked under the agreement's row lock.
 */
export async function pay(
  db: Db,
  principal: Principal,
  requestId: string,
  body: { mandateNumber: string; mandateDate: string },
): Promise<RequestView> {
  const { request, side } = await requestAccess(db, principal, requestId);
  if (!canReviewRequest(principal, side, request.created_by_organisation_id))
    throw forbidden('Seul le coordinateur DAT du Département enregistre les versements.');
  await db.transaction().execute(async (trx) => {
    const agreement = (await repo.lockAgreement(trx, request.funding_agreement_id))!;
    const locked = (await requestsRepo.lockRequest(trx, requestId))!;
    if (nextStatus(locked.status as RequestStatus, 'pay') === null)
      throw new AppError('INVARIANT_VIOLATED', 'Un versement exige une demande validée (service fait constaté).');
    const paid = sum((await repo.listPayments(trx, [agreement.id])).map((p) => p.amount_cents));
    const breach = ceilingBreach(agreement.amount_cents, paid, request.amount_cents);
    if (breach) {
      throw new AppError(
        'INVARIANT_VIOLATED',
        `Versement refusé : la convention est de ${formatCents(breach.ceilingCents)}, dont ${formatCents(breach.usedCents)} déjà versés ; il reste ${formatCents(breach.availableCents)}.`,
      );
    }
    const now = new Date();
    const { id } = await repo.insertPayment(trx, {
      request_id: requestId,
      funding_agreement_id: agreement.id,
      amount_cents: request.amount_cents,
      mandate_number: body.mandateNumber,
      mandate_date: body.mandateDate,
      created_by: principal.id,
      created_at: now,
    });
    await requestsRepo.setRequestStatus(trx, requestId, 'paid', now, false);
    await requestsRepo.insertEvent(trx, {
      request_id: requestId,
      from_status: 'approved',
      to_status: 'paid',
      comment: `Mandat ${body.mandateNumber} du ${formatDateFr(body.mandateDate)}`,
      actor_id: principal.id,
      actor_label: principal.displayName,
      occurred_at: now,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'payment',
      entityId: id,
      action: 'create',
      after: { requestId, amountCents: request.amount_cents, ...body },
    });
  });
  return getRequest(db, principal, requestId);
}
