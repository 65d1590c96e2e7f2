import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import type {
  AddProofBody,
  CheckProofBody,
  ControlView,
  CreateControlBody,
  CreateEventBody,
  DecideInvitationBody,
  EventView,
} from '../../../contracts/obligations-communication';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { findOperationHeader } from '../operations/operations.queries';
import * as repo from './communication.repository';
import { syncEventDuties } from './obligations.service';
import {
  decisionNeedsComment,
  invitationStatus,
  mayDecideInvitation,
  maySubmitInvitation,
  printingReady,
} from './communication.rules';
import {
  canDeclareEvent,
  canRecordControl,
  canReviewCommunication,
  canSubmitCommunication,
  canSubmitProof,
} from './obligations.policy';

/**
 * Article 6 communication duties (events with the supports that must show the Département's logo,
 * the invitation workflow before printing, proofs of publicity checked by the Département) and
 * Article 5 control missions. Every change is audited in its transaction.
 */

async function checkDocuments(db: Db, conventionId: string, ids: string[], field: string) {
  const docs = await repo.listDocumentNames(db, ids);
  ids.forEach((docId, i) => {
    if (!docs.some((d) => d.id === docId && d.convention_id === conventionId)) {
      throw new AppError('VALIDATION_FAILED', "La pièce n'appartient pas à cette convention.", {
        fieldErrors: [{ field: ids.length > 1 ? `${field}.${i}` : field, message: 'Pièce inconnue.' }],
      });
    }
  });
}

async function loadEvent(db: Db, principal: Principal, eventId: string) {
  const event = await repo.findEvent(db, eventId);
  if (!event) throw notFound('Événement');
  const access = await loadConventionAccess(db, principal, event.convention_id).catch(() => {
    throw notFound('Événement');
  });
  return { event, side: access.side };
}

export async function listEvents(db: Db, principal: Principal, conventionId: string): Promise<EventView[]> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  const events = await repo.listEvents(db, conventionId);
  const ids = events.map((e) => e.id);
  const [versions, proofs] = await Promise.all([repo.listInvitationVersions(db, ids), repo.listProofs(db, ids)]);
  const submit = canSubmitCommunication(principal, side);
  const review = canReviewCommunication(principal, side);
  return events.map((e) => {
    const mine = versions.filter((v) => v.event_id === e.id);
    const status = invitationStatus(mine);
    return {
      id: e.id,
      conventionId: e.convention_id,
      kind: e.kind,
      title: e.title,
      eventOn: e.event_on,
      operationId: e.operation_id,
      requiredSupports: e.required_supports as EventView['requiredSupports'],
      invitationStatus: status,
      printingReady: printingReady(status),
      invitations: mine.map((v) => ({
        version: v.version,
        document: { id: v.document_id, filename: v.filename },
        submittedOn: v.submitted_on,
        decision: v.decision,
        decisionComment: v.decision_comment,
        decidedOn: v.decided_on,
      })),
      proofs: proofs
        .filter((p) => p.event_id === e.id)
        .map((p) => ({
          id: p.id,
          kind: p.kind,
          description: p.description,
          document: p.document_id ? { id: p.document_id, filename: p.filename ?? '' } : null,
          url: p.url,
          submittedOn: p.submitted_on,
          checkStatus: p.check_status,
          checkComment: p.check_comment,
          checkedOn: p.checked_on,
        })),
      can: {
        submitInvitation: submit && maySubmitInvitation(status),
        decideInvitation: review && mayDecideInvitation(status),
        addProof: canSubmitProof(principal, side),
        checkProof: review,
      },
    };
  });
}

export async function getEvent(db: Db, principal: Principal, eventId: string): Promise<EventView> {
  const { event } = await loadEvent(db, principal, eventId);
  return (await listEvents(db, principal, event.convention_id)).find((e) => e.id === eventId)!;
}

