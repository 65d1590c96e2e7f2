import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';

/**
 * The Ed25519 key that signs the audit chain's checkpoints (issue #17). It is never in the
 * database: AUDIT_SIGNING_KEY (a PKCS#8 PEM, or the 32-byte seed in base64), else the file
 * `audit-signing-key.pem` of the data directory, created in mode 0600 on first start. Whoever
 * can write the database but not read this key cannot forge a checkpoint.
 */
export const AUDIT_KEY_FILE = 'audit-signing-key.pem';

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export class AuditKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditKeyError';
  }
}

function parseKey(text: string, where: string): KeyObject {
  try {
    const trimmed = text.trim();
    const key = trimmed.startsWith('-----BEGIN')
      ? createPrivateKey(trimmed)
      : createPrivateKey({
          key: Buffer.concat([PKCS8_ED25519_PREFIX, Buffer.from(trimmed, 'base64')]),
          format: 'der',
          type: 'pkcs8',
        });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
    return key;
  } catch {
    throw new AuditKeyError(
      `${where} : clé de signature du journal illisible ; attendu une clé privée Ed25519 (PEM PKCS#8, ou sa graine de 32 octets en base64).`,
    );
  }
}

const cache = new Map<string, KeyObject>();

/**
 * The signing key, or null when none exists and `create` is false (a verification that must not
 * make a key of its own). Kept per data directory for the life of the process.
 */
export function auditSigningKey(
  config: Pick<Config, 'dataDir' | 'auditSigningKey'>,
  options: { create: boolean } = { create: true },
): KeyObject | null {
  if (config.auditSigningKey) return parseKey(config.auditSigningKey, 'AUDIT_SIGNING_KEY');
  const file = path.join(config.dataDir, AUDIT_KEY_FILE);
  const cached = cache.get(file);
  if (cached) return cached;
  let key: KeyObject;
  if (existsSync(file)) key = parseKey(readFileSync(file, 'utf8'), file);
  else if (!options.create) return null;
  else {
    mkdirSync(config.dataDir, { recursive: true });
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // wx: two instances starting together on one data directory do not overwrite each other's key.
    try {
      writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
    key = parseKey(readFileSync(file, 'utf8'), file);
  }
  cache.set(file, key);
  return key;
}

/** The public half, as the 32 raw bytes in base64: what a checkpoint names and a verifier trusts. */
export function publicKeyOf(key: KeyObject): string {
  const der = createPublicKey(key).export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32).toString('base64');
}

/** A public key from its 32 raw bytes in base64. */
export function publicKeyFrom(raw: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(raw, 'base64')]),
    format: 'der',
    type: 'spki',
  });
}
