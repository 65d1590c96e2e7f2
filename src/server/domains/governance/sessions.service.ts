import { actorOf, type Principal } from '../../kernel/principal';
import type { Transaction } from 'kysely';
import type { VoteChoice } from '../../../contracts/governance';
import type { AgendaItemInput, AttendanceBody, SessionView, VoteBody } from '../../../contracts/governance-sessions';
import { formatDateFr } from '../../../contracts/dates';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { AppError, assertSomethingToChange, type FieldError } from '../../platform/errors';
import * as bodiesRepo from './bodies.repository';
import { assertManage, loadBodyAccess } from './bodies.service';
import * as decisionsRepo from './decisions.repository';
import {
  attendanceProblems,
  decideOutcome,
  findDelegation,
  memberVotesProblems,
  quorumWording,
  secondConvocationProblem,
  tally,
  totalsProblems,
  type VoteCounts,
} from './governance.rules';
import { defaultActesCode } from './rule-sets';
import {
  itemFacts,
  loadSessionAccess,
  loadState,
  nameOf,
  openingQuorum,
  outcomeOf,
  positionOf,
  presidentOf,
  sessionView,
  type SessionState,
} from './session-state';
import * as repo from './sessions.repository';
import { delegationFactOf, rulesOf, yearOf } from './views';

type Trx = Transaction<Database>;

const invariant = (problems: FieldError[]) =>
  new AppError('INVARIANT_VIOLATED', problems[0]!.message, { fieldErrors: problems });
const conflict = (message: string, field?: string) =>
  new AppError('CONFLICT', message, field ? { fieldErrors: [{ field, message }] } : {});

export async function getSession(db: Db, principal: Principal, sessionId: string): Promise<SessionView> {
  const { session, body, rules, canManage } = await loadSessionAccess(db, principal, sessionId);
  if (!rules.deliberative)
    throw new AppError(
      'NOT_FOUND',
      'Séance introuvable : cette instance ne délibère pas, consultez la réunion (/api/meetings/…).',
    );
  return sessionView(await loadState(db, session, body, rules), canManage);
}

export async function listSessions(db: Db, principal: Principal, bodyId: string) {
  await loadBodyAccess(db, principal, bodyId);
  const rows = await repo.listSessions(db, bodyId);
  return rows.map((s) => ({
    id: s.id,
    heldOn: s.held_on,
    place: s.place,
    convocation: s.convocation,
    status: s.status,
    itemCount: Number(s.item_count ?? 0),
  }));
}

/**
 * Runs a change to a planned session under its row lock, with its state loaded inside the
 * transaction, then answers with the session as it now is.
 */
async function changeSession(
  db: Db,
  principal: Principal,
  sessionId: string,
  change: (trx: Trx, state: SessionState) => Promise<void>,
  options: { allowClosed?: boolean } = {},
): Promise<SessionView> {
  const { body, rules, canManage } = await loadSessionAccess(db, principal, sessionId);
  assertManage(canManage);
  await db.transaction().execute(async (trx) => {
    const session = (await repo.lockSession(trx, sessionId))!;
    if (!options.allowClosed && session.status !== 'planned') {
      throw conflict(`La séance du ${formatDateFr(session.held_on)} est close : elle ne se modifie plus.`);
    }
    await change(trx, await loadState(trx, session, body, rules));
  });
  return getSessionOrMeeting(db, principal, sessionId);
}

async function getSessionOrMeeting(db: Db, principal: Principal, sessionId: string): Promise<SessionView> {
  const { session, body, rules, canManage } = await loadSessionAccess(db, principal, sessionId);
  return sessionView(await loadState(db, session, body, rules), canManage);
}

async function checkMember(trx: Trx, conventionId: string, memberId: string | null | undefined, field: string) {
  if (!memberId) return;
  const member = await bodiesRepo.findMember(trx, memberId);
  if (!member || member.convention_id !== conventionId)
    throw new AppError('VALIDATION_FAILED', 'Membre inconnu de cette convention.', {
      fieldErrors: [{ field, message: 'Membre inconnu.' }],
    });
}

async function insertItems(
  trx: Trx,
  sessionId: string,
  conventionId: string,
  items: AgendaItemInput[],
  firstPosition: number,
) {
  for (const [i, item] of items.entries()) {
    await checkMember(trx, conventionId, item.rapporteurMemberId, `items.${i}.rapporteurMemberId`);
    await repo.insertItem(trx, {
      session_id: sessionId,
      position: firstPosition + i,
      title: item.title,
      rapporteur_member_id: item.rapporteurMemberId ?? null,
      report: item.report ?? null,
      draft_decision: item.draftDecision ?? null,
      matter: item.matter,
      matter_year: item.matterYear ?? null,
      actes_code: item.actesCode ?? null,
    });
  }
}

