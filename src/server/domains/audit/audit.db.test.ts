import { actorOf, type Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { recordAudit, SYSTEM_ACTOR, type Actor } from '../../platform/audit';
import { connectServer, type Db } from '../../platform/db/connect';
import { describeEachEngine } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { GENESIS_HASH } from '../../platform/audit-chain';
import { verifyChain } from './audit.service';

describeEachEngine('audit chain', (engine) => {
  let admin: Principal;
  let office: Principal;
  let actor: Actor;

  beforeAll(async () => {
    admin = await createTestUser(engine.db, { roles: ['admin'] });
    office = await createTestUser(engine.db, { roles: ['office_agent'] });
    actor = actorOf(admin);
  });

  beforeEach(async () => {
    await sql`delete from audit_events`.execute(engine.db);
    await sql`update audit_chain_head set last_hash = ${GENESIS_HASH}, event_count = 0 where id = 1`.execute(engine.db);
  });

  async function record(count: number, db: Db = engine.db, prefix = 'e') {
    for (let i = 1; i <= count; i++) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, i % 2 ? actor : SYSTEM_ACTOR, {
          entityType: 'organisation',
          entityId: `${prefix}${i}`,
          action: 'update',
          before: { name: `Avant ${i}`, amountCents: 400000000n, ratio: 0.1, nested: { z: 1, a: [1, 'é'] } },
          after: { name: `Après ${i}`, at: new Date('2024-02-16T10:00:00Z'), z: true, a: null },
        }),
      );
    }
  }

  const events = () => engine.db.selectFrom('audit_events').selectAll().orderBy('id').execute();

  it('chains each event to the previous one and moves the head', async () => {
    await record(4);
    const rows = await events();
    expect(rows).toHaveLength(4);
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    const head = await engine.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    expect(head).toMatchObject({ last_hash: rows[3]!.hash, event_count: 4n });
    expect(rows[0]).toMatchObject({ actor_user_id: admin.id, actor_label: `${admin.displayName} <${admin.email}>` });
    expect(rows[1]).toMatchObject({ actor_user_id: null, actor_label: 'Système Copil' });
    // bigint and Date are stored as text, so they read back exactly
    expect(rows[0]!.before).toMatchObject({ amountCents: '400000000' });
    expect(rows[0]!.after).toMatchObject({ at: '2024-02-16T10:00:00.000Z' });
  });

  it('verifies an intact chain (jsonb reorders keys, the hash does not care)', async () => {
    await record(5);
    expect(await verifyChain(engine.db, admin)).toEqual({
      valid: true,
      checkedEvents: 5,
      firstBrokenEventId: null,
      reason: null,
      checkedCheckpoints: 0,
    });
  });

  it('verifies an empty journal', async () => {
    expect(await verifyChain(engine.db, admin)).toMatchObject({ valid: true, checkedEvents: 0 });
  });

  it('reports an event whose content was altered in the database', async () => {
    await record(4);
    const target = (await events())[1]!;
    await sql`update audit_events set after = jsonb_set(after, '{name}', '"Falsifié"') where id = ${target.id}`.execute(
      engine.db,
    );
    const result = await verifyChain(engine.db, admin);
    expect(result).toMatchObject({ valid: false, checkedEvents: 1, firstBrokenEventId: target.id.toString() });
    expect(result.reason).toMatch(/contenu de cet événement a été modifié/);
  });

  it('reports an altered actor or date', async () => {
    await record(3);
    const [first, second] = await events();
    await sql`update audit_events set occurred_at = occurred_at - interval '1 day' where id = ${second!.id}`.execute(
      engine.db,
    );
    expect((await verifyChain(engine.db, admin)).firstBrokenEventId).toBe(second!.id.toString());
    await sql`update audit_events set actor_label = 'Quelqu''un d''autre' where id = ${first!.id}`.execute(engine.db);
    expect((await verifyChain(engine.db, admin)).firstBrokenEventId).toBe(first!.id.toString());
  });

  it('reports a deleted event in the middle at the event that follows it', async () => {
    await record(5);
    const rows = await events();
    await sql`delete from audit_events where id = ${rows[2]!.id}`.execute(engine.db);
    const result = await verifyChain(engine.db, admin);
    expect(result).toMatchObject({ valid: false, checkedEvents: 2, firstBrokenEventId: rows[3]!.id.toString() });
    expect(result.reason).toMatch(/supprimé ou inséré/);
  });

  it('reports the deletion of the last event (a truncated journal)', async () => {
    await record(3);
    const rows = await events();
    await sql`delete from audit_events where id = ${rows[2]!.id}`.execute(engine.db);
    const result = await verifyChain(engine.db, admin);
    expect(result).toMatchObject({ valid: false, checkedEvents: 2, firstBrokenEventId: null });
    expect(result.reason).toMatch(/tronqué/);
  });

  it('keeps no event of a rolled-back transaction, and the chain stays valid', async () => {
    await record(2);
    const headBefore = await engine.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    await expect(
      engine.db.transaction().execute(async (trx) => {
        await recordAudit(trx, actor, {
          entityType: 'organisation',
          entityId: 'rolled-back',
          action: 'create',
          after: { x: 1 },
        });
        throw new Error('the change failed after its audit event');
      }),
    ).rejects.toThrow('the change failed');
    expect((await events()).map((e) => e.entity_id)).toEqual(['e1', 'e2']);
    expect(await engine.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow()).toEqual(headBefore);
    await record(1, engine.db, 'after-rollback-');
    expect(await verifyChain(engine.db, admin)).toMatchObject({ valid: true, checkedEvents: 3 });
  });

  it('chains concurrent writers in one order (10 parallel transactions)', async () => {
    await record(1);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        engine.db.transaction().execute(async (trx) => {
          // Work before the audit event, so transactions overlap on the server.
          await sql`select pg_sleep(${(i % 3) * 0.01})`.execute(trx);
          await recordAudit(trx, actor, {
            entityType: 'convention',
            entityId: `parallel-${i}`,
            action: 'update',
            after: { i },
          });
        }),
      ),
    );
    const rows = await events();
    expect(rows).toHaveLength(11);
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(11);
    expect(await verifyChain(engine.db, admin)).toMatchObject({ valid: true, checkedEvents: 11 });
  });

  it('verifies a consistent snapshot while writers keep appending (no false "truncated")', async () => {
    let writing = true;
    const writer = (async () => {
      for (let i = 0; i < 60; i++) {
        await engine.db
          .transaction()
          .execute((trx) =>
            recordAudit(trx, SYSTEM_ACTOR, { entityType: 'session', entityId: `live-${i}`, action: 'login' }),
          );
      }
      writing = false;
    })();
    const results = [];
    while (writing) results.push(await verifyChain(engine.db, admin));
    await writer;
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.valid)).toEqual([]);
  });

  it('reserves verification to those who answer for the trail', async () => {
    await expect(verifyChain(engine.db, office)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const roles of [['controller'], ['coordinator']] as const) {
      await expect(verifyChain(engine.db, { ...office, roles: [...roles] })).resolves.toMatchObject({ valid: true });
    }
  });

  if (engine.kind === 'server') {
    describe2Instances();
  }

  function describe2Instances() {
    let second: ReturnType<typeof connectServer> | undefined;
    afterAll(async () => second?.close());

    it('chains writers from two server instances (two pools) in one order', async () => {
      second = connectServer(engine.url!, { max: 5 });
      const write = (db: Db, name: string) =>
        db
          .transaction()
          .execute((trx) => recordAudit(trx, SYSTEM_ACTOR, { entityType: 'session', entityId: name, action: 'login' }));
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => write(i % 2 ? engine.db : second!.db, `instance-${i % 2}-${i}`)),
      );
      expect(await verifyChain(engine.db, admin)).toMatchObject({ valid: true, checkedEvents: 20 });
      expect(await verifyChain(second.db, admin)).toMatchObject({ valid: true, checkedEvents: 20 });
    });
  }
});
