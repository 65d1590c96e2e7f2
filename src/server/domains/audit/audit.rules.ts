import { computeEventHash, type ChainedEventContent } from '../../platform/audit-chain';

export interface StoredEvent extends ChainedEventContent {
  id: bigint;
  prevHash: string;
  hash: string;
}

/** An audit_events row as the chain check reads it. */
export interface StoredEventRow {
  id: bigint;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_label: string;
  entity_type: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
}

export const storedEventOf = (r: StoredEventRow): StoredEvent => ({
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
});

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
