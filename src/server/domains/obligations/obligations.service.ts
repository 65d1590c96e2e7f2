import { findConvention } from '../../kernel/convention-scope.queries';
import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import type { Transaction } from 'kysely';
import { todayInParis } from '../../../contracts/dates';
import type {
  CalendarQuery,
  CreateDutyBody,
  DutyView,
  InstanceView,
  MarkDoneBody,
  UpdateDutyBody,
} from '../../../contracts/obligations';
import { recordAudit, type Actor } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { findDocument } from '../../platform/documents';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { expandRecurrence, type RecurrenceSpec } from './calendar.rules';
import { eventDutySpecs } from './communication-duties.rules';
import { listEvents } from './communication.repository';
import { evaluate } from './obligations.queries';
import * as repo from './obligations.repository';
import { canManageDuties, canMarkDone } from './obligations.policy';

type Trx = Transaction<Database>;
type Q = Db | Trx;

/**
 * Duties of a convention and their calendar: instances are stored for the convention's whole
 * period (per-event duties: one per dated communication event) (so reminders and marks have something to refer to); their status is computed on the day
 * asked, from the evidence other domains hold (evidence.repository) or a hand mark with a document.
 */

export const specOf = (d: repo.DutyRow): RecurrenceSpec => ({
  recurrence: d.recurrence,
  dueMonth: d.due_month,
  dueDay: d.due_day,
  quarter: d.quarter,
  yearOffset: d.year_offset,
  monthsAfter: d.months_after,
  shiftToWorkingDay: d.shift_to_working_day,
});

/** (Re)generates a duty's instances over its convention's period. */
export async function generateInstances(trx: Q, duty: repo.DutyRow): Promise<void> {
  const convention = await findConvention(trx, duty.convention_id);
  if (!convention) throw notFound('Convention');
  const specs = !duty.active
    ? []
    : duty.recurrence === 'per_event'
      ? eventDutySpecs(
          { evidenceKind: duty.evidence_kind, shiftToWorkingDay: duty.shift_to_working_day },
          (await listEvents(trx, duty.convention_id)).map((e) => ({ id: e.id, kind: e.kind, eventOn: e.event_on })),
        )
      : expandRecurrence(specOf(duty), convention.period_start, convention.period_end);
  await repo.syncInstances(trx, duty.id, specs);
}

/**
 * A communication event was declared (or dated): the convention's per-event duties get their
 * instances for it (Article 6, communication-duties.rules), in the caller's transaction.
 */
export async function syncEventDuties(trx: Q, conventionId: string): Promise<void> {
  for (const duty of await repo.listDuties(trx, [conventionId]))
    if (duty.recurrence === 'per_event') await generateInstances(trx, duty);
}

function dutyViewOf(d: repo.DutyRow, instances: number): DutyView {
  return {
    id: d.id,
    conventionId: d.convention_id,
    code: d.code,
    party: d.party,
    title: d.title,
    description: d.description,
    articleNumber: d.article_number,
    recurrence: d.recurrence,
    dueMonth: d.due_month,
    dueDay: d.due_day,
    quarter: d.quarter,
    yearOffset: d.year_offset,
    monthsAfter: d.months_after,
    shiftToWorkingDay: d.shift_to_working_day,
    evidenceKind: d.evidence_kind,
    evidenceDescription: d.evidence_description,
    reminderDays: d.reminder_days,
    active: d.active,
    instances,
  };
}

function checkRecurrence(input: {
  recurrence: string;
  dueMonth?: number | null | undefined;
  dueDay?: number | null | undefined;
  quarter?: number | null | undefined;
}) {
  if (input.recurrence === 'yearly_date' && (input.dueMonth == null || input.dueDay == null)) {
    throw new AppError('VALIDATION_FAILED', 'Une obligation annuelle à date fixe demande un jour et un mois.', {
      fieldErrors: [{ field: 'dueDay', message: 'Jour et mois obligatoires.' }],
    });
  }
  if (input.recurrence === 'yearly_quarter' && input.quarter == null) {
    throw new AppError('VALIDATION_FAILED', 'Une obligation annuelle dans un trimestre demande le trimestre.', {
      fieldErrors: [{ field: 'quarter', message: 'Trimestre obligatoire.' }],
    });
  }
}

const dutyValues = (b: CreateDutyBody) => ({
  party: b.party,
  title: b.title,
  description: b.description,
  article_number: b.articleNumber,
  recurrence: b.recurrence,
  due_month: b.dueMonth ?? null,
  due_day: b.dueDay ?? null,
  quarter: b.quarter ?? null,
  year_offset: b.yearOffset,
  months_after: b.monthsAfter,
  shift_to_working_day: b.shiftToWorkingDay,
  evidence_kind: b.evidenceKind,
  evidence_description: b.evidenceDescription,
  reminder_days: [...new Set(b.reminderDays)].sort((a, c) => c - a),
});

/** Inserts a duty and its instances (the seed and the administrator go through here). */
export async function insertDutyWithInstances(
  trx: Trx,
  actor: Actor,
  conventionId: string,
  body: CreateDutyBody,
  action: 'create' | 'seed' = 'create',
): Promise<repo.DutyRow> {
  checkRecurrence(body);
  if (await repo.findDutyByCode(trx, conventionId, body.code)) {
    throw new AppError('CONFLICT', `Une obligation de code ${body.code} existe déjà pour cette convention.`, {
      fieldErrors: [{ field: 'code', message: 'Code déjà employé.' }],
    });
  }
  const now = new Date();
  const duty = await repo.insertDuty(trx, {
    convention_id: conventionId,
    code: body.code,
    ...dutyValues(body),
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  });
  await generateInstances(trx, duty);
  await recordAudit(trx, actor, { entityType: 'duty', entityId: duty.id, action, after: body });
  return duty;
}

