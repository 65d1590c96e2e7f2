import type { Principal } from '../../kernel/principal';
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { todayInParis } from '../../../contracts/dates';
import { DASHBOARD_TABLES as CACHED_TABLES } from '../../migrations/2026-11-30T0900_read_caches';
import { DASHBOARD_EVIDENCE_TABLES } from '../../migrations/2026-12-07T1200_dashboard_duty_evidence';
import { ARTICLE3_DASHBOARD_TABLES } from '../../migrations/2026-12-07T1510_reported_events_guarantee_requests';
import { COMMUNICATION_DASHBOARD_TABLES } from '../../migrations/2026-12-07T1520_progress_state_forecast_review_event_duties';
import { connectServer, type Db } from '../../platform/db/connect';
import { buildTestApp, describeEachEngine, type TestApp } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { getDashboard } from './dashboard.service';

/**
 * The dashboard is computed once per version of what it reads, per viewer and day (migration
 * 2026-11-30T0900_read_caches): these tests prove that a read is served from what is stored, that
 * every table the dashboard reads counts its changes, and that a committed write — in plain SQL,
 * from another instance — is seen by the very next read.
 */
const DASHBOARD_TABLES = [
  ...CACHED_TABLES,
  ...DASHBOARD_EVIDENCE_TABLES,
  ...ARTICLE3_DASHBOARD_TABLES,
  ...COMMUNICATION_DASHBOARD_TABLES,
];
const STOCK_TABLES = ['dwellings', 'operations', 'operation_dwellings', 'operation_class_counts', 'operation_phases'];

interface World {
  built: TestApp;
  coordinator: Principal;
  agent: Principal;
  conventionId: string;
  bodyId: string;
}

async function world(db: Db, built: TestApp): Promise<World> {
  const departmentId = (
    await db.selectFrom('organisations').select('id').where('siret', '=', '22620001200012').executeTakeFirstOrThrow()
  ).id;
  const conventionId = (
    await db.selectFrom('conventions').select('id').where('period_start', '=', '2024-01-01').executeTakeFirstOrThrow()
  ).id;
  const bodyId = (
    await db
      .selectFrom('governance_bodies')
      .select('id')
      .where('convention_id', '=', conventionId)
      .executeTakeFirstOrThrow()
  ).id;
  return {
    built,
    coordinator: await createTestUser(db, { roles: ['coordinator'], organisationId: departmentId }),
    agent: await createTestUser(db, { roles: ['department_agent'], organisationId: departmentId }),
    conventionId,
    bodyId,
  };
}

const addSession = (db: Db, bodyId: string, heldOn: string) =>
  db
    .insertInto('governance_sessions')
    .values({ body_id: bodyId, held_on: heldOn, place: 'Arras', created_at: new Date() })
    .execute();

