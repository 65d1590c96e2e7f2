import { sql, type Transaction } from 'kysely';
import { computeEventHash, toJsonValue } from './audit-chain';
import type { Database } from './db/schema';

/** Who does a thing: a user, or the platform itself (seed, first start). */
export interface Actor {
  userId: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: 'Système Copil' };

export interface Change {
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  /**
   * The convention the change concerns, when the entity alone does not say it (a deleted row).
   * Otherwise recordAudit finds it from the entity (SQL function audit_event_scope).
   */
  conventionId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function namedId(value: unknown, key: string): string | null {
  if (value === null || typeof value !== 'object') return null;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' && UUID.test(v) ? v : null;
}

/**
 * Who may read the event: its convention and organisation, found from the entity it names (the
 * same SQL function backfilled the rows written before scoping), else from the recorded change.
 * Neither: a platform event (accounts, organisations, logins), read by the administrator alone.
 * An office's draft payment request stays private to the acting organisation, as in its lists.
 */
async function scopeOf(trx: Transaction<Database>, actor: Actor, change: Change) {
  const found = await sql<{ convention_id: string | null; organisation_id: string | null }>`
    select convention_id, organisation_id from audit_event_scope(${change.entityType}, ${change.entityId})`.execute(
    trx,
  );
  let conventionId = change.conventionId ?? found.rows[0]?.convention_id ?? null;
  let organisationId = found.rows[0]?.organisation_id ?? null;
  if (conventionId === null && organisationId === null) {
    conventionId = namedId(change.after, 'conventionId') ?? namedId(change.before, 'conventionId');
    if (
      conventionId &&
      !(await trx.selectFrom('conventions').select('id').where('id', '=', conventionId).executeTakeFirst())
    )
      conventionId = null;
    if (conventionId === null && PER_ORGANISATION.has(change.entityType))
      organisationId = namedId(change.after, 'organisationId') ?? namedId(change.before, 'organisationId');
  }
  let privateToOrganisation = false;
  if (change.entityType === 'payment_request' && UUID.test(change.entityId)) {
    const request = await trx
      .selectFrom('payment_requests')
      .select('status')
      .where('id', '=', change.entityId)
      .executeTakeFirst();
    if (request?.status === 'draft') {
      privateToOrganisation = true;
      organisationId = actor.userId
        ? ((await trx.selectFrom('users').select('organisation_id').where('id', '=', actor.userId).executeTakeFirst())
            ?.organisation_id ?? null)
        : null;
    }
  }
  return { conventionId, organisationId, privateToOrganisation };
}

const PER_ORGANISATION = new Set(['establishment', 'stock', 'stock_import', 'dwelling']);

/**
 * Records one audit event inside the caller's transaction, chained to the previous one. The
 * update of the chain head takes a row lock, so concurrent writers (even on several instances)
 * append one after the other and the event commits or rolls back with the change it describes.
 */
export async function recordAudit(trx: Transaction<Database>, actor: Actor, change: Change): Promise<void> {
  const scope = await scopeOf(trx, actor, change); // before the head's lock, which orders every writer
  const head = await sql<{ last_hash: string }>`
    select last_hash from audit_chain_head where id = 1 for update`.execute(trx);
  const prevHash = head.rows[0]!.last_hash;
  const occurredAt = new Date();
  const before = change.before === undefined ? null : toJsonValue(change.before);
  const after = change.after === undefined ? null : toJsonValue(change.after);
  const content = {
    occurredAt,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    before,
    after,
  };
  const hash = computeEventHash(prevHash, content);
  await trx
    .insertInto('audit_events')
    .values({
      occurred_at: occurredAt,
      actor_user_id: actor.userId,
      actor_label: actor.label,
      entity_type: change.entityType,
      entity_id: change.entityId,
      action: change.action,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
      prev_hash: prevHash,
      hash,
      convention_id: scope.conventionId,
      organisation_id: scope.organisationId,
      private_to_organisation: scope.privateToOrganisation,
    })
    .execute();
  await sql`update audit_chain_head set last_hash = ${hash}, event_count = event_count + 1 where id = 1`.execute(trx);
}
