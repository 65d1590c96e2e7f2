import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeEventHash, GENESIS_HASH, toJsonValue, type ChainedEventContent } from '../../platform/audit-chain';
import { verifyBatch, verifyHead, type ChainState, type StoredEvent } from './audit.rules';
import { publicKeyOf } from '../../platform/audit-signing';
import { anchorsOf, signatureValid, signCheckpoint, unreachedAnchor } from './checkpoints.rules';

describe('toJsonValue', () => {
  it('sorts keys at every depth, so two spellings of one object hash alike', () => {
    const a = toJsonValue({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } });
    expect(JSON.stringify(a)).toBe('{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}');
    expect(JSON.stringify(toJsonValue({ a: { c: 'x', d: [{ y: 2, z: 1 }] }, b: 1 }))).toBe(JSON.stringify(a));
  });

  it('writes bigint as its digits (no precision lost) and Date as ISO text', () => {
    expect(toJsonValue({ cents: 900719925474099312n })).toEqual({ cents: '900719925474099312' });
    expect(toJsonValue(new Date('2024-02-16T10:30:00.000Z'))).toBe('2024-02-16T10:30:00.000Z');
    expect(toJsonValue([1n, new Date(0)])).toEqual(['1', '1970-01-01T00:00:00.000Z']);
  });

  it('drops undefined properties and functions, keeps null', () => {
    expect(toJsonValue({ a: undefined, b: null, c: () => 1 })).toEqual({ b: null });
    expect(toJsonValue(undefined)).toBeNull();
  });
});

const content = (n: number, extra: Partial<ChainedEventContent> = {}): ChainedEventContent => ({
  occurredAt: new Date(Date.UTC(2026, 0, 1, 9, 0, n)),
  actorUserId: n % 2 === 0 ? null : '5f1c0c9e-1111-4a4a-8888-000000000001',
  actorLabel: n % 2 === 0 ? 'Système Copil' : 'Marie Durand <marie@example.test>',
  entityType: 'organisation',
  entityId: `org-${n}`,
  action: 'update',
  before: { name: `Avant ${n}` },
  after: { name: `Après ${n}`, amountCents: BigInt(n) * 100n },
  ...extra,
});