export async function createEvent(
  db: Db,
  principal: Principal,
  conventionId: string,
  body: CreateEventBody,
): Promise<EventView> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  if (!canDeclareEvent(principal, side)) throw forbidden('Seuls les agents des parties déclarent un événement.');
  if (body.operationId) {
    const op = await findOperationHeader(db, body.operationId);
    if (!op || op.convention_id !== conventionId)
      throw new AppError('VALIDATION_FAILED', "L'opération n'appartient pas à cette convention.", {
        fieldErrors: [{ field: 'operationId', message: 'Opération inconnue.' }],
      });
  }
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await repo.insertEvent(trx, {
      convention_id: conventionId,
      operation_id: body.operationId ?? null,
      kind: body.kind,
      title: body.title,
      event_on: body.eventOn ?? null,
      required_supports: [...new Set(body.requiredSupports)],
      created_by: principal.id,
      created_at: new Date(),
    });
    // Article 6: the event's dated duties (invitation before, proof after) enter the calendar.
    await syncEventDuties(trx, conventionId);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'communication_event',
      entityId: id,
      action: 'create',
      after: body,
    });
    return id;
  });
  return getEvent(db, principal, id);
}

/** The office submits a draft invitation (first one, or a new version after changes were asked). */
export async function submitInvitation(
  db: Db,
  principal: Principal,
  eventId: string,
  documentId: string,
  today = todayInParis(),
): Promise<EventView> {
  const { event, side } = await loadEvent(db, principal, eventId);
  if (!canSubmitCommunication(principal, side))
    throw forbidden("Seuls les agents de l'office soumettent une invitation.");
  await checkDocuments(db, event.convention_id, [documentId], 'documentId');
  await db.transaction().execute(async (trx) => {
    await repo.lockEvent(trx, eventId);
    const versions = await repo.listInvitationVersions(trx, [eventId]);
    const status = invitationStatus(versions);
    if (!maySubmitInvitation(status)) {
      throw new AppError(
        'INVARIANT_VIOLATED',
        status === 'validated'
          ? "L'invitation est déjà validée : elle peut être imprimée."
          : 'Une version attend déjà la décision du Département.',
      );
    }
    const version = versions.length + 1;
    await repo.insertInvitationVersion(trx, {
      event_id: eventId,
      version,
      document_id: documentId,
      submitted_by: principal.id,
      submitted_on: today,
      decision: null,
      decision_comment: null,
      decided_by: null,
      decided_on: null,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'invitation',
      entityId: eventId,
      action: 'submit',
      after: { version, documentId, submittedOn: today },
    });
  });
  return getEvent(db, principal, eventId);
}

/** The Département validates the submitted invitation or asks for changes (with what to change). */
export async function decideInvitation(
  db: Db,
  principal: Principal,
  eventId: string,
  body: DecideInvitationBody,
  today = todayInParis(),
): Promise<EventView> {
  const { side } = await loadEvent(db, principal, eventId);
  if (!canReviewCommunication(principal, side))
    throw forbidden('Seuls les agents du Département valident une invitation.');
  if (decisionNeedsComment(body.decision) && !body.comment) {
    throw new AppError('VALIDATION_FAILED', 'Indiquez les modifications demandées.', {
      fieldErrors: [{ field: 'comment', message: 'Commentaire obligatoire pour demander des modifications.' }],
    });
  }
  await db.transaction().execute(async (trx) => {
    await repo.lockEvent(trx, eventId);
    const versions = await repo.listInvitationVersions(trx, [eventId]);
    if (!mayDecideInvitation(invitationStatus(versions)))
      throw new AppError('INVARIANT_VIOLATED', "Aucune version de l'invitation n'attend de décision.");
    const last = versions.at(-1)!;
    await repo.decideInvitationVersion(trx, last.id, {
      decision: body.decision,
      decision_comment: body.comment ?? null,
      decided_by: principal.id,
      decided_on: today,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'invitation',
      entityId: eventId,
      action: body.decision === 'validated' ? 'validate' : 'request_changes',
      after: { version: last.version, comment: body.comment ?? null, decidedOn: today },
    });
  });
  return getEvent(db, principal, eventId);
}

