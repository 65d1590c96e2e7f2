import type { Principal } from '../../kernel/principal';
import type { BodyRules } from '../../../contracts/governance';
import type { AgendaItemView, SessionView } from '../../../contracts/governance-sessions';
import type { Db } from '../../platform/db/connect';
import { notFound } from '../../platform/errors';
import * as bodiesRepo from './bodies.repository';
import { loadBodyAccess } from './bodies.service';
import * as decisionsRepo from './decisions.repository';
import {
  competenceWarning,
  convocationWarning,
  clearDays,
  findDelegation,
  outcomeWording,
  participationAt,
  quorumOf,
  quorumWording,
  voidReasonLabels,
  votersOf,
  type Attendee,
  type Participation,
  type QuorumResult,
  type VoteCounts,
} from './governance.rules';
import * as repo from './sessions.repository';
import { delegationFactOf, inOfficeOn, personOf, yearOf } from './views';

type Queryable = Parameters<typeof repo.findSession>[0];

/**
 * Everything known of a session, loaded once, and what follows from it: who is in office, who
 * attends each item, proxies valid or void, quorum at the opening and per item, votes and outcome.
 * Services read it to check a change and to answer with the session's view.
 */
export interface SessionState {
  session: repo.SessionRow;
  body: bodiesRepo.BodyRow;
  rules: BodyRules;
  members: Map<string, bodiesRepo.MemberRow>;
  /** Mandates of the body running on the session's day. */
  inOffice: Awaited<ReturnType<typeof bodiesRepo.listMandates>>;
  attendance: Awaited<ReturnType<typeof repo.listAttendance>>;
  items: repo.ItemRow[];
  recusals: Awaited<ReturnType<typeof repo.listRecusals>>;
  memberVotes: Awaited<ReturnType<typeof repo.listMemberVotes>>;
  decisions: decisionsRepo.DecisionRow[];
  delegations: bodiesRepo.DelegationRow[];
}

export async function loadState(
  db: Queryable,
  session: repo.SessionRow,
  body: bodiesRepo.BodyRow,
  rules: BodyRules,
): Promise<SessionState> {
  const [members, mandates, attendance, items, delegations] = await Promise.all([
    bodiesRepo.listMembers(db, body.convention_id),
    bodiesRepo.listMandates(db, [body.id]),
    repo.listAttendance(db, session.id),
    repo.listItems(db, [session.id]),
    bodiesRepo.listDelegations(db, body.convention_id),
  ]);
  const itemIds = items.map((i) => i.id);
  const [recusals, memberVotes, decisions] = await Promise.all([
    repo.listRecusals(db, itemIds),
    repo.listMemberVotes(db, itemIds),
    Promise.all(itemIds.map((id) => decisionsRepo.findDecisionOfItem(db, id))).then((rows) =>
      rows.filter((r) => r !== undefined),
    ),
  ]);
  return {
    session,
    body,
    rules,
    members: new Map(members.map((m) => [m.id, m])),
    inOffice: mandates.filter((m) => inOfficeOn(m, session.held_on)),
    attendance,
    items,
    recusals,
    memberVotes,
    decisions,
    delegations,
  };
}

/** A session the principal may see, with its body and rules (NOT_FOUND otherwise). */
export async function loadSessionAccess(db: Db, principal: Principal, sessionId: string) {
  const session = await repo.findSession(db, sessionId);
  if (!session) throw notFound('Séance');
  const access = await loadBodyAccess(db, principal, session.body_id).catch(() => {
    throw notFound('Séance');
  });
  return { session, ...access };
}

export const nameOf = (state: SessionState) => (id: string) => {
  const m = state.members.get(id);
  return m ? personOf(m).formalName || m.last_name : 'Membre inconnu';
};

export const positionOf = (state: SessionState, itemId: string | null) =>
  itemId === null ? null : (state.items.find((i) => i.id === itemId)?.position ?? null);

export function attendeesOf(state: SessionState): Attendee[] {
  const voting = new Map(state.inOffice.map((m) => [m.member_id, m.voting]));
  return state.attendance.map((a) => ({
    memberId: a.member_id,
    status: a.status,
    proxyHolderId: a.proxy_holder_member_id,
    voting: voting.get(a.member_id) ?? false,
    arrivedAt: positionOf(state, a.arrived_at_item_id),
    leftBefore: positionOf(state, a.left_before_item_id),
  }));
}

export const recusedOf = (state: SessionState, itemId: string) =>
  new Set(state.recusals.filter((r) => r.agenda_item_id === itemId).map((r) => r.member_id));