describeEachEngine('dashboard cache', (engine) => {
  let w: World;

  beforeAll(async () => {
    w = await world(engine.db, await buildTestApp(engine));
  });
  afterAll(async () => w?.built.close());

  it('counts the changes of every table the dashboard reads', async () => {
    const read = new Set<string>();
    const spy: KyselyPlugin = {
      transformQuery: ({ node, queryId }) => {
        const { sql: text } = engine.db.getExecutor().compileQuery(node, queryId);
        for (const m of text.matchAll(/\b(?:from|join)\s+"?([a-z_]+)"?/gi)) read.add(m[1]!);
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    await getDashboard(engine.db.withPlugin(spy), w.coordinator, w.conventionId);
    const { rows } = await sql<{
      name: string;
    }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(engine.db);
    const tables = new Set(rows.map((r) => r.name));
    const cacheTables = ['stock_changes', 'data_changes', 'trajectory_cache', 'dashboard_cache'];
    const uncounted = [...read].filter(
      (t) =>
        tables.has(t) &&
        !cacheTables.includes(t) &&
        !STOCK_TABLES.includes(t) &&
        !(DASHBOARD_TABLES as readonly string[]).includes(t),
    );
    expect(uncounted).toEqual([]);
    // And each listed table has its trigger.
    const triggers = await sql<{
      name: string;
    }>`select c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid where t.tgname like '%\\_data\\_changes'`.execute(
      engine.db,
    );
    expect(new Set(triggers.rows.map((t) => t.name))).toEqual(new Set(DASHBOARD_TABLES));
  });

  it('serves the second read from what the first stored, for that viewer only', async () => {
    const first = await getDashboard(engine.db, w.coordinator, w.conventionId);
    // Altered behind Copil's back, the stored dashboard is what the next read returns: it did not recompute.
    await sql`update dashboard_cache set payload = jsonb_set(payload, '{lapseAlerts}', '99') where convention_id = ${w.conventionId}`.execute(
      engine.db,
    );
    expect((await getDashboard(engine.db, w.coordinator, w.conventionId)).lapseAlerts).toBe(99);
    // Another viewer has their own.
    expect((await getDashboard(engine.db, w.agent, w.conventionId)).lapseAlerts).toBe(first.lapseAlerts);
    await sql`update dashboard_cache set payload = jsonb_set(payload, '{lapseAlerts}', ${String(first.lapseAlerts)}::jsonb) where convention_id = ${w.conventionId}`.execute(
      engine.db,
    );
    expect(await getDashboard(engine.db, w.coordinator, w.conventionId)).toEqual(first);
    expect(first.asOf).toBe(todayInParis());
  });

  it('shows a new meeting, a duty done and a stock change on the very next read', async () => {
    const before = await getDashboard(engine.db, w.coordinator, w.conventionId);
    await addSession(engine.db, w.bodyId, '2098-03-01');
    expect((await getDashboard(engine.db, w.coordinator, w.conventionId)).nextMeetings.map((m) => m.heldOn)).toContain(
      '2098-03-01',
    );

    // A late instance marked done by hand (the obligations' live status reads the mark).
    const late = before.lateDuties.items[0];
    if (late) {
      await engine.db
        .updateTable('duty_instances')
        .set({ done_on: todayInParis() })
        .where('id', '=', late.id)
        .execute();
      expect((await getDashboard(engine.db, w.coordinator, w.conventionId)).lateDuties.count).toBe(
        before.lateDuties.count - 1,
      );
    }

    const landlordId = before.trajectory!.organisationId;
    const g = await engine.db
      .selectFrom('dwellings')
      .select('id')
      .where('organisation_id', '=', landlordId)
      .where('effective_class', '=', 'G')
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`update dwellings set energy_class = 'B', ghg_class = 'B' where id = ${g.id}`.execute(engine.db);
    const after = await getDashboard(engine.db, w.coordinator, w.conventionId);
    expect(after.trajectory!.deadlines[0]!.banned).toBe(before.trajectory!.deadlines[0]!.banned - 1);
  });
});

/** Two instances on one PostgreSQL server: what one writes, the other's next dashboard shows. */
describeEachEngine(
  'dashboard cache across instances',
  (engine) => {
    let w: World;
    let other: { db: Db; close(): Promise<void> };

    beforeAll(async () => {
      w = await world(engine.db, await buildTestApp(engine));
      other = connectServer(engine.url!);
    });
    afterAll(async () => {
      await other?.close();
      await w?.built.close();
    });

    it('shows on one instance the meeting planned on the other', async () => {
      const before = await getDashboard(other.db, w.coordinator, w.conventionId);
      expect(await getDashboard(other.db, w.coordinator, w.conventionId)).toEqual(before);
      await addSession(engine.db, w.bodyId, '2097-05-04');
      expect((await getDashboard(other.db, w.coordinator, w.conventionId)).nextMeetings.map((m) => m.heldOn)).toContain(
        '2097-05-04',
      );
      expect(await getDashboard(engine.db, w.coordinator, w.conventionId)).toEqual(
        await getDashboard(other.db, w.coordinator, w.conventionId),
      );
    });
  },
  { serverOnly: true },
);