export async function addProof(
  db: Db,
  principal: Principal,
  eventId: string,
  body: AddProofBody,
  today = todayInParis(),
): Promise<EventView> {
  const { event, side } = await loadEvent(db, principal, eventId);
  if (!canSubmitProof(principal, side))
    throw forbidden("Seul le responsable de l'office dépose les justificatifs de publicité.");
  if (!body.documentId && !body.url)
    throw new AppError('VALIDATION_FAILED', 'Joignez une pièce ou un lien.', {
      fieldErrors: [{ field: 'documentId', message: 'Pièce ou lien obligatoire.' }],
    });
  if (body.documentId) await checkDocuments(db, event.convention_id, [body.documentId], 'documentId');
  await db.transaction().execute(async (trx) => {
    const { id } = await repo.insertProof(trx, {
      event_id: eventId,
      kind: body.kind,
      description: body.description,
      document_id: body.documentId ?? null,
      url: body.url ?? null,
      submitted_by: principal.id,
      submitted_on: today,
      check_comment: null,
      checked_by: null,
      checked_on: null,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'publicity_proof',
      entityId: id,
      action: 'create',
      after: { eventId, ...body },
    });
  });
  return getEvent(db, principal, eventId);
}

export async function checkProof(
  db: Db,
  principal: Principal,
  proofId: string,
  body: CheckProofBody,
  today = todayInParis(),
): Promise<EventView> {
  const proof = await repo.findProof(db, proofId);
  if (!proof) throw notFound('Justificatif');
  const { side } = await loadEvent(db, principal, proof.event_id);
  if (!canReviewCommunication(principal, side))
    throw forbidden('Seuls les agents du Département vérifient les justificatifs.');
  await db.transaction().execute(async (trx) => {
    await repo.updateProof(trx, proofId, {
      check_status: body.status,
      check_comment: body.comment ?? null,
      checked_by: principal.id,
      checked_on: today,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'publicity_proof',
      entityId: proofId,
      action: 'check',
      before: { status: proof.check_status },
      after: body,
    });
  });
  return getEvent(db, principal, proof.event_id);
}

export async function listControls(db: Db, principal: Principal, conventionId: string): Promise<ControlView[]> {
  await loadConventionAccess(db, principal, conventionId);
  const rows = await repo.listControls(db, conventionId);
  const docs = new Map(
    (
      await repo.listDocumentNames(
        db,
        rows.flatMap((r) => r.document_ids),
      )
    ).map((d) => [d.id, d.filename]),
  );
  return rows.map((r) => ({
    id: r.id,
    conventionId: r.convention_id,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    controller: r.controller,
    scope: r.scope,
    findings: r.findings,
    followUp: r.follow_up,
    documents: r.document_ids.map((d) => ({ id: d, filename: docs.get(d) ?? '' })),
    createdAt: r.created_at.toISOString(),
  }));
}

export async function createControl(
  db: Db,
  principal: Principal,
  conventionId: string,
  body: CreateControlBody,
): Promise<ControlView> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  if (!canRecordControl(principal, side))
    throw forbidden(
      'Seule la coordination du Département enregistre une mission de contrôle ; un contrôleur la consulte.',
    );
  if (body.endedOn && body.endedOn < body.startedOn)
    throw new AppError('VALIDATION_FAILED', 'La fin précède le début.', {
      fieldErrors: [{ field: 'endedOn', message: 'Date antérieure au début.' }],
    });
  const documentIds = [...new Set(body.documentIds)];
  await checkDocuments(db, conventionId, documentIds, 'documentIds');
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await repo.insertControl(trx, {
      convention_id: conventionId,
      started_on: body.startedOn,
      ended_on: body.endedOn ?? null,
      controller: body.controller,
      scope: body.scope,
      findings: body.findings ?? null,
      follow_up: body.followUp ?? null,
      document_ids: documentIds,
      created_by: principal.id,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'control_mission',
      entityId: id,
      action: 'create',
      after: body,
    });
    return id;
  });
  return (await listControls(db, principal, conventionId)).find((c) => c.id === id)!;
}