export function quorumContext(state: SessionState) {
  return {
    membersInOffice: state.inOffice.length,
    votingMembersInOffice: state.inOffice.filter((m) => m.voting).length,
    secondConvocation: state.session.convocation === 'second',
  };
}

export function itemFacts(
  state: SessionState,
  item: repo.ItemRow,
): { participation: Participation; quorum: QuorumResult; recused: Set<string>; voters: string[] } {
  const recused = recusedOf(state, item.id);
  const participation = participationAt(attendeesOf(state), recused, item.position);
  return {
    participation,
    recused,
    quorum: quorumOf(state.rules, quorumContext(state), participation),
    voters: votersOf(participation),
  };
}

/**
 * The figures of an item's vote, computed once: members present and represented at the item,
 * those who do not take part (recused on the item, and voters who declared they do not take part
 * in the vote), and the votes cast. The session page, the decision page, the extract and the
 * evidence bundle all show these (governance.queries publishes them).
 */
export interface ItemFigures {
  present: number;
  represented: number;
  notTakingPart: number;
  for: number;
  against: number;
  abstention: number;
  votesCast: number;
  votingMembersInOffice: number;
  /** False when the item is recorded adopted without its count of votes (the SCDL's VOTE_ columns stay empty). */
  votesRecorded: boolean;
}

export function itemFigures(state: SessionState, item: repo.ItemRow): ItemFigures {
  const facts = itemFacts(state, item);
  const counts = countsOf(item);
  return {
    present: facts.participation.present.length,
    represented: facts.participation.proxies.length,
    notTakingPart: facts.recused.size + counts.notTakingPart,
    for: counts.for,
    against: counts.against,
    abstention: counts.abstention,
    votesCast: counts.for + counts.against + counts.abstention,
    votingMembersInOffice: state.inOffice.filter((m) => m.voting).length,
    votesRecorded: item.outcome !== 'adopted_unrecorded',
  };
}

export function openingQuorum(state: SessionState) {
  const first = state.items[0]?.position ?? 1;
  const participation = participationAt(attendeesOf(state), new Set(), first);
  return { participation, quorum: quorumOf(state.rules, quorumContext(state), participation) };
}

const ADOPTED = new Set(['unanimity', 'unanimity_of_votes_cast', 'majority', 'casting_vote', 'adopted_unrecorded']);

export const countsOf = (
  item: Pick<repo.ItemRow, 'votes_for' | 'votes_against' | 'votes_abstention' | 'votes_not_taking_part'>,
): VoteCounts => ({
  for: item.votes_for ?? 0,
  against: item.votes_against ?? 0,
  abstention: item.votes_abstention ?? 0,
  notTakingPart: item.votes_not_taking_part ?? 0,
});

/** The outcome of an item's recorded vote, recomputed from its counts and the body's rules. */
export function outcomeOf(_state: SessionState, item: repo.ItemRow) {
  return storedOutcome(item);
}

/** The outcome as computed when the vote was recorded (rules changed later do not rewrite it). */
export function storedOutcome(
  item: Pick<repo.ItemRow, 'outcome' | 'votes_for' | 'votes_against' | 'votes_abstention' | 'votes_not_taking_part'>,
) {
  if (!item.outcome) return null;
  const counts = countsOf(item);
  return {
    code: item.outcome,
    adopted: ADOPTED.has(item.outcome),
    wording: outcomeWording(item.outcome, counts),
    counts,
  };
}

export function itemWarnings(state: SessionState, item: Pick<repo.ItemRow, 'matter' | 'matter_year'>): string[] {
  if (!state.rules.deliberative) return [];
  const year = item.matter_year ?? yearOf(state.session.held_on);
  const delegation = findDelegation(state.delegations.map(delegationFactOf), {
    bodyId: state.body.id,
    matter: item.matter,
    year,
    on: state.session.held_on,
  });
  const warning = competenceWarning(
    { name: state.body.name, competences: state.rules.competences },
    item.matter,
    year,
    delegation,
  );
  return warning ? [warning] : [];
}

export function presidentOf(state: SessionState) {
  const id = state.session.president_member_id ?? state.inOffice.find((m) => m.role === 'president')?.member_id ?? null;
  return id ? (state.members.get(id) ?? null) : null;
}

