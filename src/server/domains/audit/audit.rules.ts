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

export interface StoredEvent extends ChainedEventContent {
  id: bigint;
  prevHash: string;
  hash: string;
}

export interface ChainState {
  expectedPrevHash: string;
  checked: number;
  /** Signed checkpoints: position (1-based) → the hash the event there must carry. */
  anchors?: Map<number, string>;
  /** How many anchors the walk met. */
  anchored?: number;
}

export type ChainBreak = { eventId: string | null; reason: string };

/** Checks one batch of events in id order, continuing from state; returns the first break. */
export function verifyBatch(state: ChainState, events: StoredEvent[]): ChainBreak | null {
  for (const event of events) {
    if (event.prevHash !== state.expectedPrevHash) {
      return {
        eventId: event.id.toString(),
        reason: "Le lien avec l'événement précédent est rompu (événement supprimé ou inséré).",
      };
    }
    if (computeEventHash(event.prevHash, event) !== event.hash) {
      return {
        eventId: event.id.toString(),
        reason: 'Le contenu de cet événement a été modifié après son enregistrement.',
      };
    }
    state.expectedPrevHash = event.hash;
    state.checked += 1;
    const anchored = state.anchors?.get(state.checked);
    if (anchored !== undefined) {
      if (anchored !== event.hash) {
        return {
          eventId: event.id.toString(),
          reason:
            "Le journal a été réécrit : cet événement ne porte plus l'empreinte qu'un point de contrôle signé a enregistrée (les empreintes ont été recalculées).",
        };
      }
      state.anchored = (state.anchored ?? 0) + 1;
    }
  }
  return null;
}

/** After the last batch: the head must point at the last event and count them all. */
export function verifyHead(state: ChainState, head: { lastHash: string; eventCount: bigint }): ChainBreak | null {
  if (head.lastHash !== state.expectedPrevHash || head.eventCount !== BigInt(state.checked)) {
    return { eventId: null, reason: 'Le journal a été tronqué : des événements récents manquent.' };
  }
  return null;
}