/** A well-formed chain of `count` events, as recordAudit writes it. */
function chain(count: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const c = content(i);
    const hash = computeEventHash(prev, c);
    events.push({ ...c, id: BigInt(i), prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

const start = (): ChainState => ({ expectedPrevHash: GENESIS_HASH, checked: 0 });

describe('computeEventHash', () => {
  it('is a stable sha-256 of the content and the previous hash', () => {
    const h = computeEventHash(GENESIS_HASH, content(1));
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(computeEventHash(GENESIS_HASH, content(1))).toBe(h);
  });

  it('does not depend on key order in before/after (jsonb reorders keys)', () => {
    const x = computeEventHash(GENESIS_HASH, content(1, { after: { a: 1, b: 2 } }));
    const y = computeEventHash(GENESIS_HASH, content(1, { after: { b: 2, a: 1 } }));
    expect(x).toBe(y);
  });

  it('changes with every field and with the previous hash', () => {
    const h = computeEventHash(GENESIS_HASH, content(1));
    const variants: Partial<ChainedEventContent>[] = [
      { occurredAt: new Date(content(1).occurredAt.getTime() + 1) },
      { actorUserId: null },
      { actorLabel: 'Quelqu’un d’autre' },
      { entityType: 'convention' },
      { entityId: 'org-2' },
      { action: 'delete' },
      { before: null },
      { after: { name: 'Après 1', amountCents: 101n } },
    ];
    for (const v of variants) expect(computeEventHash(GENESIS_HASH, content(1, v))).not.toBe(h);
    expect(computeEventHash('f'.repeat(64), content(1))).not.toBe(h);
  });
});

describe('verifyBatch and verifyHead', () => {
  it('accepts an intact chain, across several batches', () => {
    const events = chain(6);
    const state = start();
    expect(verifyBatch(state, events.slice(0, 4))).toBeNull();
    expect(verifyBatch(state, events.slice(4))).toBeNull();
    expect(state.checked).toBe(6);
    expect(verifyHead(state, { lastHash: events[5]!.hash, eventCount: 6n })).toBeNull();
  });

  it('accepts an empty journal whose head is the genesis', () => {
    const state = start();
    expect(verifyBatch(state, [])).toBeNull();
    expect(verifyHead(state, { lastHash: GENESIS_HASH, eventCount: 0n })).toBeNull();
  });

  it('detects altered content at the altered event', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, after: { name: 'Falsifié', amountCents: '300' } };
    const state = start();
    const broken = verifyBatch(state, events);
    expect(broken).toEqual({ eventId: '3', reason: expect.stringMatching(/contenu .* modifié/) });
    expect(state.checked).toBe(2);
  });

  it('detects an altered date or actor', () => {
    const events = chain(3);
    events[1] = { ...events[1]!, actorLabel: 'Administrateur Copil' };
    expect(verifyBatch(start(), events)?.eventId).toBe('2');
    const again = chain(3);
    again[0] = { ...again[0]!, occurredAt: new Date(again[0]!.occurredAt.getTime() - 86_400_000) };
    expect(verifyBatch(start(), again)?.eventId).toBe('1');
  });

  it('detects a deleted event at the one that follows it', () => {
    const events = chain(5);
    events.splice(2, 1); // id 3 gone
    const broken = verifyBatch(start(), events);
    expect(broken).toEqual({ eventId: '4', reason: expect.stringMatching(/supprimé ou inséré/) });
  });

  it('detects an inserted event, even one whose own hash is consistent', () => {
    const events = chain(4);
    const forged = content(99);
    const prev = events[1]!.hash;
    events.splice(2, 0, { ...forged, id: 25n, prevHash: prev, hash: computeEventHash(prev, forged) });
    const broken = verifyBatch(start(), events);
    expect(broken?.eventId).toBe('3'); // the genuine event after the forgery no longer links
  });

  it('detects a rehashed alteration through the link of the next event', () => {
    const events = chain(4);
    const altered = { ...events[1]!, after: { name: 'Falsifié' } };
    altered.hash = computeEventHash(altered.prevHash, altered);
    events[1] = altered;
    expect(verifyBatch(start(), events)?.eventId).toBe('3');
  });

  it('detects a truncated tail through the head', () => {
    const events = chain(5);
    const state = start();
    expect(verifyBatch(state, events.slice(0, 4))).toBeNull();
    expect(verifyHead(state, { lastHash: events[4]!.hash, eventCount: 5n })).toEqual({
      eventId: null,
      reason: expect.stringMatching(/tronqué/),
    });
  });

  it('detects a head whose count disagrees even when the hash matches', () => {
    const events = chain(2);
    const state = start();
    verifyBatch(state, events);
    expect(verifyHead(state, { lastHash: events[1]!.hash, eventCount: 3n })).not.toBeNull();
  });
});

describe('signed checkpoints (issue #17)', () => {
  const key = generateKeyPairSync('ed25519').privateKey;
  const trusted = publicKeyOf(key);
  const checkpoint = signCheckpoint(key, trusted, { eventCount: 3n, lastHash: 'c'.repeat(64) }, new Date(0));

  it('verifies a checkpoint only under the key that signed it, and only as signed', () => {
    expect(signatureValid(checkpoint, trusted)).toBe(true);
    expect(signatureValid({ ...checkpoint, eventCount: 4n }, trusted)).toBe(false);
    expect(signatureValid({ ...checkpoint, lastHash: 'd'.repeat(64) }, trusted)).toBe(false);
    const other = publicKeyOf(generateKeyPairSync('ed25519').privateKey);
    expect(signatureValid(checkpoint, other)).toBe(false);
    expect(signatureValid({ ...checkpoint, publicKey: other }, other)).toBe(false);
  });

  const tampered = (signature: string) => {
    const bytes = Buffer.from(signature, 'base64');
    bytes[0] = bytes[0]! ^ 0xff;
    return bytes.toString('base64');
  };

  it('turns checkpoints into anchors, and reports a forged one or two that disagree', () => {
    expect(anchorsOf([checkpoint], trusted)).toEqual({ anchors: new Map([[3, 'c'.repeat(64)]]), broken: null });
    expect(anchorsOf([{ ...checkpoint, signature: tampered(checkpoint.signature) }], trusted).broken).not.toBeNull();
    const disagree = signCheckpoint(key, trusted, { eventCount: 3n, lastHash: 'e'.repeat(64) }, new Date(1));
    expect(anchorsOf([checkpoint, disagree], trusted).broken?.reason).toMatch(/se contredisent/);
    // A checkpoint of another key (another instance's) is left aside, not taken for a forgery.
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    const foreign = signCheckpoint(
      otherKey,
      publicKeyOf(otherKey),
      { eventCount: 2n, lastHash: 'f'.repeat(64) },
      new Date(2),
    );
    expect(anchorsOf([checkpoint, foreign], trusted)).toEqual({
      anchors: new Map([[3, 'c'.repeat(64)]]),
      broken: null,
    });
    expect(unreachedAnchor(new Map([[3, 'x']]), 2)?.reason).toMatch(/tronqué/);
    expect(unreachedAnchor(new Map([[3, 'x']]), 3)).toBeNull();
  });
});