export function sessionView(state: SessionState, canManage: boolean): SessionView {
  const person = (id: string) => personOf(state.members.get(id)!);
  const { session, body, rules } = state;
  const opening = openingQuorum(state);
  const president = presidentOf(state);
  const attendanceIds = new Set(state.attendance.map((a) => a.member_id));
  const items: AgendaItemView[] = state.items.map((item) => {
    const facts = itemFacts(state, item);
    const figures = itemFigures(state, item);
    const outcome = outcomeOf(state, item);
    const decision = state.decisions.find((d) => d.agenda_item_id === item.id);
    const counts = countsOf(item);
    return {
      id: item.id,
      position: item.position,
      title: item.title,
      rapporteur: item.rapporteur_member_id ? person(item.rapporteur_member_id) : null,
      report: item.report,
      draftDecision: item.draft_decision,
      matter: item.matter,
      matterYear: item.matter_year,
      actesCode: item.actes_code,
      status: item.status,
      carriedFromItemId: item.carried_from_item_id,
      recusals: state.recusals
        .filter((r) => r.agenda_item_id === item.id)
        .map((r) => ({ member: person(r.member_id), ground: r.ground })),
      participation: {
        present: figures.present,
        represented: figures.represented,
        notTakingPart: figures.notTakingPart,
        voters: facts.voters.length,
        proxies: facts.participation.proxies.map((p) => ({ giver: person(p.giverId), holder: person(p.holderId) })),
        voidProxies: facts.participation.voidProxies.map((p) => ({
          giver: person(p.giverId),
          holder: person(p.holderId),
          reason: voidReasonLabels[p.reason],
        })),
      },
      quorum: { ...facts.quorum, wording: quorumWording(facts.quorum, rules.quorum) },
      vote: item.vote_mode
        ? {
            mode: item.vote_mode,
            ...counts,
            presidentVote: item.president_vote,
            memberVotes: state.memberVotes
              .filter((v) => v.agenda_item_id === item.id)
              .map((v) => ({
                member: person(v.member_id),
                choice: v.choice,
                castBy: v.cast_by_member_id ? person(v.cast_by_member_id) : null,
              })),
          }
        : null,
      outcome: outcome ? { code: outcome.code, adopted: outcome.adopted, wording: outcome.wording } : null,
      decisionId: decision?.id ?? null,
      warnings: itemWarnings(state, item),
    };
  });
  const warnings = [
    convocationWarning(rules, session.convened_on, session.held_on),
    state.inOffice.some((m) => !attendanceIds.has(m.member_id)) && state.attendance.length > 0
      ? `Présence non renseignée pour ${state.inOffice.filter((m) => !attendanceIds.has(m.member_id)).length} membre(s) en exercice.`
      : null,
    rules.deliberative && session.status === 'planned' && state.attendance.length > 0 && !opening.quorum.reached
      ? quorumWording(opening.quorum, rules.quorum)
      : null,
    ...items.flatMap((i) => i.warnings.map((w) => `Point ${i.position} : ${w}`)),
  ].filter((w): w is string => w !== null);
  const count = (status: string) => state.attendance.filter((a) => a.status === status).length;
  return {
    id: session.id,
    body: { id: body.id, name: body.name, kind: body.kind, code: body.code, side: body.side },
    conventionId: body.convention_id,
    heldOn: session.held_on,
    place: session.place,
    convenedOn: session.convened_on,
    noticeDays: session.convened_on ? clearDays(session.convened_on, session.held_on) : null,
    convocation: session.convocation,
    firstSessionId: session.first_session_id,
    status: session.status,
    president: president ? personOf(president) : null,
    minutesApprovedOn: session.minutes_approved_on,
    rules,
    membersInOffice: state.inOffice.length,
    votingMembersInOffice: state.inOffice.filter((m) => m.voting).length,
    attendance: state.attendance.map((a) => ({
      member: person(a.member_id),
      status: a.status,
      proxyHolder: a.proxy_holder_member_id ? person(a.proxy_holder_member_id) : null,
      arrivedAtItemId: a.arrived_at_item_id,
      leftBeforeItemId: a.left_before_item_id,
      voting: state.inOffice.find((m) => m.member_id === a.member_id)?.voting ?? false,
    })),
    figures: {
      present: count('present'),
      represented: count('represented'),
      excused: count('excused'),
      absent: count('absent'),
      notRecorded: state.inOffice.filter((m) => !attendanceIds.has(m.member_id)).length,
    },
    quorum: { ...opening.quorum, wording: quorumWording(opening.quorum, rules.quorum) },
    items,
    warnings,
    can: { manage: canManage },
  };
}
