import { actorOf, type Principal } from '../../kernel/principal';
import type { Transaction } from 'kysely';
import { todayInParis } from '../../../contracts/dates';
import type { ActionItemStatus } from '../../../contracts/governance';
import type { ActionItemView, MeetingView } from '../../../contracts/governance-sessions';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { AppError, assertSomethingToChange, forbidden, notFound } from '../../platform/errors';
import * as bodiesRepo from './bodies.repository';
import { assertManage, findOrCreateMember, loadBodyAccess } from './bodies.service';
import { canFollowUpActionItem } from './governance.policy';
import * as repo from './meetings.repository';
import { inviteStandingMembersIn } from './membership.service';
import { loadSessionAccess } from './session-state';
import * as sessionsRepo from './sessions.repository';
import { coChairsOf, personOf } from './views';
import { actWindowWarning } from '../obligations/obligations.queries';

type Trx = Transaction<Database>;

/**
 * COPIL, COTECH and thematic meetings: an agenda (the body's default one, e.g. the COTECH's four
 * purposes of Article 4), participants from both parties (people known by their spellings, created
 * when new), minutes, the decisions taken, and action items with an owner, a due date and a status,
 * followed from one meeting to the next.
 */

type Participant = {
  memberId?: string | undefined;
  civility?: 'M.' | 'Mme' | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | undefined;
  organisationId?: string | null | undefined;
  function?: string | null | undefined;
  status: 'present' | 'excused' | 'absent';
};

export async function loadMeetingAccess(db: Db, principal: Principal, meetingId: string) {
  const access = await loadSessionAccess(db, principal, meetingId).catch(() => {
    throw notFound('Réunion');
  });
  if (access.rules.deliberative)
    throw new AppError(
      'NOT_FOUND',
      'Réunion introuvable : cette instance délibère, consultez la séance (/api/sessions/…).',
    );
  return access;
}

async function setParticipantsIn(
  trx: Trx,
  principal: Principal,
  conventionId: string,
  meetingId: string,
  participants: Participant[],
  partyIds: string[],
) {
  const rows = [];
  const seen = new Set<string>();
  for (const [i, p] of participants.entries()) {
    if (p.organisationId && !partyIds.includes(p.organisationId)) {
      throw new AppError('VALIDATION_FAILED', "L'organisation n'est pas partie à la convention.", {
        fieldErrors: [
          { field: `participants.${i}.organisationId`, message: 'Organisation inconnue de la convention.' },
        ],
      });
    }
    let member = p.memberId ? await bodiesRepo.findMember(trx, p.memberId) : undefined;
    if (p.memberId && (!member || member.convention_id !== conventionId)) {
      throw new AppError('VALIDATION_FAILED', 'Participant inconnu de cette convention.', {
        fieldErrors: [{ field: `participants.${i}.memberId`, message: 'Membre inconnu.' }],
      });
    }
    member ??= await findOrCreateMember(trx, actorOf(principal), conventionId, { ...p, lastName: p.lastName! });
    if (seen.has(member.id)) continue;
    seen.add(member.id);
    rows.push({
      session_id: meetingId,
      member_id: member.id,
      position: rows.length,
      status: p.status,
      proxy_holder_member_id: null,
      arrived_at_item_id: null,
      left_before_item_id: null,
    });
  }
  await sessionsRepo.replaceAttendance(trx, meetingId, rows);
}