export async function listDuties(db: Db, principal: Principal, conventionId: string): Promise<DutyView[]> {
  await loadConventionAccess(db, principal, conventionId);
  const duties = await repo.listDuties(db, [conventionId]);
  const counts = new Map(
    (
      await repo.countInstances(
        db,
        duties.map((d) => d.id),
      )
    ).map((c) => [c.duty_id, Number(c.n)]),
  );
  return duties.map((d) => dutyViewOf(d, counts.get(d.id) ?? 0));
}

export async function createDuty(
  db: Db,
  principal: Principal,
  conventionId: string,
  body: CreateDutyBody,
): Promise<DutyView> {
  await loadConventionAccess(db, principal, conventionId);
  if (!canManageDuties(principal)) throw forbidden("Seul l'administrateur ajoute une obligation.");
  const duty = await db
    .transaction()
    .execute((trx) => insertDutyWithInstances(trx, actorOf(principal), conventionId, body));
  return (await listDuties(db, principal, conventionId)).find((d) => d.id === duty.id)!;
}

export async function updateDuty(
  db: Db,
  principal: Principal,
  dutyId: string,
  body: UpdateDutyBody,
): Promise<DutyView> {
  const before = await repo.findDuty(db, dutyId);
  if (!before) throw notFound('Obligation');
  await loadConventionAccess(db, principal, before.convention_id).catch(() => {
    throw notFound('Obligation');
  });
  if (!canManageDuties(principal)) throw forbidden("Seul l'administrateur modifie une obligation.");
  const merged = {
    ...dutyViewOf(before, 0),
    ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
  } as DutyView;
  checkRecurrence(merged);
  await db.transaction().execute(async (trx) => {
    const duty = await repo.updateDuty(trx, dutyId, {
      ...dutyValues({ ...merged, code: merged.code }),
      active: merged.active,
      updated_at: new Date(),
    });
    await generateInstances(trx, duty);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'duty',
      entityId: dutyId,
      action: 'update',
      before: dutyViewOf(before, 0),
      after: body,
    });
  });
  return (await listDuties(db, principal, before.convention_id)).find((d) => d.id === dutyId)!;
}

export async function listCalendar(
  db: Db,
  principal: Principal,
  conventionId: string,
  query: CalendarQuery,
  today = todayInParis(),
): Promise<InstanceView[]> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  const duties = (await repo.listDuties(db, [conventionId])).filter((d) => !query.party || d.party === query.party);
  const instances = await repo.listInstances(
    db,
    duties.map((d) => d.id),
    query,
  );
  const views = (await evaluate(db, principal, side, duties, instances, query.asOf ?? today)).map((e) => e.view);
  return query.status ? views.filter((v) => v.status === query.status) : views;
}

async function loadInstance(db: Db, principal: Principal, instanceId: string) {
  const instance = await repo.findInstance(db, instanceId);
  const duty = instance && (await repo.findDuty(db, instance.duty_id));
  if (!instance || !duty) throw notFound('Échéance');
  const { side } = await loadConventionAccess(db, principal, duty.convention_id).catch(() => {
    throw notFound('Échéance');
  });
  return { instance, duty, side };
}

export async function getInstance(
  db: Db,
  principal: Principal,
  instanceId: string,
  today = todayInParis(),
): Promise<InstanceView> {
  const { instance, duty, side } = await loadInstance(db, principal, instanceId);
  return (await evaluate(db, principal, side, [duty], [instance], today))[0]!.view;
}

/** The owing party marks an instance done by hand, with a document of the convention as evidence. */
export async function markDone(
  db: Db,
  principal: Principal,
  instanceId: string,
  body: MarkDoneBody,
  today = todayInParis(),
): Promise<InstanceView> {
  const { instance, duty, side } = await loadInstance(db, principal, instanceId);
  if (!canMarkDone(principal, side, duty.party))
    throw forbidden(
      `Seule la partie qui doit cette obligation (${duty.party === 'department' ? 'le Département' : 'le bailleur'}) la marque faite.`,
    );
  const current = await getInstance(db, principal, instanceId, today);
  if (current.doneOn !== null)
    throw new AppError('CONFLICT', `Cette échéance est déjà faite (${current.evidence?.label ?? current.doneOn}).`);
  const doc = await findDocument(db, body.documentId);
  if (!doc || doc.convention_id !== duty.convention_id) {
    throw new AppError('VALIDATION_FAILED', "La pièce n'appartient pas à cette convention.", {
      fieldErrors: [{ field: 'documentId', message: 'Pièce inconnue.' }],
    });
  }
  const doneOn = body.doneOn ?? today;
  if (doneOn > today)
    throw new AppError('VALIDATION_FAILED', 'La date de réalisation ne peut pas être dans le futur.', {
      fieldErrors: [{ field: 'doneOn', message: 'Date future.' }],
    });
  await db.transaction().execute(async (trx) => {
    await repo.markInstanceDone(trx, instanceId, {
      done_on: doneOn,
      done_by: principal.id,
      done_document_id: doc.id,
      done_note: body.note ?? null,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'duty_instance',
      entityId: instanceId,
      action: 'mark_done',
      before: { doneOn: instance.done_on },
      after: { doneOn, documentId: doc.id, note: body.note ?? null },
    });
  });
  return getInstance(db, principal, instanceId, today);
}
