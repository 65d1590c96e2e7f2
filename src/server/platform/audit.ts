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
}

/**
 * Records one audit event inside the caller's transaction, chained to the previous one. The
 * update of the chain head takes a row lock, so concurrent writers (even on several instances)
 * append one after the other and the event commits or rolls back with the change it describes.
 */
export async function recordAudit(trx: Transaction<Database>, actor: Actor, change: Change): Promise<void> {
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
    })
    .execute();
  await sql`update audit_chain_head set last_hash = ${hash}, event_count = event_count + 1 where id = 1`.execute(trx);
}