export async function createSession(
  db: Db,
  principal: Principal,
  bodyId: string,
  input: {
    heldOn: string;
    place?: string | null | undefined;
    convenedOn?: string | null | undefined;
    presidentMemberId?: string | null | undefined;
    items: AgendaItemInput[];
  },
): Promise<SessionView> {
  const { body, rules, canManage } = await loadBodyAccess(db, principal, bodyId);
  assertManage(canManage);
  if (!rules.deliberative)
    throw new AppError(
      'INVARIANT_VIOLATED',
      `${body.name} ne délibère pas : enregistrez une réunion (POST /api/bodies/${bodyId}/meetings).`,
    );
  const id = await db.transaction().execute(async (trx) => {
    await checkMember(trx, body.convention_id, input.presidentMemberId, 'presidentMemberId');
    const { id } = await repo.insertSession(trx, {
      body_id: bodyId,
      held_on: input.heldOn,
      place: input.place ?? null,
      convened_on: input.convenedOn ?? null,
      president_member_id: input.presidentMemberId ?? null,
      created_by: principal.id,
      created_at: new Date(),
    });
    await insertItems(trx, id, body.convention_id, input.items, 1);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: id,
      action: 'create',
      after: { bodyId, ...input },
    });
    return id;
  });
  return getSessionOrMeeting(db, principal, id);
}

export function updateSession(
  db: Db,
  principal: Principal,
  sessionId: string,
  input: {
    heldOn?: string | undefined;
    place?: string | null | undefined;
    convenedOn?: string | null | undefined;
    presidentMemberId?: string | null | undefined;
  },
) {
  return changeSession(db, principal, sessionId, async (trx, state) => {
    await checkMember(trx, state.body.convention_id, input.presidentMemberId, 'presidentMemberId');
    const values = {
      ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.convenedOn !== undefined ? { convened_on: input.convenedOn } : {}),
      ...(input.presidentMemberId !== undefined ? { president_member_id: input.presidentMemberId } : {}),
    };
    assertSomethingToChange(values);
    await repo.updateSession(trx, sessionId, values);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: sessionId,
      action: 'update',
      before: state.session,
      after: input,
    });
  });
}

export function addItem(db: Db, principal: Principal, sessionId: string, input: AgendaItemInput) {
  return changeSession(db, principal, sessionId, async (trx, state) => {
    const next = (state.items.at(-1)?.position ?? 0) + 1;
    await insertItems(trx, sessionId, state.body.convention_id, [input], next);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: sessionId,
      action: 'add_item',
      after: { position: next, ...input },
    });
  });
}

async function itemSession(db: Db, itemId: string) {
  const item = await repo.findItem(db, itemId);
  if (!item) throw new AppError('NOT_FOUND', "Point de l'ordre du jour introuvable.");
  return item;
}

function pendingItem(state: SessionState, itemId: string) {
  const item = state.items.find((i) => i.id === itemId)!;
  if (item.status !== 'pending')
    throw conflict(`Le point ${item.position} « ${item.title} » a déjà été voté : supprimez d'abord son vote.`);
  return item;
}

export async function updateItem(db: Db, principal: Principal, itemId: string, input: Partial<AgendaItemInput>) {
  const { session_id } = await itemSession(db, itemId);
  return changeSession(db, principal, session_id, async (trx, state) => {
    const item = pendingItem(state, itemId);
    await checkMember(trx, state.body.convention_id, input.rapporteurMemberId, 'rapporteurMemberId');
    const values = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.rapporteurMemberId !== undefined ? { rapporteur_member_id: input.rapporteurMemberId } : {}),
      ...(input.report !== undefined ? { report: input.report } : {}),
      ...(input.draftDecision !== undefined ? { draft_decision: input.draftDecision } : {}),
      ...(input.matter !== undefined ? { matter: input.matter } : {}),
      ...(input.matterYear !== undefined ? { matter_year: input.matterYear } : {}),
      ...(input.actesCode !== undefined ? { actes_code: input.actesCode } : {}),
    };
    assertSomethingToChange(values);
    await repo.updateItem(trx, itemId, values);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'agenda_item',
      entityId: itemId,
      action: 'update',
      before: item,
      after: input,
    });
  });
}

