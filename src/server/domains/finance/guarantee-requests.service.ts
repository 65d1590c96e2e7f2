import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import { centsToEuros } from '../../../contracts/money';
import type { DecidingBody, GuaranteeRequestsList, GuaranteeRequestView } from '../../../contracts/guarantee-requests';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { canExamineGuaranteeRequest, canFileGuaranteeRequest } from './finance.policy';
import * as repo from './guarantee-requests.repository';
import { insertGuarantee } from './guarantees.repository';
import { decisionProblems, guaranteeRequestReference, mayDecide, mayExamine } from './guarantees.rules';

/**
 * Article 3.1: the office files guarantee requests with their documents, the Département examines
 * them and records the decision of its deliberating body (Commission permanente or Conseil
 * départemental); a granted request enters the register of guaranteed loans in the same
 * transaction. Every step is dated, attributed and audited.
 */

const referenceOf = guaranteeRequestReference;

type Row = Awaited<ReturnType<typeof repo.listRequests>>[number];

function toView(
  r: Row,
  documents: Awaited<ReturnType<typeof repo.listRequestDocuments>>,
  department: boolean,
): GuaranteeRequestView {
  return {
    id: r.id,
    conventionId: r.convention_id,
    reference: referenceOf(r.reference),
    lender: r.lender,
    contractNumber: r.contract_number,
    operationLabel: r.operation_label,
    loanAmount: centsToEuros(r.loan_amount_cents),
    guaranteedShare: r.guaranteed_share,
    rate: r.rate,
    termYears: r.term_years,
    status: r.status,
    submittedOn: r.submitted_on,
    documents: documents
      .filter((d) => d.request_id === r.id)
      .map((d) => ({ id: d.document_id, filename: d.filename, label: d.label })),
    examinationStartedOn: r.examination_started_on,
    examinationNotes: r.examination_notes,
    decidedOn: r.decided_on,
    decidingBody: r.deciding_body,
    deliberationRef: r.deliberation_ref,
    decisionNotes: r.decision_notes,
    guaranteeId: r.guarantee_id,
    can: { examine: department && mayExamine(r.status), decide: department && mayDecide(r.status) },
  };
}

export async function listGuaranteeRequests(
  db: Db,
  principal: Principal,
  conventionId: string,
): Promise<GuaranteeRequestsList> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  const rows = await repo.listRequests(db, conventionId);
  const documents = await repo.listRequestDocuments(
    db,
    rows.map((r) => r.id),
  );
  const department = canExamineGuaranteeRequest(principal, side);
  return {
    requests: rows.map((r) => toView(r, documents, department)),
    can: { submit: canFileGuaranteeRequest(principal, side) },
  };
}

async function viewOf(db: Db, principal: Principal, conventionId: string, id: string) {
  return (await listGuaranteeRequests(db, principal, conventionId)).requests.find((r) => r.id === id)!;
}

async function loadRequest(db: Db, principal: Principal, id: string) {
  const request = await repo.findRequest(db, id);
  if (!request) throw notFound('Demande de garantie');
  const { side } = await loadConventionAccess(db, principal, request.convention_id).catch(() => {
    throw notFound('Demande de garantie');
  });
  return { request, side };
}

