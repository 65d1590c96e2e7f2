import { computeEventHash } from '../platform/audit-chain';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointsExport } from '../../contracts/audit';
import {
  checkpointsFromExport,
  createCheckpoint,
  presentCheckpoints,
  verifyWholeChain,
} from '../domains/audit/audit.service';
import { listCheckpoints } from '../domains/audit/audit.repository';
import { signCheckpoint } from '../domains/audit/checkpoints.rules';
import { AUDIT_KEY_FILE, AuditKeyError, auditSigningKey, publicKeyOf } from '../platform/audit-signing';
import { runScript } from '../security/processes';
import { buildTestApp, describeEachEngine, loginAs, type LoggedIn, type TestApp } from '../test/engines';
import { auditVerifyReport } from './audit-verify';

/**
 * Issue #17 (4): an anchored chain. Someone with write access to the database edits an event and
 * recomputes every later hash and the head with Copil's own function: the chain alone says
 * « intègre »; the signed checkpoints (in the database, or an exported file) do not.
 */
describeEachEngine('audit checkpoints', (engine) => {
  let built: TestApp;
  let admin: LoggedIn;
  let tmp: string;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    tmp = mkdtempSync(path.join(tmpdir(), 'copil-checkpoints-'));
  });
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await built?.close();
  });

  /** The attack: edit one event, then recompute its hash, every later one and the head. */
  async function rewriteFrom(eventId: bigint) {
    await sql`update audit_events set actor_label = 'Falsificateur' where id = ${eventId}`.execute(engine.db);
    const rows = await engine.db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>=', eventId)
      .orderBy('id')
      .execute();
    let prev = rows[0]!.prev_hash;
    for (const r of rows) {
      const hash = computeEventHash(prev, {
        occurredAt: r.occurred_at,
        actorUserId: r.actor_user_id,
        actorLabel: r.actor_label,
        entityType: r.entity_type,
        entityId: r.entity_id,
        action: r.action,
        before: r.before,
        after: r.after,
      });
      await sql`update audit_events set prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`.execute(engine.db);
      prev = hash;
    }
    await sql`update audit_chain_head set last_hash = ${prev} where id = 1`.execute(engine.db);
  }

  it('detects a rewritten chain, by the database’s checkpoints and by an exported file, and refuses a forged one', async () => {
    const key = auditSigningKey({ dataDir: built.dataDir, auditSigningKey: null })!;
    const trusted = publicKeyOf(key);
    expect(statSync(path.join(built.dataDir, AUDIT_KEY_FILE)).mode & 0o777).toBe(0o600);
    const first = await createCheckpoint(engine.db, key);
    expect(first).not.toBeNull();
    expect(await createCheckpoint(engine.db, key)).toBeNull(); // nothing new since: no second checkpoint

    // The export a controller keeps outside Copil (route, and the evidence bundle's file).
    const exported = await admin.inject('GET', '/api/audit/checkpoints');
    expect(exported.statusCode, exported.body).toBe(200);
    const file = exported.json<CheckpointsExport>();
    expect(file).toMatchObject({ format: 'copil-audit-checkpoints/1', publicKey: trusted });
    expect(file.checkpoints).toHaveLength(1);
    const fileName = path.join(tmp, 'points-de-controle.json');
    writeFileSync(fileName, JSON.stringify(file));

    await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password); // events after it
    const intact = await auditVerifyReport(engine.db, { trustedPublicKey: trusted });
    expect(intact.exitCode, intact.text).toBe(0);
    expect(intact.text).toContain('1 point(s) de contrôle signé(s) retrouvé(s)');

    const target = (
      await engine.db.selectFrom('audit_events').select('id').orderBy('id').offset(2).limit(1).executeTakeFirstOrThrow()
    ).id;
    await rewriteFrom(target);

    // The chain alone is fooled…
    expect((await verifyWholeChain(engine.db)).valid).toBe(true);
    // …the signed checkpoint is not.
    const caught = await auditVerifyReport(engine.db, { trustedPublicKey: trusted });
    expect(caught.exitCode).toBe(1);
    expect(caught.text).toMatch(/ALTÉRÉ.*réécrit/s);
    const api = await admin.inject('GET', '/api/audit/verify');
    expect(api.json()).toMatchObject({ valid: false, reason: expect.stringMatching(/réécrit/) });

    // The attacker deletes the checkpoints too: the exported file still catches the rewrite.
    await sql`delete from audit_checkpoints`.execute(engine.db);
    expect((await auditVerifyReport(engine.db, { trustedPublicKey: trusted })).exitCode).toBe(0);
    const withFile = await auditVerifyReport(engine.db, {
      trustedPublicKey: trusted,
      extraCheckpoints: checkpointsFromExport(file),
    });
    expect(withFile.exitCode).toBe(1);
    expect(withFile.text).toMatch(/réécrit/);
    if (engine.url) {
      const run = await runScript('src/server/cli/audit-verify.ts', ['--checkpoints', fileName], {
        DATABASE_URL: engine.url,
        COPIL_DATA_DIR: built.dataDir,
      });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stderr).toMatch(/réécrit/);
    }

    // …or signs a checkpoint of the rewritten chain with a key of their own: refused.
    const head = await engine.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    const forger = generateKeyPairSync('ed25519').privateKey;
    const forged = signCheckpoint(
      forger,
      trusted, // claiming Copil's public key does not make the signature Copil's
      { eventCount: head.event_count, lastHash: head.last_hash },
      new Date(),
    );
    await engine.db
      .insertInto('audit_checkpoints')
      .values({
        event_count: forged.eventCount,
        last_hash: forged.lastHash,
        signed_at: forged.signedAt,
        public_key: forged.publicKey,
        signature: forged.signature,
      })
      .execute();
    const refused = await auditVerifyReport(engine.db, { trustedPublicKey: trusted });
    expect(refused.exitCode).toBe(1);
    expect(refused.text).toMatch(/signature valide/);
    expect(presentCheckpoints(await listCheckpoints(engine.db), trusted).checkpoints).toHaveLength(1);
  });
});

describe('the audit signing key', () => {
  it('comes from AUDIT_SIGNING_KEY (PEM or base64 seed) before any file, and a wrong one is refused in French', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-audit-key-'));
    try {
      const seed = Buffer.alloc(32, 7).toString('base64');
      const fromSeed = auditSigningKey({ dataDir, auditSigningKey: seed })!;
      const pem = fromSeed.export({ type: 'pkcs8', format: 'pem' }).toString();
      expect(publicKeyOf(auditSigningKey({ dataDir, auditSigningKey: pem })!)).toBe(publicKeyOf(fromSeed));
      expect(auditSigningKey({ dataDir, auditSigningKey: null }, { create: false })).toBeNull(); // no file made
      expect(() => auditSigningKey({ dataDir, auditSigningKey: 'pas une clé' })).toThrow(AuditKeyError);
      expect(() => auditSigningKey({ dataDir, auditSigningKey: 'pas une clé' })).toThrow(/AUDIT_SIGNING_KEY/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
