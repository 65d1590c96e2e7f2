import { sign, verify, type KeyObject } from 'node:crypto';
import { publicKeyFrom } from '../../platform/audit-signing';
import type { ChainBreak } from './audit.rules';

/**
 * Checkpoints anchor the hash chain (issue #17). The chain alone proves that no event was changed
 * *unless* someone recomputed every later hash and the head with Copil's own function; a checkpoint
 * is the head at a moment — (number of events, hash of the last one) — signed with an Ed25519 key
 * that is not in the database. A rewritten event changes the hash at every later position, so the
 * event at a checkpoint's position no longer carries the signed hash, and a new signature cannot be
 * made without the key.
 */
export interface Checkpoint {
  eventCount: bigint;
  lastHash: string;
  signedAt: Date;
  publicKey: string;
  signature: string;
}

/** The exact bytes signed: a versioned line per field, nothing left to interpretation. */
export function checkpointMessage(c: Pick<Checkpoint, 'eventCount' | 'lastHash' | 'signedAt'>): Buffer {
  return Buffer.from(
    `copil-audit-checkpoint/1\n${c.eventCount.toString()}\n${c.lastHash}\n${c.signedAt.toISOString()}\n`,
    'utf8',
  );
}

export function signCheckpoint(
  key: KeyObject,
  publicKey: string,
  head: { eventCount: bigint; lastHash: string },
  signedAt: Date,
): Checkpoint {
  const content = { eventCount: head.eventCount, lastHash: head.lastHash, signedAt };
  return { ...content, publicKey, signature: sign(null, checkpointMessage(content), key).toString('base64') };
}

export function signatureValid(c: Checkpoint, trustedPublicKey: string): boolean {
  if (c.publicKey !== trustedPublicKey) return false;
  try {
    return verify(null, checkpointMessage(c), publicKeyFrom(trustedPublicKey), Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * The anchors a walk of the chain must meet — position (1-based event count) → signed hash — from
 * the checkpoints that name the trusted key; the first whose signature does not verify is a break
 * (a checkpoint inserted or altered in the database). Two checkpoints signing different hashes at
 * one position also break.
 */
export function anchorsOf(
  checkpoints: Checkpoint[],
  trustedPublicKey: string,
): { anchors: Map<number, string>; broken: ChainBreak | null } {
  const anchors = new Map<number, string>();
  for (const c of checkpoints) {
    // Signed by another key (another instance's own file, a former key): neither trusted nor a
    // threat — nobody can make one pass for the trusted key without it.
    if (c.publicKey !== trustedPublicKey) continue;
    if (!signatureValid(c, trustedPublicKey)) {
      return {
        anchors,
        broken: {
          eventId: null,
          reason: `Le point de contrôle du ${c.signedAt.toISOString()} (${c.eventCount} événements) ne porte pas une signature valide de la clé de Copil : la table des points de contrôle a été modifiée.`,
        },
      };
    }
    const count = Number(c.eventCount);
    const known = anchors.get(count);
    if (known !== undefined && known !== c.lastHash) {
      return {
        anchors,
        broken: { eventId: null, reason: `Deux points de contrôle signés se contredisent à l'événement n° ${count}.` },
      };
    }
    if (count > 0) anchors.set(count, c.lastHash);
  }
  return { anchors, broken: null };
}

/** The break when the chain is shorter than a checkpoint it should reach (events removed at the end). */
export function unreachedAnchor(anchors: Map<number, string>, checked: number): ChainBreak | null {
  const beyond = [...anchors.keys()].filter((n) => n > checked).sort((a, b) => a - b)[0];
  if (beyond === undefined) return null;
  return {
    eventId: null,
    reason: `Le journal a été tronqué : un point de contrôle signé couvrait ${beyond} événements, il n'en reste que ${checked}.`,
  };
}