/**
 * The attendance of a session: each member in office present, represented (with whom holds the
 * proxy), excused or absent, with a late arrival or an early departure per item. Refused with every
 * problem listed: a proxy from a member present, to a member not present, a second proxy to the
 * same holder (beyond the body's limit), or to oneself.
 */
export function recordAttendance(db: Db, principal: Principal, sessionId: string, input: AttendanceBody) {
  return changeSession(db, principal, sessionId, async (trx, state) => {
    if (state.items.some((i) => i.status === 'voted'))
      throw conflict('Des points ont déjà été votés : supprimez leurs votes avant de modifier les présences.');
    const unknownItem = (id: string | null | undefined) => id != null && positionOf(state, id) === null;
    const entries = input.entries.map((e) => ({
      memberId: e.memberId,
      status:
        e.proxyHolderId && (e.status === 'excused' || e.status === 'absent') ? ('represented' as const) : e.status,
      proxyHolderId: e.proxyHolderId ?? null,
      arrivedAt: positionOf(state, e.arrivedAtItemId ?? null),
      leftBefore: positionOf(state, e.leftBeforeItemId ?? null),
    }));
    const problems: FieldError[] = input.entries.flatMap((e, i) =>
      [
        unknownItem(e.arrivedAtItemId) ? `entries.${i}.arrivedAtItemId` : null,
        unknownItem(e.leftBeforeItemId) ? `entries.${i}.leftBeforeItemId` : null,
      ]
        .filter((f): f is string => f !== null)
        .map((field) => ({ field, message: "Ce point n'est pas à l'ordre du jour de la séance." })),
    );
    problems.push(
      ...attendanceProblems(entries, {
        inOffice: new Map(state.inOffice.map((m) => [m.member_id, { voting: m.voting }])),
        maxPerHolder: state.rules.proxies.maxPerHolder,
        nameOf: nameOf(state),
        feminine: (id) => state.members.get(id)?.civility === 'Mme',
      }),
    );
    if (problems.length > 0) throw invariant(problems);
    await repo.replaceAttendance(
      trx,
      sessionId,
      input.entries.map((e, position) => ({
        session_id: sessionId,
        member_id: e.memberId,
        position,
        status: entries[position]!.status,
        proxy_holder_member_id: entries[position]!.status === 'represented' ? e.proxyHolderId! : null,
        arrived_at_item_id: e.arrivedAtItemId ?? null,
        left_before_item_id: e.leftBeforeItemId ?? null,
      })),
    );
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: sessionId,
      action: 'record_attendance',
      before: state.attendance,
      after: input.entries,
    });
  });
}

/** Members who do not take part in an item's debates and vote, with their ground. */
export async function recordRecusals(
  db: Db,
  principal: Principal,
  itemId: string,
  input: { recusals: { memberId: string; ground: string }[] },
) {
  const { session_id } = await itemSession(db, itemId);
  return changeSession(db, principal, session_id, async (trx, state) => {
    pendingItem(state, itemId);
    const inOffice = new Set(state.inOffice.map((m) => m.member_id));
    const seen = new Set<string>();
    const problems: FieldError[] = [];
    input.recusals.forEach((r, i) => {
      if (!inOffice.has(r.memberId))
        problems.push({
          field: `recusals.${i}.memberId`,
          message: `${nameOf(state)(r.memberId)} n'est pas membre en exercice de l'instance.`,
        });
      if (seen.has(r.memberId))
        problems.push({ field: `recusals.${i}.memberId`, message: `${nameOf(state)(r.memberId)} figure deux fois.` });
      seen.add(r.memberId);
    });
    if (problems.length > 0) throw invariant(problems);
    await repo.replaceRecusals(
      trx,
      itemId,
      input.recusals.map((r) => ({ agenda_item_id: itemId, member_id: r.memberId, ground: r.ground })),
    );
    await recordAudit(trx, actorOf(principal), {
      entityType: 'agenda_item',
      entityId: itemId,
      action: 'record_recusals',
      after: input.recusals,
    });
  });
}

/**
 * Records an item's vote, per member or as totals. The item needs its quorum (unless a second
 * convocation deliberates without one); every voter of the item is counted once. The outcome is
 * computed from the counts and the body's majority rule.
 */