export async function createMeeting(
  db: Db,
  principal: Principal,
  bodyId: string,
  input: {
    heldOn: string;
    place?: string | null | undefined;
    agenda?: string[] | undefined;
    participants: Participant[];
    withStandingMembers?: boolean | undefined;
  },
): Promise<MeetingView> {
  const { body, rules, access, canManage } = await loadBodyAccess(db, principal, bodyId);
  assertManage(canManage);
  if (rules.deliberative)
    throw new AppError(
      'INVARIANT_VIOLATED',
      `${body.name} délibère : enregistrez une séance (POST /api/bodies/${bodyId}/sessions).`,
    );
  const agenda = input.agenda ?? rules.defaultAgenda;
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await sessionsRepo.insertSession(trx, {
      body_id: bodyId,
      held_on: input.heldOn,
      place: input.place ?? null,
      convened_on: null,
      created_by: principal.id,
      created_at: new Date(),
    });
    for (const [i, title] of agenda.entries())
      await sessionsRepo.insertItem(trx, { session_id: id, position: i + 1, title });
    await setParticipantsIn(
      trx,
      principal,
      body.convention_id,
      id,
      input.participants,
      access.parties.map((p) => p.id),
    );
    const standing = input.withStandingMembers ? await inviteStandingMembersIn(trx, bodyId, id) : 0;
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: id,
      action: 'create',
      after: {
        bodyId,
        heldOn: input.heldOn,
        place: input.place ?? null,
        agenda,
        participants: input.participants.length,
        standingMembersInvited: standing,
      },
    });
    return id;
  });
  return getMeeting(db, principal, id);
}

function actionItemViews(
  rows: repo.ActionItemRow[],
  updates: Awaited<ReturnType<typeof repo.listUpdates>>,
  members: Map<string, bodiesRepo.MemberRow>,
  organisations: { id: string; name: string }[],
  today: string,
): ActionItemView[] {
  return rows.map((a) => {
    const organisation = organisations.find((o) => o.id === a.owner_organisation_id);
    const owner = a.owner_member_id ? members.get(a.owner_member_id) : undefined;
    return {
      id: a.id,
      bodyId: a.body_id,
      title: a.title,
      owner: owner ? personOf(owner) : null,
      ownerOrganisation: organisation ? { id: organisation.id, name: organisation.name } : null,
      dueOn: a.due_on,
      status: a.status,
      overdue: a.due_on !== null && a.due_on < today && (a.status === 'open' || a.status === 'in_progress'),
      raisedAt: { meetingId: a.session_id, heldOn: a.raised_on },
      history: updates
        .filter((u) => u.action_item_id === a.id)
        .map((u) => ({
          status: u.status as ActionItemStatus,
          comment: u.comment,
          meetingId: u.session_id,
          actorLabel: u.actor_label,
          occurredAt: u.occurred_at.toISOString(),
        })),
    };
  });
}

export async function listActionItems(
  db: Db,
  principal: Principal,
  bodyId: string,
  status?: ActionItemStatus,
): Promise<ActionItemView[]> {
  const { body, access } = await loadBodyAccess(db, principal, bodyId);
  const rows = (await repo.listActionItems(db, bodyId)).filter((a) => !status || a.status === status);
  const [updates, members] = await Promise.all([
    repo.listUpdates(
      db,
      rows.map((r) => r.id),
    ),
    bodiesRepo.listMembers(db, body.convention_id),
  ]);
  return actionItemViews(rows, updates, new Map(members.map((m) => [m.id, m])), access.parties, todayInParis());
}

