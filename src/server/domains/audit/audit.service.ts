import type { Transaction } from 'kysely';
import type { AuditPage, AuditQuery, ChainVerification } from '../../../contracts/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { AppError, forbidden } from '../../platform/errors';
import type { Principal } from '../access/access.policy';
import { auditReader, canReadAudit } from './audit.policy';
import * as repo from './audit.repository';
import { GENESIS_HASH, verifyBatch, verifyHead, type ChainState } from './audit.rules';

export async function listEvents(db: Db, principal: Principal, query: AuditQuery): Promise<AuditPage> {
  if (!canReadAudit(principal))
    throw forbidden("Le journal d'audit est réservé aux administrateurs, contrôleurs et coordinateurs.");
  if (query.from && query.to && query.from > query.to) {
    throw new AppError('VALIDATION_FAILED', 'La date de début est postérieure à la date de fin.', {
      fieldErrors: [{ field: 'from', message: 'La date de début doit précéder la date de fin.' }],
    });
  }
  const { rows, total } = await repo.listEvents(db, auditReader(principal), query);
  return {
    events: rows.map((r) => ({
      id: r.id.toString(),
      occurredAt: r.occurred_at.toISOString(),
      actorUserId: r.actor_user_id,
      actorLabel: r.actor_label,
      entityType: r.entity_type,
      entityId: r.entity_id,
      action: r.action,
      before: r.before,
      after: r.after,
      hash: r.hash,
      conventionId: r.convention_id,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const BATCH = 1000;

/**
 * Walks the whole chain in batches (memory stays flat whatever the journal's length), in one
 * repeatable-read snapshot: events and head must be read as of one instant, or an event committed
 * between the last batch and the head would look like a truncated journal.
 */
export async function verifyChain(db: Db, principal: Principal): Promise<ChainVerification> {
  if (!canReadAudit(principal))
    throw forbidden('La vérification du journal est réservée aux administrateurs, contrôleurs et coordinateurs.');
  return verifyWholeChain(db);
}

/** The same walk without a principal, for the operator's command (`npm run audit:verify`). */
export function verifyWholeChain(db: Db): Promise<ChainVerification> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => walkChain(trx));
}

async function walkChain(db: Transaction<Database>): Promise<ChainVerification> {
  const state: ChainState = { expectedPrevHash: GENESIS_HASH, checked: 0 };
  let lastId = 0n;
  for (;;) {
    const rows = await repo.eventsAfter(db, lastId, BATCH);
    const broken = verifyBatch(
      state,
      rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at,
        actorUserId: r.actor_user_id,
        actorLabel: r.actor_label,
        entityType: r.entity_type,
        entityId: r.entity_id,
        action: r.action,
        before: r.before,
        after: r.after,
        prevHash: r.prev_hash,
        hash: r.hash,
      })),
    );
    if (broken)
      return { valid: false, checkedEvents: state.checked, firstBrokenEventId: broken.eventId, reason: broken.reason };
    if (rows.length < BATCH) break;
    lastId = rows[rows.length - 1]!.id;
  }
  const head = await repo.chainHead(db);
  const broken = verifyHead(state, { lastHash: head.last_hash, eventCount: head.event_count });
  if (broken) return { valid: false, checkedEvents: state.checked, firstBrokenEventId: null, reason: broken.reason };
  return { valid: true, checkedEvents: state.checked, firstBrokenEventId: null, reason: null };
}