export async function recordVote(db: Db, principal: Principal, itemId: string, input: VoteBody) {
  const { session_id } = await itemSession(db, itemId);
  return changeSession(db, principal, session_id, async (trx, state) => {
    const item = state.items.find((i) => i.id === itemId)!;
    if (!state.rules.deliberative) throw new AppError('INVARIANT_VIOLATED', `${state.body.name} ne vote pas.`);
    if (item.status === 'postponed') throw conflict('Ce point a été reporté.');
    const facts = itemFacts(state, item);
    if (!facts.quorum.reached)
      throw new AppError(
        'INVARIANT_VIOLATED',
        `Point ${item.position} : ${quorumWording(facts.quorum, state.rules.quorum)}`,
        { extra: { quorum: facts.quorum } },
      );
    let counts: VoteCounts;
    let presidentVote: VoteChoice | null;
    const rows: { agenda_item_id: string; member_id: string; choice: VoteChoice; cast_by_member_id: string | null }[] =
      [];
    if (input.mode === 'totals') {
      counts = {
        for: input.for,
        against: input.against,
        abstention: input.abstention,
        notTakingPart: input.notTakingPart,
      };
      const problems = totalsProblems(counts, facts.voters.length);
      if (problems.length > 0) throw invariant(problems);
      presidentVote = input.presidentVote ?? null;
    } else {
      const problems = memberVotesProblems(input.votes, facts.voters, facts.recused, nameOf(state));
      if (problems.length > 0) throw invariant(problems);
      counts = tally(input.votes.map((v) => v.choice));
      const president = presidentOf(state);
      presidentVote = input.votes.find((v) => v.memberId === president?.id)?.choice ?? null;
      const holderOf = new Map(facts.participation.proxies.map((p) => [p.giverId, p.holderId]));
      for (const v of input.votes)
        rows.push({
          agenda_item_id: itemId,
          member_id: v.memberId,
          choice: v.choice,
          cast_by_member_id: holderOf.get(v.memberId) ?? null,
        });
    }
    const outcome = decideOutcome(
      state.rules.majority,
      counts,
      facts.voters.length - counts.notTakingPart,
      presidentVote,
    );
    await repo.replaceMemberVotes(trx, itemId, rows);
    await repo.updateItem(trx, itemId, {
      status: 'voted',
      vote_mode: input.mode,
      votes_for: counts.for,
      votes_against: counts.against,
      votes_abstention: counts.abstention,
      votes_not_taking_part: counts.notTakingPart,
      president_vote: presidentVote,
      outcome: outcome.code,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'agenda_item',
      entityId: itemId,
      action: 'record_vote',
      after: { ...input, outcome: outcome.code },
    });
  });
}

export async function clearVote(db: Db, principal: Principal, itemId: string) {
  const { session_id } = await itemSession(db, itemId);
  return changeSession(db, principal, session_id, async (trx, state) => {
    const item = state.items.find((i) => i.id === itemId)!;
    if (item.status !== 'voted') throw conflict("Ce point n'a pas de vote enregistré.");
    await repo.replaceMemberVotes(trx, itemId, []);
    await repo.updateItem(trx, itemId, {
      status: 'pending',
      vote_mode: null,
      votes_for: null,
      votes_against: null,
      votes_abstention: null,
      votes_not_taking_part: null,
      president_vote: null,
      outcome: null,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'agenda_item',
      entityId: itemId,
      action: 'clear_vote',
      before: { outcome: item.outcome },
    });
  });
}

/** Numbers a body's decision: the next number of its year, taken under the body's row lock. */
export async function insertNumberedDecision(trx: Trx, state: SessionState, item: SessionState['items'][number]) {
  await bodiesRepo.lockBody(trx, state.body.id);
  const year = yearOf(state.session.held_on);
  const sequence = await decisionsRepo.nextSequence(trx, state.body.id, year);
  const delegation = findDelegation(state.delegations.map(delegationFactOf), {
    bodyId: state.body.id,
    matter: item.matter,
    year: item.matter_year ?? year,
    on: state.session.held_on,
  });
  return decisionsRepo.insertDecision(trx, {
    body_id: state.body.id,
    agenda_item_id: item.id,
    year,
    sequence,
    reference: `${state.body.code}-${year}-${String(sequence).padStart(3, '0')}`,
    decided_on: state.session.held_on,
    title: item.title,
    text: item.draft_decision,
    matter: item.matter,
    matter_year: item.matter_year,
    actes_code: item.actes_code ?? defaultActesCode(item.matter),
    budget_year: null,
    budget_name: null,
    url: null,
    prefecture_id: null,
    transmitted_on: null,
    delegation_id: delegation?.id ?? null,
    created_at: new Date(),
  });
}