export async function getMeeting(db: Db, principal: Principal, meetingId: string): Promise<MeetingView> {
  const { session, body, access, canManage } = await loadMeetingAccess(db, principal, meetingId);
  const [items, attendance, decisions, allActions, members, sessions] = await Promise.all([
    sessionsRepo.listItems(db, [meetingId]),
    sessionsRepo.listAttendance(db, meetingId),
    repo.listMeetingDecisions(db, meetingId),
    repo.listActionItems(db, body.id),
    bodiesRepo.listMembers(db, body.convention_id),
    sessionsRepo.listSessions(db, body.id),
  ]);
  const updates = await repo.listUpdates(
    db,
    allActions.map((a) => a.id),
  );
  const byId = new Map(members.map((m) => [m.id, m]));
  const views = actionItemViews(allActions, updates, byId, access.parties, todayInParis());
  const earlier = sessions.filter(
    (s) =>
      s.id !== meetingId &&
      (s.held_on < session.held_on || (s.held_on === session.held_on && s.created_at < session.created_at)),
  );
  const earlierIds = new Set(earlier.map((s) => s.id));
  const organisation = (id: string | null) => access.parties.find((p) => p.id === id);
  // The COPIL's window is the 4th quarter (obligations' templates say it, act-windows.rules reads
  // it): a meeting held outside is recorded with a warning, shown where it was entered.
  const windowWarning =
    body.kind === 'steering_committee'
      ? await actWindowWarning(db, body.convention_id, 'copil_meeting', {
          year: Number(session.held_on.slice(0, 4)),
          on: session.held_on,
          label: `Réunion du ${body.code} tenue`,
        })
      : null;
  return {
    id: session.id,
    body: { id: body.id, name: body.name, kind: body.kind, code: body.code },
    conventionId: body.convention_id,
    heldOn: session.held_on,
    place: session.place,
    minutes: session.minutes,
    agenda: items.map((i) => ({ id: i.id, position: i.position, title: i.title })),
    participants: attendance.map((a) => {
      const m = byId.get(a.member_id)!;
      const org = organisation(m.organisation_id);
      return {
        member: personOf(m),
        organisation: org ? { id: org.id, name: org.name } : null,
        function: m.function,
        status: a.status,
      };
    }),
    decisions: decisions.map((d) => ({ id: d.id, text: d.text, agendaItemId: d.agenda_item_id })),
    actionItems: views.filter((v) => v.raisedAt.meetingId === meetingId),
    // Raised at an earlier meeting, and still open, or followed up at this one.
    followUp: views.filter(
      (v) =>
        earlierIds.has(v.raisedAt.meetingId) &&
        (v.status === 'open' || v.status === 'in_progress' || v.history.some((h) => h.meetingId === meetingId)),
    ),
    previousMeetingId: earlier.at(-1)?.id ?? null,
    coChairs: body.kind === 'steering_committee' ? coChairsOf(session, byId) : null,
    windowWarning,
    can: { manage: canManage, followUp: canFollowUpActionItem(principal, access.side) },
  };
}

export async function updateMeeting(
  db: Db,
  principal: Principal,
  meetingId: string,
  input: { heldOn?: string | undefined; place?: string | null | undefined; minutes?: string | null | undefined },
): Promise<MeetingView> {
  const { session, canManage } = await loadMeetingAccess(db, principal, meetingId);
  assertManage(canManage);
  await db.transaction().execute(async (trx) => {
    const values = {
      ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.minutes !== undefined ? { minutes: input.minutes } : {}),
    };
    assertSomethingToChange(values);
    await sessionsRepo.updateSession(trx, meetingId, values);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: meetingId,
      action: 'update',
      before: { heldOn: session.held_on, place: session.place, minutes: session.minutes },
      after: input,
    });
  });
  return getMeeting(db, principal, meetingId);
}

export async function setParticipants(
  db: Db,
  principal: Principal,
  meetingId: string,
  participants: Participant[],
): Promise<MeetingView> {
  const { body, access, canManage } = await loadMeetingAccess(db, principal, meetingId);
  assertManage(canManage);
  await db.transaction().execute(async (trx) => {
    await setParticipantsIn(
      trx,
      principal,
      body.convention_id,
      meetingId,
      participants,
      access.parties.map((p) => p.id),
    );
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: meetingId,
      action: 'set_participants',
      after: participants,
    });
  });
  return getMeeting(db, principal, meetingId);
}

export async function addMeetingDecision(
  db: Db,
  principal: Principal,
  meetingId: string,
  input: { text: string; agendaItemId?: string | null | undefined },
): Promise<MeetingView> {
  const { canManage } = await loadMeetingAccess(db, principal, meetingId);
  assertManage(canManage);
  if (input.agendaItemId) {
    const item = await sessionsRepo.findItem(db, input.agendaItemId);
    if (!item || item.session_id !== meetingId)
      throw new AppError('VALIDATION_FAILED', "Ce point n'est pas à l'ordre du jour de la réunion.", {
        fieldErrors: [{ field: 'agendaItemId', message: 'Point inconnu.' }],
      });
  }
  await db.transaction().execute(async (trx) => {
    const { id } = await repo.insertMeetingDecision(trx, {
      session_id: meetingId,
      agenda_item_id: input.agendaItemId ?? null,
      text: input.text,
      created_by: principal.id,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: meetingId,
      action: 'add_decision',
      after: { id, ...input },
    });
  });
  return getMeeting(db, principal, meetingId);
}

