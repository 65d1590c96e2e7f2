import { endOfParisDay } from '../../platform/db/paris-day';
import type { ActionItemStatus } from '../../../contracts/governance';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import * as bodiesRepo from './bodies.repository';
import * as decisionsRepo from './decisions.repository';
import type { DecisionRow } from './decisions.repository';
import { itemFigures, loadState, type ItemFigures } from './session-state';
import * as sessionsRepo from './sessions.repository';
import { rulesOf } from './views';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The governance domain's published reads: each decision's vote figures (present, represented,
 * not taking part, for, against, abstentions: session-state itemFigures, the one computation), the
 * sessions, decisions, meeting decisions and action items of a year, and the next sessions planned.
 * The decision page, the session page, the extract, the evidence bundle, the dashboard, the annual
 * review and COPIL pack and the workbook read these; no other domain reads the governance tables.
 */

export type DecisionFigures = ItemFigures & { decisionId: string; reference: string };

/** The vote figures of the decisions given, by decision id (one session state per session). */
export async function decisionFigures(
  db: Q,
  decisions: Pick<DecisionRow, 'id' | 'reference' | 'session_id' | 'agenda_item_id'>[],
): Promise<Map<string, DecisionFigures>> {
  const out = new Map<string, DecisionFigures>();
  for (const sessionId of new Set(decisions.map((d) => d.session_id))) {
    const session = (await sessionsRepo.findSession(db, sessionId))!;
    const body = (await bodiesRepo.findBody(db, session.body_id))!;
    const state = await loadState(db, session, body, rulesOf(body));
    for (const d of decisions.filter((x) => x.session_id === sessionId)) {
      const item = state.items.find((i) => i.id === d.agenda_item_id)!;
      out.set(d.id, { decisionId: d.id, reference: d.reference, ...itemFigures(state, item) });
    }
  }
  return out;
}

/** Every decision of the convention's bodies with its vote figures, by date then reference. */
export async function decisionsWithFigures(db: Q, conventionId: string) {
  const rows = await decisions(db, conventionId);
  const figures = await decisionFigures(db, rows);
  return rows.map((r) => ({ ...r, figures: figures.get(r.id)! }));
}

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/** Decisions of the convention's bodies (with their body's name), optionally those taken in one year. */
export async function decisions(db: Q, conventionId: string, year?: number) {
  const [rows, bodies] = await Promise.all([
    decisionsRepo.listDecisions(db, conventionId),
    bodiesRepo.listBodies(db, conventionId),
  ]);
  const names = new Map(bodies.map((b) => [b.id, b.name]));
  return rows
    .filter((r) => year === undefined || r.decided_on.startsWith(`${year}-`))
    .map((r) => ({ ...r, body_name: names.get(r.body_id)! }))
    .sort((x, y) => x.decided_on.localeCompare(y.decided_on) || x.reference.localeCompare(y.reference));
}

/** Sessions and meetings of the convention's bodies held in the year. */
export function sessionsOfYear(db: Q, conventionId: string, year: number) {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('governance_sessions as s')
    .innerJoin('governance_bodies as b', 'b.id', 's.body_id')
    .select(['s.id', 's.held_on', 's.place', 's.status', 'b.name as body_name', 'b.kind as body_kind'])
    .where('b.convention_id', '=', conventionId)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .orderBy('s.held_on')
    .execute();
}

/** Decisions recorded at COPIL / COTECH meetings of the year. */
export function meetingDecisionsOfYear(db: Q, conventionId: string, year: number) {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('governance_meeting_decisions as m')
    .innerJoin('governance_sessions as s', 's.id', 'm.session_id')
    .innerJoin('governance_bodies as b', 'b.id', 's.body_id')
    .select(['m.id', 'm.text', 's.held_on', 'b.name as body_name'])
    .where('b.convention_id', '=', conventionId)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .orderBy('s.held_on')
    .orderBy('m.position')
    .execute();
}

/**
 * Action items raised at meetings of the year, with their state as of `asOf`: the status of the
 * latest follow-up recorded by the end of that day in Paris, else the status an item is raised
 * with (open). A past year's review thus shows them as they stood on 31 December.
 */
export function actionItemsOfYear(db: Q, conventionId: string, year: number, asOf: string) {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('governance_action_items as a')
    .innerJoin('governance_sessions as s', 's.id', 'a.session_id')
    .innerJoin('governance_bodies as b', 'b.id', 'a.body_id')
    .select([
      'a.id',
      'a.title',
      'a.due_on',
      sql<ActionItemStatus>`coalesce((
        select u.status from governance_action_item_updates u
        where u.action_item_id = a.id and u.occurred_at < ${endOfParisDay(asOf)}
        order by u.occurred_at desc limit 1
      ), 'open')`.as('status'),
      's.held_on',
      'b.name as body_name',
    ])
    .where('b.convention_id', '=', conventionId)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .orderBy('s.held_on')
    .orderBy('a.created_at')
    .execute();
}

/** Bodies that meet without voting: their sessions are "meetings" (COPIL, COTECH, thematic). */
export const MEETING_KINDS = ['steering_committee', 'technical_committee', 'thematic_meeting'] as const;

/** The next sessions and meetings planned for the convention's bodies, from `asOf`. */
export function nextSessions(db: Q, conventionId: string, asOf: string, limit: number) {
  return db
    .selectFrom('governance_sessions as s')
    .innerJoin('governance_bodies as b', 'b.id', 's.body_id')
    .select(['s.id', 's.held_on', 's.place', 'b.name as body_name', 'b.kind as body_kind'])
    .where('b.convention_id', '=', conventionId)
    .where('s.held_on', '>=', asOf)
    .where('s.status', '=', 'planned')
    .orderBy('s.held_on')
    .limit(limit)
    .execute();
}

/**
 * The days a COPIL (steering committee) or COTECH (technical committee) of the convention met by
 * `today`, with the body's code, oldest first: a session whose day has come and that did not lack
 * its quorum (the evidence that a meeting duty was done).
 */
export function meetingsHeld(
  db: Q,
  conventionId: string,
  kind: 'steering_committee' | 'technical_committee',
  today: string,
) {
  return db
    .selectFrom('governance_sessions')
    .innerJoin('governance_bodies', 'governance_bodies.id', 'governance_sessions.body_id')
    .select(['governance_sessions.held_on as on', 'governance_bodies.code'])
    .where('governance_bodies.convention_id', '=', conventionId)
    .where('governance_bodies.kind', '=', kind)
    .where('governance_sessions.held_on', '<=', today)
    .where('governance_sessions.status', '<>', 'no_quorum')
    .orderBy('governance_sessions.held_on')
    .execute();
}

/** A convention's decisions as the evidence bundle lists them, and the extract of one as a file. */
export { listDecisions } from './decisions.service';
export { extractFile } from './decision-files.service';
