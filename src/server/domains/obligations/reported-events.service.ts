import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import type { ReportEventBody, ReportedEventsList, ReportedEventView } from '../../../contracts/reported-events';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { commitmentHeaders } from '../conventions/conventions.queries';
import { operationHeaders } from '../operations/operations.queries';
import { canAcknowledgeEvent, canFollowUpEvent, canReportEvent } from './obligations.policy';
import * as repo from './reported-events.repository';
import {
  eventReference,
  eventStatusAsOf,
  mayAcknowledge,
  mayAddNote,
  mayClose,
  reportedEventCounts,
  reportProblems,
} from './reported-events.rules';

/**
 * Article 3.2: the office informs the Département of any event that may keep the convention from
 * being carried out; the Département acknowledges it (accusé de réception) and both follow it up
 * until the Département closes it. Every step is dated, attributed and audited.
 */

const sideLabels = { department: 'Département', landlord: 'Office' } as const;

export async function listReportedEvents(
  db: Db,
  principal: Principal,
  conventionId: string,
): Promise<ReportedEventsList> {
  const { side, parties } = await loadConventionAccess(db, principal, conventionId);
  const [rows, operations, commitments] = await Promise.all([
    repo.listEvents(db, conventionId),
    operationHeaders(db, conventionId),
    commitmentHeaders(db, conventionId),
  ]);
  const notes = await repo.listNotes(
    db,
    rows.map((r) => r.id),
  );
  const today = todayInParis();
  const department = canAcknowledgeEvent(principal, side);
  const followUp = canFollowUpEvent(principal, side);
  const landlordIds = new Set(parties.filter((p) => p.party_role === 'landlord').map((p) => p.id));
  const operationLabel = new Map(operations.map((o) => [o.id, `${o.reference} — ${o.label}`]));
  const commitmentLabel = new Map(commitments.map((c) => [c.id, `${c.code} — ${c.text}`]));
  const events: ReportedEventView[] = rows.map((r) => {
    const status = eventStatusAsOf(r, today);
    return {
      id: r.id,
      conventionId: r.convention_id,
      reference: eventReference(r.reference),
      category: r.category,
      concerns: r.operation_id
        ? { kind: 'operation', id: r.operation_id, label: `Opération ${operationLabel.get(r.operation_id) ?? ''}` }
        : r.commitment_id
          ? {
              kind: 'commitment',
              id: r.commitment_id,
              label: `Engagement ${commitmentLabel.get(r.commitment_id) ?? ''}`,
            }
          : { kind: 'programme', id: null, label: 'Le programme dans son ensemble' },
      title: r.title,
      description: r.description,
      occurredOn: r.occurred_on,
      reportedOn: r.reported_on,
      status,
      acknowledgedOn: r.acknowledged_on,
      closedOn: r.closed_on,
      closingNote: r.closing_note,
      notes: notes
        .filter((n) => n.event_id === r.id)
        .map((n) => ({
          id: n.id,
          note: n.note,
          writtenOn: n.written_on,
          side: landlordIds.has(n.written_by_organisation_id ?? '') ? sideLabels.landlord : sideLabels.department,
        })),
      can: {
        acknowledge: department && mayAcknowledge(status),
        addNote: followUp && mayAddNote(status),
        close: department && mayClose(status),
      },
    };
  });
  return {
    events,
    targets: {
      operations: operations.map((o) => ({ id: o.id, label: `${o.reference} — ${o.label}` })),
      commitments: commitments.map((c) => ({ id: c.id, label: `${c.code} — ${c.text.slice(0, 120)}` })),
    },
    counts: reportedEventCounts(rows, today),
    can: { report: canReportEvent(principal, side) },
  };
}

async function viewOf(db: Db, principal: Principal, conventionId: string, id: string) {
  return (await listReportedEvents(db, principal, conventionId)).events.find((e) => e.id === id)!;
}

async function loadEvent(db: Db, principal: Principal, id: string) {
  const event = await repo.findEvent(db, id);
  if (!event) throw notFound('Événement signalé');
  const { side } = await loadConventionAccess(db, principal, event.convention_id).catch(() => {
    throw notFound('Événement signalé');
  });
  return { event, side };
}