export async function fileGuaranteeRequest(
  db: Db,
  principal: Principal,
  conventionId: string,
  body: {
    lender: string;
    contractNumber: string;
    operationLabel: string;
    loanAmount: bigint;
    guaranteedShare: string;
    rate?: string | null | undefined;
    termYears?: number | null | undefined;
    documents: { documentId: string; label: string }[];
  },
): Promise<GuaranteeRequestView> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  if (!canFileGuaranteeRequest(principal, side))
    throw forbidden("Seul le responsable de l'office dépose une demande de garantie d'emprunt.");
  const ids = body.documents.map((d) => d.documentId);
  const found = await repo.documentsOf(db, ids);
  ids.forEach((docId, i) => {
    const doc = found.find((d) => d.id === docId);
    // The office justifies its own request: documents of this convention its organisation uploaded.
    if (!doc || doc.convention_id !== conventionId || doc.organisation_id !== principal.organisationId) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Pièce n° ${i + 1} : introuvable pour cette convention et votre organisation.`,
        {
          fieldErrors: [{ field: `documents.${i}.documentId`, message: 'Pièce introuvable.' }],
        },
      );
    }
  });
  if (new Set(ids).size !== ids.length) {
    throw new AppError('VALIDATION_FAILED', 'La même pièce est jointe deux fois.', {
      fieldErrors: [{ field: 'documents', message: 'Pièce en double.' }],
    });
  }
  const today = todayInParis();
  const id = await db.transaction().execute(async (trx) => {
    const reference = await repo.nextReference(trx, conventionId);
    const now = new Date();
    const { id } = await repo.insertRequest(trx, {
      convention_id: conventionId,
      reference,
      lender: body.lender,
      contract_number: body.contractNumber,
      operation_label: body.operationLabel,
      loan_amount_cents: body.loanAmount,
      guaranteed_share: body.guaranteedShare,
      rate: body.rate ?? null,
      term_years: body.termYears ?? null,
      status: 'submitted',
      submitted_on: today,
      submitted_by: principal.id,
      submitted_by_organisation_id: principal.organisationId,
      created_at: now,
    });
    await repo.insertRequestDocuments(
      trx,
      body.documents.map((d) => ({ request_id: id, document_id: d.documentId, label: d.label, added_at: now })),
    );
    await recordAudit(trx, actorOf(principal), {
      entityType: 'guarantee_request',
      entityId: id,
      action: 'submit',
      conventionId,
      after: { conventionId, reference: referenceOf(reference), ...body, status: 'submitted', submittedOn: today },
    });
    return id;
  });
  return viewOf(db, principal, conventionId, id);
}

/** The Département opens the examination, or completes its notes while it lasts. */
export async function examineGuaranteeRequest(
  db: Db,
  principal: Principal,
  id: string,
  body: { notes: string },
): Promise<GuaranteeRequestView> {
  const { request, side } = await loadRequest(db, principal, id);
  if (!canExamineGuaranteeRequest(principal, side))
    throw forbidden('Seul le coordinateur DAT du Département examine une demande de garantie.');
  await db.transaction().execute(async (trx) => {
    const current = await repo.lockRequest(trx, id);
    if (!mayExamine(current.status))
      throw new AppError('CONFLICT', `La demande ${referenceOf(current.reference)} est déjà décidée.`);
    const startedOn = current.examination_started_on ?? todayInParis();
    await repo.updateRequest(trx, id, {
      status: 'in_examination',
      examination_started_on: startedOn,
      examination_notes: body.notes,
      examined_by: principal.id,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'guarantee_request',
      entityId: id,
      action: 'examine',
      conventionId: current.convention_id,
      before: { status: current.status, notes: current.examination_notes },
      after: { status: 'in_examination', examinationStartedOn: startedOn, notes: body.notes },
    });
  });
  return viewOf(db, principal, request.convention_id, id);
}

/**
 * Records the decision of the Département's deliberating body. A granted request enters the
 * register of guaranteed loans (with its deliberation) in the same transaction.
 */
export async function decideGuaranteeRequest(
  db: Db,
  principal: Principal,
  id: string,
  body: {
    decision: 'granted' | 'refused';
    decidedOn: string;
    decidingBody: DecidingBody;
    deliberationRef: string;
    notes?: string | null | undefined;
  },
): Promise<GuaranteeRequestView> {
  const { request, side } = await loadRequest(db, principal, id);
  if (!canExamineGuaranteeRequest(principal, side))
    throw forbidden('Seul le coordinateur DAT du Département enregistre la décision sur une demande de garantie.');
  await db.transaction().execute(async (trx) => {
    const current = await repo.lockRequest(trx, id);
    if (!mayDecide(current.status)) {
      throw new AppError(
        'CONFLICT',
        current.status === 'submitted'
          ? `La demande ${referenceOf(current.reference)} doit d'abord être mise en examen.`
          : `La demande ${referenceOf(current.reference)} est déjà décidée.`,
      );
    }
    const problems = decisionProblems(current, body.decidedOn, todayInParis());
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems[0]!.message, { fieldErrors: problems });
    let guaranteeId: string | null = null;
    if (body.decision === 'granted') {
      guaranteeId = (
        await insertGuarantee(trx, {
          convention_id: current.convention_id,
          lender: current.lender,
          contract_number: current.contract_number,
          operation_label: current.operation_label,
          loan_amount_cents: current.loan_amount_cents,
          guaranteed_share: current.guaranteed_share,
          rate: current.rate,
          term_years: current.term_years,
          deliberation_ref: body.deliberationRef,
          deliberation_date: body.decidedOn,
          created_by: principal.id,
          created_at: new Date(),
        })
      ).id;
      await recordAudit(trx, actorOf(principal), {
        entityType: 'loan_guarantee',
        entityId: guaranteeId,
        action: 'create',
        conventionId: current.convention_id,
        after: { conventionId: current.convention_id, fromRequest: referenceOf(current.reference) },
      });
    }
    await repo.updateRequest(trx, id, {
      status: body.decision,
      decided_on: body.decidedOn,
      deciding_body: body.decidingBody,
      deliberation_ref: body.deliberationRef,
      decision_notes: body.notes ?? null,
      decided_by: principal.id,
      guarantee_id: guaranteeId,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'guarantee_request',
      entityId: id,
      action: body.decision === 'granted' ? 'grant' : 'refuse',
      conventionId: current.convention_id,
      before: { status: current.status },
      after: { status: body.decision, ...body, guaranteeId },
    });
  });
  return viewOf(db, principal, request.convention_id, id);
}