async function checkOwner(
  db: Db,
  conventionId: string,
  partyIds: string[],
  input: { ownerMemberId?: string | null | undefined; ownerOrganisationId?: string | null | undefined },
) {
  if (input.ownerMemberId) {
    const m = await bodiesRepo.findMember(db, input.ownerMemberId);
    if (!m || m.convention_id !== conventionId)
      throw new AppError('VALIDATION_FAILED', 'Responsable inconnu de cette convention.', {
        fieldErrors: [{ field: 'ownerMemberId', message: 'Membre inconnu.' }],
      });
  }
  if (input.ownerOrganisationId && !partyIds.includes(input.ownerOrganisationId)) {
    throw new AppError('VALIDATION_FAILED', "L'organisation responsable n'est pas partie à la convention.", {
      fieldErrors: [{ field: 'ownerOrganisationId', message: 'Organisation inconnue.' }],
    });
  }
}

export async function createActionItem(
  db: Db,
  principal: Principal,
  meetingId: string,
  input: {
    title: string;
    ownerMemberId?: string | null | undefined;
    ownerOrganisationId?: string | null | undefined;
    dueOn?: string | null | undefined;
  },
): Promise<MeetingView> {
  const { body, access, canManage } = await loadMeetingAccess(db, principal, meetingId);
  assertManage(canManage);
  await checkOwner(
    db,
    body.convention_id,
    access.parties.map((p) => p.id),
    input,
  );
  const owner = input.ownerMemberId ? await bodiesRepo.findMember(db, input.ownerMemberId) : undefined;
  await db.transaction().execute(async (trx) => {
    const now = new Date();
    const { id } = await repo.insertActionItem(trx, {
      body_id: body.id,
      session_id: meetingId,
      title: input.title,
      owner_member_id: input.ownerMemberId ?? null,
      owner_organisation_id: input.ownerOrganisationId ?? owner?.organisation_id ?? null,
      due_on: input.dueOn ?? null,
      status: 'open',
      created_by: principal.id,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'action_item',
      entityId: id,
      action: 'create',
      after: { meetingId, ...input },
    });
  });
  return getMeeting(db, principal, meetingId);
}

/** Follows an action item up: a new status, due date or comment, dated and attributed, at a meeting or between two. */
export async function updateActionItem(
  db: Db,
  principal: Principal,
  actionItemId: string,
  input: {
    status?: ActionItemStatus | undefined;
    dueOn?: string | null | undefined;
    comment?: string | null | undefined;
    meetingId?: string | null | undefined;
  },
): Promise<ActionItemView> {
  const item = await repo.findActionItem(db, actionItemId);
  if (!item) throw notFound('Action');
  const { access } = await loadBodyAccess(db, principal, item.body_id).catch(() => {
    throw notFound('Action');
  });
  if (!canFollowUpActionItem(principal, access.side))
    throw forbidden('Seuls les agents des parties suivent les actions.');
  if (input.meetingId) {
    const meeting = await sessionsRepo.findSession(db, input.meetingId);
    if (!meeting || meeting.body_id !== item.body_id)
      throw new AppError('VALIDATION_FAILED', "Cette réunion n'est pas une réunion de la même instance.", {
        fieldErrors: [{ field: 'meetingId', message: 'Réunion inconnue.' }],
      });
  }
  const actor = actorOf(principal);
  await db.transaction().execute(async (trx) => {
    const status = input.status ?? item.status;
    await repo.updateActionItem(trx, actionItemId, {
      status,
      ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
      updated_at: new Date(),
    });
    await repo.insertUpdate(trx, {
      action_item_id: actionItemId,
      session_id: input.meetingId ?? null,
      status,
      comment: input.comment ?? null,
      actor_id: principal.id,
      actor_label: actor.label,
      occurred_at: new Date(),
    });
    await recordAudit(trx, actor, {
      entityType: 'action_item',
      entityId: actionItemId,
      action: 'follow_up',
      before: { status: item.status, dueOn: item.due_on },
      after: input,
    });
  });
  return (await listActionItems(db, principal, item.body_id)).find((a) => a.id === actionItemId)!;
}
