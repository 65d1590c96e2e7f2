import { endOfParisDay } from '../../platform/db/paris-day';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditQuery } from '../../../contracts/audit';
import { offsetOf } from '../../../contracts/pagination';
import { conventionsOfOrganisationSql, organisationsSharingConventionSql } from '../../kernel/convention-scope.queries';
import type { Database } from '../../platform/db/schema';
import type { AuditReader } from './audit.policy';

type Q = Kysely<Database> | Transaction<Database>;

/** The events an AuditReader sees (audit.policy says who is which reader). */
function visibleTo(db: Q, reader: AuditReader) {
  const org = reader.organisationId;
  let q = db.selectFrom('audit_events');
  if (reader.all) return q.where(sql<boolean>`(not private_to_organisation or organisation_id = ${org})`);
  if (org === null) return q.where(sql<boolean>`false`);
  const myConventions = conventionsOfOrganisationSql(org);
  q = q.where(
    sql<boolean>`(
      (convention_id in ${myConventions} and (not private_to_organisation or organisation_id = ${org}))
      or (convention_id is null and organisation_id is not null and not private_to_organisation
        and (organisation_id = ${org} or organisation_id in ${organisationsSharingConventionSql(org)}))
    )`,
  );
  return q;
}

function filtered(db: Q, reader: AuditReader, f: AuditQuery) {
  let q = visibleTo(db, reader);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.actor) q = q.where('actor_label', 'ilike', `%${f.actor.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
  // Days are Paris calendar days, as the user sees them.
  if (f.from) q = q.where(sql<boolean>`occurred_at >= (${f.from}::date)::timestamp at time zone 'Europe/Paris'`);
  if (f.to) q = q.where(sql<boolean>`occurred_at < (${f.to}::date + 1)::timestamp at time zone 'Europe/Paris'`);
  return q;
}

export async function listEvents(db: Q, reader: AuditReader, f: AuditQuery) {
  const [rows, count] = await Promise.all([
    filtered(db, reader, f).selectAll().orderBy('id', 'desc').limit(f.pageSize).offset(offsetOf(f)).execute(),
    filtered(db, reader, f)
      .select((eb) => eb.fn.countAll<bigint>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** Events after `afterId` in id order, a batch at a time (verification walks the whole chain). */
export function eventsAfter(db: Q, afterId: bigint, limit: number) {
  return db.selectFrom('audit_events').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

export function chainHead(db: Q) {
  return db
    .selectFrom('audit_chain_head')
    .select(['last_hash', 'event_count'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
}

export function listCheckpoints(db: Q, until?: Date) {
  let q = db.selectFrom('audit_checkpoints').selectAll();
  if (until) q = q.where('signed_at', '<', until);
  return q.orderBy('id').execute();
}

export function lastCheckpoint(db: Q) {
  return db.selectFrom('audit_checkpoints').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export function insertCheckpoint(
  db: Q,
  c: { eventCount: bigint; lastHash: string; signedAt: Date; publicKey: string; signature: string },
) {
  return db
    .insertInto('audit_checkpoints')
    .values({
      event_count: c.eventCount,
      last_hash: c.lastHash,
      signed_at: c.signedAt,
      public_key: c.publicKey,
      signature: c.signature,
    })
    .execute();
}

/** The chain head as committed, read under a share lock so no writer moves it meanwhile. */
export async function chainHeadForShare(db: Transaction<Database>) {
  const { rows } = await sql<{ last_hash: string; event_count: bigint }>`
    select last_hash, event_count from audit_chain_head where id = 1 for share`.execute(db);
  return rows[0]!;
}

/**
 * Audit events in chain order, a batch at a time, up to the end of the day, each with whether the
 * convention's controller may read it (its convention's, and not an office's private draft): the
 * walk checks the whole chain, the bundle keeps only those.
 */
export function auditEventsUntil(db: Q, conventionId: string, asOf: string, afterId: bigint, limit: number) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .select(
      sql<boolean>`(convention_id is not distinct from ${conventionId}::uuid and not private_to_organisation)`.as(
        'in_bundle',
      ),
    )
    .where('id', '>', afterId)
    .where('occurred_at', '<', endOfParisDay(asOf))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The audit chain's signed checkpoints made by the end of the day (issue #17). */
export function checkpointsUntil(db: Q, asOf: string) {
  return db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where('signed_at', '<', endOfParisDay(asOf))
    .orderBy('id')
    .execute();
}
