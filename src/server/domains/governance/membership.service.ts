import { actorOf, type Principal } from '../../kernel/principal';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { PersonInput, StandingMembersView, standingMemberInput } from '../../../contracts/governance-sessions';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { AppError, forbidden } from '../../platform/errors';
import * as bodiesRepo from './bodies.repository';
import { findOrCreateMember, loadBodyAccess } from './bodies.service';
import { canManageStandingMembers } from './governance.policy';
import { withParticipants } from './meetings.rules';
import * as repo from './membership.repository';
import * as sessionsRepo from './sessions.repository';
import { personOf } from './views';

type Trx = Transaction<Database>;

/**
 * A body's standing members: who sits on it from one meeting to the next (the COTECH's are the
 * office's technical team under its director general, the DAT coordinating the convention's
 * follow-up and the Département's services concerned, Article 4 §2), each with their service and
 * role. Kept by the Département's coordinator; a new meeting may invite them all at once.
 */

/** A person given by id (checked in the convention) or by name (a known spelling finds them, else created). */
export async function resolvePerson(
  trx: Trx,
  principal: Principal,
  conventionId: string,
  input: PersonInput & { organisationId?: string | null | undefined },
  field: string,
) {
  if (input.memberId) {
    const member = await bodiesRepo.findMember(trx, input.memberId);
    if (!member || member.convention_id !== conventionId)
      throw new AppError('VALIDATION_FAILED', 'Personne inconnue de cette convention.', {
        fieldErrors: [{ field: `${field}.memberId`, message: 'Personne inconnue.' }],
      });
    return member;
  }
  return findOrCreateMember(trx, actorOf(principal), conventionId, { ...input, lastName: input.lastName! });
}

export async function getStandingMembers(db: Db, principal: Principal, bodyId: string): Promise<StandingMembersView> {
  const { body, access } = await loadBodyAccess(db, principal, bodyId);
  const [rows, members] = await Promise.all([
    repo.listStandingMembers(db, bodyId),
    bodiesRepo.listMembers(db, body.convention_id),
  ]);
  const byId = new Map(members.map((m) => [m.id, m]));
  return {
    bodyId,
    members: rows.map((r) => {
      const m = byId.get(r.member_id)!;
      const org = access.parties.find((p) => p.id === m.organisation_id);
      return {
        member: personOf(m),
        organisation: org ? { id: org.id, name: org.name } : null,
        function: m.function,
        service: r.service,
        role: r.role,
      };
    }),
    can: { manage: canManageStandingMembers(principal, access.side) },
  };
}

/** Replaces the body's standing members (the list as the coordinator keeps it), audited. */
export async function setStandingMembers(
  db: Db,
  principal: Principal,
  bodyId: string,
  input: z.infer<typeof standingMemberInput>[],
): Promise<StandingMembersView> {
  const { body, access } = await loadBodyAccess(db, principal, bodyId);
  if (!canManageStandingMembers(principal, access.side))
    throw forbidden("Seul le coordinateur du Département tient la liste des membres permanents d'une instance.");
  const partyIds = access.parties.map((p) => p.id);
  await db.transaction().execute(async (trx) => {
    const before = await repo.listStandingMembers(trx, bodyId);
    const rows: { member_id: string; service: string | null; role: string | null }[] = [];
    for (const [i, m] of input.entries()) {
      if (m.organisationId && !partyIds.includes(m.organisationId))
        throw new AppError('VALIDATION_FAILED', "L'organisation n'est pas partie à la convention.", {
          fieldErrors: [{ field: `members.${i}.organisationId`, message: 'Organisation inconnue de la convention.' }],
        });
      const member = await resolvePerson(trx, principal, body.convention_id, m, `members.${i}`);
      if (rows.some((r) => r.member_id === member.id))
        throw new AppError('VALIDATION_FAILED', `${personOf(member).formalName} figure deux fois dans la liste.`, {
          fieldErrors: [{ field: `members.${i}.memberId`, message: 'Personne déjà listée.' }],
        });
      rows.push({ member_id: member.id, service: m.service ?? null, role: m.role ?? null });
    }
    await repo.replaceStandingMembers(
      trx,
      bodyId,
      rows.map((r, position) => ({ body_id: bodyId, position, ...r })),
    );
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_body',
      entityId: bodyId,
      action: 'set_standing_members',
      before: before.map((r) => ({ memberId: r.member_id, service: r.service, role: r.role })),
      after: rows.map((r) => ({ memberId: r.member_id, service: r.service, role: r.role })),
    });
  });
  return getStandingMembers(db, principal, bodyId);
}

/** Invites a body's standing members to one of its meetings (appended present; those listed stay as they are). */
export async function inviteStandingMembersIn(trx: Trx, bodyId: string, meetingId: string): Promise<number> {
  const standing = await repo.listStandingMembers(trx, bodyId);
  return appendParticipantsIn(
    trx,
    meetingId,
    standing.map((s) => s.member_id),
  );
}

/** Appends people to a meeting's participants, present, each once; returns how many were added. */
export async function appendParticipantsIn(trx: Trx, meetingId: string, memberIds: string[]): Promise<number> {
  const existing = await sessionsRepo.listAttendance(trx, meetingId);
  const merged = withParticipants(
    existing.map((a) => ({ memberId: a.member_id, status: a.status })),
    memberIds,
  );
  if (merged.length === existing.length) return 0;
  await sessionsRepo.replaceAttendance(
    trx,
    meetingId,
    merged.map((p, position) => ({
      session_id: meetingId,
      member_id: p.memberId,
      position,
      status: p.status,
      proxy_holder_member_id: null,
      arrived_at_item_id: null,
      left_before_item_id: null,
    })),
  );
  return merged.length - existing.length;
}