export async function reportEvent(
  db: Db,
  principal: Principal,
  conventionId: string,
  body: ReportEventBody,
): Promise<ReportedEventView> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  if (!canReportEvent(principal, side))
    throw forbidden("Seuls le responsable et les agents de l'office signalent un fait au Département.");
  const today = todayInParis();
  const problems = reportProblems(body, today);
  if (body.operationId && !(await operationHeaders(db, conventionId)).some((o) => o.id === body.operationId))
    problems.push({ field: 'operationId', message: "Cette opération n'est pas une opération de la convention." });
  if (body.commitmentId && !(await commitmentHeaders(db, conventionId)).some((c) => c.id === body.commitmentId))
    problems.push({ field: 'commitmentId', message: "Cet engagement n'est pas un engagement de la convention." });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems[0]!.message, { fieldErrors: problems });
  const id = await db.transaction().execute(async (trx) => {
    const reference = await repo.nextReference(trx, conventionId);
    const { id } = await repo.insertEvent(trx, {
      convention_id: conventionId,
      reference,
      category: body.category,
      operation_id: body.operationId ?? null,
      commitment_id: body.commitmentId ?? null,
      title: body.title,
      description: body.description,
      occurred_on: body.occurredOn,
      reported_on: today,
      reported_by: principal.id,
      reported_by_organisation_id: principal.organisationId,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'reported_event',
      entityId: id,
      action: 'report',
      conventionId,
      after: { conventionId, reference: eventReference(reference), ...body, reportedOn: today },
    });
    return id;
  });
  return viewOf(db, principal, conventionId, id);
}

/** The Département's acknowledgement of receipt, dated today. */
export async function acknowledgeEvent(db: Db, principal: Principal, id: string): Promise<ReportedEventView> {
  const { event, side } = await loadEvent(db, principal, id);
  if (!canAcknowledgeEvent(principal, side))
    throw forbidden('Seuls le coordinateur et les agents du Département accusent réception d’un fait signalé.');
  await db.transaction().execute(async (trx) => {
    const current = await repo.lockEvent(trx, id);
    const today = todayInParis();
    if (!mayAcknowledge(eventStatusAsOf(current, today)))
      throw new AppError('CONFLICT', `Le fait ${eventReference(current.reference)} a déjà un accusé de réception.`);
    await repo.updateEvent(trx, id, { acknowledged_on: today, acknowledged_by: principal.id });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'reported_event',
      entityId: id,
      action: 'acknowledge',
      conventionId: current.convention_id,
      after: { acknowledgedOn: today },
    });
  });
  return viewOf(db, principal, event.convention_id, id);
}

/** A follow-up note, by either party, while the event is open. */
export async function addEventNote(
  db: Db,
  principal: Principal,
  id: string,
  body: { note: string },
): Promise<ReportedEventView> {
  const { event, side } = await loadEvent(db, principal, id);
  if (!canFollowUpEvent(principal, side)) throw forbidden('Seuls les agents des deux parties suivent un fait signalé.');
  await db.transaction().execute(async (trx) => {
    const current = await repo.lockEvent(trx, id);
    const today = todayInParis();
    if (!mayAddNote(eventStatusAsOf(current, today)))
      throw new AppError('CONFLICT', `Le suivi du fait ${eventReference(current.reference)} est clos.`);
    await repo.insertNote(trx, {
      event_id: id,
      note: body.note,
      written_on: today,
      written_by: principal.id,
      written_by_organisation_id: principal.organisationId,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'reported_event',
      entityId: id,
      action: 'add_note',
      conventionId: current.convention_id,
      after: body,
    });
  });
  return viewOf(db, principal, event.convention_id, id);
}

/** The Département closes the follow-up, with a note saying how the event ended. */
export async function closeEvent(
  db: Db,
  principal: Principal,
  id: string,
  body: { note: string },
): Promise<ReportedEventView> {
  const { event, side } = await loadEvent(db, principal, id);
  if (!canAcknowledgeEvent(principal, side))
    throw forbidden('Seuls le coordinateur et les agents du Département closent le suivi d’un fait signalé.');
  await db.transaction().execute(async (trx) => {
    const current = await repo.lockEvent(trx, id);
    const today = todayInParis();
    const status = eventStatusAsOf(current, today);
    if (!mayClose(status)) {
      throw new AppError(
        'CONFLICT',
        status === 'closed'
          ? `Le suivi du fait ${eventReference(current.reference)} est déjà clos.`
          : `Accusez d'abord réception du fait ${eventReference(current.reference)}.`,
      );
    }
    await repo.updateEvent(trx, id, { closed_on: today, closed_by: principal.id, closing_note: body.note });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'reported_event',
      entityId: id,
      action: 'close_event',
      conventionId: current.convention_id,
      after: { closedOn: today, note: body.note },
    });
  });
  return viewOf(db, principal, event.convention_id, id);
}
