import type { Principal } from '../../kernel/principal';
import type { Transaction } from 'kysely';
import type { KeyObject } from 'node:crypto';
import type { AuditPage, AuditQuery, ChainVerification, CheckpointsExport } from '../../../contracts/audit';
import { auditSigningKey, publicKeyOf } from '../../platform/audit-signing';
import type { Config } from '../../platform/config';
import type { JobHandler } from '../../platform/jobs';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { AppError, forbidden } from '../../platform/errors';
import { auditReader, canReadAudit } from './audit.policy';
import * as repo from './audit.repository';
import { GENESIS_HASH } from '../../platform/audit-chain';
import { storedEventOf, verifyBatch, verifyHead, type ChainBreak, type ChainState } from './audit.rules';
import { anchorsOf, signCheckpoint, unreachedAnchor, type Checkpoint } from './checkpoints.rules';

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
    items: rows.map((r) => ({
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

/** Where the walk finds its anchors: the key it trusts, and checkpoints kept outside the database. */
export interface AnchorOptions {
  /** The Ed25519 public key (base64) whose signatures are believed; null: no checkpoint is checked. */
  trustedPublicKey: string | null;
  /** Checkpoints from an exported file, checked with those of the database. */
  extraCheckpoints?: Checkpoint[];
}

/**
 * Walks the whole chain in batches (memory stays flat whatever the journal's length), in one
 * repeatable-read snapshot: events and head must be read as of one instant, or an event committed
 * between the last batch and the head would look like a truncated journal. With a trusted key,
 * every signed checkpoint must be met: the event at its position must carry the hash it signed.
 */
export async function verifyChain(
  db: Db,
  principal: Principal,
  config: Config | null = null,
): Promise<ChainVerification> {
  if (!canReadAudit(principal))
    throw forbidden('La vérification du journal est réservée aux administrateurs, contrôleurs et coordinateurs.');
  const key = config ? auditSigningKey(config, { create: false }) : null;
  return verifyWholeChain(db, { trustedPublicKey: key ? publicKeyOf(key) : null });
}

/** The same walk without a principal, for the operator's command (`npm run audit:verify`). */
export function verifyWholeChain(
  db: Db,
  options: AnchorOptions = { trustedPublicKey: null },
): Promise<ChainVerification> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => walkChain(trx, options));
}

const fromRow = (r: {
  event_count: bigint;
  last_hash: string;
  signed_at: Date;
  public_key: string;
  signature: string;
}): Checkpoint => ({
  eventCount: r.event_count,
  lastHash: r.last_hash,
  signedAt: r.signed_at,
  publicKey: r.public_key,
  signature: r.signature,
});

async function walkChain(db: Transaction<Database>, options: AnchorOptions): Promise<ChainVerification> {
  const state: ChainState = { expectedPrevHash: GENESIS_HASH, checked: 0, anchored: 0 };
  const fail = (broken: ChainBreak): ChainVerification => ({
    valid: false,
    checkedEvents: state.checked,
    firstBrokenEventId: broken.eventId,
    reason: broken.reason,
    checkedCheckpoints: state.anchored ?? 0,
  });
  if (options.trustedPublicKey) {
    const checkpoints = [...(await repo.listCheckpoints(db)).map(fromRow), ...(options.extraCheckpoints ?? [])];
    const { anchors, broken } = anchorsOf(checkpoints, options.trustedPublicKey);
    if (broken) return fail(broken);
    state.anchors = anchors;
  }
  let lastId = 0n;
  for (;;) {
    const rows = await repo.eventsAfter(db, lastId, BATCH);
    const broken = verifyBatch(state, rows.map(storedEventOf));
    if (broken) return fail(broken);
    if (rows.length < BATCH) break;
    lastId = rows[rows.length - 1]!.id;
  }
  const head = await repo.chainHead(db);
  const broken =
    unreachedAnchor(state.anchors ?? new Map(), state.checked) ??
    verifyHead(state, { lastHash: head.last_hash, eventCount: head.event_count });
  if (broken) return fail(broken);
  return {
    valid: true,
    checkedEvents: state.checked,
    firstBrokenEventId: null,
    reason: null,
    checkedCheckpoints: state.anchored ?? 0,
  };
}

export const AUDIT_CHECKPOINT_JOB = 'audit_checkpoint';

/**
 * Signs the chain's head as it stands (committed), unless the last checkpoint already says the
 * same. Not itself an audit event: it would move the head it has just signed.
 */
export async function createCheckpoint(db: Db, key: KeyObject, now = new Date()): Promise<Checkpoint | null> {
  return db.transaction().execute(async (trx) => {
    const head = await repo.chainHeadForShare(trx);
    const last = await repo.lastCheckpoint(trx);
    if (last && last.event_count === head.event_count && last.last_hash === head.last_hash) return null;
    const checkpoint = signCheckpoint(
      key,
      publicKeyOf(key),
      { eventCount: head.event_count, lastHash: head.last_hash },
      now,
    );
    await repo.insertCheckpoint(trx, checkpoint);
    return checkpoint;
  });
}

/** The queue's handler: a checkpoint every hour and at start-up (main.ts). */
export function checkpointJobs(db: Db, key: KeyObject): Record<string, JobHandler> {
  return {
    [AUDIT_CHECKPOINT_JOB]: async () => {
      await createCheckpoint(db, key);
    },
  };
}

export function presentCheckpoints(
  rows: { event_count: bigint; last_hash: string; signed_at: Date; public_key: string; signature: string }[],
  publicKey: string | null,
): CheckpointsExport {
  return {
    format: 'copil-audit-checkpoints/1',
    publicKey,
    checkpoints: rows.map((r) => ({
      eventCount: r.event_count.toString(),
      lastHash: r.last_hash,
      signedAt: r.signed_at.toISOString(),
      publicKey: r.public_key,
      signature: r.signature,
    })),
  };
}

/** The checkpoints, to keep outside Copil (GET /api/audit/checkpoints). */
export async function exportCheckpoints(db: Db, principal: Principal, config: Config): Promise<CheckpointsExport> {
  if (!canReadAudit(principal))
    throw forbidden(
      'Les points de contrôle du journal sont réservés aux administrateurs, contrôleurs et coordinateurs.',
    );
  const key = auditSigningKey(config, { create: false });
  return presentCheckpoints(await repo.listCheckpoints(db), key ? publicKeyOf(key) : null);
}

/** Checkpoints read back from an exported file (`npm run audit:verify -- --checkpoints fichier`). */
export function checkpointsFromExport(file: CheckpointsExport): Checkpoint[] {
  return file.checkpoints.map((c) => ({
    eventCount: BigInt(c.eventCount),
    lastHash: c.lastHash,
    signedAt: new Date(c.signedAt),
    publicKey: c.publicKey,
    signature: c.signature,
  }));
}