/**
 * Closes a session. Without quorum at the opening and no item voted, the session is recorded as
 * held without quorum and its items are postponed (a second convocation may take them). Otherwise
 * each adopted item becomes a decision, numbered per body and year in agenda order; items not
 * voted are postponed.
 */
export function closeSession(db: Db, principal: Principal, sessionId: string) {
  return changeSession(db, principal, sessionId, async (trx, state) => {
    const opening = openingQuorum(state);
    const voted = state.items.filter((i) => i.status === 'voted');
    const noQuorum = state.rules.deliberative && voted.length === 0 && !opening.quorum.reached;
    const created: string[] = [];
    for (const item of voted) {
      if (!outcomeOf(state, item)?.adopted) continue;
      const { id } = await insertNumberedDecision(trx, state, item);
      created.push(id);
      await recordAudit(trx, actorOf(principal), {
        entityType: 'governance_decision',
        entityId: id,
        action: 'create',
        after: { agendaItemId: item.id, title: item.title },
      });
    }
    await repo.updateItemsOfSession(trx, sessionId, { status: 'postponed' }, 'pending');
    await repo.updateSession(trx, sessionId, { status: noQuorum ? 'no_quorum' : 'held', closed_at: new Date() });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: sessionId,
      action: 'close',
      after: { status: noQuorum ? 'no_quorum' : 'held', quorum: opening.quorum, decisions: created },
    });
  });
}

/** A second convocation after a session without quorum: a new session taking its postponed items. */
export async function convokeAgain(
  db: Db,
  principal: Principal,
  sessionId: string,
  input: { heldOn: string; convenedOn?: string | null | undefined; place?: string | null | undefined },
): Promise<SessionView> {
  const { session, body, canManage } = await loadSessionAccess(db, principal, sessionId);
  assertManage(canManage);
  const rules = rulesOf(body);
  if (session.status !== 'no_quorum')
    throw conflict('Seule une séance close faute de quorum donne lieu à une seconde convocation.');
  const problem = secondConvocationProblem(rules, session.held_on, input.heldOn);
  if (problem)
    throw new AppError('INVARIANT_VIOLATED', problem, { fieldErrors: [{ field: 'heldOn', message: problem }] });
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await repo.insertSession(trx, {
      body_id: body.id,
      held_on: input.heldOn,
      place: input.place ?? session.place,
      convened_on: input.convenedOn ?? null,
      convocation: 'second',
      first_session_id: sessionId,
      president_member_id: session.president_member_id,
      created_by: principal.id,
      created_at: new Date(),
    });
    const items = (await repo.listItems(trx, [sessionId])).filter((i) => i.status === 'postponed');
    for (const [i, item] of items.entries()) {
      await repo.insertItem(trx, {
        session_id: id,
        position: i + 1,
        title: item.title,
        rapporteur_member_id: item.rapporteur_member_id,
        report: item.report,
        draft_decision: item.draft_decision,
        matter: item.matter,
        matter_year: item.matter_year,
        actes_code: item.actes_code,
        carried_from_item_id: item.id,
      });
    }
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_session',
      entityId: id,
      action: 'second_convocation',
      after: { firstSessionId: sessionId, ...input, items: items.length },
    });
    return id;
  });
  return getSessionOrMeeting(db, principal, id);
}

/** Approving the minutes makes the session's decisions read-only; later changes are corrections. */
export function approveMinutes(db: Db, principal: Principal, sessionId: string, input: { approvedOn: string }) {
  return changeSession(
    db,
    principal,
    sessionId,
    async (trx, state) => {
      if (state.session.status === 'planned')
        throw conflict("La séance n'est pas close : clôturez-la avant d'approuver son procès-verbal.");
      if (state.session.minutes_approved_on)
        throw conflict(`Le procès-verbal a déjà été approuvé le ${formatDateFr(state.session.minutes_approved_on)}.`);
      if (input.approvedOn < state.session.held_on)
        throw new AppError('VALIDATION_FAILED', "Le procès-verbal ne s'approuve pas avant la séance.", {
          fieldErrors: [{ field: 'approvedOn', message: 'Date antérieure à la séance.' }],
        });
      await repo.updateSession(trx, sessionId, { minutes_approved_on: input.approvedOn });
      await recordAudit(trx, actorOf(principal), {
        entityType: 'governance_session',
        entityId: sessionId,
        action: 'approve_minutes',
        after: input,
      });
    },
    { allowClosed: true },
  );
}
