import { createHash } from 'node:crypto';

/**
 * The audit trail is a hash chain: each event's hash covers its content and the previous event's
 * hash, and a one-row head keeps the last hash and the count. Altering, deleting or inserting an
 * event anywhere — including the last one — breaks the chain at a point verifyChain reports.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** A JSON value with keys sorted, bigint as string and Date as ISO text, so hashing is stable. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined && typeof v !== 'function') out[key] = toJsonValue(v);
    }
    return out;
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export interface ChainedEventContent {
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export function computeEventHash(prevHash: string, event: ChainedEventContent): string {
  const canonical = JSON.stringify([
    prevHash,
    event.occurredAt.toISOString(),
    event.actorUserId,
    event.actorLabel,
    event.entityType,
    event.entityId,
    event.action,
    toJsonValue(event.before),
    toJsonValue(event.after),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
