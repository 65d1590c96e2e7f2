import { actorOf, type Principal } from '../../kernel/principal';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { ExportFile } from '../../platform/http/files';
import { getMeeting, loadMeetingAccess } from './meetings.service';
import type { MeetingView } from '../../../contracts/governance-sessions';
import { buildMinutes, minutesDocx, minutesPdf, type MinutesInput } from './minutes';

/**
 * A COPIL's or COTECH's minutes as a file (PDF to circulate, DOCX to edit), from the meeting as the
 * meeting page shows it (getMeeting: co-chairs, participants, agenda, minutes, decisions, actions).
 * Each download is recorded in the audit trail, like the other exports.
 */
export async function minutesFile(
  db: Db,
  principal: Principal,
  meetingId: string,
  format: 'pdf' | 'docx',
): Promise<ExportFile<Buffer>> {
  const { access } = await loadMeetingAccess(db, principal, meetingId);
  const m = await getMeeting(db, principal, meetingId);
  const owner = (a: MeetingView['actionItems'][number]) =>
    [a.owner?.formalName, a.ownerOrganisation?.name].filter(Boolean).join(', ') || null;
  const action = (a: MeetingView['actionItems'][number]) => ({
    title: a.title,
    owner: owner(a),
    dueOn: a.dueOn,
    status: a.status,
  });
  const chair = (c: { member: MeetingView['participants'][number]['member']; function: string | null } | null) =>
    c ? { person: c.member, function: c.function } : null;
  const input: MinutesInput = {
    bodyName: m.body.name,
    heldOn: m.heldOn,
    place: m.place,
    parties: [...access.parties]
      .sort((a, b) => (a.party_role === b.party_role ? 0 : a.party_role === 'department' ? -1 : 1))
      .map((p) => ({ id: p.id, name: p.name })),
    coChairs: m.coChairs ? { department: chair(m.coChairs.department), landlord: chair(m.coChairs.landlord) } : null,
    participants: m.participants.map((p) => ({
      person: p.member,
      organisationId: p.organisation?.id ?? null,
      function: p.function,
      status: p.status,
    })),
    agenda: m.agenda.map((a) => ({ position: a.position, title: a.title })),
    minutes: m.minutes,
    decisions: m.decisions.map((d) => ({
      text: d.text,
      agendaPosition: m.agenda.find((a) => a.id === d.agendaItemId)?.position ?? null,
    })),
    actionItems: m.actionItems.map(action),
    followUp: m.followUp.map(action),
  };
  const minutes = buildMinutes(input);
  await db.transaction().execute((trx) =>
    recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: meetingId,
      action: 'export',
      after: { export: `minutes.${format}` },
    }),
  );
  const base = `compte-rendu-${m.body.code.toLowerCase()}-${m.heldOn}`;
  if (format === 'pdf')
    return { filename: `${base}.pdf`, contentType: 'application/pdf', content: await minutesPdf(minutes) };
  return {
    filename: `${base}.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    content: await minutesDocx(minutes),
  };
}
