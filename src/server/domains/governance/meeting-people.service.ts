import { actorOf, type Principal } from '../../kernel/principal';
import type { z } from 'zod';
import type { coChairsBody, MeetingView, PersonInput } from '../../../contracts/governance-sessions';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import { assertManage } from './bodies.service';
import { coChairProblems, type CoChairCandidate, type PartySide } from './meetings.rules';
import { getMeeting, loadMeetingAccess } from './meetings.service';
import { appendParticipantsIn, inviteStandingMembersIn, resolvePerson } from './membership.service';
import * as sessionsRepo from './sessions.repository';
import { personOf } from './views';

/**
 * Who a meeting gathers, beyond the participants entered one by one: the COPIL's two co-chairs
 * (Article 4 §1, one per party, known members or named; a co-chair is a participant of the
 * meeting), and the body's standing members invited at once.
 */

export async function setCoChairs(
  db: Db,
  principal: Principal,
  meetingId: string,
  input: z.infer<typeof coChairsBody>,
): Promise<MeetingView> {
  const { session, body, access, canManage } = await loadMeetingAccess(db, principal, meetingId);
  assertManage(canManage, 'cette réunion');
  const partyOf = (side: PartySide) => access.parties.find((p) => p.party_role === side)?.id ?? null;
  const parties = { department: partyOf('department'), landlord: partyOf('landlord') };
  await db.transaction().execute(async (trx) => {
    const chairs: Record<PartySide, CoChairCandidate | null> = { department: null, landlord: null };
    for (const side of ['department', 'landlord'] as const) {
      const person: PersonInput | null = input[side];
      if (!person) continue;
      // A person named here for the first time belongs to the party they co-chair for.
      const member = await resolvePerson(
        trx,
        principal,
        body.convention_id,
        { ...person, organisationId: parties[side] },
        side,
      );
      chairs[side] = { memberId: member.id, name: personOf(member).formalName, organisationId: member.organisation_id };
    }
    const problems = coChairProblems(body.kind, chairs, parties);
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems[0]!.message, { fieldErrors: problems });
    const values = {
      department_co_chair_member_id: chairs.department?.memberId ?? null,
      landlord_co_chair_member_id: chairs.landlord?.memberId ?? null,
    };
    await sessionsRepo.updateSession(trx, meetingId, values);
    // The co-chairs take part in the meeting they chair.
    await appendParticipantsIn(
      trx,
      meetingId,
      [chairs.department, chairs.landlord].filter((c) => c !== null).map((c) => c.memberId),
    );
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: meetingId,
      action: 'set_co_chairs',
      before: {
        departmentCoChairId: session.department_co_chair_member_id,
        landlordCoChairId: session.landlord_co_chair_member_id,
      },
      after: {
        departmentCoChairId: values.department_co_chair_member_id,
        landlordCoChairId: values.landlord_co_chair_member_id,
      },
    });
  });
  return getMeeting(db, principal, meetingId);
}

/** Invites the body's standing members to the meeting (those already listed keep their presence). */
export async function inviteStandingMembers(db: Db, principal: Principal, meetingId: string): Promise<MeetingView> {
  const { body, canManage } = await loadMeetingAccess(db, principal, meetingId);
  assertManage(canManage, 'cette réunion');
  await db.transaction().execute(async (trx) => {
    const added = await inviteStandingMembersIn(trx, body.id, meetingId);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: meetingId,
      action: 'invite_standing_members',
      after: { added },
    });
  });
  return getMeeting(db, principal, meetingId);
}
