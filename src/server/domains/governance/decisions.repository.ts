import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

const decisionColumns = [
  'governance_decisions.id',
  'governance_decisions.body_id',
  'governance_decisions.agenda_item_id',
  'governance_decisions.year',
  'governance_decisions.sequence',
  'governance_decisions.reference',
  'governance_decisions.decided_on',
  'governance_decisions.title',
  'governance_decisions.text',
  'governance_decisions.matter',
  'governance_decisions.matter_year',
  'governance_decisions.actes_code',
  'governance_decisions.budget_year',
  'governance_decisions.budget_name',
  'governance_decisions.url',
  'governance_decisions.prefecture_id',
  'governance_decisions.transmitted_on',
  'governance_decisions.delegation_id',
  'governance_agenda_items.session_id',
  'governance_sessions.minutes_approved_on',
  'governance_bodies.convention_id',
] as const;

function decisions(db: Q) {
  return db
    .selectFrom('governance_decisions')
    .innerJoin('governance_agenda_items', 'governance_agenda_items.id', 'governance_decisions.agenda_item_id')
    .innerJoin('governance_sessions', 'governance_sessions.id', 'governance_agenda_items.session_id')
    .innerJoin('governance_bodies', 'governance_bodies.id', 'governance_decisions.body_id')
    .select(decisionColumns);
}

export function listDecisions(
  db: Q,
  conventionId: string,
  filter: { bodyId?: string | undefined; year?: number | undefined } = {},
) {
  let query = decisions(db).where('governance_bodies.convention_id', '=', conventionId);
  if (filter.bodyId) query = query.where('governance_decisions.body_id', '=', filter.bodyId);
  if (filter.year) query = query.where('governance_decisions.year', '=', filter.year);
  return query
    .orderBy('governance_decisions.decided_on')
    .orderBy('governance_decisions.body_id')
    .orderBy('governance_decisions.sequence')
    .execute();
}

export function findDecision(db: Q, id: string) {
  return decisions(db).where('governance_decisions.id', '=', id).executeTakeFirst();
}

export function findDecisionOfItem(db: Q, itemId: string) {
  return decisions(db).where('governance_decisions.agenda_item_id', '=', itemId).executeTakeFirst();
}

export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

export async function nextSequence(db: Q, bodyId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('governance_decisions')
    .select((eb) => eb.fn.max('sequence').as('max'))
    .where('body_id', '=', bodyId)
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export function insertDecision(db: Q, values: Insertable<Database['governance_decisions']>) {
  return db.insertInto('governance_decisions').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateDecision(db: Q, id: string, values: Updateable<Database['governance_decisions']>) {
  return db.updateTable('governance_decisions').set(values).where('id', '=', id).execute();
}

export function listLinks(db: Q, decisionIds: string[]) {
  if (decisionIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('governance_decision_links').selectAll().where('decision_id', 'in', decisionIds).execute();
}

export async function replaceLinks(
  db: Q,
  decisionId: string,
  rows: Insertable<Database['governance_decision_links']>[],
) {
  await db.deleteFrom('governance_decision_links').where('decision_id', '=', decisionId).execute();
  if (rows.length > 0) await db.insertInto('governance_decision_links').values(rows).execute();
}

export function listCorrections(db: Q, decisionId: string) {
  return db
    .selectFrom('governance_decision_corrections')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .orderBy('corrected_at')
    .execute();
}

export function insertCorrection(db: Q, values: Insertable<Database['governance_decision_corrections']>) {
  return db.insertInto('governance_decision_corrections').values(values).returning('id').executeTakeFirstOrThrow();
}
